"""Entity linking: names to knowledge-base QIDs, capitals standing for their country, unknown names local.

Never a wrong link: a surname shared by several people of the knowledge base links only when the article
has already named one of them in full (or names exactly one of them somewhere); otherwise, like every name
the knowledge base does not hold, it becomes a local entity with an ``unlinked_reason``. So does a known name
inside a longer name of something else (`mer du Japon`, `Banque de Russie`, `Conseil de sécurité de Russie`,
`son Conseil de sécurité`), and a contextual name (kb-aliases.json) whose context the article does not give
(the bare `Conseil de sécurité` outside an article about the UN; `le Nord` before North Korea is named).
A capital stands for its state or is the city by the syntax alone (``stands_for_government``): a place fronted
before its clause (`À Washington, Joe Biden a assuré`) is the city. A place's name inside an administrative
region's (`la province de Hokkaido`), a thing's (`le gazoduc Force de Sibérie 2`) or another proper name is none
of its own (:mod:`newsld.extract.place_phrases`). A minister's or a ministry's portfolio (`de l'Économie et des
Finances`, over every complement `et` or a comma joins) is part of its title, no name; a company's or an outlet's
description right before or after a name (`le géant gazier russe X`, `X, le constructeur brésilien,`) makes the name an
organisation and is no part of it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsld.extract.described_groups import COMPANY_DESCRIPTION, COMPANY_NOUNS, is_nationality
from newsld.extract.event_lexicon import WEAPON_WORDS
from newsld.extract.knowledge_base import KBEntity, KnowledgeBase
from newsld.extract.model import OF_WORDS, Entities, Entity, Mention, fold
from newsld.extract.names import NameMatch, demonym_country, find_names, name_keys, surname_of, table_demonym
from newsld.extract.nlp import doc_text, sentence_of
from newsld.extract.open_verbs import GOODS_NOUNS
from newsld.extract.organisations import organisation_mentions
from newsld.extract.person_nouns import description_before, is_person_noun
from newsld.extract.place_phrases import (
    ThingName,
    name_head_before,
    name_tail_end,
    region_phrase_start,
    thing_names,
)
from newsld.extract.state_names import NATIONALITY_WORD, names_a_state, state_key
from newsld.extract.unknown_states import state_entity, state_mentions

# spaCy labels to entity types, for names the knowledge base does not hold.
TYPE_OF_LABEL = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "other"}
# Days and months (folded): they open sentences with a capital, but are times, never entities.
DATE_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars",
              "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"}
# Editorial marks and words spaCy takes for names.
NOT_NAMES = {"ndlr", "ndt", "nda", "ndla", "etat", "état", *DATE_WORDS}
PLACE_PREPOSITIONS = {"au", "aux", "en", "à"}
# Common nouns of institutions written with a capital (`le Conseil`, `l'Assemblée`): alone, no name of their own.
INSTITUTION_NOUNS = {"conseil", "assemblee", "chambre", "parlement", "gouvernement", "senat", "cour", "ministere",
                     "presidence", "etat", "armee", "marine", "agence", "commission", "union", "parti", "nord",
                     "sud", "est", "ouest", "occident", "premier", "premiere", "president", "ministre", "defense",
                     "etats", "seconde", "guerre", "vice-president", "secretaire", "haut", "ambassade"}
OFFICE_NOUNS = {"ministère", "ministre", "département", "secrétaire", "secrétariat", "flotte", "armée", "commandement",
                "bureau", "service", "direction", "office", "commissaire", "commission", "comité", "district"}
# Nouns whose capitalised `de` complements are a portfolio, never a name (`le ministère de l'Économie et des Finances`)
PORTFOLIO_HEADS = frozenset({"ministère", "ministre", "vice-ministre"})
MAX_COORDINATED_COMPLEMENTS = 3  # `de l'Industrie, du Commerce et de l'Énergie`: rarely more
LOCATION_PREPOSITIONS = {"à", "au", "aux", "en", "dans", "vers", "sur", "sous", "près", "depuis", "de", "d'", "d’"}
SEAT_PREPOSITIONS = {"à", "au", "dans", "depuis", "devant", "sous", "sur", "près", "vers"}
LEADING_WORDS = {"le", "la", "les", "l'", "l", "un", "une", "des", "du"}
# A capital after these prepositions stands for its government (`un accord avec Pyongyang`) ...
ACTOR_PREPOSITIONS = {"entre", "avec", "par", "contre", "selon", "pour", "envers", "face", "auprès", "vis-à-vis"}
# ... after `de` when the verb is one of drawing near or away, depending or demanding (`s'est rapproché de
# Pyongyang`, `exige de Moscou`), not of coming from (`arrivé de Moscou`) ...
DE_ACTOR_VERBS = {"rapprocher", "éloigner", "distancer", "démarquer", "désolidariser", "méfier", "dépendre",
                  "exiger", "réclamer", "obtenir", "recevoir", "attendre", "plaindre", "inquiéter", "moquer"}
# Nouns of what someone says or signals: a state's when a capital follows `de` (`l'appel de Washington`), and
# what makes `venir de` a coming from a speaker (`aucune réaction n'est venue de Pékin`).
SPEECH_ACT_NOUNS = {"appel", "appels", "réaction", "réactions", "avertissement", "avertissements", "critique",
                    "critiques", "démenti", "annonce", "déclaration", "déclarations", "invitation", "message",
                    "messages", "ultimatum", "signal", "signaux", "reproche", "reproches", "réponse", "réponses",
                    "commentaire", "commentaires", "protestation", "protestations", "plainte", "félicitations",
                    "condoléances", "remerciements"}
# Nouns of a state's act whose `de` complement is who acts (see DE_ACTOR_NOUNS).
ACT_NOUNS = {"vote", "votes", "choix", "rejet", "abstention", "approbation", "signature", "adhésion",
             "candidature", "participation", "ratification", "riposte", "représailles", "retrait", "engagement",
             "engagements", "initiative", "initiatives", "offensive", "contre-offensive", "intervention",
             "implication", "opposition", "objection", "objections", "revirement", "décisions", "mesures",
             "contre-mesures", "embargo", "restrictions", "investissements", "médiation"}
# Verbs that take a party after `vers` when reflexive (`s'est tourné vers Moscou`: towards its government, not
# its streets), and after `derrière` the verbs of rallying (`ont fait bloc derrière Kiev`, `se ranger derrière
# Washington`).
VERS_PARTY_VERBS = {"tourner", "retourner"}
BEHIND_PARTY_VERBS = {"ranger", "aligner", "rallier", "unir", "souder", "mobiliser", "rassembler", "placer"}
# Verbs of coming from: `de X` is the speaker when their subject is a speech act (`la réponse est venue de Séoul`).
COMING_VERBS = {"venir", "émaner", "provenir", "parvenir", "arriver"}
# ... and after `de` when the noun is something a state has or does (`le gouvernement de Séoul`, `la position de
# Pékin`), not a part of the city (`les rues de Kiev`, `le maire de Moscou`).
DE_ACTOR_NOUNS = {"gouvernement", "régime", "position", "positions", "soutien", "appui", "aide", "réponse",
                  "décision", "accusation", "accusations", "menace", "menaces", "allié", "alliés", "alliée",
                  "partenaire", "partenaires", "diplomatie", "diplomates", "autorités", "dirigeants",
                  "ambassadeur", "ambassadrice", "émissaire", "envoyé", "envoyés", "délégation", "refus",
                  "proposition", "propositions", "demande", "exigences", "intention", "intentions", "stratégie",
                  "politique", "condamnation", "veto", "efforts", "volonté", "colère", "irritation",
                  "inquiétudes", "protestation", "protestations", "sanctions", "promesse", "promesses", "offre",
                  "pression", "pressions", "ingérence", "représentant", "représentants", "porte-parole",
                  # a state's armed forces (`les troupes de Moscou`), not the city's garrison
                  "troupes", "forces", "soldats", "militaires", "armée", "armées",
                  # the money a state gives (`les milliards de Washington`, `les fonds de Pékin`)
                  "milliards", "millions", "fonds", "financement", "financements", "subventions", "crédits",
                  "prêts", "dons", "largesses", "argent", "dollars",
                  # what a state's forces do (`les manœuvres de Washington et Séoul`)
                  "manœuvres", "exercices", "essais", "tirs",
                  # what a state says or signals (`un appel de Washington`, `la réaction de Pékin`)
                  *SPEECH_ACT_NOUNS,
                  # what a state decides or does as one (`le vote de Moscou`, `l'offensive de Moscou`, `le retrait
                  # de Washington`); not nouns whose `de` is what is acted on (`l'invasion de Kiev`, `la prise de
                  # Kiev`, `les accords de Minsk`), which stay the city
                  *ACT_NOUNS}
# Nouns of a party's attitude, leaning, aims, consent or standing: only a party has them, so their `de` complement
# is the state (`la complicité de Paris`, `les ambitions de Pékin`, `le feu vert de Washington`, `le rôle de
# Tokyo`). Not nouns a city has too (`le budget`, `la sécurité`, `la population`, `les conditions`) nor those whose
# `de` may be what is acted on (`la défense de Kiev`, `le blocus de Moscou`, `l'agression de Kiev`).
STANCE_NOUNS = {
    # attitudes and conduct
    "attitude", "comportement", "conduite", "posture", "ton", "rhétorique", "discours", "doctrine",
    "complicité", "collusion", "connivence", "compromission", "ingérence", "complaisance", "hostilité", "fermeté",
    "intransigeance", "hypocrisie", "ambiguïté", "duplicité",
    "silence", "indifférence", "prudence", "réticence", "réticences", "hésitation", "hésitations", "méfiance",
    "défiance", "obstination", "agressivité", "arrogance", "bellicisme", "neutralité", "passivité", "inaction",
    "indulgence", "bienveillance", "mansuétude", "double jeu", "chantage", "provocation", "provocations",
    "coercition", "ingérences", "revirements", "virage", "volte-face", "isolement", "rapprochement",
    # aims and claims
    "ambition", "ambitions", "visées", "revendication", "revendications", "prétentions", "objectif", "objectifs",
    "intérêts", "priorités", "calcul", "calculs", "motivations", "exigence", "attentes", "obsession",
    # leanings and policies of a power
    "expansionnisme", "impérialisme", "militarisme", "révisionnisme", "unilatéralisme", "protectionnisme",
    "influence", "emprise", "mainmise", "hégémonie", "puissance", "poids", "rôle", "responsabilité",
    "responsabilités", "arsenal", "allégeance", "alignement",
    # consent given or withheld
    "ligne rouge", "lignes rouges",
    "aval", "feu vert", "bénédiction", "consentement", "assentiment", "autorisation", "permission", "concessions",
    "concession", "tentative", "tentatives", "soutiens",
    # what one is to a power: its outpost, vassal or tool, its rival or foe (`un avant-poste de Moscou`, `le vassal
    # de Pékin`, `les adversaires de Washington`)
    "avant-poste", "avant-postes", "vassal", "vassaux", "satellite", "satellites", "protégé", "protégés", "pion",
    "pions", "marionnette", "marionnettes", "obligé", "obligés", "relais", "supplétif", "supplétifs", "rival",
    "rivaux", "adversaire", "adversaires", "ennemi", "ennemis",
    # the nouns of prepositional phrases that take a party's side or act on one (`à l'égard de Pékin`, `à
    # l'encontre de Moscou`, `aux côtés de Kiev`, `au profit de Moscou`, `à l'insu de Washington`)
    "égard", "encontre", "côtés", "profit", "détriment", "insu", "instigation", "injonction", "faveur",
}
# ... and after `à` when the verb is one of giving, saying or proposing (`a proposé à Pyongyang`).
DATIVE_VERBS = {"proposer", "offrir", "envoyer", "assurer", "dire", "demander", "livrer", "fournir", "vendre",
                "promettre", "annoncer", "répondre", "écrire", "adresser", "reprocher", "accorder", "donner",
                "remettre", "imposer", "garantir", "confirmer", "expliquer", "indiquer",
                "transmettre", "communiquer", "signifier", "notifier",  # a message passed on to a state
                "débloquer", "allouer", "verser", "octroyer", "transférer",  # funds granted to a state
                "confier", "attribuer", "céder", "concéder", "déléguer"}  # a task or a right entrusted to a state
# Verbs and nouns of weighing on, pressing or relying on someone: their `sur` complement is a party (`peser sur
# Moscou`, `compter sur Pékin`, `faire pression sur Pyongyang`, `son influence sur Minsk`), not where something
# falls or is said about (`des frappes sur Kiev`, `un rapport sur Pékin`).
SUR_PARTY_VERBS = {"peser", "influer", "compter", "miser", "parier", "tabler", "appuyer"}
SUR_PARTY_NOUNS = {"pression", "pressions", "influence", "emprise", "ascendant", "levier", "leviers", "prise",
                   "compte"}  # `compte`: the parser's reading of `compte sur` after a capital (`Tokyo compte sur`)
# Verbs whose first `à` complement is a party: what is forgiven, inflicted, lent or paid back to it (`pardonner à
# Pékin son silence`), answering, harming or obeying it (`riposte à Washington`); a second `à` is where (`a nui à
# son image à Moscou`).
PARTY_DATIVE_VERBS = {"pardonner", "infliger", "prêter", "rembourser", "riposter", "répliquer", "nuire", "obéir",
                      # yielding to a power or standing up to it (`se sont soumis à Washington`, `se plier à
                      # Pékin`, `résister à Moscou`, `s'est rallié à Paris`)
                      "soumettre", "plier", "inféoder", "résister", "rallier",
                      # pleasing or displeasing it (`la vente déplairait à Moscou`)
                      "plaire", "déplaire"}
# Verbs of letting, forbidding and bidding: `à X` is who is let or bidden when an infinitive with `de` follows
# (`permet à Moscou de contourner`, `interdit à Pékin de`), a place without it (`rassemblements interdits à Moscou`).
BIDDING_VERBS = {"permettre", "interdire", "ordonner", "conseiller", "recommander", "suggérer", "enjoindre",
                 "intimer", "refuser", "défendre"}
# Adjectives of a leaning toward or away from a party, by the preposition of their complement: a capital after
# them is the state (`des médias favorables à Moscou`, `hostile à Pékin`, `dépendant de Pékin`); not `proche de`,
# which is also near a place (`une ville proche de Moscou`).
LEANING_ADJECTIVES = {
    "à": {"hostile", "favorable", "fidèle", "loyal", "opposé", "soumis", "inféodé", "redevable", "rallié"},
    "de": {"dépendant", "solidaire", "méfiant", "critique", "vassal"},
}  # not `acquis à` (`des terrains acquis à Moscou`), `indépendant de` (`un journaliste indépendant de Moscou`)
# Nouns of who rules: `à X` after them is the seat of power standing for the state (`le pouvoir à Moscou`, `les
# dirigeants à Pékin`, `la majorité au pouvoir à Séoul`), as after a noun of their change (`un changement de régime
# à Minsk`, `la passation de pouvoir à Séoul`).
POWER_NOUNS = {"pouvoir", "régime", "gouvernement", "gouvernements", "dirigeants", "gouvernants", "décideurs",
               "junte", "exécutif"}  # not `autorités`, `administration`: a city has them too
CHANGE_OF_POWER_NOUNS = {"changement", "changements", "transition", "alternance", "prise", "passation", "chute",
                         "renversement"}
# Verbs of a reporting incise (`, a annoncé son gouverneur à Séoul`): `à X` after their inverted subject is where.
REPORTING_VERBS = {"annoncer", "indiquer", "dire", "déclarer", "affirmer", "assurer", "confirmer", "expliquer",
                   "préciser", "ajouter", "répondre", "écrire", "souligner", "estimer"}
# Nouns of giving and selling: `à X` after them is who receives, as after their verbs (`les livraisons de
# camions à Pyongyang`, `la vente d'armes à Moscou`), by the noun's lemma.
DATIVE_NOUNS = {"livraison", "vente", "fourniture", "exportation", "transfert", "don", "envoi", "cession",
                "offre", "proposition", "promesse", "message", "lettre", "ultimatum",
                # help given (`des milliards d'aide à Kiev`): the state receives it, not the city
                "aide", "assistance", "soutien", "appui", "prêt", "crédit", "subvention",
                # what is said or signalled to a party (`un avertissement à Tokyo`, `lancé un appel à Pékin`)
                "appel", "avertissement", "requête", "reproche", "signal"}
ACTOR_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl:agent"}
# Nouns of who works or speaks from inside an institution (`une source au Kremlin`, `un conseiller à la Maison
# Blanche`); not visitors (`des journalistes au Kremlin` are in the building).
INSIDER_NOUNS = {"source", "sources", "responsable", "responsables", "conseiller", "conseillers", "conseillère",
                 "collaborateur", "collaborateurs", "fonctionnaire", "fonctionnaires", "cadre", "cadres",
                 "proche", "proches", "entourage", "interlocuteur"}
# Verbs of going whose `par X` is the way (`le convoi est passé par Minsk`), not an agent.
# Verbs that say what a place is or how it stands, not what a party does (`Kiev, dont ..., reste calme`).
STATE_VERBS = {"rester", "demeurer", "sembler", "paraître", "compter", "abriter", "devenir"}
ROUTE_VERBS = {"passer", "repasser", "transiter", "voyager", "circuler", "cheminer", "rentrer", "revenir", "partir",
               "arriver", "aller"}  # not `livrer`, `rapatrier`: `livrés par Moscou` has Russia for agent
# Prepositions of a place set before its clause (`À Washington, ...`, `Depuis Kiev, ...`), and the words that
# may open that clause before them.
FRONTED_PREPOSITIONS = {"à", "de", "d'", "d’", "depuis"}
CLAUSE_OPENERS = {",", ";", "mais", "et", "or", "puis", "«", "qu'", "qu’", "que"}
WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin"}
# A dative `à X` may hang from its verb through nouns (`livré des munitions à Moscou`, however the parser attaches
# it), but not through a noun of something that is somewhere (`par son ambassade à Pékin`: where it is).
SITED_NOUNS = {"ambassade", "consulat", "bureau", "représentation", "mission", "siège", "base", "usine",
               "sommet", "réunion", "conférence", "visite", "voyage", "séjour", "escale", "correspondant",
               "délégation", "résidence", "aéroport", "gare", "port", "poste"}  # `en poste à Minsk`
# Verbs whose object is the place itself (`ont frappé Kiev`, `a quitté Moscou`), not its government.
PLACE_OBJECT_VERBS = {"frapper", "bombarder", "attaquer", "viser", "toucher", "survoler", "quitter", "rejoindre",
                      "secouer", "ébranler", "inonder", "paralyser", "submerger", "dévaster", "ravager", "épargner",
                      "décorer", "pavoiser", "illuminer", "recouvrir", "boucler", "envelopper", "plonger",
                      "noyer",
                      "atteindre", "visiter", "gagner", "traverser", "envahir", "encercler", "libérer", "occuper",
                      "reprendre", "détruire", "évacuer", "pilonner", "cibler", "desservir", "relier",
                      "regagner", "rallier", "parcourir", "sillonner",
                      # where a place lies (`la province qui entoure Séoul`, `la route qui longe Kiev`)
                      "entourer", "border", "longer", "jouxter", "surplomber", "contourner", "ceinturer"}
NATIONALITY_AFTER = re.compile(r"[ \u00a0]+(" + NATIONALITY_WORD + r")\b")
# Class nouns before a person's name that make it the name of something else, and that thing's type.
NAMED_AFTER_TYPES = {
    **dict.fromkeys(("place", "rue", "avenue", "boulevard", "quai", "square", "pont", "stade", "gare", "aéroport",
                     "station", "palais", "cosmodrome", "port", "base"), "place"),
    **dict.fromkeys(("université", "institut", "fondation", "lycée", "école", "musée", "prix", "académie",
                     "hôpital"), "organization"),
}
CLASS_NOUN_BEFORE = re.compile(rf"\b({'|'.join(NAMED_AFTER_TYPES)})\s+$")
# A capitalised plural noun after a plural determiner, not followed by another capitalised word (`les Pays-Bas`,
# `les Nations unies` are names).
GROUP_NOUN = re.compile(r"\b(?P<det>[Ll]es|[Dd]es|[Aa]ux)\s+(?P<noun>[A-ZÉÈ][a-zéèêëïîôûç]+[sx])\b(?![\s-]+[A-ZÉ])")
# Plural endings of French nouns of inhabitants (Européens, Américains, Français, Occidentaux, Britanniques).
GROUP_ENDINGS = ("ais", "aises", "ois", "oises", "ains", "aines", "iens", "iennes", "eens", "eennes", "aux",
                 "iques")
# Class nouns that make a longer name with `de` and a known name, a name of something else (`mer du Japon`, `Banque
# de Russie`, `université de Pékin`): the known name inside is not a mention. Nouns of a city's parts
# (`aéroport de Pékin`, `port de Vladivostok`) are left out: they are in the city and say so.
OF_NAME_TYPES = {
    **dict.fromkeys(("mer", "golfe", "détroit", "baie", "canal", "lac", "mont", "cap", "île", "îles", "péninsule",
                     "archipel"), "place"),  # not `place`: `la place de la Russie dans le monde`
    **dict.fromkeys(("banque", "université", "académie", "institut", "école", "musée", "théâtre", "conservatoire",
                     "bibliothèque", "opéra"), "organization"),
    # `le groupe de Minsk`, `le format de Normandie`, `le processus d'Astana`: a body or a forum of diplomacy
    # named after the city where it began, not the city
    **dict.fromkeys(("groupe", "format", "processus"), "organization"),
    # `la guerre du Viêt Nam`, `la guerre de Corée`: a past war named by its country, unless it is a war of the
    # knowledge base (`la guerre d'Ukraine`), which the reference resolver links
    "guerre": "other",
}
# Words that may stand between the class noun and `de` (`Banque centrale de Russie`, `université d'État de`).
OF_NAME_MIDDLE = r"(?:\s+(?:centrale|nationale|fédérale|populaire|impériale|d['’][ÉE]tat))?"
OF = r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
OF_NAME_BEFORE = re.compile(rf"\b({'|'.join(OF_NAME_TYPES)}){OF_NAME_MIDDLE}\s+{OF}$", re.IGNORECASE)
# Words that end such a name (`mer de Chine méridionale`).
OF_NAME_TAIL = re.compile(r"\s+(?:méridionale|orientale|occidentale|septentrionale|centrale)\b")
# Nouns of news outlets: a place's name right after one (and its adjectives) is the outlet's name (`l'agence
# officielle Chine nouvelle`, `la chaîne Russie 24`), not the place.
MEDIA_NOUN_BEFORE = re.compile(
    r"\b(?:agence|quotidien|journal|hebdomadaire|chaîne|télévision|radio|magazine|revue|site)"
    r"(?:\s+(?:officielle?|publique?|d['’][ÉE]tat|de\s+presse|[a-zéèêëïîôûç]{3,}(?:ais|aise|ois|oise|ain|aine|ien|ienne|éen|éenne|e)))*\s+$")
# Lowercase words or a number that end such an outlet's name (`Chine nouvelle`, `Russie 24`).
MEDIA_NAME_TAIL = re.compile(r"\s+(?:nouvelle|nouveau|libre|populaire|internationale?|aujourd['’]hui|\d+)\b")
ARTICLE_BEFORE = re.compile(r"\b(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Cc]ette|[Cc]et|[Cc]e|[Cc]es)[ \u00a0]?$")
# An organisation's name after a possessive (`son Conseil de sécurité`) is the possessor's own body.
POSSESSIVE_BEFORE = re.compile(r"\b(?:son|sa|ses|leur|leurs|notre|nos|votre|vos)\s+$", re.IGNORECASE)
# `Conseil de sécurité de Russie`: an organisation's name then `de` and a country.
OF_COUNTRY_AFTER = re.compile(rf"\s+{OF}(?=[A-ZÉ])")
NATIONAL_WORDS = {"national", "nationale", "nationaux", "nationales", "intérieur", "intérieure"}
# Capitalised words right after a known name that make it a longer name of something else (`le Washington Post`,
# `la Tokyo Electric Power Company`, `Kim Yo-jong`): each a capital then small letters, hyphens inside.
LONGER_NAME_AFTER = re.compile(r"(?:[ \u00a0]+[A-ZÉÈÎÔ][a-zéèêëïîôûç]+(?:-[A-Za-zéèêëïîôûç]+)*)+")
# Words after a place's name that make it the name of a larger or other region (`Amérique latine`, `Amérique du
# Sud`, `Russie centrale`): a local place, never the known country.
REGION_TAIL = re.compile(r"[ \u00a0]+(?:latine|centrale|méridionale|orientale|occidentale|septentrionale"
                         r"|du[ \u00a0]+(?:Nord|Sud)|de[ \u00a0]+l['’](?:Est|Ouest))\b")
# `l'Autorité palestinienne (AP)`: an acronym in brackets after the name it abbreviates.
ACRONYM_IN_BRACKETS = re.compile(r"\((?P<acronym>[A-Z]{2,8})\)")
UNLINKED_LONGER = "a longer name that holds a knowledge-base name but names something else"
UNLINKED_CONTEXT = "the name denotes the knowledge-base entity only in a context this article does not give"
UNLINKED_NOT_IN_KB = "not in the knowledge base of verified Wikidata identifiers"
UNLINKED_GROUP = "a group of people or states named by their origin, not one Wikidata item"
UNLINKED_AMBIGUOUS = "the name fits several people of the knowledge base and the article does not say which"


def span_root(doc: Doc, start: int, end: int) -> Token | None:
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governing_preposition(token: Token) -> str | None:
    """The preposition a name hangs from; a compound one by its first word (`auprès de Moscou`: the parser
    hangs `Moscou` from `auprès`, with `de` as its case)."""
    case = next((c.lower_ for c in token.children if c.dep_ == "case"), None)
    if case in ("de", "d'", "d’", "du") and token.head.pos_ in ("ADV", "ADP") and token.head.i < token.i and (
            token.head.dep_ != "amod"):  # (not `« un geste fort » de Moscou`, an adjective the tagger took for one)
        return token.head.lower_
    return case


def _stray_preposition(name: Token) -> str | None:
    """`s'est tenu à Lisbonne mardi`: the parser hangs the name on the day (as its `det`) and `à` on the day too; the
    preposition right before the name is still the name's."""
    before = name.doc[name.i - 1] if name.i > 0 else None
    if before is None or before.pos_ != "ADP" or before.head.i == name.i or name.head.i <= name.i:
        return None
    return before.lower_


