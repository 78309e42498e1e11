"""Events named by nouns: who takes part in them and what the clause around them says of them.

``event_lexicon.NOUN_FRAMES`` says which nouns name events and which complement (`de`, `par`, `à`, a demonym)
fills which role; ``events.py`` reads those slots through ``named_frame``, which adds the acts of news on any topic
(``NEWS_NOUN_FRAMES``: attacks, arrests and trials, disasters, deployments, exports, embargoes, gifts, summonses,
appointments) and the nouns that name an act with the bare noun they govern (``COMPOUND_NOUN_FRAMES``: `échange de
prisonniers`, `droits de douane`, `tremblement de terre`); any other noun of a verb of action with a party among its
complements names its verb's act (``action_nouns.py``). French news also tells the parties and the standing of an
act named by a noun through the clause the noun sits in, for any noun of its class:

- an order or a decree: `Tokyo a ordonné l'expulsion de X`, `a décrété un embargo`, `l'embargo décrété par X`: one
  event, the act ordered, whose author is who orders it (``ordered_acts``, ``ordered_by``); `l'agression de X par
  Y`: done to X by Y; `le sommet des Brics`, `une réunion du Conseil` at which something took place: the body's;
  `un accord sur la construction de X`: the signatories' act, still to come; a measure on goods of a nationality
  (`un embargo sur les produits japonais`) aimed at that state; the demonym of the people an act moves (`le
  déploiement de soldats nord-coréens`) says whose act it is; `la levée de l'embargo`: the embargo was in force;

- an accusation: `accuse Kiev de terrorisme`, `soupçonnent Pékin d'envisager des livraisons d'armes`, `détenu
  pour espionnage présumé`, `l'arrestation pour corruption d'un vice-ministre`: the one accused, held or arrested
  is the agent of the act charged (and a charge is suspected, never asserted by the article);
- a denial in one's own name: `Pyongyang nie toute livraison d'armes`: the one who denies is the one who would
  have acted (the denial makes it negated: ``status.py``);
- the one arrested or freed, also where the parse hangs them on the charge (`l'arrestation pour fraude d'un
  ancien gouverneur, X`);
- a place taken: `l'occupation de Boutcha`, `l'annexion de la Crimée`: the place is the one the act is done to;
  an armed act in places a demonym gives to a state (`dans la région ukrainienne de X`) is done to that state;
- who launches or wages an armed act (`l'armée a lancé une offensive`) is its agent;
- a promise or a plan: `a promis un soutien à Kiev`, `prévoit une rencontre avec X`: the act is planned, and the
  one who promises or plans it takes part;
- an invitation: `se rendra à Pékin à l'invitation de Xi` was made (occurred), even when the journey it brings
  about is still to come; who accepts or declines an invitation is the one invited;
- a partner the parse hangs on the verb that carries the noun (`a eu un entretien téléphonique avec X`,
  `appelle à un cessez-le-feu immédiat entre X et Y`);
- a visit a day of which dates what happened to the subject (`a été reçu au premier jour d'une visite`);
- a visit whose place comes first (`la visite au Kremlin de X`): the parse hangs X on the place; X visits;
- what is given back `en échange de` goods delivered (`a envoyé des obus à X en échange de pétrole`): a delivery
  the other way, from the recipient to the sender, with the delivery's standing (``counter_deliveries``);
- proceedings opened on a charge (`une enquête pour corruption visant X et Y`, `une plainte pour fraude contre X`):
  each one they are against is an agent of the act charged, which is suspected; so is an act charged by a verb
  (`accuse X de génocide`);
- an act refused as a verb's object (`a rejeté toute négociation`) is negated (an invitation or an offer refused
  was made all the same);
- an act told again with a possessive, of the same parties (`sa démission`, after `la démission de X`): one event;
- dealings and clashes of two sides (`le commerce entre X et Y`, `la crise entre X et Y`, `le commerce sino-russe`):
  an act only with both sides named (``BETWEEN_NOUNS``); tests and launches named by the weapon or rocket
  (`un essai de missile`, `le lancement d'un satellite nord-coréen`); aid to a named party (`l'aide américaine à
  l'Ukraine`); drills the subject owns (`a défendu ses exercices`) (``_frame_by_complements``);
- a meeting one hosts (`le sommet organisé par X`), acts counted (`a mené une série de frappes`): the host, the
  verb of the counting noun (``hosted_by``, ``launched_by``; an act one answers with, `répondre par un tir`, is the
  subject's, read before these by ``event_roles.answering_act``); the forces one moves (`le retrait de ses
  troupes`): the owner acts, not the troops (``owner_of_forces``); drills held alone are the holder's act, its
  agent (``lone_drill_holder``);
- the one held or charged named by a noun of a person (`un ingénieur de la société X, détenu pour espionnage`):
  that person, never the body named inside the phrase (their employer is neither charged nor freed).

And three constructions where a noun names no event of its own:

- support voiced by the one who gives it (`a exprimé son soutien à Kiev`, `a apporté son « soutien total » au
  plan`): a speech act (``speech.py``) tells it; material support (`un soutien militaire`) and support another is
  thanked or praised for (`a salué le soutien de la Chine`) stay events;
- talks told again by their parties (`Xi et Poutine ont poursuivi leurs entretiens`): `leurs` points back to a
  meeting the article already reported;
- a noun of an armed act the linker read as a war Wikidata knows (`complice de l'offensive russe`): an entity.

Every rule only adds a role an event's parties do not hold yet, for persons, states and organisations (a thing is
no party). The reader of the clause is the one ``event_roles.py`` defines: this module does not know the extractor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Protocol

from spacy.tokens import Token

from newsld.extract.event_lexicon import (
    AID_KINDS,
    CRIME_NOUNS,
    FIRED_WORDS,
    NOUN_FRAMES,
    REFUSING,
    RESTRAINT_NOUNS,
    SEND_PEOPLE,
    VISIT_NOUNS,
    Frame,
)
from newsld.extract.event_roles import Reader
from newsld.extract.governing_verbs import GOVERNED_FIXES, GOVERNED_RULES, governed_status
from newsld.extract.model import OF_WORDS as OF
from newsld.extract.model import Mention, fold
from newsld.extract.nlp import has_passive_auxiliary, sentence_of
from newsld.extract.noun_arguments import (
    NOUN_ARGUMENT_FIXES,
    NOUN_ARGUMENT_RULES,
    OWN_ACT_VERBS,
    OWNER_DETERMINERS,
    PHASE_VERBS,
    carrier_verb,
    cased,
    joined_subjects,
    paired_demonyms,
    urged_one,
)
from newsld.extract.person_nouns import is_person_noun
from newsld.extract.speech_lexicon import REPORTING

# Verbs and nouns that charge someone with an act (`accuser X de`, `détenu pour`, `l'arrestation pour`).
CHARGING_VERBS = {"accuser", "soupçonner", "suspecter", "inculper", "condamner", "poursuivre", "arrêter",
                  "interpeller", "détenir", "incarcérer", "emprisonner", "écrouer", "juger", "mettre", "placer",
                  "reprocher", "incriminer"}
CHARGING_NOUNS = {"arrestation", "interpellation", "détention", "incarcération", "condamnation", "inculpation",
                  "accusation", "accusations", "procès", "mise", "emprisonnement"}
CHARGE_CASES = {"de", "d'", "d’", "pour"}
CHARGE_CLIMB = 4  # nouns the parse may hang `pour` a charge on, between it and the verb of charging
# Nouns of proceedings opened on a charge against people named after it (`une enquête pour corruption visant X et
# Y`, `une plainte pour fraude contre X`, `des poursuites pour trahison contre X`).
PROCEEDING_NOUNS = {"enquête", "enquêtes", "plainte", "plaintes", "poursuite", "poursuites", "procédure",
                    "procédures", "information", "instruction", "mandat", "mandats"}
# How proceedings name those they are against: `visant X`, `contre X`, `à l'encontre de X`.
TARGETING_VERBS = {"viser", "cibler", "concerner"}
TARGETING_CASES = {"contre"}
CHARGED_TYPES = {"person", "country", "organization", "group"}
# Nouns of people arrested, held, freed or sent away: the one `de` them undergoes the act.
HOLDING_NOUNS = {"arrestation", "interpellation", "libération", "expulsion", "extradition", "enlèvement"}
# Verbs by which one denies one's own act (`X nie toute livraison`, `X dément tout transfert`).
DENYING_VERBS = {"nier", "démentir", "réfuter", "contester"}
# Acts done to a territory: the place named `de` them undergoes them.
TERRITORIAL_NOUNS = {"occupation", "annexion", "blocus", "siège", "encerclement", "invasion", "bombardement",
                     "bombardements", "pilonnage", "libération"}
PLACE_TYPES = {"place", "country"}
# Verbs whose object names an act still to come (`a promis un soutien`, `prévoit des exercices`).
PLANNING_VERBS = {"promettre", "prévoir", "préparer", "planifier", "programmer", "projeter", "envisager"}
SHARED_TYPES = {"Meeting", "Agreement", "Banquet"}  # acts of two parties, each a participant
# Verbs by which one voices support rather than gives it: the speech act tells it.
# (`a salué le soutien de la Chine`, `a remercié X pour son soutien`: another's support, which is an act)
VOICING_VERBS = {"exprimer", "réaffirmer", "affirmer", "témoigner", "manifester", "afficher", "apporter",
                 "renouveler", "assurer", "dire", "redire"}
VOICED_NOUNS = {"soutien", "solidarité", "appui"}
PROTEST_NOUNS = {"protestation", "protestations"}
LODGING_VERBS = VOICING_VERBS | {"adresser", "élever", "émettre", "formuler", "transmettre", "envoyer", "signifier",
                                 "présenter", "déposer", "remettre", "faire", "réitérer"}
# `à l'invitation de X`, `sur invitation de X`: the invitation the clause's act answers was made.
ANSWERED_CASES = {"à", "sur"}
# Verbs by which one starts or wages an armed act (`a lancé une offensive`, `mène des frappes`).
LAUNCHING_VERBS = {"lancer", "déclencher", "mener", "conduire", "engager", "entamer", "poursuivre", "intensifier",
                   "multiplier", "effectuer", "reprendre"}
# Verbs by which one holds a meeting as its host (`le sommet organisé par X`, `une réunion présidée par X`).
HOSTING_VERBS = {"organiser", "accueillir", "présider", "coprésider", "convoquer", "tenir", "héberger"}
# Nouns that count acts (`une série de frappes`, `une vague d'attaques`, `des dizaines de tirs`).
COUNTING_NOUNS = {"série", "vague", "salve", "succession", "multitude", "pluie", "dizaine", "dizaines", "centaine",
                  "centaines", "millier", "milliers", "nombre", "flot", "cycle"}
# Days and moments of a visit (`au premier jour d'une visite`, `à la veille de sa visite`, `à l'issue de`).
DAY_NOUNS = {"jour", "journée", "veille", "lendemain", "début", "fin", "issue", "occasion", "première", "dernier",
             "dernière", "terme", "étape"}
# Where an armed act falls (`dans la région ukrainienne de X`, `sur des villes ukrainiennes`).
STRUCK_CASES = {"dans", "en", "sur", "contre"}
# Nouns of armed acts that may name a known war (`l'offensive russe`: the invasion of Ukraine).
WAR_NOUNS = {"offensive", "invasion", "occupation", "annexion", "incursion", "contre-offensive", "agression", "guerre",
             "conflit"}
# Verbs of answering an invitation (`a accepté l'invitation de X`, `a décliné une invitation à venir`).
ANSWERING_VERBS = {"accepter", "décliner", "refuser", "rejeter", "honorer", "répondre", "recevoir"}
# Meetings and visits the parties go on with (`ont poursuivi leurs entretiens`): the ones told before.
RESTATING_POSSESSIVES = {"leur", "leurs"}
RESTATED_TYPES = {"Meeting", "Visit"}
# What exists once made, even when refused: `a refusé l'invitation`, `rejette l'offre`, `rejette l'accord`.
MADE_WHEN_REFUSED = {"Invitation", "Proposal", "Agreement", "Sanction"}
OWNING_DETERMINERS = {"son", "sa", "ses"}
# Adjectives that set an act apart from another of its kind (`sa dernière visite`, `son nouveau retrait`).
OTHER_OF_KIND = {"premier", "première", "dernier", "dernière", "précédent", "précédente", "prochain", "prochaine",
                 "nouveau", "nouvelle", "nouvel", "deuxième", "second", "seconde", "troisième", "ancien", "ancienne",
                 "futur", "future", "énième", "autre"}
# Where one goes: `à Pékin`, `au Kremlin`, `en Russie`.
GOING_CASES = {"à", "au", "aux", "en"}
# `en échange de pétrole`, `en contrepartie de X`: what is given back for goods delivered.
EXCHANGE_NOUNS = {"échange", "contrepartie"}
# Sessions a body holds: `le sommet de l'Apec`, `une réunion du Conseil de sécurité`, `la session de l'Assemblée`.
SESSION_NOUNS = {"sommet", "réunion", "session", "séance", "conférence", "assemblée", "forum", "congrès", "plénière"}
# Texts by which parties bind themselves to an act (`un accord sur la construction de X`): the act is theirs.
AGREEMENT_NOUNS = {"accord", "accords", "mémorandum", "traité", "contrat", "contrats", "pacte", "protocole",
                   "convention", "feuille"}
# (not `permettre`: `l'accord permettant l'exportation de céréales` tells what a deal in force lets happen)
PROVIDING_VERBS = {"prévoir", "porter", "viser", "encadrer"}
AGREED_CASES = {"sur", "pour", "portant"}
# Verbs by which parties make an agreement theirs (`ont signé un accord`, `ont conclu un mémorandum`).
BINDING_VERBS = {"signer", "conclure", "parapher", "ratifier", "négocier", "sceller", "approuver", "adopter"}
DATING_WORDS = {"marge", "lors", "cours", "pendant", "durant", "issue", "occasion"}
# Verbs by which one asks a body to sit (`a demandé une réunion du Conseil de sécurité`).
CALLING_VERBS = {"demander", "réclamer", "convoquer", "solliciter", "requérir", "exiger"}
# Nouns of ending an act in place: `la levée de l'embargo`, `la fin de l'occupation`.
ENDING_NOUNS = {"levée", "fin", "suspension", "arrêt", "annulation", "abrogation", "abandon", "assouplissement"}
# Verbs by which one orders, decides or carries out an act on others (`Tokyo a ordonné l'expulsion de X`,
# `la police a procédé à l'évacuation`): the subject is the agent of the act the noun names.
# (not `annoncer`: `le Kremlin a annoncé l'assassinat de X` tells who reports it; not `exiger`, `obtenir`: who
# demands or wins a release is not who holds the prisoner)
ORDERING_VERBS = {"ordonner", "décider", "décréter", "autoriser", "procéder", "mener", "effectuer", "organiser",
                  "conduire", "achever", "entamer", "commencer", "lancer"}
# `le Japon a annoncé l'envoi de soldats`, `a décidé la livraison de chars`: a state tells of what it sends.
SENDING_ANNOUNCED = {"annoncer", "décider", "ordonner", "autoriser", "approuver", "confirmer"}
# Verbs that only order or allow an act (`a ordonné l'expulsion`): no act of their own beside it (`achever la
# construction du pont`, `a mené l'évacuation` are acts of their own, the noun their object).
COMMANDING_VERBS = {"ordonner", "décider", "autoriser"}
# Verbs by which one puts a measure in force (`a décrété un embargo`, `a imposé des droits de douane`).
DECREEING_VERBS = {"décréter", "imposer", "instaurer", "infliger", "prononcer"}
# Where an event noun stands to a verb of phase (noun_arguments.PHASE_VERBS): its object (`a entamé des livraisons`)
# or its subject (`les pourparlers ont repris`, `les négociations pourraient commencer`).
PHASED_DEPS = {"obj", "obl:arg", "nsubj", "nsubj:pass"}
TWO_PARTY_ACTS = {"Meeting", "Agreement"}
# Where the goods a measure bears on are named (`un embargo sur le gaz russe`, `des taxes visant l'acier chinois`).
TARGETED_CASES = {"sur", "contre", "visant"}
# Roles of a delivery seen from what comes back: its recipient gives, its agent receives.
RETURNED_ROLES = {"recipient": "agent", "agent": "recipient"}




# Votes. A vote only promised or planned (`a promis des élections lors de son arrivée au pouvoir`) is no event of
# its own: the promise is the act, dated by its own complements, and who promises takes no part in the vote.
VOTE_NOUNS = ("élection", "élections", "présidentielle", "législatives", "scrutin", "référendum", "municipales",
              "sénatoriales", "primaire", "primaires")


# Boarding, stopping or intercepting a ship or an aircraft at sea or in the air: `l'arraisonnement d'un pétrolier par
# la marine`, `l'interception d'un cargo`.
BOARDING_NOUNS = ("arraisonnement", "arraisonnements", "abordage", "abordages", "interception", "interceptions")
# Craft one boards or intercepts: the thing that undergoes the act.
CRAFT_NOUNS = {"navire", "bateau", "pétrolier", "cargo", "chalutier", "tanker", "vraquier", "méthanier",
               "porte-conteneurs", "yacht", "ferry", "voilier", "remorqueur", "corvette", "frégate", "sous-marin",
               "patrouilleur", "vedette", "embarcation", "navire-citerne", "paquebot", "avion", "appareil", "drone",
               "hélicoptère", "bombardier", "convoi", "camion"}
CRAFT_REACH = 12  # words after a boarding noun where its craft may stand (`par la Finlande, en décembre, d'un X`)
# Breaches of a state's space (`la violation de l'espace aérien japonais`, `des intrusions dans ses eaux`): the state
# whose space it is undergoes them (``breached_state``); a craft `par` which they come commits them.
BREACH_NOUNS = {"violation", "violations", "intrusion", "intrusions"}
SOVEREIGN_SPACES = {"espace", "eaux", "frontière", "frontières", "territoire", "souveraineté", "ciel"}
BREACHED_CASES = {"de", "d'", "d’", "du", "des", "dans"}
# Talks as a tie held with a partner: an act only where the noun names that partner (`avec`, `entre`).
PARTNERED_NOUNS = ("dialogue", "concertation")
PARTNER_CASES = {"avec", "entre"}
# Verbs by which parties come to terms on an act (`se sont entendus sur`, `se sont accordés sur`, `sont convenus de`).
AGREEING_VERBS = {"entendre", "accorder", "convenir"}
AGREED_ON_CASES = {"sur", "de", "d'", "d’", "du", "des"}
BETWEEN_REACH = 8  # `le rapprochement engagé l'an dernier entre les deux pays`
# Dealings and clashes of two sides, named by nouns that name a trade, a topic or a state as often (`le ministre du
# Commerce`, `discuter de la crise`, `la crise humanitaire`, `tout commerce d'armes avec X`): an act only where the
# noun names both its sides, `entre X et Y` or a compound adjective of two nationalities (`le commerce entre la
# Russie et la Chine`, `la réconciliation entre Séoul et Tokyo`, `des affrontements entre X et Y`, `le commerce
# sino-russe`). (`échanges` in the plural only: `un échange entre X et Y` is as often a call or a swap.)
BETWEEN_NOUNS = {"commerce", "échanges", "réconciliation", "crise", "crises", "combats", "affrontement",
                 "affrontements", "heurts", "escalade"}
BETWEEN_ACT = Frame("Event", {"entre": "participant"})
WORDS_EXCHANGED = {"vue", "vues", "idée", "idées", "propos", "message", "messages", "lettre", "lettres", "point",
                   "points", "information", "informations", "amabilité", "amabilités", "argument", "arguments"}
# Drills (`des exercices`, `des manœuvres`): one side's own unless the words below make them held with others.
DRILL_NOUNS = {"exercice", "exercices", "manœuvre", "manœuvres", "manoeuvre", "manoeuvres"}
# Adjectives that make an act one the subject shares with others (`un exercice conjoint`, `des manœuvres communes`,
# `une réunion trilatérale`; joint_parties.py).
JOINT_ADJECTIVES = {f"{stem}{ending}" for stem in ("conjoint", "commun", "bilatéral", "trilatéral", "multilatéral")
                    for ending in ("", "e", "s", "es")} | {"bilatéraux", "trilatéraux", "multilatéraux"}
# ... and, accents folded, those that make drills held with others (`des manœuvres combinées`)
JOINT_WORDS = {fold(w) for w in JOINT_ADJECTIVES | {f"combiné{ending}" for ending in ("", "e", "s", "es")}}
AID_NOUNS = {"aide", "assistance"}
# `a demandé de l'aide à Washington`: the one asked, the parse may hang on the noun, gives nothing
ASKING_VERBS = {"demander", "réclamer", "solliciter", "implorer", "quémander", "exiger"}
AID_TO = Frame(NOUN_FRAMES["aide"].type, NOUN_FRAMES["aide"].slots)
OWN_DRILLS = Frame("Event", {**NOUN_FRAMES["exercices"].slots, "poss": "participant"})
# Tests and launches of weapons and rockets (`un essai de missile de croisière`, `le lancement d'un satellite espion
# nord-coréen`), named by the thing launched (not `le lancement des négociations`, `un essai clinique`): whose act,
# the one `de`, `par` or whose the noun is, or the demonym of the thing launched.
LAUNCH_NOUNS = {"essai", "essais", "lancement", "lancements"}
LAUNCHED_WORDS = {*FIRED_WORDS, "satellite", "satellites", "lanceur", "lanceurs"}
LAUNCH = Frame("Event", {"de": "agent", "par": "agent", "poss": "agent", "demonym": "agent"})
LAUNCHED_THING = Frame("Event", {**LAUNCH.slots, "de": "theme"})
# `restait ouvert au dialogue`, `ouverte à des négociations`: an act one is open to may happen; it is not meant.
OPEN_WORDS = {"ouvert", "ouverte", "ouverts", "ouvertes"}

# Acts between the sides of a war (``acts_between_sides``): truces, peace talks (`de paix`), swaps of captives.
TRUCE_NOUNS = {"cessez-le-feu", "trêve", "trêves", "armistice"}
PEACE_TALK_NOUNS = {"pourparlers", "négociation", "négociations"}
SCHEDULING_VERBS = {"prévoir", "programmer"}  # `aucune rencontre n'est prévue`: a programme
PROGRAMME_REACH = 2  # sentences before a meeting on the programme where the traveller's plans are told
PROGRAMME_WORDS = 14  # words after the noun where its participle of scheduling may stand
SIGNING_NOUNS = {"signature"}
OCCASION_TYPES = {"Visit", "Meeting", "Agreement"}  # acts whose parties a signing told with them binds
ATTENDING_VERBS = {"assister"}
DEFINITE_ARTICLES = {"le", "la", "les", "l'", "l’"}
RECEIVING_VERBS = {"recevoir", "accueillir"}  # the one received is a guest, who came: the visit is theirs
SIDES = {"parties", "camps", "belligérants", "protagonistes", "côtés"}  # `les deux parties`: the sides of a war
CAPTIVE_NOUNS = {"prisonnier", "prisonniers", "détenu", "détenus", "otage", "otages", "captif", "captifs"}
SETTLEMENT_KINDS = ("pacifique", "négocié", "politique", "diplomatique", "définitif", "durable", "juste")


def _frame(type_: str, **slots: str) -> Frame:
    return Frame(type_, {k.replace("a_", "à"): v for k, v in slots.items()})


# Acts of international news on any topic that ``NOUN_FRAMES`` does not list, by the complements wire copy gives
# them. People and places acted upon are recipients (`l'évacuation des civils`, `le procès de X`), things undergoing
# an act participants (`la destruction d'un pont`), as with the verbs of the same acts.
ASSAULT = _frame("Event", de="agent", par="agent", contre="recipient", sur="recipient", demonym="agent")
DONE_TO = _frame("Event", de="recipient", par="agent")  # `l'assassinat de X par Y`, `la nomination de X`
SHIPPED = NOUN_FRAMES["envoi"]  # `les exportations de céréales ukrainiennes vers l'Afrique`
TALKS = _frame("Meeting", entre="participant", avec="participant")
MASS_CRIME = _frame("Event", de="recipient", contre="recipient", dans="recipient", par="agent")
NEWS_NOUN_FRAMES: dict[str, Frame] = {
    # armed and violent acts: `l'agression russe contre l'Ukraine`, `un raid israélien sur X`
    **dict.fromkeys(("agression", "agressions", "assaut", "assauts", "raid", "raids", "cyberattaque",
                     "cyberattaques", "attentat", "attentats", "embuscade", "blocus"), ASSAULT),
    **dict.fromkeys(("assassinat", "meurtre", "exécution", "enlèvements", "détention", "incarcération",
                     "emprisonnement", "procès", "évacuation", "sauvetage", "capture", "nomination", "limogeage",
                     "rapatriement", "inculpation", "perquisition"), DONE_TO),
    # things destroyed or seized undergo the act: `la saisie d'un pétrolier par l'Iran`
    **dict.fromkeys(("destruction", "saisie", "confiscation"),
                    _frame("Event", de="participant", par="agent", demonym="agent")),
    # disasters: the place `de` them is the one struck (`le séisme de Noto`); a toll is no party
    **dict.fromkeys(("séisme", "incendie", "inondation", "inondations", "ouragan", "typhon", "cyclone", "tsunami",
                     "éruption", "explosion", "naufrage"), _frame("Event", de="recipient")),
    # weapons moved in: `le déploiement d'armes nucléaires russes` (troops deployed are people sent: SEND_PEOPLE)
    **dict.fromkeys(("déploiement", "déploiements"), _frame("Event", par="agent", demonym="agent", de="theme")),
    **dict.fromkeys(("exportation", "exportations"), SHIPPED),
    "embargo": NOUN_FRAMES["sanctions"],
    # gifts of money or goods: `un don de deux millions de dollars à la Croix-Rouge`
    **dict.fromkeys(("don", "dons"), _frame("Gift", de="agent", par="agent", a_="recipient", demonym="agent",
                                             poss="agent")),
    "construction": _frame("Event", de="theme", par="agent"),
    # treaties ratified, blocs joined, texts signed: `la ratification du traité par X`, `l'adhésion de X à l'Otan`
    "ratification": _frame("Agreement", par="participant", de="theme"),
    "adhésion": _frame("Event", de="agent", poss="agent", a_="recipient"),
    "mémorandum": NOUN_FRAMES["accord"],
    # talks and brokering: `la convocation de l'ambassadeur par Tokyo`, `la médiation des Émirats entre X et Y`
    "convocation": _frame("Meeting", de="participant", par="agent"),
    # (not `dialogue`: `ouvert au dialogue`, `prône le dialogue` name a stance far more often than talks held)
    **dict.fromkeys(("consultation", "consultations"), TALKS),
    "tête-à-tête": NOUN_FRAMES["rencontre"],
    "médiation": _frame("Event", de="agent", par="agent", demonym="agent", entre="participant"),
    "démission": _frame("Event", de="agent"),
    # a victory of a side over another: `la victoire des troupes soviétiques sur le Japon`, `la victoire de X contre
    # Y` (`la victoire de 1945`, `le défilé de la Victoire` name no side: no event)
    "victoire": _frame("Event", de="agent", sur="recipient", contre="recipient", demonym="agent"),
    # wars between parties: `la guerre entre l'armée et les paramilitaires`, `le conflit avec X`, `contre X` (not
    # `de`: `la guerre de Corée`, `du Viêt Nam` names a war by its place)
    **dict.fromkeys(("guerre", "guerres", "conflit", "conflits"),
                    _frame("Event", entre="participant", avec="participant", contre="recipient")),
    # votes: the state where it is held takes part (`la présidentielle en Géorgie`, `les législatives au Sénégal`);
    # the one `de` it is the one elected, as with `réélection` (`l'élection de X à la présidence`)
    **dict.fromkeys(VOTE_NOUNS, _frame("Event", en="participant", a_="participant", de="recipient", par="agent")),
    # protests and strikes: who protests (`de`, a demonym), against whom (`la grève des mineurs contre X`)
    **dict.fromkeys(("manifestation", "manifestations", "protestation", "protestations", "grève", "grèves",
                     "émeute", "émeutes", "soulèvement", "insurrection", "mutinerie", "mutineries", "sédition",
                     "putsch", "rébellion", "rébellions", "révolte", "révoltes"),
                    _frame("Event", de="agent", par="agent", contre="recipient", demonym="agent")),
    # a gathering is a meeting of those who hold it or come to it
    **dict.fromkeys(("rassemblement", "rassemblements"), _frame("Meeting", de="participant", avec="participant")),
    # care and shelter given to people: `la vaccination des enfants par X`, `l'accueil de réfugiés par la Pologne`
    **dict.fromkeys(("vaccination", "hospitalisation", "relogement", "réinstallation"), DONE_TO),
    # a stop on the way (`de passage à Hanoï`, `son passage aux États-Unis`): a visit, only before a named place
    # (``_stop_at_place``; not `le passage en revue`, `le passage à l'acte`, `le passage des missiles`)
    "passage": _frame("Visit", de="agent", poss="agent"),
    # mass crimes: those `de` or `contre` whom they are, and where (`un génocide dans le Donbass`), undergo them; who
    # commits them is the one charged (`accuse X de génocide`: ``charged_agent``)
    **dict.fromkeys(("génocide", "génocides", "massacre", "massacres"), MASS_CRIME),
    # (`le nettoyage de la plage`, `l'épuration des eaux`: only the ethnic kind is a crime)
    **dict.fromkeys(("épuration", "nettoyage"), Frame("Event", MASS_CRIME.slots, frozenset({"ethnique"}))),
    # a settlement of a dispute by its parties, only of the kinds news names (`un règlement pacifique du conflit
    # entre X et Y`; not `le règlement intérieur`, `le règlement des factures`)
    "règlement": Frame("Event", {"entre": "participant", "avec": "participant"}, frozenset(SETTLEMENT_KINDS)),
    # boarding or stopping a craft: who boards acts, the craft undergoes it (``boarded_craft`` finds the craft where
    # the parse hangs it: `l'arraisonnement par la Finlande, en décembre, d'un pétrolier`); no demonym slot: the
    # demonym of the craft (`d'un pétrolier russe`) says whose craft it is, not who boards it
    **dict.fromkeys(BOARDING_NOUNS, _frame("Event", par="agent", de="recipient")),
    # an intrusion into a state's space (``breached_state``): who or what intrudes, named `par`, commits it
    **dict.fromkeys(("intrusion", "intrusions"), _frame("Event", par="agent")),
    # talks as a standing tie between parties, only with a partner on the noun (`le dialogue avec Pékin`, `un dialogue
    # entre les deux Corées`): `prône le dialogue`, `un message de dialogue` name a stance, no act with anyone
    **dict.fromkeys(PARTNERED_NOUNS, _frame("Event", avec="participant", entre="participant")),
    # a conduct kept: only its keeper urged to it names it as an act (``noun_arguments.urged_to_restraint``)
    **dict.fromkeys(RESTRAINT_NOUNS, _frame("Event")),
}
# Wars: an event of their own only with their sides named on the noun (`la guerre entre X et Y`, `avec X`, `contre X`).
WAR_FRAME_NOUNS = {"guerre", "guerres", "conflit", "conflits"}
SIDES_CASES = {"entre", "avec", "contre"}
# Stops of a journey: `la dernière étape de sa tournée`, `une escale de son voyage`, a visit of the traveller's.
STOP_NOUNS = {"étape", "étapes", "escale", "escales"}
STOP = NOUN_FRAMES["visite"]
# A tour holds several visits and stops: each is an event of its own (not one event told twice).
JOURNEY_PARTS = STOP_NOUNS | {"tournée", "tournées"}
# Verbs of going to a place: a stop in apposition to where one goes (`se rendre au Cambodge, dernière étape de sa
# tournée`) is that going told again, not a second visit (`quitter Belgrade pour la Hongrie, dernière étape`: the
# stop is the only visit told).
GOING_VERBS = {"rendre", "aller", "gagner", "arriver", "venir", "rejoindre", "atterrir", "visiter"}
# `passage à Hanoï`, `passage aux États-Unis`, `passage en Chine`, `passage par Pékin`: the cases of a stop.
STOP_CASES = {"à", "au", "aux", "en", "par"}
# Nouns that name an act with the bare noun they govern: `un tremblement de terre`, `un échange de prisonniers`,
# `des droits de douane`, `sa prestation de serment` (`l'échange de vues` is talk: no act).
POSTING_NOUNS = {"déploiement", "déploiements"}
FORCE_NOUNS = {"troupe", "troupes", "soldat", "soldats", "militaire", "militaires", "forces", "unités", "unité",
               "bataillon", "bataillons", "brigade", "brigades", "contingent", "casques"}
# The forces and craft a state moves (`le retrait de ses troupes`, `le déploiement de ses navires`).
OWNED_FORCES = FORCE_NOUNS | {"navires", "avions", "bâtiments", "missiles", "armes", "chars", "bombardiers"}
COMPOUND_NOUN_FRAMES: dict[tuple[str, str], Frame] = {
    ("tremblement", "terre"): _frame("Event", de="recipient"),
    ("glissement", "terrain"): _frame("Event", de="recipient"),
    **dict.fromkeys((("échange", "prisonnier"), ("échange", "prisonniers"), ("échange", "détenu"),
                     ("échange", "détenus"), ("échange", "otage"), ("échange", "otages"), ("échange", "captif"),
                     ("échange", "captifs"), ("échange", "corps")),
                    _frame("Event", entre="participant", avec="participant", par="agent")),
    **dict.fromkeys((("droit", "douane"), ("droits", "douane"), ("taxe", "douane")),
                    _frame("Event", par="agent", demonym="agent", sur="recipient", contre="recipient",
                           visant="recipient", a_="recipient")),
    ("prestation", "serment"): _frame("Event", de="agent", poss="agent"),
    # a seizure of power: who makes it, against whom (`le coup d'État de l'armée contre le président X`)
    ("coup", "état"): _frame("Event", de="agent", par="agent", contre="recipient", demonym="agent"),
}


def named_frame(noun: Token) -> Frame | None:
    """The frame of an act a noun names: a noun with the bare noun it governs first (`échange de prisonniers`,
    not the telephone `échange`), then the lexicon's nouns, then the acts of news on any topic listed here."""
    lemma, form = noun.lemma_.lower(), noun.lower_
    for kind in (c for c in noun.children if c.dep_ == "nmod" and cased(c, OF) and not any(
            g.dep_ == "det" for g in c.children)):
        compound = COMPOUND_NOUN_FRAMES.get((lemma, kind.lemma_.lower())) or COMPOUND_NOUN_FRAMES.get(
            (form, kind.lower_))
        if compound is not None:
            return compound
    if lemma in POSTING_NOUNS and any(c.dep_ == "nmod" and cased(c, OF) and _people(c) for c in noun.children):
        return SEND_PEOPLE  # `le déploiement de soldats nord-coréens en Russie`: where they go receives them
    if (lemma in VOTE_NOUNS or form in VOTE_NOUNS) and noun.head.lemma_.lower() in PLANNING_VERBS | {"promettre"}:
        return None
    told = _frame_by_complements(noun, lemma, form)
    if told is not None:
        return told
    known = NOUN_FRAMES.get(form) or NOUN_FRAMES.get(lemma)
    if known is not None or _voted_on(noun):
        return known
    if lemma == "passage" and not _stop_at_place(noun):
        return None
    if lemma in PARTNERED_NOUNS and not _cased_child(noun, PARTNER_CASES):
        return None  # `prône le dialogue`: a stance; `le dialogue avec Pékin`: talks with a partner
    if lemma in WAR_FRAME_NOUNS and not _cased_child(noun, SIDES_CASES):
        return None  # `mener une guerre hybride contre X`: the verb tells the act; a war of its own names its sides
    if lemma in STOP_NOUNS:  # `la dernière étape de sa tournée`: a stop of a journey (not `une étape décisive`)
        return STOP if _stop_of_journey(noun) and not _going_told(noun) else None
    return NEWS_NOUN_FRAMES.get(form) or NEWS_NOUN_FRAMES.get(lemma)


