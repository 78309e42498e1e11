"""Pronouns that must not take a known person's or place's QID when French points elsewhere (round 22), on sentences
written for these tests.

- binding: `lui` after a preposition is not the subject of its own clause (`a salué en lui un vieil ami`); after a
  preposition of place or company (`avec lui`) French allows both: no link when the person found is the subject.
  A clitic whose verb's subject is a person the resolver could not tie to anyone (`Le dirigeant brésilien lui a
  offert`) is someone else than that person: no link (whom one answers is still who spoke before).
- subject continuity: a subject pronoun after a person named by a noun only (`le chef de l'opposition`), or after
  the source of a reporting verb so named (`a déclaré le ministre chinois`), stands for that person: no one named
  before, neither by the reference rules nor by the speech rules; `il y avait plaidé` is no `il y a`.
- cataphora: a pronoun in a clause fronted before the main subject (`Lorsqu'il est arrivé, le ministre turc`)
  stands for that subject; a fronted participle's agent (`Accueilli par X, il`) is someone else than the pronoun.
- an incise after words reported without guillemets (`X se rendra en Turquie, a-t-il indiqué`) is never a person
  of those words.
- `elle` in a relative clause after a body of its gender named after the main subject (`la reconnexion de la
  banque au réseau Swift, dont elle avait été coupée`): not the state.
- `y` after a noun of a building or a site (`l'ambassade du Japon`, `une usine de Toula`): that, no known place;
  `y compris` is no pronoun.
- `l'invité` (no possessive) is who was received, not the host.
"""

from __future__ import annotations

import pytest

from .conftest import of

XI, PUTIN, LAVROV, PESKOV, KIM, MOSCOW_COUNTRY = "Q15031", "Q7747", "Q58217", "Q4359688", "Q56226", "Q159"


def _linked(found, words: str) -> list[str]:
    """The Wikidata items the mentions written with these words link to (locals left out)."""
    return [e for e in of(found, words) if not e.startswith("local:")]


# --- binding --------------------------------------------------------------------------------------------------------

def test_lui_after_en_is_not_the_subject_of_its_clause(links):
    found = links("Xi Jinping a reçu Lula à Pékin vendredi. Le président chinois a salué en lui un vieil ami.")
    assert XI not in of(found, "lui")
    assert of(found, "lui") == ["local:lula"]


def test_lui_after_en_is_the_other_known_person(links):
    found = links("Vladimir Poutine a accueilli Xi Jinping. Il a vu en lui un partenaire fiable.")
    assert of(found, "Il") == [PUTIN]
    assert of(found, "lui") == [XI]


def test_lui_after_avec_that_may_be_the_subject_gets_no_link(links):
    found = links("Xi Jinping a reçu Lula. Il a parlé avec lui de la guerre.")
    assert of(found, "Il") == [XI]
    assert XI not in of(found, "lui")


def test_lui_against_whom_the_court_acts_keeps_its_person(links):
    """Negative: the subject of the clause is a body, `lui` is the person named before."""
    found = links("Vladimir Poutine a dénoncé la Cour. Le tribunal a émis un mandat contre lui.")
    assert of(found, "lui") == [PUTIN]


def test_dative_after_an_unlinked_role_noun_subject_gets_no_known_person(links):
    found = links("Lula a reçu Xi Jinping. Le dirigeant communiste lui a offert un vase.")
    assert _linked(found, "lui") == []


def test_object_clitic_after_an_unlinked_role_noun_subject_gets_no_known_person(links):
    found = links("Lula a reçu Xi Jinping. Le dirigeant communiste l'a remercié pour son accueil.")
    assert _linked(found, "l'") == []


def test_dative_of_a_linked_subject_is_the_guest(links):
    """Negative: `Il lui a offert` keeps `Il` = the host and `lui` = the guest."""
    found = links("Xi Jinping a reçu Lula. Il lui a offert un thé.")
    assert of(found, "Il") == [XI]
    assert of(found, "lui") == ["local:lula"]