def _quoted_verb_before(name: Token) -> Token | None:
    """`à ne pas « trahir » Kiev`: an infinitive in guillemets right before the name, which the parser, misled by the
    guillemets, does not make the name's verb."""
    doc = name.doc
    if name.i < 3 or doc[name.i - 1].text != "»" or doc[name.i - 3].text != "«":
        return None
    verb = doc[name.i - 2]
    return verb if verb.pos_ == "VERB" and "Inf" in verb.morph.get("VerbForm") else None


def stands_for_government(token: Token) -> bool:
    """Is this place name an actor (subject, object, `avec X`, `proposé à X`) rather than a location?

    Decided on the syntax only (the dependency relation, the preposition, the verb or noun it hangs from),
    never on the name: the same rules make `Pékin a démenti` the state and `arrivé à Pékin` the city."""
    quoted = _quoted_verb_before(token)
    if quoted is not None:  # `à ne pas « trahir » Kiev`: its object, however the parser hung it (`à Kiev`, a conjunct)
        return quoted.lemma_ not in PLACE_OBJECT_VERBS
    return _actor_by_its_relation(token)


def _actor_by_its_relation(token: Token) -> bool:
    first = _first_conjunct(token)
    preposition = _governing_preposition(first) or _stray_preposition(first)
    if preposition is not None and _where_relative_follows(token):
        return False  # `à Pyongyang, où il est arrivé`: the relative `où` says it is a place
    if preposition in FRONTED_PREPOSITIONS and _fronted_adjunct(first):
        return False  # `À Washington, Joe Biden a assuré`: where the subject after it speaks or acts
    if preposition is None and _apposed_to_prepositional_noun(first):
        return False  # `dans la capitale, Séoul`: an apposition the parser hung from the verb
    # `alors que Séoul et Washington affirment` (the parser hangs both names on the noun before), `Moscou, dont les
    # troupes occupent X, accuse` (the parser hangs the name on the relative's verb): the subject of a clause
    if preposition is None and (_opens_subordinate_clause(first) or _subject_before_dont_incise(first)):
        return True
    # the object, however the parser labels it (`regagner Pékin` as obl:mod, `frappé Kiev` as det); the way a route
    # passes, not an agent (`passera par Moscou`, `en passant par Hanoï` parsed as an agent)
    if (preposition is None and first.dep_ != "nsubj" and (
            first.head.lemma_ in PLACE_OBJECT_VERBS or _after_place_object_verb(first))) or (
            preposition == "par" and _governing_verb(first) in ROUTE_VERBS):
        return False
    # (`accusent depuis octobre Pyongyang de`: the object, which the parser took for part of a date's name)
    if first.dep_ in ACTOR_DEPS or (preposition is None and (
            first.dep_ not in ("flat:name", "appos", "ROOT") or _after_date_word(first) or _subject_hung_on_pronoun(
                first))):
        return True
    if first.dep_ == "ROOT" and preposition is None:
        return _root_name_is_subject(first)
    if preposition in ACTOR_PREPOSITIONS or _turned_or_rallied_to(first, preposition):
        return True
    if _after_leaning_adjective(first, preposition) or (preposition == "sur" and _pressed_or_relied_on(first)):
        return True  # `des médias favorables à Moscou`, `dépendant de Pékin`, `peser sur Moscou`
    if preposition in ("de", "d'", "d’", "du"):
        return _de_complement_is_actor(first)
    if preposition == "à" and _seat_of_power(first):
        return True  # `le pouvoir à Moscou`, `la majorité au pouvoir à Séoul`: the state, where it is ruled from
    return preposition == "à" and (_governing_verb(first) in DATIVE_VERBS | DATIVE_NOUNS or _bidden(first) or (
        _goods_bought_from(first))) and (
        not _after_inverted_subject(first)) and not _made_known_there(first)