def _frame_by_complements(noun: Token, lemma: str, form: str) -> Frame | None:
    """Nouns that name an act only with the complements that say so: the two sides of a dealing, the party aid goes
    to, the owner of drills, the weapon tested or launched."""
    if (form in BETWEEN_NOUNS or (lemma in BETWEEN_NOUNS and lemma != "échange")) and _both_sides_named(noun):
        return BETWEEN_ACT
    if lemma in AID_NOUNS and not cased(noun, {"à"}) and noun.head.lemma_.lower() not in ASKING_VERBS and any(
            c.dep_ == "nmod" and cased(c, {"à", "au", "aux"}) and c.pos_ == "PROPN" for c in noun.children):
        return AID_TO  # `l'aide américaine à l'Ukraine`: aid given to a named party, of any kind (not `à l'aide de`)
    if (lemma in DRILL_NOUNS or form in DRILL_NOUNS) and _own_drills(noun):
        return OWN_DRILLS  # `la Chine a défendu ses exercices`, `ont repris leurs manœuvres`
    launched = next((c for c in noun.children if c.dep_ == "nmod" and cased(c, OF) and (
        c.lemma_.lower() in LAUNCHED_WORDS)), None) if lemma in LAUNCH_NOUNS else None
    if launched is not None:  # `un essai de missile`; `le lancement d'un satellite`: the one launched is its theme
        return LAUNCHED_THING if any(c.dep_ == "det" for c in launched.children) else LAUNCH
    return None


