"""A source quoted by an agency after a fronted phrase, and a source inside an institution: written by the lead in
session 18 on sentences of his own."""

from __future__ import annotations

from newsld.extract.nlp import parse


def test_a_passive_participle_after_its_noun_is_not_the_main_verb():
    doc = parse("Dans la soirée, une source au Kremlin citée par l'agence TASS a indiqué que le président était arrivé "
                "à Moscou.")
    words = {t.text: t for t in doc}
    assert words["indiqué"].dep_ == "ROOT"
    assert words["source"].head.text == "indiqué" and words["source"].dep_ == "nsubj"
    assert words["citée"].head.text == "source" and words["citée"].dep_ == "acl"
    assert words["soirée"].head.text == "indiqué"


def test_the_agency_reports_and_the_source_speaks(view):
    v = view("Dans la soirée, une source au Kremlin citée par l'agence TASS a indiqué que le président était arrivé "
             "à Moscou.")
    source, tass = v.named("une source au Kremlin"), v.named("TASS")
    acts = {(s["trigger"]["text"], s["speaker"]) for s in v.data["speech_acts"]}
    assert ("citée", tass) in acts and ("a indiqué", source) in acts


def test_a_source_in_an_institution_holds_it_in_its_phrase(view):
    v = view("Selon une source au Kremlin, la rencontre aura lieu jeudi.")
    assert v.entity_of("une source au Kremlin") is not None
    assert v.entity_of("Kremlin") is not None


def test_a_source_in_a_city_keeps_the_city_apart(view):
    v = view("Selon un diplomate à Moscou, les négociations reprendront.")
    assert v.entity_of("un diplomate") is not None and v.entity_of("un diplomate à Moscou") is None


def test_a_text_taken_up_speaks_for_who_issued_it(view):
    v = view("Le gouvernement malien a suspendu mardi la licence de la société minière, a annoncé le ministère des "
             "Mines dans un communiqué. « La société n'a pas respecté ses engagements », justifie le texte.")
    ministry = v.named("le ministère des Mines")
    assert {s["speaker"] for s in v.data["speech_acts"] if s["trigger"]["text"] == "justifie"} == {ministry}


def test_an_order_taken_up_speaks_for_the_court_that_ordered(view):
    v = view("La Cour suprême a ordonné lundi au gouvernement de suspendre la loi. L'ordonnance précise que le texte "
             "ne s'appliquera pas avant juin.")
    court = v.named("La Cour suprême")
    assert {s["speaker"] for s in v.data["speech_acts"] if s["trigger"]["text"] == "précise"} == {court}


def test_a_text_with_no_issuer_before_it_is_left_as_it_is(view):
    v = view("« Les frontières resteront fermées », indique le texte publié mardi.")
    assert all(s["speaker"] != v.entity_of("le ministère") for s in v.data["speech_acts"])


def test_three_regimes_counted_are_the_three_states_named_before(view):
    v = view("Le Niger, le Mali et le Burkina Faso ont signé samedi un traité. Les trois régimes avaient annoncé en "
             "janvier leur retrait de la Cedeao. Les trois juntes accusent l'organisation d'être manipulée.")
    states = {v.named("Niger"), v.named("Mali"), v.named("Burkina Faso")}
    for trigger in ("avaient annoncé", "accusent"):
        assert {s["speaker"] for s in v.data["speech_acts"] if s["trigger"]["text"] == trigger} == states


def test_an_office_named_again_after_a_comma_still_speaks(view):
    v = view("Le bureau du Premier ministre israélien, Benyamin Netanyahou, a affirmé que « plusieurs points » "
             "restaient à régler.")
    office = v.named("Le bureau du Premier ministre israélien")
    assert office != v.named("Benyamin Netanyahou")
    assert [s["speaker"] for s in v.data["speech_acts"]] == [office]


def test_a_spokesman_named_after_a_comma_is_the_one_who_speaks(view):
    v = view("Le porte-parole du Premier ministre israélien, David Mencer, a affirmé que « rien n'est décidé ».")
    assert [s["speaker"] for s in v.data["speech_acts"]] == [v.named("David Mencer")]


def test_an_agency_citing_an_official_after_the_verb_reports(view):
    v = view("Les entretiens ont été annulés, a indiqué un responsable américain cité par l'agence Reuters.")
    reuters = v.named("Reuters")
    acts = {(s["trigger"]["text"], s["speaker"]) for s in v.data["speech_acts"]}
    assert ("cité", reuters) in acts
    said = next(s for s in v.data["speech_acts"] if s["trigger"]["text"] == "a indiqué")
    assert said["speaker"] == v.named("un responsable américain") and reuters in said.get("according_to", [])


def test_results_of_a_body_are_its_report(view):
    v = view("Le parti a remporté 40 % des voix, selon les résultats de la commission électorale centrale.")
    assert [(s["type"], s["speaker"]) for s in v.data["speech_acts"]] == [
        ("Report", v.named("la commission électorale centrale"))]


def test_records_with_no_author_are_a_source_of_their_own(view):
    v = view("Selon les registres maritimes, le cargo appartient à une société britannique.")
    assert [s["speaker"] for s in v.data["speech_acts"]] == [v.named("les registres maritimes")]


def test_a_verb_in_the_indicative_is_never_a_description_of_the_noun_before_it():
    doc = parse("Le chef du gouvernement s'était rendu en janvier à Téhéran, et une source proche du dossier évoque "
                "des discussions avancées avec des intérêts russes.")
    words = {t.text: t for t in doc}
    assert words["évoque"].dep_ == "conj" and words["évoque"].head.text == "rendu"
    assert words["source"].dep_ == "nsubj" and words["source"].head.text == "évoque"


def test_the_source_who_mentions_talks_is_their_speaker_not_the_talks(view):
    v = view("Le chef du gouvernement s'était rendu en janvier à Téhéran, et une source proche du dossier évoque des "
             "discussions avancées avec des intérêts russes.")
    assert [s["speaker"] for s in v.data["speech_acts"] if s["trigger"]["text"] == "évoque"] == [
        v.named("une source proche du dossier")]
