"""Open-class events: an action verb the lexicon does not know, done by or to a party, is an event all the same.

News tells of acts with any verb (`a suspendu les pourparlers`, `se sont emparées des îles`, `a occupé la
centrale`, `s'isole`); the lexicon (``event_lexicon.py``, ``verb_senses.py``) knows a few hundred of them and
gives them a class. Any other verb becomes an ``Event`` here when two things hold:

1. It is a content verb: not an auxiliary, a copula, a modal, a light verb, a verb of state, of perception, of
   thought or of feeling, an impersonal verb, a verb of speech (``speech.py`` tells speech acts), nor one that only
   says what became of another event (`a annulé sa visite`; but giving up a thing that is no event, `a annulé le
   contrat`, is a deed). These classes are the stop-list below, one table per class. Constructions rule out more:
   a verb over an infinitive with no object of its own (`a décidé de
   suspendre`: the infinitive is the act; but `autorisant Kiev à frapper` acts on Kiev) or over a `que` clause (a
   verb of saying or thinking); a participle after a copula (`reste ouvert`: an adjective); a verb inside a name
   (`les Nations unies`); a verb whose subject is an event noun the lexicon tells (`le sommet a débuté`), a passive
   whose `à`/`par` complement is one (`soumise à des sanctions`), a verb of degree on one (`a multiplié les
   manœuvres`); an office held (`occupe le poste de`) and a stance (`partagent des valeurs`).
2. A party takes part in it: its subject, its passive agent, its object or its `avec`/`à`/`contre`/`aux côtés de`
   complement is a person, a state, an organisation or a group; or its subject is a body named by a common noun
   (`les troupes soviétiques`) or a pair (`les deux pays`), whom the caller resolves as for any event. A thing
   the article makes an entity, the subject of a pronominal verb with no complement (`la guerre pourrait
   s'étendre`, `le traité s'est éteint`), takes part in what becomes of it (:func:`_thing_changes`); so does one
   made thing the active subject of any content verb (`la fusée a explosé`, `le réacteur doit entrer en service`:
   :func:`thing_acts`), and goods whose price moves (`le blé a pris 3 %`: :func:`price_moves`). A doer
   named but not resolved (`Elle`, `ils`, `des pêcheurs`) leaves the verb out: the event would tell the wrong set
   of parties.

A verb the lexicon knows in one sense only (`utiliser` a weapon, `imposer` sanctions, `adopter` a text) is read
the same way when used in another (`utiliser son droit de veto`, `imposer un couvre-feu`): :func:`unmet_sense_frame`,
unless its object is an event noun the verb only supports (`le régime de sanctions imposé par`).

The roles come from the argument structure, by small tables (:data:`ROLE_OF_ACTOR`, :data:`ROLE_OF_UNDERGOER`,
:data:`ROLE_OF_COMPLEMENT`) that follow the gold conventions (``benchmarks/gold/README.md``): a party that acts is
the ``agent``, a thing that is the subject only takes part (``participant``: `la centrale alimenterait la base`);
a party acted upon is the ``recipient`` (`ont isolé la Corée du Nord`, `autorisant Kiev à`), a thing acted upon
the ``theme`` (`a arrêté cette guerre`; a text, a made thing or the noun a participle describes becomes a local
thing: `prolonger l'accord`, `bâtir une centrale`, `la centrale, occupée par`), or the ``recipient`` of a blow (`a
abattu un drone`); with no one said to do it, a thing that undergoes an act takes part in it (`pourrait être
installée`). `avec` a party is a ``participant``, `à` a person and `contre` a party are
``recipient`` s; the subjects of a joint act (a verb of joint action, `ont combattu`, `se disputent`; a plural
subject acting on what they share, `régler leur différend`) are ``participant`` s. The caller (``events.py``)
reads the mentions into these slots, and the status, the time and the place as for every other event.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from newsld.extract.event_lexicon import (
    AGENT_NOUNS,
    FIRED_WORDS,
    GUEST_NOUNS,
    MEETING_NOUNS,
    NOUN_FRAMES,
    PERSON_NOUNS,
    REFLEXIVE_FRAMES,
    SANCTION_WORDS,
    TEXT_NOUNS,
    TIES_VERBS,
    TIME_WORDS,
    VERB_FRAMES,
    VISIT_NOUNS,
    WEAPON_WORDS,
    Frame,
)
from newsld.extract.event_roles import OBJECT_RELATIVES, THIRD_PERSON_REFLEXIVES
from newsld.extract.model import Mention
from newsld.extract.nlp import has_passive_auxiliary, preposition_of
from newsld.extract.noun_arguments import OF
from newsld.extract.noun_phrases import amount_of, counted_part, object_behind_a_complement, part_figure
from newsld.extract.person_nouns import is_person_noun, name_on_title_complement
from newsld.extract.speech_lexicon import REPORTING
from newsld.extract.speech_triggers import answered_by_deed, silence_type, urged_to_say
from newsld.extract.status import CANCELLING, POSTPONING, persuades_a_party
from newsld.extract.unnamed_entities import CRAFT_NOUNS, names_a_thing, things_told
from newsld.extract.verb_senses import SENSES, word_in

MentionOf = Callable[[Token], Mention | None]
INFINITIVE = re.compile(r"(?:er|ir|ïr|re|oir)$")
PRESENT_ENDING = re.compile(r"ants?$|antes?$")

PARTY_TYPES = frozenset({"person", "country", "organization", "group"})
THING_TYPES = frozenset({"object", "other", "event"})

# -- the stop-list, by class ---------------------------------------------------------------------------------------
# Auxiliaries and copulas: they tell what something is, not what anyone does.
COPULAS = {"être", "avoir", "devenir", "rester", "demeurer", "sembler", "paraître", "redevenir", "avérer",
           "révéler", "montrer", "apparaître"}
# Modal and aspectual verbs: the verb they govern names the act (`doit signer`, `a commencé à retirer`).
# (Aspectual verbs, `commencer`, `cesser`, `arrêter`, are acts on a noun, `arrêter la guerre`; over an infinitive
# they are caught by the rule that the infinitive is the act.)
MODALS = {"devoir", "pouvoir", "vouloir", "falloir", "aller", "venir", "savoir", "oser", "tenter", "essayer",
          "chercher", "risquer", "faillir", "compter", "tarder", "hésiter", "parvenir", "réussir", "échouer",
          "efforcer", "apprêter", "préparer", "tendre", "persister", "obstiner", "décider", "choisir", "préférer"}
# Causatives and light verbs: their noun or infinitive carries the meaning (`faire savoir`, `prendre part`).
LIGHT_VERBS = {"faire", "laisser", "permettre", "empêcher", "prendre", "passer", "tenir", "trouver",
               "mener", "effectuer", "procéder", "opérer", "réaliser", "entreprendre", "organiser", "entamer",
               "reprendre", "engager", "obtenir", "dresser", "subir", "connaître", "accorder", "apporter",
               "conduire", "assurer",
               "exercer", "poser", "marquer",
               "tirer"}  # (`tirer profit de`, `tirer parti de`; the lexicon reads `tirer des missiles`)
# Verbs of state, measure and relation: they describe, they do not tell a deed.
STATIVE = {"exister", "représenter", "constituer", "concerner", "dépendre", "appartenir", "contenir", "comprendre",
           "inclure", "comporter", "compter", "valoir", "coûter", "peser", "mesurer", "durer", "dater", "remonter",
           "figurer", "agir", "trouver", "situer", "signifier", "impliquer", "nécessiter", "manquer", "suffire",
           "ressembler", "correspondre", "traiter", "incarner", "posséder", "détenir", "disposer",
           "totaliser", "atteindre", "dépasser", "vivre", "habiter", "résider", "siéger", "diriger", "gouverner",
           "régner", "charger", "illustrer", "refléter", "symboliser", "prouver", "démontrer", "témoigner",
           "relever", "intéresser", "regrouper", "abriter", "border", "longer",
           "entourer", "séparer", "relier", "opposer", "lier", "baser", "fonder", "destiner", "composer",
           "équiper", "armer", "doter", "nommer", "appeler", "intituler", "baptiser", "surnommer",
           "exprimer", "mériter", "bénéficier", "souffrir", "reposer",
           # gaining by something and making one thing hang on another: `pourrait profiter d'une pause`,
           # `conditionne toute aide à des réformes`, `crédité de 87 % des voix`
           "profiter", "conditionner", "subordonner", "créditer"}
# `occuper un poste`, `quitter ses fonctions`: holding or leaving an office is a state, not a deed on a thing.
OFFICE_NOUNS = {"poste", "fonction", "fonctions", "rang", "siège", "place", "tête", "présidence"}
# ... but keeping one through a reshuffle is news (`Lavrov devrait conserver son poste`): the one who keeps it acts.
KEEPING_VERBS = {"conserver", "garder"}
# Verbs of perception, thought and feeling: what someone sees, knows, wants or feels is no deed.
MIND = {"voir", "regarder", "entendre", "écouter", "sentir", "percevoir", "remarquer", "constater", "apercevoir",
        "découvrir", "apprendre", "connaître", "penser", "croire", "imaginer", "supposer", "considérer", "trouver",
        "ignorer", "oublier", "souvenir", "retenir", "espérer", "souhaiter", "désirer", "aimer", "apprécier",
        "détester", "haïr", "attendre", "envisager", "prévoir", "étudier", "examiner", "analyser", "évaluer",
        "suivre", "douter", "soupçonner", "suspecter", "inquiéter", "préoccuper", "satisfaire", "surprendre",
        "choquer", "irriter", "agacer", "déranger", "plaire", "regretter", "craindre", "redouter", "tenir",
        "vouloir", "mépriser", "admirer", "reconnaître", "comprendre", "percer", "deviner", "concevoir",
        "mériter", "intéresser", "interpréter", "rêver", "méfier", "soucier", "demander", "interroger",
        "estimer", "juger", "qualifier", "décrire", "lire", "résigner", "consacrer", "attacher", "résoudre",
        "déterminer", "habituer", "afficher", "manifester"}
# Speech and attribution beyond the reporting verbs `speech.py` knows: a stance is told as speech, not as a deed.
SPEECH = set(REPORTING) | {"discuter", "débattre", "parler", "communiquer", "notifier", "dévoiler", "divulguer",
                           "diffuser", "relayer", "poster", "mentionner", "recommander", "conseiller", "approuver",
                           "désapprouver", "contester", "revendiquer", "louer", "blâmer", "accuser", "taxer",
                           "prier", "supplier", "interpeller", "questionner", "avouer", "prétendre", "certifier",
                           "attester", "signifier", "invoquer", "alléguer", "arguer", "citer", "évoquer",
                           "aborder", "souligner", "saluer", "remercier", "féliciter", "encourager", "appeler",
                           "exhorter", "défendre", "plaider", "affirmer", "déclarer",
                           # mockery and scorn are said (`le Kremlin a raillé ce voyage`)
                           "railler", "moquer", "ironiser", "persifler", "brocarder", "fustiger", "vilipender",
                           # urging someone to act (`qu'il est venu presser de débloquer`): the act urged is the event
                           "presser", "inciter", "enjoindre", "sommer", "implorer", "conjurer", "adjurer", "intimer"}
# Verbs that only say what became of another event (`a annulé sa visite`, `a reporté le sommet`): status.py reads
# them as that event's status; they tell no deed of their own.
FATE_OF_EVENTS = CANCELLING | POSTPONING | {"confirmer"}  # (`démentir`, `nier`: speech verbs too)
# ... but giving up or calling off a thing that is no event is a deed of its own (`renoncer à ses programmes
# nucléaires`, `a annulé le contrat`, `a décommandé les avions`): the verb is the act.
GIVING_UP = {"renoncer", "annuler", "décommander"}
CALLING_OFF = {"annuler", "décommander"}  # (renouncing a visit one was to make only negates it)
# Giving up a practice (plural: `renoncer à ses provocations`, `à ses programmes nucléaires`) or with no complement
# (`il ne renoncerait pas`) is a deed; giving up one event (`renoncer à sa visite`) only negates it.
RENOUNCING = {"renoncer"}
# A noun made from a verb names an act (`renoncer au renforcement de son arsenal`, `à la construction`): status.py
# reads the verb as that act's fate, whether or not the lexicon knows the noun.
ACT_NOUN_ENDING = re.compile(r"(?:ment|tion|sion|age)s?$")
# Verbs of degree: on an event noun they only say it grows or shrinks (`a multiplié les manœuvres`, `accélérer le
# rapprochement`): the noun is the event.
DEGREE_VERBS = {"multiplier", "intensifier", "accroître", "augmenter", "réduire", "redoubler", "étendre", "élargir",
                "limiter", "accélérer", "ralentir", "approfondir", "diminuer", "doubler", "tripler", "relancer"}
# Verbs that only bring a thing to a procedure the `à` noun names (`soumise au vote`, `soumis à référendum`).
SUBMITTING_VERBS = {"soumettre"}
# Verbs of phase: on an event noun they only say where it stands (`a achevé sa tournée`, `ont poursuivi leurs
# entretiens`, `a écourté sa visite`): the noun is the event.
PHASE_VERBS = {"achever", "terminer", "clore", "clôturer", "boucler", "commencer", "débuter", "poursuivre",
               "continuer", "écourter", "finir"}
# What one shares, holds or voices as a stance is no deed done (`partagent des valeurs`, `affiche sa détermination`),
# nor is a gesture of courtesy (`en lui serrant la main`).
ATTITUDE_NOUNS = {"valeur", "valeurs", "préoccupation", "préoccupations", "inquiétude", "inquiétudes", "avis",
                  "position", "positions", "vision", "visions", "intérêt", "intérêts", "objectif", "objectifs",
                  "point", "points", "vue", "vues", "détermination", "volonté", "espoir", "espoirs", "confiance",
                  "main", "sentiment", "sentiments", "opinion", "conviction", "souhait", "regret", "regrets",
                  # what a light verb draws or takes (`tirer les leçons`, `tirer un bilan`): a thought, no deed
                  "leçon", "leçons", "conclusion", "conclusions", "bilan", "enseignement", "enseignements",
                  # the words one uses (`utilisant le nom officiel`, `adopter un ton ferme`): how it is said
                  "nom", "terme", "termes", "mot", "mots", "expression", "formule", "langage", "ton", "rhétorique",
                  # a condition of speaking (`un diplomate, qui a requis l'anonymat`, `a gardé l'anonymat`)
                  "anonymat",
                  # blame taken or laid (`assume l'entière responsabilité de cette provocation`): a stance
                  "responsabilité", "responsabilités",
                  # figures of openness (`a fermé la porte à toute négociation`, `ouvrir la voie à`, `tourner la
                  # page`, `briser la glace`): a stance toward an act, which its own noun tells
                  "porte", "portes", "voie", "page", "glace"}
# Verbs of speech that are deeds on what they act upon: an undertaking launched, a text or a plan made public
# (`lancer un projet`, `une enquête`, `un satellite`; `publier un plan de paix`, `un décret`). Not the words of
# speech themselves (`lancer un appel`, `un avertissement`; `publier un communiqué`, `une déclaration`).
UNDERTAKINGS = {"projet", "programme", "plan", "initiative", "opération", "campagne", "chantier", "mission",
                "enquête", "procédure", "réforme", "satellite", "fusée", "sonde", "vaisseau", "navette", "station",
                "produit", "service", "plateforme", "réseau", "emprunt", "chantiers", "travaux", "secours"}
PUBLISHED_DRAFTS = {"plan", "projet", "proposition", "feuille", "initiative", "programme"}
PUBLISHED_TEXTS = PUBLISHED_DRAFTS | {"décret", "ordonnance", "rapport", "liste", "loi", "règlement", "directive",
                                      "arrêté", "budget", "bilan", "livre", "stratégie", "doctrine",
                                      # pictures made public (`en publiant des photos`, `a publié une vidéo`)
                                      "photo", "photos", "vidéo", "vidéos", "image", "images", "enregistrement"}
# What is fired into the air or to space (`des drones lancés par les rebelles`, `le projectile, lancé depuis`): the
# launch is a deed, as `tirer` (not `lancer un appel`, words).
LAUNCHED_THINGS = {"drone", "missile", "projectile", "roquette", "engin", "obus", "ballon"}
DEED_OBJECTS = {"lancer": UNDERTAKINGS | LAUNCHED_THINGS, "publier": PUBLISHED_TEXTS}
# Impersonal verbs and weather: `il pleut`, `il s'agit`, `il faut`, `il reste`.
IMPERSONAL = {"pleuvoir", "neiger", "venter", "grêler", "bruiner", "agir", "falloir",
              "advenir", "survenir", "produire", "passer"}
# Verbs the lexicon knows, read here only when the lemmatiser missed them (`signe` for `signer`): their own frames
# (events.py: SPECIAL_VERBS besides these tables) tell them, not this fallback.
# (a verb the lexicon knows only as pronominal for ties or for seeing each other is read as any other otherwise:
# `améliorer leurs relations`)
KNOWN_VERBS = set(VERB_FRAMES) | set(SENSES) | (set(REFLEXIVE_FRAMES) - set(TIES_VERBS) - {"voir"}) | {
    "rendre", "envoyer", "recevoir", "arriver", "présenter", "surveiller", "contrôler", "soutenir", "former",
    "dépêcher"}
# Verbs of speech a party may be urged to (`à condamner l'invasion`, `à défendre la Charte`): a stance asked of it
# (not `laisser`, `faire`: light verbs whose infinitive tells the act)
URGED_STANCES = SPEECH - LIGHT_VERBS - {"laisser"}
NOT_ACTS = COPULAS | MODALS | LIGHT_VERBS | STATIVE | MIND | SPEECH | FATE_OF_EVENTS | IMPERSONAL

# -- argument structure -------------------------------------------------------------------------------------------
# Verbs of joint action: their subjects, and who is `avec` them, act together (`ont combattu aux côtés de`).
JOINT_VERBS = {"combattre", "affronter", "collaborer", "dialoguer", "rivaliser", "fusionner", "allier", "associer",
               "unir", "réconcilier", "disputer", "concerter", "normaliser", "rétablir", "régler", "préserver",
               "apaiser", "resserrer", "approfondir", "cimenter", "consolider", "harmoniser"}
# Verbs whose subject undergoes what happens (`est mort`, `a péri`, `a disparu`): it takes part, it does not act.
UNDERGOING_VERBS = {"mourir", "décéder", "périr", "succomber", "disparaître", "naître", "survivre", "guérir",
                    "sombrer", "couler", "chuter", "échapper", "perdre",
                    "échouer"}  # (reached only pronominal: `le cargo s'est échoué`, :func:`_runs_aground`)
DYING_VERBS = {"mourir", "décéder", "périr", "succomber"}
# Who acts, by what the mention is: a party acts (agent), a thing only takes part.
ROLE_OF_ACTOR = {**dict.fromkeys(PARTY_TYPES, "agent"), **dict.fromkeys(THING_TYPES, "participant")}
# Who or what is acted upon: a party is the one the act is for or against, a thing is what it acts on.
ROLE_OF_UNDERGOER = {**dict.fromkeys(PARTY_TYPES, "recipient"), **dict.fromkeys(THING_TYPES, "theme")}
# A complement by its preposition, when it names a party (a place after `à` is where, not whom).
ROLE_OF_COMPLEMENT = {"avec": "participant", "à": "recipient", "contre": "recipient", "de": "participant"}
PREPOSITIONS = {"avec": "avec", "à": "à", "au": "à", "aux": "à", "contre": "contre"}
COMPLEMENT_DEPS = ("obl:arg", "obl:mod", "obl", "iobj")
PLURAL_POSSESSIVES = {"leur", "leurs"}
PARTITIVE = {"de", "d'", "du", "des"}
PEOPLE_NOUNS = AGENT_NOUNS | PERSON_NOUNS | GUEST_NOUNS
# The stages of an event (`la première phase, ordonnée par X`): a span of the event, not a thing acted upon.
STAGE_NOUNS = {"phase", "étape", "volet", "session", "tour", "round", "manche", "séquence", "partie"}
NAME_DEPS = ("appos", "flat:name", "nmod", "flat")
# Disasters that strike people and states: their verb (`a secoué`, `a ravagé`, `a touché`) is an event on them.
NATURAL_FORCES = {"séisme", "tremblement", "secousse", "réplique", "typhon", "ouragan", "cyclone", "tempête",
                  "tornade", "inondation", "inondations", "crue", "crues", "pluie", "pluies", "tsunami", "incendie",
                  "incendies", "feu", "feux", "éruption", "avalanche", "glissement", "sécheresse", "canicule",
                  "vague", "épidémie", "explosion", "coulée", "intempéries", "mousson"}
# Verbs of hitting and aiming, acts of force only when a weapon, a strike or a craft does them, or a named target
# undergoes them; what strikes (its noun), and the measures that `visent` a party without force.
AIMING_VERBS = {"toucher", "viser", "cibler"}
STRIKE_NOUNS = {"attaque", "attaques", "frappe", "frappes", "bombardement", "bombardements", "tir", "tirs", "raid",
                "raids", "explosion", "explosions", "salve", "salves", "bombe", "bombes"}
FORCE_WORDS = set(FIRED_WORDS) | STRIKE_NOUNS | CRAFT_NOUNS
MEASURE_NOUNS = SANCTION_WORDS | {"droit", "droits", "taxe", "taxes", "tarif", "tarifs", "mesure", "mesures",
                                  "restriction", "restrictions", "enquête", "enquêtes", "plainte", "poursuites",
                                  "mandat", "procédure", "réforme", "loi", "campagne"}
# Movements and deeds of craft and their crews: their subject, when a thing, is a ship, an aircraft or a vehicle that
# acts (`le bombardier a survolé la Baltique`, `la frégate escortait un cargo`, `l'appareil s'est éloigné`, `un
# chasseur a abattu un drone`, `le garde-côte a éperonné le chalutier`).
# Warships by their class, one of which acts as any craft (their plural fleets: described_groups.py)
WARSHIPS = {"corvette", "frégate", "destroyer", "croiseur", "patrouilleur", "porte-avions", "vedette", "remorqueur"}
CRAFT_MOVES = {"survoler", "décoller", "atterrir", "amerrir", "appareiller", "accoster", "escorter", "remorquer",
               "patrouiller", "naviguer", "éloigner", "approcher", "pénétrer", "franchir", "intercepter", "encercler",
               "pister", "frôler", "abattre", "éperonner", "percuter", "heurter", "arraisonner", "harceler",
               "poser"}  # (`se poser`, a landing: :func:`_lands`)


@dataclass(frozen=True)
class Clause:
    """What the caller's parse reading gives about a verb: its subject, whether it is passive, and the mention a
    token stands in."""

    subject: Token | None
    passive: bool
    mention_of: MentionOf


def open_frame(verb: Token, clause: Clause) -> Frame | None:
    """The frame of a verb the lexicon does not know: an ``Event`` whose slots follow its argument structure, or
    None when it is no act (see the module docstring)."""
    if lemma_of(verb) in KNOWN_VERBS:
        return None
    return _act_frame(verb, clause)


def urged_stance_frame(verb: Token, clause: Clause) -> Frame | None:
    """`a exhorté l'Inde à condamner l'invasion`, `a appelé X à défendre la Charte`: a verb the lexicon knows in
    another sense (a court's sentence, an armed defence) or as speech, urged on a party, is the stance asked of it:
    an act of the one urged (read as any open-class verb), not words said."""
    if not _urged_stance(verb):
        return None
    return _act_frame(verb, clause)


def _urged_stance(verb: Token) -> bool:
    """A verb of speech with its object urged on a party by an active verb of urging (`a exhorté l'Inde à condamner
    l'invasion`; not `n'avait pas été invitée à observer le scrutin`, an occasion one is asked to)."""
    return urged_to_say(verb) and _object(verb) is not None and lemma_of(verb) in URGED_STANCES and not (
        has_passive_auxiliary(verb.head))


def unmet_sense_frame(verb: Token, clause: Clause) -> Frame | None:
    """The frame of a verb the lexicon knows in one sense only, used in another: `utiliser son droit de veto`,
    `imposer un couvre-feu`, `adopter une stratégie` are not the weapon used nor the sanction imposed the lexicon's
    frame requires, but acts all the same, read as any open-class verb. On an event noun (`le régime de sanctions
    imposé par`, `imposer un embargo`) the verb only supports the noun, which tells the event."""
    described = verb.dep_ == "acl" and "Past" in verb.morph.get("Tense")  # (`utilisant X`: its object, X)
    undergoer = verb.head if described else _object(verb)
    if undergoer is not None and any(_event_noun(t) or t.lemma_.lower() in SANCTION_WORDS for t in [
            undergoer, *(c for c in undergoer.children if c.dep_ == "nmod")]):
        return None
    return _act_frame(verb, clause)


def _act_frame(verb: Token, clause: Clause) -> Frame | None:
    if not _content_verb(verb, clause.mention_of):
        return None
    if clause.passive and "Pres" in verb.morph.get("Tense"):
        return None  # `l'agence, utilisant le nom`: a present participle read as a passive would swap its roles
    actor, undergoer = _actor_and_undergoer(verb, clause)
    if not _own_act(verb, actor, undergoer):
        return None
    actor_mention = _own_mention(actor, clause.mention_of)
    undergoer_mention = _own_mention(undergoer, clause.mention_of)
    if not _blow_or_aim(verb, actor, undergoer_mention) or _milestone_crossed(verb, undergoer):
        return None
    if _fired_by_no_one(verb, clause, actor):
        actor = None  # `touchée par plusieurs drones`: who fired them is unwritten; the weapons take part (events.py)
    if _same_party(actor_mention, undergoer_mention):
        undergoer_mention = None  # `X a limogé son chef d'état-major`: an act on oneself is written `se`, not so
    complements = _party_complements(verb, undergoer, clause.mention_of)
    parties = [m for m in (actor_mention, undergoer_mention) if m is not None and m.type in PARTY_TYPES]
    # (`le navire a été remorqué`: a craft in the passive undergoes the act, whatever the parse says of `été`)
    craft = _craft(verb, actor, actor_mention) and not (actor.dep_.startswith("nsubj") and (
        has_passive_auxiliary(verb) or any(c.dep_ == "cop" and c.lower_ == "été" for c in verb.children)))
    lone = actor_mention is None and lone_craft(verb, actor)  # (the caller makes it a thing of its own)
    # (a thing already a mention, `une centrale ... la centrale, qui alimenterait la base`, takes part all the same)
    thing = (actor_mention is None or actor_mention.type == "object") and (
        thing_acts(verb, clause, actor) or price_moves(verb, actor))
    struck = _struck_by_no_one(verb, clause, actor, undergoer_mention)
    if not parties and not complements and not _body(actor) and not craft and not lone and not thing and not (
            _undergone_thing(verb, clause, actor, undergoer_mention)) and not _thing_changes(
            verb, clause, actor_mention) and not struck:
        return None
    if actor is not None and not _body(actor) and not natural_force(actor) and not lone and not thing and (
            actor_mention is None or actor_mention.type not in ROLE_OF_ACTOR):
        return None  # a doer named but not resolved (`Elle`, `ils`, a city): the event would lack its main party
    slots = _slots(verb, clause, actor_mention, undergoer_mention, complements, _body(actor), craft)
    if struck:
        slots["obj"] = "recipient"  # `les ports visés à plusieurs reprises`: the place or thing struck
    return Frame(deed_class(verb), slots)


def _craft(verb: Token, actor: Token | None, mention: Mention | None) -> bool:
    """`l'appareil a survolé l'île`, `des chasseurs ont décollé`: a craft (a ship, an aircraft, a vehicle) that the
    article makes an entity acts as its crew does; it is the doer (a weapon is its state's: ``events.py``). A thing
    that flies over, takes off or escorts is a craft whatever its noun (`l'Il-38 a survolé`: a model's name)."""
    return actor is not None and mention is not None and mention.type == "object" and (
        actor.lemma_.lower() in CRAFT_NOUNS or actor.lower_ in CRAFT_NOUNS or lemma_of(verb) in CRAFT_MOVES)


def _blow_or_aim(verb: Token, actor: Token | None, undergoer: Mention | None) -> bool:
    """`toucher`, `viser`, `cibler` as acts of force: a weapon, a strike, a craft or a force of nature hits (`un
    missile a touché un immeuble`, `touché par un drone`); one aims at a party or a place the article names (`a visé
    Odessa`); not `toucher un salaire`, `touché par son soutien`, `vise une croissance de 3 %`, nor a measure's
    target (`visée par des droits de douane`: the measure tells it)."""
    lemma = lemma_of(verb)
    if lemma not in AIMING_VERBS:
        return True
    blow = actor is not None and (word_in(actor, FORCE_WORDS) or natural_force(actor))
    if lemma == "toucher":
        return blow
    measure = actor is not None and word_in(actor, MEASURE_NOUNS)
    return not measure and (blow or undergoer is not None)


# Verbs of blows and of force on craft: what they are done to is struck (the ``recipient``, a thing as a party: `un
# drone abattu`, `le navire a été touché`, `un pétrolier arraisonné`), as for `frapper` and `attaquer` in the lexicon
# (which makes what is destroyed a participant); a thing made or used is an act's ``theme``.
BLOW_VERBS = AIMING_VERBS | {
    "abattre", "intercepter", "éperonner", "percuter", "heurter", "torpiller", "couler", "neutraliser", "arraisonner"}


# What one crosses in a figure of speech: a stage, a threshold (`a franchi une nouvelle étape`, `le cap des 100
# dollars`), not a border, a river or the median line of a strait (nor a red line: a deed of parties, gold says).
MILESTONES = STAGE_NOUNS | {"cap", "seuil", "barre", "palier", "pas", "stade"}


def _milestone_crossed(verb: Token, undergoer: Token | None) -> bool:
    return lemma_of(verb) == "franchir" and undergoer is not None and word_in(undergoer, MILESTONES)


def lone_craft(verb: Token, actor: Token | None) -> bool:
    """`Un bombardier russe a survolé la Baltique`, `une frégate escortait un cargo`: one craft no mention names yet,
    the subject of a movement only craft make, is the doer all the same (``events.py`` makes it a thing of its
    own); `les bombardiers` (a fleet: unnamed_entities.py) and a craft that only undergoes (`le cargo a été
    remorqué`) are left."""
    if actor is None or has_passive_auxiliary(verb) or _bare_passive(verb) or (
            verb.dep_ in ("acl", "appos") and "Past" in verb.morph.get("Tense")):
        return False  # `le cargo a été arraisonné`, `un pétrolier arraisonné`: the craft undergoes it
    return lemma_of(verb) in CRAFT_MOVES and actor.pos_ == "NOUN" and word_in(actor, CRAFT_NOUNS | WARSHIPS) and (
        "Plur" not in actor.morph.get("Number") and any(c.dep_ == "det" for c in actor.children))


# Verbs a thing is the subject of without doing anything to anyone (`le navire mesure 200 mètres`, `le pont
# enjambe le fleuve`, `l'usine emploie 500 personnes`): what the thing is, not what happens to it.
# (`le missile a parcouru 1.000 km`: how far a thing went is a measure, as `mesurer`)
THING_STATES = {"enjamber", "employer", "produire", "alimenter", "desservir", "traverser", "relier", "transporter",
                "parcourir", "accueillir", "servir", "fonctionner", "porter", "permettre", "prévoir", "stipuler",
                "prévaloir"}
# ... but a made thing that supplies another in a future or conditional (`la centrale alimenterait la base`) is told
# as what will happen, as the gold says of the lunar plant.
THING_SUPPLIES = {"alimenter", "desservir", "approvisionner", "fournir"}


def thing_acts(verb: Token, clause: Clause, actor: Token | None) -> bool:
    """`le drone s'est écrasé`, `la fusée a explosé en vol`, `le cargo a chaviré`, `le premier réacteur doit entrer en
    service`: one made thing (a craft, a weapon, a plant, a work: ``unnamed_entities.names_a_thing``), the active
    subject of a content verb, takes part in what it does or what becomes of it (the gold rule for an event with
    only a thing in it). The caller makes it a thing of its own. Left: a plural that names a kind (`les drones
    sont une menace`), a thing with no determiner, verbs of what a thing is (:data:`THING_STATES`: `le pont enjambe
    le fleuve`), a passive (what is done to it: :func:`_undergone_thing`)."""
    if actor is None or clause.passive or _bare_passive(verb):
        return False
    relative = verb.dep_ == "acl:relcl" and actor.i == verb.head.i and any(
        c.dep_ == "nsubj" and c.lower_ == "qui" for c in verb.children)  # `la centrale, qui alimenterait la base`
    if not relative and (actor.dep_ != "nsubj" or not (
            actor.head.i == verb.i or (verb.dep_ == "xcomp" and actor.head.i == verb.head.i))):
        return False  # (`le réacteur doit entrer en service`: the subject of the modal over the infinitive)
    if actor.pos_ not in ("NOUN", "ADJ") or not names_a_thing(actor) or not any(c.dep_ == "det" for c in
                                                                                  actor.children):
        return False
    if "Plur" in actor.morph.get("Number") and not things_told(actor):
        return False
    if any(c.pos_ == "PROPN" and c.dep_ in NAME_DEPS and not any(g.dep_ == "case" for g in c.children)
           for c in actor.children):
        return False  # `la fusée Chollima-1`: a thing with a name of its own is the linker's (its name is the mention)
    lemma = lemma_of(verb)
    return lemma not in THING_STATES or (lemma in THING_SUPPLIES and _not_yet(verb))


NOT_YET_ENDING = re.compile(r"(?:rai[st]?|rait|raient|ra|ront)$")


def _not_yet(verb: Token) -> bool:
    """A future or a conditional (`alimenterait`, `alimentera`; the tagger may read them as imperfects), or an
    infinitive under a modal (`doit alimenter`): what a thing will do, not what it is."""
    if {"Fut", "Cnd"} & {*verb.morph.get("Tense"), *verb.morph.get("Mood")}:
        return True
    infinitive = "Inf" in verb.morph.get("VerbForm") and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX")
    return infinitive or ("Fin" in verb.morph.get("VerbForm") and bool(NOT_YET_ENDING.search(verb.lower_)))


# Goods whose price moves (`le blé a pris 3 %`, `les cours du germanium ont bondi`, `le baril de Brent a reculé`): the
# goods take part in the move (the gold gives them the participant role, the market's city the place).
GOODS_NOUNS = {"blé", "maïs", "riz", "soja", "orge", "colza", "céréale", "céréales", "sucre", "café", "cacao",
               "coton", "pétrole", "brut", "gaz", "gazole", "essence", "diesel", "kérosène", "charbon", "uranium",
               "électricité", "or", "argent", "cuivre", "nickel", "zinc", "étain", "plomb", "aluminium", "fer",
               "acier", "lithium", "cobalt", "platine", "palladium", "germanium", "gallium", "antimoine", "graphite",
               "tungstène", "engrais", "huile", "bœuf", "porc", "lait", "Brent", "WTI", "bitcoin"}
# The measure a price is told in, before its goods (`le boisseau de blé`, `le baril de Brent`, `les cours du blé`);
# a unit of the goods names them (`le baril de Brent`), the price (`le cours`) does not
UNIT_NOUNS = {"baril", "boisseau", "tonne", "once"}
PRICE_NOUNS = {"prix", "cours", "cotation", "cotations", "tarif", "tarifs"} | UNIT_NOUNS
PRICE_MOVES = {"bondir", "grimper", "flamber", "chuter", "reculer", "progresser", "baisser", "augmenter", "monter",
               "plonger", "envoler", "dégringoler", "effondrer", "céder", "gagner", "perdre", "prendre", "rebondir",
               "remonter", "redescendre", "décrocher", "glisser", "fléchir", "doubler", "tripler", "rechuter",
               "exploser", "atteindre"}
# Verbs of degree that need a figure to tell a move (`a pris 3 %`, `a perdu 2 dollars`; not `a pris le relais`)
FIGURE_MOVES = {"prendre", "perdre", "gagner", "céder", "atteindre"}


LANDING = {"poser"}
LANDING_CRAFT = CRAFT_NOUNS | WARSHIPS | {"drone", "fusée"}


def _lands(verb: Token) -> bool:
    """`l'avion s'est posé à Moscou`, `la sonde s'est posée sur la Lune`: `se poser` with no object is a landing
    (a craft's move), not the light verb of `poser une question`."""
    if lemma_of(verb) not in LANDING:  # (asked of every verb of no act: its lemma first, its subject for `poser`)
        return False
    subject = _subject(verb)
    return subject is not None and word_in(subject, LANDING_CRAFT) and any(
        c.lower_ in THIRD_PERSON_REFLEXIVES and c.pos_ == "PRON" and c.i < verb.i for c in verb.children) and not any(
        c.dep_ in ("obj", "xcomp", "ccomp") for c in verb.children)


def _acts(verb: Token) -> bool:
    """`Paris agira conformément aux statuts`, `le Congrès doit agir`, `aurait agi seul`: `agir` with a subject that
    names someone is a deed; `il s'agit de` (its reflexive clitic, an impersonal `il`) says what a thing is."""
    if lemma_of(verb) != "agir" or any(c.lower_ in THIRD_PERSON_REFLEXIVES and c.pos_ == "PRON" for c in verb.children):
        return False
    subject = _subject(verb)
    return subject is None or subject.lower_ not in ("il", "cela", "ça")


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def price_moves(verb: Token, actor: Token | None) -> bool:
    """`le boisseau de blé a pris près de 3 %`, `les cours du germanium ont bondi`: a verb of rising or falling whose
    subject is goods, or the price of goods; the goods take part in it (:func:`priced_goods`). Left: prices with no
    goods said (`les prix ont bondi`), and a state (`les prix restent élevés`: a copula)."""
    lemma = lemma_of(verb)
    if actor is None or lemma not in PRICE_MOVES or priced_goods(actor) is None:
        return False
    if lemma in FIGURE_MOVES:
        return any(c.dep_.startswith(("obj", "obl", "nummod")) and (c.like_num or c.lower_ in ("%", "pour")
                   or any(g.like_num for g in c.subtree)) for c in verb.children)
    return True


def priced_goods(noun: Token) -> Token | None:
    """The goods a subject names: itself (`le blé`), or those behind its price (`les cours du blé`, `le baril de
    Brent`, `le prix du gaz`)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.lemma_.lower() in GOODS_NOUNS or noun.text in GOODS_NOUNS:
        return noun
    if noun.lemma_.lower() not in PRICE_NOUNS and noun.lower_ not in PRICE_NOUNS:
        return None
    goods = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and (
        c.lemma_.lower() in GOODS_NOUNS or c.text in GOODS_NOUNS)), None)
    # `le boisseau de blé`, `le baril de Brent`: a unit of the goods names them (the price, `le cours`, does not)
    return noun if goods is not None and noun.lemma_.lower() in UNIT_NOUNS else goods


def _undergone_thing(verb: Token, clause: Clause, actor: Token | None, undergoer: Mention | None) -> bool:
    """`la centrale pourrait être installée`, `les sanctions ne sont plus respectées`: a thing the article makes an
    entity, in the passive with no doer written, takes part in what is done to it (the gold rule for an event
    with only a thing in it)."""
    # (`le projet avait été gelé`: a thing no mention names yet, which the caller makes a local entity)
    thing = undergoer.type in ("object", "other") if undergoer is not None else _named_thing(verb, clause)
    return clause.passive and actor is None and thing and agentless_passive(verb)


def _struck_by_no_one(verb: Token, clause: Clause, actor: Token | None, undergoer: Mention | None) -> bool:
    """`les ports du Danube visés à plusieurs reprises`, `un pétrolier arraisonné samedi dans le golfe`, `le cargo
    a été intercepté`: a place or a thing struck, aimed at or seized, with no striker written, is the one the blow
    is done to (the gold rule for an attack with no attacker named: the target is its recipient). A participle
    that describes a noun tells an act only with a time, a place or a count of its own (`visés à plusieurs
    reprises`), or on a craft (`un pétrolier arraisonné`); `la zone visée` alone names what is meant."""
    weapon_touch = lemma_of(verb) == "toucher" and weapon_after_par(verb) is not None
    if not clause.passive or actor is not None or (lemma_of(verb) not in BLOW_VERBS - {"toucher"} and not weapon_touch):
        return False  # (`touché` is a blow only by a weapon: `la crise a touché les ménages`)
    thing = undergoer.type in ("place", "object", "other") if undergoer is not None else _named_thing(verb, clause)
    if not thing:
        return False
    if has_passive_auxiliary(verb):
        return True
    described = verb.dep_ in ("acl", "appos") and "Past" in verb.morph.get("Tense") and not heads_own_clause(verb)
    noun = described_noun(verb) if described else None
    own = any(c.dep_ in ("obl:mod", "obl", "obl:arg") or c.lower_ in DAY_ADVERBS for c in verb.children)
    return noun is not None and (own or word_in(noun, CRAFT_NOUNS | WARSHIPS))


def _fired_by_no_one(verb: Token, clause: Clause, actor: Token | None) -> bool:
    """`la centrale a été touchée par plusieurs drones`, `frappé par un missile`: a blow in the passive whose `par`
    names only the weapons (no mention of who fired them) is struck by no one the text names."""
    if not clause.passive or actor is None or lemma_of(verb) not in BLOW_VERBS or weapon_after_par(verb) is None:
        return False
    return clause.mention_of(actor) is None and not _body(actor)  # (`par des missiles russes`: the state fired them)


def weapon_after_par(verb: Token) -> Token | None:
    """`touché par un drone`, `par plusieurs missiles`: the weapon a passive's `par` names, if it names one."""
    return next((c for c in verb.children if c.dep_.startswith("obl") and preposition_of(c) == "par"
                 and c.lower_ in FIRED_WORDS), None)


DAY_ADVERBS = {"hier", "aujourd'hui", "aujourd’hui"}


def _thing_changes(verb: Token, clause: Clause, actor: Mention | None) -> bool:
    """`le conflit pourrait s'étendre`, `le pont s'est effondré`, `le conflit s'est aggravé`: a pronominal verb
    (active, with no complement but its clitic: a change of state) whose subject is a thing the article makes an
    entity tells what becomes of that thing; the thing takes part in it (the gold rule for an event with only a
    thing in it). Left: a pronominal verb of relation with its complement (`le traité s'applique aux armes`,
    `s'est traduite par des pertes`: what a thing is or leads to), a thing that does something to a party or a
    thing (`la centrale alimenterait la base`), the same verb with no clitic (`le conflit dure`)."""
    if clause.passive or actor is None or actor.type not in THING_TYPES:
        return False
    clitic = any(c.lower_ in THIRD_PERSON_REFLEXIVES and c.pos_ == "PRON" and c.i < verb.i and not (
        c.dep_.startswith("nsubj")) for c in verb.children)
    return clitic and not any(c.dep_ in ("obj", "iobj", "obl:arg", "obl:agent") for c in verb.children)


def _content_verb(verb: Token, mention_of: MentionOf) -> bool:
    """A verb that may tell a deed: tagged a verb, with an infinitive for its lemma, not of a class of the
    stop-list (unless it acts on what makes it a deed: :func:`deed_of_speech_verb`), not part of a name (`les
    Nations unies`), and not governing an infinitive or a `que` clause."""
    lemma = lemma_of(verb)
    if verb.pos_ != "VERB" or lemma is None or (lemma in NOT_ACTS and not deed_of_speech_verb(verb) and not (
            _gives_up_a_thing(verb)) and not _repels_an_attack(verb) and not _runs_aground(verb) and not (
            _prepares_a_thing(verb)) and not _had_done_by(verb) and not price_moves(verb, _subject(verb)) and not (
            _lands(verb)) and not _acts(verb) and not _chooses_someone(verb)):
        return False
    if any(c.pos_ == "NOUN" and silence_type(c) for c in verb.children):
        return False  # `a gardé le silence`, `s'est gardé de tout commentaire`: words withheld (speech), no deed
    if any(c.dep_ in ("obj", "nsubj:pass") and c.lemma_.lower() in SPOKEN_OBJECTS for c in verb.children):
        return False  # `a élevé une vive protestation`, `a formulé des réserves`: words said (speech.py), no deed
    if _acts_as(verb) or _rules_out_an_act(verb) or _flies_a_flag(verb):
        return False
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if not verb.morph.get("VerbForm") and not auxiliaries:
        return False  # a noun the tagger's fixes took for a participle (`Côté russe`), with no auxiliary
    if any(a.lemma_.lower() in COPULAS - {"être", "avoir"} for a in auxiliaries) or (
            verb.dep_ == "xcomp" and "Past" in verb.morph.get("Tense") and not auxiliaries):
        return False  # `restait ouvert au dialogue`, `reste ouvert`: a participle after a copula is an adjective
    if any(a.dep_ == "aux:pass" for a in auxiliaries) and PRESENT_ENDING.search(verb.lower_):
        return False  # `Nous sommes reconnaissants`: no past participle ends in -ant, an adjective after `être`
    name = mention_of(verb)
    if name is not None and name.kind == "name" and name.start <= verb.idx < name.end:
        return False
    # `a décidé de fermer`: the infinitive is the act; but `autorisant Kiev à frapper` acts on Kiev (object control)
    governs_clause = any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and _object(verb) is None)
                         for c in verb.children if c.pos_ in ("VERB", "AUX") and not _adverbial(c)) or (
        _dative_clause(verb))
    impersonal = any(c.dep_.startswith("expl") and c.lower_ in ("il", "-il") for c in verb.children)
    return not governs_clause and not impersonal


# What a verb of sending or voicing carries when it is speech (`élever une protestation`, `formuler des objections`;
# not `réserves`, also stocks: `a libéré ses réserves de gaz`)
SPOKEN_OBJECTS = {"protestation", "protestations", "objection", "objections", "critique",
                  "critiques", "condoléance", "condoléances", "félicitation", "félicitations", "vœu", "vœux",
                  "voeux", "excuse", "excuses", "ultimatum", "avertissement", "avertissements", "remerciement",
                  "remerciements", "salutation", "salutations", "démenti", "démentis"}
# `servir d'intermédiaire`, `sert de base arrière`: what someone is used as, a role (the act is told by another verb)
ROLE_CASES = {"de", "d'", "d’"}


def _flies_a_flag(verb: Token) -> bool:
    """`Le bâtiment, battant pavillon portugais`: the flag a ship flies says which state registers it, no deed."""
    return lemma_of(verb) == "battre" and any(c.lemma_.lower() == "pavillon" for c in verb.children)


def _acts_as(verb: Token) -> bool:
    """`Minsk sert d'intermédiaire`, `servir de base arrière`: `servir de` + a bare noun says what one is used as."""
    if lemma_of(verb) != "servir":
        return False
    for noun in verb.children:  # (the parse may take `d'` for a determiner and the noun for an object)
        words = [g for g in noun.children if g.dep_ in ("det", "case")] if noun.pos_ == "NOUN" else []
        if noun.dep_.startswith(("obl", "obj")) and words and all(g.lower_ in ROLE_CASES for g in words):
            return True
    return False


# `n'a pas exclu de nouvelles interpellations`, `écarte toute intervention`: an act ruled in or out is a stance on a
# possible act (the act's noun tells it, with its status), no deed of its own; `exclure un membre du parti` is one
RULING_OUT = {"exclure", "écarter"}


def _rules_out_an_act(verb: Token) -> bool:
    """`écarte toute intervention`, `n'a pas exclu de nouvelles interpellations`: ruling out an act its own object
    names (an event noun, or one made from a verb)."""
    return lemma_of(verb) in RULING_OUT and any(
        c.dep_ in ("obj", "nsubj:pass") and c.pos_ == "NOUN" and (_event_noun(c) or ACT_NOUN_ENDING.search(c.lower_))
        for c in verb.children)


def _had_done_by(verb: Token) -> bool:
    """`s'est fait représenter par son ministre`: what one has another do for one (`se faire` + an infinitive + `par`
    its doer) is that other's deed, whatever the verb (event_roles.causative_doer reads who)."""
    faire = verb.doc[verb.i - 1] if verb.i > 0 else None
    if faire is None or faire.lemma_.lower() != "faire" or "Inf" not in verb.morph.get("VerbForm"):
        return False
    words = [*verb.children, *faire.children]
    return any(c.lower_ in THIRD_PERSON_REFLEXIVES and c.pos_ == "PRON" and c.i < faire.i for c in words) and any(
        preposition_of(c) == "par" and c.i > verb.i for c in words)


# `préparer` is a modal in `se préparer à partir`; on an object it is work done (`accusant Washington de préparer
# une « invasion »`, `soupçonnés d'avoir préparé des incendies`, `le Trésor préparerait des mesures`)
PREPARING = {"préparer"}
# What one prepares in a figure of speech (`préparer le terrain`) or readies of one's own meeting or journey
FIGURATIVE_PREPARED = {"terrain", "esprit", "esprits", "opinion"} | MEETING_NOUNS | set(VISIT_NOUNS) | {
    "retour", "venue", "arrivée", "départ", "visites", "voyages", "déplacements", "rencontres", "sommets"}


def _prepares_a_thing(verb: Token) -> bool:
    """`préparer une invasion`, `préparerait des mesures`: preparing a thing named by its object (not `se préparer
    à`, nor `préparer le terrain`, a figure of speech). Readying one's own meeting or journey (`avait préparé la
    rencontre`, `préparent leur retour sur la Lune`) is told by that event alone."""
    if lemma_of(verb) not in PREPARING:
        return False
    reflexive = any(c.lower_ in THIRD_PERSON_REFLEXIVES and c.pos_ == "PRON" and c.i < verb.i for c in verb.children)
    return not reflexive and any(
        c.dep_ == "obj" and c.pos_ == "NOUN" and c.lemma_.lower() not in FIGURATIVE_PREPARED for c in verb.children)


def _chooses_someone(verb: Token) -> bool:
    """`a choisi mercredi Marco Rubio`, `a choisi un sénateur`: choosing a person for a post is an act on them (not
    `a choisi de tourner le dos`, whose infinitive is the act, nor `a choisi son camp`)."""
    return lemma_of(verb) == "choisir" and any(c.dep_ == "obj" and (c.pos_ == "PROPN" or is_person_noun(
        c.lower_)) for c in verb.children)


def _gives_up_a_thing(verb: Token) -> bool:
    """`renonce à ses programmes nucléaires`, `a annulé le contrat`: a verb of giving up whose object or `à`
    complement is a noun, and no event noun (`renoncer à sa visite`: status.py tells the visit called off). Calling
    an event off is a deed all the same (`a annulé un exercice conjoint avec le Japon`: a decision against the
    partner, as `a suspendu les négociations`), beside the event it negates."""
    if lemma_of(verb) not in GIVING_UP:
        return False
    given_up = [c for c in verb.children if c.pos_ == "NOUN" and (
        c.dep_ == "obj" or (c.dep_.startswith("obl") and preposition_of(c) in ("à", "au", "aux")))]
    if not given_up and any(c.lower_ == "y" and c.pos_ == "PRON" and c.i < verb.i for c in verb.children):
        return True  # `appelé X à y renoncer`: the clitic stands for the thing given up, named before
    if lemma_of(verb) in RENOUNCING and not given_up and not any(
            c.dep_ in ("obj", "xcomp", "ccomp", "iobj") or c.dep_.startswith("obl") for c in verb.children):
        return True  # `il ne renoncerait pas`: giving up, said of what one does (the context tells what)
    if gives_up_a_practice(verb):
        return True  # `renoncer à ses provocations`, `à ses programmes nucléaires`: a practice given up
    return bool(given_up) and (lemma_of(verb) in CALLING_OFF or not any(
        _event_noun(c) or ACT_NOUN_ENDING.search(c.lower_) for c in given_up))


def gives_up_a_practice(verb: Token) -> bool:
    """`renoncer à ses provocations`, `à ses programmes nucléaires`: giving up what one does again and again (a plural
    `à` noun), a deed; `renoncer à sa visite` only negates the one event."""
    return lemma_of(verb) in RENOUNCING and any(
        c.pos_ == "NOUN" and "Plur" in c.morph.get("Number") and c.dep_.startswith("obl") and (
            preposition_of(c) in ("à", "au", "aux")) for c in verb.children)


# `échouer` pronominal: a ship runs aground (`le cargo s'est échoué`); without `se` it is a modal (`a échoué à
# convaincre`: the infinitive is the act) or what became of an event (`les négociations ont échoué`).
GROUNDING = {"échouer"}


def _runs_aground(verb: Token) -> bool:
    """`le pétrolier s'est échoué sur un récif`: `échouer` with its reflexive clitic and no infinitive is what
    becomes of its subject, no modal (its subject takes part: :data:`UNDERGOING_VERBS`)."""
    return lemma_of(verb) in GROUNDING and any(
        c.lower_ in THIRD_PERSON_REFLEXIVES and c.pos_ == "PRON" and c.i < verb.i and not c.dep_.startswith("nsubj")
        for c in verb.children) and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


# What one repels (`a repoussé une attaque`, `l'assaut`): an armed push, not an event put off to a later date.
REPELLING = {"repousser"}
ARMED_PUSHES = STRIKE_NOUNS | {"offensive", "offensives", "assaut", "assauts", "incursion", "incursions",
                               "contre-offensive", "tentative", "tentatives", "vague", "vagues"}


def _repels_an_attack(verb: Token) -> bool:
    """`l'armée a repoussé une attaque de drones`: repelling an armed push is a deed of its own (status.py puts an
    event off only in the passive or to a time: `la réunion a été repoussée à mars`)."""
    return lemma_of(verb) in REPELLING and not has_passive_auxiliary(verb) and any(
        c.dep_ == "obj" and word_in(c, ARMED_PUSHES) for c in verb.children)


# `ont décollé pour intercepter l'appareil`, `a quitté la salle sans répondre`: an infinitive after these says why,
# when or how the act was done; it is no complement that names the act instead of the verb.
ADVERBIAL_MARKS = {"pour", "afin", "avant", "après", "sans"}


def _adverbial(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in clause.children)


def _dative_clause(verb: Token) -> bool:
    """`a ordonné à l'armée de rester en alerte`: an infinitive the verb governs, which the parse hangs on the verb's
    `à` complement (the one asked or ordered does the act; the verb only asks for it)."""
    return any(g.pos_ == "VERB" and "Inf" in g.morph.get("VerbForm") and g.dep_ in ("acl", "nmod") and g.i > c.i
               for c in verb.children if c.dep_.startswith(("obl", "iobj")) and preposition_of(c) in ("à", "au", "aux")
               for g in c.children)


def deed_of_speech_verb(verb: Token) -> bool:
    """`a lancé un programme spatial`, `le plan publié par Pékin`, `un projet lancé en 2021 par les deux pays`: a
    verb of speech done on an undertaking or a published text is a deed (`lancer un appel`, `publier un
    communiqué`, `« Non », lance-t-il` stay speech)."""
    if persuades_a_party(verb) or answered_by_deed(verb) or _urged_stance(verb) or _ordered_by(verb):
        return True  # `sans convaincre Pékin`: winning a party over is a deed (`en est persuadée` is a belief); so is
        # an answer given by an act (`a répondu par des sanctions`), and a stance one is urged to take (`a appelé
        # l'Inde à défendre la Charte`, `à condamner l'invasion`): asked of the one urged, no words said yet
    objects = DEED_OBJECTS.get(verb.lemma_.lower())
    if objects is None or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False
    thing = _deed_object(verb)  # (`une vingtaine de drones lancés`: the tagger may read the counted noun as an adverb)
    return thing is not None and thing.lemma_.lower() in objects and (
        thing.pos_ == "NOUN" or thing.lemma_.lower() in LAUNCHED_THINGS)


def _ordered_by(verb: Token) -> bool:
    """`La première phase avait été ordonnée par Vladimir Poutine`: a thing ordered, told in the passive with who
    ordered it, is the deed of ordering it (`a ordonné à l'armée de` is the order given, words: speech)."""
    return verb.lemma_.lower() == "ordonner" and any(c.dep_ == "obl:agent" for c in verb.children)


def deed_class(verb: Token) -> str:
    """The class of an open-class deed: a draft made public is a proposal (`le plan de paix publié par X`)."""
    if verb.lemma_.lower() != "publier" or not deed_of_speech_verb(verb):
        return "Event"  # (a project launched is under way, not proposed)
    thing = _deed_object(verb)
    return "Proposal" if thing is not None and thing.lemma_.lower() in PUBLISHED_DRAFTS else "Event"


def _deed_object(verb: Token) -> Token | None:
    """What a deed of speech is done on: the noun its past participle describes (`le plan publié par Pékin`), else
    its object (`a lancé un programme`)."""
    described = verb.dep_ == "acl" and "Past" in verb.morph.get("Tense")
    return described_noun(verb) if described else _object(verb)


def lemma_of(verb: Token) -> str | None:
    """The verb's infinitive (the pipeline gives a present form of the first group its own, lemmas.py); None for a
    lemma that is no infinitive at all."""
    lemma = verb.lemma_.lower()
    return lemma if INFINITIVE.search(lemma) and lemma.isalpha() else None


def _own_act(verb: Token, actor: Token | None, undergoer: Token | None) -> bool:
    """Is the verb an act of its own, not one an event noun names (`le sommet a débuté`, `soumise à des sanctions`,
    `a multiplié les manœuvres`), an office held (`occupe le poste de`) or a stance (`partagent des valeurs`)?"""
    if _event_noun(actor) or (undergoer is not None and undergoer.lemma_.lower() in ATTITUDE_NOUNS):
        return False
    if undergoer is not None and undergoer.lemma_.lower() in OFFICE_NOUNS and lemma_of(verb) not in KEEPING_VERBS:
        return False
    if _event_noun(undergoer) and lemma_of(verb) in DEGREE_VERBS | PHASE_VERBS | RULING_OUT:
        return False  # (ruling out: `_rules_out_an_act` reads the verb's own object; the undergoer here may be one
        # it stands for, `la rencontre, que le Kremlin avait écartée`: the meeting is the event, left open)
    if lemma_of(verb) in SUBMITTING_VERBS and any(preposition_of(c) in ("à", "au", "aux") for c in verb.children):
        return False  # `une motion qui doit être soumise au vote`: the vote is the act, the text only goes to it
    if answered_by_deed(verb) or gives_up_a_practice(verb):
        return True  # `a répondu par des sanctions`: the answer is an act, the sanctions another; so is giving up a
        # practice (`renonce à ses programmes nucléaires`)
    return not any(_event_noun(c) and preposition_of(c) in ("à", "au", "aux", "par") for c in verb.children
                   if c.dep_.startswith("obl"))


def _actor_and_undergoer(verb: Token, clause: Clause) -> tuple[Token | None, Token | None]:
    """Who does it and what it is done to, in the active voice's terms: a passive's subject undergoes it and its
    `par` complement acts; a participle describing a noun (`un projet lancé par`) acts on that noun."""
    if not clause.passive and _bare_passive(verb):
        return _agent(verb), None  # the parse lost the noun it describes: only the agent is sure
    if not clause.passive:
        return clause.subject, _object(verb)
    describing = _describing(verb)
    return _agent(verb), described_noun(describing) if describing.dep_ == "acl" else clause.subject


def _describing(verb: Token) -> Token:
    """The participle that describes a noun for a participle joined to it (`des drones interceptés puis abattus
    par X`: `interceptés`), else the verb itself."""
    first = verb.head
    joined = verb.dep_ == "conj" and first.dep_ == "acl" and first.i < verb.i and "Past" in first.morph.get(
        "Tense") and "Past" in verb.morph.get("Tense")
    return first if joined and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children) else verb


