"""Statuses of events from French grammar (round 21): `ni ... ni` with `ne`, nouns that deny, plan, threaten or charge
the act named `de` after them, a charge told by `selon lequel`, wishes over a clause, permissions, fears of what is
to come, offers (`s'est dit prêt à`), the future of verbs whose stem changes (`lèvera`, `soulèverait`), `faire savoir
que` and the person told (`a assuré son invité que`), conditions opened by `si` on the subject, an elided future, and
the scope of a cue over a joined verb, a participle describing a noun, a purpose and an object the parse hangs on a
duration. Every sentence is written for this test; each case names its trigger word and the status the text gives
that event, and the negative cases check that a construction that looks alike keeps its event a fact."""

from __future__ import annotations

import pytest

from newsld.extract.nlp import parse
from newsld.extract.status import is_conditional, is_future

from .conftest import statuses_in

CASES = [
    # `ni ... ni` with `ne` denies, on the subjects or on the objects
    ("Ni Lima ni Quito n'ont ratifié la convention sur les pêches.", {"ratifié": "negated"}),
    # nouns that deny the act named `de` after them; `une faute de procédure` is an error, not a lack
    ("L'annulation de la visite du chancelier a surpris les diplomates.", {"visite": "negated"}),
    ("Faute d'accord, les pourparlers se sont achevés sans résultat.", {"accord": "negated"}),
    ("En l'absence d'accord, les droits de douane seront relevés.", {"accord": "negated"}),
    ("Une faute de procédure a entraîné l'annulation du procès.", {"procès": "negated"}),
    # a refusal named by a noun, over an infinitive; ruling an act out
    ("Le refus du syndicat de prolonger la convention inquiète les patrons.", {"prolonger": "negated"}),
    ("Le gouvernement a exclu toute négociation avec les preneurs d'otages.", {"négociation": "negated"}),
    # nouns that put the act off or plan it; a draft text is not a plan
    ("Le report du sommet a été annoncé mardi.", {"sommet": "planned"}),
    ("Le projet de résolution présenté par la France a été adopté.", {"présenté": "occurred"}),
    # a threat named by a noun; a charge named by a noun or told by `selon lequel`
    ("La menace d'une invasion pèse sur l'archipel.", {"invasion": "hypothetical"}),
    ("Les accusations de livraisons d'armes aux rebelles se multiplient.", {"livraisons": "suspected"}),
    ("Téhéran a rejeté les accusations selon lesquelles il aurait livré des missiles aux rebelles.",
     {"livré": "suspected"}),
    # a wish over a clause asks for its act, not for what its verb says goes on
    ("Washington souhaite que Pékin participe aux négociations.", {"participe": "proposed"}),
    ("L'ONU souhaite que les élections aient lieu en mai.", {"élections": "proposed"}),
    ("Le ministre a souhaité que les négociations se poursuivent.", {"négociations": "occurred"}),
    # what one warns against may be done
    ("Les Etats-Unis ont mis en garde la Chine contre toute livraison d'armes à la Russie.",
     {"livraison": "hypothetical"}),
    # urging over an infinitive: `encourager`, and `pousser` by a party (a cause that pushed people made them act)
    ("L'ONU encourage les deux pays à reprendre le dialogue.", {"reprendre": "proposed"}),
    ("Paris, qui pousse ses partenaires à coopérer face à la crise, n'a pas réagi.", {"coopérer": "proposed"}),
    ("La guerre a poussé des millions de personnes à quitter le pays.", {"quitter": "occurred"}),
    # a permission makes the act possible
    ("Le Parlement a autorisé l'armée à frapper les positions rebelles.", {"frapper": "hypothetical"}),
    # a fear of what is to come is a possibility; of what was done or of a named party's act, a suspicion
    ("Les autorités redoutent que les crues ne s'aggravent cet hiver.", {"aggravent": "hypothetical"}),
    ("Les Etats-Unis craignent que Pékin ait livré des armes à Moscou.", {"livré": "suspected"}),
    ("Les voisins craignent que Minsk ne livre des obus aux rebelles.", {"livre": "suspected"}),
    # saying oneself ready is an offer; being ready is an aim
    ("Le dirigeant s'est dit prêt à rencontrer son rival.", {"rencontrer": "proposed"}),
    ("Le Kenya est prêt à accueillir la mission de police.", {"accueillir": "planned"}),
    # a denied reluctance in the conditional is a threat, in the future an intent
    ("Le ministre a assuré que son pays n'hésiterait pas à imposer des quotas.", {"imposer": "hypothetical"}),
    ("Le pays n'hésitera pas à imposer des quotas.", {"imposer": "planned"}),
    # what one is urged not to let happen may happen
    ("Le pape a appelé les belligérants à ne pas laisser le conflit s'étendre.", {"étendre": "hypothetical"}),
    # the future in the past, with a stem that opens its syllable, after `faire savoir`, and to the person told
    ("Le Premier ministre a indiqué qu'il soulèverait la question lors du sommet.", {"soulèverait": "planned"}),
    ("Le ministre a fait savoir qu'il se rendrait à Rome en mai.", {"rendrait": "planned"}),
    ("Kim a assuré son invité que Pyongyang soutiendrait Moscou jusqu'à la victoire.", {"soutiendrait": "planned"}),
    # `si` the parse hangs on the subject opens a condition; a comma after it opens a concession
    ("Si Hanoï relançait le projet, Tokyo y participerait.", {"relançait": "hypothetical"}),
    ("Si, pour l'heure, aucune date n'a été fixée, la visite du président est attendue.", {"visite": "planned"}),
    # a condition on what an event does leaves the event a fact
    ("Le ministre a prévenu que Séoul pourrait livrer des armes si la coopération entre Moscou et Pyongyang "
     "franchissait une ligne rouge.", {"coopération": "occurred", "livrer": "hypothetical"}),
    # a participle joined to a future shares it
    ("Les avoirs seront gelés et toute exportation interdite à partir de mai.", {"interdite": "planned"}),
    # a verb joined to another shares its auxiliaries and negation, not its meaning
    ("Le ministre a réclamé un cessez-le-feu et proposé de rencontrer son homologue.",
     {"proposé": "occurred", "rencontrer": "proposed"}),
    ("Le gouvernement a refusé de signer et de ratifier le traité.", {"ratifier": "negated"}),
    ("Le ministre a démenti avoir rencontré et financé les rebelles.", {"financé": "negated"}),
    ("Les Etats-Unis accusent la Chine de livrer des drones et de former des pilotes russes.",
     {"former": "suspected"}),
    # a participle that describes a noun tells what was done to it, whatever is planned for the noun
    ("Moscou a accepté de libérer les marins arrêtés en mer Noire.", {"arrêtés": "occurred", "libérer": "planned"}),
    # the aim of a suspected act is suspected as well
    ("Washington soupçonne Minsk de servir d'intermédiaire pour livrer des armes à Moscou.", {"livrer": "suspected"}),
    ("Le président s'est rendu à Pékin pour signer un accord commercial.", {"signer": "planned", "rendu": "occurred"}),
    # an object the parse hangs on a duration is the verb's
    ("Les syndicats réclament depuis des semaines la démission du ministre.", {"démission": "proposed"}),
    ("Les frappes se poursuivent depuis le début des combats.", {"combats": "occurred"}),
    # easing or tightening takes the measure as in force
    ("Bruxelles pourrait alléger les sanctions visant le secteur bancaire.", {"sanctions": "occurred"}),
    # negatives: restriction, `non seulement` and a past fact stay facts
    ("Le pays n'a livré que des casques à l'armée.", {"livré": "occurred"}),
    ("Madrid a signé non seulement l'accord mais aussi le protocole.", {"signé": "occurred"}),
    ("Le président a signé l'accord sans attendre l'avis du Parlement.", {"signé": "occurred"}),
    ("Le rapprochement entre Séoul et Tokyo, qui s'est poursuivi cette année, est salué par Washington.",
     {"rapprochement": "occurred"}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_each_event_gets_the_status_its_grammar_gives(nlp, sentence: str, expected: dict[str, str]) -> None:
    assert statuses_in(sentence, *expected) == expected


@pytest.mark.parametrize(("sentence", "future", "conditional"), [
    ("Le gouvernement lèvera les restrictions.", True, False),
    ("Le maire appellera les habitants à voter.", True, False),
    ("La ville emploiera cent agents.", True, False),
    ("Le club achèterait un attaquant.", False, True),
    ("Le maire appelait les habitants à voter.", False, False),
    ("Les autorités lèvent les restrictions.", False, False),
])
def test_future_and_conditional_of_stems_that_change(nlp, sentence: str, future: bool, conditional: bool) -> None:
    verb = parse(sentence)[2]
    assert (is_future(verb), is_conditional(verb)) == (future, conditional)


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Ni Paris ni Londres n'ont signé la déclaration finale du sommet.", "signé", "negated"),
    ("Giorgia Meloni a fait savoir qu'elle se rendrait à Paris en mai.", "rendrait", "planned"),
    ("Kim Jong-un s'est dit prêt à rencontrer Donald Trump.", "rencontrer", "proposed"),
    ("Volodymyr Zelensky a réclamé un cessez-le-feu et proposé de rencontrer Vladimir Poutine.", "proposé",
     "occurred"),
    ("La Pologne réclame depuis des mois des sanctions contre la Biélorussie.", "sanctions", "proposed"),
])
def test_extracted_event_has_the_status(view, text: str, trigger: str, status: str) -> None:
    events = view(text).events_on(trigger)
    assert events, f"no event on {trigger!r}"
    assert events[0]["status"] == status
