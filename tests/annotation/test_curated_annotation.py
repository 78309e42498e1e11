"""The curated annotation of the bundled article holds the facts of the article, as the issue lists them.

Each test queries the JSON document the way a reviewer would read it: by event type, roles, status, time and
source, never by position in a list.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from newsld.annotation import Annotation
from newsld.article import Article

KIM, PUTIN, RUSSIA, NK = "Q56226", "Q7747", "Q159", "Q423"
KCNA, KREMLIN, PESKOV, UNSC, US = "Q326804", "Q2060629", "Q4359688", "Q37470", "Q30"
# Plausible but wrong identifiers named in src/newsld/data/wikidata/README.md.
TRAP_QIDS = {"Q7530", "Q5765", "Q958", "Q934", "Q42751", "Q207326", "Q17427", "Q1118628", "Q5753"}
QID_TOKEN = re.compile(r"\bQ[1-9][0-9]*\b")


# -- helpers: query the document ----------------------------------------------------------------------------
def roles(item: dict[str, Any], role: str) -> set[str]:
    return {r["entity"] for r in item.get("roles", []) if r["role"] == role}


def events(annotation: Annotation, type_: str, **where: Any) -> list[dict[str, Any]]:
    """Events (and speech acts) of a type whose role sets and plain fields match ``where``."""
    found = []
    for item in [*annotation.data["events"], *annotation.data["speech_acts"]]:
        if item["type"] != type_:
            continue
        if all(_matches(item, key, value) for key, value in where.items()):
            found.append(item)
    return found


def _matches(item: dict[str, Any], key: str, value: Any) -> bool:
    if key in {"agent", "participant", "recipient", "theme"}:
        return value <= roles(item, key)
    if key == "according_to":
        return value <= set(item.get("according_to", []))
    if key == "trigger":
        return item["trigger"]["text"] == value
    return item.get(key) == value


def one(annotation: Annotation, type_: str, **where: Any) -> dict[str, Any]:
    found = events(annotation, type_, **where)
    assert len(found) == 1, f"expected one {type_} with {where}, found {[e['id'] for e in found]}"
    return found[0]


def time_of(annotation: Annotation, item: dict[str, Any]) -> dict[str, Any]:
    return next(t for t in annotation.data["times"] if t["id"] == item["time"])


def has(found: dict[str, Any], **expected: Any) -> bool:
    return all(found.get(key) == value for key, value in expected.items())


def quote_texts(item: dict[str, Any]) -> list[str]:
    return [q["text"] for q in item["quotes"]]


# -- identifiers ----------------------------------------------------------------------------------------------
def test_every_qid_written_anywhere_is_verified(annotation: Annotation, verified_ids: dict[str, Any]) -> None:
    text = annotation.to_json()
    unknown = sorted(set(QID_TOKEN.findall(text)) - set(verified_ids))
    assert unknown == []


def test_no_trap_qid_appears(annotation: Annotation) -> None:
    assert set(QID_TOKEN.findall(annotation.to_json())) & TRAP_QIDS == set()


def test_linked_entity_types_agree_with_ids_tsv(annotation: Annotation, verified_ids: dict[str, Any]) -> None:
    for entity in annotation.data["entities"]:
        if entity["id"].startswith("Q") and entity["type"] != "other":
            assert verified_ids[entity["id"]]["kind"] == entity["type"], entity["id"]


def test_linked_entities_carry_the_labels_of_ids_tsv(annotation: Annotation, verified_ids: dict[str, Any]) -> None:
    for entity in annotation.data["entities"]:
        if entity["id"].startswith("Q"):
            row = verified_ids[entity["id"]]
            assert (entity["label"], entity["label_en"]) == (row["label_fr"], row["label_en"]), entity["id"]


def test_local_entities_say_why_they_are_unlinked(annotation: Annotation, verified_ids: dict[str, Any]) -> None:
    for entity in annotation.data["entities"]:
        if entity["id"].startswith("local:"):
            assert entity.get("unlinked_reason"), entity["id"]
        if "class_qid" in entity:
            assert verified_ids[entity["class_qid"]]["kind"] == "class", entity["id"]


def test_every_entity_is_mentioned_and_every_mention_defined(annotation: Annotation) -> None:
    defined = {e["id"] for e in annotation.data["entities"]}
    mentioned = {m["entity"] for m in annotation.data["mentions"]}
    assert mentioned <= defined
    assert defined - mentioned == set()


def test_the_unlinked_things_stay_local(annotation: Annotation) -> None:
    entities = {e["id"]: e for e in annotation.data["entities"]}
    assert entities["local:rodong-sinmun"]["type"] == "organization"
    assert entities["local:space-suit-glove"]["class_qid"] == "Q169031"
    assert entities["local:putin-dacha"]["class_qid"] == "Q160169"
    assert "class_qid" not in entities["local:russian-carbine"]
    assert entities["local:russian-agencies"]["type"] == entities["local:russian-media"]["type"] == "group"


# -- mentions -------------------------------------------------------------------------------------------------
# Every occurrence of these words is (inside) a mention of one of the entities given.
SURFACE_FORMS = {
    "Kim Jong-un": {KIM}, "Kim Jung-un": {KIM}, "Poutine": {PUTIN}, "Peskov": {PESKOV},
    "Corée du Nord": {NK}, "RPDC": {NK}, "Russie": {RUSSIA}, "KCNA": {KCNA}, "Kremlin": {KREMLIN},
    "Moscou": {RUSSIA, "Q649", "Q1697"}, "Pyongyang": {NK, "Q18808"}, "Washington": {US},
    "ONU": {"Q1065"}, "Nations unies": {"Q1065"}, "Conseil de sécurité": {UNSC}, "Ukraine": {"Q212"},
    "Japon": {"Q17"}, "États-Unis": {US}, "Guterres": {"Q311440"}, "Kamikawa": {"Q276275"},
    "Loukachenko": {"Q2866"}, "Sotchi": {"Q39420"}, "Vladivostok": {"Q959"}, "Rodong Sinmun": {"local:rodong-sinmun"},
}


@pytest.mark.parametrize("words", sorted(SURFACE_FORMS))
def test_every_occurrence_of_a_name_is_annotated(annotation: Annotation, article: Article, words: str) -> None:
    allowed = SURFACE_FORMS[words]
    for match in re.finditer(re.escape(words), article.text):
        exact = [m for m in annotation.data["mentions"] if (m["start"], m["end"]) == match.span()]
        covering = [m for m in annotation.data["mentions"]
                    if m["start"] <= match.start() and match.end() <= m["end"] and m["entity"] in allowed]
        assert exact or covering, f"{words!r} at {match.start()} is not annotated"
        assert all(m["entity"] in allowed for m in exact), f"{words!r} at {match.start()}: {exact}"


def test_a_title_before_a_name_is_not_a_mention_of_its_own(annotation: Annotation) -> None:
    texts = {m["text"] for m in annotation.data["mentions"]}
    assert "le secrétaire général" not in texts
    assert "l’agence de presse d’État nord-coréenne" not in texts
    assert {"Antonio Guterres", "KCNA", "ministre japonaise des Affaires étrangères"} <= texts


METONYMS = {"Moscou": RUSSIA, "Pyongyang": NK, "Washington": US, "Kremlin": KREMLIN}


def test_metonyms_link_to_the_state_or_institution(annotation: Annotation) -> None:
    metonyms = [m for m in annotation.data["mentions"] if m["kind"] == "metonym"]
    assert len(metonyms) >= 12
    for m in metonyms:
        assert METONYMS[m["text"]] == m["entity"], m


def test_capitals_as_places_link_to_the_city(annotation: Annotation) -> None:
    places = {(m["text"], m["entity"]) for m in annotation.data["mentions"]
              if m["text"] in {"Moscou", "Pyongyang"} and m["kind"] == "name"}
    assert places == {("Moscou", "Q649"), ("Pyongyang", "Q18808")}


@pytest.mark.parametrize(("words", "entity", "kind"), [
    ("le président russe", PUTIN, "nominal"), ("son homologue", KIM, "nominal"),
    ("Le numéro un nord-coréen", KIM, "nominal"), ("Le dirigeant nord-coréen", KIM, "nominal"),
    ("son hôte russe", PUTIN, "nominal"), ("le père de l’actuel leader", "Q10665", "nominal"),
    ("porte-parole du Kremlin", PESKOV, "nominal"), ("dirigeant biélorusse", "Q2866", "nominal"),
    ("Il", PUTIN, "pronoun"), ("Nous", "Q17", "pronoun"), ("Kim Jung-un", KIM, "name"),
    ("les agences russes", "local:russian-agencies", "nominal"),
    ("les médias russes", "local:russian-media", "nominal"),
])
def test_role_nouns_and_pronouns_refer_to_their_entity(annotation: Annotation, words: str, entity: str,
                                                       kind: str) -> None:
    found = [m for m in annotation.data["mentions"] if m["text"] == words]
    assert found
    assert {(m["entity"], m["kind"]) for m in found} == {(entity, kind)}


# -- quotes ---------------------------------------------------------------------------------------------------
EDITORS_NOTE = re.compile(r"\s*\[[^\]]*NDLR\]\s*")


def guillemet_parts(text: str) -> list[list[tuple[int, int]]]:
    """For each « … » of the text, the spans of its words without the editors' [… NDLR] notes."""
    quotes = []
    for match in re.finditer(r"«\s*([^«»]*?)\s*»", text):
        start, end = match.span(1)
        parts, cursor = [], start
        for note in EDITORS_NOTE.finditer(text, start, end):
            parts.append((cursor, note.start()))
            cursor = note.end()
        parts.append((cursor, end))
        quotes.append(parts)
    return quotes


