"""Doers and speakers named by an office or a body noun only (round 23: references.py).

- `le chancelier allemand` is an office like `le président brésilien`: someone the article does not name (a local
  person), or the person it titled so before (`Le chancelier allemand Olaf Scholz`).
- A leader's title with a nationality the knowledge base does not hold (`le chef de l'État brésilien`, `le dirigeant
  serbe`) is a local person too, the one named before with a leader's title of that nationality when there is one.
- A bare head's title (`Le chef du gouvernement doit`) whose office the knowledge base gives no one is the one
  person the article titled before with that kind of office (not a former holder, not when several were).
- `le ministre russe` with no ministry after it is the one Russian the article named before as a minister.
- A bare `le régime` takes up the state the article is about, when it is both the last named and the most named.

Every sentence is of our own writing."""

from __future__ import annotations


def _agents(v, type_: str, word: str) -> set[str]:
    return {e for r, e in v.roles(v.event_on(type_, word)) if r in ("agent", "participant")}


def _speakers(v) -> set[str]:
    return {a["speaker"] for a in v.data["speech_acts"]}


# --- `chancelier` -----------------------------------------------------------------------------------------------


def test_a_chancellor_unnamed_travels(view):
    v = view("Le chancelier allemand s'est rendu mardi à Kiev pour une visite surprise.")
    chancellor = v.named("Le chancelier allemand")
    assert chancellor.startswith("local:")
    assert chancellor in _agents(v, "Visit", "rendu")


def test_a_chancellor_unnamed_speaks(view):
    v = view("Le chancelier autrichien a estimé lundi que la neutralité n'était pas menacée.")
    assert v.named("Le chancelier autrichien").startswith("local:")
    assert _speakers(v) == {v.named("Le chancelier autrichien")}


def test_a_chancellor_named_before_is_the_same_person(view):
    v = view("Le chancelier allemand Olaf Scholz a rencontré Joe Biden à Washington. "
             "Le chancelier allemand s'est ensuite rendu à Kiev.")
    assert v.named("Le chancelier allemand") == v.named("Olaf Scholz")


def test_two_chancellors_the_nationality_decides(view):
    v = view("Le chancelier autrichien Karl Nehammer et le chancelier allemand Olaf Scholz ont dîné à Vienne. "
             "Le chancelier allemand a ensuite quitté la ville.")
    assert v.named("Le chancelier allemand") == v.named("Olaf Scholz")


def test_a_former_chancellor_is_not_now_the_chancellor(view):
    v = view("L'ancien chancelier allemand Gerhard Schröder a critiqué les sanctions. Le chancelier allemand a répondu "
             "lundi que les sanctions resteraient en place.")
    assert v.entity_of("Le chancelier allemand") != v.named("Gerhard Schröder")


# --- leaders of a state the knowledge base does not hold ---------------------------------------------------------


def test_a_head_of_state_of_an_unknown_state_travels(view):
    v = view("Le chef de l'État brésilien s'est rendu à Moscou en mai.")
    leader = v.named("Le chef de l'État brésilien")
    assert leader.startswith("local:")
    assert leader in _agents(v, "Visit", "rendu")


def test_a_leader_is_the_president_named_before_with_that_nationality(view):
    v = view("Le président serbe Aleksandar Vucic a accueilli Xi Jinping à Belgrade. "
             "Le dirigeant serbe a remercié Pékin.")
    assert v.named("Le dirigeant serbe") == v.named("Aleksandar Vucic")


def test_a_leader_of_another_nationality_is_someone_else(view):
    v = view("Le président serbe Aleksandar Vucic et le Premier ministre hongrois Viktor Orban ont dîné à Belgrade. "
             "Le dirigeant hongrois a remercié Pékin.")
    assert v.named("Le dirigeant hongrois") != v.named("Aleksandar Vucic")


# --- a bare head's title -----------------------------------------------------------------------------------------


def test_a_bare_head_of_government_is_the_one_titled_so(view):
    v = view("Le Premier ministre japonais, Fumio Kishida, a accepté l'aide étrangère. "
             "Le chef du gouvernement doit se rendre dans la région jeudi.")
    assert v.named("Le chef du gouvernement") == "Q359480"
    assert "Q359480" in _agents(v, "Visit", "se rendre")


