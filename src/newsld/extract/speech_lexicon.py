"""The words of French reported speech the speech rules read: reporting verbs and the speech act each makes,
the constructions some of them need, the words of refusal and of attribution, and the nouns of sources and
speakers. Tables, not rules: the rules are in ``speech.py``."""

from __future__ import annotations

# reporting verb lemma -> speech act type
REPORTING = {
    "rapporter": "Report", "ajouter": "Report", "indiquer": "Report", "relater": "Report", "raconter": "Report",
    "écrire": "Report", "informer": "Report", "savoir": "Report", "documenter": "Report", "signaler": "Report",
    "révéler": "Report", "tweeter": "Report", "publier": "Report", "poursuivre": "Report", "détailler": "Report",
    "déclarer": "Statement", "dire": "Statement", "affirmer": "Statement", "préciser": "Statement",
    "souligner": "Statement", "confirmer": "Statement", "expliquer": "Statement", "estimer": "Statement",
    "répondre": "Statement", "répliquer": "Statement", "parler": "Statement", "réaffirmer": "Statement",
    "annoncer": "Statement", "insister": "Statement", "démentir": "Statement", "nier": "Statement",
    "reconnaître": "Statement", "juger": "Statement", "qualifier": "Statement", "évoquer": "Statement",
    "remercier": "Statement", "saluer": "Statement", "dénoncer": "Statement", "condamner": "Statement",
    "regretter": "Statement", "déplorer": "Statement", "justifier": "Statement", "balayer": "Statement",
    "marteler": "Statement", "ironiser": "Statement", "lancer": "Statement", "exprimer": "Statement",
    "appeler": "Statement", "exhorter": "Statement", "plaider": "Statement", "réclamer": "Statement",
    "rappeler": "Statement", "commenter": "Statement", "féliciter": "Statement", "inquiéter": "Statement",
    "glisser": "Statement", "conclure": "Statement", "résumer": "Statement", "tonner": "Statement",
    "fustiger": "Statement", "critiquer": "Statement", "rejeter": "Statement", "répéter": "Statement",
    "réitérer": "Statement", "confier": "Statement", "témoigner": "Statement",
    "noter": "Statement", "relever": "Statement", "observer": "Statement", "renchérir": "Statement",
    "prédire": "Statement", "exiger": "Statement", "reprocher": "Statement", "réjouir": "Statement",
    "étonner": "Statement", "alarmer": "Statement", "valoir": "Statement",
    "tempérer": "Statement", "nuancer": "Statement", "admettre": "Statement", "concéder": "Statement",
    "réagir": "Statement", "rétorquer": "Statement", "objecter": "Statement", "protester": "Statement",
    "indigner": "Statement", "insurger": "Statement", "souffler": "Statement", "trancher": "Statement",
    "avancer": "Statement", "soutenir": "Statement", "demander": "Statement", "interroger": "Statement",
    "exclamer": "Statement", "plaisanter": "Statement", "claironner": "Statement", "proclamer": "Statement",
    "clamer": "Statement", "vanter": "Statement", "accuser": "SpeechAct", "lire": "Report",
    "jurer": "Assurance", "certifier": "Assurance", "sommer": "Warning", "enjoindre": "Warning",
    "engager": "Assurance", "assurer": "Assurance", "promettre": "Assurance", "garantir": "Assurance",
    "rassurer": "Assurance",
    "avertir": "Warning", "menacer": "Warning", "prévenir": "Warning", "alerter": "Warning", "mettre": "Warning",
    "transmettre": "SpeechAct", "adresser": "Statement", "redouter": "SpeechAct",
    "faire": "Report",  # `a fait état de`, with its particle only
    "trinquer": "Toast", "porter": "Toast",
    "soupçonner": "SpeechAct", "persuader": "SpeechAct", "convaincre": "SpeechAct",
    "craindre": "SpeechAct", "laisser": "SpeechAct", "suggérer": "SpeechAct", "citer": "Report",
    "douter": "Statement", "présenter": "Statement", "mentionner": "Statement", "nommer": "SpeechAct",
    "chiffrer": "SpeechAct",
}
# Verbs that are speech only as what a speaker left unsaid (`sans jamais nommer les États-Unis`, `sans en chiffrer
# le coût`): `nommer un ministre` (appoint) and `chiffrer un projet` (cost it) are not speech.
UNSAID_ONLY = {"nommer", "chiffrer"}
# Verbs that report only with the words they govern: a quote right before (`», a lancé X`) or after (`: «`).
QUOTE_ONLY = {"lancer", "poursuivre", "conclure", "glisser", "résumer", "tonner", "publier", "porter", "souffler",
              "trancher", "plaisanter", "exclamer", "tempérer", "nuancer", "rétorquer", "objecter", "claironner",
              "réagir"}