# Verbs of making something known whose `à` complement may be an audience or where it was made known.
MAKING_KNOWN_VERBS = {"annoncer", "indiquer", "expliquer", "confirmer", "communiquer", "dire"}


def _made_known_there(name: Token) -> bool:
    """`ont annoncé dimanche à Hanoï`, `a confirmé lundi à Minsk que`: after a verb of making known, `à X` set right
    after the day, in the order of the circumstances (when, then where), says where it was made known, not to
    whom (`a annoncé à Pékin sa décision` may still be told to the state)."""
    case = next((c for c in name.children if c.dep_ == "case" and c.i < name.i), None)
    if case is None or case.i == 0 or _governing_verb(name) not in MAKING_KNOWN_VERBS:
        return False
    return name.doc[case.i - 1].lower_ in WEEKDAYS


def _opens_subordinate_clause(name: Token) -> bool:
    """`alors que Séoul et Washington affirment`, `tandis que Pékin dément`: a subordinator the parser hangs on the
    name (as if the name were the clause) says the name opens that clause: its subject."""
    return any(c.dep_ == "mark" and c.i < name.i for c in name.children)


def _subject_before_dont_incise(name: Token) -> bool:
    """`Moscou, dont les troupes occupent la ville depuis 2022, accuse Kiev`: a name before a `dont` relative set
    between commas, with a finite verb right after the closing comma, is that verb's subject, however the parser
    hangs it (on the relative's verb, as its object or a circumstance)."""
    doc = name.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != "," or doc[name.i + 2].lower_ != "dont":
        return False
    end = sentence_of(name).end
    closing = next((t for t in doc[name.i + 3:end] if t.text == ","), None)
    after = [t for t in doc[closing.i + 1:end] if t.lower_ not in ("ne", "n'", "n’")][:1] if closing else []
    if not after or after[0].pos_ not in ("VERB", "AUX") or "Fin" not in after[0].morph.get("VerbForm"):
        return False
    verb = after[0] if after[0].pos_ == "VERB" else after[0].head
    # (`Kharkiv, dont ..., a été bombardée`, `Kiev, dont ..., reste calme`: what befalls a city, or what it is)
    return verb.pos_ == "VERB" and not any(c.dep_ in ("aux:pass", "cop") for c in verb.children) and (
        verb.lemma_ not in STATE_VERBS)


def _subject_hung_on_pronoun(name: Token) -> bool:
    """`faute de quoi Pékin prendrait des mesures`, `sans quoi Moscou répliquera`: the parser hangs the name on the
    pronoun as a part of a name; right before a finite verb, it is that verb's subject."""
    after = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    return name.dep_ == "flat:name" and name.head.pos_ == "PRON" and after is not None and (
        after.pos_ in ("VERB", "AUX")) and "Fin" in after.morph.get("VerbForm")


def _turned_or_rallied_to(name: Token, preposition: str | None) -> bool:
    """`Bamako s'est tourné vers Moscou`, `les Européens ont fait bloc derrière Kiev`: whom a party turns to or rallies
    behind is a party; not `l'avion a tourné vers Moscou` (no reflexive) nor `les lignes derrière Bakhmout`."""
    verb = name.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if preposition == "vers":
        return verb.lemma_ in VERS_PARTY_VERBS and any(
            c.dep_ in ("expl:comp", "expl:pv", "obj") and c.lower_ in ("se", "s'", "s’") for c in verb.children)
    if preposition == "derrière":
        return verb.lemma_ in BEHIND_PARTY_VERBS or (verb.lemma_ == "faire" and any(
            c.dep_ == "obj" and c.lower_ == "bloc" for c in verb.children))
    return False


def _pressed_or_relied_on(name: Token) -> bool:
    """`peser sur Moscou`, `faire pression sur Pyongyang`, `son influence sur Minsk`: the verb or noun the `sur`
    phrase hangs from, or the noun object of its verb, is one of weighing on or relying on."""
    head = name.head
    if head.pos_ == "VERB":
        return head.lemma_ in SUR_PARTY_VERBS or any(
            c.dep_ == "obj" and c.lower_ in SUR_PARTY_NOUNS and c.i < name.i for c in head.children)
    return head.pos_ == "NOUN" and head.lower_ in SUR_PARTY_NOUNS


def _after_leaning_adjective(name: Token, preposition: str | None) -> bool:
    """`favorables à Moscou`, `très dépendant de Pékin`: the name right after its preposition, itself right after an
    adjective of leaning that takes it (however the parser attaches the name: to the adjective or its noun)."""
    adjectives = LEANING_ADJECTIVES.get("de" if preposition in ("d'", "d’") else preposition or "")
    case = next((c for c in name.children if c.dep_ == "case" and c.i < name.i), None)
    if adjectives is None or case is None or case.i == 0:
        return False
    before = name.doc[case.i - 1]
    return before.pos_ in ("ADJ", "VERB") and (before.lemma_ in adjectives or before.lower_.rstrip("s").removesuffix(
        "e") in adjectives or before.lower_.rstrip("s") in adjectives)


def _first_dative(name: Token, verb: Token) -> bool:
    """Is the name the first `à` complement of its verb? A second one is where (`a nui à son image à Moscou`)."""
    return not any(c.i < name.i and _dative_phrase(c) for c in [
        *verb.children, *(g for c in verb.children if c.dep_ == "obj" for g in c.children)])


def _dative_phrase(word: Token) -> bool:
    """`au ministre`, `à son image`, `à Pékin`: an `à` phrase of a name or of a determined noun, someone or
    something given to; not a bare noun of a property (`des missiles à longue portée`, `à double usage`)."""
    case = next((c.lower_ for c in word.children if c.dep_ == "case"), None)
    if case not in ("à", "au", "aux"):
        return False
    return case != "à" or word.pos_ == "PROPN" or any(c.dep_ == "det" for c in word.children)


def _seat_of_power(name: Token) -> bool:
    """`le pouvoir à Moscou`, `au pouvoir à Séoul` (the parser may take `pouvoir` for the verb), `un changement de
    régime à Minsk`, `la crise politique à Tokyo`: `à X` hanging from a noun of who rules, of its change or of
    politics."""
    head = name.head
    if head.lower_ == "pouvoir" and head.pos_ in ("VERB", "AUX"):
        return any(c.lower_ == "au" for c in head.children)  # `au pouvoir`, not the verb `pouvoir`
    if head.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("politique", "politiques") and c.i < name.i for c in head.children):
        return True  # `la configuration politique à Séoul`, `la crise politique à Tokyo`: the country's politics
    if head.lower_ in POWER_NOUNS:  # not `le pouvoir d'achat à Moscou`, `le régime des pluies à Tokyo`
        return not any(c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < name.i for c in head.children)
    return head.lower_ in CHANGE_OF_POWER_NOUNS and any(
        c.dep_ == "nmod" and c.lower_ in POWER_NOUNS and c.i < name.i for c in head.children)


def _bidden(name: Token) -> bool:
    """`permet à Moscou de contourner`: `à X` of a verb of letting or bidding that has an infinitive with `de`;
    `riposte à Washington`: the first `à` of a verb whose `à` is a party."""
    verb = name.head
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_
    # (`va reprendre le partage de données et son aide à Kiev`: an object's conjunct is an object too)
    objects = [c for c in verb.children if c.dep_ == "obj"]
    objects += [j for c in objects for j in c.children if j.dep_ == "conj"]
    if lemma in PARTY_DATIVE_VERBS or any(c.i < name.i and c.lemma_ in DATIVE_NOUNS for c in (
            objects)):  # `a lancé un appel à Pékin`, `apporte son soutien à Kiev`: the noun's dative
        return _first_dative(name, verb)
    return lemma in BIDDING_VERBS and any(c.dep_ == "xcomp" and c.i > name.i and any(
        m.dep_ == "mark" and m.lower_ in ("de", "d'", "d’") for m in c.children) for c in verb.children)


def _first_conjunct(token: Token) -> Token:
    """The first of coordinated names (`Washington` for `Séoul` in `à Washington et Séoul`), also when the parser
    hangs the second from the verb (`a demandé à Washington et Séoul de`) or from the noun the first one
    completes (`une trêve entre Moscou et Kiev`, `Kiev` hung from `trêve`): the name before `et` then."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        doc = first.doc
        before = doc[first.i - 2] if first.i >= 2 else None
        hung_high = first.head.pos_ in ("VERB", "AUX") or (
            first.head.pos_ == "NOUN" and before is not None and before.head.i == first.head.i and any(
                c.dep_ == "case" for c in before.children))
        if hung_high and before is not None and doc[first.i - 1].lower_ in ("et", "ou") and (
                before.pos_ == "PROPN"):
            first = doc[first.i - 2]
            while first.dep_ == "flat:name" and first.head.i < first.i:
                first = first.head  # `Corée du Sud et Japon`: the name's first word
            continue
        first = first.head
    return first


def _fronted_adjunct(name: Token) -> bool:
    """`À Washington, Joe Biden a assuré que`, `Depuis Séoul et Tokyo, les ministres ont dit`: a place after a
    preposition that opens its sentence (or a clause, after a comma or `mais`), set off by a comma before the
    clause's subject, says where that subject is; the subject is the actor, not the place."""
    doc = name.doc
    case = next((c for c in name.children if c.dep_ == "case" and c.i < name.i), None)
    if case is None or not (_opens_its_clause(case) or doc[case.i - 1].lower_ in CLAUSE_OPENERS):
        return False
    comma = next((t for t in doc[name.i + 1:name.i + 7] if not (
        t.pos_ == "PROPN" or t.lower_ in ("et", "-") or t.dep_ == "flat:name")), None)
    if comma is None or comma.text != ",":
        return False
    verb = name.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > comma.i for c in verb.children)