def test_reply_of_an_unlinked_subject_is_to_who_spoke_before(links):
    found = links("Sergueï Lavrov a accusé le secrétaire général de partialité. Le représentant ukrainien lui a "
                  "répondu que la guerre pouvait cesser.")
    assert of(found, "lui") == [LAVROV]


# --- subject continuity ---------------------------------------------------------------------------------------------

def test_il_after_an_unlinked_person_subject_is_no_one_named_before(extract):
    data = extract("Vladimir Poutine a promis une enquête. Le chef de l'opposition a été arrêté mardi. "
                   "Il a dénoncé une mascarade.").data
    assert not any(m["entity"] == PUTIN and m["text"] == "Il" for m in data["mentions"])
    assert not any(a["speaker"] == PUTIN and "dénoncé" in a["trigger"]["text"] for a in data["speech_acts"])


def test_il_y_avait_plaide_is_the_unlinked_head_of_state_not_the_host(extract):
    data = extract("Xi Jinping a rencontré Luiz Inacio Lula da Silva vendredi à Pékin. La veille, à Shanghai, le chef "
                   "de l'État brésilien avait assisté à une investiture. Il y avait plaidé pour une monnaie commune. "
                   "« Je me demande pourquoi tous les pays doivent utiliser le dollar », a-t-il dit.").data
    assert not any(m["entity"] == XI and m["kind"] == "pronoun" for m in data["mentions"])
    assert all(a["speaker"] != XI for a in data["speech_acts"])


def test_il_after_an_inverted_unlinked_source_is_not_the_name_in_its_words(links):
    found = links("Sergueï Lavrov a rencontré Wang Yi. Xi Jinping pourrait se rendre à Moscou, a déclaré le ministre "
                  "chinois. Il a ajouté que les deux pays étaient proches.")
    assert _linked(found, "Il") == []


def test_il_y_a_inaugure_is_a_person_there(links):
    found = links("Vladimir Poutine s'est rendu en Crimée. Il y a inauguré un pont.")
    assert of(found, "Il") == [PUTIN]


def test_il_y_a_eu_stays_impersonal(links):
    """Negative: `il y a eu` is `there has been`."""
    found = links("Vladimir Poutine s'est rendu en Crimée. Il y a eu des explosions.")
    assert of(found, "Il") == []


def test_celui_ci_after_an_unlinked_person_is_not_the_one_before(links):
    found = links("Sergueï Lavrov a reçu le ministre turc. Celui-ci lui a remis une lettre. Il a ensuite quitté "
                  "Moscou.")
    assert _linked(found, "Celui-ci") == [] and _linked(found, "Il") == []


def test_ce_dernier_after_a_titled_name_keeps_that_person(links):
    """Negative: the title right before a name is no unnamed person."""
    found = links("Xi Jinping a reçu le président russe Vladimir Poutine. Ce dernier a salué les liens.")
    assert of(found, "Ce dernier") == [PUTIN]


# --- cataphora ------------------------------------------------------------------------------------------------------

def test_pronoun_in_a_fronted_relative_is_the_unlinked_subject_after(links):
    found = links("Alexeï Navalny est mort vendredi en prison. Vladimir Poutine n'a pas réagi. Arrêté en 2021 à son "
                  "retour d'Allemagne, où il avait été soigné, l'opposant avait été transféré dans une colonie.")
    assert _linked(found, "il") == []


def test_pronoun_in_a_fronted_lorsque_clause_is_the_subject_after(links):
    found = links("Sergueï Lavrov a dénoncé la décision. Lorsqu'il est arrivé à Ankara, le ministre turc a été "
                  "accueilli par des manifestants.")
    assert _linked(found, "il") == []


def test_pronoun_in_a_fronted_clause_before_a_pronoun_subject_keeps_the_person(links):
    """Negative: both pronouns are the person named before."""
    found = links("Vladimir Poutine a signé un décret. Lorsqu'il a été élu en 2000, il a promis la stabilité.")
    assert of(found, "il") == [PUTIN, PUTIN]


