"""First mentions of unnamed people, groups and bodies (round 18: described_groups.py, noun_phrases.py, linking.py).

- A body in the `de` complement of an event noun is the event's party (`une réunion de la commission mixte`), where
  the `de` complement of a thing says whose the thing is (`trois frégates de la marine russe`: no participant).
- Someone who works in a body (`un diplomate de l'ambassade du Japon`) names that body, a mention of its own inside
  the person's; a title (`le porte-parole de la police`) only names the office.
- A diplomatic mission's city is part of which mission it is (`l'ambassade de Russie à Ottawa`); another body's
  `à` complement says where it is, not which it is.
- A body introduced by `un`, `une` that acts is one body (`Un tribunal de Vladivostok a condamné`); named without
  acting it introduces nobody.
- A possessive group acted on by an infinitive or a participle (`pour défendre ses entreprises`, `des enquêtes visant
  son entourage`) is a group of its own: only a conjugated verb with no subject sets its subject after it.
- People known by the person they stand by (`L'équipe de Donald Trump`) are a group, the name a mention inside.
- Separatists and supporters are groups of people (`aux séparatistes prorusses`, `ses partisans`).
- The `de` that stands for `des` (`d'anciens habitants`) is no part of the phrase.
- A name set off by a comma after a person's description is a person, whatever the recogniser made of it (`le
  ministre nord-coréen de la Défense, No Kwang-chol,`).

Every sentence is of our own writing."""

from __future__ import annotations


def _local(view, words: str) -> str:
    entity = view.named(words)
    assert entity.startswith("local:"), entity
    return entity


# --- bodies in the `de` complement of an event noun or of a member ------------------------------------------------


def test_a_meeting_of_a_commission_has_the_commission_as_party(view):
    v = view("Le traité a été signé en marge d'une réunion de la commission mixte franco-allemande.")
    commission = _local(v, "la commission mixte franco-allemande")
    assert v.entity(commission)["type"] == "organization"
    assert ("participant", commission) in v.roles(v.event_on("Meeting", "réunion"))


def test_the_owner_of_ships_is_no_party(view):
    v = view("Trois frégates de la marine russe ont accosté dans le port.")
    assert v.entity_of("la marine russe") is None


def test_a_diplomat_of_an_embassy_names_the_embassy(view):
    v = view("Séoul a convoqué lundi un diplomate de l'ambassade du Japon pour protester.")
    embassy = _local(v, "l'ambassade du Japon")
    assert v.entity(embassy)["type"] == "organization"
    assert v.named("Japon") == "Q17"
    assert v.named("un diplomate de l'ambassade du Japon") != embassy


def test_a_spokesman_of_the_police_names_no_body(view):
    v = view("Le porte-parole de la police a démenti toute faute lundi.")
    assert v.entity_of("la police") is None


# --- missions and their city ------------------------------------------------------------------------------------


def test_an_embassy_holds_its_city(view):
    v = view("Le Canada a protesté mardi auprès de l'ambassade de Russie à Ottawa.")
    _local(v, "l'ambassade de Russie à Ottawa")
    assert v.named("Russie") == "Q159"


def test_a_ministry_leaves_out_where_it_is(view):
    v = view("Le ministère japonais de la Défense à Tokyo a démenti ces informations.")
    _local(v, "Le ministère japonais de la Défense")
    assert v.entity_of("Le ministère japonais de la Défense à Tokyo") is None


# --- a body introduced by `un` that acts -----------------------------------------------------------------------


def test_a_court_of_a_city_that_sentences_is_the_agent(view):
    v = view("Un tribunal de Vladivostok a condamné jeudi un ressortissant japonais à quatre ans de prison.")
    court = _local(v, "Un tribunal de Vladivostok")
    assert ("agent", court) in v.roles(v.event_on("Event", "condamné"))


def test_a_court_only_spoken_of_is_no_mention(view):
    v = view("Le ministre a évoqué un tribunal militaire.")
    assert v.entity_of("un tribunal militaire") is None


# --- possessive groups acted on ----------------------------------------------------------------------------------