# Verbs done to places and made things only, never to a quality or a state (`occupée`, `bombardée`, `encerclée`;
# but `la sécurité de la centrale, assurée par X` is the security's).
SEIZING_VERBS = {"occuper", "contrôler", "capturer", "saisir", "encercler", "assiéger", "bombarder", "frapper",
                 "toucher", "cibler", "endommager", "détruire", "construire", "bâtir", "survoler", "attaquer",
                 "reprendre", "annexer", "conquérir", "évacuer", "inspecter", "visiter", "fermer", "miner"}


def described_noun(participle: Token) -> Token:
    """The noun a participle describes: the one the parse hangs it on, or, when that noun names no thing (`la
    sécurité de la centrale de X, occupée par Y`: a quality, a state, a fate), the made thing of its `de` complement
    that the participle agrees with in gender and number, when the participle disagrees with the noun or tells an
    act done to places and things only (:data:`SEIZING_VERBS`); a text too (`la mise en œuvre du traité X signé en
    juin par`)."""
    head = participle.head
    if head.pos_ != "NOUN" or names_a_thing(head) or head.lemma_.lower() in TEXT_NOUNS | PEOPLE_NOUNS:
        return head

    def agrees(noun: Token) -> bool:
        return all(noun.morph.get(f) == participle.morph.get(f) for f in ("Gender", "Number"))

    if agrees(head) and lemma_of(participle) not in SEIZING_VERBS:
        return head
    if head.dep_ == "nmod" and head.head.i < head.i:
        # `au plan en douze points publié par Pékin`: the noun the disagreeing complement describes (the parse may
        # hang both on the noun before them)
        before = sorted([head.head, *(c for c in head.head.children if c.dep_ == "nmod" and c.i < head.i)],
                        key=lambda t: -t.i)
        owner = next((t for t in before if t.pos_ == "NOUN" and agrees(t) and (
            names_a_thing(t) or t.lemma_.lower() in TEXT_NOUNS | PUBLISHED_TEXTS)), None)
        if owner is not None:
            return owner
    agreeing = [c for c in head.children if c.dep_ == "nmod" and c.i < participle.i and preposition_of(c) in PARTITIVE
                and (things_told(c) or c.lemma_.lower() in TEXT_NOUNS) and agrees(c)]
    return agreeing[0] if agreeing else head


