"""Held-out annotation of iran-arabie-pekin-2023-03-10.txt (written for the twenty-fourth held-out set, not a real
article; the facts are partly invented).

    python tools/annotate_offsets.py benchmarks/gold/iran-arabie-pekin-2023-03-10.annotation.src.py
    python tools/annotate_offsets.py benchmarks/gold/iran-arabie-pekin-2023-03-10.annotation.src.py --check

From held-out set 24 (moved to gold in session 22; see benchmarks/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))
from goldsource import NOT_VERIFIED, build_document, event, speech

ARTICLE = "iran-arabie-pekin-2023-03-10.txt"

NOTE = """\
Held-out-24 article: Iran and Saudi Arabia announce in Beijing on Friday 10 March 2023 that they will restore \
their diplomatic relations and reopen their embassies within two months, seven years after their break, at the \
end of four days of talks sponsored by China; the joint communiqué of the three countries says the two parties \
agreed to resume relations and that the two foreign ministers, Hossein Amir-Abdollahian and Prince Faisal bin \
Farhan, are to meet to prepare the return of the ambassadors; Riyadh had broken with Tehran in January 2016 after \
protesters attacked its embassy; Ali Shamkhani says the talks lifted the misunderstandings and, according to \
Irna, had led the Iranian delegation in Beijing since Monday; the Saudi national security adviser Musaed al-Aiban \
thanks Xi Jinping for his « initiative » (according to SPA) and wants to turn the page; Wang Yi, who had hosted \
the delegations, hails a victory for peace and promises that China will go on playing a constructive role; in \
Washington John Kirby says Riyadh kept the United States informed but admits Washington took no part in the \
talks; António Guterres welcomes the agreement through his spokesman; in Israel Naftali Bennett sees a political \
victory for Iran, while Benjamin Netanyahu, on a visit to Rome, had not spoken by Friday evening; Shamkhani is \
expected in Tehran on Saturday to report to the supreme leader Ali Khamenei. Published Friday 10 March 2023 (the \
file gives the day). The Beijing announcement, the two-month deadline, the 2016 break after the embassy attack, \
the names and offices, Wang Yi's role and Netanyahu's stay in Rome follow the real events loosely; the quotes, \
Irna's and SPA's reports, al-Aiban's thanks, Kirby's and Guterres's words, Bennett's exact words, Netanyahu's \
silence and Shamkhani's Saturday return are invented or simplified.
What it exercises: a joint announcement by two states with one verb, a past weekday that is the publication day \
and a city (« L’Iran et l’Arabie saoudite ont annoncé vendredi à Pékin qu’ils rétabliraient ... et rouvriraient \
... d’ici deux mois »: two speech acts with one trigger; two planned events in the future in the past with a \
deadline), a plural pronoun for the two states (« ils », no mention), a nominal break with a duration (« sept ans \
après leur rupture ») later restated in a pluperfect with its month (« Riyad avait rompu avec Téhéran en janvier \
2016 ») and a nominal attack with a group agent (« après l’attaque de son ambassade par des manifestants iraniens \
»); a nominal talks with a duration and a passive participle of sponsorship (« à l’issue de quatre jours de \
pourparlers discrets parrainés par la Chine »: China the agent of the talks); a quote first from a written \
communiqué of three states (« indique le communiqué commun publié par les trois pays »: three speech acts with \
one trigger, the quote to Iran, the first state the article names; the communiqué is not an entity, as « Selon ce \
texte » in gold) and « selon ce texte » after a planned meeting with a role noun and a name in apposition on each \
side and a title right before a name (« doit rencontrer son homologue saoudien, le prince Fayçal ben Farhane ») \
and a nominal planned return; a quote split around its reporting clause with a role noun in apposition holding \
an organisation (« a affirmé Ali Shamkhani, secrétaire du Conseil suprême de sécurité nationale iranien, ») and \
two metonyms inside the quote; a pronoun with an imperfect and « depuis lundi » (a past weekday) with a \
description of the city (« dans la capitale chinoise ») sourced after the clause to Irna; « Du côté saoudien » \
with a role noun and a name in apposition, a title right before a linked name and a one-word quote (« a remercié \
le président Xi Jinping pour son « initiative » ») under « selon l’agence officielle SPA »; a quote first with « \
Nous » for the state under « a-t-il ajouté » (the page turned: proposed); a role noun and a name in apposition \
with a relative pluperfect hosting and two verbs joined by « et », one with a quoted noun phrase, one a promise \
with a future in the past by a metonym (« a salué « une victoire de la paix » et promis que Pékin continuerait à \
jouer un rôle constructif »: the role planned); a fronted city with a role noun holding an organisation and a \
name in apposition and a pluperfect speech act by a metonym inside an assertion (« a assuré que Riyad avait tenu \
les États-Unis informés »); a negated participation by a metonym sourced after the clause (« Washington n’a \
toutefois pas pris part aux discussions, a-t-il reconnu »); a speaker through his spokesman (« a salué l’accord \
par la voix de son porte-parole »: according_to, no second speech act) and a participle of opinion with a quoted \
adjective phrase (« jugeant ... « essentielles pour la stabilité du Golfe » »: a second speech act); a fronted \
country as the place of a speech act, a title right before a name and a quoted noun phrase (« En Israël, \
l’ancien Premier ministre Naftali Bennett y a vu « une victoire politique » pour l’Iran »: « y » is the agreement, \
no mention); a name with an apposed visit and a pluperfect negated speech act on the publication evening (« \
Benyamin Netanyahu, en visite à Rome, ne s’était pas exprimé vendredi soir »); a passive planned return on a \
future weekday in a city and a relative future report to a role noun and a name in apposition (« est attendu \
samedi à Téhéran, où il rendra compte des discussions au guide suprême, Ali Khamenei »: a planned Report).
Places and metonyms. « Pékin » where the announcement is made (« à Pékin ») is the city (Q956), and so is « la \
capitale chinoise »; « que Pékin continuerait » is China (Q148, metonym). « Téhéran » and « Riyad » are Iran and \
Saudi Arabia (local, metonym) wherever they act, break, are informed or have misunderstandings; « à Téhéran » in \
the last sentence is the city (local:tehran), the return's place. « Washington » is the city in « À Washington \
» (Q61, the place of Kirby's words) and the United States (Q30, metonym) in « Washington n’a toutefois pas pris \
part ». « En Israël » is the country as the place of Bennett's words; « Rome » is the city of Netanyahu's visit. \
« Golfe » is the Persian Gulf region (local place).
Mentions. « Le ministre iranien des Affaires étrangères » and « son homologue saoudien » (role nouns set off by \
commas) are mentions of Amir-Abdollahian and Faisal; « le prince » right before « Fayçal ben Farhane » is a title \
in the name's phrase. « secrétaire du Conseil suprême de sécurité nationale iranien » (apposition) is Shamkhani, \
with « Conseil suprême de sécurité nationale » inside it (local organisation); « Il » and « il » are Shamkhani. « \
la délégation iranienne » is a local group (the delegation Shamkhani led). « le conseiller à la sécurité \
nationale » is al-Aiban, « il » in « a-t-il ajouté » too; « Nous » in his quote is Saudi Arabia. « Le chef de la \
diplomatie chinoise » is Wang Yi. « le porte-parole du Conseil de sécurité nationale » is Kirby, with « Conseil \
de sécurité nationale » (the US National Security Council, local) inside it; « il » in « a-t-il reconnu » is \
Kirby. « son porte-parole » is Guterres's unnamed spokesman (local person). « guide suprême » (fused « au », from \
the noun) is Khamenei. « ambassadeurs » (the two countries' future ambassadors) and « des manifestants iraniens » \
are local groups; « son ambassade » is the Saudi embassy in Tehran (local place). Not mentions: « ils », « leurs \
relations », « leurs ambassades », « Les deux parties », « les trois pays », « les deux délégations », « les deux \
voisins » (plural phrases for several entities at once), « le communiqué commun » and « ce texte » (the communiqué \
is the speech act), « la région » (vague), « y » in « y a vu » (the agreement, an event).
Statuses. The talks, the agreement, the break, the attack, Shamkhani's leading of the delegation, the hosting, the \
lifting of misunderstandings and Netanyahu's visit are occurred; the restoration of relations, the reopening of \
the embassies (future in the past with a deadline), the ministers' meeting and the ambassadors' return (« doit \
», the communiqué), China's constructive role (a promise), Shamkhani's return and his report are planned; the \
page turned (« Nous voulons ») is proposed, as a readiness in gold; Washington's part in the talks and \
Netanyahu's statement are negated.
Times. « vendredi » is the publication day (the announcement, the agreement reached at the end of the talks); « \
d’ici deux mois » is a deadline between March and May 2023: the year; « sept ans » (from the break to the \
announcement) and « quatre jours » (the talks' length, their only time) are durations; « en janvier 2016 » the \
break's month; « depuis lundi » Monday 6 March 2023 (as « depuis décembre » gets December in gold); « vendredi \
soir » the publication day; « samedi » Saturday 11 March 2023 (weekday-future). The communiqué, the Irna and SPA \
reports, the thanks, Wang Yi's words, Kirby's, Guterres's and Bennett's words have no weekday of their own: no \
time.
China, Beijing, Xi Jinping, Washington, the United States and António Guterres are linked; Iran, Saudi Arabia, \
Tehran, Amir-Abdollahian, Faisal bin Farhan, the ambassadors, the Saudi embassy, the protesters, Shamkhani, the \
Supreme National Security Council, the Iranian delegation, Irna, al-Aiban, SPA, Wang Yi, Kirby, the US National \
Security Council, Guterres's spokesman, the Gulf, Israel, Bennett, Netanyahu, Rome and Khamenei are not in \
ids.tsv: local, unlinked."""

CHINA, BEIJING, XI, WASHINGTON, US, GUTERRES = "Q148", "Q956", "Q15031", "Q61", "Q30", "Q311440"
IRAN, SAUDI, TEHRAN = "local:iran", "local:saudi-arabia", "local:tehran"
AMIR, FAISAL, AMBASSADORS = "local:hossein-amir-abdollahian", "local:faisal-bin-farhan", "local:ambassadors"
EMBASSY, PROTESTERS = "local:saudi-embassy-tehran", "local:iranian-protesters"
SHAMKHANI, SNSC, DELEGATION, IRNA = "local:ali-shamkhani", "local:supreme-national-security-council", \
    "local:iranian-delegation", "local:irna"
AIBAN, SPA, SAUDI_DELEGATION, WANG = "local:musaed-al-aiban", "local:spa", "local:saudi-delegation", \
    "local:wang-yi"
KIRBY, US_NSC, SPOKESMAN, GULF = "local:john-kirby", "local:us-national-security-council", \
    "local:guterres-spokesman", "local:persian-gulf"
ISRAEL, BENNETT, NETANYAHU, ROME, KHAMENEI = "local:israel", "local:naftali-bennett", "local:benjamin-netanyahu", \
    "local:rome", "local:ali-khamenei"

NOT_GROUP = "an unnamed group, not one Wikidata item"

LOCAL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (IRAN, "Iran", "Iran", "country",
     {"description": "aussi désigné par « Téhéran » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (SAUDI, "Arabie saoudite", "Saudi Arabia", "country",
     {"description": "aussi désignée par « Riyad » (métonymie)", "unlinked_reason": NOT_VERIFIED}),
    (TEHRAN, "Téhéran", "Tehran", "place",
     {"description": "capitale de l’Iran", "class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (AMIR, "Hossein Amir-Abdollahian", "Hossein Amir-Abdollahian", "person",
     {"description": "ministre iranien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (FAISAL, "Fayçal ben Farhane", "Faisal bin Farhan Al Saud", "person",
     {"description": "ministre saoudien des Affaires étrangères", "unlinked_reason": NOT_VERIFIED}),
    (AMBASSADORS, "ambassadeurs iranien et saoudien", "Iranian and Saudi ambassadors", "group",
     {"description": "les ambassadeurs que les deux pays doivent renvoyer l’un chez l’autre",
      "class_qid": "Q193391", "unlinked_reason": NOT_GROUP}),
    (EMBASSY, "ambassade d’Arabie saoudite à Téhéran", "Embassy of Saudi Arabia in Tehran", "place",
     {"description": "attaquée par des manifestants en janvier 2016", "unlinked_reason": NOT_VERIFIED}),
    (PROTESTERS, "manifestants iraniens", "Iranian protesters", "group",
     {"description": "les manifestants qui ont attaqué l’ambassade saoudienne", "unlinked_reason": NOT_GROUP}),
    (SHAMKHANI, "Ali Shamkhani", "Ali Shamkhani", "person",
     {"description": "secrétaire du Conseil suprême de sécurité nationale iranien", "unlinked_reason": NOT_VERIFIED}),
    (SNSC, "Conseil suprême de sécurité nationale", "Supreme National Security Council", "organization",
     {"description": "le Conseil suprême de sécurité nationale de l’Iran", "unlinked_reason": NOT_VERIFIED}),
    (DELEGATION, "délégation iranienne", "Iranian delegation", "group",
     {"description": "la délégation iranienne aux pourparlers de Pékin", "unlinked_reason": NOT_GROUP}),
    (IRNA, "Irna", "Islamic Republic News Agency", "organization",
     {"description": "agence de presse officielle iranienne", "class_qid": "Q192283",
      "unlinked_reason": NOT_VERIFIED}),
    (AIBAN, "Moussaed al-Aiban", "Musaed al-Aiban", "person",
     {"description": "ministre d’État, conseiller saoudien à la sécurité nationale", "unlinked_reason": NOT_VERIFIED}),
    (SPA, "SPA", "Saudi Press Agency", "organization",
     {"description": "agence de presse officielle saoudienne", "class_qid": "Q192283",
      "unlinked_reason": NOT_VERIFIED}),
    (SAUDI_DELEGATION, "délégation saoudienne", "Saudi delegation", "group",
     {"description": "la délégation saoudienne aux pourparlers de Pékin (dans « les deux délégations »)",
      "unlinked_reason": NOT_GROUP}),
    (WANG, "Wang Yi", "Wang Yi", "person",
     {"description": "chef de la diplomatie chinoise", "unlinked_reason": NOT_VERIFIED}),
    (KIRBY, "John Kirby", "John Kirby", "person",
     {"description": "porte-parole du Conseil de sécurité nationale américain", "class_qid": "Q17221",
      "unlinked_reason": NOT_VERIFIED}),
    (US_NSC, "Conseil de sécurité nationale des États-Unis", "United States National Security Council",
     "organization", {"unlinked_reason": NOT_VERIFIED + "; not the UN Security Council (Q37470)"}),
    (SPOKESMAN, "porte-parole d’António Guterres", "spokesman for António Guterres", "person",
     {"description": "le porte-parole du secrétaire général de l’ONU, que l’article ne nomme pas",
      "class_qid": "Q17221", "unlinked_reason": "a person the article does not name"}),
    (GULF, "golfe Persique", "Persian Gulf", "place",
     {"description": "la région du Golfe", "unlinked_reason": NOT_VERIFIED}),
    (ISRAEL, "Israël", "Israel", "country", {"unlinked_reason": NOT_VERIFIED}),
    (BENNETT, "Naftali Bennett", "Naftali Bennett", "person",
     {"description": "ancien Premier ministre israélien", "unlinked_reason": NOT_VERIFIED}),
    (NETANYAHU, "Benyamin Netanyahu", "Benjamin Netanyahu", "person",
     {"description": "Premier ministre israélien", "unlinked_reason": NOT_VERIFIED}),
    (ROME, "Rome", "Rome", "place", {"class_qid": "Q5119", "unlinked_reason": NOT_VERIFIED}),
    (KHAMENEI, "Ali Khamenei", "Ali Khamenei", "person",
     {"description": "guide suprême de l’Iran", "unlinked_reason": NOT_VERIFIED}),
]

DESCRIPTIONS = {GUTERRES: "secrétaire général de l’ONU"}

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # L’Iran et l’Arabie saoudite ont annoncé vendredi à Pékin ... parrainés par la Chine.
    ("Iran", "L’Iran et l’Arabie", IRAN, "name"),
    ("Arabie saoudite", "l’Arabie saoudite ont annoncé", SAUDI, "name"),
    ("Pékin", "vendredi à Pékin", BEIJING, "name"),
    ("Chine", "parrainés par la Chine", CHINA, "name"),
    # « Les deux parties ont convenu ... », indique le communiqué commun publié par les trois pays.
    # Le ministre iranien des Affaires étrangères, Hossein Amir-Abdollahian, doit rencontrer son homologue ...
    ("Le ministre iranien des Affaires étrangères", None, AMIR, "nominal"),
    ("Hossein Amir-Abdollahian", None, AMIR, "name"),
    ("son homologue saoudien", None, FAISAL, "nominal"),
    ("Fayçal ben Farhane", None, FAISAL, "name"),
    ("ambassadeurs", "retour des ambassadeurs", AMBASSADORS, "nominal"),
    # Riyad avait rompu avec Téhéran en janvier 2016, après l’attaque de son ambassade par des manifestants ...
    ("Riyad", "Riyad avait rompu", SAUDI, "metonym"),
    ("Téhéran", "rompu avec Téhéran", IRAN, "metonym"),
    ("son ambassade", None, EMBASSY, "nominal"),
    ("des manifestants iraniens", None, PROTESTERS, "nominal"),
    # « Ces discussions, a affirmé Ali Shamkhani, secrétaire du Conseil ..., ont permis ... Téhéran et Riyad. »
    ("Ali Shamkhani", "a affirmé Ali Shamkhani", SHAMKHANI, "name"),
    ("secrétaire du Conseil suprême de sécurité nationale iranien", None, SHAMKHANI, "nominal"),
    ("Conseil suprême de sécurité nationale", None, SNSC, "name"),
    ("Téhéran", "entre Téhéran et Riyad", IRAN, "metonym"),
    ("Riyad", "entre Téhéran et Riyad", SAUDI, "metonym"),
    # Il conduisait depuis lundi la délégation iranienne dans la capitale chinoise, a précisé l’agence ... Irna.
    ("Il", "Il conduisait", SHAMKHANI, "pronoun"),
    ("la délégation iranienne", None, DELEGATION, "nominal"),
    ("la capitale chinoise", None, BEIJING, "nominal"),
    ("Irna", None, IRNA, "name"),
    # Du côté saoudien, le conseiller à la sécurité nationale, Moussaed al-Aiban, a remercié le président ...
    ("le conseiller à la sécurité nationale", None, AIBAN, "nominal"),
    ("Moussaed al-Aiban", None, AIBAN, "name"),
    ("Xi Jinping", None, XI, "name"),
    ("SPA", None, SPA, "name"),
    # « Nous voulons tourner la page des divergences », a-t-il ajouté.
    ("Nous", "Nous voulons", SAUDI, "pronoun"),
    ("il", "a-t-il ajouté", AIBAN, "pronoun"),
    # Le chef de la diplomatie chinoise, Wang Yi, qui avait accueilli ... et promis que Pékin continuerait ...
    ("Le chef de la diplomatie chinoise", None, WANG, "nominal"),
    ("Wang Yi", None, WANG, "name"),
    ("Pékin", "que Pékin continuerait", CHINA, "metonym"),
    # À Washington, le porte-parole du Conseil de sécurité nationale, John Kirby, a assuré que Riyad ...
    ("Washington", "À Washington", WASHINGTON, "name"),
    ("le porte-parole du Conseil de sécurité nationale", None, KIRBY, "nominal"),
    ("Conseil de sécurité nationale", "porte-parole du Conseil de sécurité nationale", US_NSC, "name"),
    ("John Kirby", None, KIRBY, "name"),
    ("Riyad", "que Riyad avait tenu", SAUDI, "metonym"),
    ("États-Unis", None, US, "name"),
    # Washington n’a toutefois pas pris part aux discussions, a-t-il reconnu.
    ("Washington", "Washington n’a toutefois", US, "metonym"),
    ("il", "a-t-il reconnu", KIRBY, "pronoun"),
    # António Guterres a salué l’accord par la voix de son porte-parole, jugeant ... « ... du Golfe ».
    ("António Guterres", None, GUTERRES, "name"),
    ("son porte-parole", None, SPOKESMAN, "nominal"),
    ("Golfe", None, GULF, "name"),
    # En Israël, l’ancien Premier ministre Naftali Bennett y a vu « une victoire politique » pour l’Iran.
    ("Israël", None, ISRAEL, "name"),
    ("Naftali Bennett", None, BENNETT, "name"),
    ("Iran", "pour l’Iran", IRAN, "name"),
    # Benyamin Netanyahu, en visite à Rome, ne s’était pas exprimé vendredi soir.
    ("Benyamin Netanyahu", None, NETANYAHU, "name"),
    ("Rome", None, ROME, "name"),
    # Ali Shamkhani est attendu samedi à Téhéran, où il rendra compte ... au guide suprême, Ali Khamenei.
    ("Ali Shamkhani", "Ali Shamkhani est attendu", SHAMKHANI, "name"),
    ("Téhéran", "samedi à Téhéran", TEHRAN, "name"),
    ("il", "où il rendra", SHAMKHANI, "pronoun"),
    ("guide suprême", None, KHAMENEI, "nominal"),
    ("Ali Khamenei", None, KHAMENEI, "name"),
]

PUB_DAY = "The publication day, Friday 10 March 2023 (the file gives the day)."

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-friday", ("vendredi", "annoncé vendredi"), "2023-03-10", "day", "weekday-publication-day",
     "« ont annoncé vendredi » in an article of Friday 10 March 2023: that same day. " + PUB_DAY),
    ("t-two-months", ("d’ici deux mois", None), "2023", "year", "deadline",
     "A deadline: some time between 10 March and 10 May 2023, three months of one year, so the year (as « d’ici la "
     "fin juin » in gold), not a month."),
    ("t-seven-years", ("sept ans", None), None, "duration", "explicit-duration",
     "« sept ans après leur rupture »: the gap between the break (January 2016) and the announcement (P7Y); a "
     "duration attached to nothing, as « moins de deux mois après » in gold. The break's own time is « en janvier "
     "2016 »."),
    ("t-four-days", ("quatre jours", None), None, "duration", "explicit-duration",
     "« quatre jours de pourparlers »: the talks' length (P4D), their only time (as the visit « de deux jours » in "
     "gold); the days are Monday 6 (« depuis lundi ») to Friday 10 March."),
    ("t-january-2016", ("en janvier 2016", None), "2016-01", "month", "explicit-month-year",
     "« Riyad avait rompu avec Téhéran en janvier 2016 »: a month and a year written out."),
    ("t-since-monday", ("depuis lundi", None), "2023-03-06", "day", "weekday-past",
     "« Il conduisait depuis lundi la délégation »: the Monday before Friday 10 March 2023: 6 March (« depuis X » "
     "is annotated as X, as « depuis décembre » in gold)."),
    ("t-friday-evening", ("vendredi soir", None), "2023-03-10", "day", "part-of-day",
     "« ne s’était pas exprimé vendredi soir »: the evening of the publication day. " + PUB_DAY),
    ("t-saturday", ("samedi", None), "2023-03-11", "day", "weekday-future",
     "« est attendu samedi »: the Saturday after the publication day: 11 March 2023."),
]

LEDE = ("L’Iran et l’Arabie", "par la Chine.")
COMMUNIQUE = ("« Les deux parties", "par les trois pays.")
MEETING_SENTENCE = ("Le ministre iranien", "selon ce texte.")
BREAK_SENTENCE = ("Riyad avait rompu", "manifestants iraniens.")
SHAMKHANI_QUOTE = ("« Ces discussions", "Téhéran et Riyad. »")
WANG_SENTENCE = ("Le chef de la diplomatie", "dans la région.")
GUTERRES_SENTENCE = ("António Guterres a salué", "stabilité du Golfe ».")
TRIPARTITE = {IRAN: "Iran", SAUDI: "Saudi Arabia", CHINA: "China"}

EVENTS: list[dict[str, Any]] = [
    event("e-talks", "Meeting", "Four days of talks between Iran and Saudi Arabia in Beijing, sponsored by China",
          ("pourparlers", None), [("agent", CHINA), ("participant", IRAN), ("participant", SAUDI)], place=BEIJING,
          time="t-four-days", evidence=LEDE,
          note="« à l’issue de quatre jours de pourparlers discrets parrainés par la Chine »: the sponsor is the host "
               "and broker (agent, as the host of a reception), the two states the participants; the passive « "
               "parrainés » is kept as China's role in the talks, not as an event of its own. Restated by « Ces "
               "discussions » (Shamkhani) and « les discussions » / « aux discussions » (Kirby, Shamkhani's report). "
               "In Beijing, where the agreement is announced and the delegations were hosted; its time is its "
               "length."),
    event("e-agreement", "Agreement", "Iran and Saudi Arabia agree to resume relations and reopen their embassies",
          ("ont convenu", None), [("participant", IRAN), ("participant", SAUDI)], place=BEIJING, time="t-friday",
          according_to=[IRAN, SAUDI, CHINA], part_of="e-talks", evidence=COMMUNIQUE,
          note="« Les deux parties ont convenu de reprendre leurs relations et de rouvrir leurs ambassades »: the "
               "communiqué's words (« Les deux parties » are the two states, no mention). Reached at the end of the "
               "talks and announced on Friday in Beijing, so it takes the announcement's day and city. Restated by « "
               "l’accord » (Guterres) and the « y » of « y a vu » (Bennett)."),
    event("e-restore-relations", "Event", "Iran and Saudi Arabia to restore their diplomatic relations within two "
          "months", ("rétabliraient", None), [("agent", IRAN), ("agent", SAUDI)], status="planned",
          time="t-two-months", according_to=[IRAN, SAUDI], evidence=LEDE,
          note="« qu’ils rétabliraient leurs relations diplomatiques ... d’ici deux mois »: a future in the past "
               "after a verb of announcement, planned; « ils » is the two states. « reprendre leurs relations » in "
               "the communiqué restates it."),
    event("e-reopen-embassies", "Event", "Iran and Saudi Arabia to reopen their embassies within two months",
          ("rouvriraient", None), [("agent", IRAN), ("agent", SAUDI)], status="planned", time="t-two-months",
          according_to=[IRAN, SAUDI], evidence=LEDE,
          note="« et rouvriraient leurs ambassades d’ici deux mois »: planned, the same deadline; « leurs ambassades » "
               "(several embassies at once) is no mention. « rouvrir leurs ambassades et représentations » in the "
               "communiqué restates it."),
    event("e-break", "Event", "Saudi Arabia broke off relations with Iran in January 2016", ("rupture", None),
          [("agent", SAUDI), ("recipient", IRAN)], time="t-january-2016", evidence=LEDE,
          note="The lede's « sept ans après leur rupture » is the first mention (the trigger, as the lede's « "
               "assassinat » in gold/choigou-teheran-2024-08-05); « Riyad avait rompu avec Téhéran en janvier 2016 » "
               "restates it and gives the breaker (agent), the state broken with (recipient) and the month."),
    event("e-ministers-meeting", "Meeting", "The Iranian and Saudi foreign ministers are to meet",
          ("rencontrer", None), [("participant", AMIR), ("participant", FAISAL)], status="planned",
          according_to=[IRAN, SAUDI, CHINA], evidence=MEETING_SENTENCE,
          note="« doit rencontrer son homologue saoudien, le prince Fayçal ben Farhane »: planned (« doit »), "
               "according to the communiqué (« selon ce texte »); no time and no place are written."),
    event("e-ambassadors-return", "Event", "The return of the ambassadors", ("retour", None),
          [("agent", AMBASSADORS)], status="planned", according_to=[IRAN, SAUDI, CHINA],
          evidence=MEETING_SENTENCE,
          note="« pour préparer le retour des ambassadeurs »: the purpose of the planned meeting, planned itself; the "
               "ambassadors (a local group) are the ones who return."),
    event("e-embassy-attack", "Event", "Iranian protesters attacked the Saudi embassy", ("l’attaque", None),
          [("agent", PROTESTERS), ("recipient", EMBASSY)], evidence=BREAK_SENTENCE,
          note="« après l’attaque de son ambassade par des manifestants iraniens »: a nominal attack with its agent "
               "after « par »; « son » is Saudi Arabia's (Riyad). Before the break, but « après » gives no day or "
               "month of its own (it may fall before January), so no time; no place is written (the embassy is in "
               "Tehran, as its local description says)."),
    event("e-misunderstandings-lifted", "Event", "The talks lifted the misunderstandings between Tehran and Riyadh",
          ("lever", None), [("participant", IRAN), ("participant", SAUDI)], according_to=[SHAMKHANI],
          evidence=SHAMKHANI_QUOTE,
          note="« Ces discussions ... ont permis de lever les malentendus entre Téhéran et Riyad »: what the talks "
               "achieved, in Shamkhani's words; the two metonyms are the states between which the misunderstandings "
               "lay (participants). The talks themselves (« Ces discussions ») are no mention."),
    event("e-shamkhani-leads", "Event", "Ali Shamkhani led the Iranian delegation in Beijing since Monday",
          ("conduisait", None), [("agent", SHAMKHANI), ("participant", DELEGATION)], place=BEIJING,
          time="t-since-monday", according_to=[IRNA], part_of="e-talks",
          note="« Il conduisait depuis lundi la délégation iranienne dans la capitale chinoise, a précisé l’agence "
               "officielle Irna »: an imperfect, occurred; « la capitale chinoise » is Beijing (the city)."),
    event("e-page-turned", "Event", "Saudi Arabia wants to turn the page of the disagreements",
          ("tourner la page", None), [("agent", SAUDI)], status="proposed", according_to=[AIBAN],
          note="« Nous voulons tourner la page des divergences »: a wish of the state (« Nous »), proposed, as a "
               "readiness (« s’est dit prêt à ») in gold; the other party, Iran, is not written."),
    event("e-wang-hosting", "Meeting", "Wang Yi had hosted the two delegations", ("avait accueilli", None),
          [("agent", WANG), ("participant", DELEGATION), ("participant", SAUDI_DELEGATION)], place=BEIJING,
          part_of="e-talks", evidence=WANG_SENTENCE,
          note="« qui avait accueilli les deux délégations »: a relative pluperfect; « les deux délégations » (no "
               "mention) are the Iranian delegation and the Saudi one. In Beijing, during the talks; no time word "
               "of its own."),
    event("e-china-role", "Event", "China will go on playing a constructive role in the region", ("jouer", None),
          [("agent", CHINA)], status="planned", according_to=[WANG], evidence=WANG_SENTENCE,
          note="« promis que Pékin continuerait à jouer un rôle constructif dans la région »: a promise with a future "
               "in the past, planned; « Pékin » is China (metonym); « la région » is vague (no place)."),
    event("e-us-not-part", "Event", "Washington took no part in the talks", ("pris part", None),
          [("participant", US)], status="negated", according_to=[KIRBY], part_of="e-talks",
          note="« Washington n’a toutefois pas pris part aux discussions, a-t-il reconnu »: a negated participation "
               "by a metonym (the United States) in the talks."),
    event("e-netanyahu-rome", "Visit", "Benjamin Netanyahu on a visit to Rome", ("visite", "en visite à Rome"),
          [("agent", NETANYAHU)], place=ROME,
          note="« Benyamin Netanyahu, en visite à Rome, »: an apposed visit, going on at publication; no time word "
               "belongs to it (« vendredi soir » dates the silence)."),
    event("e-shamkhani-return", "Event", "Ali Shamkhani expected in Tehran on Saturday", ("est attendu", None),
          [("agent", SHAMKHANI)], status="planned", place=TEHRAN, time="t-saturday",
          note="« Ali Shamkhani est attendu samedi à Téhéran »: a passive of expectation, planned; « à Téhéran » is "
               "the city (local:tehran). In the article's own voice, no source."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-iran-announcement", "Statement", "Iran announces in Beijing the restoration of relations with Saudi "
           "Arabia", IRAN, ("ont annoncé", None), [], place=BEIJING, time="t-friday", evidence=LEDE,
           about=["e-restore-relations", "e-reopen-embassies", "e-agreement"],
           note="« L’Iran et l’Arabie saoudite ont annoncé vendredi à Pékin »: one verb, two speakers, two speech acts "
                "with one trigger (as « L’Iran et le Hamas ont accusé » in gold/choigou-teheran-2024-08-05); « à "
                "Pékin » is the city where they speak."),
    speech("s-saudi-announcement", "Statement", "Saudi Arabia announces in Beijing the restoration of relations "
           "with Iran", SAUDI, ("ont annoncé", None), [], place=BEIJING, time="t-friday", evidence=LEDE,
           about=["e-restore-relations", "e-reopen-embassies", "e-agreement"],
           note="The other half of « L’Iran et l’Arabie saoudite ont annoncé »."),
    *[speech(f"s-communique-{name.lower().replace(' ', '-')}", "Statement",
             f"The joint communiqué: the two parties agreed to resume relations ({name})", speaker,
             ("indique", None),
             [("Les deux parties ont convenu de reprendre leurs relations et de rouvrir leurs ambassades et "
               "représentations", None)] if speaker == IRAN else [],
             evidence=COMMUNIQUE, about=["e-agreement", "e-restore-relations", "e-reopen-embassies"],
             note="« indique le communiqué commun publié par les trois pays »: a written statement of three states, "
                  "three speech acts with one trigger (as « les deux pays ont dénoncé » in a joint communiqué in "
                  "gold); the quote goes to Iran, the first of the three the article names, the others keep the "
                  "trigger with no quote. The communiqué is the speech act, not an entity (« ce texte » likewise).")
      for speaker, name in TRIPARTITE.items()],
    *[speech(f"s-text-{name.lower().replace(' ', '-')}", "Statement",
             f"The joint communiqué: the foreign ministers are to meet to prepare the ambassadors' return ({name})",
             speaker, ("selon", "selon ce texte"), [], evidence=MEETING_SENTENCE,
             about=["e-ministers-meeting", "e-ambassadors-return"],
             note="« selon ce texte »: the same joint communiqué of the three states (as « Selon ce texte » in "
                  "gold/lavrov-hanoi-2024-07), so the same three speakers, one trigger.")
      for speaker, name in TRIPARTITE.items()],
    speech("s-shamkhani", "Statement", "Shamkhani: the talks lifted the misunderstandings between Tehran and Riyadh",
           SHAMKHANI, ("a affirmé", None),
           [("Ces discussions", None), ("ont permis de lever les malentendus entre Téhéran et Riyad.", None)],
           evidence=SHAMKHANI_QUOTE, about=["e-misunderstandings-lifted", "e-talks"],
           note="One quote split around « a affirmé Ali Shamkhani, secrétaire du Conseil suprême de sécurité "
                "nationale iranien, »: two quote parts, the second keeping its full stop inside the guillemets. No "
                "weekday or place of its own."),
    speech("s-irna", "Report", "Irna reports that Shamkhani led the Iranian delegation since Monday", IRNA,
           ("a précisé", None), [], about=["e-shamkhani-leads"],
           note="« a précisé l’agence officielle Irna »: a source after the clause; the title before the name is part "
                "of its phrase."),
    speech("s-aiban-thanks", "Statement", "Musaed al-Aiban thanks Xi Jinping for his initiative", AIBAN,
           ("a remercié", None), [("initiative", None)], addressee=XI, according_to=[SPA], about=["e-talks"],
           note="« le conseiller à la sécurité nationale, Moussaed al-Aiban, a remercié le président Xi Jinping pour "
                "son « initiative » »: Xi is the one thanked (addressee); the initiative is China's sponsoring of the "
                "talks, no event of its own. « Du côté saoudien » is no mention."),
    speech("s-spa", "Report", "SPA reports al-Aiban's thanks", SPA, ("selon", "selon l’agence officielle SPA"), [],
           about=["s-aiban-thanks"],
           note="« selon l’agence officielle SPA »: a source after the clause (as « cité par l’agence TASS » in "
                "gold)."),
    speech("s-aiban-page", "Statement", "Al-Aiban: we want to turn the page of the disagreements", AIBAN,
           ("a-t-il ajouté", None), [("Nous voulons tourner la page des divergences", None)],
           about=["e-page-turned"],
           note="A quote first; « Nous » is Saudi Arabia, « il » al-Aiban. SPA's « selon » in the sentence before "
                "does not reach across the full stop, so no according_to."),
    speech("s-wang-hails", "Statement", "Wang Yi hails a victory for peace", WANG,
           ("a salué", "délégations, a salué"), [("une victoire de la paix", None)], evidence=WANG_SENTENCE,
           about=["e-agreement"],
           note="« Le chef de la diplomatie chinoise, Wang Yi, qui avait accueilli les deux délégations, a salué « une "
                "victoire de la paix » »: a role noun and a name in apposition; the victory is the agreement, no "
                "event of its own."),
    speech("s-wang-promise", "Assurance", "Wang Yi promises China will go on playing a constructive role", WANG,
           ("promis", None), [], evidence=WANG_SENTENCE, about=["e-china-role"],
           note="« et promis que Pékin continuerait à jouer un rôle constructif dans la région »: the second verb "
                "after « et », a promise (Assurance) with no quote."),
    speech("s-kirby-informed", "Statement", "John Kirby says Riyadh kept the United States informed", KIRBY,
           ("a assuré", None), [], place=WASHINGTON, about=["s-saudi-informed"],
           note="« À Washington, le porte-parole du Conseil de sécurité nationale, John Kirby, a assuré que »: the "
                "fronted city is the place of his words (Q61, as « À Washington » in gold); « a assuré que » states "
                "a fact, not a promise: a Statement."),
    speech("s-saudi-informed", "SpeechAct", "Riyadh kept the United States informed of the talks", SAUDI,
           ("avait tenu", None), [], addressee=US, according_to=[KIRBY], about=["e-talks"],
           note="« que Riyad avait tenu les États-Unis informés »: informing is speaking, so a speech act of Saudi "
                "Arabia (« Riyad », a metonym) to the United States, in the pluperfect, according to Kirby; what "
                "they were told of is the talks (the next sentence's « discussions »)."),
    speech("s-kirby-admits", "Statement", "Kirby admits Washington took no part in the talks", KIRBY,
           ("a-t-il reconnu", None), [], place=WASHINGTON, about=["e-us-not-part"],
           note="Indirect speech before the reporting clause, no guillemets; « il » is Kirby, still in Washington."),
    speech("s-guterres-hails", "Statement", "António Guterres welcomes the agreement through his spokesman",
           GUTERRES, ("a salué", "Guterres a salué"), [], according_to=[SPOKESMAN], evidence=GUTERRES_SENTENCE,
           about=["e-agreement"],
           note="« a salué l’accord par la voix de son porte-parole »: the spokesman carries the words "
                "(according_to); « par la voix de » has no verb of its own, so no second speech act (as « par la "
                "voix de la porte-parole » in gold). « l’accord » restates the agreement."),
    speech("s-guterres-judges", "Statement", "Guterres judges good relations between the two neighbours essential "
           "for the Gulf's stability", GUTERRES, ("jugeant", None), [("essentielles pour la stabilité du Golfe", None)],
           according_to=[SPOKESMAN], evidence=GUTERRES_SENTENCE, about=["e-restore-relations"],
           note="A participle of opinion with its own guillemets (as « estimant que ... « semer la peur » » in gold): "
                "a speech act of its own, which holds the quote; good relations are a state, so it is about the "
                "restored relations."),
    speech("s-bennett", "Statement", "Naftali Bennett sees a political victory for Iran", BENNETT,
           ("a vu", None), [("une victoire politique", None)], place=ISRAEL, about=["e-agreement"],
           note="« En Israël, l’ancien Premier ministre Naftali Bennett y a vu « une victoire politique » pour l’Iran "
                "»: the fronted country is the place of his words; « l’ancien Premier ministre » right before the "
                "name is part of its phrase; « y » is the agreement."),
    speech("s-netanyahu-silence", "Statement", "Benjamin Netanyahu had not spoken by Friday evening", NETANYAHU,
           ("ne s’était pas exprimé", None), [], status="negated", time="t-friday-evening",
           about=["e-agreement"],
           note="« ne s’était pas exprimé vendredi soir »: a negated speech act (as « ne s’est pas exprimé » in gold), "
                "dated by the publication evening; the subject of the silence is the agreement of the paragraph."),
    speech("s-shamkhani-report", "Report", "Shamkhani will report on the talks to the supreme leader Ali Khamenei",
           SHAMKHANI, ("rendra compte", None), [], status="planned", addressee=KHAMENEI, place=TEHRAN,
           time="t-saturday", about=["e-talks"],
           note="« où il rendra compte des discussions au guide suprême, Ali Khamenei »: a future, planned; « où » is "
                "Tehran and the day is the Saturday of his return."),
]


def build(loc: Any, article: Any) -> dict[str, Any]:
    return build_document(loc, article, globals())
