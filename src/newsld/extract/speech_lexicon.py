"""The words of French reported speech the speech rules read: reporting verbs and the speech act each makes,
the constructions some of them need, the words of refusal and of attribution, and the nouns of sources and
speakers. Tables, not rules: the rules are in ``speech.py``."""

from __future__ import annotations

import re

# reporting verb lemma -> speech act type
REPORTING = {
    "rapporter": "Report", "ajouter": "Report", "indiquer": "Report", "relater": "Report", "raconter": "Report",
    "écrire": "Statement", "informer": "Report", "savoir": "Report", "documenter": "Report", "signaler": "Report",
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
    "prédire": "Statement", "exiger": "Statement", "ordonner": "Statement", "reprocher": "Statement",
    "réjouir": "Statement",
    "étonner": "Statement", "alarmer": "Statement", "valoir": "Statement",
    "tempérer": "Statement", "nuancer": "Statement", "admettre": "Statement", "concéder": "Statement",
    "réagir": "Statement", "rétorquer": "Statement", "objecter": "Statement", "protester": "Statement",
    "indigner": "Statement", "insurger": "Statement", "souffler": "Statement", "trancher": "Statement",
    "avancer": "Statement", "soutenir": "Statement", "demander": "Statement", "interroger": "Statement",
    "exclamer": "Statement", "plaisanter": "Statement", "claironner": "Statement", "proclamer": "Statement",
    "clamer": "Statement", "vanter": "Statement", "constater": "Report", "voir": "SpeechAct",
    "accuser": "SpeechAct", "lire": "Report", "prendre": "Statement",  # `s'en prendre à` (with `en`)
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
    "chiffrer": "SpeechAct", "revendiquer": "Statement",  # `a revendiqué l'attaque`, `la victoire revendiquée par X`
    "authentifier": "Report",  # `des images authentifiées par Reuters`: the agency vouches for them
    "prétendre": "Statement",  # `qu'il prétend défendre`: a claim
    "contester": "Statement",  # `conteste les accusations`, `conteste toute malversation`: a denial
    "signifier": "Statement",  # `pour lui signifier une « vive protestation »`, `a signifié son refus` (with its words)
    "recommander": "Statement", "déconseiller": "Warning",  # advice given in words (`a recommandé aux habitants de`)
    "souhaiter": "Statement",  # `a souhaité que le dialogue se poursuive`: a wish said (with its clause or quote)
    "invoquer": "Statement",  # `invoquant des « raisons opérationnelles »`, `a invoqué la légitime défense`: a reason
    "railler": "Statement",  # `a raillé la « naïveté » du gouvernement`: mockery, in words
    "presser": "Statement",  # `a pressé Pékin d'user de son influence`, `qu'il est venu presser de débloquer`: urged
}
# Verbs that are speech only in one construction (NEEDS_AFTER, PARTICLES, SILENT_ONLY), deeds otherwise: kept out of
# REPORTING, which the open-class event rules read as verbs that are never deeds
SPEECH_IN_CONSTRUCTION = {
    "apporter": "Statement",  # `a apporté son « soutien total »`: support given in words
    "donner": "SpeechAct",  # `n'a pas donné suite`: with its particle, negated only
    "prononcer": "Statement",  # `ne s'est pas prononcée sur`: a view withheld, negated only
    "rendre": "Statement",  # `a rendu hommage à « un ami »`: a tribute in words (see NEEDS_AFTER)
    "défendre": "Statement",  # `a défendu une coopération « qui ... »`, `a défendu sa réforme` (not a city defended)
    "conditionner": "Statement",  # `conditionne toute reprise des discussions à un retrait`: a condition set
    "poster": "Report",  # `« ... », a posté X sur Instagram`, `a posté sur X un message` (not `poster des soldats`)
}
# Verbs that are speech only as what a speaker left unsaid (`sans jamais nommer les États-Unis`, `sans en chiffrer
# le coût`): `nommer un ministre` (appoint) and `chiffrer un projet` (cost it) are not speech.
UNSAID_ONLY = {"nommer", "chiffrer"}
# Verbs that are speech only when refused (`n'a pas donné suite` to the questions put: no answer)
# or its view withheld (`ne s'est pas prononcé sur`; `la Cour doit se prononcer` is a ruling to come, a deed)
SILENT_ONLY = {"donner", "prononcer"}
# Verbs that report only with the words they govern: a quote right before (`», a lancé X`) or after (`: «`).
QUOTE_ONLY = {"lancer", "poursuivre", "glisser", "résumer", "tonner", "publier", "porter", "souffler",
              "trancher", "plaisanter", "exclamer", "tempérer", "nuancer", "objecter", "claironner",
              "réagir", "poster"}