def craft_parties(noun: Token) -> list[tuple[str, Token]]:
    """The craft an act on or by a ship or an aircraft names, with its role: the one a boarding noun is `de`
    (`l'arraisonnement d'un pétrolier`: it undergoes the act), the one a breach is `par` (`la violation de l'espace
    aérien japonais par un avion militaire`: it commits it)."""
    lemma = noun.lemma_.lower()
    if lemma in BREACH_NOUNS:
        # (the parse may hang `par un drone` on the verb, as the agent of a passive)
        return [("agent", t) for t in _words_past(noun, CRAFT_REACH) if _craft(t) and cased(t, {"par"})][:1]
    boarded = boarded_craft(noun) if lemma in BOARDING_NOUNS or noun.lower_ in BOARDING_NOUNS else None
    return [("recipient", boarded)] if boarded is not None else []


def _craft(token: Token) -> bool:
    return token.lemma_.lower() in CRAFT_NOUNS and any(c.dep_ == "det" for c in token.children)


def boarded_craft(noun: Token) -> Token | None:
    """The craft a boarding noun is `de`, also where the parse hangs it on the clause past the noun's other
    complements (`l'arraisonnement par la Finlande, en décembre, d'un pétrolier`): the first craft named `de` after
    the noun, before the next verb."""
    for token in noun.doc[noun.i + 1:min(sentence_of(noun).end, noun.i + CRAFT_REACH)]:
        if token.pos_ in ("VERB", "AUX"):
            return None
        if _craft(token) and cased(token, OF):
            return token
    return None


def _both_sides_named(noun: Token) -> bool:
    """`le commerce entre X et Y` (also past a participle: `la crise ouverte en mars entre X et Y`), `le commerce
    sino-russe`: the noun names the two sides of its act."""
    if any(c.dep_ == "nmod" and cased(c, OF) and c.lemma_.lower() in WORDS_EXCHANGED for c in noun.children):
        return False  # `des échanges de vues entre X et Y`: words exchanged (speech), no dealing
    return any(t.lower_ == "entre" and t.dep_ == "case" for t in _words_past(noun)) or bool(paired_demonyms(noun))


def _own_drills(noun: Token) -> bool:
    """`a défendu ses exercices`, `ont repris leurs manœuvres`: drills owned by the subject of a verb of one's own
    doing are military drills, with no adjective to say so."""
    verb = carrier_verb(noun)
    owned = any(c.dep_ == "det" and c.lower_ in OWNER_DETERMINERS for c in noun.children)
    return owned and verb is not None and verb.lemma_.lower() in OWN_ACT_VERBS | PHASE_VERBS and (
        not has_passive_auxiliary(verb))