def _opens_its_clause(word: Token) -> bool:
    """Does the word open its sentence, past at most a few words of time (`Lundi à Séoul,`, `Mardi soir, à
    Pékin,`)?"""
    before = word.doc[word.sent.start:word.i]
    return len(before) <= 3 and all(t.pos_ not in ("VERB", "AUX", "PROPN", "PRON", "NOUN") or t.lower_ in (
        WEEKDAYS) for t in before)


def _after_inverted_subject(name: Token) -> bool:
    """`a annoncé son gouverneur à Séoul`, `a indiqué le ministère à Moscou`: `à X` after the subject set after
    its verb (a reporting incise) says where it was said, not to whom."""
    verb = name.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if any(c.dep_ in ("nsubj", "nsubj:pass") and verb.i < c.i < name.i for c in verb.children):
        return True
    # the parser may take the inverted subject of an incise (`, a annoncé son gouverneur X à Séoul`) for an object
    first = min([verb, *(c for c in verb.children if c.dep_.startswith("aux"))], key=lambda t: t.i)
    after_comma = verb.lemma_ in REPORTING_VERBS and first.i > 0 and name.doc[first.i - 1].text == ","
    if after_comma and _speaker_follows(verb, name):
        return True
    incise = after_comma and not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children)
    return incise and any(c.dep_ == "obj" and verb.i < c.i < name.i for c in verb.children)


def _speaker_follows(verb: Token, name: Token) -> bool:
    """`, a indiqué à Tokyo un responsable du ministère`: a person after `à X` is the incise's subject (the parser
    may take them for its object, and the subject of the clause before for its own); not with a clause of what was
    said to X (`a indiqué à Washington que`) nor a thing said (`a indiqué à Tokyo sa position`)."""
    if any(c.dep_ == "ccomp" and c.i > name.i for c in verb.children):
        return False
    return any(c.dep_ in ("obj", "nsubj") and c.i > name.i and (c.pos_ == "PROPN" or is_person_noun(c.lower_))
               for c in verb.children)


def _after_date_word(name: Token) -> bool:
    """`accusent depuis octobre Pyongyang d'avoir`: a name the parser hung as part of the name of a month or a
    weekday right before it, which no date has; it is what the verb acts on (a place-object verb aside, above)."""
    head = name.head
    return name.dep_ == "flat:name" and head.i == name.i - 1 and fold(head.lower_) in DATE_WORDS


def _where_relative_follows(name: Token) -> bool:
    """Is the name followed (past the rest of a multi-word name and a comma) by the relative `où`?"""
    following = [t for t in name.doc[name.i + 1:name.i + 5] if t.dep_ != "flat:name" or t.head.i != name.i]
    words = [t.lower_ for t in following[:2]]
    return words[:1] == ["où"] or words == [",", "où"]


def _after_place_object_verb(name: Token) -> bool:
    """`a frappé Kiev jeudi`: the name right after a verb whose object is a place (adverbs between), whatever
    the parser made of it (it may take the name for a determiner of the day after)."""
    i = name.i - 1
    while i >= 0 and name.doc[i].pos_ == "ADV":
        i -= 1
    return i >= 0 and name.doc[i].pos_ == "VERB" and name.doc[i].lemma_ in PLACE_OBJECT_VERBS


def _is_location(name: Token) -> bool:
    """`au Kremlin`, `dans le Kremlin`, `depuis le Kremlin`: a name after a preposition of place (not `de`: `le
    porte-parole du Kremlin` is the institution), or the object of a verb whose object is a place (`ont visé le
    Kremlin`), that does not stand for an actor."""
    preposition = _governing_preposition(name)
    struck = preposition is None and name.dep_ not in ("nsubj", "nsubj:pass") and (
        name.head.lemma_ in PLACE_OBJECT_VERBS or _after_place_object_verb(name))  # `des drones ont visé le Kremlin`
    return (preposition in SEAT_PREPOSITIONS or struck) and not stands_for_government(name) and not _insider_of(name)


def _insider_of(name: Token) -> bool:
    """`une source au Kremlin`, `un responsable à la Maison Blanche`: a person or a source `au`/`à` a seat of power
    works for the institution that sits there; the name is the institution, not the building."""
    return name.dep_ == "nmod" and _governing_preposition(name) in ("à", "au") and name.head.pos_ == "NOUN" and (
        name.head.lower_ in INSIDER_NOUNS)


def _root_name_is_subject(name: Token) -> bool:
    """A name the parser made the root is the subject of the clause it carries: `Pékin a proposé` (a verb right
    after it), `Washington et Séoul soupçonnent` (the verb hung from it as a conjunct), `Pyongyang, qui nie...,
    a accusé` (a `qui` relative or a clause after the comma); not `Moscou, où il est arrivé`."""
    doc = name.doc
    if name.i + 1 < len(doc) and doc[name.i + 1].pos_ in ("AUX", "VERB"):
        return True
    for child in name.children:
        if child.i < name.i or child.pos_ != "VERB":
            continue
        subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if child.dep_ in ("conj", "parataxis") and all(_coordinated_subject(s) for s in subjects):
            # read as the subject it is coordinated with (`Tokyo et Séoul ont été touchées`: the cities)
            return all(stands_for_government(s) for s in subjects)
        if child.dep_ == "acl:relcl" and any(s.lower_ == "qui" for s in subjects):
            return True
    return False


def _coordinated_subject(subject: Token) -> bool:
    """`Séoul` in `Washington et Séoul soupçonnent`: a name right after `et` or `ou`."""
    return subject.pos_ == "PROPN" and subject.i > 0 and subject.doc[subject.i - 1].lower_ in ("et", "ou")


def _apposed_to_prepositional_noun(name: Token) -> bool:
    """`dans la capitale, Séoul`: a name right after a comma that follows a noun with a preposition."""
    doc = name.doc
    if name.i < 2 or doc[name.i - 1].text != "," or name.dep_ in ACTOR_DEPS:
        return False
    noun = doc[name.i - 2]
    while noun.dep_ in ("amod", "flat:name") and noun.head.i < noun.i:
        noun = noun.head
    return noun.pos_ == "NOUN" and _governing_preposition(noun) in LOCATION_PREPOSITIONS


# The links by which a noun the tagger took for a participle still stands as a noun (`Pékin, allié de Moscou,`)
NOUN_SLOTS = {"appos", "acl", "nsubj", "obj", "conj", "nmod", "obl", "obl:mod"}


def _de_complement_is_actor(name: Token) -> bool:
    """`s'est rapproché de Pyongyang`, `la position de Pékin`: a `de` complement of a verb of drawing near or
    demanding, or of a noun a state has or does."""
    head = name.head
    if _expected_from(head):
        return True
    if head.lower_ == "garde" and head.head.lemma_ in ("mise", "mises", "mettre") and any(
            c.dep_ == "case" and c.lower_ == "en" for c in head.children):
        return True  # `les mises en garde de Pékin`: a warning, the parser hangs `de X` from `garde`
    if head.dep_ == "acl" and "Part" in head.morph.get("VerbForm") and head.head.i == head.i - 1 and (
            head.lemma_ not in COMING_VERBS | ROUTE_VERBS):
        head = head.head  # `les menaces répétées de Moscou`: the parser hangs `de X` from the participle
    if head.pos_ == "VERB" and head.lower_ in DE_ACTOR_NOUNS and head.dep_ in NOUN_SLOTS:
        return True  # `Pékin, allié de Moscou,`: the tagger reads the noun as the participle of `allier`
    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_ in DE_ACTOR_VERBS or (head.lemma_ in COMING_VERBS and any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in SPEECH_ACT_NOUNS for c in head.children))
    # by the word or its lemma: the plural of a party's act is one too (`les condamnations de Tokyo`)
    return head.pos_ == "NOUN" and (head.lower_ in DE_ACTOR_NOUNS or head.lemma_.lower() in DE_ACTOR_NOUNS or (
        head.lower_ in STANCE_NOUNS) or _head_phrase(head) in STANCE_NOUNS or _on_the_part_of(head))


# Verbs of expecting or getting something from someone: `de X` after what they expect is who it comes from.
EXPECTING_VERBS = {"attendre", "espérer", "exiger", "réclamer", "obtenir", "recevoir", "demander", "souhaiter",
                   "solliciter", "arracher", "mendier", "quémander", "implorer", "chercher", "rechercher"}
# What only a party grants: sought or got, `de X` after it is the party, whatever its article (`mendier la protection
# de Washington`, `a obtenu le feu vert de Pékin`); not what a city has (`attend le train de Moscou`).
GRANTED_NOUNS = {"protection", "aide", "soutien", "appui", "assistance", "garantie", "garanties", "parapluie",
                 "bouclier", "secours", "aval", "bénédiction", "pardon", "confiance", "reconnaissance", "feu"}


def _expected_from(word: Token) -> bool:
    """`espère un accord de Moscou`, `attend « un geste fort » de Moscou`: `de X` after an undetermined thing one
    expects or gets (the parser may hang it on an adjective of the noun), or after what only a party grants
    (`mendier la protection de Washington`), is the party it comes from; not `attend le train de Moscou`, a
    determined thing of the city."""
    noun = word
    while noun.pos_ != "NOUN" and noun.dep_ in ("amod", "dep") and noun.head.i != noun.i:
        noun = noun.head
    return noun.pos_ == "NOUN" and noun.dep_ == "obj" and noun.head.lemma_ in EXPECTING_VERBS and (
        noun.lower_ in GRANTED_NOUNS or any(c.dep_ == "det" and "Ind" in c.morph.get("Definite")
                                            for c in noun.children))


# Locutions whose `de` complement is who one acts for or who has something done (`de la part de Pékin`, `pour le
# compte de Moscou`, `à la demande de Washington`): a party, by the words before the noun.
ON_BEHALF_OF = {"part": [("de", "la")], "compte": [("pour", "le")], "nom": [("au",)], "service": [("au",)],
                "demande": [("à", "la")], "ordre": [("sur",), ("sur", "l'"), ("sur", "l’")],
                "ordres": [("sur", "les")], "initiative": [("à", "l'"), ("à", "l’")],
                "instigation": [("à", "l'"), ("à", "l’")], "solde": [("à", "la")], "égide": [("sous", "l'"),
                                                                                          ("sous", "l’")],
                "pression": [("sous", "la")]}


def _on_the_part_of(noun: Token) -> bool:
    """`de la part de Pékin`, `pour le compte de Moscou`: who something is done for or comes from is a party; not
    `une grande part de Pékin` nor `le compte de Moscou` (of the city)."""
    before = tuple(c.lower_ for c in noun.children if c.i < noun.i)
    return before in ON_BEHALF_OF.get(noun.lower_, ())


