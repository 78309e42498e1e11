"""Take-ups of an entity already named (round 17, helper P7).

The sentences are written for these tests. A later noun phrase refers back to something the article named:

- a possessive act of aggression (`son invasion`) is the article's war when its owner is the war's invader; the
  invaded state's own `son offensive` is not; the war's countries may be named by their cities (`Kiev`, `Moscou`),
  and a place the knowledge base does not hold (`Odessa`) says nothing of which war a bare `cette guerre` is;
- `la Cour`, `du groupe` are the court or the panel named before, a local one too, whichever step named it (the
  linker or the group step);
- `son pays` of a person the knowledge base gives no country is the state the adjective of nationality of the
  article's description of them names (`Le ministre sud-coréen ..., X`), when it names only one;
- `cette organisation` is the one body named in its sentence or the one before whose name says it is an
  organisation, a local one too;
- `ces groupes armés` takes up fighters named before (`des rebelles armés`), before the events read who acts;
  `le mouvement chiite`, `la milice islamiste` take up the movement named before (an adjective of its kind says
  what it is, not which other one), `le groupe de contact` does not;
- `la partie japonaise` is the state (a side in a dispute), not `la partie nord`;
- `l'homme`, `la femme` take up the unnamed person mentioned nearest before them when the gender agrees, not a
  named person nor `l'homme fort du pays`.
"""

from __future__ import annotations

WAR = "Q110999040"  # invasion of Ukraine by Russia
JAPAN, SOUTH_KOREA = "Q17", "Q884"


# --- the war ---------------------------------------------------------------------------------------------------

def test_the_invaders_own_invasion_is_the_war(links):
    found = links("L'Ukraine reproche à la Russie d'avoir invoqué la protection des russophones pour justifier son "
                  "invasion.")
    assert ("son invasion", WAR) in found


def test_the_invaded_states_own_offensive_is_not_the_war(links):
    found = links("La Russie a perdu du terrain lundi. L'Ukraine a poursuivi son offensive dans la région, a "
                  "indiqué l'état-major.")
    assert ("son offensive", WAR) not in found


def test_a_possessive_war_noun_with_no_state_before_it_in_its_sentence_is_left(links):
    found = links("La Russie et l'Ukraine se sont affrontées toute la nuit. Selon le ministre, son invasion "
                  "échoue.")
    assert ("son invasion", WAR) not in found


def test_the_wars_countries_named_by_their_capitals(links):
    found = links("Un émissaire venu de Moscou a été reçu jeudi à Kiev par le chef de la diplomatie. Depuis le "
                  "début de l'invasion, en février 2022, les deux capitales ne se parlaient plus.")
    assert ("l'invasion", WAR) in found


def test_a_place_the_knowledge_base_does_not_hold_does_not_hide_the_war(links):
    found = links("Les frappes de la Russie sur l'Ukraine se sont intensifiées cette semaine. Le chef de l'ONU est "
                  "arrivé jeudi à Kiev. Il doit se rendre vendredi à Odessa. « Nous refusons de nous résigner à "
                  "cette guerre », a-t-il déclaré.")
    assert ("cette guerre", WAR) in found


# --- courts ----------------------------------------------------------------------------------------------------

def test_the_court_taken_up_after_its_name(view):
    v = view("La Cour internationale de justice a rendu mercredi son arrêt sur le différend frontalier. Selon la "
             "Cour, les deux États doivent négocier.")
    court = v.named("Cour internationale de justice")
    assert v.entity_of("la Cour") == court
    assert not court.startswith("Q")


def test_the_court_taken_up_after_a_described_court_acts(view):
    v = view("La Cour suprême du Kenya a annulé mardi l'élection présidentielle. La Cour a ordonné un nouveau "
             "scrutin dans les soixante jours.")
    court = v.named("La Cour suprême du Kenya")
    assert v.entity_of("La Cour") == court


def test_a_court_never_named_before_is_not_a_take_up(links):
    found = links("Le président kényan a critiqué mardi la Cour, après l'annulation de l'élection.")
    assert not any(words == "la Cour" for words, _ in found)


def test_this_organisation_is_the_body_whose_name_says_it_is_one(links):
    found = links("L'Organisation mondiale de la santé a lancé lundi un appel aux dons. Cette organisation a "
                  "demandé dix millions de dollars pour les réfugiés.")
    body = next(entity for words, entity in found if words == "Organisation mondiale de la santé")
    assert ("Cette organisation", body) in found


def test_an_organisation_too_far_back_is_not_taken_up(links):
    found = links("L'Organisation mondiale de la santé a lancé lundi un appel aux dons. La pluie a cessé mardi. "
                  "Les routes ont rouvert mercredi. Cette organisation a demandé dix millions de dollars.")
    assert not any(words == "Cette organisation" for words, _ in found)