# `a publié sur Telegram un message`, `a posté sur son compte X`: what is put on a network or an account is words
# (this and the next are matched with re.match, from the verb on, as all the patterns below: no `^` of their own,
# so that they can be joined with `|`)
ON_NETWORK = (r"\s*(?:\w+\s+){0,2}?sur\s+(?:(?:son|sa|ses|leur|leurs|le|la|les|l['’])\s*)?(?:\w+\s+)?"
              r"(?:comptes?|page|chaîne|canal|fil|réseaux\s+sociaux|blog|Telegram|X|Twitter|Facebook|Instagram|"
              r"TikTok|Weibo|WeChat|VKontakte|Truth\s+Social|YouTube|Bluesky|Threads)\b")
# `a publié un communiqué`, `a publié lundi un message`: the words put out in a document of one's own (a joint
# declaration published is a text agreed, not a speech act of the publisher's)
DOCUMENT_PUT_OUT = (r"\s*(?:\w+\s+){0,2}?(?:un|une|son|sa|leur|deux|plusieurs)\s+(?:\w+\s+)?(?:communiqués?|"
                    r"messages?|lettres?\s+ouvertes?|mises?\s+en\s+garde)\b")
# Verbs of the QUOTE_ONLY kind that also speak by the words they launch: `a lancé un appel à la retenue`, `a lancé
# un nouvel avertissement` (not `lancer un appel d'offres`, `lancer une offensive`)
WORDS_LAUNCHED = {"publier": f"{ON_NETWORK}|{DOCUMENT_PUT_OUT}", "poster": ON_NETWORK,
                  "lancer": r"^\s*(?:\w+\s+){0,2}?(?:un|une|des|son|sa|ses|leur|leurs|de\s+nouveaux|un\s+nouvel?|"
                            r"une\s+nouvelle)\s+(?:\w+\s+)?(?:appels?|avertissements?|ultimatum|cri\s+d['’]alarme|"
                            r"mise\s+en\s+garde|message)\b(?!\s+d['’]offres)",
                  # `Moscou a réagi sans attendre`, `Berlin a réagi avec prudence`, `a réagi dans un communiqué`:
                  # a reaction told by its manner or its medium is words (not `a réagi en ripostant`, a deed)
                  "réagir": r"^\s*(?:\w+\s+){0,2}?(?:sans\s+attendre|avec\s+(?:prudence|colère|fermeté|"
                            r"indignation|satisfaction)|vivement|fermement|froidement|prudemment|sèchement|"
                            r"dans\s+un\s+(?:communiqué|message|texte)|sur\s+(?:X|Telegram|Twitter|Facebook)\b)"
                            r"(?![^.;]{0,30}\ben\s+\w+ant\b)"}
# Verbs that report with a quote or a `que` clause (`a ajouté que`), not with a plain object (`ajouter du sel`).
QUOTE_OR_CLAUSE = {"ajouter", "confier", "témoigner", "renchérir", "observer", "noter", "relever", "admettre",
                   "concéder", "demander", "interroger", "clamer", "proclamer", "constater", "rétorquer",
                   "conclure",  # `les juges ont conclu que` (a finding), not `ont conclu un accord`
                   "souhaiter"}  # `a souhaité que ...`, not `souhaite se rendre à Paris` (an intention)
# Verbs that report only in one construction (`mettre en garde`, `porter un toast`, `laisser entendre`,
# `appeler X à faire`, `qualifier X de Y`, `s'inquiéter`, `rappeler que`): the word that must follow.
PARTICLES = {"mettre": {"garde"}, "porter": {"toast"}, "laisser": {"entendre", "comprendre"},
             # `a fait état de`, `a fait savoir`, `fait part de`; `n'a pas donné suite`
             "faire": {"état", "savoir", "valoir", "part"}, "donner": {"suite"}, "rendre": {"hommage"}}