# Verbs that report with a quote or a `que` clause (`a ajouté que`), not with a plain object (`ajouter du sel`).
QUOTE_OR_CLAUSE = {"ajouter", "confier", "témoigner", "renchérir", "observer", "noter", "relever", "admettre",
                   "concéder", "demander", "interroger", "protester", "clamer", "proclamer"}
# Verbs that report only in one construction (`mettre en garde`, `porter un toast`, `laisser entendre`,
# `appeler X à faire`, `qualifier X de Y`, `s'inquiéter`, `rappeler que`): the word that must follow.
PARTICLES = {"mettre": {"garde"}, "porter": {"toast"}, "laisser": {"entendre", "comprendre"},
             "faire": {"état", "savoir", "valoir"}}  # `a fait état de`, `a fait savoir`
# Words that, given or sent, are speech: a quote, a message, greetings, a protest, a warning
SPEECH_OBJECT = (r"^[^.;]{0,50}?(?:«|\b(?:message|messages|salutations|vœux|voeux|condoléances|félicitations|"
                 r"remerciements|protestation|protestations|avertissement|avertissements|mise\s+en\s+garde|"
                 r"excuses|ultimatum|mise\s+en\s+demeure)\b)")
NEEDS_AFTER = {"qualifier": r"^[^.,;«»]{0,60}?\b(?:de|d'|d’)\s*(?:«\s*)?\w",
               "appeler": r"^[^.,;]{0,60}?\b(?:à|au|aux)\s+(?!téléphone)",
               "exhorter": r"^[^.]{0,60}?\bà\s+(?:«\s*)?\w+", "rappeler": r"^\s*(?:que\b|qu'|qu’|:|«)",
               "inquiéter": None, "conclure": None, "publier": r"^\s*(?::|«)", "poursuivre": None,

               "citer": r"^\s*par\b",
               # `a transmis à son hôte « les salutations » de X`, `a adressé une protestation à Pyongyang`
               "transmettre": SPEECH_OBJECT, "adresser": SPEECH_OBJECT,
               # `s'engager à accélérer`, `s'est engagé à ce que`: a pledge, not `s'engager dans une guerre`
               "engager": r"^[^.;]{0,60}?\bà\s+(?:ce\s+qu|(?:\w+\s+)?[a-zéè]+(?:er|ir|re)\b)",
               # `soutenir que` (maintain), not `soutenir « toujours » les décisions` (support)
               "soutenir": r"^\s*(?:que\b|qu')", "avancer": r"^\s*(?:que\b|qu')",
               "lire": r"^\s*(?:\w+\s+)?(?:dans|sur)\b",
               # `doute que ces promesses changent`: an opinion (not `ne doute de rien`)
               "douter": r"^[^.;:«»]{0,30}?\b(?:que\b|qu')",
               # `présenté par le régime comme « l'arme ultime »`: what someone calls a thing
               "présenter": r"^[^.;:«»]{0,60}?\bcomme\b"}  # `peut-on lire dans un communiqué`