def _head_phrase(noun: Token) -> str:
    """`feu vert`, `double jeu`: a noun with the adjective right after or before it that makes one noun of them."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    before = doc[noun.i - 1] if noun.i > 0 else None
    if after is not None and after.dep_ == "amod" and after.head.i == noun.i:
        return f"{noun.lower_} {after.lower_}"
    if before is not None and before.dep_ == "amod" and before.head.i == noun.i:
        return f"{before.lower_} {noun.lower_}"
    return noun.lower_


def _governing_verb(token: Token) -> str | None:
    """The lemma of the verb a complement hangs from, through the nouns in between (`livré des munitions à
    Moscou`); a clause head the tagger took for a noun (`que Pyongyang ne livre des armes`) counts by its
    first-group infinitive."""
    head = token.head
    for _ in range(5):
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "amod":  # `camions biélorusses`: an adjective
            return head.lemma_  # the tagger took for a participle is no verb the name hangs from
        if head.dep_ in ("ccomp", "ROOT", "advcl", "acl:relcl") and head.pos_ == "NOUN":
            return head.lower_ + "r" if head.lower_.endswith("e") else head.lemma_
        if head.pos_ == "NOUN" and head.lemma_ in DATIVE_NOUNS and (not _dative_phrase(head) or _what_is_sent(
                head, token)):
            # `les livraisons de tracteurs à Pyongyang`, `s'est opposé à l'envoi d'armes à Kiev`: who receives them
            # (not `un appel aux dons à Kiev`: nothing sent is said, and the name is where)
            return head.lemma_
        if head.pos_ == "NOUN" and _dative_phrase(head):
            return None  # `a remis une lettre au ministre à Séoul`: the noun is who receives, the name where
        if head.head.i == head.i or (head.pos_ == "NOUN" and head.lemma_ in SITED_NOUNS):
            return None  # `par son ambassade à Pékin`: where the embassy is, not to whom something goes
        if head.pos_ == "NOUN" and is_person_noun(head.lower_):
            return None  # `un diplomate en poste à Pékin`, `notre correspondant à Moscou`: where the person is
        head = head.head
    return None


# Verbs of buying or borrowing: `à X` after the goods states trade is the party they come from (`acheter du pétrole
# à Moscou`); after other things it may be where (`a acheté des souvenirs à Moscou`).
BUYING_VERBS = {"acheter", "racheter", "emprunter", "commander", "importer"}
TRADED_GOODS = frozenset({*GOODS_NOUNS, *WEAPON_WORDS, "hydrocarbures", "énergie", "armement", "armements", "drones",
                          "avions", "chasseurs", "composants", "équipements", "matériel", "matériels"})


def _goods_bought_from(name: Token) -> bool:
    """`continue d'acheter du pétrole à Moscou`: `à X` after goods bought is the seller, a party."""
    verb = name.head if name.head.pos_ == "VERB" else name.head.head
    goods = [c for c in verb.children if c.dep_ == "obj"] + ([name.head] if name.head.pos_ == "NOUN" else [])
    return verb.pos_ == "VERB" and verb.lemma_ in BUYING_VERBS and any(
        g.lemma_.lower() in TRADED_GOODS or g.lower_ in TRADED_GOODS for g in goods)


def _what_is_sent(noun: Token, name: Token) -> bool:
    """Does a noun of sending say, before the name, what is sent (`l'envoi d'armes à Kiev`: `de` and a noun)?"""
    return any(c.dep_ == "nmod" and c.i < name.i and any(
        g.dep_ == "case" and g.lower_ in OF_WORDS for g in c.children) for c in noun.children)


class Linker:
    """Links the mentions of one article; keeps the entities it creates."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, entities: Entities) -> None:
        self.kb, self.doc, self.entities = kb, doc, entities
        self.ents = tuple(doc.ents)  # the model's entities, built once (`Doc.ents` makes new spans on every read)
        self.named: list[tuple[int, str]] = []  # (offset, QID) of unambiguous names, in text order
        self.namesakes: list[Mention] = []  # people inside the names of places named after them
        self._matches: list[NameMatch] = []  # every knowledge-base name of the text, in text order
        self._acronyms: dict[str, str] | None = None  # acronyms the article defines, read once
        self._things: list[ThingName] | None = None  # `le gazoduc Force de Sibérie 2`: things' names, read once

    def link_names(self, text: str) -> list[Mention]:
        matches = list(find_names(text, self.kb))
        self._matches = matches
        self.named = [(m.start, next(iter(m.candidates))) for m in matches if len(m.candidates) == 1]
        mentions = [m for m in map(self._mention, matches) if m is not None]
        mentions.extend(self.namesakes)
        covered = [(m.start, m.end) for m in mentions]
        mentions.extend(self._group_nouns(covered))
        mentions.extend(self._thing_mentions(covered))
        mentions.extend(self._unknown_names(covered))
        mentions.extend(self._civility_names(covered))
        def root_of(start: int, end: int) -> Token | None:
            return span_root(self.doc, start, end)

        known = {key: e.qid for e in self.kb.of_type("country") if (key := state_key(e.label("fr")))}
        mentions = state_mentions(self.doc, text, self.entities, mentions, root_of, stands_for_government, known)
        return organisation_mentions(text, self.entities, mentions, root_of, stands_for_government)

    def _choose(self, match: NameMatch) -> str | None:
        if len(match.candidates) == 1:
            return next(iter(match.candidates))
        before = [q for start, q in self.named if start < match.start and q in match.candidates]
        if before:
            return before[-1]
        anywhere = {q for _, q in self.named if q in match.candidates}
        return anywhere.pop() if len(anywhere) == 1 else None

    def _mention(self, match: NameMatch) -> Mention | None:
        longer = self._longer_name(match)
        if longer is not None:
            return longer
        qid = self._choose(match)
        if qid is None:
            label = doc_text(self.doc)[match.start:match.end]
            local = self.entities.new_local(label, "person", UNLINKED_AMBIGUOUS)
            return Mention(match.start, match.end, local, "name", "person")
        entity = self.kb.get(qid)
        assert entity is not None
        if entity.type in ("place", "country") and self._contextual(match, entity) and not self._in_context(
                match, entity):
            return None  # `Afrique du Sud`, `mer du Nord`, `le Nord du pays`: left to the recogniser's names
        thing = self._thing_holding(match, entity)
        if thing is not None:  # `le gazoduc Force de Sibérie 2`: the thing, never the place
            return self._thing_mention(thing) if thing.one_thing else None
        other = (self._region_of(match, entity) or self._national_body(match, entity)
                 or self._named_after(match, entity)
                 or self._media_name(match, entity) or self._inside_of_name(match, entity)
                 or self._inside_proper_name(match, entity)
                 or self._out_of_context(match, entity))
        if other is not None:
            return other
        said = fold(doc_text(self.doc)[match.start:match.end])
        kind = "metonym" if said in {fold(n) for n in entity.metonyms} else "name"
        start = match.start
        if doc_text(self.doc)[match.start:match.start + 1].islower():
            kind = "nominal"  # `l'armée russe`: a description the knowledge base knows, not a proper name
        if (kind == "nominal" and entity.type not in ("place", "country")) or (
                entity.type in ("place", "country") and self._contextual(match, entity)):
            kind = "nominal"  # `l'armée russe`, `le Nord` hold their article, as other descriptions (a place's
            start = _with_article(doc_text(self.doc), match.start)  # name, `la mer Noire`, does not)
        country = self.kb.capital_of(qid) if entity.type == "place" else None
        root = span_root(self.doc, match.start, match.end)
        if country and root is not None and stands_for_government(root):
            entity, kind = self.kb.get(country), "metonym"
            assert entity is not None
        elif kind == "metonym" and entity.seat and root is not None and _is_location(root):
            entity, kind = self.kb.get(entity.seat), "name"  # `reçu au Kremlin`: the place, not who sits there
            assert entity is not None
        self.entities.add(Entity(entity.qid, entity.label("fr"), _entity_type(entity.type),
                                 entity.labels.get("en")))
        return Mention(start, match.end, entity.qid, kind, _entity_type(entity.type))

    def _longer_name(self, match: NameMatch) -> Mention | None:
        """`le Washington Post`, `le Moscow Times`, `Kim Yo-jong`: a known name followed, in the same run of
        capitalised words, by words that are no known name nor a day or civility, is part of a longer name of
        something or someone else: a local entity (a person's after a person's name, else what the recogniser
        says, an organisation by default), never the known entity."""
        text = doc_text(self.doc)
        region = REGION_TAIL.match(text, match.end) if self._all_places(match) and not OF_NAME_BEFORE.search(
            text, max(0, match.start - 40), match.start) else None  # `mer de Chine méridionale`: read below
        if region is not None:
            label = text[match.start:region.end()]
            return Mention(match.start, region.end(), self._local_for(label, "place", UNLINKED_LONGER), "name", "place")
        defined = self._defined_acronyms().get(text[match.start:match.end])
        if defined is not None and not any(fold(defined) in map(fold, self.kb.get(q).names())
                                           for q in match.candidates if self.kb.get(q) is not None):
            return Mention(match.start, match.end, self._local_for(defined, "organization"), "name", "organization")
        person = self._person_holding_place(match)
        if person is not None:
            return self._local_person(*person)
        if match.rule == "surname" and self._given_name_before(match):
            return self._local_person(match.start - len(text[:match.start].split()[-1]) - 1, match.end)
        after = LONGER_NAME_AFTER.match(text, match.end)
        if after is None or any(m.start == match.end + 1 for m in self._matches):
            return None
        first = fold(after.group().split()[0])
        kinds = {self.kb.get(q).type for q in match.candidates if self.kb.get(q) is not None}
        if first in NOT_NAMES or first in CIVILITIES or (kinds & {"place", "country"} and self._title_holder_after(
                match, after.start() + len(after.group()) - len(after.group().lstrip()), after.end())):
            return None
        type_ = "person" if kinds == {"person"} else self._recognised_type(match.start, after.end())
        label = text[match.start:after.end()]
        return Mention(match.start, after.end(), self._local_for(label, type_, UNLINKED_LONGER), "name", type_)

    def _title_holder_after(self, match: NameMatch, start: int, end: int) -> bool:
        """`le maire de Kiev Vitali Klitschko`, `le maire de Séoul Oh Se-hoon`: a person's name right after a
        place, which the recogniser starts a person's name at, or which follows a title and `de` (`maire de`),
        is the holder of the title, not part of the place's name; the person is a mention of their own."""
        if any(e.start_char == start and e.label_ == "PER" for e in self.ents):
            return True
        words = doc_text(self.doc)[max(0, match.start - 40):match.start].split()
        titled = len(words) >= 2 and fold(words[-1]) in ("de", "du", "d'") and fold(words[-2]) in TITLE_WORDS
        if titled:
            label = doc_text(self.doc)[start:end]
            self.namesakes.append(Mention(start, end, self._local_for(label, "person"), "name", "person"))
        return titled

    def _all_places(self, match: NameMatch) -> bool:
        return all(getattr(self.kb.get(q), "type", None) in ("place", "country") for q in match.candidates)

    def _defined_acronyms(self) -> dict[str, str]:
        """Acronyms the article defines for names of its own (`l'Autorité palestinienne (AP)`): acronym -> the
        name, whose initials (past small words) spell it. Such an acronym is that name, not a knowledge-base
        organisation with the same letters."""
        if self._acronyms is None:
            text, self._acronyms = doc_text(self.doc), {}
            for found in ACRONYM_IN_BRACKETS.finditer(text):
                words = text[max(0, found.start() - 80):found.start()].split()
                for n in range(1, min(8, len(words)) + 1):
                    name = re.sub(r"^[dlDL]['’]", "", " ".join(words[-n:]).strip(" ,;:"))
                    if name[:1].isupper() and _initials(name) == found.group("acronym"):
                        self._acronyms[found.group("acronym")] = name
                        break
        return self._acronyms

    def _person_holding_place(self, match: NameMatch) -> tuple[int, int] | None:
        """`George Washington`, `Denzel Washington`: a place's name at the end of a person's name the recogniser
        found (a first name before it, no known name there) is that person's family name: (start, end)."""
        if not self._all_places(match):
            return None
        ent = next((e for e in self.ents if e.label_ == "PER" and e.start_char < match.start
                    and e.end_char == match.end), None)
        if ent is None or any(ent.start_char <= m.start < match.start for m in self._matches):
            return None
        given = [t for t in ent if t.idx < match.start]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in given) or fold(given[0].text) in TITLE_WORDS:
            return None
        return given[0].idx, match.end

    def _given_name_before(self, match: NameMatch) -> bool:
        """`Sung Kim`, `Jill Poutine`: a known surname right after a capitalised proper noun inside the sentence
        (no title, civility or known name) is another person's full name."""
        word = span_root(self.doc, match.start, match.end)
        before = self.doc[word.i - 1] if word is not None and word.i > 0 else None
        if before is None or before.pos_ != "PROPN" or before.is_sent_start or not before.text[:1].isupper():
            return False
        known = any(m.start <= before.idx < m.end for m in self._matches)
        return not known and fold(before.text) not in TITLE_WORDS | CIVILITIES and match.start - before.idx - len(
            before.text) == 1

    def _local_person(self, start: int, end: int) -> Mention:
        label = doc_text(self.doc)[start:end]
        return Mention(start, end, self._local_for(label, "person", UNLINKED_LONGER), "name", "person")

    def _recognised_type(self, start: int, end: int) -> str:
        """The recogniser's type of a longer name that holds a place's name: a place or, by default, an
        organisation (`le Kyiv Independent`, which the recogniser may take for a person)."""
        ent = next((e for e in self.ents if e.start_char <= start < e.end_char and e.end_char >= end - 1), None)
        return "place" if ent is not None and ent.label_ == "LOC" else "organization"

    def _national_body(self, match: NameMatch, entity: KBEntity) -> Mention | None:
        """`Conseil de sécurité russe`, `Conseil de sécurité de Russie`, `Conseil de sécurité nationale`, `son
        Conseil de sécurité`: an organisation's name with a nationality, a country or `national` after it, or
        a possessive before it, names a country's namesake body (not the UN's), a local entity, unless the
        organisation is that country's own. A country after `de` is part of the body's name and a mention of
        its own inside it (`Conseil de sécurité de [Russie]`), as a person's name inside a title is."""
        if entity.type != "organization":
            return None
        text = doc_text(self.doc)
        if POSSESSIVE_BEFORE.search(text, max(0, match.start - 8), match.start):
            return self._own_body(match.start, match.end)
        after = NATIONALITY_AFTER.match(text, match.end)
        if after and after.group(1) in NATIONAL_WORDS:
            return self._own_body(match.start, after.end())
        nationality = demonym_country(after.group(1)) if after else None
        generic = self._contextual(match, entity)  # not `l'ONU de la Russie`
        country = self._country_after(match) if generic and not nationality else None
        country_label = nationality or (country.label("fr") if country else None)
        if not country_label:
            return None
        own = {fold(self.kb.get(q).label("fr")) for q in entity.claim("P17") if self.kb.get(q) is not None}
        if fold(country_label) in own:
            return None
        if after and nationality:
            return self._own_body(match.start, after.end())
        following = next(m for m in self._matches if m.start > match.end)
        return self._own_body(match.start, following.end)  # the country stays a mention inside it

    def _own_body(self, start: int, end: int) -> Mention:
        """A country's own body with an international one's name (a local organisation)."""
        label = doc_text(self.doc)[start:end]
        return Mention(start, end, self._local_for(label, "organization"), "name", "organization")

    def _country_after(self, match: NameMatch) -> KBEntity | None:
        """`Conseil de sécurité de Russie`: the country named right after `de`."""
        if OF_COUNTRY_AFTER.match(doc_text(self.doc), match.end) is None:
            return None
        following = [m for m in self._matches if m.start > match.end][:1]
        if not following or following[0].start - match.end > 7:
            return None
        countries = [self.kb.get(q) for q in following[0].candidates]
        return next((c for c in countries if c is not None and c.type == "country"), None)

    def _inside_of_name(self, match: NameMatch, entity: KBEntity) -> Mention | None:
        """`mer du Japon`, `Banque de Russie`, `université de Pékin`: a class noun, `de` and a known place make
        the name of something else (a local entity); the place inside is no mention."""
        if entity.type not in ("place", "country"):
            return None
        text = doc_text(self.doc)
        before = OF_NAME_BEFORE.search(text, max(0, match.start - 40), match.start)
        if before is None or (before.start() > 0 and text[before.start() - 1] == "-"):
            return None
        type_ = OF_NAME_TYPES[before.group(1).lower()]
        if before.group(1).lower() == "guerre" and self._known_war_of(entity):
            return None
        tail = OF_NAME_TAIL.match(text, match.end)
        end = tail.end() if tail else match.end
        return Mention(before.start(1), end, self._local_for(text[before.start(1):end], type_), "name", type_)

    def _known_war_of(self, place: KBEntity) -> bool:
        """Is there a war in the knowledge base whose label names this country (`invasion de l'Ukraine`)?"""
        name = fold(place.label("fr"))
        return any(re.search(rf"\b{re.escape(name)}\b", fold(e.label("fr"))) for e in self.kb.of_type("event"))

    def _region_of(self, match: NameMatch, entity: KBEntity) -> Mention | None:
        """`le district de Pékin`, `l'État de Washington`: a known place's name after an administrative noun
        names the region, a local place (the city is no mention)."""
        if entity.type != "place":
            return None
        start = region_phrase_start(doc_text(self.doc), match.start, city=True)
        if start is None:
            return None
        label = doc_text(self.doc)[start:match.end]
        return Mention(start, match.end, self._local_for(label, "place"), "name", "place")

    def _inside_proper_name(self, match: NameMatch, entity: KBEntity) -> Mention | None:
        """`Force de Sibérie 2`, `Power of Siberia`, `le Tour de France`: a place's name after a capitalised
        word and `de` inside a sentence is part of a longer name of something else (a local entity), unless
        that word is a title or a body's common noun (`Président de la Russie`, `Conseil de sécurité`)."""
        if entity.type not in ("place", "country"):
            return None
        text = doc_text(self.doc)
        start = name_head_before(text, match.start)
        if start is None or fold(text[start:match.start].split()[0]) in NOT_NAME_HEADS | TITLE_WORDS | (
                INSTITUTION_NOUNS) or any(m.start <= start < m.end for m in self._matches) or any(
                e.label_ == "PER" and e.start_char <= start < e.end_char for e in self.ents):
            return None  # a title, a body, a known name or a person's name (`Ishiba Shigeru du Japon`)
        start = _head_of_longer_name(text, start)
        end = name_tail_end(text, match.end)
        return Mention(start, end, self._local_for(text[start:end], "other", UNLINKED_LONGER), "name", "other")

    def _thing_names(self) -> list[ThingName]:
        if self._things is None:
            self._things = thing_names(doc_text(self.doc))
        return self._things

    def _thing_holding(self, match: NameMatch, entity: KBEntity) -> ThingName | None:
        """The thing's name (after its class noun) that holds this place's name, unless the run names two
        places or more (`l'accord Chine-Russie`: its parties)."""
        if entity.type not in ("place", "country"):
            return None
        thing = next((t for t in self._thing_names() if t.start <= match.start and match.end <= t.end), None)
        if thing is None or sum(thing.start <= m.start and m.end <= thing.end for m in self._matches) > 1:
            return None
        return thing

    def _thing_mention(self, thing: ThingName) -> Mention:
        label = doc_text(self.doc)[thing.start:thing.end]
        return Mention(thing.start, thing.end, self._local_for(label, thing.type), "name", thing.type)

    def _thing_mentions(self, covered: list[tuple[int, int]]) -> list[Mention]:
        """Things' names that hold no known name (`le missile Hwasong-19`): one local thing each; after a
        plural class noun (`des missiles Iskander`) a model's name, kept from the recogniser's names."""
        mentions = []
        for thing in self._thing_names():
            if any(s < thing.end and thing.start < e for s, e in covered):
                continue
            if thing.one_thing:
                mentions.append(self._thing_mention(thing))
            covered.append((thing.start, thing.end))
        return mentions

    def _media_name(self, match: NameMatch, entity: KBEntity) -> Mention | None:
        """`l'agence officielle Chine nouvelle`, `le quotidien Corée aujourd'hui`: a place's name right after a
        noun of news outlets (no `de` between them) is the outlet's name, a local organisation; the place is no
        mention (`l'agence de presse de Corée` keeps its `de`: not this)."""
        if entity.type not in ("place", "country"):
            return None
        text = doc_text(self.doc)
        if MEDIA_NOUN_BEFORE.search(text, max(0, match.start - 40), match.start) is None:
            return None
        tail = MEDIA_NAME_TAIL.match(text, match.end)
        end = tail.end() if tail else match.end
        label = text[match.start:end]
        return Mention(match.start, end, self._local_for(label, "organization"), "name", "organization")

    def _out_of_context(self, match: NameMatch, entity: KBEntity) -> Mention | None:
        """A contextual name (`Conseil de sécurité`, `le Nord`) the article's context does not support: a local
        entity (`son Conseil de sécurité` is the country's own, `le Nord du pays` a region)."""
        if not self._contextual(match, entity) or self._in_context(match, entity):
            return None
        label, type_ = doc_text(self.doc)[match.start:match.end], _entity_type(entity.type)
        return Mention(match.start, match.end, self._local_for(label, type_, UNLINKED_CONTEXT), "name", type_)

    def _contextual(self, match: NameMatch, entity: KBEntity) -> bool:
        said = fold(doc_text(self.doc)[match.start:match.end])
        return said in {fold(n) for n in entity.contextual}

    def _in_context(self, match: NameMatch, entity: KBEntity) -> bool:
        text, context = doc_text(self.doc), entity.context
        if POSSESSIVE_BEFORE.search(text, max(0, match.start - 8), match.start) or OF_COUNTRY_AFTER.match(
                text, match.end):
            return False
        if entity.type in ("place", "country"):
            root = span_root(self.doc, match.start, match.end)
            if OF_BEFORE.search(text, max(0, match.start - 4), match.start) or root is None or (
                    not stands_for_government(root)):
                return False  # `dans le Nord`, `Afrique du Sud`: a region; `le Nord a tiré`: the state
        said = fold(text[match.start:match.end])  # `le Nord` said before is no naming of North Korea
        again = {m.start for m in self._matches if fold(text[m.start:m.end]) == said}
        linked = {q for start, q in self.named if start not in again
                  and (start < match.start or not context.named_before)}
        linked |= self._countries_said(match.start if context.named_before else len(text))
        folded = fold(text)
        return bool(linked & set(context.qids)) or any(fold(w) in folded for w in context.words)

    def _countries_said(self, before: int) -> set[str]:
        """The countries the text has spoken of before an offset without naming them: through their capital
        (`Pyongyang nie`) or an adjective of nationality (`munitions nord-coréennes`). Either makes `le Nord`,
        standing for a state, that country, as its name would."""
        capitals = {self.kb.capital_of(q) for start, q in self.named if start < before}
        labels = {demonym_country(t.lower_) for t in self.doc if t.idx < before and t.pos_ == "ADJ"}
        said = {e.qid for e in self.kb.of_type("country") if e.label("fr") in labels}
        return (capitals | said) - {None}

    def _named_after(self, match: NameMatch, entity: KBEntity) -> Mention | None:
        """`place Kim Il-sung`, `aéroport Charles-de-Gaulle`: a person's name after a class noun names a
        place or an institution (a local entity), not the person."""
        if entity.type != "person":
            return None
        before = CLASS_NOUN_BEFORE.search(doc_text(self.doc), max(0, match.start - 14), match.start)
        if before is None:
            return None
        type_ = NAMED_AFTER_TYPES[before.group(1).lower()]
        label = doc_text(self.doc)[before.start(1):match.end]
        # The person is named too, as the namesake: typed "other" so that no pronoun or role noun of the
        # article (`son hôte`, `lui`) is taken to refer to them.
        self.entities.add(Entity(entity.qid, entity.label("fr"), "person", entity.labels.get("en")))
        self.namesakes.append(Mention(match.start, match.end, entity.qid, "name", "other"))
        self.named = [(start, q) for start, q in self.named if start != match.start]  # `Kim` is not Kim Il-sung
        return Mention(before.start(1), match.end, self._local_for(label, type_), "name", type_)

    def _group_nouns(self, covered: list[tuple[int, int]]) -> list[Mention]:
        """`les Occidentaux`, `aux Européens`: a capitalised plural noun of inhabitants (a demonym ending)
        names a group of people or states, not one Wikidata item: a local group, the same for each mention.
        The mention holds `les`; a determiner fused with a preposition (`des`, `aux`) stays out, as for names."""
        mentions = []
        for match in GROUP_NOUN.finditer(doc_text(self.doc)):
            noun = match.group("noun")
            if not fold(noun).endswith(GROUP_ENDINGS) and table_demonym(noun.lower()) is None:
                continue
            start = match.start() if match.group("det").lower() == "les" else match.start("noun")
            if any(s < match.end() and start < e for s, e in covered) or self._inside_longer_name(match):
                continue
            local = self._local_for("les " + noun, "group", UNLINKED_GROUP)
            mentions.append(Mention(start, match.end(), local, "nominal", "group"))
            covered.append((start, match.end()))
        return mentions

    def _inside_longer_name(self, match: re.Match[str]) -> bool:
        """`les Gardiens de la révolution`: the plural noun begins an organisation's name the recogniser
        found, longer than the noun; that name is the mention, not a group."""
        start, end = match.start("noun"), match.end("noun")
        return any(e.start_char == start and e.end_char > end and e.label_ == "ORG" for e in self.ents)

    def _unknown_names(self, covered: list[tuple[int, int]]) -> list[Mention]:
        mentions = []
        for ent in self.ents:
            parts = _occurrence_parts(ent)
            if not parts:
                start, end, region = _region_or_name(ent)
                parts = [(start, end, "place" if region else None)]
            for start, end, type_ in parts:
                end = _nationality_end(ent, end) if start is not None else end
                if start is None or any(s < end and start < e for s, e in covered):
                    continue
                mentions.append(self._unknown_name(ent, start, end, type_ or _unknown_type(ent, start)))
                covered.append((start, end))
        return mentions

    def _civility_names(self, covered: list[tuple[int, int]]) -> list[Mention]:
        """`M. Michel et Mme von der Leyen regagneront Bruxelles`: the capitalised words after a civility are a
        person's name even when the recogniser missed them (at a paragraph's start, in a list); the same local person
        as the full name the article gave (`Charles Michel`), else one of its own."""
        mentions = []
        for civility in self.doc:
            if civility.text.rstrip(".") not in ("M", "Mme", "Mlle", "MM") or civility.i + 1 >= len(self.doc) or (
                    civility.text in ("M", "MM") and self.doc[civility.i + 1].text != "."):
                continue
            first = civility.i + 1 + (civility.text in ("M", "MM"))  # `M` `.` when the tokenizer cuts the dot off
            words = list(self.doc[first:first + 5])
            n = 0
            while n < len(words) and ((words[n].text[:1].isupper() and words[n].is_alpha) or _particle_in_name(
                    words, n) or (n and words[n - 1].is_lower and _particle_in_name(words, n - 1))):
                n += 1
            while n and words[n - 1].is_lower:
                n -= 1
            if not n or fold(words[0].text) in NOT_NAMES | TITLE_WORDS | INSTITUTION_NOUNS:
                continue
            start, end = words[0].idx, words[n - 1].idx + len(words[n - 1].text)
            if any(s < end and start < e for s, e in covered):
                continue
            mentions.append(Mention(start, end, self._local_for(doc_text(self.doc)[start:end], "person"), "name",
                                    "person"))
            covered.append((start, end))
        return mentions

    def _unknown_name(self, ent: Span, start: int, end: int, type_: str) -> Mention:
        """The local mention of a name the knowledge base does not hold."""
        if type_ != "person" and names_a_state(doc_text(self.doc)[start:end]):
            type_ = "country"  # `le Niger`, `la Serbie`: a state the knowledge base does not hold (state_names.py)
        return Mention(start, end, self._local_for(doc_text(self.doc)[start:end], type_), "name", type_)

    def _local_for(self, label: str, type_: str, reason: str = UNLINKED_NOT_IN_KB) -> str:
        """The same local entity for the same name, and for a person's surname after the full name."""
        if type_ == "country" and names_a_state(label):
            return state_entity(self.entities, label)  # `la Grande-Bretagne` after `Royaume-Uni`: one state
        key = fold(label)
        for entity in self.entities.by_id.values():
            if not entity.id.startswith("local:"):
                continue
            same_name = entity.type == type_ and fold(entity.label) == key
            # `Le Drian`, `von der Leyen`, `Lula da Silva` after the full name: a family name of several words too
            surname = entity.type == "person" and type_ == "person" and " " in key and fold(entity.label).endswith(
                " " + key)
            surname = surname or (entity.type == "person" and " " not in key and (
                fold(entity.label).endswith(" " + key) or (surname_of(entity.label),) == name_keys(label)))
            if same_name or surname or (type_ == "person" and entity.type == "person" and _name_before_particle(
                    fold(entity.label), key)):
                return entity.id
        return self.entities.new_local(label, type_, reason)