def test_the_group_is_the_panel_named_before(links):
    found = links("Le groupe d'experts de l'ONU a remis son rapport lundi. Le mandat du groupe ne sera pas "
                  "renouvelé, selon Moscou.")
    panel = next(entity for words, entity in found if words == "Le groupe d'experts")
    assert ("groupe", panel) in found


def test_a_company_group_is_no_panel(links):
    found = links("Le groupe d'experts de l'ONU a remis son rapport lundi. Le groupe pharmaceutique Astara a "
                  "annoncé des licenciements.")
    panel = next(entity for words, entity in found if words == "Le groupe d'experts")
    assert not any(entity == panel for words, entity in found if "pharmaceutique" in words or words == "groupe")


# --- armed groups ----------------------------------------------------------------------------------------------

def test_these_armed_groups_are_the_rebels_and_act(view):
    v = view("Des rebelles armés ont attaqué lundi une base militaire dans le nord du Niger. Ces groupes armés ont "
             "enlevé trois soldats.")
    rebels = v.named("Des rebelles armés")
    assert v.entity_of("Ces groupes armés") == rebels
    assert ("agent", rebels) in v.roles(v.event_on("Event", "enlevé"))


def test_groups_of_another_kind_do_not_take_up_the_rebels(view):
    v = view("Des rebelles ont attaqué lundi une base militaire. Les groupes de défense des droits humains ont "
             "dénoncé l'attaque.")
    assert v.entity_of("Les groupes de défense des droits humains") != v.named("Des rebelles")


def test_the_shiite_movement_is_the_movement_named_before(view):
    v = view("Le Hezbollah a tiré dimanche des roquettes sur le nord d'Israël. Le mouvement chiite a revendiqué "
             "l'attaque.")
    assert v.entity_of("Le mouvement chiite") == v.named("Hezbollah")


def test_the_islamist_militia_is_the_movement_named_before(links):
    found = links("Le Hamas a libéré deux otages. La milice islamiste a remis les captifs à la Croix-Rouge.")
    hamas = next(entity for words, entity in found if words == "Hamas")
    assert ("La milice islamiste", hamas) in found


def test_a_contact_group_is_not_the_armed_movement(links):
    found = links("Le Hezbollah a tiré dimanche des roquettes sur le nord d'Israël. Le groupe de contact a appelé "
                  "au calme.")
    hezbollah = next(entity for words, entity in found if words == "Hezbollah")
    assert not any(entity == hezbollah for words, entity in found if "groupe" in words)


# --- a person's country ----------------------------------------------------------------------------------------

def test_his_country_is_the_state_his_description_names(links):
    found = links("Le ministre sud-coréen des Affaires étrangères, Park Jun-ho, a assuré mardi que son pays "
                  "soutiendrait la candidature.")
    assert ("son pays", SOUTH_KOREA) in found


def test_his_country_is_left_when_his_description_names_two_states(links):
    found = links("Un conseiller russe du gouvernement biélorusse, Ivan Sorokine, a assuré mardi que son pays "
                  "soutiendrait la candidature.")
    assert not any(words == "son pays" for words, _ in found)


# --- a side ----------------------------------------------------------------------------------------------------

def test_the_japanese_side_is_japan(links):
    found = links("Moscou a convoqué l'ambassadeur. « La partie japonaise porte l'entière responsabilité de la "
                  "crise », a déclaré la diplomatie russe.")
    assert ("La partie japonaise", JAPAN) in found


def test_a_part_of_a_country_is_no_side(links):
    found = links("De fortes pluies ont frappé la partie nord du Japon, selon les autorités.")
    assert not any(words.startswith("la partie") for words, _ in found)


# --- an unnamed person ------------------------------------------------------------------------------------------

def test_the_man_takes_up_the_unnamed_man_before(view):
    v = view("Un tribunal de Nairobi a condamné jeudi un ressortissant britannique à dix ans de prison. L'homme a "
             "fait appel de la décision.")
    assert v.entity_of("L'homme") == v.named("un ressortissant britannique")


def test_the_man_does_not_take_up_a_woman(view):
    v = view("Un tribunal de Nairobi a condamné jeudi une ressortissante britannique à dix ans de prison. L'homme a "
             "fait appel de la décision.")
    assert v.entity_of("L'homme") != v.entity_of("une ressortissante britannique")


def test_the_strong_man_of_the_country_is_another_person(view):
    v = view("Un tribunal de Nairobi a condamné jeudi un ressortissant britannique à dix ans de prison. L'homme "
             "fort du pays a salué la décision.")
    taken = {m["entity"] for m in v.data["mentions"] if m["text"].startswith("L'homme")}
    assert v.named("un ressortissant britannique") not in taken


def test_the_man_after_a_named_person_is_not_the_unnamed_one(view):
    v = view("Un diplomate russe a rencontré jeudi à Genève Vladimir Poutine. L'homme a salué une rencontre "
             "franche.")
    diplomat = v.entity_of("Un diplomate russe")
    assert diplomat is None or v.entity_of("L'homme") != diplomat