# A state of mind in the speaker's own word (`est « très préoccupé »`, `se dit inquiet` aside): a Statement
FEELINGS = {"préoccupé", "préoccupée", "préoccupés", "préoccupées", "inquiet", "inquiète", "inquiets", "inquiètes",
            "satisfait", "satisfaite", "satisfaits", "satisfaites", "déçu", "déçue", "déçus", "déçues",
            "alarmé", "alarmée", "alarmés", "alarmées", "consterné", "consternée", "indigné", "indignée"}
# How someone spoke, said before the quote that shows it (`X a été clair : « ... »`, `s'est montré catégorique : «`)
MANNERS = {"clair", "claire", "clairs", "claires", "formel", "formelle", "formels", "formelles", "catégorique",
           "catégoriques", "ferme", "fermes", "net", "nette", "nets", "nettes", "explicite", "explicites", "limpide",
           "laconique", "laconiques", "lapidaire", "lapidaires", "direct", "directe", "directs", "directes"}
# What a verb of giving carries when it is speech: `n'a pas adressé de félicitations` (the trigger runs on to it)
CARRIED_WORDS = {"message", "messages", "salutations", "vœux", "voeux", "condoléances", "félicitations",
                 "remerciements", "protestation", "protestations", "avertissement", "avertissements", "excuses",
                 "ultimatum"}
# Verbs that send words (`a adressé un message de condoléances`, `a transmis ses vœux`), and what carries them
SENDING_VERBS = {"adresser", "transmettre", "envoyer", "exprimer"}
CARRIERS = {"message", "messages", "lettre", "lettres", "télégramme", "télégrammes", "mot", "note"}
# Words that, given or sent, are speech: a quote, a message, greetings, a protest, a warning
# (`a adressé à M. Fico un télégramme`: the abbreviation's dot is no stop)
SPEECH_OBJECT = (r"^(?:[^.;]|(?<=\bM)\.){0,50}?(?:«|\b(?:message|messages|salutations|vœux|voeux|condoléances|"
                 r"félicitations|remerciements|protestation|protestations|avertissement|avertissements|mise\s+en\s+garde|"
                 r"excuses|ultimatum|mise\s+en\s+demeure|télégrammes?|"
                 # (not a letter of business: `une lettre de relance`, `de licenciement`, `de crédit`)
                 r"lettres?(?!\s+(?:de|d['’])\s*(?:relance|licenciement|mission|crédit|motivation|change|créance|"
                 r"intention|recommandation|voiture)))\b)")
