"""Take-ups of things, round 20, on sentences of our own: a definite or demonstrative noun phrase that takes up a
made thing told before under another noun is a mention of the same local thing.

- A general noun (`le site`, `l'ouvrage`, `le navire`, `l'engin`, `le projectile`, `le projet`) takes up the nearest
  earlier thing of the classes it covers (``unnamed_entities.GENERAL_THING_CLASSES``); a nearer thing of those
  classes hides the ones before it, a thing of another class (a drone for `le projectile`) does not.
- The same noun with a demonstrative (`cet entrepôt`) takes its thing up as the definite article does.
- `second`, `autre`, `nouveau` before the noun tell another thing: such a phrase only takes up a thing told with the
  same word (`une seconde centrale ... ce second projet`), never one told without it.
- A description the events made (`la première centrale`, read by the tagger as an adjective) is taken up by its noun.
"""

from __future__ import annotations


def test_a_site_takes_up_the_factory_built(view):
    v = view("Le Maroc a inauguré une usine près de Tanger. Le site emploiera 2000 personnes.")
    assert v.named("Le site") == v.named("une usine")


def test_a_work_takes_up_the_bridge_built(view):
    v = view("La Roumanie a construit un pont sur le Danube. L'ouvrage a été inauguré lundi par le président.")
    bridge = v.named("un pont")
    assert v.named("L'ouvrage") == bridge
    assert v.themes(v.event_on("Event", "construit")) == ["L'ouvrage", "un pont"]


def test_a_ship_is_taken_up_by_the_general_noun(view):
    v = view("La Grèce a acheté un pétrolier à la Norvège. Le navire sera livré en 2026.")
    assert v.named("Le navire") == v.named("un pétrolier")


def test_the_projectile_is_the_missile_fired(view):
    v = view("Moscou a lancé un missile balistique lundi. Le projectile est tombé en mer.")
    missile = v.named("un missile balistique")
    assert v.named("Le projectile") == missile
    assert ("participant", missile) in v.roles(v.event_on("Event", "tombé"))


def test_the_craft_is_the_drone_shot_down(view):
    v = view("Un drone a survolé la base mardi. L'engin a été abattu par l'armée.")
    assert v.named("L'engin") == v.named("Un drone")


def test_a_second_project_takes_up_the_second_plant(view):
    v = view("Le Japon devait bâtir une seconde centrale. Tokyo reste disponible si Hanoï relance ce second projet.")
    plant = v.named("une seconde centrale")
    assert v.named("ce second projet") == plant
    assert v.themes(v.event_on("Event", "relance")) == ["ce second projet", "une seconde centrale"]


def test_a_demonstrative_takes_up_the_same_noun(view):
    v = view("L'armée a bombardé un entrepôt près de Kherson. Cet entrepôt abritait des munitions, selon Kiev.")
    assert v.named("Cet entrepôt") == v.named("un entrepôt")


# --- negative: another thing, a nearer competitor, a class the noun does not cover --------------------------------

def test_another_ship_is_not_the_tanker_told_before(view):
    v = view("La marine a intercepté un pétrolier mardi. L'autre navire a été relâché mercredi.")
    assert v.entity_of("L'autre navire") != v.entity_of("un pétrolier") or v.entity_of("un pétrolier") is None


def test_a_second_project_does_not_take_up_a_plant_told_without_second(view):
    v = view("Le Japon devait bâtir une centrale au Laos. Tokyo reste disponible si Hanoï relance ce second projet.")
    assert v.entity_of("ce second projet") != v.entity_of("une centrale") or v.entity_of("une centrale") is None


def test_the_nearest_factory_hides_the_one_before(view):
    v = view("Des drones ont frappé une raffinerie lundi. Mardi, un missile a touché une usine. Le site a brûlé.")
    assert v.named("Le site") == v.named("une usine")
    assert v.entity_of("une raffinerie") != v.named("Le site")


def test_the_projectile_is_not_the_drone(view):
    v = view("L'armée a abattu un drone puis un missile a frappé un port. Le projectile venait de Crimée.")
    assert v.entity_of("Le projectile") != v.entity_of("un drone") or v.entity_of("Le projectile") is None


def test_a_general_noun_with_its_own_complement_is_something_else(view):
    v = view("Le Maroc a inauguré une usine près de Tanger. Le projet de loi sur l'énergie sera voté lundi.")
    assert v.entity_of("Le projet de loi sur l'énergie") != v.entity_of("une usine") or v.entity_of(
        "une usine") is None
    assert v.entity_of("Le projet") is None
