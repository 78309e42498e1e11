"""Two pronoun links the lead wrote after the first blind measure of held-out set 16 (round 22), on sentences written
for these tests: after that measure, the only lines read were its wrong-QID lines and the sentences they are in.

- A reporting clause set off inside one pair of guillemets (`« X, a estimé le porte-parole du Kremlin, Dmitri
  Peskov, n'a aucun sens. »`) names who speaks them: the `il` of a report right after (`Son pays n'a pas été invité,
  a-t-il rappelé`) goes on with that speaker, even when the parser took the inverted subject for an object.
- A fronted noun of time that the parser made the sentence's root (`La veille, à Shanghai, le chef de l'État avait
  assisté à ...`, the verb hung as its clause) does not hide the sentence's subject: the pronouns after it take up
  that subject, here a person the resolver could not link, so no known person (Xi) is given to `Il y avait
  plaidé`, to `je` in the quote, or to `a-t-il dit`.
"""

from __future__ import annotations

from .conftest import of

XI, PUTIN, PESKOV = "Q15031", "Q7747", "Q4359688"

RECEPTION = "Xi Jinping a reçu vendredi le chancelier autrichien à Pékin. "


def test_the_speaker_set_off_inside_a_quote_goes_on_reporting(links, said):
    text = (RECEPTION + "Moscou a aussitôt douché ces espoirs. « Une conférence sur l’Ukraine sans la Russie, a "
            "estimé le porte-parole du Kremlin, Dmitri Peskov, n’a aucun sens. » Son pays n’a pas été invité, "
            "a-t-il rappelé.")
    assert of(links(text), "il") == [PESKOV]
    assert [a.speaker for a in said(text).on("a-t-il rappelé")] == [PESKOV]


def test_a_split_quote_with_a_named_speaker_keeps_its_own_speaker(said):
    text = (RECEPTION + "« Cette conférence, a jugé Dmitri Peskov, n’aura aucun résultat. » Le président chinois a "
            "quant à lui salué la visite.")
    assert [a.speaker for a in said(text).on("a jugé")] == [PESKOV]


def test_a_report_after_a_quote_with_no_speaker_inside_is_not_given_a_quoted_name(links):
    text = (RECEPTION + "« Vladimir Poutine n’a pas été consulté. » Son pays n’a pas été invité, a-t-il rappelé.")
    assert PUTIN not in of(links(text), "il")


SHANGHAI = ("Le dirigeant kényan a été reçu vendredi à Pékin par Xi Jinping. Le numéro un chinois a salué en lui « un "
            "partenaire fidèle », a rapporté l’agence Chine nouvelle.\n\n")


def test_a_subject_after_a_fronted_eve_is_the_topic(links, said):
    text = SHANGHAI + ("La veille, à Shanghai, le chef de l’État avait assisté à une réunion. Il y avait plaidé pour "
                       "que les Brics commercent sans la monnaie américaine. « Chaque nuit, je me demande pourquoi », "
                       "a-t-il dit.")
    found = links(text)
    assert XI not in of(found, "Il") + of(found, "je") + of(found, "il")
    assert XI not in [a.speaker for a in said(text).on("a-t-il dit")]


def test_a_subject_after_a_fronted_day_is_the_topic(links):
    text = SHANGHAI + ("Jeudi, à Shanghai, le chef de l’État avait visité une usine. Il y avait plaidé pour un "
                       "commerce plus libre.")
    assert XI not in of(links(text), "Il")


def test_a_known_subject_after_a_fronted_eve_is_still_taken_up(links):
    text = ("Vladimir Poutine a reçu mardi Xi Jinping au Kremlin. Le lendemain, le président chinois a visité une "
            "usine. Il y a rencontré des ouvriers.")
    assert of(links(text), "Il") == [XI]


def test_a_pronoun_after_a_known_subject_with_no_fronted_time_goes_on(links):
    text = SHANGHAI + "À Shanghai, il avait visité une usine. Il y avait plaidé pour un commerce plus libre."
    assert of(links(text), "Il") == [XI]