NEEDS_AFTER = {"qualifier": r"^[^.,;«»]{0,60}?\b(?:de|d'|d’)\s*(?:«\s*)?\w",
               "appeler": r"^[^.,;]{0,60}?\b(?:à|au|aux)\s+(?!téléphone)",
               "exhorter": r"^[^.]{0,60}?\bà\s+(?:«\s*)?\w+",
               # `presser X de` + an infinitive (urging), not `presser le pas` nor `presser le bouton`
               "presser": r"^[^.,;]{0,60}?\b(?:de|d'|d’)\s*(?:«\s*)?(?:ne\s+pas\s+)?(?:[mtsl]['’]|se\s+|l[ae]s?\s+|"
                          r"leur\s+|lui\s+|y\s+|en\s+)?\w+(?:er|ir|re|oir)\b", "rappeler": r"^\s*(?:que\b|qu'|qu’|:|«)",
               "inquiéter": None, "conclure": None, "poursuivre": None,
               "publier": rf"^\s*(?::|«)|{ON_NETWORK}|{DOCUMENT_PUT_OUT}",
               "poster": ON_NETWORK,
               # `a écrit que`, `a écrit sur X`, `a écrit une lettre au pape` (words), not a work of one's own (`a
               # écrit un roman`, `écrit des chansons`)
               "écrire": r"^(?!\s*(?:\w+\s+){0,2}?(?:un|une|des|plusieurs|deux|trois|son|sa|ses|le|la|les|l['’])"
                         r"\s*(?:\w+\s+)?(?:livres?|romans?|ouvrages?|essais?|chansons?|poèmes?|pièces?|scénarios?|"
                         r"biographies?|mémoires|thèses?|chapitres?|nouvelles|partitions?|symphonies?|opéras?|"
                         r"best-sellers?)\b)",

               # `cité par l'agence X`; `X, qui cite des sources gouvernementales`: who X has the news from
               "citer": r"^\s*(?:par\b|(?:des|les|un|une|plusieurs|de|d['’]|certains|certaines)\s*(?:\w+\s+)?"
                        r"(?:sources?|responsables?|diplomates?|officiels?|experts?|témoins?|proches?|membres?)\b|"
                        r"(?:l['’]\s*|la\s+|les\s+)(?:administration|autorités|police|armée|gouvernement)\b)",
               # `a transmis à son hôte « les salutations » de X`, `a adressé une protestation à Pyongyang`
               "transmettre": SPEECH_OBJECT, "adresser": SPEECH_OBJECT,
               # `a protesté auprès de Pékin`: a diplomatic protest (not protesters' `ont protesté contre`)
               "protester": r"^[^.;]{0,60}?(?:«|:|\bque\b|\bqu['’]|\bauprès\b)",
               # `s'engager à accélérer`, `s'est engagé à ce que`: a pledge, not `s'engager dans une guerre`
               "engager": r"^[^.;]{0,60}?\bà\s+(?:ce\s+qu|(?:\w+\s+)?[a-zéè]+(?:er|ir|re)\b)",
               # `réclamait des réparations`, `réclame des dommages et intérêts`: a claim for compensation (in a
               # lawsuit, a negotiation) is a demand for a thing, not words; `réclame un cessez-le-feu` is words
               "réclamer": r"^(?![^.;:«»]{0,40}?\b(?:réparations?|dommages|indemnisations?|indemnités?|compensations?|"
                           r"restitutions?|remboursements?)\b)",
               # `a ordonné à l'armée de`, `a ordonné le retrait` (an order given, words), not `ordonnées par le
               # président`, the manoeuvres ordered (the deed, an event of its own)
               "ordonner": r"^(?!\s*(?:\w+\s+)?par\b)",
               # `soutenir que` (maintain), not `soutenir « toujours » les décisions` (support)
               "soutenir": r"^\s*(?:que\b|qu')", "avancer": r"^\s*(?:que\b|qu')",
               "lire": r"^\s*(?:\w+\s+)?(?:dans|sur)\b",
               # `a assuré que`, `lui a assuré avoir`, `a assuré Kiev de son soutien` (words), not `assure la
               # présidence`
               "assurer": r"^\s*(?:(?:[A-ZÉ]\.|[^.;:«»]){0,50}?\b(?:que\b|qu['’])|:|«|"
                          r"(?:ne\s+pas\s+|n['’]\w+\s+pas\s+)?(?:avoir|être|vouloir|pouvoir|ne\b|n['’])|"
                          r"[^.;:«»]{0,60}?\b(?:de|d['’])\s*(?:son|sa|ses|leur|leurs|«)|"
                          r"\s*(?:son|sa|leur)\s+(?:«\s*)?(?:soutien|appui|solidarité)\b)",
               # `a garanti que`, `garantit aux habitants que`, `a garanti : « ... »` (words), not `garantir la
               # sécurité des civils` (a deed) nor `garantir un prêt`
               "garantir": r"^\s*(?:[^.;:«»]{0,50}?\b(?:que\b|qu['’])|:|«|"
                           r"(?:ne\s+pas\s+|n['’]\w+\s+pas\s+)?(?:avoir|être)\b)",
               # `prétend défendre`, `prétend que` (claims), not `prétendre à un poste` (aspire to)
               "prétendre": r"^\s*(?:que\b|qu['’]|(?:\w+\s+)?[a-zéèêâîôû]+(?:er|ir|re)\b)",
               # `a apporté son soutien` (words), not `a apporté un soutien militaire` nor `des précisions`
               "apporter": r"^\s*(?:son|sa|leur|tout\s+son|un|une|tout)\s+(?:plein\s+)?(?:«\s*)?(?:soutien|appui)\b"
                           r"(?!\s+(?:militaire|financier|logistique|matériel|technique|aérien|économique))",
               # `doute que ces promesses changent`: an opinion (not `ne doute de rien`)
               "douter": r"^[^.;:«»]{0,30}?\b(?:que\b|qu')",
               # `présenté par le régime comme « l'arme ultime »`: what someone calls a thing
               # (and `a présenté ses condoléances`, `présente ses excuses`: words said to someone)
               "présenter": r"^[^.;:«»]{0,60}?\bcomme\b|^[^.;:«»]{0,40}?\b(?:condoléances|félicitations|excuses|vœux|"
                            r"voeux|remerciements)\b",
               # `a rendu hommage à « un camarade »`, `a rendu hommage aux victimes dans un message`: a tribute in
               # words (its quote, the message it was paid in), not a wreath laid in silence
               "rendre": r"^\s*(?:\w+\s+)?hommage\b[^.;]{0,50}?(?:«|\bdans\s+(?:un|une|son|sa|leur)\s+(?:\w+\s+)?"
                         r"(?:message|discours|lettre|télégramme|communiqué|déclaration|tribune|allocution)\b)",
               # `invoquant des « raisons opérationnelles »`, `a invoqué la légitime défense`: the reason given (the
               # words after it), not `invoquer les esprits`
               "invoquer": r"^[^.;]{0,25}?(?:«|\b(?:raisons?|motifs?|prétextes?|légitime\s+défense|article|clause|"
                           r"nécessité|urgence|sécurité\s+nationale|force\s+majeure)\b)",
               # `s'en est pris au Premier ministre`, `s'en prend à Washington`: words against a person or a state
               "prendre": r"^[^.;«»]{0,20}?\b(?:à|au|aux)\s+(?:l['’]\s*|la\s+|les\s+|son\s+|sa\s+|ses\s+|leur\s+|"
                          r"M\.\s+)?(?:[A-ZÉ]|(?:\w+\s+)?(?:président|présidente|ministre|chef|dirigeant|dirigeante|"
                          r"gouvernement|homologue|régime|opposition|porte-parole|secrétaire)\b)",
               # `voient ce rapprochement d'un mauvais œil`, `voit dans ce pacte une menace`: a stance, not a sight
               "voir": r"^(?:[^.;:«»]{0,60}?\bd['’]un\s+(?:très\s+|assez\s+|plutôt\s+)?(?:bon|mauvais|meilleur|autre)"
                       r"\s+(?:œil|oeil)\b|\s+(?:y\s+)?dans\s+[^.;:«»,]{2,50}?\s(?:un|une)\s+(?:menace|signe|signal|"
                       r"preuve|provocation|tentative|pas|étape|victoire|défaite|échec|geste|moyen|occasion|outil|"
                       r"instrument|danger|risque)\b|"
                       # `y voit le signe d'une présence accrue`, `voit la preuve que`: what it takes a thing for
                       r"\s+(?:le|la|l['’])\s*(?:signe|preuve|confirmation)\s+(?:d['’]une?\s|que\b|qu['’]))",
               # `lui a signifié une protestation`, `a signifié à Moscou son refus`: words of a stance (not `ce vote
               # signifie la fin de ...`, what a thing means)
               "signifier": r"^\s*(?:(?:à|au|aux)\s+[^.;,«»]{1,40}?\s+)?"
                            r"(?:son|sa|ses|leur|leurs|une|un|des|la|le|l['’])\s*(?:\w+\s+)?(?:«\s*)?(?:\w+\s+)?"
                            r"(?:protestations?|mécontentement|désaccord|refus|opposition|inquiétude|préoccupation|"
                            r"colère|rejet|condamnation|soutien|indignation)\b",
               # `a défendu une coopération « qui ne vise aucun pays tiers »`, `défend sa réforme`, `a défendu que`: a
               # stance argued for (with its words, or a policy, a decision, a position taken), not `défendre la
               # ville`, `défendre ses positions` held by troops, `se défendre`
               "défendre": r"^\s*(?:que\b|qu['’]|:|«|[^.;:«»]{0,50}?«|(?:(?:son|sa|ses|leur|leurs|le|la|les|l['’]|une?|"
                           r"cette|ce|ces)\s*(?:\w+\s+)?(?:politiques?|réformes?|décisions?|choix|stratégies?|bilan|"
                           r"projets?\s+de\s+loi|approches?|propositions?|plan|positions?\s+(?:de|du|sur)|idée|"
                           r"coopération|accord|bien-fondé|légitimité|droit\s+(?:de|d['’]|à)|principe|thèse|"
                           r"vision|ligne|mesures?)\b))",
               # `conditionne toute reprise des discussions à un retrait des troupes`: the condition set (its `à`)
               "conditionner": r"^[^.;:«»]{0,80}?\b(?:à|au|aux)\s",
               # `a salué l'accord` (praised), not `a salué la foule` (greeted)
               "saluer": r"^(?!\s*(?:la\s+foule|les\s+(?:soldats|troupes|militaires|habitants|partisans|journalistes|"
                         r"spectateurs|participants|invités|enfants|marins|équipages)))"}