def _cased_child(noun: Token, cases: set[str]) -> bool:
    return any(c.dep_ == "nmod" and cased(c, cases) for c in noun.children)


def _stop_of_journey(noun: Token) -> bool:
    """`l'étape d'une tournée`, `une escale de son voyage`: the noun is `de` a journey."""
    return any(c.dep_ == "nmod" and cased(c, OF) and c.lemma_.lower() in VISIT_NOUNS for c in noun.children)


def _going_told(stop: Token) -> bool:
    verb = next((t for t in stop.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in GOING_VERBS


def _stop_at_place(noun: Token) -> bool:
    """`de passage à Hanoï`, `son passage aux États-Unis`: the noun right before a case of place and a name (the
    parse may hang the name anywhere); `le passage en revue`, `le passage à l'acte` name no place."""
    doc = noun.doc
    case = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if case is None or case.lower_ not in STOP_CASES:
        return False
    after = [t for t in doc[case.i + 1:case.i + 3] if t.pos_ != "DET"]
    return bool(after) and after[0].pos_ == "PROPN"


def _voted_on(noun: Token) -> bool:
    """`a voté en faveur d'un embargo`, `vote contre un embargo`: the measure voted on is the text of the vote (its
    theme), not yet a measure taken."""
    head = noun.head.head if noun.head.lemma_.lower() in ("faveur", "encontre") else noun.head
    return head.lemma_.lower() == "voter"


def _people(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return is_person_noun(lemma) or lemma in FORCE_NOUNS or noun.lower_ in FORCE_NOUNS


class Event(Protocol):  # the fields of events.Event these rules read and change
    type: str
    trigger: Token
    roles: list[tuple[str, str]]
    status: str
    place: str | None
    time_token: Token | None

    def participants(self) -> frozenset[str]: ...


Found = list[tuple[str, str]]


def complete_noun_roles(event: Event, frame: Frame, reader: Reader) -> None:
    """Add the roles the clause around an event noun gives it (none its parties already hold)."""
    if event.trigger.pos_ != "NOUN":
        return
    without_employers(event, reader)
    ordered_by(event, frame, reader)
    patient_before_agent(event, frame, reader)
    body_session(event, reader)
    # a possessive's owner against the `de`, the reacting subject, the one who asks (governing_verbs.py)
    for fix in (*NOUN_ARGUMENT_FIXES, *GOVERNED_FIXES):
        fix(event, frame, reader)
    owner_of_forces(event, reader)
    for rule in RULES:
        for role, entity in rule(event, frame, reader):
            if entity not in {e for _, e in event.roles}:
                event.roles.append((role, entity))
    if not _partner_holds(event, reader):
        event.roles.clear()  # `un excellent dialogue avec nos amis`: talks with no party named are no act told
    lone_drill_holder(event)


def owner_of_forces(event: Event, reader: Reader) -> None:
    """`la Russie a annoncé le retrait de ses troupes`, `Pékin a achevé le déploiement de ses navires`: the forces one
    moves are one's own, and the act is the owner's (the subject of a verb of one's own doing), not the troops'."""
    noun = event.trigger
    of = next((c for c in noun.children if c.dep_ == "nmod" and cased(c, OF)), None)
    if of is None or of.lower_ not in OWNED_FORCES or not any(
            c.dep_ == "det" and c.lower_ in OWNER_DETERMINERS for c in of.children):
        return
    verb = carrier_verb(noun)
    if verb is None or verb.lemma_.lower() not in OWN_ACT_VERBS | PHASE_VERBS or has_passive_auxiliary(verb):
        return
    owners = [m.entity for m in map(reader.party, joined_subjects(verb, reader)) if m is not None and (
        m.type in ("country", "organization"))]
    if not owners:
        return
    forces = reader.mention_of(of)  # (a group or a thing: no party of its own here)
    kept = [(r, e) for r, e in event.roles if forces is None or e != forces.entity]
    event.roles = [*kept, *(("agent", e) for e in owners if e not in {x for _, x in kept})]


def lone_drill_holder(event: Event) -> None:
    """`La Russie a multiplié les manœuvres militaires dans l'archipel`: drills one side holds alone, with no
    partner and nothing that makes them joint, are that side's act (its agent); held with others (`conjointes`, `avec
    X`, `entre X et Y`, two subjects) they have participants."""
    noun = event.trigger
    if (noun.lemma_.lower() not in DRILL_NOUNS and noun.lower_ not in DRILL_NOUNS) or len(event.roles) != 1 or (
            event.roles[0][0] != "participant"):
        return
    joint = any(c.dep_ == "amod" and fold(c.lower_) in JOINT_WORDS for c in noun.children) or any(
        c.dep_ == "nmod" and cased(c, PARTNER_CASES) for c in noun.children) or paired_demonyms(noun)
    if not joint:
        event.roles = [("agent", event.roles[0][1])]


def breached_state(event: Event, frame: Frame, reader: Reader) -> Found:
    """`la violation de l'espace aérien japonais`, `une intrusion dans les eaux territoriales de la Grèce`: the state
    a space is of (its demonym, or its `de`) undergoes the breach."""
    noun = event.trigger
    if noun.lemma_.lower() not in BREACH_NOUNS or any(r == "recipient" for r, _ in event.roles):
        return []
    spaces = [c for c in noun.children if c.dep_ == "nmod" and c.lemma_.lower() in SOVEREIGN_SPACES and cased(
        c, BREACHED_CASES)]
    for space in spaces:
        states = [reader.state_of_demonym(a.lower_) for a in _adjectives_after(space)]
        owners = [reader.party(c) for c in space.children if c.dep_ == "nmod" and cased(c, OF)]
        found = [s for s in states if s] + [m.entity for m in owners if m is not None and m.type == "country"]
        if found:
            return [("recipient", found[0])]
    return []


def _adjectives_after(noun: Token) -> list[Token]:
    """The adjectives right after a noun (`l'espace aérien japonais`; the parse may hang the last one elsewhere)."""
    found = []
    for token in noun.doc[noun.i + 1:sentence_of(noun).end]:
        if token.pos_ != "ADJ":
            break
        found.append(token)
    return found


def parties_between_past(event: Event, frame: Frame, reader: Reader) -> Found:
    """`le rapprochement entre Tokyo et Séoul`, `le rapprochement engagé l'an dernier entre les deux pays`: the
    parties `entre` a two-party noun, also where the parse hangs them on the verb past the noun (a participle that
    describes the noun may stand between)."""
    if frame.slots.get("entre") != "participant" or any(r == "participant" for r, _ in event.roles):
        return []
    noun = event.trigger
    between = next((t for t in _words_past(noun) if t.lower_ == "entre" and t.dep_ == "case"), None)
    if between is None or between.head.i < between.i or between.head.head.i == noun.i:
        return []  # (on the noun itself, its frame reads it)
    joined = [between.head, *(c for c in between.head.children if c.dep_ == "conj")]
    parties = list(dict.fromkeys(m.entity for m in map(reader.party, joined) if m is not None))
    parties = parties if len(parties) >= 2 else reader.pair_of(between.head)
    return [("participant", entity) for entity in parties] if len(parties) >= 2 else []


def _words_past(noun: Token, reach: int = 0) -> list[Token]:
    """The words after a noun up to the next finite verb, within reach (a participle describing it is passed)."""
    words = []
    for token in noun.doc[noun.i + 1:min(sentence_of(noun).end, noun.i + (reach or BETWEEN_REACH))]:
        # (a participle with no auxiliary describes the noun, whatever the parse makes of it: `que le rapprochement
        # engagé l'an dernier entre les deux pays se poursuive`, read as the clause's verb)
        bare_participle = "Part" in token.morph.get("VerbForm") and not any(
            c.dep_.startswith("aux") for c in token.children)
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("acl", "amod") and not bare_participle:
            break
        words.append(token)
    return words


def _partner_holds(event: Event, reader: Reader) -> bool:
    """Talks as a tie (`le dialogue avec X`) are an act only when a partner named on the noun is one of its
    parties (a half told, the one who holds them alone, is not the act)."""
    noun = event.trigger
    if noun.lemma_.lower() not in PARTNERED_NOUNS:
        return True
    partners = [c for c in noun.children if c.dep_ == "nmod" and cased(c, PARTNER_CASES)]
    partners += [g for c in partners for g in c.children if g.dep_ == "conj"]
    parties = {m.entity for m in map(reader.party, partners) if m is not None}
    return bool(parties & {e for _, e in event.roles})


def noun_status(trigger: Token, status: str) -> str:
    """The standing of an act named by a noun where the clause above it says more than ``status.py`` reads."""
    if trigger.pos_ != "NOUN":
        return status
    governed = governed_status(trigger, status)
    if governed != status:  # `a menacé de représailles`, `examine une riposte`
        return governed
    lemma = trigger.lemma_.lower()
    charged = lemma in CRIME_NOUNS or _proceedings_of(trigger) is not None or _charging_verb(trigger) is not None
    if charged and status in ("occurred", "planned"):
        return "suspected"  # `arrêté pour corruption`: a charge, which the article does not make its own
    if lemma == "invitation" and status == "planned" and _answered(trigger):
        return "occurred"  # `doit se rendre à Pékin à l'invitation de Xi`: the journey is to come, not the invitation
    if status == "occurred" and trigger.dep_ == "obj" and trigger.head.lemma_.lower() in PLANNING_VERBS:
        return "planned"  # `avait promis un soutien « inébranlable » à l'Ukraine`
    if status == "occurred" and _agreement_of(trigger) is not None:
        return "planned"  # `un accord prévoyant la construction d'une centrale`: what is agreed is still to be done
    if status in ("occurred", "planned") and _refused(trigger):
        return "negated"  # `a rejeté toute négociation`: the act refused does not take place
    if status == "occurred" and _agreed_on(trigger):
        return "planned"  # `se sont entendues sur un échange de prisonniers`: agreed, still to be carried out
    if status in ("occurred", "planned") and _open_to(trigger):
        return "hypothetical"  # `le Japon reste ouvert au dialogue avec la Chine`: it may take place
    if status in ("proposed", "planned", "hypothetical") and _ended(trigger):
        return "occurred"  # `a réclamé la levée de l'embargo`: the lifting is asked for, the embargo is in force
    return status


def _agreed_on(noun: Token) -> bool:
    """`se sont entendus sur un cessez-le-feu`, `sont convenus d'un échange`: the act parties come to terms on."""
    head = noun.head
    return noun.dep_.startswith("obl") and head.lemma_.lower() in AGREEING_VERBS and cased(noun, AGREED_ON_CASES)


def _open_to(noun: Token) -> bool:
    """`reste ouvert au dialogue`, `se dit ouverte à des négociations`: the noun is what one is open to."""
    return noun.dep_.startswith(("obl", "nmod")) and noun.head.lower_ in OPEN_WORDS and cased(noun, {"à", "au", "aux"})


def _refused(noun: Token) -> bool:
    """`X a rejeté toute négociation`, `refuse tout cessez-le-feu`: an act refused as the object of the verb (an
    invitation, an offer or a text refused was made all the same: `a refusé l'invitation`)."""
    lemma = noun.lemma_.lower()
    made = NOUN_FRAMES.get(lemma) or NEWS_NOUN_FRAMES.get(lemma)
    return noun.dep_ == "obj" and noun.head.lemma_.lower() in REFUSING and (
        made is None or made.type not in MADE_WHEN_REFUSED)


def _ended(noun: Token) -> bool:
    """`la levée de l'embargo`, `la fin du blocus`, `la suspension des livraisons`: the act named `de` a noun of
    ending is one that was in place (only its ending may be still to come)."""
    head = noun.head
    if head.pos_ == "ADJ" and head.dep_ == "amod":  # `la levée « immédiate » de l'embargo`: hung on the adjective
        head = head.head
    return noun.dep_ == "nmod" and head.pos_ == "NOUN" and head.lemma_.lower() in ENDING_NOUNS and cased(noun, OF)


def _agreement_of(noun: Token) -> Token | None:
    """The agreement a noun of an act is what it provides for: `un accord sur la construction de X`, `un mémorandum
    prévoyant la livraison de gaz`, `un contrat pour la fourniture de X`."""
    head = noun.head
    if noun.dep_ == "obj" and head.pos_ == "VERB" and head.lemma_.lower() in PROVIDING_VERBS and head.dep_ == "acl":
        head = head.head  # `un accord prévoyant la construction`
    elif head.pos_ == "ADJ" and head.dep_ == "amod" and cased(noun, AGREED_CASES):
        head = head.head  # `un mémorandum « contraignant » sur la construction`: hung on the adjective
    elif not (noun.dep_ == "nmod" and cased(noun, AGREED_CASES)):
        return None
    return head if head.pos_ == "NOUN" and head.lemma_.lower() in AGREEMENT_NOUNS else None


def voiced_only(noun: Token) -> bool:
    """`a exprimé son soutien à Kiev`, `a apporté son soutien au plan`: support said, not given (a speech act); `un
    soutien militaire`, `un soutien financier` is material, an act. A state's protest sent or lodged (`a adressé une
    protestation à X`, `a élevé une vive protestation auprès de X`) is said too; people protesting in the street
    (`la protestation des agriculteurs`) act."""
    if noun.lemma_.lower() in PROTEST_NOUNS:
        return _protest_lodged(noun)
    if noun.lemma_.lower() not in VOICED_NOUNS or any(c.dep_ == "amod" and c.lower_ in AID_KINDS
                                                       for c in noun.children):
        return False
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
        noun = noun.head  # `exprimer la solidarité du Japon et son soutien`: the first of the list is the object
    head = noun.head
    return head.pos_ == "VERB" and head.lemma_.lower() in VOICING_VERBS and noun.dep_ in ("obj", "obl:arg", "obl:mod")


def _protest_lodged(noun: Token) -> bool:
    """A protest that is the object of a verb of sending or voicing, or is lodged with someone (`auprès de X`)."""
    head = noun.head
    sent = head.pos_ == "VERB" and noun.dep_ in ("obj", "nsubj:pass") and head.lemma_.lower() in LODGING_VERBS
    lodged = any(c.dep_ == "nmod" and any(g.lower_ == "auprès" for g in c.children) for c in noun.children)
    return sent or lodged


def names_known_event(noun: Token, mention_at: Callable[[Token], Mention | None]) -> bool:
    """`complice de l'offensive russe`: where the linker read the noun as a war Wikidata knows (the invasion), the
    noun names that war, an entity, not a new act (`l'armée mène une offensive` names one)."""
    mention = mention_at(noun) if noun.lemma_.lower() in WAR_NOUNS else None
    return mention is not None and mention.entity.startswith("Q") and mention.type not in CHARGED_TYPES


def without_restatements(events: list[Event]) -> list[Event]:
    """`Xi et Poutine ont poursuivi leurs entretiens`: talks or a visit their parties' `leur(s)` points back to are
    the meeting or visit already told (one event, not two). A demonstrative is not enough: `Cette visite` may name
    the whole journey whose stops the article told first (``events._without_anaphors`` reads the same noun again)."""
    kept: list[Event] = []
    for event in events:
        trigger = event.trigger
        pointing = trigger.pos_ == "NOUN" and event.type in RESTATED_TYPES and any(
            c.dep_ == "det" and c.lower_ in RESTATING_POSSESSIVES for c in trigger.children)
        if (not pointing or not any(k.type == event.type and k.trigger.i < trigger.i for k in kept)) and not any(
                _owned_again(k, event) for k in kept):
            kept.append(event)
    return kept


def _owned_again(told: Event, again: Event) -> bool:
    """`X a présenté sa démission ... X, qui avait remis sa démission la veille`: the same noun with a possessive,
    told again of the same parties, is the act already told (not `sa dernière visite`, `son précédent retrait`:
    another of its kind)."""
    noun = again.trigger
    owned = noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in OWNING_DETERMINERS for c in noun.children)
    if not owned or any(c.lower_ in OTHER_OF_KIND for c in noun.children if c.dep_ == "amod"):
        return False
    same = told.trigger.pos_ == "NOUN" and told.trigger.lemma_.lower() == noun.lemma_.lower()
    return same and told.type == again.type and {e for _, e in told.roles} == {e for _, e in again.roles} != set()


def acts_between_sides(events: list[Event], war_names: Iterable[str], state_by_label: Mapping[str, str],
                       side_of: Callable[[str], str | None]) -> list[Event]:
    """`appelant à un cessez-le-feu immédiat`, `des pourparlers de paix`, `un échange de prisonniers`: a truce, peace
    talks or a swap of prisoners named with no party are between the sides of the war the article tells, whoever
    calls for them. The sides are those a war of the article names (``war_sides``), else the two states (or the
    states two delegations are of: ``side_of``) of the story's first two-party act before the noun; a conduct urged
    on both sides (`appelant les deux parties à la retenue`) is theirs too, and with no war told they are the two
    states the story's acts so far most often involve. A later noun of the same class between the same sides is the
    act already told (`sans parvenir à un accord sur un cessez-le-feu ... sa vision d'un futur cessez-le-feu`): one
    event."""
    sides = war_sides(events, war_names, state_by_label)
    told: set[tuple[str, frozenset[str]]] = set()
    kept: list[Event] = []
    for event in events:
        kind = _side_act_kind(event.trigger)
        if kind is None:
            kept.append(event)
            continue
        parties = event.participants() or frozenset(sides or _story_pair(events, event.trigger.i, side_of) or (
            _story_states(events, event.trigger.i, side_of) if kind == "restraint" else []))
        if not event.roles and event.place and event.place not in parties:
            parties = frozenset()  # `un cessez-le-feu à Gaza` in a story of another war: another war's truce
        if not event.roles and parties and (kind, parties) in told:
            continue  # restated
        if not event.roles:
            event.roles = [("participant", x) for x in sorted(parties)]
        told.add((kind, parties))
        kept.append(event)
    return kept


def war_sides(events: Iterable[Event], war_names: Iterable[str], state_by_label: Mapping[str, str]) -> list[str]:
    """The sides of the article's war: the parties of `la guerre entre X et Y`, else the two states the name of a war
    the knowledge base knows names (`invasion de l'Ukraine par la Russie`)."""
    for event in events:
        if event.trigger.lemma_.lower() in WAR_FRAME_NOUNS and len(event.participants()) == 2:
            return sorted(event.participants())
    for name in (fold(n) for n in war_names):
        found = sorted((m.start(), qid) for label, qid in state_by_label.items()
                       for m in [re.search(rf"\b{re.escape(label)}\b", name)] if m)
        if len({qid for _, qid in found}) == 2:
            return list(dict.fromkeys(qid for _, qid in found))
    return []


def _story_pair(events: Iterable[Event], before: int, side_of: Callable[[str], str | None]) -> list[str]:
    """The two states of the first act between two parties the article tells before the token (`La Russie et
    l'Ukraine ont procédé à un échange`; `Des délégations russe et ukrainienne se sont rencontrées`: their states)."""
    for event in events:
        sides = {side_of(x) for x in event.participants()}
        if event.trigger.i < before and len(event.roles) == 2 == len(sides) and None not in sides and all(
                r == "participant" for r, _ in event.roles):
            return sorted(x for x in sides if x)
    return []


def guests_visits(events: list[Event]) -> None:
    """`X avait reçu en mars le président Y, une visite saluée par Z`, `a reçu Y ..., selon la déclaration publiée à
    l'issue de la visite`: a visit named with no visitor in the sentence of a reception is the guest's (the one
    received, who came)."""
    receptions = [e for e in events if e.type == "Meeting" and e.trigger.lemma_.lower() in RECEIVING_VERBS]
    for visit in (e for e in events if e.type == "Visit" and e.trigger.pos_ == "NOUN" and not e.roles):
        sentence = sentence_of(visit.trigger)
        guests = [{x for r, x in e.roles if r == "participant"} for e in receptions
                  if sentence_of(e.trigger) == sentence and e.trigger.i < visit.trigger.i]
        if guests and len(guests[-1]) == 1:
            visit.roles = [("agent", guests[-1].pop())]


def signings_of_occasion(events: list[Event], state_of: Callable[[str], str | None]) -> None:
    """`Les deux dirigeants ont signé une déclaration, puis assisté à la signature d'une quinzaine d'accords`, `une
    visite d'État au Viêt Nam, marquée par la signature de 45 accords`: a signing of new agreements with no party
    named, in the sentence of a visit, a meeting or a signing told before it, binds the states of the nearest such
    act's parties, when they are two (a leader stands for their state; the country visited is the host)."""
    for signing in (e for e in events if e.trigger.lemma_.lower() in SIGNING_NOUNS and not e.roles):
        if not _signs_new_texts(signing.trigger):
            continue
        sentence = sentence_of(signing.trigger)
        occasions = [e for e in events if e.trigger.i < signing.trigger.i and sentence_of(e.trigger) == sentence and (
            e.type in OCCASION_TYPES or e.trigger.lemma_.lower() in ATTENDING_VERBS) and e is not signing]
        for occasion in reversed(occasions):  # the nearest whose parties are two states' (`assisté` may lose one)
            entities = [x for r, x in occasion.roles if r != "theme"] + ([occasion.place] if occasion.place else [])
            states = list(dict.fromkeys(s for s in map(state_of, entities) if s))
            if len(states) == 2:
                signing.roles = [("participant", x) for x in states]
                break


def scheduled_meetings(events: list[Event], is_person: Callable[[str], bool]) -> None:
    """`X doit s'entretenir mardi avec Y ... Aucune rencontre avec Z n'est prévue`: a meeting said to be (or not to
    be) on the programme, with one partner named, is one of the traveller whose programme the article told just
    before (the first party of the last planned visit or meeting of the two sentences before)."""
    for meeting in (e for e in events if e.type == "Meeting" and e.trigger.pos_ == "NOUN" and len(e.roles) == 1):
        if not _on_the_programme(meeting.trigger):
            continue
        window = sentence_of(meeting.trigger).start
        for _ in range(PROGRAMME_REACH):  # back sentence by sentence (no walk of the whole doc)
            window = sentence_of(meeting.trigger.doc[window - 1]).start if window > 0 else window
        planned = [e for e in events if window <= e.trigger.i < meeting.trigger.i and e.status == "planned"
                   and e.type in ("Visit", "Meeting") and e.roles]
        traveller = planned[-1].roles[0][1] if planned else None
        if traveller is not None and is_person(traveller) and traveller not in meeting.participants():
            meeting.roles.insert(0, ("participant", traveller))


def _on_the_programme(noun: Token) -> bool:
    """`aucune rencontre avec X n'est prévue`, `une réunion est programmée`: the clause puts the noun on a programme
    (the participle of scheduling after it, however the parse hangs it)."""
    after = noun.doc[noun.i + 1:min(sentence_of(noun).end, noun.i + PROGRAMME_WORDS)]
    return any(t.lemma_.lower() in SCHEDULING_VERBS and t.pos_ == "VERB" for t in after)


def _signs_new_texts(noun: Token) -> bool:
    """`la signature de 45 accords`, `d'une quinzaine d'accords`, `d'un accord`: texts signed there and then (not
    `la signature de l'accord de Paris`, a text the article names as known)."""
    signed = [c for c in noun.children if c.dep_ == "nmod" and cased(c, OF)]
    return bool(signed) and not any(d.dep_ == "det" and d.lower_ in DEFINITE_ARTICLES for c in signed
                                    for d in c.children)


def _story_states(events: Iterable[Event], before: int, side_of: Callable[[str], str | None]) -> list[str]:
    """The two states the acts told before the token most often involve (ties to the first involved): the sides of
    the story (not the most named: `le secrétaire général de l'ONU, António Guterres` names no side)."""
    told = [e for e in events if e.trigger.i < before]
    counts: Counter[str] = Counter(x for e in told for x in e.participants() if side_of(x) == x)
    first = {x: n for n, e in reversed(list(enumerate(told))) for x in e.participants()}
    ranked = sorted(counts, key=lambda x: (-counts[x], first[x]))
    return ranked[:2] if len(ranked) >= 2 else []


def _side_act_kind(noun: Token) -> str | None:
    """`cessez-le-feu`, `trêve`: a truce; `pourparlers de paix`: peace talks; `échange de prisonniers`: a swap."""
    lemma = noun.lemma_.lower() if noun.pos_ == "NOUN" else ""
    governed = {c.lemma_.lower() for c in noun.children if c.dep_ == "nmod" and cased(c, OF)}
    if lemma in TRUCE_NOUNS or noun.lower_ in TRUCE_NOUNS:
        return "truce"
    if (lemma in PEACE_TALK_NOUNS or noun.lower_ in PEACE_TALK_NOUNS) and "paix" in governed:
        return "talks"
    urged = urged_one(noun) if lemma in RESTRAINT_NOUNS else None
    if urged is not None and urged.lower_ in SIDES:
        return "restraint"  # `appelant les deux parties à la retenue`
    return "swap" if lemma in EXCHANGE_NOUNS and governed & CAPTIVE_NOUNS else None


def ordered_acts(events: list[Event]) -> list[Event]:
    """`Tokyo a ordonné l'expulsion de X`, `l'Inde a décrété un embargo sur le riz`: the act ordered is the event;
    the verb of ordering, read as an act of its own, only says who does it (one event, not two)."""
    verbs = {e.trigger.i: e for e in events if e.trigger.pos_ == "VERB" and e.type == "Event"
             and e.trigger.lemma_.lower() in COMMANDING_VERBS | DECREEING_VERBS}
    ordering: set[int] = set()
    for event in (e for e in events if e.trigger.pos_ == "NOUN"):
        # `a décrété un embargo`, or the participle that describes it: `l'embargo décrété par X`
        verb = verbs.get(event.trigger.head.i) if event.trigger.dep_ in ("obj", "obl:arg") else next(
            (verbs[c.i] for c in event.trigger.children if c.dep_ == "acl" and c.i in verbs), None)
        if verb is None:
            continue
        ordering.add(verb.trigger.i)
        known = {e for _, e in event.roles}
        event.roles += [("agent", e) for r, e in verb.roles if r == "agent" and e not in known and not any(
            r2 == "agent" for r2, _ in event.roles)]
    return [e for e in events if e.trigger.i not in ordering]


def phased_acts(events: list[Event]) -> list[Event]:
    """`le Maroc a achevé la livraison des turbines`, `Oslo a entamé des pourparlers`: a verb of phase on an event
    noun is no act of its own; its subject does the noun's act (one event, the noun's, not two)."""
    verbs = {e.trigger.i: e for e in events if e.trigger.pos_ == "VERB" and e.type == "Event"
             and e.trigger.lemma_.lower() in PHASE_VERBS}
    phases: set[int] = set()
    # an act of a class of its own (a delivery, a meeting, a visit); a bare act (`a achevé la construction`) stays
    # told on the verb, the noun naming what was done
    for event in (e for e in events if e.trigger.pos_ == "NOUN" and e.trigger.dep_ in PHASED_DEPS
                  and e.type != "Event"):
        verb = verbs.get(event.trigger.head.i)
        if verb is None:
            continue
        phases.add(verb.trigger.i)
        doer = "participant" if event.type in TWO_PARTY_ACTS else "agent"
        known = {e for _, e in event.roles}
        if not any(r == doer for r, _ in event.roles):
            event.roles += [(doer, e) for r, e in verb.roles if r == "agent" and e not in known]
        event.place, event.time_token = event.place or verb.place, event.time_token or verb.time_token
        # the verb's mood or tense says whether the act took place (`pourraient reprendre`); a status the noun
        # already reads otherwise stays
        event.status = verb.status if event.status == "occurred" else event.status
    return [e for e in events if e.trigger.i not in phases]


def sent_goods(events: list[Event]) -> list[Event]:
    """`l'envoi d'une aide humanitaire au Japon`, `la livraison de deux millions de dollars d'aide`: the aid is what
    the sending moves, one delivery with the sending (whose trigger it keeps) and the parties of both."""
    deliveries = {e.trigger.i: e for e in events if e.type == "Delivery" and e.trigger.pos_ == "NOUN"}
    inner: set[int] = set()
    for event in deliveries.values():
        goods = [c for c in event.trigger.subtree if c.i in deliveries and c.i != event.trigger.i and (
            c.dep_ == "nmod" and cased(c, OF))]
        for noun in goods:
            known = {e for _, e in event.roles}
            event.roles += [(r, e) for r, e in deliveries[noun.i].roles if e not in known]
            inner.add(noun.i)
    return [e for e in events if e.trigger.i not in inner]


def counter_deliveries(events: Iterable[Event], goods_entity: Callable[[Token], str], is_act: Callable[[Token], bool],
                       is_party: Callable[[str], bool]) -> list[tuple[Token, Found, str]]:
    """`Pyongyang a envoyé des obus à Moscou en échange de pétrole`, `ses livraisons de camions à X en échange de
    charbon`: the goods given back go the other way, from the recipient of the delivery to its agent, with the
    delivery's standing. Returns (trigger, roles, status) of each such return; goods are what `de` the noun names,
    never an act (`en échange de la libération de X` is a swap of people, which no rule here reads)."""
    found: dict[int, tuple[Token, Found, str]] = {}
    for event in (e for e in events if e.type == "Delivery"):
        noun = _exchange_of(event.trigger)
        parties = [(RETURNED_ROLES[r], x) for r, x in event.roles if r in RETURNED_ROLES]
        # both sides known and each a person, a state or a body (a thing read as a recipient gives nothing back)
        if noun is None or noun.i in found or {r for r, _ in parties} != {"agent", "recipient"} or not all(
                is_party(x) for _, x in parties):
            continue
        goods = _goods(noun)
        if goods and not any(is_act(g) for g in goods):
            found[noun.i] = (noun, [*parties, *(("theme", goods_entity(g)) for g in goods)], event.status)
    return list(found.values())


def _exchange_of(trigger: Token) -> Token | None:
    """The `en échange de` hung on a delivery's trigger, or on the verb whose object or subject the delivery noun is
    (`accroître ses livraisons ... en échange de`)."""
    holders = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("obj", "obl:arg", "nsubj", "nsubj:pass") and (
            trigger.head.pos_ == "VERB"):
        holders.append(trigger.head)
    # `a proposé d'augmenter ses livraisons, en échange de X`: the parse may hang it on the verb above the infinitive
    if holders[-1].dep_ == "xcomp" and holders[-1].pos_ == "VERB":
        holders.append(holders[-1].head)
    return next((c for h in holders for c in h.children if c.lemma_.lower() in EXCHANGE_NOUNS and c.pos_ == "NOUN"
                 and c.dep_.startswith(("obl", "nmod")) and cased(c, {"en"})), None)


def _goods(noun: Token) -> list[Token]:
    """`en échange de pétrole et de technologies spatiales`: the things named `de` the noun and those joined to it."""
    first = next((c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and cased(c, OF)), None)
    return [] if first is None else [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ == "NOUN")]


# -- the rules: each yields (role, entity) pairs -------------------------------------------------------------------


def charged_agent(event: Event, frame: Frame, reader: Reader) -> Found:
    """`accuse Kiev de terrorisme`, `détenu pour espionnage présumé`, `soupçonnent Pékin d'envisager des
    livraisons`, `l'arrestation pour corruption de X`: the one charged is the agent of the act charged."""
    if any(r == "agent" for r, _ in event.roles):
        return []
    trigger = event.trigger
    charged = _charged_by_verb(trigger, reader) or _charged_by_noun(trigger, reader)
    return [("agent", charged)] if charged is not None else []


def _charged_by_verb(noun: Token, reader: Reader) -> str | None:
    """The one a verb of charging charges with the noun's act, directly (`accuse X de terrorisme`) or through the
    infinitive it governs (`soupçonnent X d'envisager des livraisons`)."""
    verb = _charging_verb(noun)
    if verb is None:
        return None
    # (`le porte-parole, accusant Manille de provocation`: a participle with an object of its own charges that one)
    described = _described_by(verb) if not any(c.dep_ == "obj" for c in verb.children) else None
    if described is not None:  # `un cadre, arrêté et soupçonné d'espionnage`: only the one the participle describes
        return charged_party(described, reader)
    candidates: Iterable[Token | None] = (
        *(c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")),
        reader.subject_of(verb) if has_passive_auxiliary(verb) else None,
        _charged_beside(verb, reader))
    return next((e for e in (charged_party(t, reader) for t in candidates) if e is not None), None)


def _charged_beside(verb: Token, reader: Reader) -> Token | None:
    """`X a été arrêté à Pékin, soupçonné d'espionnage`, `Pékin a arrêté X, soupçonné de`: a bare participle of
    charging set after a verb of the clause describes the one that verb holds (its passive subject, or its object)."""
    head = verb.head
    bare = "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children)
    if not bare or verb.dep_ not in ("advcl", "conj") or head.pos_ != "VERB" or head.i > verb.i:
        return None
    if has_passive_auxiliary(head):
        return next((c for c in head.children if c.dep_ == "nsubj:pass"), None) or reader.subject_of(head)
    return next((c for c in head.children if c.dep_ == "obj"), None)


def charged_party(token: Token | None, reader: Reader) -> str | None:
    """A person, a state, a body, or a group (`des entreprises russes accusées de`) can be charged; a noun of a
    person (`un ingénieur de la société X, détenu pour`) is that person, never the body named inside its phrase."""
    mention = reader.mention_of(token) if token is not None else None
    if mention is None or mention.type not in CHARGED_TYPES or (_person_noun(token) and mention.type != "person"):
        return None
    return mention.entity


def investigated_agents(event: Event, frame: Frame, reader: Reader) -> Found:
    """`une enquête pour « insurrection » visant X, Y et Z`, `une plainte pour fraude contre X`: those the
    proceedings opened on a charge are against are the agents of the act charged (each of them)."""
    proceedings = _proceedings_of(event.trigger)
    if proceedings is None or any(r == "agent" for r, _ in event.roles):
        return []
    # (`une enquête pour corruption visant X`: the parse may hang `visant` on the charge or on the verb)
    holders = [c for h in (proceedings, event.trigger, proceedings.head) for c in h.children if c.i > event.trigger.i]
    targets = [c for c in holders if c.dep_ == "nmod" and cased(c, TARGETING_CASES)]
    targets += [target_of(v) for v in holders if v.dep_ in ("acl", "advcl") and v.lemma_.lower() in TARGETING_VERBS]
    found = [charged_party(t, reader) for t in listed_names(targets)]
    return [("agent", e) for e in dict.fromkeys(e for e in found if e is not None)]


def target_of(verb: Token) -> Token:
    """The object of `visant`; where a source after the clause (`..., a rapporté X`) makes the parse read it as the
    source verb's subject, the name right after `visant` all the same."""
    obj = next((c for c in verb.children if c.dep_ == "obj"), None)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
    return obj if obj is not None else after


def _proceedings_of(noun: Token) -> Token | None:
    """The noun of proceedings the act is the charge of (`une enquête pour insurrection`), also where the parse
    hangs the charge on the verb that opens them (`a ouvert une enquête pour « mutinerie »`)."""
    head = noun.head
    if not cased(noun, {"pour"}):
        return None
    if noun.dep_ == "nmod" and head.lemma_.lower() in PROCEEDING_NOUNS:
        return head
    opened = [c for c in head.children if c.dep_ == "obj" and c.lemma_.lower() in PROCEEDING_NOUNS and (
        max(t.i for t in c.subtree) + 1 == min(t.i for t in noun.subtree))] if noun.dep_.startswith("obl") else []
    return opened[0] if opened else None


def listed_names(names: list[Token]) -> list[Token]:
    """The names of a list and of what the parse hangs on them (`visant M. Yoon, M. Kim et le ministre, X`)."""
    found = []
    for name in names:
        found += [name, *(t for t in name.subtree if t.dep_ in ("conj", "appos", "flat:name") and t.i != name.i)]
    return found


def _person_noun(token: Token | None) -> bool:
    return token is not None and token.pos_ == "NOUN" and is_person_noun(token.lemma_.lower())


def without_employers(event: Event, reader: Reader) -> None:
    """`la libération d'un employé de la société X`: the one arrested or freed is the person the noun names; the
    body named inside the phrase (their employer) is not held."""
    if event.trigger.lemma_.lower() not in HOLDING_NOUNS:
        return
    held = [c for c in event.trigger.children if c.dep_ == "nmod" and cased(c, OF) and _person_noun(c)]
    # (not the held themselves, named as a group: `l'expulsion de trois diplomates russes`)
    employers = {m.entity for m in (reader.mention_of(c) for c in held) if m is not None and m.type not in (
        "person", "group")}
    event.roles = [(r, e) for r, e in event.roles if not (r == "recipient" and e in employers)]


def _charging_verb(noun: Token) -> Token | None:
    """The verb of charging the noun (or the infinitive whose object it is) hangs on with `de` or `pour`."""
    link = noun
    if noun.dep_ == "obj" and noun.head.pos_ == "VERB" and "Inf" in noun.head.morph.get("VerbForm"):
        link = noun.head  # `d'envisager des livraisons`: the charge is the infinitive
        linked = any(c.dep_ == "mark" and c.lower_ in CHARGE_CASES for c in link.children)
    else:
        linked = any(c.dep_ == "case" and c.lower_ in CHARGE_CASES for c in link.children)
    head = link.head
    if linked and link is noun and head.pos_ in ("NOUN", "PROPN"):
        head = _charge_hung_on_noun(noun)
    if not linked or head is None or head.pos_ not in ("VERB", "ADJ") or head.lemma_.lower() not in CHARGING_VERBS:
        return None
    return head


def _charge_hung_on_noun(charge: Token) -> Token | None:
    """The verb of charging where the parse hangs the charge on a noun of the clause: `détenu depuis fin mars pour
    espionnage` (on the time), `condamné X à quatre ans de prison pour espionnage` (on the sentence), `accuse le
    chercheur X de trahison` (an offence `de` the one accused, the verb's object)."""
    if charge.lemma_.lower() in CRIME_NOUNS and cased(charge, OF) and charge.head.dep_ == "obj":
        return charge.head.head  # `accuse le chercheur de trahison`
    if not cased(charge, {"pour"}):
        return None
    token = charge
    for _ in range(CHARGE_CLIMB):
        if token.dep_ not in ("nmod", "obl:mod", "obl", "obl:arg", "obj") or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
    return None


def _described_by(verb: Token) -> Token | None:
    """The noun a bare participle describes (`des entreprises accusées de`), through participles joined by `et`."""
    token = verb
    while token.dep_ == "conj" and token.head.pos_ in ("VERB", "ADJ") and token.head.i != token.i:
        token = token.head
    described = token.head if token.dep_ in ("acl", "amod", "appos") else None
    if described is None or described.pos_ not in ("NOUN", "PROPN", "X"):
        return None
    # `un cadre du groupe Astellas, arrêté et soupçonné de`: the parse hangs the participle on the last noun of a
    # `N de N` phrase, which may be the first one's; that reading is a guess, not the one charged
    # (`la libération du journaliste X, détenu pour`: an act's `de` is no such phrase; the participle is the name's)
    of_noun = described.dep_ == "nmod" and described.head.pos_ == "NOUN" and cased(described, OF) and (
        is_person_noun(described.head.lemma_.lower()) or is_person_noun(described.head.lower_))
    return None if of_noun else described


def _charged_by_noun(noun: Token, reader: Reader) -> str | None:
    """`l'arrestation pour corruption d'un vice-ministre, X`: the one a noun of arrest or charge is `de`."""
    head = noun.head
    if head.lemma_.lower() not in CHARGING_NOUNS or not any(
            c.dep_ == "case" and c.lower_ in CHARGE_CASES for c in noun.children):
        return None
    return _person_held(head, reader, noun)


def _person_held(noun: Token, reader: Reader, charge: Token | None = None) -> str | None:
    """The person named `de` a noun of arrest (or `de` the charge the parse hangs between): `l'arrestation de X`,
    `l'arrestation pour corruption d'un vice-ministre, X` (the name set after the noun phrase describes it)."""
    owners = [c for t in (noun, charge) if t is not None for c in t.children if c.dep_ == "nmod" and (
        charge is None or c.i != charge.i) and any(g.dep_ == "case" and g.lower_ in OF for g in c.children)]
    for owner in owners:
        mention = reader.party(owner) or reader.party(_name_after(owner))
        if mention is not None and mention.type == "person":
            return mention.entity
    return None


def _name_after(noun: Token) -> Token | None:
    """`un vice-ministre de la Défense, Timour Ivanov`: the name set after a noun phrase and a comma (the parse
    may hang it anywhere)."""
    doc = noun.doc
    after = max(t.i for t in noun.subtree) + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ in ("PROPN", "X"):
        return doc[after + 1]
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "X")), None)