def test_companies_defended_are_a_group(view):
    v = view("Le ministre chinois a averti que son pays prendrait des mesures pour défendre ses entreprises.")
    companies = _local(v, "ses entreprises")
    assert v.entity(companies)["type"] == "group"


def test_an_entourage_targeted_is_the_recipient(view):
    v = view("M. Yoon ne pourra plus gouverner sans l'opposition, qui pourrait lancer des enquêtes visant son "
             "entourage.")
    entourage = _local(v, "son entourage")
    assert v.entity(entourage)["type"] == "group"


def test_supporters_are_a_group(view):
    v = view("M. Lee a parlé devant ses partisans à Séoul.")
    _local(v, "ses partisans")


# --- followers of a named person ----------------------------------------------------------------------------------


def test_the_team_of_a_named_person_is_a_group(view):
    v = view("L'équipe de Donald Trump a promis mardi de nouveaux droits de douane.")
    team = _local(v, "L'équipe de Donald Trump")
    assert v.entity(team)["type"] == "group"
    assert v.named("Donald Trump") != team


def test_separatists_supported_are_the_recipient(view):
    v = view("Le ministre a dénoncé le soutien de Moscou aux séparatistes prorusses.")
    separatists = _local(v, "séparatistes prorusses")
    assert ("recipient", separatists) in v.roles(v.event_on("Event", "soutien"))


# --- spans and names ---------------------------------------------------------------------------------------------


def test_the_de_of_des_is_outside_the_phrase(view):
    v = view("Le président doit y rencontrer d'anciens habitants des îles.")
    residents = _local(v, "anciens habitants des îles")
    assert v.entity_of("d'anciens habitants des îles") is None
    assert ("participant", residents) in v.roles(v.event_on("Meeting", "rencontrer"))


def test_a_name_after_a_minister_s_description_is_that_person(view):
    v = view("Il avait été reçu lundi par le ministre nord-coréen de la Défense, No Kwang-chol, avec lequel il a "
             "visité une usine.")
    minister = _local(v, "No Kwang-chol")
    assert v.entity(minister)["type"] == "person"
    assert v.named("le ministre nord-coréen de la Défense") == minister


def test_an_opening_phrase_before_a_name_describes_no_one(view):
    v = view("Dans un communiqué publié lundi, Pyongyang a dénoncé les manœuvres.")
    assert v.named("Pyongyang") == "Q423"


# --- voices, guards and counted states ---------------------------------------------------------------------------


def test_a_spokesman_through_whom_a_state_speaks_is_a_person(view):
    v = view("Washington a salué la décision par la voix d'un porte-parole du département d'État.")
    spokesman = _local(v, "un porte-parole du département d'État")
    assert v.entity(spokesman)["type"] == "person"
    assert v.named("Washington") == "Q30"


def test_a_guard_of_honour_that_welcomes_is_the_agent(view):
    v = view("Le président a été accueilli par une garde d'honneur sur la place centrale.")
    guard = _local(v, "une garde d'honneur")
    assert ("agent", guard) in v.roles(v.event_on("Meeting", "accueilli"))


def test_custody_is_no_guard(view):
    v = view("Le suspect a été placé en garde à vue mardi soir.")
    assert not [m for m in v.data["mentions"] if "garde" in m["text"]]


def test_several_countries_stop_before_a_preposition(view):
    v = view("Le Premier ministre a accepté mercredi l'aide proposée par plusieurs pays après le puissant séisme.")
    countries = _local(v, "plusieurs pays")
    assert v.entity_of("plusieurs pays après") is None
    assert ("recipient", countries) in v.roles(v.event_on("Acceptance", "accepté"))


def test_a_consulate_its_owner_closes_is_no_party(view):
    v = view("La Russie fermera son consulat à Osaka la semaine prochaine.")
    assert v.entity_of("son consulat") is None


def test_a_council_its_owner_convenes_is_the_meeting_s_party(view):
    v = view("Le Premier ministre japonais, Fumio Kishida, a aussitôt convoqué son conseil de sécurité nationale.")
    council = _local(v, "son conseil de sécurité nationale")
    assert ("participant", council) in v.roles(v.event_on("Meeting", "convoqué"))