# ... and the words that must come before it: `peut-on lire`, `lit-on`, `pouvait-on lire`
NEEDS_BEFORE = {"lire": r"-on\s*$", "prendre": r"(?:s'|se\s+|m')en\s+(?:\w+\s+){0,2}$"}
# `se qualifier` (for a final), `se rappeler` (remember), `s'appeler` (be named), `se lancer`: not said.
NOT_REFLEXIVE = {"qualifier", "rappeler", "appeler", "lancer", "porter", "rejeter", "répéter", "noter", "prévenir",
                 "confier", "rapporter", "indiquer", "annoncer", "répondre", "promettre",
                 "presser",  # `se presser` (to crowd, to hurry): no one is urged
                 "défendre",  # `s'est défendu de toute ingérence`, `se défendre` (fight back): not a stance argued
                 "poursuivre"}  # `que le dialogue se poursuive « ... »`: it goes on, nobody speaks
# `s'inquiéter`, `se féliciter`: said; `inquiéter X` is not
# (`a félicité son allié` is said too: a congratulation, told with or without the words)
REFLEXIVE_ONLY = {"engager", "inquiéter", "réjouir", "étonner", "alarmer", "prendre", "prononcer"}
# `n'a pas réagi` is news (the speaker kept silent); `a réagi` without words may be any deed, not speech.
SILENCE_SAYS = {"réagir"}
NEGATIONS = {"pas", "jamais", "rien", "guère", "point"}
# `a refusé de commenter`, `a décliné de s'exprimer`, `s'est abstenu de commenter`: speech refused (`se garder de
# tout commentaire`: `garder` governs `de` + a word of speech only as a refusal)
REFUSALS = {"refuser", "décliner", "abstenir", "éviter", "esquiver", "garder"}
# `n'exclut pas de nouvelles sanctions`, `sans exclure de nouvelles interpellations`: a possibility left open, a
# stance said (negated or after `sans` only: `a exclu X du parti` is a deed)
LEFT_OPEN = {"exclure"}
# `répondre par` a deed (`a répondu par des sanctions`, `pourrait répondre par un nouveau tir de missile`): an act
# in return, not words (`a répondu par un communiqué`, `par écrit`, `par la négative` stay speech)
ANSWERING_DEEDS = {"tir", "tirs", "frappe", "frappes", "sanction", "sanctions", "mesure", "mesures", "contre-mesures",
                   "représailles", "riposte", "attaque", "attaques", "bombardement", "bombardements", "offensive",
                   "expulsion", "expulsions", "blocus", "embargo", "manœuvres", "exercices", "essai", "essais",
                   "lancement", "lancements", "salve", "salves", "déploiement", "droits", "taxes", "force"}