def test_every_guillemet_quote_is_one_speech_act(annotation: Annotation, article: Article) -> None:
    owner = {(q["start"], q["end"]): s["id"] for s in annotation.data["speech_acts"] for q in s["quotes"]}
    quote_count = sum(len(s["quotes"]) for s in annotation.data["speech_acts"])
    assert len(owner) == quote_count, "a quote span is used twice"
    expected = guillemet_parts(article.text)
    assert len(expected) == 14
    for parts in expected:
        speakers = {owner.get(part) for part in parts}
        assert None not in speakers, f"{[article.text[s:e] for s, e in parts]} is not a speech-act quote"
        assert len(speakers) == 1, f"{parts} is split between {speakers}"
    assert set(owner) == {part for parts in expected for part in parts}


def test_the_kcna_quotes_are_split_around_the_editors_note(annotation: Annotation) -> None:
    report = one(annotation, "Report", id="s-kcna-invitation")
    assert quote_texts(report) == ["Kim Jong-un a invité avec courtoisie Poutine à visiter la RPDC",
                                   "quand cela lui conviendra"]
    assert report["speaker"] == KCNA


def test_speech_act_evidence_holds_its_trigger_and_quotes(annotation: Annotation) -> None:
    for item in [*annotation.data["events"], *annotation.data["speech_acts"]]:
        ev = item["evidence"]
        for span in [item["trigger"], *item.get("quotes", [])]:
            assert ev["start"] <= span["start"] and span["end"] <= ev["end"], item["id"]