def _bare_passive(verb: Token) -> bool:
    """`la centrale, occupée par la Russie`, hung by the parse on the main verb: a past participle with no
    auxiliary and a `par` agent is a passive, whatever the caller's reading of the clause."""
    return ("Past" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm") and _agent(verb) is not None
            and not any(c.dep_.startswith("aux") for c in verb.children))


def _object(verb: Token) -> Token | None:
    """The direct object; else what the parse mislabels (`partagent des valeurs`, where it takes the partitive
    article for a preposition; `a multiplié les manœuvres` hung as a bare dependent; `s'emparer des îles`)."""
    found = next((c for c in verb.children if c.dep_ == "obj"), None)
    antecedent = relative_antecedent(verb)
    if antecedent is not None:
        return antecedent  # `son ministre, qu'il avait décoré`: the relative stands for the noun it hangs on
    if found is None or found.lemma_.lower() in TIME_WORDS:
        found = shared_object(verb) or found  # `ont percuté lundi puis abordé deux embarcations`
    if found is None and verb.pos_ == "VERB":  # `a saisi samedi près du détroit un porte-conteneurs`
        found = next(iter(object_behind_a_complement(verb)), None)
    return found or next((c for c in verb.children if c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and (
        c.dep_ == "dep" or (c.dep_.startswith("obl") and preposition_of(c) in PARTITIVE))), None)


