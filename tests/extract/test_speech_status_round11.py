"""Speech acts of round 11, on sentences written for these tests (courts, elections, trade, disasters, health,
protests; not from the gold corpus nor the bundled article): a court that speaks through a description of it and
through its judges, a subject found past a name in apposition, a refusal and `ne ... pas se prononcer` as negated
speech, a claim for compensation (a demand for a thing, not words), `par la voix de`, `selon la même source`,
someone unnamed of a place, and `rappeler` set after the clause it reports."""

from __future__ import annotations

import pytest

PUTIN, PESKOV, KREMLIN = "Q7747", "Q4359688", "Q2060629"
AFP = "Q40464"


def acts(v, trigger_word: str | None = None) -> list[dict]:
    return [a for a in v.data["speech_acts"] if trigger_word is None or trigger_word in a["trigger"]["text"]]


def only(v, trigger_word: str) -> dict:
    found = acts(v, trigger_word)
    assert len(found) == 1, f"expected one act on {trigger_word!r}, got {[a['trigger']['text'] for a in acts(v)]}"
    return found[0]


def speaker_words(v, act: dict) -> list[str]:
    return [m["text"] for m in v.data["mentions"] if m["entity"] == act["speaker"]]


# --- a court speaks through a description of it and through its judges -----------------------------------------
COURT = ("La Cour européenne des droits de l’homme a condamné mardi la Turquie pour la détention d’un journaliste. "
         "Dans sa décision, lue à Strasbourg par son président, Marko Bošnjak, la juridiction européenne estime que "
         "la détention était arbitraire. Elle a en revanche refusé de qualifier de torture les conditions de "
         "détention, et ne s’est pas prononcée sur la demande de libération. Les juges ont également conclu que "
         "le procès avait été inéquitable.")


@pytest.fixture(scope="module")
def court(view):
    return view(COURT, "2024-05-14")


def test_a_description_of_the_court_speaks_for_the_court_not_the_judge_in_apposition(court) -> None:
    estime = only(court, "estime")
    assert "Cour européenne des droits de l’homme" in speaker_words(court, estime)
    assert "Marko Bošnjak" not in speaker_words(court, estime)
    assert "la juridiction européenne" in speaker_words(court, estime)


def test_a_refusal_and_ne_pas_se_prononcer_are_negated_speech_of_the_court(court) -> None:
    court_id = only(court, "estime")["speaker"]
    refusal = only(court, "refusé")
    withheld = only(court, "prononcée")
    assert (refusal["speaker"], refusal["status"]) == (court_id, "negated")
    assert (withheld["speaker"], withheld["status"]) == (court_id, "negated")
    assert not acts(court, "qualifier")  # the refusal is the act, not the verb refused


def test_the_judges_conclude_for_the_court(court) -> None:
    concluded = only(court, "conclu")
    assert concluded["speaker"] == only(court, "estime")["speaker"]
    assert concluded["status"] == "occurred"


def test_judges_with_no_court_named_stay_a_group_of_their_own(view) -> None:
    v = view("Les juges ont conclu que l’accusé avait menti sur son emploi du temps.", "2024-05-14")
    assert speaker_words(v, only(v, "conclu")) == ["Les juges"]


@pytest.mark.parametrize("text", [
    "Les deux entreprises ont conclu un accord commercial lundi à Genève.",  # a deal made, not words
    "Le tribunal doit se prononcer vendredi sur la validité du scrutin.",  # a ruling to come, a deed
    "Le ministre s’est prononcé contre la réforme des retraites.",  # not refused: no speech act of this kind
])
def test_conclure_and_se_prononcer_are_not_speech_otherwise(view, text: str) -> None:
    v = view(text, "2024-05-14")
    assert not acts(v, "conclu") and not acts(v, "prononc")


# --- the subject across a name in apposition ---------------------------------------------------------------------
def test_the_subject_after_an_agent_and_its_name_in_apposition(view) -> None:
    v = view("Reçu à l’Élysée par son homologue, Emmanuel Macron, le président kényan estime que les échanges "
             "commerciaux doivent doubler.", "2024-05-14")
    estime = only(v, "estime")
    assert "Emmanuel Macron" not in speaker_words(v, estime)


def test_two_names_joined_by_et_stay_two_subjects(view) -> None:
    v = view("Le maire, Jean Dupont, et la préfète ont estimé que la digue avait cédé sous la pression.",
             "2024-05-14")
    speakers = [w for a in acts(v, "estimé") for w in speaker_words(v, a)]
    assert "Jean Dupont" in speakers  # `et`: a real coordination, the name is no apposition to pass over


