"""The French event lexicon: which words name events, of which class (``ontology/newsld.ttl``), and which
complement fills which role.

A frame maps the subject (``subj``), the direct object (``obj``), the owner named by a possessive (``poss``) and
complements by their preposition (``à``, ``avec``, ``par``, ``entre``, ``de``, ``contre``, ``sur``) to roles
(agent, participant, recipient, theme, or ``place``). ``requires`` lists words the clause must hold for the
word to name the event (`tirer` only with a weapon); ``pair`` marks a two-party noun that, with no one named,
is about the two most mentioned parties of that type. Every entry is a fact of French usage in news, not of
one article; each is checked on sentences of its own in ``tests/extract/test_events_language.py``,
``tests/extract/test_events_general.py`` and ``tests/extract/test_events_unseen.py``. Verbs whose sense depends on
their complements (`frapper`, `revenir`, `participer`, `porter`, ...) are in ``verb_senses.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

OBJECT_ROLES = ("theme", "participant", "recipient")  # roles a common-noun object can fill (things or people)


@dataclass(frozen=True)
class Frame:
    type: str
    slots: Mapping[str, str]  # subj, obj, and prepositions -> role
    requires: frozenset[str] = frozenset()  # words the clause must hold (`envoyer ... dans l'espace`)
    pair: str | None = None  # a two-party noun with no participants named: the two most mentioned of this type


def _f(type_: str, pair: str | None = None, requires: tuple[str, ...] = (), **slots: str) -> Frame:
    return Frame(type_, {k.replace("a_", "à").replace("_", ""): v for k, v in slots.items()},
                 frozenset(requires), pair)


# Acts of damage (`un immeuble a été détruit`, `le câble a été sectionné`): what is damaged is struck by them, their
# recipient, as what a blow hits (the gold's reading: a thing as a party).
UNDERGONE_VERBS = ("détruire", "endommager", "dévaster", "raser", "incendier", "sectionner", "saboter")
WEAPON_WORDS = ("arme", "armes", "missile", "missiles", "munition", "munitions", "obus", "roquette", "roquettes",
                "drone", "drones", "balle", "balles", "projectile", "projectiles", "bombe", "bombes", "salve", "salves")
# What is fired beside weapons: flares and decoys (`tirer des fusées éclairantes`), torpedoes, warning shots
FIRED_WORDS = (*WEAPON_WORDS, "fusée", "fusées", "leurre", "leurres", "torpille", "torpilles", "semonce", "rafale",
               "rafales")
TRIBUTE_WORDS = ("gerbe", "gerbes", "couronne", "couronnes", "bouquet", "bouquets")
DRAFT_WORDS = ("résolution", "résolutions", "texte", "déclaration", "loi", "motion", "amendement", "sanctions")
REFUSING = {"refuser", "décliner", "rejeter"}
# Conducts one is urged to keep (`appeler X à la retenue`): acts only of the one urged (noun_arguments.py).
RESTRAINT_NOUNS = {"retenue", "modération", "désescalade", "prudence", "vigilance", "calme", "sang-froid",
                   "apaisement"}
MEETING = _f("Meeting", "person", subj="participant", obj="participant", avec="participant", entre="participant",
             de="participant")
VERB_FRAMES: dict[str, Frame] = {
    "rencontrer": MEETING, "retrouver": MEETING,
    "accueillir": _f("Meeting", subj="agent", obj="participant", par="agent"),
    "visiter": _f("Visit", subj="agent", obj="place", avec="participant"),  # `a visité une usine avec X`
    "inviter": _f("Invitation", subj="agent", obj="recipient", par="agent"),
    "convier": _f("Invitation", subj="agent", obj="recipient", par="agent"),
    "accepter": _f("Acceptance", subj="agent"),
    "offrir": _f("Gift", subj="agent", obj="theme", a_="recipient"),
    "donner": _f("Gift", subj="agent", obj="theme", a_="recipient"),
    "remettre": _f("Gift", subj="agent", obj="theme", a_="recipient"),
    "proposer": _f("Proposal", subj="agent", obj="theme", a_="recipient"),
    "livrer": _f("Delivery", subj="agent", obj="theme", a_="recipient", par="agent"),
    "fournir": _f("Delivery", subj="agent", obj="theme", a_="recipient", par="agent"),
    "vendre": _f("Delivery", subj="agent", obj="theme", a_="recipient", par="agent"),
    # `envoyer des armes à X`, `des troupes en Russie`, `vers la Russie`: where they go receives them
    "envoyer": _f("Delivery", subj="agent", obj="theme", a_="recipient", par="agent", en="recipient",
                  vers="recipient"),
    "signer": _f("Agreement", subj="participant", obj="theme", avec="participant", entre="participant"),
    "conclure": _f("Agreement", subj="participant", avec="participant", entre="participant"),
    "sanctionner": _f("Sanction", subj="agent", obj="recipient", par="agent"),
    "interdire": _f("Sanction", subj="agent", par="agent", a_="recipient"),
    "accéder": _f("Spaceflight", requires=("espace", "orbite"), subj="participant"),
    "renforcer": _f("Event", subj="participant", entre="participant", avec="participant"),
    "développer": _f("Event", subj="agent"),
    "remporter": _f("Event", subj="agent"),
    "élaborer": _f("Event", subj="participant", avec="participant"),
    "travailler": _f("Event", subj="agent", avec="participant"),
    "coopérer": _f("Event", subj="participant", avec="participant"),
    "nommer": _f("Event", subj="agent", obj="recipient", par="agent"),
    "élire": _f("Event", subj="agent", obj="recipient", par="agent"),
    "désigner": _f("Event", subj="agent", obj="recipient", par="agent"),
    "négocier": _f("Event", subj="participant", avec="participant"),
    # going with someone: `X accompagne Y`, `accompagné de sa fille, X ...`: both take part
    "accompagner": _f("Event", subj="participant", obj="participant", par="participant", de="participant"),
    # movements and visits: the subject comes, goes or looks round; where is the place
    "arriver": _f("Visit", subj="agent"),
    "quitter": _f("Event", subj="agent", obj="place"),
    # joining a body or a treaty: `la Finlande a adhéré à l'Otan` (the body joined receives the member)
    "adhérer": _f("Event", subj="agent", a_="recipient", par="agent"),
    "inspecter": _f("Event", subj="agent", obj="theme"),
    "assister": _f("Event", subj="participant"),  # `assister à une démonstration`
    # decisions of an assembly
    "voter": _f("Event", subj="agent", obj="theme", pour="theme"),
    "imposer": _f("Sanction", requires=("sanction", "sanctions", "embargo"), subj="agent", par="agent",
                  a_="recipient"),
    "inaugurer": _f("Event", subj="agent", obj="theme", par="agent"),
    # breaking rules and watching: the subject acts (`menacer`, `condamner`, `accuser` are speech acts: speech.py)
    "violer": _f("Event", subj="participant", par="participant"),
    "enfreindre": _f("Event", subj="participant", par="participant"),
    "surveiller": _f("Event", subj="agent", par="agent"),
    "contrôler": _f("Event", subj="agent", par="agent"),
    # `un sommet scruté par X`, `scruté avec attention à l'ONU`, `à Washington`: X (or the body there) watches
    "scruter": _f("Event", subj="agent", par="agent", a_="agent"),
    # backing and hurting someone: the object is the one the act is for or against
    "soutenir": _f("Event", subj="agent", obj="recipient", par="agent", de="recipient"),
    "étrangler": _f("Event", subj="agent", obj="recipient", par="agent"),
    "coordonner": _f("Event", subj="participant", avec="participant"),
    "créer": _f("Event", subj="agent", obj="theme", par="agent"),
    "expirer": _f("Event", subj="participant"),
    "regagner": _f("Event", subj="agent", obj="place"),
    "riposter": _f("Event", subj="agent", a_="recipient", contre="recipient"),
    # weapons fired or used: only with a weapon in the clause (`tirer profit`, `utiliser un logiciel` are not)
    # the weapon fired is the theme (`a tiré un missile balistique`)
    "tirer": _f("Event", requires=FIRED_WORDS, subj="agent", obj="theme", par="agent", sur="recipient",
                contre="recipient"),
    "utiliser": _f("Event", requires=WEAPON_WORDS, subj="agent", par="agent", contre="recipient"),
    "lancer": _f("Event", requires=WEAPON_WORDS, subj="agent", obj="theme", par="agent", sur="recipient",
                 contre="recipient"),
    # a tribute laid (`a déposé une gerbe`, `une couronne de fleurs`) is the thing the homage is done with (theme);
    # other things put down (`déposer une plainte`, `une motion`) are other senses
    "déposer": _f("Event", requires=TRIBUTE_WORDS, subj="agent", obj="theme", par="agent"),
    # attacks: the object (or `contre`, `sur`) is the one attacked
    **dict.fromkeys(("attaquer", "bombarder", "pilonner"), _f("Event", subj="agent", obj="recipient", par="agent")),
    # coming home and going back
    **dict.fromkeys(("rentrer", "repartir"), _f("Event", subj="agent")),
    # buying is a delivery seen from the buyer: `acheter des obus à X`, `importer du pétrole de X`
    "acheter": _f("Delivery", subj="recipient", obj="theme", a_="agent", par="recipient"),
    "importer": _f("Delivery", subj="recipient", obj="theme", de="agent", par="recipient"),
    # supplying a party: `approvisionner l'Europe en gaz` (the one supplied receives)
    "approvisionner": _f("Delivery", subj="agent", obj="recipient", par="agent"),
    # hearing candidates or witnesses is meeting them: `la commission doit auditionner les ministres`
    "auditionner": _f("Meeting", subj="agent", obj="participant", par="agent"),
    **dict.fromkeys(("exporter", "transférer", "expédier", "restituer", "rétrocéder", "acheminer"),
                    _f("Delivery", subj="agent", obj="theme", a_="recipient", vers="recipient", par="agent")),
    # treaties signed off and texts adopted; ratifying a treaty others signed is the ratifier's own act on it (its
    # agent), where initialling it is taking part in the agreement
    "parapher": _f("Agreement", subj="participant", obj="theme", par="participant"),
    "ratifier": _f("Event", subj="agent", obj="theme", par="agent"),
    "adopter": _f("Event", requires=DRAFT_WORDS, subj="agent", obj="theme", par="agent"),
    # diplomats sent home, leaders re-elected
    # (`expulsés de Russie`: the state they are sent out of sends them)
    "expulser": _f("Event", subj="agent", obj="recipient", par="agent", de="agent"),
    "réélire": _f("Event", subj="agent", obj="recipient", par="agent"),
    # chairing, testing, overseeing: the subject acts on the object (`a présidé le Conseil`, `a testé un moteur`)
    **dict.fromkeys(("présider", "tester", "superviser"),
                    _f("Event", subj="agent", obj="theme", par="agent")),
    # calling a body together is meeting it: `a convoqué le Conseil de sécurité nationale`, `l'ambassadeur`
    "convoquer": _f("Meeting", subj="agent", obj="participant", par="agent"),
    # killing and wounding: the victims are those the act is done to (recipients: `tuant deux marins`, `en blessant
    # quatre autres`, `les civils tués`), as what is destroyed or damaged
    **dict.fromkeys(("tuer", "blesser"), _f("Event", subj="agent", obj="recipient", par="agent")),
    **dict.fromkeys(UNDERGONE_VERBS, _f("Event", subj="agent", obj="recipient", par="agent")),
    # meals taken together: `les deux ministres ont déjeuné ensemble`, `a dîné avec X`
    **dict.fromkeys(("déjeuner", "dîner", "souper"), _f("Banquet", "person", subj="participant", avec="participant")),
    # coming to terms: `ont convenu d'organiser`, `sont convenus avec X de`
    "convenir": _f("Agreement", subj="participant", avec="participant"),
    # breaking off ties with someone: `rompre ses liens avec X`, `rompre avec X`
    "rompre": _f("Event", subj="agent", avec="recipient"),
    # keeping to a rule: `la Russie respecte les restrictions` (the rule is no party)
    "respecter": _f("Event", subj="agent", par="agent"),
    # troops moved in: `a déployé des soldats`, `troupes déployées par X`
    **dict.fromkeys(("déployer", "stationner"), _f("Event", subj="agent", obj="theme", par="agent")),
    # turning an invitation down is an acceptance denied (the status is set from the verb: see REFUSING)
    **dict.fromkeys(("refuser", "décliner", "rejeter"), _f("Acceptance", requires=("invitation", "offre"),
                                                            subj="agent")),
}
# `présenter un projet de résolution` is a proposal; `présenter des bombardiers à X` shows them to X.
PRESENT_THINGS = _f("Event", subj="agent", obj="theme", a_="recipient", par="agent")
PRESENT_DRAFT = _f("Proposal", subj="agent", obj="theme", a_="recipient", par="agent")
DRAFT_NOUNS = {"projet", "résolution", "proposition", "plan", "texte", "motion", "amendement", "initiative",
               "candidature", "offre"}
# Verbs that name an event only in their reflexive form: `se sont entretenus`, `s'abstenir`.
# Verbs of ties that sour or warm (`les relations entre X et Y se sont tendues`), and the nouns of those ties.
TIES_VERBS = ("dégrader", "détériorer", "tendre", "améliorer", "réchauffer", "normaliser", "envenimer", "refroidir",
              "stabiliser")
REFLEXIVE_FRAMES: dict[str, Frame] = {
    "entretenir": MEETING,
    # talking to each other: `les deux dirigeants se sont parlé au téléphone`, `se sont téléphoné mardi`; seeing
    # each other again: `les deux dirigeants doivent se revoir à la fin du mois`
    **dict.fromkeys(("parler", "téléphoner", "revoir"), MEETING),
    "abstenir": _f("Event", subj="agent"),
    # `le Conseil doit se réunir`, `se sont réunis à Genève`: a body or people meeting
    "réunir": _f("Meeting", subj="participant", avec="participant"),
    # `la Russie s'est rapprochée de la Corée du Nord`: both draw together
    "rapprocher": _f("Event", subj="participant", de="participant", avec="participant"),
    # (`se retirer de X`: verb_senses.py tells a place from a text withdrawn from)
    # an act going on or growing: `l'offensive se poursuivra`, `ces frappes s'intensifient` (whose act: the extractor)
    **dict.fromkeys(("poursuivre", "intensifier", "multiplier"), _f("Event", subj="agent")),
    # coming to terms: `Moscou et Pékin se sont accordés sur le prix du gaz`
    "accorder": _f("Agreement", subj="participant", avec="participant", entre="participant"),
    # paying one's respects: `s'est recueilli devant le cercueil de X` (the one honoured: joint_parties.py)
    "recueillir": _f("Event", subj="agent"),
    # ties that change between two sides: `les relations entre Minsk et Varsovie se sont tendues` (events.py reads
    # the sides; only with ties for subject)
    **dict.fromkeys(TIES_VERBS, _f("Event", subj="participant", entre="participant")),
    # seeing each other: `les deux hommes s'étaient vus en novembre` (only plural, with no complement: events.py)
    "voir": MEETING,
}
TIES_NOUNS = {"relation", "relations", "lien", "liens", "rapport", "rapports"}
REFLEXIVE_CLITICS = {"se", "s'", "s’", "me", "m'", "te", "t'", "nous", "vous"}
# `opposer son veto à X`, `mettre son veto à X`: the veto is the event, X its theme.
VETO = _f("Event", subj="agent", a_="theme")
VETO_VERBS = {"opposer", "mettre", "brandir", "utiliser", "exercer", "imposer"}
# `envoyer X dans l'espace`: a spaceflight, not a delivery.
SPACE_WORDS = {"espace", "orbite", "station"}
SPACEFLIGHT_SEND = _f("Spaceflight", subj="agent", obj="participant")
VISIT_GO = _f("Visit", subj="agent")  # se rendre en/à X
# `est arrivé à Kiev pour une visite`: the visit noun names the visit; the arrival is an act of its own
ARRIVAL = _f("Event", subj="agent")
TRAIN_PEOPLE = _f("Event", subj="agent", obj="recipient", par="agent")  # `former des pilotes`
RECEIVE_GUEST = _f("Meeting", subj="agent", obj="participant")
# `a reçu des drones de X`: goods received are delivered (a present is told by `offrir`, `remettre`)
RECEIVE_GOODS = _f("Delivery", subj="recipient", obj="theme", de="agent", par="agent")

WEAPON_PROGRAMMES = ("nucléaire", "nucléaires", "balistique", "balistiques", "militaire", "militaires", "spatial",
                     "spatiaux", "atomique", "atomiques")
VISIT_NOUNS = ("visite", "voyage", "déplacement", "séjour", "tournée")
MEETING_NOUNS = {"rencontre", "sommet", "entretien", "entretiens", "réunion", "entrevue", "conférence", "forum",
                 "session", "assemblée", "congrès"}
SANCTION_WORDS = {"sanction", "sanctions", "embargo", "interdiction", "amende", "peine"}
AID_KINDS = ("militaire", "militaires", "technologique", "technologiques", "technique", "techniques", "financière",
             "financières", "économique", "économiques", "humanitaire", "humanitaires", "matérielle", "logistique")
# Offences a person or a state is charged with (`arrêté pour corruption`, `accuse Kiev de terrorisme`).
CRIME_NOUNS = ("corruption", "espionnage", "terrorisme", "trahison", "fraude", "blanchiment", "détournement",
               "extrémisme", "sabotage", "subversion", "malversations", "extorsion", "ingérence", "provocation",
               "provocations")
NOUN_FRAMES: dict[str, Frame] = {
    **dict.fromkeys(("rencontre", "sommet", "entretien", "réunion", "entrevue"), MEETING),
    **dict.fromkeys(VISIT_NOUNS, _f("Visit", de="agent")),
    **dict.fromkeys(("banquet", "dîner", "réception", "déjeuner"), _f("Banquet", "person", de="participant",
                                                                      avec="participant")),
    "invitation": _f("Invitation", de="agent"),
    **dict.fromkeys(("proposition", "offre"), _f("Proposal", de="agent", a_="recipient", demonym="agent",
                                                 poss="agent")),
    **dict.fromkeys(("livraison", "livraisons", "fourniture", "transfert", "transferts"),  # `entre X et Y`: both
                    _f("Delivery", a_="recipient", par="agent", de="agent", vers="recipient", entre="participant")),
    **dict.fromkeys(("accord", "traité", "pacte"), _f("Agreement", "country", avec="participant",
                                                      entre="participant")),
    **dict.fromkeys(("sanction", "sanctions"), _f("Sanction", par="agent", de="agent", contre="recipient",
                                                  visant="recipient", sur="recipient", a_="recipient")),
    "interdiction": _f("Sanction", par="agent"),
    **dict.fromkeys(("coopération", "rapprochement", "discussion", "discussions"),
                    _f("Event", "country", entre="participant", avec="participant")),
    # talks held to settle something are meetings of their parties: `les négociations de paix avec X`
    **dict.fromkeys(("négociation", "négociations", "pourparlers"),
                    _f("Meeting", "country", entre="participant", avec="participant")),
    "violation": _f("Event", "country"),
    # ceremonies and talks: who is `de` the event, or `entre`/`avec` whom, takes part in it
    **dict.fromkeys(("cérémonie", "défilé", "parade", "commémoration", "commémorations", "funérailles", "obsèques"),
                    _f("Event", entre="participant", avec="participant", de="participant")),
    # `l'investiture de X`: X is the one invested
    **dict.fromkeys(("investiture", "intronisation", "prestation"), _f("Event", de="recipient")),
    # `ses programmes nucléaires`, `le programme balistique de X`: a weapons programme is X's activity
    **dict.fromkeys(("programme", "programmes"), _f("Event", requires=WEAPON_PROGRAMMES, de="agent")),
    "lutte": _f("Event", de="agent", contre="recipient"),  # `mène une lutte contre X`
    "signature": _f("Agreement", entre="participant", avec="participant", par="participant"),
    # `le renouvellement du mandat`: what is renewed; `le renouvellement par X`: who renews it
    **dict.fromkeys(("renouvellement", "prolongation", "reconduction"), _f("Event", par="agent")),
    # `ses achats d'armes nord-coréennes`: the buyer owns the purchase and receives the goods; their maker gives
    **dict.fromkeys(("achat", "achats", "acquisition", "acquisitions", "importations"),
                    _f("Delivery", poss="recipient", par="recipient")),
    # military drills between states: `des exercices militaires conjoints avec X`
    **dict.fromkeys(("exercice", "exercices", "manœuvres", "manoeuvres"),
                    _f("Event", "country", requires=("militaire", "militaires", "conjoint", "conjoints", "conjointes",
                                                     "naval", "navals", "navales", "aérien", "aériens", "commun",
                                                     "communs", "communes"), avec="participant", entre="participant",
                       de="participant", par="participant")),  # `des exercices menés par X et Y`
    # a weapons test is its maker's act: `le dernier essai nucléaire de X`, `ses essais balistiques`
    **dict.fromkeys(("essai", "essais"), _f("Event", requires=WEAPON_PROGRAMMES, de="agent", poss="agent",
                                            demonym="agent")),  # `l'essai nucléaire nord-coréen`
    # attacks named by a noun: by whom (`de`, a demonym: `les frappes russes`), against whom
    **dict.fromkeys(("attaque", "attaques", "frappe", "frappes", "bombardement", "bombardements"),
                    _f("Event", de="agent", par="agent", contre="recipient", sur="recipient", demonym="agent")),
    # shots fired: `les tirs de missiles nord-coréens` (the weapon's demonym says whose: see the extractor)
    **dict.fromkeys(("tir", "tirs"), _f("Event", de="agent", par="agent", contre="recipient", sur="recipient",
                                         demonym="agent")),
    # troops or a state pulling out: `le retrait des troupes russes`, `le retrait de la Russie`
    "retrait": _f("Event", de="agent", par="agent", demonym="agent"),
    # a reform targets a body: `une réforme du Conseil de sécurité`
    "réforme": _f("Event", de="recipient", par="agent"),
    # backing: `le soutien de X à Y`, `son soutien à Y`, `le soutien chinois à la Russie`
    "soutien": _f("Event", de="agent", par="agent", a_="recipient", demonym="agent"),
    # aid of a kind (not `à l'aide de`): `l'aide militaire américaine à l'Ukraine` is goods delivered
    **dict.fromkeys(("aide", "assistance"), _f("Delivery", requires=AID_KINDS, de="agent", par="agent",
                                                a_="recipient", demonym="agent")),
    **dict.fromkeys(("riposte", "représailles"), _f("Event", poss="agent", de="agent", contre="recipient",
                                                     a_="recipient", demonym="agent")),
    # giving up a war: `la capitulation du Japon`, `la reddition allemande`: who surrenders acts
    **dict.fromkeys(("capitulation", "reddition"), _f("Event", de="agent", poss="agent", demonym="agent")),
    # `la réélection de X`: X is the one re-elected (not `élection`: `promettre des élections` names no one's, and
    # an event noun keeps its complements, `lors de ...`, from the verb above it)
    "réélection": _f("Event", de="recipient"),
    # sending goods: `l'envoi d'obus nord-coréens à la Russie` (the demonym of what is sent says who sends it);
    # sending people is a deployment (SEND_PEOPLE)
    **dict.fromkeys(("envoi", "envois", "expédition", "expéditions"),
                    _f("Delivery", a_="recipient", vers="recipient", en="recipient", par="agent", demonym="agent")),
    # talks held before the press or a forum: `lors d'une conférence de presse`, `a tenu une conférence`
    **dict.fromkeys(("conférence", "visioconférence"), _f("Meeting", avec="participant", entre="participant")),
    # armed pushes: `l'offensive russe`, `l'offensive de Moscou contre X` (whose act: `de`, `par`, a demonym)
    **dict.fromkeys(("offensive", "incursion", "contre-offensive"), _f("Event", de="agent", par="agent",
                                                                      contre="recipient", demonym="agent")),
    # a territory taken: `l'occupation russe`, `l'annexion par Moscou` (the place taken: event_nouns.py)
    **dict.fromkeys(("occupation", "annexion"), _f("Event", par="agent", demonym="agent")),
    # people held or set free: `l'arrestation de X`, `la libération du journaliste X`, `l'expulsion de X par Y`
    **dict.fromkeys(("arrestation", "interpellation", "libération", "expulsion", "extradition", "enlèvement"),
                    _f("Event", de="recipient", par="agent")),
    # comings of a party: `l'arrivée de Xi Jinping à Moscou`, `son retour en Russie` (the place is read as for any
    # event; `le retour de la paix` names no party and is dropped; `à son arrivée` dates another act: MOMENT_NOUNS;
    # not `départ`: `au départ`, `point de départ`, `le départ de son ministre` from office are other senses)
    **dict.fromkeys(("arrivée", "retour", "départ"), _f("Event", de="agent", poss="agent")),
    # a court's ruling: `le verdict du tribunal contre X`; `l'acquittement de X par la cour`
    "verdict": _f("Event", de="agent", par="agent", contre="recipient"),
    "acquittement": _f("Event", de="recipient", par="agent"),
    # a truce between parties: `un cessez-le-feu entre X et Y`, `conclure une trêve avec X`
    **dict.fromkeys(("cessez-le-feu", "trêve"), _f("Event", entre="participant", avec="participant")),
    # talks by telephone: `un entretien téléphonique avec X`, `lors d'un appel téléphonique à son homologue`
    **dict.fromkeys(("appel", "conversation", "échange"), _f("Meeting", requires=("téléphonique",),
                                                              avec="participant", a_="participant",
                                                              entre="participant", de="participant")),
    # offences someone is charged with: the one charged acts (who that is, and the status: event_nouns.py)
    **dict.fromkeys(CRIME_NOUNS, _f("Event")),
}
# `à son arrivée`, `dès son retour`, `avant son arrivée`: the moment another act is dated by, no news of its own.
MOMENT_NOUNS = {"arrivée", "retour"}
MOMENT_CASES = {"à", "dès", "avant", "après"}  # (`depuis son arrivée au pouvoir` tells the coming itself)
# `l'envoi de soldats en Russie`: people sent are deployed, not delivered (whose they are: the demonym)
SEND_PEOPLE = _f("Event", a_="recipient", vers="recipient", en="recipient", par="agent", demonym="agent")
# `a envoyé des soldats en Russie`, `des troupes envoyées vers le front`: the verb of it, the troops its theme
SEND_TROOPS = _f("Event", subj="agent", par="agent", obj="theme", a_="recipient", en="recipient", vers="recipient")
# `a dépêché à Niamey le président béninois, Patrice Talon`: one person sent to act for the sender takes part
SEND_ENVOY = _f("Event", subj="agent", par="agent", obj="participant", a_="recipient", en="recipient",
                vers="recipient")
SENDING_NOUNS = {"envoi", "envois", "expédition", "expéditions"}
# `une conférence de presse`, `un point de presse`: where something is said (the speech act tells it), no event
PRESS_WORDS = {"presse", "press"}
CLAUSE_DEPS = {"ccomp", "advcl", "acl:relcl", "parataxis", "csubj", "xcomp"}
PREPOSITION_BEFORE = re.compile(
    r"(?:^|[\s'])(?P<p>(?:encontre|égard) d(?:e|u|es)?|envers|à|au|aux|avec|de|du|des|d|par|entre|et|en|dans|pour|"
    r"contre|sur|selon|vers|visant|chez|via)[\s']*(?:l'|la|le|les|un|une|des|son|sa|ses|leur|leurs)?\s*$",
    re.IGNORECASE)
# `à l'encontre de X`, `à l'égard de X`, `envers X`: whom a measure or an act is aimed at, as `contre X` (not the `de`
# of its doer)
AIMED_AT_FORMS = {f"{noun} {of}": "contre" for noun in ("encontre", "égard") for of in ("de", "du", "des", "d")}
PREPOSITION_FORMS = {"au": "à", "aux": "à", "du": "de", "des": "de", "d": "de", "envers": "contre", **AIMED_AT_FORMS}
DURATION_NOUNS = {"heure", "jour", "semaine", "mois", "an", "année", "minute", "nuit"}
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "demain", "matin",
              "soir", "midi", "semaine", "mois", "an", "année", "jour", "week-end"}
# `a reçu le président sud-coréen`: receiving a person is a meeting, not a gift.
GUEST_NOUNS = {"président", "présidente", "ministre", "dirigeant", "dirigeante", "chef", "homologue", "délégation",
               "ambassadeur", "ambassadrice", "émissaire", "envoyé", "envoyée", "roi", "reine", "prince", "pape",
               "secrétaire", "chancelier", "chancelière", "visiteur", "visiteurs", "invité", "invités",
               "représentant", "représentante", "délégué", "déléguée"}  # `a reçu des représentants de X`
PERSON_NOUNS = {"cosmonaute", "astronaute", "soldat", "soldats", "diplomate", "journaliste", "ouvrier",
                "ingénieur", "scientifique", "délégation", "émissaire", "otage", "prisonnier", "pilote", "pilotes",
                "ingénieurs", "techniciens", "technicien", "militaires", "officiers", "officier", "étudiants",
                "civil", "civils", "victime", "victimes", "personnes", "habitants", "blessés", "morts"}


# What is said rather than handed over: `donner des détails`, `fournir des précisions` is no gift nor delivery.
INFORMATION_NOUNS = {"détail", "détails", "précision", "précisions", "information", "informations", "explication",
                     "explications", "indication", "indications", "chiffre", "chiffres", "nouvelle", "nouvelles",
                     "assurance", "assurances", "garantie", "garanties", "réponse", "avis", "conseil", "conseils",
                     "raison", "raisons", "exemple", "suite", "lieu", "preuve", "preuves", "feu",
                     # `donner une conférence de presse`, `un discours`, `une interview`: an occasion to speak
                     "conférence", "discours", "interview", "entretien", "cours", "leçon"}
# What a verb of giving gives without handing anything over (figures of speech, no gift nor delivery): a chance
# or a stage (`offrir une occasion`, `une tribune`), an order or a start (`donner l'ordre`, `le coup d'envoi`), a
# push or a sign (`donner un nouvel élan`, `envoyer un signal`), backing or consent (`recevoir le soutien de`,
# `donner son accord`), feelings and words of form (`offrir ses condoléances`), an effort or a frame (`fournir des
# efforts`, `un cadre`), a resignation handed in (`remettre sa démission`: no present). Goods, money, texts,
# pictures and people are not in it.
UNGIVEN_NOUNS = {
    # chances, means and ways out
    "occasion", "occasions", "opportunité", "opportunités", "chance", "chances", "possibilité", "possibilités",
    "tribune", "alternative", "alternatives", "perspective", "perspectives", "répit", "issue", "échappatoire",
    "prétexte", "prétextes", "excuse", "excuses", "avantage", "avantages", "accès", "visibilité", "légitimité",
    # orders, starts and pushes
    "ordre", "ordres", "instruction", "instructions", "consigne", "consignes", "coup", "coups", "impulsion",
    "impulsions", "élan", "souffle", "naissance", "ton", "parole", "priorité", "priorités", "feu",
    # signs and impressions
    "signal", "signaux", "signe", "signes", "avertissement", "avertissements", "impression", "sentiment", "gage",
    "gages", "satisfecit", "victoire", "camouflet", "revers",
    # backing, consent, trust and feelings
    "soutien", "appui", "accord", "aval", "consentement", "caution", "bénédiction", "confiance", "crédit",
    "importance", "condoléance", "condoléances", "félicitation", "félicitations", "sympathie", "solidarité",
    "hommage", "remerciement", "remerciements", "vœux", "voeux", "salut", "encouragement", "encouragements",
    # efforts, frames and accounts
    "effort", "efforts", "cadre", "analyse", "interprétation", "démission", "témoignage", "témoignages", "récit",
    "impressions",
}
# `livrer sa version des faits`, `donner sa version`: one's own account (a product's `une version modernisée` is goods)
ACCOUNT_NOUNS = {"version", "versions"}
# `un message clair`, `un message fort à l'Occident`: a stance shown, not a text carried
FIGURATIVE_MESSAGE_WORDS = {"clair", "clairs", "fort", "forts", "ferme", "fermes", "politique", "politiques",
                            "puissant", "puissants"}
# Verbs whose subject, when it is a thing (`le mandat expire`, `le train regagnera Pyongyang`), takes part in the
# event without acting: the thing is a participant (a person or a state stays in the frame's subject role).
THING_SUBJECT_VERBS = {"expirer", "regagner", "arriver", "rentrer", "repartir", "quitter", "atterrir", "tomber",
                       "retomber", "abîmer", "écraser"}
# Nouns of texts: their local entity is of type `other`, not a physical `object`.
TEXT_NOUNS = {"résolution", "déclaration", "texte", "message", "lettre", "traité", "accord", "pacte", "projet",
              "loi", "motion", "amendement", "communiqué", "rapport", "mémorandum", "protocole", "contrat",
              "contrats", "charte", "convention", "plan", "proposition", "mandat", "document", "documents"}
# Nouns that name people or bodies, never a thing a verb acts on: `les autorités sont arrivées`.
AGENT_NOUNS = {"autorité", "autorités", "gouvernement", "régime", "armée", "ministère", "agence", "groupe", "comité",
               "commission", "conseil", "parlement", "délégation", "médias", "presse", "état", "état-major",
               "équipe", "experts", "responsables", "dirigeants", "forces", "troupes", "personne", "gens",
               # the bodies of justice, order and rescue (`la police a interpellé`, `les secouristes ont évacué`)
               "police", "gendarmerie", "justice", "tribunal", "cour", "parquet", "secouristes", "sauveteurs",
               "pompiers", "garde-côtes"}

# Who the article has a fact from is its source, never a party to it: `selon l'agence X`, `d'après X`, `a
# rapporté X`, `a indiqué X`, `de source diplomatique`.
SOURCE_PREPOSITIONS = {"selon", "après"}  # `d'après` is `après` fixed on `de`
REPORTING_VERBS = {"rapporter", "indiquer", "annoncer", "affirmer", "déclarer", "préciser", "ajouter", "souligner",
                   "assurer", "expliquer", "confirmer", "révéler", "citer", "dire", "écrire", "estimer", "juger",
                   "relater", "signaler", "faire"}

CEREMONY_NOUNS = {"cérémonie", "défilé", "parade", "commémoration", "commémorations"}
# Nouns of occasions that also serve, bare after `de`/`à`, to classify a thing: `une dague de parade`, `une
# tenue de cérémonie`, `une salle de réunion`, `une carte de visite`.
OCCASION_NOUNS = CEREMONY_NOUNS | set(VISIT_NOUNS) | {"réunion", "réception", "dîner", "déjeuner", "banquet",
                                                      "sommet", "rencontre", "voyage"}