# Verbs of urging, asking and ordering: the words of speech in the infinitive they govern are only asked for (`a
# exhorté l'Inde à condamner l'invasion`, `a demandé à Pékin de clarifier sa position`): no one has said them yet
URGING_VERBS = {"appeler", "exhorter", "presser", "inviter", "encourager", "inciter", "pousser", "sommer", "enjoindre",
                "prier", "supplier", "implorer", "adjurer", "conjurer", "demander", "ordonner", "conseiller",
                "recommander", "suggérer", "réclamer", "exiger"}
# Verbs that go on with the words just quoted (`a ajouté l'ancien directeur`): the speaker is the one before
GOING_ON = {"ajouter", "poursuivre", "renchérir", "conclure", "insister", "enchaîner", "compléter"}
# Verbs that only frame the reporting verb after them (`s'est-il contenté de répondre`, `a tenu à rappeler`)
FRAMING_VERBS = {"contenter", "borner", "limiter", "tenir", "empresser", "finir", "venir"}
# `Dans un communiqué diffusé par l'agence KCNA, X a affirmé`: the document, and who spread it
DOCUMENT_NOUNS = {"communiqué", "déclaration", "texte", "message", "lettre", "dépêche", "entretien", "interview",
                  "discours", "vidéo", "tribune"}