def shared_object(verb: Token) -> Token | None:
    """`ont percuté lundi puis abordé deux embarcations`, `a attaqué puis occupé la ville`: two verbs joined with one
    subject and one object after the second; the object is the first verb's too (None when the first verb has an
    object or a clause of its own, when the second has its own subject, or when words other than `et`, `puis`, an
    adverb or a time word stand between them: `a frappé le port, puis détruit ...`)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("obj", "ccomp", "xcomp") and c.lemma_.lower() not in TIME_WORDS
                                  for c in verb.children):
        return None
    second = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if second is None or any(c.dep_ in ("nsubj", "nsubj:pass", "expl:comp", "expl:pass") for c in second.children):
        return None
    between = verb.doc[verb.i + 1:second.i]
    if not all(t.lower_ in ("et", "puis", "ou", ",") or t.pos_ in ("ADV", "AUX") or (
            t.lemma_.lower() in TIME_WORDS) for t in between):
        return None
    return next((c for c in second.children if c.dep_ == "obj" and c.i > second.i), None)


def relative_antecedent(verb: Token) -> Token | None:
    """The noun a relative `que` object stands for: the one its clause hangs on (`son ministre, qu'il avait décoré`),
    or, where the parse takes `que` for a conjunction (`Ivan Petrov, que la police avait arrêté`), the noun before
    the comma, when the verb has no object of its own (a transitive verb whose object went before it)."""
    relative = next((c for c in verb.children if c.dep_ in ("obj", "mark") and c.lower_ in OBJECT_RELATIVES), None)
    if relative is None or (relative.dep_ == "obj" and verb.dep_ != "acl:relcl"):
        return None
    if relative.dep_ == "obj":
        return verb.head
    if verb.dep_ != "ccomp" or relative.i < 2 or verb.doc[relative.i - 1].text != "," or any(
            c.dep_ == "obj" for c in verb.children):
        return None
    noun = verb.doc[relative.i - 2]
    while noun.dep_ in ("flat:name", "flat") and noun.head.i < noun.i:
        noun = noun.head  # `Ivan Petrov, que`: the name's first word heads it
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _agent(verb: Token) -> Token | None:
    """The passive's `par` complement (`occupée par les forces russes`); for participles joined by `et`
    (`détectés et détruits par la marine`), the one written after the last is the agent of each."""
    own = _own_agent(verb)
    joined = (c for c in verb.children if c.dep_ == "conj" and "Part" in c.morph.get("VerbForm"))
    return own or next((a for a in map(_own_agent, joined) if a is not None), None)


def agentless_passive(verb: Token) -> bool:
    """`doit être stationnée en Lituanie`, `seront détruits`: a passive clause (its own `être`) whose doer is not
    written, neither after `par` on it nor on a participle joined to it (`détectés et détruits par X`). A participle
    that only describes a noun (`une carabine fabriquée en Corée`, `le projectile, lancé depuis X`) is no such
    clause: it tells what the thing is, or restates an act told before."""
    return verb.pos_ == "VERB" and has_passive_auxiliary(verb) and _agent(verb) is None


def _own_agent(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_.startswith("obl") and preposition_of(c) == "par"), None)



def _event_noun(token: Token | None) -> bool:
    return token is not None and token.pos_ == "NOUN" and (token.lower_ in NOUN_FRAMES or token.lemma_ in NOUN_FRAMES)


def _own_mention(token: Token | None, mention_of: MentionOf) -> Mention | None:
    """The mention a subject or object stands in: one that holds its head word, or a name set beside it (`le
    président chinois Xi Jinping`); not a name inside a complement (`un cadre du groupe Astellas`)."""
    if token is None:
        return None

    def beside(word: Token) -> list[Token]:
        return [c for c in word.children if c.dep_ in NAME_DEPS and not any(g.dep_ == "case" for g in c.children)]

    # (`Le guide suprême, l'ayatollah Ali Khamenei,`: the name is set beside a title set beside the noun)
    for word in [token, *beside(token), *(g for c in beside(token) if c.pos_ == "PROPN" for g in beside(c))]:
        mention = mention_of(word)
        if mention is not None and mention.start <= word.idx < mention.end:
            return mention
    return _name_after_title(token, mention_of)


def _name_after_title(title: Token, mention_of: MentionOf) -> Mention | None:
    """`le ministre de l'Intérieur Gérald Darmanin`: the parse hangs the name on the title's `de` complement; the
    person named is the one the title stands for."""
    for complement in (c for c in title.children if c.dep_ == "nmod" and c.i > title.i):
        for name in (c for c in complement.children if name_on_title_complement(c)):
            mention = mention_of(name)
            if mention is not None and mention.type == "person" and mention.start <= name.idx < mention.end:
                return mention
    return None


def _body(token: Token | None) -> bool:
    """`les troupes soviétiques`, `les autorités`: a body named by a common noun acts; so do `les deux pays`, `les
    deux hommes` (the caller finds the state from a demonym, the pair from the article, or drops the event when it
    finds no one)."""
    if token is None or token.pos_ != "NOUN":
        return False
    pair = any(c.dep_ == "nummod" and c.lower_ == "deux" for c in token.children)
    # `touché par un missile ukrainien`: a weapon said to be a state's stands for the state that fired it
    # (`des drones et des missiles russes`: the demonym of the weapons joined to it)
    national_weapon = token.lower_ in WEAPON_WORDS and any(
        c.dep_ == "amod" for w in joined_weapons(token) for c in w.children)
    return pair or national_weapon or token.lemma_.lower() in AGENT_NOUNS or token.lower_ in AGENT_NOUNS


def joined_weapons(weapon: Token) -> list[Token]:
    """`des drones et des missiles russes`: the weapon and the weapons joined to it, whose demonym (on the last one)
    says whose they all are."""
    return [weapon, *(c for c in weapon.children if c.dep_ == "conj" and c.lower_ in WEAPON_WORDS)]


def _same_party(actor: Mention | None, undergoer: Mention | None) -> bool:
    return actor is not None and undergoer is not None and actor.entity == undergoer.entity and (
        actor.start != undergoer.start)


def natural_force(token: Token) -> bool:
    """`un séisme a secoué le Japon`, `le pays a été ravagé par des inondations`: a force of nature acts on the
    parties it strikes (no one is its doer, so the event has only those who undergo it)."""
    return token.pos_ == "NOUN" and (token.lemma_.lower() in NATURAL_FORCES or token.lower_ in NATURAL_FORCES)


def _party_complements(verb: Token, undergoer: Token | None, mention_of: MentionOf) -> dict[str, str]:
    """The prepositions whose complement names a party: `avec Tokyo`, `à son homologue`, `contre l'Ukraine`, also
    on the object (`entretient des relations avec Washington`, `suspendu les négociations avec le Japon`)."""
    found: dict[str, str] = {}
    on_object = [c for c in undergoer.children if c.dep_ == "nmod"] if undergoer is not None else []
    for complement in [*(c for c in verb.children if c.dep_ in COMPLEMENT_DEPS), *on_object]:
        preposition = PREPOSITIONS.get(preposition_of(complement) or ("à" if complement.dep_ == "iobj" else ""))
        beside = _beside(complement)
        if beside is not None:  # `aux côtés de l'armée russe`: with it (read behind its last word, `de`)
            complement, preposition = beside, "de"
        mention = _own_mention(complement, mention_of) if preposition else None
        if mention is not None and mention.type in PARTY_TYPES and (
                preposition != "à" or mention.type == "person" or _dative_state(complement, mention)):
            found[preposition] = ROLE_OF_COMPLEMENT[preposition]
    return found


def _dative_state(complement: Token, mention: Mention) -> bool:
    """`a coupé le gaz à la Moldavie`, `à l'Ukraine`: a state after `à` and an article is whom the act is for or
    against (a state one is in is `en Moldavie`); `au Japon`, `aux États-Unis` may be where, and stay places."""
    return mention.type == "country" and preposition_of(complement) == "à" and any(
        c.dep_ == "det" and c.lower_ in ("la", "l'", "l’") for c in complement.children)


def _beside(complement: Token) -> Token | None:
    """`aux côtés de X`, `au côté de X`: the compound preposition says `avec` X."""
    if complement.lemma_.lower() != "côté" or preposition_of(complement) not in ("à", "au", "aux"):
        return None
    return next((c for c in complement.children if c.dep_ == "nmod" and preposition_of(c) in PARTITIVE), None)


def _slots(verb: Token, clause: Clause, actor: Mention | None, undergoer: Mention | None,
           complements: dict[str, str], body: bool, craft: bool = False) -> dict[str, str]:
    """Slots in the active voice's terms (the caller swaps them for a passive)."""
    joint = _joint(verb, clause)
    slots = dict(complements)
    actor_type = actor.type if actor is not None else "organization" if body else None
    if actor_type in ROLE_OF_ACTOR:
        role = "agent" if craft else ROLE_OF_ACTOR[actor_type]
        # (the caller gives `par` the subject's role in a passive; a passive it does not see has `par` only)
        undergoes = joint or lemma_of(verb) in UNDERGOING_VERBS
        slots["par" if _bare_passive(verb) and not clause.passive else "subj"] = (
            "recipient" if role == "agent" and _dies(verb) else "participant" if undergoes and role == "agent"
            else role)
    undergoer_type = undergoer.type if undergoer is not None else "object" if _named_thing(verb, clause) and not (
        _aimed_at_party(verb, clause.mention_of)) else None
    if undergoer_type in ROLE_OF_UNDERGOER:
        role = ROLE_OF_UNDERGOER[undergoer_type]
        if role == "theme" and lemma_of(verb) in BLOW_VERBS and actor_type is not None:
            role = "recipient"  # `a abattu un drone`, `un pétrolier arraisonné par X`: what a blow strikes undergoes it
        if clause.passive and actor_type is None and role == "theme":
            role = "participant"  # `pourrait être installée`: a thing that undergoes an act no one is said to do
        slots["obj"] = "participant" if joint and role == "recipient" else role
    elif undergoer_type == "place" and lemma_of(verb) in BLOW_VERBS:
        slots["obj"] = "recipient"  # `Odessa a été visée par la Russie`: the place a blow strikes undergoes it
    return slots