def test_every_event_and_speech_act_has_a_label_and_a_readable_id(annotation: Annotation) -> None:
    for item in annotation.data["events"]:
        assert item["id"].startswith("e-") and item.get("label"), item["id"]
    for item in annotation.data["speech_acts"]:
        assert item["id"].startswith("s-") and item.get("label"), item["id"]
    assert all(t["id"].startswith("t-") for t in annotation.data["times"])


# -- the facts ------------------------------------------------------------------------------------------------
def test_the_kim_putin_meeting_in_russia_in_september_2023(annotation: Annotation) -> None:
    meeting = one(annotation, "Meeting", participant={KIM, PUTIN}, status="occurred", place=RUSSIA)
    assert has(time_of(annotation, meeting), value="2023-09", precision="month", rule="publication-month")
    assert "start" not in time_of(annotation, meeting)
    banquet = one(annotation, "Banquet", part_of=meeting["id"])
    assert banquet["according_to"] == ["local:rodong-sinmun"]


def test_kims_2019_trip_to_vladivostok(annotation: Annotation) -> None:
    trip = one(annotation, "Visit", agent={KIM}, place="Q959")
    assert time_of(annotation, trip)["value"] == "2019"
    assert time_of(annotation, trip)["precision"] == "year"
    assert time_of(annotation, trip)["text"] == "en 2019"