def _name_before_particle(label: str, key: str) -> bool:
    """`Lula` after `Luiz Inácio Lula da Silva`, `Tamim` after `Tamim ben Hamad Al-Thani`: the one word right before
    the particle that opens a person's family name (`da Silva`, `ben Hamad`) is the name the press calls them by
    (folded ``label`` and ``key``); a name with no particle has no such word."""
    words = label.split()
    return " " not in key and any(words[i] == key and words[i + 1] in NAME_PARTICLES for i in range(len(words) - 2))


def _initials(name: str) -> str:
    """`Autorité palestinienne` -> `AP`: the first letters of the words past small ones (`de`, `la`)."""
    words = re.findall(r"[^\W\d_]+", name.replace("’", "'"))
    return "".join(w[0].upper() for w in words if w.lower() not in ("de", "des", "du", "la", "le", "les", "l", "d",
                                                                        "et", "pour", "of", "the", "and"))


def _with_article(text: str, start: int) -> int:
    """Where a description starts with the article or demonstrative right before it (`l'armée russe`, `la
    diplomatie russe`, `le Nord`); a determiner fused with a preposition (`du`, `au`) stays out."""
    found = ARTICLE_BEFORE.search(text, max(0, start - 7), start)
    return found.start() if found else start


def _unknown_type(ent: Span, start: int) -> str:
    """spaCy's label, except that a "person" after an article (`le Rodong Sinmun`) is an organisation."""
    type_ = TYPE_OF_LABEL.get(ent.label_, "other")
    titled = [t for t in ent if t.lower_ not in LEADING_WORDS][:1]
    if type_ == "other" and titled and fold(titled[0].text) in TITLE_WORDS and ent[-1].pos_ == "PROPN":
        return "person"  # `Premier ministre vietnamien Pham Minh Chinh`: whom a title names is a person
    if type_ != "person" and (_after_person_description(ent, start) or _after_person_title(ent, start)):
        return "person"  # `le ministre nord-coréen de la Défense, No Kwang-chol,`: whom the description names
    before = ent.doc.char_span(max(start - 4, 0), start, alignment_mode="expand")
    if type_ == "person" and before is not None and len(before) and before[-1].lower_ in ("le", "la", "les", "l'"):
        return "organization"
    if type_ in ("person", "place", "other") and _described_as_body(doc_text(ent.doc), start, ent.end_char):
        return "organization"  # `le constructeur japonais Toyota`, `X, le géant minier`: its description says
    return type_


