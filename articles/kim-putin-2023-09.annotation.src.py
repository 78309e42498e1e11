"""Curated annotation of kim-putin-2023-09.txt, written by its words: no offset here is typed by hand.

Regenerate the JSON beside the article, and check that the committed one is up to date:

    python tools/annotate_offsets.py articles/kim-putin-2023-09.annotation.src.py
    python tools/annotate_offsets.py articles/kim-putin-2023-09.annotation.src.py --check

Every span is ``(words, where)``: ``where`` is None (the words occur once in the text), an occurrence number
(1-based), a unique context phrase that contains the words once, or ``(context, n)``. See
``tools/annotate_offsets.py``. The conventions are in ``ANNOTATOR_NOTE`` below.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from annotate_offsets import event, speech  # the record builders every annotation source uses

ARTICLE = "kim-putin-2023-09.txt"

ANNOTATOR_NOTE = """\
Hand-checked annotation of every fact the article states, reports, plans, proposes, suspects, supposes or \
says was not communicated. Conventions:
MENTIONS. Annotated: proper names, role nouns that refer to one person, organisation, country or place (le \
président russe, son homologue, le numéro un nord-coréen), and personal pronouns that refer to one of them \
(il, Il, lui, Nous, the place clitic y). Not annotated: generic nouns (la presse, n'importe quel pays), \
plural phrases that refer to several entities at once (les deux dirigeants, les deux pays, leurs liens, ces \
cadeaux), possessive determiners (son, sa, ses, leurs), reflexive and impersonal pronouns (s', il s'agirait, \
il y a), relative pronouns, and adjectives (russe, nord-coréen). A name is annotated without its determiner \
(Russie, Japon, Kremlin); a role noun with its determiner when it is a separate word (le président russe, \
son hôte russe), from the noun when the article is fused with a preposition (du dirigeant nord-coréen -> \
dirigeant nord-coréen). A title or role noun placed right before the name, in the same noun phrase (le \
secrétaire général Antonio Guterres, l'agence de presse d'État nord-coréenne KCNA), is part of the name's \
phrase and not a mention of its own; a role noun in apposition after a comma (Dmitri Peskov, porte-parole du \
Kremlin; Yoko Kamikawa, ministre japonaise des Affaires étrangères; Alexandre Loukachenko, dirigeant \
biélorusse) is a nominal mention. Things given, delivered or proposed are annotated when an event takes them \
as its theme, specific or not (un gant ..., Des munitions, matériel militaire nord-coréen). A name or \
description inside a longer one is annotated too when it refers to a different entity of its own (ONU in \
Conseil de sécurité de l'ONU, Kremlin in porte-parole du Kremlin, l'actuel leader in le père de l'actuel \
leader, Moscou in région de Moscou). The misspelt Kim Jung-un is Kim Jong-un.
METONYMS. A capital or a building standing for a government is kind 'metonym' and is linked to what it \
stands for: Moscou -> Russia Q159, Pyongyang -> North Korea Q423, Washington -> United States Q30 when they \
act as states (propose, warn, are warned, supply, are convinced, hold talks); the Kremlin -> the \
Presidential Administration of Russia Q2060629 (an institution with its own item). The city's own QID is \
used only where the city is the place (invité à Pyongyang -> Q18808; Moscou in région de Moscou -> Q649). A \
country's own name (Russie, Corée du Nord, RPDC, Japon) is kind 'name' and links to the country, as place or \
as state.
QUOTES. Every pair of guillemets is covered by exactly one speech act: its quote parts are the words between \
the guillemets, without the surrounding spaces and without the editors' bracketed notes ([..., NDLR]), which \
are not the speaker's words; a quote interrupted by such a note is split around it. The speaker is whoever \
the article gives the words to. The first two quotes are KCNA's own wording (third person: Kim Jong-un a \
invité ... Poutine), so the agency is their speaker (Report) and the events they report (invitation, \
acceptance) carry KCNA in according_to. Words the article gives to Kim but that reach it through KCNA (plan \
pour les 100 prochaines années) have Kim as speaker and KCNA in according_to; KCNA's report itself (a \
rapporté jeudi KCNA) is a Report about that speech act. Attributions without a quote (selon les agences \
russes, ont fait savoir les médias russes, the Rodong Sinmun assure, the United States soupçonnent, \
Washington en est persuadée) are speech acts with no quote parts.
STATUS AND SOURCES. The status says what the article commits to: occurred (stated as fact, in its own voice \
or through a named source in according_to), planned (scheduled or announced: Putin's visit to North Korea, \
the Sochi meeting), proposed (offered, not agreed), suspected (someone's suspicion, with who suspects in \
according_to), hypothetical (conditional or possible: il s'agirait, auraient, remporterait, la possibilité \
que), negated (nothing was said officially of it). according_to is left out when the article states a fact \
in its own voice without naming a source.
TIMES. Normalised against the publication date (2023-09, month) and the publication day the text fixes \
(article.published_inferred, 2023-09-14). A year stays a year; a duration or a vague time has no value. An \
event dated only by being the article's news (the meeting, and what happened at it) takes the publication \
month (t-meeting, no words in the text). The three past jeudi are all Thursday 14 September 2023.
ENTITIES. Wikidata QIDs only from src/newsld/data/wikidata/ids.tsv; everything else is a local entity with \
its unlinked_reason, and a verified class_qid where one fits (glove Q169031, dacha Q160169, newspaper \
Q11032)."""

PUBLISHED_INFERRED = {
    "value": "2023-09-14",
    "precision": "day",
    "rule": "weekday-anchors",
    "note": (
        "The file gives the month (2023-09). The text fixes the day: Putin « sera vendredi 15 septembre à "
        "Sotchi » is future, so the article appeared before Friday 15 September 2023 (15 September 2023 is a "
        "Friday, which confirms the year); KCNA « a rapporté jeudi » and Japan « a souligné jeudi » are past, "
        "so it appeared on or after a Thursday. A weekday named without a date in news copy is a day of the "
        "current week, so the Thursday is the one just before Friday 15: Thursday 14 September 2023. On or "
        "after Thursday 14 and before Friday 15 leaves Thursday 14 itself. « aujourd’hui » (Putin works at "
        "his dacha) is that same day, and « l’épisode présidentiel de la visite ... semble clos » fits a "
        "report written the day after the summit."
    ),
}

# id, French label, English label, type, extra fields (description, class_qid, unlinked_reason)
NOT_VERIFIED = "not among the verified Wikidata identifiers (src/newsld/data/wikidata/ids.tsv)"
ENTITIES: list[tuple[str, str, str, str, dict[str, str]]] = [
    ("Q56226", "Kim Jong-un", "Kim Jong-un", "person", {"description": "dirigeant de la Corée du Nord"}),
    ("Q7747", "Vladimir Poutine", "Vladimir Putin", "person", {"description": "président de la Russie"}),
    ("Q10665", "Kim Jong-il", "Kim Jong-il", "person",
     {"description": "père de Kim Jong-un, dirigeant de la Corée du Nord en 2000"}),
    ("Q4359688", "Dmitri Peskov", "Dmitry Peskov", "person",
     {"description": "porte-parole du Kremlin (QID de confiance « likely » dans ids.tsv)"}),
    ("Q311440", "António Guterres", "António Guterres", "person",
     {"description": "secrétaire général de l’ONU"}),
    ("Q276275", "Yōko Kamikawa", "Yōko Kamikawa", "person",
     {"description": "ministre japonaise des Affaires étrangères"}),
    ("Q2866", "Alexandre Loukachenko", "Alexander Lukashenko", "person", {"description": "dirigeant biélorusse"}),
    ("Q326804", "Agence centrale de presse coréenne", "Korean Central News Agency", "organization",
     {"description": "agence de presse d’État nord-coréenne, KCNA"}),
    ("Q2060629", "Administration présidentielle de Russie", "Presidential Administration of Russia",
     "organization", {"description": "l’institution que désigne « le Kremlin » (pas le bâtiment, Q133274)"}),
    ("Q49623", "Parti du travail de Corée", "Workers' Party of Korea", "organization", {}),
    ("Q1065", "Organisation des Nations unies", "United Nations", "organization", {}),
    ("Q37470", "Conseil de sécurité des Nations unies", "United Nations Security Council", "organization", {}),
    ("Q159", "Russie", "Russia", "country", {}),
    ("Q423", "Corée du Nord", "North Korea", "country", {}),
    ("Q212", "Ukraine", "Ukraine", "country", {}),
    ("Q17", "Japon", "Japan", "country", {}),
    ("Q30", "États-Unis", "United States", "country", {}),
    ("Q959", "Vladivostok", "Vladivostok", "place", {}),
    ("Q18808", "Pyongyang", "Pyongyang", "place", {}),
    ("Q649", "Moscou", "Moscow", "place", {}),
    ("Q1697", "oblast de Moscou", "Moscow Oblast", "place", {}),
    ("Q39420", "Sotchi", "Sochi", "place", {}),
    ("Q110999040", "invasion de l'Ukraine par la Russie", "Russian invasion of Ukraine", "other",
     {"description": "la guerre que l’article nomme « son assaut en Ukraine », « son offensive en Ukraine » et "
                     "« le conflit en Ukraine »"}),
    ("local:rodong-sinmun", "Rodong Sinmun", "Rodong Sinmun", "organization",
     {"description": "journal officiel du Parti du travail de Corée", "class_qid": "Q11032",
      "unlinked_reason": NOT_VERIFIED + "; listed as unlinked in the ids.tsv README"}),
    ("local:russian-agencies", "les agences russes", "Russian news agencies", "group",
     {"description": "agences de presse russes que l’article ne nomme pas",
      "unlinked_reason": "an unnamed group of agencies, not one Wikidata item"}),
    ("local:russian-media", "les médias russes", "Russian media", "group",
     {"description": "médias russes que l’article ne nomme pas",
      "unlinked_reason": "an unnamed group of media, not one Wikidata item"}),
    ("local:space-suit-glove", "gant de combinaison spatiale", "space-suit glove", "object",
     {"description": "gant provenant d’une combinaison spatiale qui a voyagé plusieurs fois dans l’espace, "
                     "offert par Vladimir Poutine à Kim Jong-un", "class_qid": "Q169031",
      "unlinked_reason": "a single object with no Wikidata item"}),
    ("local:russian-carbine", "carabine de production russe", "Russian-made carbine", "object",
     {"description": "carabine de production russe de la plus haute qualité, offerte par Vladimir Poutine "
                     "à Kim Jong-un",
      "unlinked_reason": "a single object with no Wikidata item; no verified class for carbine "
                         "(the ids.tsv README warns that the nearby musketoon item is not a carbine)"}),
    ("local:north-korean-carbine", "carabine fabriquée en Corée du Nord", "North Korean-made carbine", "object",
     {"description": "carabine fabriquée en Corée du Nord, offerte par Kim Jong-un à Vladimir Poutine",
      "unlinked_reason": "a single object with no Wikidata item; no verified class for carbine "
                         "(the ids.tsv README warns that the nearby musketoon item is not a carbine)"}),
    ("local:north-korean-cosmonaut", "cosmonaute nord-coréen", "North Korean cosmonaut", "person",
     {"description": "un cosmonaute nord-coréen, encore inconnu, que Moscou propose d’envoyer dans l’espace",
      "unlinked_reason": "an unnamed, not yet chosen person"}),
    ("local:north-korean-military-equipment", "matériel militaire nord-coréen", "North Korean military equipment",
     "object",
     {"description": "matériel militaire nord-coréen que les États-Unis soupçonnent la Russie de vouloir se faire "
                     "livrer",
      "unlinked_reason": "an unspecified quantity of equipment, not one Wikidata item"}),
    ("local:munitions", "munitions fournies par Pyongyang", "munitions supplied by North Korea", "object",
     {"description": "des munitions que Pyongyang fournirait (hypothèse de l’article)",
      "unlinked_reason": "an unspecified quantity of munitions, not one Wikidata item"}),
    ("local:putin-dacha", "datcha de Vladimir Poutine", "Vladimir Putin's dacha", "place",
     {"description": "la datcha de Vladimir Poutine dans la région de Moscou (oblast de Moscou, Q1697)",
      "class_qid": "Q160169", "unlinked_reason": "the article does not say which residence; no Wikidata item"}),
    ("local:russian-space-forces", "forces spatiales russes", "Russian Space Forces", "organization",
     {"unlinked_reason": NOT_VERIFIED + "; Q21042210 (Russian Aerospace Forces) is only 'likely' there and "
                                        "names the aerospace forces, of which the space forces are a branch"}),
]

# words, where, entity, kind -- in the order of the text
MENTIONS: list[tuple[str, Any, str, str]] = [
    # C’est la première rencontre ... Kim Jong-un à Vladivostok en 2019.
    ("Kim Jong-un", 1, "Q56226", "name"),
    ("Vladivostok", None, "Q959", "name"),
    # À l’issue de cette rencontre, le président russe a accepté ...
    ("le président russe", 1, "Q7747", "nominal"),
    ("Corée du Nord", "se rendre en Corée du Nord sur", "Q423", "name"),
    ("son dirigeant", None, "Q56226", "nominal"),
    ("Russie", "en déplacement en Russie", "Q159", "name"),
    ("Moscou", "les liens entre Moscou et Pyongyang", "Q159", "metonym"),
    ("Pyongyang", "les liens entre Moscou et Pyongyang", "Q423", "metonym"),
    # « Kim Jong-un a invité ... », a rapporté jeudi l’agence ... KCNA ...
    ("Kim Jong-un", "« Kim Jong-un a invité", "Q56226", "name"),
    ("Poutine", "avec courtoisie Poutine", "Q7747", "name"),
    ("RPDC", "visiter la RPDC", "Q423", "name"),
    ("République populaire démocratique de Corée", None, "Q423", "name"),
    ("lui", "cela lui conviendra", "Q7747", "pronoun"),
    ("KCNA", "nord-coréenne KCNA", "Q326804", "name"),
    ("Corée du Nord", "le nom officiel de la Corée du Nord", "Q423", "name"),
    # « Poutine a accepté ... Russie-RPDC », a ajouté l’agence.
    ("Poutine", "« Poutine a accepté", "Q7747", "name"),
    ("Russie", "Russie-RPDC", "Q159", "name"),
    ("RPDC", "Russie-RPDC", "Q423", "name"),
    ("l’agence", "a ajouté l’agence", "Q326804", "nominal"),
    # Le Rodong Sinmun, journal officiel du parti, assure ...
    ("Rodong Sinmun", None, "local:rodong-sinmun", "name"),
    ("journal officiel du parti", None, "local:rodong-sinmun", "nominal"),
    ("parti", "journal officiel du parti", "Q49623", "nominal"),
    ("V. Poutine", "que V. Poutine a été invité", "Q7747", "name"),
    ("Pyongyang", "invité à Pyongyang", "Q18808", "name"),
    # Le Kremlin a confirmé ...
    ("Kremlin", "Le Kremlin a confirmé", "Q2060629", "metonym"),
    ("le président russe", "que le président russe avait accepté", "Q7747", "nominal"),
    ("son homologue", None, "Q56226", "nominal"),
    ("Corée du Nord", "prochainement en Corée du Nord", "Q423", "name"),
    ("Corée du Nord", "son deuxième déplacement en Corée du Nord", "Q423", "name"),
    ("Il", "Il avait rencontré", "Q7747", "pronoun"),
    ("le père de l’actuel leader", None, "Q10665", "nominal"),
    ("l’actuel leader", None, "Q56226", "nominal"),
    # « M.Poutine a offert à Kim ... », a indiqué à la presse Dmitri Peskov, porte-parole du Kremlin.
    ("Poutine", "M.Poutine", "Q7747", "name"),
    ("Kim", "offert à Kim un gant", "Q56226", "name"),
    ("un gant provenant d’une combinaison spatiale", None, "local:space-suit-glove", "nominal"),
    ("Il", "Il a aussi offert", "Q7747", "pronoun"),
    ("Kim", "offert à Kim une carabine", "Q56226", "name"),
    ("une carabine de production russe de la plus haute qualité", None, "local:russian-carbine", "nominal"),
    ("il", "il a également reçu", "Q7747", "pronoun"),
    ("une carabine fabriquée en Corée du Nord", None, "local:north-korean-carbine", "nominal"),
    ("Corée du Nord", "une carabine fabriquée en Corée du Nord", "Q423", "name"),
    ("Dmitri Peskov", None, "Q4359688", "name"),
    ("porte-parole du Kremlin", None, "Q4359688", "nominal"),
    ("Kremlin", "porte-parole du Kremlin", "Q2060629", "metonym"),
    # Ces cadeaux ... les États-Unis soupçonnent la Russie ...
    ("États-Unis", None, "Q30", "name"),
    ("Russie", "soupçonnent la Russie", "Q159", "name"),
    ("Pyongyang", "un accord avec Pyongyang", "Q423", "metonym"),
    ("matériel militaire nord-coréen", None, "local:north-korean-military-equipment", "nominal"),
    ("son assaut en Ukraine", None, "Q110999040", "nominal"),
    ("Ukraine", "son assaut en Ukraine", "Q212", "name"),
    # Signe du renforcement de leurs liens, Moscou a proposé à Pyongyang ...
    ("Moscou", "Moscou a proposé", "Q159", "metonym"),
    ("Pyongyang", "proposé à Pyongyang", "Q423", "metonym"),
    ("un cosmonaute nord-coréen", None, "local:north-korean-cosmonaut", "nominal"),
    ("les agences russes", None, "local:russian-agencies", "nominal"),
    ("premier nord-coréen", None, "local:north-korean-cosmonaut", "nominal"),
    ("le pays reclus", None, "Q423", "nominal"),
    # Le numéro un nord-coréen a assuré à V. Poutine que Moscou remporterait ...
    ("Le numéro un nord-coréen", None, "Q56226", "nominal"),
    ("V. Poutine", "assuré à V. Poutine", "Q7747", "name"),
    ("Moscou", "Moscou remporterait", "Q159", "metonym"),
    # Le président russe a, lui, trinqué ...
    ("Le président russe", None, "Q7747", "nominal"),
    ("lui", "a, lui, trinqué", "Q7747", "pronoun"),
    ("Pyongyang", "» avec Pyongyang", "Q423", "metonym"),
    ("Corée du Nord", "visant la Corée du Nord", "Q423", "name"),
    # Le dirigeant nord-coréen s’est dit ... a rapporté jeudi KCNA.
    ("Le dirigeant nord-coréen", None, "Q56226", "nominal"),
    ("son hôte russe", None, "Q7747", "nominal"),
    ("KCNA", "a rapporté jeudi KCNA", "Q326804", "name"),
    # Si, pour l’heure, rien n’a ... à l’ONU.
    ("matériel militaire", "de matériel militaire à la Russie", "local:north-korean-military-equipment", "nominal"),
    ("Russie", "matériel militaire à la Russie", "Q159", "name"),
    ("son offensive en Ukraine", None, "Q110999040", "nominal"),
    ("Ukraine", "son offensive en Ukraine", "Q212", "name"),
    ("ONU", "attention à l’ONU", "Q1065", "name"),
    # La Corée du Nord fait l’objet de sanctions imposées par le Conseil de sécurité ...
    ("Corée du Nord", "La Corée du Nord fait", "Q423", "name"),
    ("Conseil de sécurité", "imposées par le Conseil de sécurité", "Q37470", "name"),
    # Mais Washington en est persuadée ...
    ("Washington", None, "Q30", "metonym"),
    ("Russie", "cette visite en Russie", "Q159", "name"),
    ("Kim Jung-un", None, "Q56226", "name"),
    ("forces spatiales russes", None, "local:russian-space-forces", "nominal"),
    # ... le secrétaire général Antonio Guterres a mis en garde Moscou : « ... »
    ("lui", "la presse lui a demandé", "Q311440", "pronoun"),
    ("Antonio Guterres", None, "Q311440", "name"),
    ("Moscou", "mis en garde Moscou", "Q159", "metonym"),
    ("Corée du Nord", "pays avec la Corée du Nord", "Q423", "name"),
    ("Conseil de sécurité de l’ONU", None, "Q37470", "name"),
    ("ONU", "Conseil de sécurité de l’ONU", "Q1065", "name"),
    # Des munitions fournies par Pyongyang ...
    ("Des munitions", None, "local:munitions", "nominal"),
    ("Pyongyang", "fournies par Pyongyang", "Q423", "metonym"),
    ("le conflit en Ukraine", None, "Q110999040", "nominal"),
    ("Ukraine", "le conflit en Ukraine", "Q212", "name"),
    # Le Japon aussi a souligné jeudi ...
    ("Japon", None, "Q17", "name"),
    ("Nations unies", "sanctions des Nations unies", "Q1065", "name"),
    ("Corée du Nord", "l’armement de la Corée du Nord", "Q423", "name"),
    # « Nous surveillons [...] », ... a déclaré Yoko Kamikawa, ministre japonaise des Affaires étrangères ...
    ("Nous", None, "Q17", "pronoun"),
    ("Moscou", "entre Moscou et Pyongyang, NDLR", "Q159", "metonym"),
    ("Pyongyang", "entre Moscou et Pyongyang, NDLR", "Q423", "metonym"),
    ("Conseil de sécurité des Nations unies", None, "Q37470", "name"),
    ("Nations unies", "Conseil de sécurité des Nations unies", "Q1065", "name"),
    ("Corée du Nord", "armes avec la Corée du Nord", "Q423", "name"),
    ("Yoko Kamikawa", None, "Q276275", "name"),
    ("ministre japonaise des Affaires étrangères", None, "Q276275", "nominal"),
    # La visite du dirigeant nord-coréen en Russie « se poursuit ... », a précisé D. Peskov ...
    ("dirigeant nord-coréen", "La visite du dirigeant nord-coréen", "Q56226", "nominal"),
    ("Russie", "nord-coréen en Russie «", "Q159", "name"),
    ("D. Peskov", None, "Q4359688", "name"),
    # Mais l’épisode présidentiel de la visite de Kim Jong-un semble en tout cas clos.
    ("Kim Jong-un", "la visite de Kim Jong-un", "Q56226", "name"),
    # V. Poutine, ont fait savoir les médias russes, travaille aujourd’hui ...
    ("V. Poutine", "V. Poutine, ont fait savoir", "Q7747", "name"),
    ("les médias russes", None, "local:russian-media", "nominal"),
    ("sa datcha", None, "local:putin-dacha", "nominal"),
    ("région de Moscou", None, "Q1697", "name"),
    ("Moscou", "région de Moscou", "Q649", "name"),
    ("Sotchi", None, "Q39420", "name"),
    ("il", "où il y recevra", "Q7747", "pronoun"),
    ("y", "il y recevra", "Q39420", "pronoun"),
    ("Alexandre Loukachenko", None, "Q2866", "name"),
    ("dirigeant biélorusse", None, "Q2866", "nominal"),
]

THURSDAY_NOTE = (
    "A weekday named in the past tense (« a {verb} jeudi ») is the most recent such day on or before "
    "publication: Thursday 14 September 2023, the publication day itself (article.published_inferred)."
)

# id, (words, where) or None for a time with no words, value, precision, rule, note
TIMES: list[tuple[str, Any, str | None, str, str, str]] = [
    ("t-2019", ("en 2019", None), "2019", "year", "explicit-year",
     "A year written out; it stays a year (no month or day is implied)."),
    ("t-meeting", None, "2023-09", "month", "publication-month",
     "No words date the meeting: it is the news the article reports (« la première rencontre », « À l’issue "
     "de cette rencontre », « l’épisode présidentiel ... semble clos »), so it took place in the publication "
     "month, September 2023. Nothing in the text gives its day, so the precision stays the month."),
    ("t-thursday-kcna", ("jeudi", "a rapporté jeudi l’agence"), "2023-09-14", "day", "weekday-past",
     THURSDAY_NOTE.format(verb="rapporté")),
    ("t-soon", ("prochainement", None), None, "vague", "vague-future",
     "« prochainement »: soon, after publication; no date can be given."),
    ("t-2000", ("en 2000", None), "2000", "year", "explicit-year",
     "A year written out; it stays a year."),
    ("t-100-years", ("les 100 prochaines années", None), None, "duration", "explicit-duration",
     "A span of 100 years from now (P100Y, about 2023 to 2123): the period Kim's proposed plan would "
     "cover, inside his quoted words; not the time of an event, so no event takes it as its time."),
    ("t-thursday-kcna-2", ("jeudi", "a rapporté jeudi KCNA"), "2023-09-14", "day", "weekday-past",
     THURSDAY_NOTE.format(verb="rapporté")),
    ("t-for-now", ("pour l’heure", None), "2023-09-14", "day", "deictic-now",
     "« pour l’heure »: as of writing, the publication day. It dates the absence of any official word on an "
     "arms agreement, not the agreement, so the negated agreement does not take it as its time."),
    ("t-thursday-japan", ("jeudi", "a souligné jeudi"), "2023-09-14", "day", "weekday-past",
     THURSDAY_NOTE.format(verb="souligné")),
    ("t-recently", ("fraîchement", None), None, "vague", "vague-past",
     "« fraîchement nommée »: recently, shortly before publication; no date can be given."),
    ("t-few-days", ("quelques jours", None), None, "duration", "vague-duration",
     "« se poursuit encore quelques jours »: a few more days from the publication day; how many is not said."),
    ("t-today", ("aujourd’hui", None), "2023-09-14", "day", "deictic-today",
     "« aujourd’hui » is the publication day, which the text fixes at Thursday 14 September 2023 "
     "(article.published_inferred)."),
    ("t-friday-15", ("vendredi 15 septembre", None), "2023-09-15", "day", "day-month-publication-year",
     "The text gives the weekday, day and month; the year is the publication year (2023), since the "
     "article was published in September 2023 and the verb is future (« sera »). 15 September 2023 is "
     "indeed a Friday, which confirms the reading."),
]

GIFT_EVIDENCE = ("« M.Poutine", "porte-parole du Kremlin.")


KIM, PUTIN, RUSSIA, NK = "Q56226", "Q7747", "Q159", "Q423"
KCNA, KREMLIN, PESKOV, UNSC, US = "Q326804", "Q2060629", "Q4359688", "Q37470", "Q30"

EVENTS: list[dict[str, Any]] = [
    event("e-meeting", "Meeting", "Kim Jong-un meets Vladimir Putin in Russia",
           ("rencontre", "la première rencontre"), [("participant", KIM), ("participant", PUTIN)],
           place=RUSSIA, time="t-meeting", part_of="e-kim-visit-russia",
           note="The first meeting of the two leaders (« des deux dirigeants ») since Kim's 2019 trip to "
                "Vladivostok. In Russia: Kim is « en déplacement en Russie »; the article names no city. The same "
                "meeting is « cette rencontre » (next sentence) and « l’épisode présidentiel de la visite de Kim "
                "Jong-un », which « semble en tout cas clos » (last paragraph). Stated in the article's own voice."),
    event("e-kim-trip-2019", "Visit", "Kim Jong-un's trip to Vladivostok in 2019", ("voyage", None),
           [("agent", KIM)], place="Q959", time="t-2019",
           note="« un précédent voyage de Kim Jong-un à Vladivostok en 2019 ». That the two leaders met then is "
                "implied by « la première rencontre ... depuis », not stated, so no separate meeting is recorded."),
    event("e-kim-visit-russia", "Visit", "Kim Jong-un's visit to Russia, which goes on for a few more days",
           ("visite", "La visite du dirigeant nord-coréen"), [("agent", KIM)],
           place=RUSSIA, time="t-few-days", according_to=[PESKOV],
           note="The same visit as « son dirigeant en déplacement en Russie » (first paragraph) and « cette visite "
                "en Russie de Kim Jung-un » (Washington's view). Its time is what Peskov says of it: it goes on "
                "« encore quelques jours » (counted from the publication day, not the whole visit's length)."),
    event("e-strengthen-ties", "Event",
           "Strengthening the ties between Russia and North Korea, notably military (the visit's purpose)",
           ("renforcer", None), [("participant", RUSSIA), ("participant", NK)], status="planned",
           note="« afin de renforcer les liens entre Moscou et Pyongyang, notamment militaires »: the purpose of "
                "Putin's planned visit to North Korea; Moscou and Pyongyang stand for the two states."),
    event("e-banquet", "Banquet", "Banquet during the Kim–Putin meeting", ("banquet", None),
           [("participant", KIM), ("participant", PUTIN)], place=RUSSIA, time="t-meeting",
           part_of="e-meeting", according_to=["local:rodong-sinmun"],
           note="Known only from the Rodong Sinmun, which places the invitation there; both leaders' presence "
                "follows from Kim inviting Putin at it."),
    event("e-invitation", "Invitation", "Kim Jong-un invites Vladimir Putin to visit North Korea",
           ("a invité", None), [("agent", KIM), ("recipient", PUTIN)], place=RUSSIA, time="t-meeting",
           part_of="e-banquet", according_to=[KCNA, KREMLIN, "local:rodong-sinmun"],
           note="An invitation to visit North Korea (« visiter la RPDC », « invité à Pyongyang »), « quand cela "
                "lui conviendra »; the visit it invites to is e-putin-visit-nk (place North Korea). The "
                "invitation's own place is where it was made: in Russia, during Kim's trip (« son dirigeant en "
                "déplacement en Russie »), at the banquet according to the Rodong Sinmun (part_of e-banquet). "
                "Reported by KCNA, named by the Kremlin (« l’invitation de son homologue »), placed at the banquet "
                "by the Rodong Sinmun; the article also says « sur invitation de son dirigeant »."),
    event("e-acceptance", "Acceptance", "Vladimir Putin accepts Kim Jong-un's invitation",
           ("a accepté", "le président russe a accepté"), [("agent", PUTIN), ("recipient", KIM)],
           place=RUSSIA, time="t-meeting", part_of="e-meeting", according_to=[KCNA, KREMLIN],
           note="« À l’issue de cette rencontre »: at the end of the meeting. Reported by KCNA (« Poutine a accepté "
                "avec plaisir l’invitation ») and confirmed by the Kremlin (« avait accepté « avec plaisir » "
                "l’invitation »). The recipient is the inviter, whose invitation is accepted."),
    event("e-putin-visit-nk", "Visit", "Vladimir Putin's planned visit to North Korea, his second",
           ("se rendre", "à se rendre prochainement"), [("agent", PUTIN)], status="planned",
           place=NK, time="t-soon", according_to=[KREMLIN],
           note="« à se rendre prochainement en Corée du Nord »; « Ce sera son deuxième déplacement en Corée du "
                "Nord »: his second visit there. Invited to « visiter la RPDC » (KCNA), to Pyongyang (Rodong "
                "Sinmun). Its purpose: e-strengthen-ties. The first visit is not dated by the text."),
    event("e-meeting-2000", "Meeting", "Vladimir Putin meets Kim Jong-il in 2000", ("rencontré", None),
           [("participant", PUTIN), ("participant", "Q10665")], time="t-2000",
           note="« le père de l’actuel leader »: Kim Jong-il (Q10665), Kim Jong-un's father. The sentence gives no "
                "place; read with « son deuxième déplacement », it suggests Putin's first visit, but does not say so."),
    event("e-gift-glove", "Gift", "Vladimir Putin gives Kim Jong-un a space-suit glove", ("a offert", None),
           [("agent", PUTIN), ("recipient", KIM), ("theme", "local:space-suit-glove")], evidence=GIFT_EVIDENCE,
           place=RUSSIA, time="t-meeting", part_of="e-meeting", according_to=[PESKOV],
           note="« un gant provenant d’une combinaison spatiale, qui a voyagé plusieurs fois dans l’espace ». "
                "Exchanged at the meeting, in Russia: the gifts are reported with it and « En retour » ties them "
                "together."),
    event("e-gift-russian-carbine", "Gift", "Vladimir Putin gives Kim Jong-un a Russian-made carbine",
           ("offert", "Il a aussi offert"),
           [("agent", PUTIN), ("recipient", KIM), ("theme", "local:russian-carbine")], evidence=GIFT_EVIDENCE,
           place=RUSSIA, time="t-meeting", part_of="e-meeting", according_to=[PESKOV],
           note="« une carabine de production russe de la plus haute qualité »; « Il » is Putin."),
    event("e-gift-nk-carbine", "Gift", "Kim Jong-un gives Vladimir Putin a North Korean-made carbine",
           ("reçu", None), [("agent", KIM), ("recipient", PUTIN), ("theme", "local:north-korean-carbine")],
           evidence=GIFT_EVIDENCE, place=RUSSIA, time="t-meeting", part_of="e-meeting", according_to=[PESKOV],
           note="« En retour, il a également reçu une carabine fabriquée en Corée du Nord »: « il » (the receiver) "
                "is Putin; the giver is not named, « En retour » makes it Kim, who received the first two gifts."),
    event("e-us-suspected-agreement", "Agreement", "Suspected Russia–North Korea agreement on arms deliveries",
           ("accord", "parvenir à un accord"), [("participant", RUSSIA), ("participant", NK)],
           status="suspected", according_to=[US],
           note="« les États-Unis soupçonnent la Russie de vouloir parvenir à un accord avec Pyongyang pour des "
                "livraisons de matériel militaire nord-coréen »: the United States suspect Russia wants one."),
    event("e-us-suspected-deliveries", "Delivery", "Suspected deliveries of North Korean military equipment to "
           "Russia", ("livraisons", "pour des livraisons de matériel militaire nord-coréen"),
           [("agent", NK), ("recipient", RUSSIA), ("theme", "local:north-korean-military-equipment")],
           status="suspected", according_to=[US],
           note="The deliveries the suspected agreement would cover: North Korea supplying (agent), Russia "
                "receiving (recipient), « pour soutenir son assaut en Ukraine » (Q110999040). Suspected by the "
                "United States; not asserted by the article."),
    event("e-proposal-cosmonaut", "Proposal", "Russia proposes to send a North Korean cosmonaut to space",
           ("a proposé", None),
           [("agent", RUSSIA), ("recipient", NK), ("theme", "local:north-korean-cosmonaut")],
           according_to=["local:russian-agencies"],
           note="« Moscou » stands for the Russian state, « Pyongyang » for North Korea. The proposal is reported "
                "as made (occurred); what it proposes, the flight, is only proposed (e-spaceflight). « Signe du "
                "renforcement de leurs liens »: a sign of the rapprochement (e-rapprochement)."),
    event("e-spaceflight", "Spaceflight", "Proposed spaceflight of a North Korean cosmonaut", ("envoyer", None),
           [("agent", RUSSIA), ("participant", "local:north-korean-cosmonaut")], status="proposed",
           according_to=["local:russian-agencies"],
           note="« envoyer un cosmonaute nord-coréen dans l’espace »: Russia would send him."),
    event("e-first-north-korean-in-orbit", "Spaceflight",
           "The first North Korean to reach Earth orbit, if the proposed flight happens", ("accéder", None),
           [("participant", "local:north-korean-cosmonaut")], status="hypothetical",
           note="« Il s’agirait du premier nord-coréen à accéder à l’orbite terrestre »: conditional, what the "
                "proposed flight (e-spaceflight) would be; the article's own comment, no source named."),
    event("e-nk-space-programmes", "Event", "North Korea seeks to develop its space programmes",
           ("développer", None), [("agent", NK)],
           note="« alors que le pays reclus cherche à développer ses programmes spatiaux »."),
    event("e-russian-victory", "Event", "Russia wins a « grande victoire » over its enemies (Kim's prediction)",
           ("remporterait", None), [("agent", RUSSIA)], status="hypothetical", according_to=[KIM],
           note="A prediction in reported speech (conditional « remporterait »); « ses ennemis » are not named."),
    event("e-military-cooperation", "Event", "Prospects of military cooperation between Russia and North Korea",
           ("coopération militaire", None), [("participant", RUSSIA), ("participant", NK)],
           status="hypothetical", according_to=[PUTIN],
           note="« parlant devant la presse de « perspectives » de coopération militaire »: prospects, not yet "
                "cooperation; with Pyongyang (« la coopération » avec Pyongyang, in the same sentence)."),
    event("e-nk-weapons-programmes", "Event", "North Korea's nuclear and missile programmes",
           ("programmes nucléaires", None), [("agent", NK)],
           note="« à cause de ses programmes nucléaires et de ses missiles en développement »: the cause of the "
                "sanctions (e-unsc-sanctions)."),
    event("e-100-year-plan", "Event", "A plan for the next 100 years between North Korea and Russia "
           "(Kim's offer)", ("élaborer", None), [("participant", KIM), ("participant", PUTIN)],
           status="proposed", according_to=[KCNA],
           note="Kim « s’est dit également prêt à élaborer avec son hôte russe un « plan pour les 100 prochaines "
                "années » afin d’établir des relations stables et « tournées vers l’avenir »: an offer, not an "
                "agreement. The plan would cover the next 100 years (t-100-years)."),
    event("e-arms-agreement-unannounced", "Agreement",
           "No official word on an agreement for arms deliveries to Russia", ("accord", "un éventuel accord"),
           [("participant", RUSSIA), ("participant", NK)], status="negated",
           note="« pour l’heure, rien n’a toutefois été communiqué officiellement concernant un éventuel accord "
                "pour des livraisons de matériel militaire à la Russie afin de soutenir son offensive en "
                "Ukraine »: nothing official has been said of it as of publication (t-for-now). It is the "
                "agreement the United States suspect (e-us-suspected-agreement). No source: the article says "
                "so in its own voice."),
    event("e-rapprochement", "Event", "Rapprochement between Russia and North Korea", ("rapprochement", None),
           [("participant", RUSSIA), ("participant", NK)],
           note="« ce rapprochement »; also « le renforcement de leurs liens » (the cosmonaut paragraph)."),
    event("e-un-scrutiny", "Event", "The UN watches the Russia–North Korea rapprochement closely",
           ("scruté", None), [("agent", "Q1065")],
           note="« ce rapprochement est scruté avec attention à l’ONU »; what it watches is e-rapprochement."),
    event("e-unsc-sanctions", "Sanction", "UN Security Council sanctions on North Korea",
           ("sanctions", "fait l’objet de sanctions"), [("agent", UNSC), ("recipient", NK)],
           note="« La Corée du Nord fait l’objet de sanctions imposées par le Conseil de sécurité ». The same "
                "sanctions are « les sanctions internationales visant la Corée du Nord à cause de ses programmes "
                "nucléaires et de ses missiles » (Putin's paragraph), « le régime de sanctions imposé par le "
                "Conseil de sécurité de l’ONU » (Guterres) and « les sanctions des Nations unies sur l’armement de "
                "la Corée du Nord » (Japan)."),
    event("e-arms-ban", "Sanction", "UN ban on arms exchanges with North Korea", ("interdit", None),
           [("agent", UNSC), ("recipient", NK)], part_of="e-unsc-sanctions",
           note="« tout échange d’armes est, sur le papier, interdit »: a prohibition, part of the Security "
                "Council's sanctions named in the same sentence. Also « l’interdiction par le Conseil de sécurité "
                "des Nations unies de transactions liées aux armes avec la Corée du Nord » (Kamikawa)."),
    event("e-space-forces-review", "Event", "Kim Jong-un reviews the Russian space forces",
           ("passage en revue", None), [("agent", KIM), ("theme", "local:russian-space-forces")],
           place=RUSSIA, part_of="e-kim-visit-russia", according_to=[US],
           note="« cette visite en Russie de Kim Jung-un n’est pas un simple passage en revue des forces spatiales "
                "russes »: the sentence takes the review for granted and denies only that the visit is no more "
                "than that."),
    event("e-future-cooperation", "Event", "Potential future cooperation between Russia and North Korea",
           ("coopération", "potentielle future coopération"), [("participant", RUSSIA), ("participant", NK)],
           status="hypothetical", according_to=[US],
           note="« en vue d’une potentielle future coopération entre les deux pays »: a possibility, the declared "
                "purpose of the review, which Washington thinks is not the whole story."),
    event("e-munitions-delivery", "Delivery", "Munitions supplied by North Korea to Russia (hypothetical)",
           ("fournies", None), [("agent", NK), ("recipient", RUSSIA), ("theme", "local:munitions")],
           status="hypothetical",
           note="« Des munitions fournies par Pyongyang auraient un impact significatif sur le conflit en Ukraine »: "
                "conditional. The receiver is not written; Russia follows from « le conflit en Ukraine » and the "
                "paragraph (Guterres warning Moscow). The article's own supposition, no source named."),
    event("e-moscow-pyongyang-talks", "Event", "Talks between Moscow and Pyongyang", ("discussions", None),
           [("participant", RUSSIA), ("participant", NK)],
           note="Named by the editors' note inside Kamikawa's quote, « [les discussions entre Moscou et Pyongyang, "
                "NDLR] »; Moscou and Pyongyang stand for the two states."),
    event("e-sanctions-violation", "Event", "A possible violation of the UN ban on arms transactions with North "
           "Korea", ("violation", "aboutisse à une violation"), [("participant", RUSSIA), ("participant", NK)],
           status="hypothetical", according_to=["Q17", "Q276275"],
           note="« la possibilité que cela aboutisse à une violation de l’interdiction »: a possibility; « cela » "
                "is the Moscow–Pyongyang talks. Japan's « risque de « violation » » the sentence before."),
    event("e-kamikawa-appointment", "Event", "Yōko Kamikawa recently appointed Japan's foreign minister",
           ("nommée", None), [("recipient", "Q276275")], time="t-recently",
           note="« ministre japonaise des Affaires étrangères fraîchement nommée »: she took the post shortly "
                "before; who appointed her is not said."),
    event("e-putin-dacha", "Event", "Vladimir Putin works at his dacha in the Moscow region today",
           ("travaille", None), [("agent", PUTIN)], place="Q1697", time="t-today",
           according_to=["local:russian-media"],
           note="« travaille aujourd’hui dans sa datcha dans la région de Moscou »: the place is his dacha "
                "(local:putin-dacha), in Moscow Oblast; the event's place is the linked region, so that the "
                "Wikidata view has one."),
    event("e-lukashenko-meeting", "Meeting",
           "Vladimir Putin to receive Alexander Lukashenko in Sochi on Friday 15 September 2023",
           ("recevra", None), [("agent", PUTIN), ("participant", "Q2866")], status="planned",
           place="Q39420", time="t-friday-15", according_to=["local:russian-media"],
           note="« sera vendredi 15 septembre à Sotchi où il y recevra Alexandre Loukachenko, dirigeant "
                "biélorusse »: Putin hosts (agent), Lukashenko is received."),
]

SPEECH_ACTS: list[dict[str, Any]] = [
    speech("s-kcna-invitation", "Report", "KCNA reports Kim Jong-un's invitation to Vladimir Putin", KCNA,
            ("a rapporté", "a rapporté jeudi l’agence"),
            [("Kim Jong-un a invité avec courtoisie Poutine à visiter la RPDC", None),
             ("quand cela lui conviendra", None)],
            time="t-thursday-kcna", about=["e-invitation"],
            note="The quoted words are KCNA's own (third person: « Kim Jong-un a invité ... Poutine »), so the "
                 "agency is the speaker. « [République populaire démocratique de Corée, NDLR] » is the editors' "
                 "note, not KCNA's words: the quote is in two parts around it."),
    speech("s-kcna-acceptance", "Report", "KCNA reports Vladimir Putin's acceptance", KCNA, ("a ajouté", None),
            [("Poutine a accepté avec plaisir l’invitation et réaffirmé son invariable volonté de continuer à "
              "faire avancer l’histoire et la tradition de l’amitié Russie-RPDC", None)],
            time="t-thursday-kcna", about=["e-acceptance", "s-putin-reaffirms"],
            note="« a ajouté l’agence »: the same report, the same Thursday."),
    speech("s-putin-reaffirms", "Statement",
            "Vladimir Putin reaffirms his will to advance Russia–North Korea friendship", PUTIN,
            ("réaffirmé", None), [], according_to=[KCNA],
            note="« réaffirmé son invariable volonté de continuer à faire avancer l’histoire et la tradition de "
                 "l’amitié Russie-RPDC »: KCNA's words (they are s-kcna-acceptance's quote), so no quote here."),
    speech("s-rodong-sinmun", "Report", "The Rodong Sinmun says Putin was invited during the banquet",
            "local:rodong-sinmun", ("assure", None), [], about=["e-invitation", "e-banquet"],
            note="« assure que c’est durant le banquet que V. Poutine a été invité à Pyongyang »."),
    speech("s-kremlin-confirmation", "Statement", "The Kremlin confirms Putin accepted the invitation",
            KREMLIN, ("a confirmé", None), [("avec plaisir", "« avec plaisir »")],
            about=["e-acceptance", "e-putin-visit-nk"],
            note="« Le Kremlin »: the presidential administration (Q2060629), for which the building stands."),
    speech("s-peskov-gifts", "Report", "Dmitry Peskov tells the press about the gifts", PESKOV,
            ("a indiqué", None),
            [("M.Poutine a offert à Kim un gant provenant d’une combinaison spatiale, qui a voyagé plusieurs fois "
              "dans l’espace. Il a aussi offert à Kim une carabine de production russe de la plus haute qualité. "
              "En retour, il a également reçu une carabine fabriquée en Corée du Nord", None)],
            evidence=GIFT_EVIDENCE,
            about=["e-gift-glove", "e-gift-russian-carbine", "e-gift-nk-carbine"],
            note="« a indiqué à la presse Dmitri Peskov, porte-parole du Kremlin »; the press is not annotated "
                 "(a generic noun)."),
    speech("s-us-suspicion", "SpeechAct", "The United States suspect Russia of seeking an arms deal with North "
            "Korea", US, ("soupçonnent", None), [],
            about=["e-us-suspected-agreement", "e-us-suspected-deliveries"],
            note="A stance the article gives to the United States (« soupçonnent »), not a quotation."),
    speech("s-russian-agencies", "Report", "Russian agencies report Moscow's cosmonaut proposal",
            "local:russian-agencies", ("selon", None), [], about=["e-proposal-cosmonaut", "e-spaceflight"],
            note="« selon les agences russes »."),
    speech("s-kim-assurance", "Assurance", "Kim Jong-un assures Putin that Russia will win a great victory", KIM,
            ("a assuré", None), [("grande victoire", None)], addressee=PUTIN, about=["e-russian-victory"],
            note="« Le numéro un nord-coréen a assuré à V. Poutine que Moscou remporterait une « grande victoire » "
                 "sur ses ennemis »; Moscou stands for Russia. No source is named."),
    speech("s-putin-toast", "Toast", "Vladimir Putin toasts the future strengthening of cooperation with "
            "Pyongyang", PUTIN, ("trinqué", None), [("renforcement futur de la coopération", None)],
            about=["e-strengthen-ties"],
            note="« trinqué au « renforcement futur de la coopération » avec Pyongyang »."),
    speech("s-putin-prospects", "Statement", "Vladimir Putin speaks of prospects of military cooperation",
            PUTIN, ("parlant", None), [("perspectives", None)], about=["e-military-cooperation"],
            note="« parlant devant la presse de « perspectives » de coopération militaire malgré les sanctions "
                 "internationales visant la Corée du Nord »."),
    speech("s-kim-plan", "Statement", "Kim Jong-un ready to draw up a plan for the next 100 years with Putin",
            KIM, ("s’est dit", None),
            [("plan pour les 100 prochaines années", None), ("tournées vers l’avenir", None)],
            according_to=[KCNA], about=["e-100-year-plan"],
            note="Kim's words as KCNA reports them (« a rapporté jeudi KCNA », s-kcna-plan-report)."),
    speech("s-kcna-plan-report", "Report", "KCNA reports Kim Jong-un's words on a 100-year plan", KCNA,
            ("a rapporté", "a rapporté jeudi KCNA"), [], time="t-thursday-kcna-2", about=["s-kim-plan"],
            note="The report that carries Kim's words (the quotes belong to s-kim-plan)."),
    speech("s-washington-conviction", "SpeechAct",
            "Washington is convinced Kim's visit is more than a review of the Russian space forces", US,
            ("persuadée", None), [],
            about=["e-kim-visit-russia", "e-space-forces-review", "e-future-cooperation",
                   "e-us-suspected-agreement"],
            note="« Mais Washington en est persuadée : cette visite en Russie de Kim Jung-un n’est pas un simple "
                 "passage en revue des forces spatiales russes »: a conviction the article gives to the United "
                 "States (« Washington » stands for the state), no quotation. « Mais » sets it against the "
                 "absence of official word on an arms agreement, which is what it suspects."),
    speech("s-guterres-warning", "Warning", "António Guterres warns Moscow to respect the UN sanctions regime",
            "Q311440", ("a mis en garde", None),
            [("Toute forme de coopération de n’importe quel pays avec la Corée du Nord doit respecter le régime "
              "de sanctions imposé par le Conseil de sécurité de l’ONU.", None)],
            addressee=RUSSIA, about=["e-unsc-sanctions"],
            note="Asked by the press (« lorsque la presse lui a demandé sa réaction »); « Moscou » is the Russian "
                 "state. The quote keeps its final full stop, which stands inside the guillemets."),
    speech("s-japan-violation-risk", "Statement", "Japan points to a risk of violating the UN sanctions", "Q17",
            ("a souligné", None), [("violation", "« violation »")], time="t-thursday-japan",
            about=["e-sanctions-violation", "e-unsc-sanctions"],
            note="« Le Japon aussi a souligné jeudi un risque de « violation » des sanctions des Nations unies sur "
                 "l’armement de la Corée du Nord »."),
    speech("s-kamikawa-concern", "Statement", "Yōko Kamikawa: Japan watches the Moscow–Pyongyang talks with "
            "concern", "Q276275", ("a déclaré", None),
            [("Nous surveillons", None), ("avec inquiétude", None),
             ("la possibilité que cela aboutisse à une violation de l’interdiction par le Conseil de sécurité des "
              "Nations unies de transactions liées aux armes avec la Corée du Nord", None)],
            about=["e-moscow-pyongyang-talks", "e-sanctions-violation"],
            note="Speaking for Japan (« Nous »). The first quote is split around the editors' note « [les "
                 "discussions entre Moscou et Pyongyang, NDLR] », which is not her words. Probably the same "
                 "occasion as Japan's Thursday remark, but the article does not say so, so no time is given."),
    speech("s-peskov-visit-continues", "Statement", "Dmitry Peskov: Kim's visit goes on for a few more days",
            PESKOV, ("a précisé", None), [("se poursuit encore quelques jours", None)],
            about=["e-kim-visit-russia"],
            note="« a précisé D. Peskov, sans donner plus de détails sur le programme »."),
    speech("s-russian-media", "Report", "Russian media report Putin's day and his Sochi meeting",
            "local:russian-media", ("ont fait savoir", None), [], about=["e-putin-dacha", "e-lukashenko-meeting"],
            note="« V. Poutine, ont fait savoir les médias russes, travaille aujourd’hui ... et sera vendredi 15 "
                 "septembre à Sotchi »."),
]


# -- resolving the words into spans -------------------------------------------------------------------------
def _entities() -> list[dict[str, Any]]:
    return [{"id": id_, "label": label, "label_en": label_en, "type": type_, **extra}
            for id_, label, label_en, type_, extra in ENTITIES]


def _mentions(loc: Any) -> list[dict[str, Any]]:
    mentions = []
    for words, where, entity, kind in MENTIONS:
        span = loc.span(words, where)
        mentions.append({"id": f"m-{span['start']}-{span['end']}", **span, "entity": entity, "kind": kind})
    return sorted(mentions, key=lambda m: (m["start"], -m["end"]))


def _times(loc: Any) -> list[dict[str, Any]]:
    times = []
    for id_, words, value, precision, rule, note in TIMES:
        span = loc.span(*words) if words else {}
        times.append({"id": id_, **span, "value": value, "precision": precision, "rule": rule, "note": note})
    return times


def _resolve(loc: Any, item: dict[str, Any]) -> dict[str, Any]:
    """Spans for the trigger, quotes and evidence (the trigger's sentence unless a range is given)."""
    out = dict(item)
    out["trigger"] = loc.span(*item["trigger"])
    if "quotes" in item:
        out["quotes"] = [loc.span(*q) for q in item["quotes"]]
    evidence = item["evidence"]
    out["evidence"] = loc.range(*evidence) if evidence else loc.sentence(*item["trigger"])
    if "roles" in item:
        out["roles"] = [{"role": role, "entity": entity} for role, entity in item["roles"]]
    return out


def build(loc: Any, article: Any) -> dict[str, Any]:
    return {
        "format": "newsld-annotation/1",
        "article": {
            "id": article.id,
            "language": article.language,
            "source": article.source,
            "text_sha256": article.sha256,
            "published": {"value": article.published.value, "precision": article.published.precision},
            "published_inferred": PUBLISHED_INFERRED,
        },
        "annotator": {"kind": "curated", "name": "newsld curators (hand-checked)", "version": "1",
                      "note": ANNOTATOR_NOTE},
        "entities": _entities(),
        "mentions": _mentions(loc),
        "times": _times(loc),
        "events": [_resolve(loc, e) for e in EVENTS],
        "speech_acts": [_resolve(loc, s) for s in SPEECH_ACTS],
    }