def test_the_invitation_and_the_acceptance(annotation: Annotation) -> None:
    invitation = one(annotation, "Invitation", agent={KIM}, recipient={PUTIN}, status="occurred")
    assert set(invitation["according_to"]) == {KCNA, KREMLIN, "local:rodong-sinmun"}
    assert invitation["part_of"] == one(annotation, "Banquet")["id"]
    acceptance = one(annotation, "Acceptance", agent={PUTIN}, recipient={KIM}, status="occurred")
    assert set(acceptance["according_to"]) == {KCNA, KREMLIN}
    confirmation = one(annotation, "Statement", speaker=KREMLIN)
    assert quote_texts(confirmation) == ["avec plaisir"]
    assert acceptance["id"] in confirmation["about"]
    reports = events(annotation, "Report", speaker=KCNA)
    assert {invitation["id"], acceptance["id"]} <= {a for r in reports for a in r["about"]}


def test_putins_planned_second_visit_and_his_2000_meeting_with_kim_jong_il(annotation: Annotation) -> None:
    visit = one(annotation, "Visit", agent={PUTIN}, place=NK, status="planned")
    assert has(time_of(annotation, visit), text="prochainement", value=None, precision="vague")
    assert "deuxième" in visit["note"]
    met = one(annotation, "Meeting", participant={PUTIN, "Q10665"}, status="occurred")
    assert (time_of(annotation, met)["value"], time_of(annotation, met)["precision"]) == ("2000", "year")
    mention = next(m for m in annotation.data["mentions"] if m["entity"] == "Q10665")
    assert mention["text"] == "le père de l’actuel leader"


@pytest.mark.parametrize(("giver", "receiver", "thing"), [
    (PUTIN, KIM, "local:space-suit-glove"),
    (PUTIN, KIM, "local:russian-carbine"),
    (KIM, PUTIN, "local:north-korean-carbine"),
])
def test_the_three_gifts(annotation: Annotation, giver: str, receiver: str, thing: str) -> None:
    gift = one(annotation, "Gift", agent={giver}, recipient={receiver}, theme={thing}, status="occurred")
    assert gift["according_to"] == [PESKOV]
    assert roles(gift, "agent") == {giver} and roles(gift, "recipient") == {receiver}


def test_there_are_exactly_three_gifts_reported_by_peskov(annotation: Annotation) -> None:
    gifts = events(annotation, "Gift")
    assert len(gifts) == 3
    report = one(annotation, "Report", speaker=PESKOV)
    assert set(report["about"]) == {g["id"] for g in gifts}


def test_moscows_cosmonaut_proposal(annotation: Annotation) -> None:
    proposal = one(annotation, "Proposal", agent={RUSSIA}, recipient={NK}, status="occurred")
    assert proposal["according_to"] == ["local:russian-agencies"]
    flight = one(annotation, "Spaceflight", status="proposed", participant={"local:north-korean-cosmonaut"})
    assert flight["according_to"] == ["local:russian-agencies"]
    first = one(annotation, "Spaceflight", status="hypothetical")
    assert first["trigger"]["text"] == "accéder"