def ordered_by(event: Event, frame: Frame, reader: Reader) -> None:
    """`Tokyo a ordonné l'expulsion de X`, `la police a procédé à l'évacuation des habitants`: who orders or carries
    out an act done to others is its agent (not one it is done to, which a bare `de` slot would make them)."""
    trigger, verb = event.trigger, event.trigger.head
    if any(r == "agent" for r, _ in event.roles) or verb.pos_ != "VERB" or not _orders(verb.lemma_.lower(), event,
                                                                                       frame):
        return
    passive = has_passive_auxiliary(verb)
    if passive and trigger.dep_ in ("nsubj", "nsubj:pass"):  # `le rapatriement de X a été organisé par Y`
        orderer = reader.party(next((c for c in verb.children if c.dep_.startswith("obl") and cased(c, {"par"})),
                                    None))
    elif not passive and trigger.dep_ in ("obj", "obl:arg"):
        orderer = reader.party(_subject(verb, reader))
    else:
        return
    if orderer is not None:
        event.roles = [("agent", orderer.entity), *((r, e) for r, e in event.roles if e != orderer.entity)]


def body_session(event: Event, reader: Reader) -> None:
    """`en marge du sommet des Brics`, `lors d'une réunion du Conseil de sécurité`: a session of a body at which
    something took place is that body's meeting; those the clause says were there (who spoke at it) are not its
    parties. (`Le sommet de l'OCS aura lieu en juillet`: a session announced alone names no party.)"""
    trigger = event.trigger
    if event.type != "Meeting" or trigger.lemma_.lower() not in SESSION_NOUNS or not (
            _dating(trigger) or _called_for(trigger)):
        return
    bodies = [m for m in (reader.party(c) for c in _session_owners(trigger)) if m is not None and (
        m.type == "organization")]
    if not bodies:
        return
    inside = {m.entity for m in (reader.mention_of(t) for t in trigger.subtree) if m is not None}
    kept = [(r, e) for r, e in event.roles if e in inside and e != bodies[0].entity]
    event.roles = [("participant", bodies[0].entity), *kept]