def _described_as_body(text: str, start: int, end: int) -> bool:
    """Is the name at ``start`` right after a company's or an outlet's description (`l'opérateur public kazakh`)
    that completes no other noun (not `le patron de la compagnie X`, whose name is a person's), or set off before
    one (`X, le géant minier brésilien,`)?"""
    if BODY_APPOSITION.match(text, end) and not PREPOSITION_BEFORE.search(text[max(0, start - 12):start]):
        return True  # not `À Kazan, le groupe a dit`: a place fronted before its clause
    for pattern in (COMPANY_DESCRIPTION, MEDIA_DESCRIPTION):
        found = pattern.search(text, max(0, start - 60), start)
        if found is not None:  # not `le journal de X`: the name completes the description, someone else's
            return not OF_BEFORE.search(text[max(0, found.start() - 4):found.start()]) and not (
                OF_INSIDE.search(found.group()))
    return False


def _after_person_title(ent: Span, start: int) -> bool:
    """Is the name set right after a title headed by a person noun, past its adjectives and demonyms (`et son
    homologue estonien X`, `le numéro un chinois X`)? The title names a person, whatever the recogniser took the
    name for; a title ending on another noun (`le directeur de l'agence X`) or a preposition (`à X`) does not."""
    doc = ent.doc
    first = next((t.i for t in ent if t.idx >= start), ent.start)  # the name, past a title the entity holds
    i = first - 1
    while i >= 0 and (doc[i].pos_ == "ADJ" or demonym_country(doc[i].lower_) is not None or (
            doc[i].lower_ == "un" and i > 0 and doc[i - 1].lower_ == "numéro")):
        i -= 1  # `estonien`, `chinois` (tagged a noun), `un` of `numéro un`
    if i < 1 or doc[i].pos_ != "NOUN" or not is_person_noun(doc[i].text):
        return False
    i -= 1
    while i > 0 and doc[i].pos_ == "ADJ":
        i -= 1  # `le Premier ministre`, `l'ancien président`
    return doc[i].lower_.replace("’", "'") in TITLE_DETERMINERS


def _after_person_description(ent: Span, start: int) -> bool:
    """Is the name set off by a comma right after a phrase headed by a person noun (`son ministre de la Défense,
    X`)? Such an apposition names the person described, whatever the recogniser took the name for."""
    doc = ent.doc
    comma = doc[ent.start - 1] if ent.start else None
    if comma is None or comma.text != "," or comma.idx + 2 < start - 1:
        return False
    return description_before(doc, comma) is not None


def _entity_type(kb_type: str) -> str:
    return kb_type if kb_type in ("person", "organization", "country", "place") else "other"


def _capitalised_inside_sentence(tokens: list[Token]) -> bool:
    """`au Kazakhstan` tagged as a common noun: a capital letter inside a sentence, on every word of a place
    the recogniser found right after a preposition of place, still makes it a name (an organisation's common
    noun, `le Conseil`, or part of a longer name, `la flotte du Pacifique`, does not)."""
    if not tokens or tokens[0].is_sent_start or tokens[0].doc[tokens[0].i - 1].lower_ not in PLACE_PREPOSITIONS:
        return False
    return all(t.text[:1].isupper() for t in tokens if t.is_alpha)


def _capitalised_noun_name(tokens: list[Token]) -> bool:
    """`pour la Malaisie`, `sur Telegram`, `la future Station internationale de recherche lunaire`: a name the
    recogniser found and the tagger took for a common noun, written with a capital inside its sentence (not
    after a quote's opening); not a capitalised common noun of an institution standing alone (`le Conseil`),
    which the anaphors read."""
    first = tokens[0] if tokens else None
    if first is None or first.is_sent_start or not first.text[:1].isupper() or not first.is_alpha:
        return False
    before = first.doc[first.i - 1]
    if (before.is_punct and before.text not in (",", "(")) or before.is_space:
        return False  # `« Nous`, `. Le`: a capital any word takes there
    return fold(first.text) not in INSTITUTION_NOUNS and not _of_an_office(first)


def _of_an_office(first: Token, heads: frozenset[str] | set[str] = OFFICE_NOUNS) -> bool:
    """`le ministère de l'Unification`, `le département d'État`, `la flotte du Pacifique`: a capitalised noun
    after `de` and a noun of an office or a force is part of that body's name, not a name of its own; so is a
    complement coordinated with that one (`le ministre de l'Énergie et des Mines`, `des Affaires étrangères et
    de la Coopération`, `de l'Industrie, du Commerce et de ...`): the office's title goes on over `et`."""
    doc = first.doc
    i = first.i - 1
    while i > 0 and doc[i].pos_ == "DET":
        i -= 1
    if doc[i].lower_ not in OF_WORDS:
        return False
    j = i - 1
    for _ in range(MAX_COORDINATED_COMPLEMENTS):
        # `le ministère sud-coréen de l'Unification`; `le ministre kazakh de`, the nationality right after the
        # head, which the tagger may take for a noun or a verb
        while j > 0 and (doc[j].pos_ == "ADJ" or (doc[j].pos_ in ("NOUN", "VERB") and doc[j].is_lower and (
                doc[j - 1].lemma_ in heads))):
            j -= 1
        if j >= 0 and doc[j].lemma_ in heads:
            return True
        if j < 1 or doc[j].lower_ not in ("et", "ou", ","):
            return False
        j = _complement_start(doc, j - 1)  # over `de l'Énergie` to the noun it completes
        if j is None:
            return False
    return False


def _portfolio(tokens: list[Token]) -> bool:
    """`Économie et des Finances` in `le ministre malien de l'Économie et des Finances`, `Industrie` in `le
    ministère de l'Industrie`: capitalised nouns with their article after a minister's or a ministry's `de` (or
    coordinated with such a complement) are its portfolio, part of the title, whatever the recogniser or the
    tagger took them for; a state (`le ministre du Niger`) or a name with no article (`de Lee Jae-myung`) is not."""
    if not tokens or not tokens[0].text[:1].isupper() or tokens[0].i < 2:
        return False
    before = tokens[0].doc[tokens[0].i - 1]
    article = before.pos_ == "DET" or before.lower_ in ("du", "des")
    if not article or names_a_state(" ".join(t.text for t in tokens)) or any(t.like_num for t in tokens):
        return False
    return _of_an_office(tokens[0], PORTFOLIO_HEADS) and tokens[-1].pos_ in ("NOUN", "PROPN", "ADJ")


def _complement_start(doc: Doc, last: int) -> int | None:
    """The word before the `de` that opens the complement ending at ``last`` (`de l'Énergie`, `des Affaires
    étrangères`), when that complement is a capitalised noun with its article and adjectives; else None."""
    i = last
    while i > 0 and last - i < 5 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "DET") and not doc[i].is_punct:
        if doc[i].pos_ in ("NOUN", "PROPN") and not doc[i].text[:1].isupper():
            return None  # `de la paix et du Commerce`: a common noun, no title of an office
        i -= 1
    return i - 1 if i < last and doc[i].lower_ in OF_WORDS else None


# `le G7 de Hiroshima`, `le G20 de New Delhi`, `la COP28 de Dubaï`: an acronym counted by a number names a body or
# a series of meetings; `de` and a place after it say where this one met, not another body (the place is its own
# mention, and a later bare `Le G7` is the same body).
COUNTED_ACRONYM = re.compile(r"[A-Z]{1,4}\d{1,2}")


def _occurrence_parts(ent: Span) -> list[tuple[int, int, str]]:
    """The body and the place of a recognised `<counted acronym> de <Place>` (see :data:`COUNTED_ACRONYM`):
    [(start, end, type)] for each, else []."""
    tokens = [t for t in ent if t.lower_ not in LEADING_WORDS]
    if len(tokens) < 3 or not COUNTED_ACRONYM.fullmatch(tokens[0].text) or tokens[1].lower_ not in ("de", "d'", "d’"):
        return []
    place = tokens[2:]
    if not all(t.text[:1].isupper() or t.is_punct for t in place) or place[-1].is_punct:
        return []
    body = tokens[0]
    return [(body.idx, body.idx + len(body.text), "organization"),
            (place[0].idx, place[-1].idx + len(place[-1].text), "place")]


def _region_or_name(ent: Span) -> tuple[int | None, int, bool]:
    """The name inside a recognised entity, or the region phrase that holds it (`la province de Hokkaido`,
    `province de Quang Ngai` as the recogniser found it): (start, end, is a region phrase)."""
    text = doc_text(ent.doc)
    first_name = next((t for t in ent if t.text[:1].isupper() and t.i > ent.start), None)
    if ent[0].text[:1].islower() and first_name is not None:
        region = region_phrase_start(text, first_name.idx)
        if region is not None and region >= ent.start_char:
            return region, _name_run_end(ent), True
        if DIVISION_OF.fullmatch(text[ent.start_char:first_name.idx]):
            # `région de Koursk` as the recogniser found it: the name (the division step makes the phrase)
            return first_name.idx, _name_run_end(ent), False
    start, end = _trim(ent)
    region = region_phrase_start(text, start) if start is not None else None
    return (region, _name_run_end(ent), True) if region is not None else (start, end, False)


