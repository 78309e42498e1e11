"""Round 17, part 6: speech by a plural subject pronoun (`Ils ont affirmé`, `ont-elles ajouté`) that takes up
parties named before (one act each on the one trigger), and a counted acronym's place of meeting (`le G7 de
Hiroshima`: the G7, then the place) kept out of the body's name."""

from __future__ import annotations

RUSSIA, CHINA, JAPAN, VIETNAM, US = "Q159", "Q148", "Q17", "Q881", "Q30"


def speakers(said, text: str, trigger: str) -> list[str]:
    return [a.speaker for a in said(text).on(trigger)]


# -- 1. `ils` / `elles` taking up parties named before ----------------------------------------------------------------


def test_elles_takes_up_two_coordinated_states(said):
    text = ("La Russie et la Chine ont conclu lundi un accord sur l'énergie. Elles ont déclaré que leur "
            "coopération ne visait aucun pays tiers.")
    assert sorted(speakers(said, text, "ont déclaré")) == sorted([RUSSIA, CHINA])


def test_ils_takes_up_two_capitals_as_their_states(said):
    text = "Moscou et Pékin ont dénoncé des sanctions injustes. Ils ont affirmé que ces mesures étaient illégales."
    assert sorted(speakers(said, text, "ont affirmé")) == sorted([RUSSIA, CHINA])


def test_inverted_ils_after_a_quote_is_both_parties(said):
    text = ("Le Vietnam et la Chine ont renforcé leur coopération ferroviaire. « Cette ligne rapprochera nos "
            "peuples », ont-ils ajouté.")
    acts = said(text).on("ont-ils ajouté")
    assert sorted(a.speaker for a in acts) == sorted([VIETNAM, CHINA])
    assert all(a.quotes == ["Cette ligne rapprochera nos peuples"] for a in acts)


def test_ils_through_a_counted_pair_noun(said):
    text = ("Le Japon a protesté mardi auprès de la Chine. Les deux pays sont en froid depuis des mois. Ils ont "
            "toutefois assuré vouloir reprendre le dialogue.")
    assert sorted(speakers(said, text, "assuré")) == sorted([JAPAN, CHINA])


def test_elles_takes_up_a_shared_out_phrase(view):
    text = ("Des délégations russe et ukrainienne se sont réunies vendredi à Genève. Elles ont affirmé vouloir "
            "se revoir.")
    found = view(text)
    acts = [a for a in found.data["speech_acts"] if a["trigger"]["text"] == "ont affirmé"]
    labels = {found.entity(a["speaker"])["label"] for a in acts}
    assert len(acts) == 2 and labels == {"délégation russe", "délégation ukrainienne"}


def test_ils_takes_up_a_group_as_one_speaker(view):
    text = ("Les sauveteurs ont fouillé les décombres pendant toute la nuit. Ils ont affirmé qu'aucun survivant "
            "n'avait été retrouvé.")
    found = view(text)
    acts = [a for a in found.data["speech_acts"] if a["trigger"]["text"] == "ont affirmé"]
    assert [a["speaker"] for a in acts] == [found.named("Les sauveteurs")]


def test_ils_takes_the_nearest_plural_subject_not_an_earlier_pair(view):
    text = ("La Russie et la Chine ont signé un accord. Les analystes restent prudents. Ils ont estimé que "
            "l'accord ne changerait rien.")
    found = view(text)
    acts = [a for a in found.data["speech_acts"] if a["trigger"]["text"] == "ont estimé"]
    assert [a["speaker"] for a in acts] == [found.named("Les analystes")]


def test_ils_with_no_plural_subject_before_names_no_parties(said):
    text = "Vladimir Poutine a reçu lundi Xi Jinping à Moscou. Ils ont déclaré que la visite était historique."
    assert not {RUSSIA, CHINA} <= set(speakers(said, text, "ont déclaré"))


def test_elles_does_not_take_up_a_masculine_pair_noun(said):
    text = ("Le Japon a protesté auprès de la Chine. Les deux pays sont en froid. Elles ont assuré que le dialogue "
            "reprendrait.")
    assert not {JAPAN, CHINA} <= set(speakers(said, text, "ont assuré"))


def test_ils_inside_a_quote_is_the_speakers_own(said):
    text = ("Washington et Tokyo ont signé un accord. « Ils ont affirmé que rien ne changerait », a déclaré le "
            "porte-parole chinois.")
    assert not said(text).on("ont affirmé")


def test_singular_il_keeps_its_one_speaker(said):
    text = "Vladimir Poutine a reçu lundi Xi Jinping. Il a déclaré que la visite était historique."
    assert speakers(said, text, "a déclaré") == ["Q7747"]


# -- 2. `le G7 de Hiroshima`: the body, then the place of its meeting ------------------------------------------------


def test_counted_acronym_of_a_place_is_the_body_and_the_place(links):
    found = links("Le communiqué du G7 de Hiroshima critique la Chine. Le G7 a aussi annoncé de nouvelles sanctions.")
    entities = [e for words, e in found if words in ("G7", "Le G7")]
    assert len(entities) == 2 and len(set(entities)) == 1 and entities[0].startswith("local:")
    assert ("Hiroshima", entities[0]) not in found
    assert any(words == "Hiroshima" for words, _ in found)


def test_a_later_bare_mention_speaks_as_the_same_body(said):
    found = said("Le sommet du G20 de New Delhi a adopté une déclaration. Le G20 a aussi appelé à la paix.")
    speakers_ = {a.speaker for a in found.acts}
    assert len(speakers_) == 1 and found.label(speakers_.pop()) == "G20"


def test_the_place_of_a_meeting_is_a_place(view):
    found = view("Les dirigeants ont quitté lundi le G7 de Hiroshima.")
    hiroshima = found.named("Hiroshima")
    assert found.entity(hiroshima)["type"] == "place"
    assert found.named("G7") != hiroshima


def test_a_name_with_de_that_is_no_counted_acronym_stays_whole(links):
    found = links("La Banque de France a relevé ses prévisions. Le format de Normandie reste au point mort.")
    assert not any(words == "Banque" for words, _ in found)
    assert not any(words == "format" for words, _ in found)


# -- a meeting speaks for the body that holds it -----------------------------------------------------------------------


def test_a_summit_speaks_for_the_body_named_with_it_before(said):
    found = said("Pékin a critiqué le communiqué du sommet du G7 de Hiroshima. Le sommet a par ailleurs exigé de la "
                 "Corée du Nord qu'elle renonce à ses essais.")
    assert [found.label(a.speaker) for a in found.on("a par ailleurs exigé") or found.on("exigé")] == ["G7"]


def test_a_summit_with_no_body_named_is_no_body(said):
    found = said("Le sommet de Vilnius s'est achevé mercredi. Le sommet a appelé à la retenue.")
    assert all(found.label(a.speaker) != "Vilnius" for a in found.acts)


# -- a name ending a phrase set off before the subject is no co-speaker ------------------------------------------------


def test_a_place_ending_a_fronted_phrase_does_not_speak(said):
    found = said("Réunis à Hiroshima, les dirigeants ont appelé la Chine au calme.")
    assert [found.label(a.speaker) for a in found.on("ont appelé")] == ["les dirigeants"]


def test_names_joined_by_commas_still_speak_together(said):
    assert sorted(speakers(said, "Moscou, Pékin et Minsk ont dénoncé les sanctions.", "ont dénoncé"))[:2] == sorted(
        [RUSSIA, CHINA])