def _dies(verb: Token) -> bool:
    """`est mort`, `a péri`, `a perdu la vie`: the one who dies undergoes the death (its recipient, as the dead of
    a killing are), not one who merely takes part."""
    lemma = lemma_of(verb)
    return lemma in DYING_VERBS or (lemma == "perdre" and any(
        c.dep_ == "obj" and c.lemma_.lower() == "vie" for c in verb.children))


def _named_thing(verb: Token, clause: Clause) -> bool:
    """An object (or the subject of a passive) no entity names that is all the same one thing the act is done to,
    so that the caller makes it a local entity: the noun a participle describes (`la centrale, occupée par X`, `un
    projet lancé par X`), a text (`prolonger l'accord`, `suspendre le traité`), made things (`bâtir une centrale`,
    `ont frappé des dépôts de carburant`, `12 des 15 drones ont été abattus`: ``unnamed_entities.things_told``) and
    what `en` stands for (`en a financé la rénovation`). Other common nouns (`sa surveillance`, `ses efforts`) are
    left."""
    # (`transportant des armes`: its object)
    describing = _describing(verb)
    described = describing.dep_ == "acl" and "Past" in verb.morph.get("Tense") and not heads_own_clause(verb)
    # `des débris ont été retrouvés`: the subject of a passive is what the act is done to
    # (`Deux des navires ont été touchés`: a figure the caller does not take for a subject is the passive's own)
    passive_subject = clause.subject or next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
    noun = described_noun(describing) if described else (
        passive_subject if clause.passive and not _bare_passive(verb) else _object(verb))
    # `19 des 26 drones`, `Trois des quatre missiles`: the things counted out of a set
    counted_things = None if noun is None else amount_of(noun)  # (`une vingtaine de drones`)
    counted_things = counted_things if counted_things is not None and names_a_thing(counted_things) else None
    part = None if noun is None else counted_part(noun) or counted_things or (
        noun if part_figure(noun) is not None else None)
    noun = part or noun
    if noun is not None and not described and part_of_what_en_names(verb, noun):
        return True  # `Pékin en a financé la rénovation`: the thing `en` stands for (the caller finds it)
    # `bâtir une centrale`, `ont frappé des dépôts`: a made thing is one whatever the verb, also many of them
    thing = noun is not None and (things_told(noun) or (part is not None and names_a_thing(noun)))
    if noun is None or (noun.pos_ != "NOUN" and not thing) or ("Plur" in noun.morph.get("Number") and not thing):
        return False
    counted = any(c.dep_ == "nummod" for c in noun.children)  # (`ont saisi huit fusils`: a figure sets them out)
    if not (part is not None or counted or _determined(noun, described)) or noun.lemma_.lower() in (
            PEOPLE_NOUNS | SANCTION_WORDS | STAGE_NOUNS):
        return False  # people are no things; `un embargo décrété par X` is a measure, `la première phase` a time
    return described or thing or noun.lemma_.lower() in TEXT_NOUNS