# Signed pieces a newspaper publishes (`une tribune publiée par le quotidien X`): the publication is a report of its own
PUBLISHED_PIECES = {"tribune", "article", "éditorial", "chronique", "lettre"}
# `selon un communiqué de la présidence`, `d'après un bilan des autorités`: the author is the source
REPORT_NOUNS = DOCUMENT_NOUNS | {"bilan", "rapport", "chiffres", "estimation", "estimations", "décompte", "sondage",
                                 "enquête", "relevé", "note", "image", "photo", "cliché"}
# What only carries someone's words, never speaks itself (`selon une traduction du Kremlin`, `selon des images`)
CARRYING_NOUNS = REPORT_NOUNS | {"traduction", "version", "transcription", "images", "vidéo", "enregistrement",
                                 "compte-rendu", "procès-verbal", "document", "liste", "décret"}
SPREAD_VERBS = {"diffuser", "publier", "relayer", "transmettre", "citer", "rapporter", "accorder"}
# `qui s'exprimait devant la presse`: speaking as such, the setting of what the speaker said
SETTING_VERBS = {"exprimer", "parler"}
# `a refusé de donner des détails`: information withheld (a verb of giving, a noun of information)
GIVE_VERBS = {"donner", "fournir", "apporter", "livrer", "communiquer", "divulguer", "dévoiler"}
INFORMATION_NOUNS = {"détail", "précision", "information", "explication", "chiffre", "commentaire", "indication",
                     "calendrier", "date", "bilan", "délai", "raison", "motif", "preuve", "estimation", "justification",
                     "identité", "nombre", "montant", "durée"}  # `a refusé de donner l'identité du suspect`
# `un appel de Washington à la retenue`: a call named by its noun
CALL_NOUNS = {"appel", "exhortation"}
# Speech named by its noun, whoever spoke written after `par` (`la reconnaissance officielle par le Nord de l'envoi`,
# `la condamnation par Paris de l'essai`): the noun -> the speech act
SPEECH_NOUNS = {"reconnaissance": "Statement", "annonce": "Statement", "condamnation": "Statement",
                "dénonciation": "Statement", "démenti": "Statement", "confirmation": "Statement",
                "déclaration": "Statement", "affirmation": "Statement", "critique": "Statement", "aveu": "Statement",
                "accusation": "SpeechAct", "promesse": "Assurance", "engagement": "Assurance",
                "avertissement": "Warning", "menace": "Warning", "protestation": "Statement"}
# ... and those whose `de X` says who spoke (`des déclarations de responsables occidentaux`), not what was said of
# (`la condamnation de l'Iran` is the Iran condemned)
SAID_BY_OF = {"déclaration", "affirmation", "démenti"}
# `n'a pas manqué de souligner`, `n'a pas hésité à dénoncer`, `ne cesse de répéter`: said, and said again
LITOTES = {"manquer", "hésiter", "cesser"}
SILENCE_NOUNS = {"commentaire", "déclaration", "réaction", "réponse"}  # `s'est refusé à tout commentaire`
SILENT_WORDS = {"silencieux", "muet"}  # `est resté silencieux`, `reste muet`: words withheld
# `n'a pas fait de déclaration`, `n'a publié aucun commentaire`: verbs that make (or not) the words of SILENCE_NOUNS
MAKE_VERBS = {"faire", "publier", "émettre", "diffuser", "donner", "apporter", "formuler", "livrer"}
# `Aucune réaction n'est venue de X`, `aucun commentaire n'a filtré`, `n'est parvenue`: words that did not come
# (`Aucune réaction de Pékin n'a été enregistrée`: none recorded, of whom the noun's `de X` says)
WORDS_COME = {"venir", "parvenir", "filtrer", "émaner", "obtenir", "recueillir", "enregistrer"}
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
                "administration", "média", "agence", "télévision", "chaîne", "radio", "journal", "quotidien",
                "enquêteur", "militaire", "officiel", "conseiller", "ambassade", "état-major", "parquet",
                "garde-côte", "garde-frontière", "secouriste", "pompier", "gendarmerie", "douane", "opposition",
                "habitant", "proche", "entourage", "procureur", "médecin", "hôpital", "syndicat", "ong",
                "observatoire", "institut", "organisation", "commandement", "renseignement", "ministre",
                "président", "dirigeant", "porte-parolat", "mairie", "maire", "gouverneur", "préfecture",
                "avocat", "presse", "famille", "allié", "partenaire", "collaborateur", "cercle",
                "secours", "sauveteur", "négociateur", "organisateur", "diplomatie", "chancellerie",
                "cabinet", "bureau"}  # `selon son cabinet`, `selon le bureau du Premier ministre`