def test_only_before_the_article_is_outside_the_phrase(view):
    v = view("Selon Moscou, seul le gouvernement de Port-Soudan peut demander une telle mesure.")
    _local(v, "le gouvernement de Port-Soudan")
    assert v.entity_of("seul le gouvernement de Port-Soudan") is None


def test_coast_guards_of_a_country_are_a_group(view):
    v = view("Les deux marines conduiraient alors leurs manœuvres avec des garde-côtes américains, selon lui.")
    guards = _local(v, "des garde-côtes américains")
    assert v.entity(guards)["type"] == "group"


def test_a_bare_participle_belongs_to_the_soldiers_phrase(view):
    v = view("Les soldats russes libérés avaient été capturés dans la région de Koursk.")
    _local(v, "Les soldats russes libérés")


def test_a_participle_with_its_own_complement_tells_a_story(view):
    v = view("Des soldats ukrainiens blessés pendant l'attaque ont été évacués mardi.")
    _local(v, "Des soldats ukrainiens")
    assert not [m for m in v.data["mentions"] if "blessés" in m["text"]]


# --- generic people: no one in particular -------------------------------------------------------------------------


def test_a_superlative_visit_ranks_visits_and_introduces_no_one(view):
    v = view("Il s'agit de la visite la plus importante d'un responsable américain dans le pays depuis des années.")
    assert v.entity_of("un responsable américain") is None


def test_the_arrest_of_a_diplomat_introduces_him(view):
    v = view("L'arrestation d'un diplomate russe a été annoncée mardi par la police.")
    diplomat = _local(v, "un diplomate russe")
    assert ("recipient", diplomat) in v.roles(v.event_on("Event", "arrestation"))


def test_journalists_who_ask_are_no_one_in_particular(view):
    v = view("Interrogé par des journalistes, le porte-parole du Kremlin a refusé de commenter.")
    assert v.entity_of("des journalistes") is None


def test_journalists_of_a_country_are_a_group(view):
    v = view("Des journalistes japonais ont été expulsés mardi.")
    _local(v, "Des journalistes japonais")


# --- an object set after the day ---------------------------------------------------------------------------------


def test_prisoners_freed_after_the_day_are_the_recipient(view):
    v = view("La Biélorussie a libéré samedi quatorze prisonniers, dont l'opposant Ivan Petrov.")
    prisoners = _local(v, "quatorze prisonniers")
    assert ("recipient", prisoners) in v.roles(v.event_on("Event", "libéré"))


def test_the_words_of_the_time_are_no_object(view):
    v = view("Les deux ministres se sont rencontrés lundi soir à Genève.")
    assert not [m for m in v.data["mentions"] if "soir" in m["text"]]


def test_a_demonstrative_take_up_holds_its_adjectives(view):
    v = view("Des séparatistes prorusses ont pris le contrôle de la ville en 2014. La Cour estime que Moscou n'a pas "
             "enquêté sur des transferts de fonds vers ces groupes armés.")
    separatists = _local(v, "Des séparatistes prorusses")
    assert v.named("ces groupes armés") == separatists
    assert v.entity_of("ces groupes") is None


# --- an indefinite description set beside a name ------------------------------------------------------------------


def test_an_indefinite_description_after_a_name_is_that_person(view):
    v = view("Ivan Petrov, un diplomate de carrière, a été expulsé mardi.")
    petrov = v.named("Ivan Petrov")
    assert v.named("un diplomate de carrière") == petrov


def test_a_subject_after_a_source_is_someone_else(view):
    v = view("Selon Ivan Petrov, un diplomate occidental a été expulsé mardi.")
    diplomat = _local(v, "un diplomate occidental")
    assert diplomat != v.named("Ivan Petrov")


def test_companies_with_no_word_of_their_own_are_no_group(view):
    v = view("Les entreprises devront payer une nouvelle taxe dès janvier.")
    assert v.entity_of("Les entreprises") is None