def test_kims_assurance_and_putins_toast_and_prospects(annotation: Annotation) -> None:
    assurance = one(annotation, "Assurance", speaker=KIM, addressee=PUTIN)
    assert quote_texts(assurance) == ["grande victoire"]
    toast = one(annotation, "Toast", speaker=PUTIN)
    assert quote_texts(toast) == ["renforcement futur de la coopération"]
    prospects = one(annotation, "Statement", speaker=PUTIN, trigger="parlant")
    assert quote_texts(prospects) == ["perspectives"]
    cooperation = one(annotation, "Event", participant={RUSSIA, NK}, trigger="coopération militaire")
    assert prospects["about"] == [cooperation["id"]]


def test_kims_hundred_year_plan_reported_by_kcna(annotation: Annotation) -> None:
    plan = one(annotation, "Statement", speaker=KIM, according_to={KCNA})
    assert quote_texts(plan) == ["plan pour les 100 prochaines années", "tournées vers l’avenir"]
    report = one(annotation, "Report", speaker=KCNA, about=[plan["id"]])
    assert time_of(annotation, report)["value"] == "2023-09-14"


def test_nothing_official_about_an_arms_deal(annotation: Annotation) -> None:
    deal = one(annotation, "Agreement", status="negated")
    assert deal["trigger"]["text"] == "accord"
    assert "time" not in deal


def test_washingtons_suspicion_of_arms_deliveries(annotation: Annotation) -> None:
    delivery = one(annotation, "Delivery", status="suspected", according_to={US})
    assert {r["entity"] for r in delivery["roles"]} >= {NK, RUSSIA}
    assert (roles(delivery, "agent"), roles(delivery, "recipient")) == ({NK}, {RUSSIA})
    assert roles(delivery, "theme") == {"local:north-korean-military-equipment"}
    one(annotation, "Agreement", status="suspected", according_to={US}, participant={RUSSIA, NK})
    conviction = one(annotation, "SpeechAct", trigger="persuadée")
    assert conviction["speaker"] == US


def test_the_security_council_sanctions_and_arms_ban(annotation: Annotation) -> None:
    sanctions = one(annotation, "Sanction", agent={UNSC}, recipient={NK}, status="occurred",
                    trigger="sanctions")
    ban = one(annotation, "Sanction", part_of=sanctions["id"])
    assert ban["trigger"]["text"] == "interdit"
    assert roles(ban, "recipient") == {NK}


def test_munitions_from_pyongyang_are_hypothetical(annotation: Annotation) -> None:
    delivery = one(annotation, "Delivery", status="hypothetical")
    assert roles(delivery, "agent") == {NK}
    assert roles(delivery, "theme") == {"local:munitions"}
    assert delivery["trigger"]["text"] == "fournies"


def test_guterres_warns_moscow(annotation: Annotation) -> None:
    warning = one(annotation, "Warning", speaker="Q311440", addressee=RUSSIA)
    assert quote_texts(warning)[0].startswith("Toute forme de coopération")


def test_japan_and_kamikawa(annotation: Annotation) -> None:
    japan = one(annotation, "Statement", speaker="Q17")
    assert quote_texts(japan) == ["violation"]
    assert time_of(annotation, japan)["value"] == "2023-09-14"
    kamikawa = one(annotation, "Statement", speaker="Q276275")
    assert quote_texts(kamikawa)[:2] == ["Nous surveillons", "avec inquiétude"]
    assert quote_texts(kamikawa)[2].startswith("la possibilité que cela aboutisse")


def test_kims_visit_goes_on_for_some_days(annotation: Annotation) -> None:
    visit = one(annotation, "Visit", agent={KIM}, place=RUSSIA, according_to={PESKOV})
    assert has(time_of(annotation, visit), text="quelques jours", value=None, precision="duration")
    said = one(annotation, "Statement", speaker=PESKOV)
    assert quote_texts(said) == ["se poursuit encore quelques jours"]
    assert said["about"] == [visit["id"]]
    meeting = one(annotation, "Meeting", participant={KIM, PUTIN}, status="occurred")
    assert meeting["part_of"] == visit["id"]