# Bodies named by their place (`la police de Tokyo`, `le parquet de Paris`, `les autorités de Kiev`): they speak for
# themselves, a local organisation, not for the place or its state
BODY_NOUNS = {"police", "gendarmerie", "parquet", "tribunal", "cour", "mairie", "municipalité", "préfecture",
              "ministère", "agence", "autorité", "gouvernement", "armée", "commandement", "état-major", "garde-côte",
              "garde-côtes", "service", "administration", "commission", "cabinet", "présidence", "ambassade",
              "consulat", "hôpital", "université", "pompier", "secours", "douane", "direction", "office", "bureau",
              "institut", "observatoire", "parlement", "assemblée", "sénat", "diplomatie", "chancellerie", "région",
              "province", "conseil"}
# Plural nouns of people related to someone (`les alliés de Kiev`, `des proches du président`): a group of its own
RELATED_PEOPLE = {"allié", "partenaire", "avocat", "proche", "voisin", "soutien", "adversaire", "détracteur",
                  "opposant", "collaborateur", "conseiller", "partisan", "parent"}
# A title before a proper name (`l'agence Kyodo`): the mention is the name alone, as the gold conventions have it
TITLE_NOUNS = {"agence", "journal", "quotidien", "hebdomadaire", "chaîne", "radio", "télévision", "site", "magazine"}
# Diplomats and missions whose posting belongs to their phrase (`l'ambassade américaine à Hanoï`)
POSTED_NOUNS = {"ambassade", "ambassadeur", "ambassadrice", "consulat", "consul", "représentant", "représentante",
                "mission", "délégation", "envoyé", "envoyée", "émissaire"}
POSTED_AT = re.compile(r"\s+(?:à|au|aux|en|auprès\s+(?:du|des|de))\s+(?:l['’]\s*|la\s+|les\s+)?")
PERSON_NOUNS = {"porte-parole", "ministre", "ambassadeur", "ambassadrice", "conseiller", "conseillère",
                "diplomate", "responsable", "président", "présidente", "chef", "cheffe", "directeur", "directrice",
                "secrétaire", "général", "négociateur", "envoyé", "envoyée", "expert", "analyste", "témoin",
                "haut", "patron", "patronne", "représentant", "représentante", "officier", "commandant",
                "gouverneur", "gouverneure", "maire", "chancelier", "chancelière", "vice-président",
                "vice-présidente", "procureur", "procureure", "commissaire", "roi", "reine", "prince", "colonel",
                "amiral", "sénateur", "sénatrice", "député", "députée", "émissaire", "médiateur", "médiatrice",
                "coordinateur", "coordinatrice", "dirigeant", "dirigeante", "journaliste", "correspondant",
                "correspondante", "reporter", "photographe"}

# Verbs of intention before an infinitive (`compte exprimer`, `entend rappeler`): what is said is planned; the forms,
# because the tagger takes some for nouns (`le dirigeant compte exprimer`)
INTENTIONS = {"compter": {"compte", "comptent", "comptait", "comptaient"},
              "entendre": {"entend", "entendent", "entendait", "entendaient"},
              "souhaiter": {"souhaite", "souhaitent"}, "espérer": {"espère", "espèrent"},
              "envisager": {"envisage", "envisagent"}, "projeter": {"projette", "projettent"}}
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