def _called_for(noun: Token) -> bool:
    """`Paris a demandé une réunion d'urgence du Conseil`, `a convoqué une session de l'Assemblée`: a session asked
    for is the body's, to come."""
    return noun.dep_ in ("obj", "nsubj:pass") and noun.head.lemma_.lower() in CALLING_VERBS


def _session_owners(noun: Token) -> list[Token]:
    """The `de` complements of a session noun, also behind a bare noun that only qualifies it (`une réunion d'urgence
    du Conseil`, `une session de crise de l'Assemblée`: the parse hangs the body on `urgence`)."""
    owners = [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and cased(c, OF)]
    for qualifier in [c for c in owners if c.pos_ == "NOUN" and not any(g.dep_ == "det" for g in c.children)]:
        owners += [c for c in qualifier.children if c.dep_ == "nmod" and c.i > qualifier.i and cased(c, OF)]
    return owners


def _dating(noun: Token) -> bool:
    """`en marge du sommet`, `lors de la réunion`, `au cours de la session`: the noun says when another act was."""
    words = {noun.head.lower_, *(c.lower_ for c in noun.children if c.dep_ in ("case", "fixed"))}
    return bool(words & DATING_WORDS)


def _orders(lemma: str, event: Event, frame: Frame) -> bool:
    """An act done to others carried out by the verb's subject, or goods and troops a state says it sends."""
    done_to = frame.slots.get("par") == "agent" and frame.slots.get("de") in ("recipient", "participant")
    sent = frame is SEND_PEOPLE or event.type in ("Delivery", "Gift")
    return (done_to and lemma in ORDERING_VERBS) or (sent and lemma in SENDING_ANNOUNCED)


