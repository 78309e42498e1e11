"""The French names of international organisations the knowledge base does not hold: a fact of the language.

News names an organisation by its long name (`l'Union européenne`, `la Communauté économique des États de l'Afrique
de l'Ouest`), by an acronym it defines in brackets or takes as known (`l'UE`, `la Cedeao`, `l'Otan`), by another name
(`l'Alliance atlantique`, `les Vingt-Sept`, `les pasdarans`), by a short name once the long one is written (`l'Union`,
`l'Alliance`, `l'Agence`, `la Commission`) and, for a few, by the city that is their seat (`Bruxelles a annoncé`).
This table gives, for each one: its label, its other full names, its acronyms (matched as written: `UE`, not `ue`),
the capitalised short names and common nouns that take it up once it is named (`l'Alliance`, `l'organisation`, `le
bloc`), and its seat when news makes the seat stand for it. No Wikidata ids: the entities stay local.

Bodies of an organisation with a name of their own are organisations of their own (the European Commission is not
the European Union: the gold annotations keep them apart); `les Alliés` (NATO's member states) is a group of its own
in the gold, not NATO, and is left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsld.extract.model import fold
from newsld.extract.state_names import nationality_state


@dataclass(frozen=True)
class Organisation:
    label: str  # the name its local entity is kept under
    names: tuple[str, ...]  # full names, matched in any case once folded (the label among them)
    acronyms: tuple[str, ...]  # matched as written
    short: tuple[str, ...]  # capitalised short names that take it up once named (`Union`, `Alliance`)
    nouns: tuple[str, ...]  # common nouns that take it up once named (`organisation`, `bloc`, `groupe`)
    seat: str | None  # the city that stands for it (`Bruxelles`), by the linker's syntax rules only
    folded_nouns: frozenset[str]  # the take-up nouns folded, as the text's words are compared (`comite`)


# label | other full names ; ... | acronyms ; ... | short names ; ... | take-up nouns ; ... | seat (a line ending
# with a backslash goes on on the next)
_ORGANISATIONS = """
Union européenne | | UE | Union | bloc ; union ; bloc européen | Bruxelles
Commission européenne | | | Commission | commission ; exécutif | Bruxelles
Conseil européen | | | | |
Parlement européen | | | | |
Banque centrale européenne | | BCE | | banque |
Cour de justice de l'Union européenne | | CJUE | Cour | cour ; juridiction |
Organisation du traité de l'Atlantique nord | Alliance atlantique | Otan ; OTAN ; NATO | Alliance \
| organisation ; alliance ; alliance atlantique ; alliance militaire ; organisation atlantique |
Communauté économique des États de l'Afrique de l'Ouest | | Cedeao ; CEDEAO ; Cédéao | | organisation ; bloc \
; bloc ouest-africain ; organisation ouest-africaine ; organisation régionale ; bloc régional |
Union africaine | | UA | Union | organisation ; union ; organisation panafricaine ; union panafricaine \
; organisation continentale |
Alliance des États du Sahel | | AES | Alliance | confédération ; alliance |
Communauté de développement de l'Afrique australe | | SADC | | organisation ; bloc ; bloc régional \
; organisation régionale |
Groupe des sept | | G7 | | groupe ; club |
Groupe des vingt | | G20 | | groupe ; club |
Brics | | BRICS | | groupe ; bloc ; club |
Organisation de coopération de Shanghai | | OCS | | organisation ; bloc |
Organisation du traité de sécurité collective | | OTSC | | organisation ; alliance |
Association des nations de l'Asie du Sud-Est | | Asean ; ASEAN ; Anase | | association ; bloc ; organisation \
; bloc régional ; organisation régionale ; bloc sud-est asiatique |
Coopération économique pour l'Asie-Pacifique | Forum de coopération économique Asie-Pacifique | Apec ; APEC | | forum |
Organisation pour la sécurité et la coopération en Europe | | OSCE | | organisation |
Conseil de l'Europe | | | | organisation |
Cour européenne des droits de l'homme | | CEDH | Cour | cour ; juridiction |
Agence internationale de l'énergie atomique | | AIEA | Agence | agence ; gendarme ; agence onusienne |
Cour pénale internationale | | CPI | Cour | cour ; juridiction | La Haye
Cour internationale de justice | | CIJ | Cour | cour ; juridiction | La Haye
Organisation des pays exportateurs de pétrole | | Opep ; OPEP | | organisation ; cartel |
Organisation mondiale du commerce | | OMC | | organisation |
Organisation mondiale de la santé | | OMS | | organisation ; agence |
Fonds monétaire international | | FMI | Fonds | fonds ; institution |
Banque mondiale | | | | banque ; institution |
Haut-Commissariat des Nations unies pour les réfugiés | Haut-Commissariat de l'ONU pour les réfugiés \
| HCR ; UNHCR | | agence |
Programme alimentaire mondial | | PAM | | agence |
Fonds des Nations unies pour l'enfance | | Unicef ; UNICEF | | agence |
Organisation des Nations unies pour l'éducation, la science et la culture | | Unesco ; UNESCO | \
| organisation ; agence |
Organisation pour l'interdiction des armes chimiques | | OIAC | | organisation |
Organisation internationale pour les migrations | | OIM | | organisation ; agence |
Office de secours et de travaux des Nations unies pour les réfugiés de Palestine dans le Proche-Orient \
| | UNRWA ; Unrwa | | agence ; office |
Comité international de la Croix-Rouge | | CICR | | comité ; organisation |
Organisation internationale de police criminelle | Interpol | | | organisation |
Ligue arabe | Ligue des États arabes | | Ligue | organisation ; organisation panarabe |
Conseil de coopération du Golfe | | CCG | | organisation ; bloc |
Organisation de la coopération islamique | | OCI | | organisation |
Forces de défense d'Israël | Tsahal ; armée israélienne | | | armée |
Corps des gardiens de la révolution islamique | Gardiens de la révolution ; Gardiens de la révolution islamique \
; pasdarans ; Pasdaran | CGRI | Gardiens | armée idéologique |
"""


def _fields(line: str) -> list[tuple[str, ...]]:
    return [tuple(part.strip() for part in field.split(";") if part.strip()) for field in line.split("|")]


def _organisations() -> tuple[Organisation, ...]:
    found = []
    for line in _ORGANISATIONS.strip().splitlines():
        label, others, acronyms, short, nouns, seat = _fields(line)
        found.append(Organisation(label[0], (label[0], *others), acronyms, short, nouns, seat[0] if seat else None,
                                  frozenset(fold(noun) for noun in nouns)))
    return tuple(found)


ORGANISATIONS = _organisations()
# folded full name (no article) -> its organisation; acronym as written -> its organisation
BY_NAME = {fold(name): org for org in ORGANISATIONS for name in org.names}
BY_ACRONYM = {acronym: org for org in ORGANISATIONS for acronym in org.acronyms}
# seats that may stand for an organisation: folded city -> the organisations seated there
SEATS: dict[str, tuple[Organisation, ...]] = {}
for _org in ORGANISATIONS:
    if _org.seat:
        SEATS[fold(_org.seat)] = (*SEATS.get(fold(_org.seat), ()), _org)
ARTICLES = ("l'", "la ", "le ", "les ")


def organisation_named(words: str) -> Organisation | None:
    """The organisation these words name in full (`l'Union européenne`, `UE`, `Alliance atlantique`), or None.
    An acronym counts only as written (`UE`, `Otan`, `OTAN`), a full name in any case."""
    words = words.strip().replace("’", "'")
    acronym = BY_ACRONYM.get(words) or BY_ACRONYM.get(words.split("'", 1)[-1] if "'" in words[:3] else words)
    if acronym is not None:
        return acronym
    folded = fold(words)
    for article in ARTICLES:
        folded = folded.removeprefix(article)
    named = BY_NAME.get(folded)
    if named is None and " " in folded:  # `Gardiens de la révolution iraniens`: the name and its state's adjective
        rest, last = folded.rsplit(" ", 1)
        named = BY_NAME.get(rest) if nationality_state(last) is not None else None
    return named


def organisation_of_label(label: str) -> Organisation | None:
    """The organisation a local entity is kept under (its label: the first name the article gives it), or None."""
    return organisation_named(label)