def test_subject_of_a_fronted_participle_with_an_agent_is_someone_else(links):
    found = links("Vladimir Poutine a rencontré Kim Jong-un. Accueilli à la gare par le président russe, il a visité "
                  "le cosmodrome.")
    assert of(found, "il") == [KIM]


# --- the incise after words reported without guillemets -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Dmitri Peskov a commenté la visite. Vladimir Poutine recevra Xi Jinping en mai, a-t-il annoncé.",
    "Dmitri Peskov a commenté la rencontre. Vladimir Poutine, a-t-il dit, ne viendra pas au sommet.",
])
def test_incise_is_the_speaker_before_not_a_name_it_reports(links, text):
    assert of(links(text), "il") == [PESKOV]


def test_incise_speaker_is_never_the_name_in_the_reported_words(extract):
    data = extract("Recep Tayyip Erdogan s'est entretenu avec la presse. Xi Jinping se rendra bientôt à Ankara, "
                   "a-t-il affirmé.").data
    assert not any(m["entity"] == XI and m["kind"] == "pronoun" for m in data["mentions"])
    assert all(a["speaker"] != XI for a in data["speech_acts"])


def test_incise_after_a_quote_keeps_the_speaker(links):
    """Negative: guillemets, the speaker of the sentence before."""
    found = links("Dmitri Peskov a commenté la rencontre. « Vladimir Poutine ne viendra pas », a-t-il dit.")
    assert of(found, "il") == [PESKOV]


# --- `elle` in a relative clause ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Moscou réclame la levée des sanctions, notamment la reconnexion de la banque Rosselkhozbank au réseau Swift, "
    "dont elle avait été coupée en 2022.",
    "La Russie exige la reconnexion de la banque agricole au réseau Swift, dont elle avait été coupée en 2022.",
])
def test_elle_after_a_bank_is_not_the_state(links, text):
    assert MOSCOW_COUNTRY not in of(links(text), "elle")


@pytest.mark.parametrize("text", [
    "La Russie dispose d'un droit de veto qu'elle a utilisé mardi.",
    "Moscou a annoncé des mesures contre la société Shell, qu'elle accuse de fraude.",
    "La Russie a critiqué la position de la Commission européenne, dont elle conteste la légitimité.",
])
def test_elle_of_the_state_stays_when_the_body_is_what_the_relative_stands_for(links, text):
    """Negative: the body is the relative word's own noun (`que`, `dont`), not the pronoun."""
    assert of(links(text), "elle") == [MOSCOW_COUNTRY]


# --- `y` ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "À Séoul, des manifestants se sont rassemblés devant l'ambassade du Japon et la police a interpellé des "
    "étudiants qui tentaient d'y pénétrer.",
    "Sergueï Lavrov est arrivé à Pyongyang. Des soldats gardaient le palais des congrès et des journalistes ont tenté "
    "d'y entrer.",
    "Vladimir Poutine s'est rendu dans une usine de Toula. Il y a inspecté des missiles.",
])
def test_y_after_a_building_is_no_named_place(links, text):
    assert of(links(text), "y") == []


def test_y_after_a_city_keeps_it(links):
    """Negative: the place itself."""
    found = links("Kim Jong-un a visité Moscou en 2023. Il y a rencontré Vladimir Poutine.")
    assert of(found, "y") == ["Q649"]


def test_y_compris_is_no_pronoun(links):
    found = links("Vladimir Poutine est arrivé à Pékin. Il a défendu toutes les armes, y compris celles des "
                  "États-Unis.")
    assert of(found, "y") == []


# --- `l'invité` -----------------------------------------------------------------------------------------------------

def test_l_invite_is_who_was_received_not_the_host(links):
    found = links("Xi Jinping a accueilli le président brésilien. L'invité a salué une amitié solide.")
    assert _linked(found, "L'invité") == []