# --- a claim for compensation is a demand for a thing ------------------------------------------------------------
def test_a_claim_for_compensation_is_not_speech(view) -> None:
    v = view("Les familles des victimes, qui réclamaient des réparations à l’État, ont été déboutées.", "2024-05-14")
    assert not acts(v, "réclam")


def test_a_claim_for_words_or_acts_is_still_speech(view) -> None:
    v = view("Les manifestants ont réclamé la démission du gouvernement devant le Parlement.", "2024-05-14")
    assert only(v, "réclamé")["status"] == "occurred"


# --- a body speaks through a person ------------------------------------------------------------------------------
def test_par_la_voix_de_the_body_speaks(view) -> None:
    v = view("Le Kremlin, par la voix de Dmitri Peskov, a dit suivre « de près » les élections en Moldavie.",
             "2024-05-14")
    assert only(v, "dit")["speaker"] == KREMLIN


def test_a_person_who_speaks_in_his_own_name_still_speaks(view) -> None:
    v = view("Dmitri Peskov a dit suivre « de près » les élections en Moldavie.", "2024-05-14")
    assert only(v, "dit")["speaker"] == PESKOV


# --- the same source, someone of a place, a reminder set after its clause ---------------------------------------
def test_selon_la_meme_source_is_the_source_just_cited(view) -> None:
    v = view("Le bilan des inondations s’élève à douze morts, a annoncé la préfecture. Deux personnes sont "
             "toujours portées disparues, selon la même source.", "2024-05-14")
    announced = only(v, "annoncé")
    same = only(v, "selon")
    assert same["speaker"] == announced["speaker"]
    assert "la même source" in speaker_words(v, same)


def test_someone_unnamed_of_a_city_speaks_not_the_city(view) -> None:
    v = view("« Les prix du pain ont doublé depuis l’hiver », a confié à l’AFP une commerçante de Lyon.",
             "2024-05-14")
    confided = only(v, "confié")
    assert speaker_words(v, confided) == ["une commerçante de Lyon"]
    assert confided["speaker"] != v.entity_of("Lyon")


def test_rappeler_after_the_clause_it_reports(view) -> None:
    v = view("Le vaccin avait été autorisé en mars, a rappelé le ministère de la Santé.", "2024-05-14")
    assert speaker_words(v, only(v, "rappelé")) == ["ministère de la Santé"] or "ministère de la Santé" in " ".join(
        speaker_words(v, only(v, "rappelé")))


def test_rappeler_an_ambassador_is_not_speech(view) -> None:
    v = view("Le gouvernement a rappelé son ambassadeur à Paris après l’incident.", "2024-05-14")
    assert not acts(v, "rappelé")


# --- statuses: a verb of talking about, negated or refused, does not deny the event it talks about ---------------
def events_on(v, word: str) -> list[dict]:
    return [e for e in v.data["events"] if word in e["trigger"]["text"]]


@pytest.mark.parametrize(("text", "word"), [
    ("La Cour ne s’est pas prononcée sur la destruction du barrage.", "destruction"),
    ("Le ministère a refusé de commenter les frappes russes sur Kharkiv.", "frappes"),
])
def test_a_negated_comment_leaves_the_event_it_is_about_asserted(view, text: str, word: str) -> None:
    v = view(text, "2024-05-14")
    found = events_on(v, word)
    assert found, f"no event on {word!r}"
    assert {e["status"] for e in found} == {"occurred"}
    assert all(a["status"] == "negated" for a in v.data["speech_acts"])


@pytest.mark.parametrize(("text", "word"), [
    ("La police n’a pas arrêté le suspect.", "arrêté"),  # the deed itself denied
    ("Le gouvernement n’a pas signé l’accord commercial.", "signé"),
])
def test_a_negated_deed_is_still_negated(view, text: str, word: str) -> None:
    v = view(text, "2024-05-14")
    assert [e["status"] for e in events_on(v, word)] == ["negated"]


# --- states counted: one act each ---------------------------------------------------------------------------------
def test_the_two_countries_promise_two_acts(view) -> None:
    v = view("Le Brésil et l’Argentine ont signé mardi un accord sur le commerce du bœuf. Les deux pays ont promis "
             "de supprimer leurs droits de douane d’ici 2026.", "2024-05-14")
    promised = acts(v, "promis")
    assert sorted(a["speaker"] for a in promised) == sorted({v.named("Brésil"), v.named("Argentine")})


def test_the_two_countries_with_three_named_before_is_no_one_in_particular(view) -> None:
    v = view("Le Brésil, l’Argentine et le Chili ont signé mardi un accord sur le commerce du bœuf. Les deux pays "
             "ont promis de supprimer leurs droits de douane.", "2024-05-14")
    assert all(a["speaker"] not in (v.named("Brésil"), v.named("Chili")) for a in acts(v, "promis"))