EN_DEPS = ("iobj", "obj", "obl", "obl:arg", "expl", "expl:pv", "advmod", "mark")  # how the parse hangs clitic `en`


def part_of_what_en_names(verb: Token, noun: Token) -> bool:
    """`Moscou en financera l'essentiel`, `en a voté la relance`, `en a livré une partie`: a verb with the clitic
    `en` before it, whose object is a determined noun with no `de` complement of its own and no made thing: the
    object is a part of, or an act on, what `en` stands for (`l'essentiel de X`, `la relance de X`)."""
    gerund = "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm")  # (`en livrant`: a gerund)
    clitic = not gerund and any(c.lower_ == "en" and c.dep_ in EN_DEPS and c.i < verb.i
                                and not list(c.children) for c in verb.children)
    if not clitic or noun.head.i != verb.i or noun.dep_ != "obj" or names_a_thing(noun) or (
            noun.lemma_.lower() in PEOPLE_NOUNS):
        return False
    return any(c.dep_ == "det" for c in noun.children) and not any(
        c.dep_ == "nmod" and preposition_of(c) in OF for c in noun.children)


# `au plan publié par Pékin`, `du projet lancé par X`: `à`, `de` fused with `le` are the definite article all the same
CONTRACTED_ARTICLES = {"au", "du"}


