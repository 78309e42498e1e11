"""Take-ups the lead wrote in session 17 from the leftovers of earlier rounds, on sentences written for these tests.

- A strong `elle` after a preposition (`s'est entretenu avec elle`) is the woman named last in its sentence or the
  one before, as a strong `lui` is a man; with a state, an organisation or a group named there too (`La Chine ...
  Sans elle`), French does not say which, and it stays unlinked. Never the clause's own subject.
- `le prince héritier` is an office: a bare `Le prince héritier` takes up the one person the article titled so,
  also when the title stands before the name with no comma; so are `le roi`, `la reine` and `l'émir`, a monarch's
  titles, which never take up a president.
"""

from __future__ import annotations


def test_a_strong_elle_after_a_preposition_is_the_woman_named_before(view):
    v = view("La ministre allemande des Affaires étrangères, Annalena Baerbock, est arrivée lundi à Kiev. Le "
             "président ukrainien, Volodymyr Zelensky, s'est entretenu avec elle pendant deux heures.")
    baerbock = v.entity_of("Annalena Baerbock")
    assert v.entity_of("elle") == baerbock
    meeting = v.event_on("Meeting", "entretenu")
    assert baerbock in {entity for _role, entity in v.roles(meeting)}


def test_a_strong_elle_with_a_state_named_near_stays_unlinked(view):
    v = view("La Chine est le premier fournisseur de ces biens, a dit Mme Kamikawa. Sans elle, Moscou aurait du mal "
             "à poursuivre son offensive.")
    assert v.entity_of("elle") is None


def test_a_strong_elle_is_never_the_woman_of_its_own_clause(view):
    v = view("La présidente lituanienne, Dalia Grybauskaite, a reçu jeudi Mme Marin. Elle a voyagé avec elle jusqu'à "
             "Riga.")
    assert v.entity_of("Elle") == v.entity_of("Dalia Grybauskaite")
    assert v.entity_of("elle") != v.entity_of("Dalia Grybauskaite")


def test_a_bare_crown_prince_takes_up_the_one_titled_so(view):
    v = view("Le prince héritier saoudien, Mohammed ben Salmane, a reçu lundi à Riyad le président ukrainien, "
             "Volodymyr Zelensky. Le prince héritier a promis une aide humanitaire.")
    assert v.entity_of("Le prince héritier") == v.entity_of("Mohammed ben Salmane")


def test_a_crown_prince_is_not_the_president_named_last(view):
    v = view("Le président ukrainien, Volodymyr Zelensky, s'est rendu mardi à Riyad. Le prince héritier a promis une "
             "aide humanitaire.")
    assert v.entity_of("Le prince héritier") != v.entity_of("Volodymyr Zelensky")


def test_a_crown_prince_titled_before_his_name_without_a_comma_is_taken_up(view):
    v = view("Le président ukrainien a rencontré le prince héritier saoudien Mohammed ben Salmane lundi. Le prince "
             "héritier saoudien a promis une aide.")
    assert v.entity_of("Le prince héritier saoudien") == v.entity_of("Mohammed ben Salmane")


def test_a_bare_king_takes_up_the_one_titled_king_never_a_president(view):
    v = view("Le président français a reçu mardi le roi Charles III. Le roi a salué une amitié « indéfectible ».")
    assert v.entity_of("Le roi") == v.entity_of("Charles III")
    v = view("Le président français est arrivé mardi à Londres. Le roi a salué une amitié « indéfectible ».")
    assert v.entity_of("Le roi") != v.entity_of("Le président français")