def patient_before_agent(event: Event, frame: Frame, reader: Reader) -> None:
    """`l'agression de deux pêcheurs par des garde-côtes`, `l'attaque d'un convoi par X`: with `par` naming who acts,
    the one `de` an act of force is the one it is done to (the nominal passive), not its author."""
    trigger = event.trigger
    if frame.slots.get("de") != "agent" or frame.slots.get("par") != "agent" or (
            "recipient" not in frame.slots.values()):
        return
    owners = [c for c in trigger.children if c.dep_ == "nmod" and c.i > trigger.i]
    undergoing = next((c for c in owners if cased(c, OF)), None)
    # (`l'anniversaire du bombardement de X par Y`: the parse may hang `par Y` on the noun the act completes)
    above = [c for c in trigger.head.children if c.i > trigger.i] if trigger.dep_ == "nmod" else []
    doers = [c for o in owners for c in (o, *o.children) if c.dep_ in ("nmod", "obl:agent") and cased(c, {"par"})
             ] + [c for c in above if c.dep_ == "nmod" and cased(c, {"par"})]
    if undergoing is None or not doers:
        return
    # the names inside what undergoes the act (`le convoi de l'ONU`) are not its author either
    inside = {m.entity for m in (reader.mention_of(t) for t in undergoing.subtree if t.i < doers[0].i) if m}
    doer = next((m for m in (reader.party(c) for c in doers) if m is not None), None)
    done_to = reader.party(undergoing)
    event.roles = [(r, e) for r, e in event.roles if not (r == "agent" and e in inside)]
    named = [m for m in (doer, done_to) if m is not None]
    others = [(r, e) for r, e in event.roles if e not in {m.entity for m in named}]
    if doer is not None:
        others.insert(0, ("agent", doer.entity))
    if done_to is not None and (doer is None or doer.entity != done_to.entity):
        others.append(("recipient", done_to.entity))
    event.roles = others


def targeted_goods_state(event: Event, frame: Frame, reader: Reader) -> Found:
    """`un embargo sur les produits de la mer japonais`, `des droits de douane sur l'acier chinois`: a measure on
    goods a demonym gives to a state is aimed at that state (never at the one who takes it)."""
    trigger = event.trigger
    if frame.slots.get("sur") != "recipient" or any(r == "recipient" for r, _ in event.roles):
        return []
    # `a imposé un embargo sur X`: the parse may hang what it bears on on the verb that carries the noun
    # or on the participle that describes it (`l'embargo décrété par X sur les produits Y`)
    holders = [trigger, *([trigger.head] if trigger.dep_ == "obj" else []), *(
        c for c in trigger.children if c.dep_ == "acl" and c.pos_ == "VERB")]
    targets = [c for h in holders for c in h.children if c.dep_.startswith(("nmod", "obl")) and c.i > trigger.i
               and cased(c, TARGETED_CASES)]
    agents = {e for r, e in event.roles if r == "agent"}
    # (`les produits de la mer japonais`: the parse may hang the adjective as a noun's complement)
    for adjective in (t for g in targets for t in g.subtree if t.dep_ == "amod" or t.pos_ == "ADJ"):
        state = reader.state_of_demonym(adjective.lower_)
        if state and state not in agents:
            return [("recipient", state)]
    return []


def sending_state(event: Event, frame: Frame, reader: Reader) -> Found:
    """`le déploiement de soldats français en Estonie`, `les frappes de drones ukrainiens`: the demonym of the
    people or things an act moves or uses (`de` them) says whose act it is; not where `par` names the author, nor
    for the place an act is done to (`l'occupation de villes ukrainiennes`: its slots give `de` no author)."""
    trigger = event.trigger
    moved = frame is SEND_PEOPLE or event.type == "Delivery" or frame.slots.get("de") == "agent"
    if not moved or frame.slots.get("demonym") != "agent" or any(r == "agent" for r, _ in event.roles):
        return []
    owners = [c for c in trigger.children if c.dep_ == "nmod" and c.i > trigger.i]
    if any(cased(c, {"par"}) for c in owners):
        return []
    for adjective in (a for c in owners if cased(c, OF) for a in c.children if a.dep_ == "amod"):
        state = reader.state_of_demonym(adjective.lower_)
        recipients = {e for r, e in event.roles if r == "recipient"}
        if state and state not in recipients:
            return [("agent", state)]
    return []


def agreed_act(event: Event, frame: Frame, reader: Reader) -> Found:
    """`La Russie et la Chine ont signé un accord sur la construction d'une centrale`: an act an agreement provides
    for is one of the agreement's parties (those who sign it, or those it is `entre`), still to be done; what it
    is done to (`de` it) is its theme."""
    trigger = event.trigger
    agreement = _agreement_of(trigger)
    if event.type != "Event" or agreement is None or any(r in ("agent", "participant") for r, _ in event.roles):
        return []  # (goods delivered under an agreement go from one party to the other: which, it does not say)
    verb = _binding_verb(agreement)
    # `entre X et Y` on the agreement, or `X a signé avec Y un accord`: `avec` on the verb
    named = [c for h in (agreement, verb) if h is not None for c in h.children
             if c.dep_.startswith(("nmod", "obl")) and cased(c, {"entre", "avec"})]
    subject = _subject(verb, reader) if verb is not None else None
    signers = [*named, *([subject, *(c for c in subject.children if c.dep_ == "conj")] if subject else [])]
    parties = [m.entity for m in (reader.party(t) for t in signers) if m is not None]
    if not parties:  # (one signer, `Gazprom a signé un mémorandum sur la construction de X`, takes part all the same)
        return []
    # `la construction du gazoduc Force de Sibérie 2`: the thing named inside the `de` phrase
    done_to = [c for c in trigger.children if c.dep_ == "nmod" and cased(c, OF)]
    # (a mention holding the agreement is the agreement itself, not what the act is done to)
    things = [m for c in done_to[:1] for m in (reader.mention_of(t) for t in _named_thing(c))
              if m is not None and not m.start <= agreement.idx < m.end]
    theme = [("theme", things[0].entity)] if things and things[0].entity not in parties else []
    return [*(("participant", p) for p in dict.fromkeys(parties)), *theme]


def _named_thing(noun: Token) -> list[Token]:
    """The words of a thing and of the name right after it (`du gazoduc Force de Sibérie 2`: the parse may hang the
    name elsewhere)."""
    words = list(noun.subtree)
    after = noun.doc[words[-1].i + 1] if words[-1].i + 1 < len(noun.doc) else None
    return [*words, after] if after is not None and (after.pos_ == "PROPN" or after.is_title) else words


def _binding_verb(agreement: Token) -> Token | None:
    """The verb that makes the agreement its signers' (`ont signé un accord`); where a source after the clause
    (`X a signé un mémorandum ..., a annoncé Y`) makes the parse read the agreement as the source verb's subject,
    the binding verb right before it, with no other verb between."""
    head = agreement.head
    if agreement.dep_ == "obj":
        return head if head.lemma_.lower() in BINDING_VERBS else None
    before = [t for t in agreement.sent if t.i < agreement.i and t.pos_ in ("VERB", "AUX") and t.dep_ != "aux:tense"]
    last = before[-1] if before else None
    return last if last is not None and last.lemma_.lower() in BINDING_VERBS and agreement.dep_ == "nsubj" else None


def held_person(event: Event, frame: Frame, reader: Reader) -> Found:
    """`l'arrestation pour espionnage d'un diplomate, X`: the one arrested, held or freed is the recipient, also
    when the parse hangs them on the charge."""
    trigger = event.trigger
    if trigger.lemma_.lower() not in HOLDING_NOUNS or any(r == "recipient" for r, _ in event.roles):
        return []
    charges = [c for c in trigger.children if c.dep_ == "nmod" and c.lemma_.lower() in CRIME_NOUNS]
    held = _person_held(trigger, reader, charges[0] if charges else None)
    return [("recipient", held)] if held is not None else []


def talks_partners(event: Event, frame: Frame, reader: Reader) -> Found:
    """`X a eu un entretien téléphonique avec Y`, `a tenu une réunion avec Y`: the parse may hang the partner on the
    verb that carries the meeting noun; they take part in the meeting."""
    trigger = event.trigger
    verb = trigger.head
    if event.type != "Meeting" or trigger.dep_ != "obj" or verb.pos_ != "VERB":
        return []
    partners = [c for c in verb.children if c.dep_.startswith("obl") and any(
        g.dep_ == "case" and g.lower_ == "avec" for g in c.children)]
    found = [reader.party(p) for p in partners]
    return [("participant", m.entity) for m in found if m is not None]