# A division's noun and `de` the recogniser takes into a region's name (`région de Koursk`).
DIVISION_OF = re.compile(r"(?:région|île|archipel|péninsule)[ \u00a0]+(?:de[ \u00a0]+|d['’])")


def _name_run_end(ent: Span) -> int:
    """The end of a region's name past the recogniser's entity, through the capitalised words right after it
    (`province de Binh` then `Dinh`: the recogniser may cut a name of several words)."""
    doc, i = ent.doc, ent.end
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and doc[i].idx == (
            doc[i - 1].idx + len(doc[i - 1].text) + 1):
        i += 1
    return doc[i - 1].idx + len(doc[i - 1].text)


def _trim(ent: Span) -> tuple[int | None, int]:
    """The name inside a spaCy entity: no leading article, only if it holds a proper noun."""
    tokens = list(ent)
    while tokens and tokens[0].lower_ in LEADING_WORDS and not _article_of_name(tokens):
        tokens = tokens[1:]
    tokens = _without_description(tokens)
    if len(tokens) > 1 and tokens[0].lower_.rstrip(".") in CIVILITIES and (tokens[1].pos_ == "PROPN" or (
            _particle_in_name(tokens, 1)) or (len(tokens) > 2 and tokens[1].text[:1].isupper() and tokens[1].is_alpha)):
        tokens = tokens[1:]  # `M. Lee`: the name is `Lee`; the civility before it still tells the gender
        # (`Mme von der Leyen`: `von der Leyen`, the particle part of the family name)
    if len(tokens) > 1 and fold(tokens[0].text) in NAME_TITLES and tokens[1].pos_ == "PROPN" and tokens[1].text[
            :1].isupper():
        tokens = tokens[1:]  # `Cheikh Tamim`, `Prince Fayçal`: a rank before a person's name is no part of it
    if len(tokens) == 1 and (_nationality_before_name(tokens[0]) or _fronted_participle(tokens[0])):
        return None, 0
    tokens = _without_title(ent, tokens)
    if _title_before_name(ent, tokens):
        return None, 0
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    while ent.label_ == "PER" and len(tokens) > 1 and tokens[-1].is_lower and tokens[-2].text[-1:] != "-":
        tokens = tokens[:-1]  # `Lee Jae-myung lundi`: a person's name ends with a capitalised word
    if _portfolio(tokens):
        return None, 0
    named = any(t.pos_ == "PROPN" for t in tokens) or (ent.label_ == "ORG" and len(tokens) > 1) or (
        len(tokens) == 1 and COUNTED_ACRONYM.fullmatch(tokens[0].text) is not None) or (
        ent.label_ == "LOC" and _capitalised_inside_sentence(tokens)) or _capitalised_noun_name(tokens)
    if not tokens or not named or not (tokens[0].text[:1].isupper() or (
            ent.label_ == "PER" and _particle_in_name(tokens, 0))):  # `von der Leyen`: a family name with a particle
        return None, 0
    if fold(" ".join(t.text for t in tokens)) in NOT_NAMES or (len(tokens[0].text) == 1 and len(tokens) == 1):
        return None, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


CIVILITIES = {"m", "mme", "mlle", "mm", "dr", "pr", "monsieur", "madame"}
# Lower-case words that open a family name (`von der Leyen`, `de Villepin`, `ben Farhane`, `da Silva`): part of a
# person's name between a capitalised word and the next (folded).
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "du", "des", "da", "do", "dos", "das", "di", "del",
                            "della", "ben", "bin", "ibn", "bint", "al", "el", "ould", "ter", "zu", "af"})
# Ranks written before a person's name with a capital (`Cheikh Tamim`): no part of the name (folded).
NAME_TITLES = frozenset({"cheikh", "cheikha", "emir", "prince", "princesse", "sultan"})


def _particle_in_name(tokens: list[Token], i: int) -> bool:
    """Is ``tokens[i]`` a lower-case particle of a family name (`von` in `von der Leyen`, `de` in `Dominique de
    Villepin`): the particles from there end on a capitalised proper noun, within the tokens?"""
    j = i
    while j < len(tokens) and tokens[j].is_lower and fold(tokens[j].text) in NAME_PARTICLES:
        j += 1
    return i < j < len(tokens) and j - i <= 2 and tokens[j].text[:1].isupper() and tokens[j].pos_ in ("PROPN", "X")
# Capitalised words before `de` and a country or city that do not start a name of something else: titles and
# bodies (`Président de la Russie`, `Conseil de sécurité`), and words of a state's own name (`Fédération de
# Russie`, `République de Corée`, `Secrétaire d'État`).
NOT_NAME_HEADS = {"federation", "republique", "royaume", "etat", "etats", "emirats", "principaute", "grand-duche",
                  "empire", "sultanat", "capitale", "ville", "gouverneur", "maire", "patriarche", "habitants",
                  "peuple", "citoyens", "nord", "sud", "est", "ouest", "centre"}
# News outlets an organisation's description may name it as (`le quotidien Asahi Shimbun`, `le média indépendant X`).
OUTLET_NOUNS = frozenset({"média", "journal", "quotidien", "hebdomadaire", "chaîne", "radio", "télévision",
                          "magazine"})
# `le média indépendant Meduza`, `la chaîne publique NHK`, `l'agence Kyodo`: a news outlet's description right before
# its name.
MEDIA_DESCRIPTION = re.compile(
    rf"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:{'|'.join(sorted(OUTLET_NOUNS | {'agence'}))})(?:\s+[a-zéèêëïîôûç-]+){{0,3}}"
    r"\s+$")
# `X, le géant minier brésilien,`: a company's or an outlet's description set off right after its name.
BODY_APPOSITION = re.compile(
    rf"\s*,\s*(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:{'|'.join(sorted(COMPANY_NOUNS))}|média|quotidien|hebdomadaire|"
    r"chaîne|magazine)\b")
# `de` or `d'` right before a name (read in the few characters before it)
OF_BEFORE = re.compile(r"\b(?:de|d['’])\s*$")
OF_INSIDE = re.compile(r"\b(?:de|du|des|d['’])(?:\s|$)")
PREPOSITION_BEFORE = re.compile(r"(?:^|[\s'’])(?i:à|au|en|dans|depuis|de|d|du|pour|selon|avec|chez|contre|par|sur|"
                                r"vers)[\s'’]*$")
TITLE_DETERMINERS = {"le", "la", "l'", "son", "sa", "leur", "un", "une", "du", "au", "de"}
# Titles the recogniser may take into a person's name (`Premier ministre vietnamien Pham Minh Chinh`).
TITLE_WORDS = {"premier", "premiere", "president", "presidente", "ministre", "chef", "secretaire", "dirigeant",
               "dirigeante", "vice-president", "vice-presidente", "general", "generale", "roi", "reine", "prince",
               "princesse", "pape", "maire", "gouverneur", "gouverneure", "senateur", "senatrice", "depute", "deputee",
               "ambassadeur", "ambassadrice", "commissaire", "opposant", "opposante", "porte-parole"}


# `Union des Polonais de`: a capitalised word and `des`, `du` before the head of a longer name begin that name.
HEAD_OF_HEAD = re.compile(r"(?<!\w)(?P<head>[A-ZÉÈÊÎÔÂ][\w-]+)[ \u00a0]+(?:des|du|de[ \u00a0]+la|de[ \u00a0]+l['’])"
                          r"[ \u00a0]*$")


def _head_of_longer_name(text: str, start: int) -> int:
    """`l'Union des Polonais de Biélorussie`, `la Ligue des amis de Russie`: the longer name begins at the
    capitalised word before `des`, `du` and its head (`Polonais`), when that word does not open the sentence."""
    before = HEAD_OF_HEAD.search(text, max(0, start - 40), start)
    if before is None:
        return start
    opening = text[max(0, before.start() - 4):before.start()].rstrip()[-1:]
    return start if opening in ("", ".", "!", "?", ":", "\n", "«") else before.start("head")


# Words after a participle that opens a sentence (`Visé par des sanctions`, `Interrogé sur`, `Arrivé lundi`).
PARTICIPLE_FOLLOWERS = {"par", "de", "d'", "d’", "du", "des", "à", "au", "aux", "sur", "pour", "en", "dans", "depuis",
                        "lors", "avec", "contre", *DATE_WORDS}
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


def _fronted_participle(word: Token) -> bool:
    """`Visé par des sanctions depuis 2020, le régime ...`: a past participle opening a sentence takes a capital
    the recogniser may read as a name; a word in -é opening the sentence, followed by a preposition or a day, is
    no name (`Lomé, capitale du Togo` is followed by a comma)."""
    if not word.text.endswith(PARTICIPLE_ENDINGS) or word.i + 1 >= len(word.doc):
        return False
    opening = word.i == 0 or word.doc[word.i - 1].text in (".", "!", "?", "\n", "\n\n", "«", ":") or word.doc[
        word.i - 1].is_space
    return opening and fold(word.doc[word.i + 1].text) in PARTICIPLE_FOLLOWERS


def _article_of_name(tokens: list[Token]) -> bool:
    """`à La Haye`, `de La Paz`: an article written with a capital inside a sentence (after a preposition) is
    part of the place's own name, not the phrase's article."""
    first = tokens[0]
    if first.text not in ("La", "Le", "Les") or len(tokens) < 2 or not tokens[1].text[:1].isupper() or first.i == 0:
        return False
    before = first.doc[first.i - 1]
    return before.pos_ == "ADP" and before.is_lower


def _nationality_end(ent: Span, end: int) -> int:
    """`l'Assemblée nationale vietnamienne`, `la Garde nationale ukrainienne`: an adjective of nationality right
    after a body's name the recogniser cut before it says which country's body it is, and is part of the name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or doc[ent.end - 1].idx + len(doc[ent.end - 1]) != end:
        return end
    after = doc[ent.end]
    if after.is_lower and after.is_alpha and (demonym_country(after.lower_) is not None or is_nationality(after)):
        return after.idx + len(after)
    return end


def _without_description(tokens: list[Token]) -> list[Token]:
    """`russe Novatek` in `le géant gazier russe Novatek`: the recogniser may take the description's last
    adjectives into the name; lower-case adjectives (of nationality, whatever the tagger says) before a run of
    capitalised words are the description's, not the name's."""
    i = 0
    while i < len(tokens) and tokens[i].is_lower and tokens[i].is_alpha and (
            tokens[i].pos_ == "ADJ" or demonym_country(tokens[i].lower_) is not None):
        i += 1
    tail = tokens[i:]
    if i == 0 or not tail or not all(t.text[:1].isupper() or t.is_punct for t in tail):
        return tokens
    return tail


def _without_title(ent: Span, tokens: list[Token]) -> list[Token]:
    """`Premier ministre vietnamien Pham Minh Chinh`: a title, its small words and adjectives before a run of
    proper nouns are no part of the name (an organisation's name keeps them: `Parti communiste vietnamien`)."""
    if not tokens or fold(tokens[0].text) not in TITLE_WORDS:
        return tokens
    # `Premier ministre Dominique de Villepin`: a particle between two capitalised words is part of the name
    last_small = max((i for i, t in enumerate(tokens) if t.is_lower and not (
        i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].pos_ == "PROPN" and _particle_in_name(
            tokens, i)) and not (i > 1 and tokens[i - 1].is_lower and _particle_in_name(tokens, i - 1))), default=None)
    if last_small is None or last_small + 1 >= len(tokens):
        return tokens
    name = tokens[last_small + 1:]
    if ent.label_ == "ORG" and not (len(name) >= 2 and all(t.text[:1].isupper() and t.pos_ in (
            "PROPN", "NOUN", "X") for t in name)):
        return tokens  # `Parti communiste vietnamien`; but `Première ministre lituanienne X Y`, taken for a body
    return name if all(t.pos_ == "PROPN" or t.text[:1].isupper() or _particle_in_name(name, i) or (
        i > 0 and _particle_in_name(name, i - 1)) for i, t in enumerate(name)) else tokens


def _title_before_name(ent: Span, tokens: list[Token]) -> bool:
    """`La Première ministre italienne Giorgia Meloni`: the recogniser may make the title alone an entity (an
    organisation) before the person's name; a capitalised title word and lowercase words only, right before a
    proper noun, name no one: the title of the name after it."""
    if not tokens or fold(tokens[0].text) not in TITLE_WORDS or not all(t.is_lower for t in tokens[1:]) or (
            len(tokens) < 2):
        return False
    doc, i = ent.doc, ent.end
    while i < min(len(doc), ent.end + 3) and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN"):
        i += 1  # `la Première ministre italienne Giorgia Meloni`: the rest of the title
    return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()


def _nationality_before_name(word: Token) -> bool:
    """`le Biélorusse Alexandre Loukachenko`: a noun of nationality right before a person's name belongs to the
    name's phrase; it names no entity of its own."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return demonym_country(word.lower_) is not None and following is not None and following.pos_ == "PROPN"