def test_a_bare_head_of_state_is_the_president_named_before(view):
    v = view("Le président sud-coréen Yoon Suk Yeol a reçu les démissions de ses conseillers. "
             "Le chef de l'État a promis des réformes.")
    assert v.named("Le chef de l'État") == v.named("Yoon Suk Yeol")


def test_a_former_holder_is_not_the_bare_title(view):
    v = view("L'ancien Premier ministre japonais Shinzo Abe a été tué par balles. "
             "Le chef du gouvernement a condamné l'attaque.")
    assert v.entity_of("Le chef du gouvernement") != v.named("Shinzo Abe")


def test_a_title_with_a_complement_is_another_office(view):
    v = view("Le président sud-coréen Yoon Suk Yeol a appelé au calme. "
             "Le président de la commission électorale a démenti toute fraude.")
    assert v.entity_of("Le président de la commission électorale") != v.named("Yoon Suk Yeol")


def test_a_title_with_a_participle_is_another_person(view):
    v = view("Le président russe Vladimir Poutine a parlé lundi. "
             "Le dirigeant installé par Moscou dans la région a démissionné.")
    assert "Q7747" not in {m["entity"] for m in v.data["mentions"] if m["text"].startswith("Le dirigeant")}


def test_two_heads_of_government_leave_the_bare_title_open(view):
    v = view("Le Premier ministre indien Narendra Modi a rencontré le Premier ministre japonais, Fumio Kishida. "
             "Le chef du gouvernement doit ensuite se rendre à Osaka.")
    assert v.entity_of("Le chef du gouvernement") not in (v.named("Narendra Modi"), "Q359480")


# --- `le régime` -------------------------------------------------------------------------------------------------


def test_a_bare_regime_is_the_state_the_article_is_about(view):
    v = view("La Corée du Nord a tiré un missile balistique lundi. Le régime a affirmé que le tir était un succès.")
    assert v.named("Le régime") == "Q423"
    assert _speakers(v) == {"Q423"}


def test_a_bare_regime_acts(view):
    v = view("La Corée du Nord a tiré un missile lundi. Le régime pourrait répondre par de nouveaux essais.")
    assert v.named("Le régime") == "Q423"


def test_a_regime_of_sanctions_is_no_state(view):
    v = view("La Corée du Nord a tiré un missile. Le régime de sanctions contre Pyongyang reste en vigueur.")
    assert v.entity_of("Le régime") is None


def test_a_regime_between_two_states_is_left_open(view):
    v = view("Pyongyang a tiré un missile lundi, a indiqué Séoul. Selon Tokyo, le régime prépare un nouvel essai.")
    assert v.entity_of("le régime") is None


def test_a_regime_with_its_adjective_stays_the_state_it_names(view):
    v = view("Séoul a protesté lundi. Le régime nord-coréen a affirmé que le tir était un succès.")
    assert v.named("Le régime nord-coréen") == "Q423"


# --- `le ministre russe` ------------------------------------------------------------------------------------------


def test_a_bare_minister_of_a_state_is_the_minister_named_before(view):
    v = view("Kim Jong-un a reçu le chef de la diplomatie russe, Sergueï Lavrov, à Pyongyang. "
             "Le ministre russe doit regagner Moscou samedi.")
    assert v.named("Le ministre russe") == "Q58217"


def test_a_minister_with_a_ministry_is_another_office(view):
    v = view("Sergueï Lavrov a rencontré Choe Son-hui à Moscou. "
             "Le ministre russe de la Défense a annoncé des manœuvres.")
    assert v.entity_of("Le ministre russe de la Défense") != "Q58217"


def test_a_minister_with_no_minister_named_before_is_no_one_known(view):
    v = view("Vladimir Poutine a reçu Kim Jong-un au Kremlin. Le ministre russe a ensuite pris la parole.")
    assert v.entity_of("Le ministre russe") not in ("Q7747", "Q56226")
