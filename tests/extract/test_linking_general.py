"""Entity linking and coreference on sentences written for these tests (not from the gold corpus or the bundled
article): capitals as states or cities, the clitic `lui`, titles learnt in the article, `ce dernier`, names
inside longer names, and what must never be linked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsld.extract.linking import Linker
from newsld.extract.model import Entities
from newsld.extract.nlp import parse
from newsld.extract.references import first_person_mentions, resolve_references

Found = list[tuple[str, str, str]]


@pytest.fixture(scope="module")
def mentions(nlp, kb) -> Callable[[str], Found]:
    """(words, entity, kind) of every mention the linker and the reference resolver find, in text order."""

    def run(text: str) -> Found:
        doc, entities = parse(text), Entities()
        found = resolve_references(kb, doc, entities, Linker(kb, doc, entities).link_names(text))
        return [(text[m.start:m.end], m.entity, m.kind) for m in found]

    return run


def entities_of(found: Found, words: str) -> list[str]:
    return [entity for said, entity, _ in found if said == words]


def no_wrong(found: Found, words: str, *allowed: str) -> bool:
    """No mention of these words links to a QID other than the allowed ones."""
    return all(not e.startswith("Q") or e in allowed for said, e, _ in found if said == words)


# --- capitals: the state, or the city --------------------------------------------------------------------------
def test_a_capital_that_receives_weapons_is_the_state(mentions):
    found = mentions("Les Européens craignent que Téhéran ne vende des drones à Moscou cet hiver.")
    assert entities_of(found, "Moscou") == ["Q159"]


def test_coordinated_capitals_that_act_are_states(mentions):
    found = mentions("Pékin et Moscou ont promis de resserrer leurs liens économiques.")
    assert entities_of(found, "Pékin") == ["Q148"] and entities_of(found, "Moscou") == ["Q159"]


def test_a_capital_one_travels_back_to_is_the_city(mentions):
    found = mentions("Après deux jours de visite, la délégation chinoise devait regagner Pékin vendredi.")
    assert entities_of(found, "Pékin") == ["Q956"]


def test_a_capital_as_the_place_of_a_visit_is_the_city(mentions):
    found = mentions("Alexandre Loukachenko se rendra à Minsk après son passage à Sotchi.")
    assert entities_of(found, "Minsk") == ["Q2280"]


# --- the clitic `lui` ------------------------------------------------------------------------------------------
def test_a_dative_lui_is_not_the_subject_of_its_verb(mentions):
    found = mentions("Xi Jinping a accueilli Vladimir Poutine. Le lendemain, Xi Jinping lui a offert un vase.")
    assert entities_of(found, "lui") == ["Q7747"]


def test_a_dative_lui_after_an_apposition_skips_the_subject(mentions):
    found = mentions("Kim Jong-un est arrivé à Khabarovsk, où Sergueï Choïgou, le ministre russe de la Défense, "
                     "lui a fait visiter une usine.")
    assert entities_of(found, "lui") == ["Q56226"]


def test_lui_whose_verb_has_another_subject_is_the_last_person(mentions):
    found = mentions("Vladimir Poutine a invité Xi Jinping à Moscou quand cela lui sera possible.")
    assert entities_of(found, "lui") == ["Q15031"]


def test_an_emphatic_lui_is_the_subject_even_a_country(mentions):
    found = mentions("La Corée du Sud a protesté. Le Japon a lui aussi convoqué un diplomate russe.")
    assert entities_of(found, "lui") == ["Q17"]


# --- pronouns -------------------------------------------------------------------------------------------------
def test_impersonal_il_with_a_negation_is_nobody(mentions):
    found = mentions("Dmitri Medvedev a prévenu les Européens : il n’y aura aucune négociation.")
    assert entities_of(found, "il") == []


def test_il_after_a_quote_follows_a_person_the_kb_does_not_know(mentions):
    found = mentions("Vladimir Poutine a parlé mardi. Le diplomate Jean Dupontel a répondu mercredi. "
                     "« Rien ne changera », a-t-il ajouté.")
    assert all(not e.startswith("Q") for e in entities_of(found, "il"))


def test_il_after_a_titled_subject_is_that_person(mentions):
    found = mentions("Vladimir Poutine est resté muet. À Minsk, l’ancien président Dmitri Medvedev a critiqué "
                     "Kiev. « Nous répondrons », a-t-il écrit.")
    assert entities_of(found, "il") == ["Q23530"]


def test_a_title_after_the_verb_does_not_make_a_subject(mentions):
    found = mentions("Vladimir Poutine ira au Viêt Nam. Il y verra le président Tô Lâm, avec qui il doit parler.")
    assert entities_of(found, "il") == ["Q7747"]


def test_ce_dernier_is_the_person_named_last(mentions):
    found = mentions("Kim Jong-un a salué Iouri Borissov, qui dirige le programme spatial. Ce dernier a promis "
                     "une coopération.")
    assert entities_of(found, "Ce dernier") == ["Q16186988"]


def test_y_is_the_country_named_in_the_sentence_before(mentions):
    found = mentions("Vladimir Poutine partira ensuite pour le Viêt Nam. Il y signera des accords.")
    assert entities_of(found, "y") == ["Q881"]


def test_first_person_pronouns_in_a_quote_are_its_speaker(kb):
    text = "« Je tiendrai parole, j’en fais le serment », a promis Kim Jong-un."
    found = first_person_mentions(kb, text, [("Q56226", [(2, 41)])], [])
    assert [(text[m.start:m.end], m.entity) for m in found] == [("Je", "Q56226"), ("j’", "Q56226")]
    assert first_person_mentions(kb, text, [("Q159", [(2, 41)])], []) == []  # a state says `nous`, not `je`


# --- titles ---------------------------------------------------------------------------------------------------
def test_a_title_before_a_comma_and_a_name_is_a_mention_of_that_person(mentions):
    found = mentions("Le ministre russe de la Défense, Sergueï Choïgou, a inspecté une base navale.")
    assert entities_of(found, "Le ministre russe de la Défense") == ["Q32024"]


def test_a_title_learnt_from_an_apposition_is_read_later_and_alone(mentions):
    found = mentions("Sergueï Choïgou, ministre russe de la Défense, a reçu des officiers. Plus tard, le ministre "
                     "russe de la Défense a visité un chantier. Le ministre a ensuite quitté la ville.")
    assert entities_of(found, "le ministre russe de la Défense") == ["Q32024"]
    assert entities_of(found, "Le ministre") == ["Q32024"]


def test_a_title_right_before_a_name_is_not_a_mention_of_its_own(mentions):
    found = mentions("À Tokyo, le Premier ministre Fumio Kishida a convoqué ses ministres.")
    assert [e for w, e, _ in found if w.startswith("le Premier ministre")] == []
    assert entities_of(found, "Tokyo") in (["Q1490"], ["Q17"])


def test_a_former_office_is_not_learnt_as_a_title(mentions):
    found = mentions("L’ancien président Dmitri Medvedev a menacé Kiev. Le président russe a gardé le silence.")
    assert entities_of(found, "Le président russe") == ["Q7747"]


def test_a_title_with_a_seat_of_power_is_its_head_of_state(mentions):
    found = mentions("Le chef du Kremlin a reçu des gouverneurs à Sotchi.")
    assert entities_of(found, "Le chef du Kremlin") == ["Q7747"]


def test_a_role_noun_with_a_nationality_and_no_kb_office_is_the_sole_compatriot_named(mentions):
    found = mentions("Xi Jinping a reçu Vladimir Poutine. Le président chinois a vanté une amitié « sans limite ».")
    assert entities_of(found, "Le président chinois") == ["Q15031"]


def test_son_hote_without_a_nationality_is_the_other_person(mentions):
    found = mentions("Vladimir Poutine est arrivé chez Kim Jong-un. Le président russe a offert à son hôte un sabre.")
    assert entities_of(found, "son hôte") == ["Q56226"]


def test_a_role_over_a_description_the_kb_matched_takes_the_span(mentions):
    found = mentions("Le chef de la diplomatie russe, Sergueï Lavrov, a rejeté les critiques.")
    assert entities_of(found, "Le chef de la diplomatie russe") == ["Q58217"]
    assert entities_of(found, "diplomatie russe") == []


# --- descriptions of places and countries ---------------------------------------------------------------------
def test_la_capitale_with_a_nationality_is_that_countrys_capital(mentions):
    found = mentions("Le cortège a traversé la capitale nord-coréenne sous les acclamations.")
    assert entities_of(found, "la capitale nord-coréenne") == ["Q18808"]


def test_la_ville_is_the_city_named_last(mentions):
    found = mentions("Kim Jong-un est arrivé à Vladivostok, puis a visité un port au sud de la ville.")
    assert entities_of(found, "la ville") == ["Q959"]


def test_son_pays_is_the_country_of_the_person_speaking(mentions):
    found = mentions("Kim Jong-un a promis que son pays resterait aux côtés de la Russie.")
    assert entities_of(found, "son pays") == ["Q423"]


def test_le_territoire_with_a_nationality_is_that_country(mentions):
    found = mentions("Les drones ont pénétré sur le territoire russe pendant la nuit.")
    assert entities_of(found, "le territoire russe") == ["Q159"]


def test_a_war_named_by_a_nationality(mentions):
    found = mentions("Xi Jinping a proposé une médiation dans le conflit ukrainien.")
    assert entities_of(found, "le conflit ukrainien") == ["Q110999040"]
    assert entities_of(mentions("Il a parlé du conflit ukrainien."), "conflit ukrainien") == ["Q110999040"]


# --- names inside names, titles before names, spurious names ---------------------------------------------------
def test_an_organisation_name_with_a_nationality_is_that_countrys_body(mentions):
    found = mentions("Le Conseil de sécurité russe s’est réuni lundi à Moscou.")
    assert entities_of(found, "Conseil de sécurité") == []
    assert next(e for w, e, _ in found if w == "Conseil de sécurité russe").startswith("local:")


def test_an_organisation_with_its_own_nationality_keeps_its_link(mentions):
    found = mentions("L’agence TASS russe a publié la photo.")
    assert "Q223799" in entities_of(found, "TASS")


def test_no_river_inside_a_city_name(mentions):
    found = mentions("Les ouvriers de Komsomolsk-sur-l’Amour ont accueilli la délégation.")
    assert entities_of(found, "Komsomolsk-sur-l’Amour") == ["Q154801"] and entities_of(found, "Amour") == []


def test_a_city_inside_a_region_name_is_kept(mentions):
    found = mentions("Il se repose dans la région de Moscou.")
    assert entities_of(found, "Moscou") == ["Q649"]


def test_a_person_named_in_a_square_name_is_no_antecedent(mentions):
    found = mentions("Vladimir Poutine a défilé place Kim Il-sung. Il a offert à son hôte une voiture.")
    assert entities_of(found, "place Kim Il-sung")[0].startswith("local:")
    assert no_wrong(found, "son hôte")  # not Kim Il-sung, who is only the square's namesake


def test_weekdays_and_months_opening_a_sentence_are_not_names(mentions):
    found = mentions("Samedi, Vladimir Poutine a parlé. Septembre sera chargé pour Kim Jong-un.")
    assert entities_of(found, "Samedi") == [] and entities_of(found, "Septembre") == []


def test_a_class_noun_before_a_name_is_not_a_mention_of_another_entity(mentions):
    found = mentions("Selon l’AFP, Kim Jong-un est parti. L’agence officielle nord-coréenne KCNA n’a rien dit.")
    assert entities_of(found, "L’agence") == []
    assert entities_of(found, "KCNA") == ["Q326804"]


def test_a_spokesman_is_not_guessed_from_the_sole_compatriot(mentions):
    found = mentions("Xi Jinping a reçu Vladimir Poutine. Le porte-parole chinois a salué une visite réussie.")
    assert no_wrong(found, "Le porte-parole chinois")
    assert "Q15031" not in entities_of(found, "Le porte-parole chinois")


def test_a_comma_after_an_opening_phrase_is_not_an_apposition(mentions):
    found = mentions("Kim Jong-un est arrivé. Après sa rencontre avec le président, Vladimir Poutine a quitté la "
                     "salle.")
    assert entities_of(found, "le président") == []