def session_attendee(event: Event, frame: Frame, reader: Reader) -> Found:
    """`a déclaré X en marge d'une réunion à Bruxelles`, `a dénoncé X à l'issue d'une réunion d'urgence`: a session no
    one is said to hold or sit in (new to the text, with no owner nor partner), told to date what the clause's subject
    said or did, had that subject at it. (`en marge du sommet de l'Apec`: the body's, :func:`body_session`.)"""
    trigger = event.trigger
    if event.type != "Meeting" or event.roles or trigger.lemma_.lower() not in SESSION_NOUNS or not (
            _dating(trigger)) or not any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in trigger.children):
        return []
    if any(c.pos_ == "PROPN" or any(g.dep_ == "det" for g in c.children) for c in _session_owners(trigger)) or any(
            cased(c, {"avec", "entre"}) for c in trigger.children):
        return []  # `une réunion de son gouvernement`, `une réunion avec ses généraux`: who sits is told
    verb = trigger.head  # (`en marge de`, `à l'issue de`: up through the noun of the phrase to the verb)
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB":
        return []
    subject = _subject(verb, reader) or next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and (
        verb.lemma_.lower() in REPORTING)), None)  # `, a déclaré le ministre, X, en marge`: the parse's object
    attendee = reader.party(subject)
    return [("participant", attendee.entity)] if attendee is not None and attendee.type == "person" else []


def denier_agent(event: Event, frame: Frame, reader: Reader) -> Found:
    """`Pyongyang nie toute livraison d'armes à la Russie`: who denies an act named as the object denies their own
    (the act of another is named with its author: `dément les livraisons américaines`)."""
    trigger = event.trigger
    verb = trigger.head
    if any(r == "agent" for r, _ in event.roles) or trigger.dep_ != "obj" or (
            verb.lemma_.lower() not in DENYING_VERBS):
        return []
    if any(c.dep_ == "amod" and reader.state_of_demonym(c.lower_) for c in trigger.children):
        return []
    denier = reader.party(_subject(verb, reader))
    known = {e for _, e in event.roles}
    return [("agent", denier.entity)] if denier is not None and denier.entity not in known else []


def territory_undergoing(event: Event, frame: Frame, reader: Reader) -> Found:
    """`l'occupation de Boutcha`, `l'annexion de la Crimée`: the place named `de` the act is the one it is done to."""
    trigger = event.trigger
    if trigger.lemma_.lower() not in TERRITORIAL_NOUNS or any(r == "recipient" for r, _ in event.roles):
        return []
    for owner in (c for c in trigger.children if c.dep_ == "nmod" and c.i > trigger.i):
        if _people(owner):
            continue  # `la libération de son ressortissant arrêté à Pékin`: people freed, no land (the city is where)
        mention = _place_named(owner, reader)
        if mention is not None and mention.type in PLACE_TYPES and any(
                g.dep_ == "case" and g.lower_ in OF for g in owner.children):
            return [("recipient", mention.entity)]
    return []


def _place_named(owner: Token, reader: Reader) -> Mention | None:
    """The land the complement names: its own mention, or one its chain of `de` names (`la ville de Bakhmout`, `la
    région de Koursk`), not a place told in a clause or another complement on it (`d'un navire saisi à Ormuz`)."""
    for word in (owner, *(c for c in owner.children if c.dep_ == "nmod" and c.i > owner.i and any(
            g.dep_ == "case" and g.lower_ in OF for g in c.children))):
        mention = reader.mention_of(word)
        if mention is not None and mention.start <= word.idx < mention.end:
            return mention
    return None


def promised_by(event: Event, frame: Frame, reader: Reader) -> Found:
    """`le Japon a promis un soutien à Kiev`, `Tokyo prévoit une rencontre avec Pékin`: one promises or plans one's
    own act: the subject of the verb is its agent (a party of a meeting or an agreement)."""
    trigger = event.trigger
    verb = trigger.head
    if trigger.dep_ != "obj" or verb.lemma_.lower() not in PLANNING_VERBS:
        return []
    role = "participant" if event.type in SHARED_TYPES else "agent"
    if any(r == role for r, _ in event.roles) and role == "agent":
        return []
    planner = reader.party(_subject(verb, reader))
    return [(role, planner.entity)] if planner is not None else []


def launched_by(event: Event, frame: Frame, reader: Reader) -> Found:
    """`l'armée a lancé une offensive`, `Kiev a déclenché une contre-offensive`: who launches or wages an armed act
    is its agent (the parse may call the noun an object or a modifier of the verb)."""
    trigger = _counted_by(event.trigger)  # `a mené une série de frappes`: the series is what the verb carries
    verb = trigger.head
    if frame.slots.get("demonym") != "agent" or any(r == "agent" for r, _ in event.roles) or (
            verb.lemma_.lower() not in LAUNCHING_VERBS or trigger.dep_ not in ("obj", "obl:mod")):
        return []
    if any(c.dep_ == "case" for c in trigger.children):
        return []  # `lancé contre l'offensive`, `pendant l'offensive`: not what the subject launches
    launcher = reader.party(_subject(verb, reader))
    return [("agent", launcher.entity)] if launcher is not None else []


def hosted_by(event: Event, frame: Frame, reader: Reader) -> Found:
    """`le sommet organisé par le Japon`, `une réunion présidée par X`: who holds a meeting is its host, its agent
    (not who watches or judges it: `un sommet scruté par les Occidentaux`)."""
    if event.type != "Meeting" or any(r == "agent" for r, _ in event.roles):
        return []
    for participle in (c for c in event.trigger.children if c.dep_ == "acl" and c.lemma_.lower() in HOSTING_VERBS):
        hosts = [reader.party(c) for c in participle.children if c.dep_ == "obl:agent" or (
            c.dep_.startswith("obl") and cased(c, {"par"}))]
        found = [m.entity for m in hosts if m is not None]
        if found:
            return [("agent", found[0])]
    return []


def _counted_by(noun: Token) -> Token:
    """`une série de frappes`, `une vague d'attaques`, `des dizaines de tirs`: the noun that counts the acts (what the
    verb carries), else the noun itself."""
    head = noun.head
    bare = not any(c.dep_ == "det" for c in noun.children) and cased(noun, OF)
    return head if bare and noun.dep_ == "nmod" and head.lemma_.lower() in COUNTING_NOUNS else noun


def invited_one_answering(event: Event, frame: Frame, reader: Reader) -> Found:
    """`X a accepté l'invitation de Y`, `X a décliné une invitation à se rendre à Minsk`, `X a rejeté la proposition
    de Y`: who answers an invitation or an offer is the one it was made to."""
    trigger = event.trigger
    verb = trigger.head
    if event.type not in ("Invitation", "Proposal") or any(r == "recipient" for r, _ in event.roles) or (
            verb.lemma_.lower() not in ANSWERING_VERBS or trigger.dep_ not in ("obj", "obl:arg")):
        return []
    agents = {e for r, e in event.roles if r == "agent"}
    if event.type == "Proposal" and not agents:
        return []  # (an offer whose maker the text does not give is no news of its own)
    invited = reader.party(_subject(verb, reader))
    return [("recipient", invited.entity)] if invited is not None and invited.entity not in agents else []


def struck_state(event: Event, frame: Frame, reader: Reader) -> Found:
    """`une offensive dans la région ukrainienne de Kharkiv`, `des frappes sur des villes ukrainiennes`: an armed
    act in or on places a demonym gives to a state is done to that state."""
    trigger = event.trigger
    if frame.slots.get("demonym") != "agent" or any(r == "recipient" for r, _ in event.roles):
        return []
    verb = trigger.head if trigger.dep_ in ("obj", "obl:mod") and trigger.head.pos_ == "VERB" else None
    # the striker's own state is not struck (`l'armée russe ... dans la région russe de Koursk`: a counter-attack)
    strikers = [trigger, *([_subject(verb, reader)] if verb is not None else [])]
    agents = {e for r, e in event.roles if r == "agent"} | {
        reader.state_of_demonym(a.lower_) for t in strikers if t is not None for a in t.children if a.dep_ == "amod"}
    places = [c for t in (trigger, verb) if t is not None for c in t.children if c.dep_.startswith(("obl", "nmod"))
              and c.pos_ == "NOUN" and cased(c, STRUCK_CASES)]
    for adjective in (a for p in places for a in p.children if a.dep_ == "amod"):
        state = reader.state_of_demonym(adjective.lower_)
        if state and state not in agents:
            return [("recipient", state)]
    return []


def visitor_of_the_day(event: Event, frame: Frame, reader: Reader) -> Found:
    """`X a été reçu lundi à Séoul au premier jour d'une visite d'État`, `X a quitté Hanoï au terme d'une visite`,
    `X doit gagner Budapest, dernière étape d'une tournée`: the visit a day, an end or a stop of which dates what
    happened to or by the subject (passive, or acting on no person) is the subject's."""
    trigger = event.trigger
    if event.type != "Visit" or any(r == "agent" for r, _ in event.roles):
        return []
    day = _day_of_visit(trigger)
    if day is None:
        return []
    if any(c.dep_ == "det" and "Def" in c.morph.get("Definite") and "Yes" not in c.morph.get("Poss")
           for c in trigger.children):
        return []  # `à l'issue de la visite`: a visit told before, maybe another's
    # `reçu lundi à Séoul au premier jour`: the parse may hang the day on the weekday or the host's name before it
    verb = next((t for t in list(day.ancestors)[:3] if t.pos_ == "VERB"), None)
    if verb is None or (not has_passive_auxiliary(verb) and any(
            c.dep_ == "obj" and _guest(c, reader) for c in verb.children)):
        return []  # `Y a reçu X au premier jour de sa visite`: the host's act, not the visitor's
    visitor = reader.party(_subject(verb, reader))
    return [("agent", visitor.entity)] if visitor is not None else []


def _day_of_visit(visit: Token) -> Token | None:
    """The day, end or stop a visit noun is `de` (`au terme d'une visite`), by the parse or, where it hangs the
    visit elsewhere, by the words right before it (`au terme d'une visite`: the day, `d'`, the determiner)."""
    if visit.lemma_.lower() in STOP_NOUNS:
        return visit  # `Budapest, dernière étape de sa tournée`: the stop is dated by the clause it stands in
    if visit.dep_ == "nmod" and cased(visit, OF) and visit.head.lemma_.lower() in DAY_NOUNS:
        return visit.head
    doc = visit.doc
    before = [t for t in doc[max(visit.i - 3, 0):visit.i] if t.pos_ != "DET"]
    if len(before) == 2 and before[1].lower_ in OF and before[0].lemma_.lower() in DAY_NOUNS:
        return before[0]
    return None


def _guest(obj: Token, reader: Reader) -> bool:
    """An object that is a person or a body received (`a reçu le président`), not a place left (`a quitté Hanoï`)."""
    mention = reader.party(obj)
    return is_person_noun(obj.lemma_.lower()) or (mention is not None and mention.type in ("person", "organization"))


def parties_between(event: Event, frame: Frame, reader: Reader) -> Found:
    """`appelle à un cessez-le-feu immédiat entre X et Y`: the parse may hang `entre X et Y` on the verb that
    governs the noun; right after the noun's words, it still names the noun's parties."""
    trigger, role = event.trigger, frame.slots.get("entre")
    if role is None or any(c.dep_ == "nmod" and cased(c, {"entre"}) for c in trigger.children):
        return []
    end = max(t.i for t in trigger.subtree)
    between = next((c for c in trigger.head.children if c.dep_.startswith(("obl", "nmod")) and c.i > end
                    and cased(c, {"entre"})), None)
    if between is None or min(t.i for t in between.subtree) != end + 1:
        return []
    named = [between, *(c for c in between.children if c.dep_ == "conj")]
    found = [reader.party(t) for t in named]
    return [(role, m.entity) for m in found if m is not None]


def visitor_after_place(event: Event, frame: Frame, reader: Reader) -> Found:
    """`la visite à Taïwan de X`, `le voyage au Kremlin de X`: where the place comes first, the parse hangs the
    visitor on the place (a place is no person's); right after the noun, it still names who visits."""
    trigger = event.trigger
    if event.type != "Visit" or any(r == "agent" for r, _ in event.roles):
        return []
    end = max(t.i for t in trigger.subtree)
    places = [c for c in trigger.children if c.dep_ == "nmod" and c.i > trigger.i] + [
        c for c in trigger.head.children if c.dep_.startswith(("obl", "nmod")) and (
            min(t.i for t in c.subtree) == end + 1)]
    for place in (p for p in places if cased(p, GOING_CASES)):
        for owner in (c for c in place.children if c.dep_ == "nmod" and cased(c, OF)):
            mention = reader.party(owner)
            if mention is not None and mention.type == "person":
                return [("agent", mention.entity)]
    return []


def _subject(verb: Token, reader: Reader) -> Token | None:
    """The verb's subject, also where the parse hangs it on the auxiliary (`X a par ailleurs accepté`)."""
    subject = reader.subject_of(verb)
    helpers = [c for c in verb.children if c.dep_.startswith("aux")]
    return subject or next((g for h in helpers for g in h.children if g.dep_ in ("nsubj", "nsubj:pass")), None)


def _answered(invitation: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ in ANSWERED_CASES for c in invitation.children)


RULES: tuple[Callable[[Event, Frame, Reader], Found], ...] = (
    charged_agent, investigated_agents, held_person, denier_agent, territory_undergoing, talks_partners,
    parties_between, promised_by, launched_by, hosted_by, invited_one_answering, struck_state,
    visitor_of_the_day, visitor_after_place, targeted_goods_state, sending_state, agreed_act, parties_between_past,
    breached_state, session_attendee,
    *NOUN_ARGUMENT_RULES,  # the clause's constructions by noun class (noun_arguments.py)
    *GOVERNED_RULES)  # the party the governing verb gives, by class of verb (governing_verbs.py)