def test_putin_at_his_dacha_today(annotation: Annotation) -> None:
    dacha = one(annotation, "Event", agent={PUTIN}, place="Q1697", according_to={"local:russian-media"})
    assert has(time_of(annotation, dacha), text="aujourd’hui", value="2023-09-14", precision="day")


def test_the_planned_sochi_meeting_with_lukashenko(annotation: Annotation) -> None:
    meeting = one(annotation, "Meeting", participant={"Q2866"}, place="Q39420", status="planned")
    when = time_of(annotation, meeting)
    assert (when["text"], when["value"], when["precision"]) == ("vendredi 15 septembre", "2023-09-15", "day")
    assert date.fromisoformat(when["value"]).strftime("%A") == "Friday"
    assert "Friday" in when["note"] and "publication year" in when["note"]


# -- times ----------------------------------------------------------------------------------------------------
def test_the_publication_day_is_inferred_and_explained(annotation: Annotation) -> None:
    published = annotation.data["article"]["published"]
    inferred = annotation.data["article"]["published_inferred"]
    assert published == {"value": "2023-09", "precision": "month"}
    assert (inferred["value"], inferred["precision"]) == ("2023-09-14", "day")
    assert date.fromisoformat(inferred["value"]).strftime("%A") == "Thursday"
    assert inferred["value"].startswith(published["value"])
    assert "vendredi 15 septembre" in inferred["note"] and "jeudi" in inferred["note"]


def test_every_past_thursday_is_the_publication_day(annotation: Annotation) -> None:
    thursdays = [t for t in annotation.data["times"] if t.get("text") == "jeudi"]
    assert len(thursdays) == 3
    inferred = annotation.data["article"]["published_inferred"]["value"]
    assert {(t["value"], t["precision"], t["rule"]) for t in thursdays} == {(inferred, "day", "weekday-past")}


@pytest.mark.parametrize(("words", "value", "precision"), [
    ("en 2019", "2019", "year"), ("en 2000", "2000", "year"), ("prochainement", None, "vague"),
    ("vendredi 15 septembre", "2023-09-15", "day"), ("aujourd’hui", "2023-09-14", "day"),
    ("quelques jours", None, "duration"), ("les 100 prochaines années", None, "duration"),
    ("pour l’heure", "2023-09-14", "day"),
    ("fraîchement", None, "vague"),
])
def test_each_time_expression_is_normalised(annotation: Annotation, words: str, value: str | None,
                                            precision: str) -> None:
    found = [t for t in annotation.data["times"] if t.get("text") == words]
    assert [(t["value"], t["precision"]) for t in found] == [(value, precision)]
    assert found[0]["rule"] and found[0]["note"]


def test_values_have_the_length_of_their_precision(annotation: Annotation) -> None:
    lengths = {"year": 4, "month": 7, "day": 10}
    for t in annotation.data["times"]:
        if t["precision"] in lengths:
            assert t["value"] is not None and len(t["value"]) == lengths[t["precision"]], t["id"]
        else:
            assert t["value"] is None, t["id"]


def test_occurred_is_not_after_publication_and_planned_not_before(annotation: Annotation) -> None:
    published = annotation.data["article"]["published_inferred"]["value"]
    for item in [*annotation.data["events"], *annotation.data["speech_acts"]]:
        value = time_of(annotation, item)["value"] if "time" in item else None
        if value is None:
            continue
        if item["status"] == "occurred":
            assert value <= published, item["id"]
        if item["status"] == "planned":
            assert value > published[: len(value)], item["id"]


# -- statuses -------------------------------------------------------------------------------------------------
def test_what_is_not_asserted_has_a_source_or_is_the_articles_own_supposition(annotation: Annotation) -> None:
    statuses = {e["status"] for e in annotation.data["events"]}
    assert statuses == {"occurred", "planned", "proposed", "suspected", "hypothetical", "negated"}
    for e in annotation.data["events"]:
        if e["status"] == "suspected":
            assert e.get("according_to"), e["id"]