# ... and the words that must come before it: `peut-on lire`, `lit-on`, `pouvait-on lire`
NEEDS_BEFORE = {"lire": r"-on\s*$"}
# `se qualifier` (for a final), `se rappeler` (remember), `s'appeler` (be named), `se lancer`: not said.
NOT_REFLEXIVE = {"qualifier", "rappeler", "appeler", "lancer", "porter", "rejeter", "répéter", "noter", "prévenir",
                 "confier", "rapporter", "indiquer", "annoncer", "répondre", "promettre"}
# `s'inquiéter`, `se féliciter`: said; `inquiéter X` is not
REFLEXIVE_ONLY = {"engager", "inquiéter", "féliciter", "réjouir", "étonner", "alarmer"}
# `n'a pas réagi` is news (the speaker kept silent); `a réagi` without words may be any deed, not speech.
SILENCE_SAYS = {"réagir"}
NEGATIONS = {"pas", "jamais", "rien", "guère", "point"}
# `a refusé de commenter`, `a décliné de s'exprimer`, `s'est abstenu de commenter`: speech refused
REFUSALS = {"refuser", "décliner", "abstenir", "éviter", "esquiver"}
# Verbs that only frame the reporting verb after them (`s'est-il contenté de répondre`, `a tenu à rappeler`)
FRAMING_VERBS = {"contenter", "borner", "limiter", "tenir", "empresser", "finir", "venir"}
# `Dans un communiqué diffusé par l'agence KCNA, X a affirmé`: the document, and who spread it
DOCUMENT_NOUNS = {"communiqué", "déclaration", "texte", "message", "lettre", "dépêche", "entretien", "interview",
                  "discours", "vidéo", "tribune"}
# Signed pieces a newspaper publishes (`une tribune publiée par le quotidien X`): the publication is a report of its own
PUBLISHED_PIECES = {"tribune", "article", "éditorial", "chronique", "lettre"}
# `selon un communiqué de la présidence`, `d'après un bilan des autorités`: the author is the source
REPORT_NOUNS = DOCUMENT_NOUNS | {"bilan", "rapport", "chiffres", "estimation", "estimations", "décompte", "sondage",
                                 "enquête", "relevé", "note"}
SPREAD_VERBS = {"diffuser", "publier", "relayer", "transmettre", "citer", "rapporter", "accorder"}
# `qui s'exprimait devant la presse`: speaking as such, the setting of what the speaker said
SETTING_VERBS = {"exprimer", "parler"}
# `a refusé de donner des détails`: information withheld (a verb of giving, a noun of information)
GIVE_VERBS = {"donner", "fournir", "apporter", "livrer", "communiquer", "divulguer", "dévoiler"}
INFORMATION_NOUNS = {"détail", "précision", "information", "explication", "chiffre", "commentaire", "indication"}
# `un appel de Washington à la retenue`: a call named by its noun
CALL_NOUNS = {"appel", "exhortation"}
# `n'a pas manqué de souligner`, `n'a pas hésité à dénoncer`, `ne cesse de répéter`: said, and said again
LITOTES = {"manquer", "hésiter", "cesser"}
SILENCE_NOUNS = {"commentaire", "déclaration", "réaction", "réponse"}  # `s'est refusé à tout commentaire`
# `Aucune réaction n'est venue de X`, `aucun commentaire n'a filtré`, `n'est parvenue`: words that did not come
WORDS_COME = {"venir", "parvenir", "filtrer", "émaner", "obtenir", "recueillir"}
# `Washington en est persuadée`, `Tokyo est convaincu que`: the subject of the passive holds the view
HELD_BY_SUBJECT = {"persuader", "convaincre"}
ATTRIBUTIONS = {"selon", "après", "pour", "auprès"}  # `selon X`, `d'après X`, `Pour X, ...`
CAPITAL = "Q5119"
PLACE_PREPOSITIONS = {"à", "en", "dans", "au", "aux", "chez", "sur"}
NEWS_CLASSES = {"Q192283", "Q11032"}  # news agency, newspaper: what they say is a report