def _determined(noun: Token, described: bool) -> bool:
    """Does a determiner single out the noun (`le plan`, `un projet`)? For a noun a participle describes, the article
    fused with its preposition does too (`au plan publié par Pékin`); (an object's `du` may be a partitive)."""
    return any(c.dep_ == "det" or (described and c.dep_ == "case" and c.lower_ in CONTRACTED_ARTICLES)
               for c in noun.children)


def _aimed_at_party(verb: Token, mention_of: MentionOf) -> bool:
    """`a déposé une motion de censure contre le Premier ministre`, `une plainte contre X`: a text aimed at a party is
    the means of an act against that party (its recipient), not a thing the act is done to."""
    obj = _object(verb)
    return obj is not None and any(
        preposition_of(c) == "contre" and (m := _own_mention(c, mention_of)) is not None and m.type in PARTY_TYPES
        for c in obj.children if c.dep_ == "nmod")


def heads_own_clause(participle: Token) -> bool:
    """`si de nouvelles troupes étaient déployées`, hung by the parse on a noun before it: a participle with an
    auxiliary or a subject of its own heads a clause; it does not describe that noun."""
    return any(c.dep_.startswith(("aux", "nsubj")) for c in participle.children)


def _joint(verb: Token, clause: Clause) -> bool:
    """A joint act: a verb of joint action (`ont combattu`, `se sont associés`), or a plural subject acting on
    what they share (`régler leur différend`). (A reflexive alone is no sign: `se sont emparées` is one side's.)"""
    if lemma_of(verb) in JOINT_VERBS:
        return True
    subject = clause.subject
    plural = subject is not None and ("Plur" in subject.morph.get("Number") or any(
        c.dep_ == "conj" for c in subject.children))
    obj = _object(verb)
    return plural and obj is not None and any(c.lower_ in PLURAL_POSSESSIVES and c.dep_ == "det" for c in obj.children)