# Heads of noun phrases a `selon`/`d'après` names a source by when no entity is known (`selon des sources
# diplomatiques`): other nouns after `selon` (`selon le texte`, `selon un bilan`) are not speakers.
SOURCE_NOUNS = {"source", "responsable", "diplomate", "expert", "analyste", "observateur", "porte-parole",
                "témoin", "ministère", "gouvernement", "présidence", "armée", "police", "autorité", "service",
                "média", "agence", "télévision", "chaîne", "radio", "journal", "quotidien",
                "enquêteur", "militaire", "officiel", "conseiller", "ambassade", "état-major", "parquet",
                "garde-côte", "garde-frontière", "secouriste", "pompier", "gendarmerie", "douane", "opposition",
                "habitant", "proche", "entourage", "procureur", "médecin", "hôpital", "syndicat", "ong",
                "observatoire", "institut", "organisation", "commandement", "renseignement", "ministre",
                "président", "dirigeant", "porte-parolat", "mairie", "maire", "gouverneur", "préfecture"}
# A title before a proper name (`l'agence Kyodo`): the mention is the name alone, as the gold conventions have it
TITLE_NOUNS = {"agence", "journal", "quotidien", "hebdomadaire", "chaîne", "radio", "télévision", "site", "magazine"}
# Diplomats and missions whose posting belongs to their phrase (`l'ambassade américaine à Hanoï`)
POSTED_NOUNS = {"ambassade", "ambassadeur", "ambassadrice", "consulat", "consul", "représentant", "représentante",
                "mission", "délégation", "envoyé", "envoyée", "émissaire"}
PERSON_NOUNS = {"porte-parole", "ministre", "ambassadeur", "ambassadrice", "conseiller", "conseillère",
                "diplomate", "responsable", "président", "présidente", "chef", "directeur", "directrice",
                "secrétaire", "général", "négociateur", "envoyé", "envoyée", "expert", "analyste", "témoin",
                "haut", "patron", "patronne", "représentant", "représentante", "officier", "commandant",
                "gouverneur", "gouverneure", "maire", "chancelier", "chancelière", "vice-président",
                "vice-présidente", "procureur", "procureure", "commissaire", "roi", "reine", "prince", "colonel",
                "amiral", "sénateur", "sénatrice", "député", "députée", "émissaire", "médiateur", "médiatrice",
                "coordinateur", "coordinatrice", "dirigeant", "dirigeante"}

# Present tense forms of other groups the lemmatiser may leave as they are (`« ... », dit X`, `Pyongyang dément`)
IRREGULAR_PRESENT = {"dément": "démentir", "démentent": "démentir", "dit": "dire", "disent": "dire",
                     "écrit": "écrire", "écrivent": "écrire", "admet": "admettre", "admettent": "admettre",
                     "reconnaît": "reconnaître", "reconnait": "reconnaître", "reconnaissent": "reconnaître",
                     "promet": "promettre", "promettent": "promettre", "prévient": "prévenir",
                     "préviennent": "prévenir", "soutient": "soutenir", "soutiennent": "soutenir",
                     "conclut": "conclure", "répond": "répondre", "répondent": "répondre", "met": "mettre",
                     "mettent": "mettre", "avertit": "avertir", "avertissent": "avertir", "réagit": "réagir",
                     "réagissent": "réagir", "rétorque": "rétorquer", "craint": "craindre", "craignent": "craindre",
                     "doute": "douter", "doutent": "douter"}
# Endings the lemmatiser leaves as they are (`martelé`, `estime` taken for the noun, `soulignent`): the
# infinitive of a first-group verb; a present tense form only counts when the tagger saw a verb.
PARTICIPLE_ENDING, PRESENT_ENDING = r"(?:ée|és|ées|é|ant)$", r"(?:e|es|ent)$"
