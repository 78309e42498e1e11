"""Things without names in events: the theme or participant that a common noun phrase names becomes a local
entity (never a Wikidata link), spanned as the annotation conventions say (determiner, noun, adjectives, short
`de` complements and bare classifiers; not what the thing is about, nor to whom, nor relative clauses); sources
take no part; receiving a person is a meeting. Sentences of our own, publication date 2024-03-15."""

from __future__ import annotations

PUTIN, XI, KIM, KISHIDA, LAVROV = "Q7747", "Q15031", "Q56226", "Q359480", "Q58217"
RUSSIA, NORTH_KOREA, UNGA = "Q159", "Q423", "Q47423"


def _spans(v, event: dict, role: str = "theme") -> list[str]:
    """The words of the mentions of the entities in this role, in text order."""
    ids = {e for r, e in v.roles(event) if r == role}
    return [m["text"] for m in sorted(v.data["mentions"], key=lambda m: m["start"]) if m["entity"] in ids]


def _unlinked_local(v, words: str) -> dict:
    entity = v.entity(v.entity_of(words))
    assert entity["id"].startswith("local:") and entity.get("unlinked_reason"), entity
    assert "class_qid" not in entity or entity["class_qid"].startswith("Q")
    return entity


# --- the thing a verb acts on ---------------------------------------------------------------------------------

def test_an_adopted_resolution_is_the_theme_without_what_it_is_about(view):
    v = view("L'Assemblée générale des Nations unies a adopté jeudi une résolution sur le climat.")
    adoption = v.event_on("Event", "adopté")
    assert ("agent", UNGA) in v.roles(adoption)
    assert _spans(v, adoption) == ["une résolution"]
    assert _unlinked_local(v, "une résolution")["type"] == "other"  # a text, not a physical object


def test_a_later_definite_mention_of_the_same_noun_is_the_same_thing(view):
    v = view("L'Assemblée générale des Nations unies a adopté une résolution sur le climat. La résolution "
             "appelle à réduire les émissions.")
    assert v.entity_of("La résolution") == v.entity_of("une résolution") is not None


def test_the_missile_and_this_missile_after_a_fired_one_are_that_missile(view):
    for later in ("Le missile est tombé au large du Japon.", "Ce missile a parcouru 600 kilomètres."):
        v = view("La Corée du Nord a tiré un missile balistique vers la mer. " + later)
        assert v.entity_of(later.split(" ")[0] + " missile") == v.entity_of("un missile balistique") is not None


def test_an_expiring_treaty_signed_before_is_the_same_thing(view):
    v = view("Vladimir Poutine et Kim Jong-un ont signé un traité de défense mutuelle. Le traité expirera en 2034.")
    treaty = v.entity_of("un traité de défense mutuelle")
    assert treaty is not None and v.entity_of("Le traité") == treaty
    assert v.roles(v.event_on("Event", "expirera")) == {("participant", treaty)}


def test_a_fired_missile_is_the_theme(view):
    v = view("La Corée du Nord a tiré mercredi un missile balistique vers la mer.")
    launch = v.event_on("Event", "tiré")
    assert ("agent", NORTH_KOREA) in v.roles(launch)
    assert _spans(v, launch) == ["un missile balistique"]
    assert _unlinked_local(v, "un missile balistique")["type"] == "object"


def test_a_launched_rocket_is_the_theme_and_the_reporting_agency_no_party(view):
    v = view("Pyongyang a lancé une roquette vers la mer, a rapporté l'agence Yonhap.")
    launch = v.event_on("Event", "lancé")
    assert _spans(v, launch) == ["une roquette"]
    assert {e for _, e in v.roles(launch)} == {NORTH_KOREA, v.entity_of("une roquette")}


def test_a_handed_letter_is_the_theme_without_its_sender(view):
    v = view("Sergueï Lavrov a remis une lettre de Vladimir Poutine à Xi Jinping.")
    gift = v.event_on("Delivery", "remis")  # (a text handed over is delivered: gold README, `a remis à son hôte`)
    assert {("agent", LAVROV), ("recipient", XI)} <= v.roles(gift)
    assert _spans(v, gift) == ["une lettre"]


def test_a_signed_joint_statement_is_spanned_to_its_head_phrase(view):
    v = view("Fumio Kishida et Xi Jinping ont signé mardi une déclaration conjointe sur la sécurité alimentaire.")
    signing = v.event_on("Agreement", "signé")
    assert {("participant", KISHIDA), ("participant", XI)} <= v.roles(signing)
    assert _spans(v, signing) == ["une déclaration conjointe"]


def test_a_delivered_submarine_stops_before_its_recipient(view):
    v = view("La Russie a livré un sous-marin à la Corée du Nord.")
    delivery = v.event_on("Delivery", "livré")
    assert v.roles(delivery) == {("agent", RUSSIA), ("recipient", NORTH_KOREA),
                                 ("theme", v.entity_of("un sous-marin"))}


def test_a_visited_factory_keeps_its_de_complement_and_leaves_the_city(view):
    v = view("Kim Jong-un a visité lundi une usine de drones à Kazan.")
    visit = v.event_on("Visit", "visité")
    assert _spans(v, visit) == ["une usine de drones"]


def test_a_noun_the_tagger_takes_for_a_verb_is_still_the_gift(view):
    v = view("Vladimir Poutine a offert une montre à Fumio Kishida.")  # `montre` is also a form of `montrer`
    gift = v.event_on("Gift", "offert")
    assert v.roles(gift) == {("agent", PUTIN), ("recipient", KISHIDA), ("theme", v.entity_of("une montre"))}


def test_the_subject_of_a_passive_is_the_theme(view):
    v = view("Une résolution sur le climat a été adoptée mardi par l'Assemblée générale des Nations unies.")
    adoption = v.event_on("Event", "adoptée")
    assert v.roles(adoption) == {("agent", UNGA), ("theme", v.entity_of("Une résolution"))}


def test_a_missile_fired_in_the_passive_is_the_theme(view):
    v = view("Un missile de croisière a été tiré par la Corée du Nord.")
    launch = v.event_on("Event", "tiré")
    assert _spans(v, launch) == ["Un missile de croisière"] and ("agent", NORTH_KOREA) in v.roles(launch)


def test_missiles_said_to_have_been_fired_are_a_kind_not_a_thing(view):
    v = view("Selon Séoul, des missiles russes auraient été tirés par la Corée du Nord.")
    launch = v.event_on("Event", "tirés")
    assert not _spans(v, launch) and launch["status"] != "occurred"


# --- lists of things ---------------------------------------------------------------------------------------------

def test_each_thing_of_a_list_after_the_recipient_is_a_theme(view):
    v = view("Xi Jinping a offert à Vladimir Poutine un vase en porcelaine, une théière et un tableau.")
    gift = v.event_on("Gift", "offert")
    assert _spans(v, gift) == ["un vase en porcelaine", "une théière", "un tableau"]
    assert {("agent", XI), ("recipient", PUTIN)} <= v.roles(gift)


def test_a_list_broken_by_an_aside_keeps_its_last_things(view):
    v = view("Xi Jinping a offert à son invité une voiture électrique de fabrication chinoise, la "
             "troisième depuis 2019, ainsi qu'un service à thé et une épée de cérémonie.")
    gift = v.event_on("Gift", "offert")
    assert _spans(v, gift) == ["une voiture électrique de fabrication chinoise", "un service à thé",
                               "une épée de cérémonie"]


def test_of_several_things_the_one_singled_out_by_dont_is_the_theme(view):
    v = view("Kim Jong-un a inspecté plusieurs navires, dont une frégate.")
    inspection = v.event_on("Event", "inspecté")
    assert _spans(v, inspection) == ["une frégate"]


# --- things as subjects --------------------------------------------------------------------------------------------

def test_an_expiring_agreement_takes_part_in_its_expiry(view):
    v = view("L'accord de cessez-le-feu expirera dimanche.")
    expiry = v.event_on("Event", "expirera")
    assert _spans(v, expiry, "participant") == ["L'accord de cessez-le-feu"]
    assert expiry["status"] == "planned"


def test_a_ship_that_sails_back_is_a_participant_not_an_agent(view):
    v = view("Le navire amiral a regagné Vladivostok mardi.")
    back = v.event_on("Event", "regagné")
    assert [r for r, _ in v.roles(back)] == ["participant"]
    assert _spans(v, back, "participant") == ["Le navire amiral"]


def test_people_coming_home_are_not_made_things(view):
    v = view("Les soldats sont rentrés à Moscou.")
    assert not any(m["entity"].startswith("local:soldats") for m in v.data["mentions"])


def test_a_site_under_sanctions_is_their_recipient_and_the_thing_named_before(view):
    v = view("Kim Jong-un a visité une usine de chars, un site visé par des sanctions américaines.")
    sanctions = v.event_on("Sanction", "sanctions")
    factory = v.entity_of("une usine de chars")
    assert factory is not None and v.entity_of("un site") == factory
    assert v.roles(sanctions) == {("agent", "Q30"), ("recipient", factory)}


# --- sources take no part --------------------------------------------------------------------------------------

def test_an_agency_after_selon_takes_no_part_in_the_gift(view):
    v = view("Selon l'agence TASS, Vladimir Poutine a offert un cheval à Kim Jong-un.")
    gift = v.event_on("Gift", "offert")
    assert v.roles(gift) == {("agent", PUTIN), ("recipient", KIM), ("theme", v.entity_of("un cheval"))}


def test_a_state_after_d_apres_takes_no_part_in_the_delivery(view):
    v = view("La Russie a livré des chars à la Corée du Nord, d'après Séoul.")
    delivery = v.event_on("Delivery", "livré")
    assert {e for _, e in v.roles(delivery)} <= {RUSSIA, NORTH_KOREA, v.entity_of("des chars")}


def test_a_reporting_agency_takes_no_part_in_the_meeting(view):
    v = view("Vladimir Poutine a rencontré Xi Jinping, a rapporté l'agence Chine nouvelle.")
    meeting = v.event_on("Meeting", "rencontré")
    assert v.roles(meeting) == {("participant", PUTIN), ("participant", XI)}


# --- receiving a person is a meeting; giving details is no gift --------------------------------------------------

def test_a_person_received_in_the_passive_is_a_meeting(view):
    v = view("Vladimir Poutine a été reçu lundi par Xi Jinping.")
    meeting = v.event_on("Meeting", "reçu")
    assert v.roles(meeting) == {("agent", XI), ("participant", PUTIN)}
    assert not v.events("Gift")


def test_a_person_welcomed_in_the_passive_is_a_meeting(view):
    v = view("Xi Jinping a été accueilli par Vladimir Poutine à Moscou.")
    meeting = v.event_on("Meeting", "accueilli")
    assert v.roles(meeting) == {("agent", PUTIN), ("participant", XI)}


def test_a_thing_received_is_still_a_gift_whose_giver_is_not_in_its_span(view):
    v = view("Xi Jinping a reçu une médaille de Vladimir Poutine.")
    gift = v.event_on("Gift", "reçu")
    assert {("recipient", XI), ("agent", PUTIN)} <= v.roles(gift)
    assert _spans(v, gift) == ["une médaille"]


def test_giving_details_is_no_gift(view):
    v = view("Le Kremlin n'a pas donné de détails sur la rencontre.")
    assert not v.events("Gift")


def test_providing_information_is_no_delivery(view):
    v = view("Pékin n'a pas fourni d'informations sur la livraison des drones.")
    assert not [e for e in v.events("Delivery") if "fourni" in e["trigger"]["text"]]


# --- the things map to a graph that passes the shapes ---------------------------------------------------------

THINGS_ARTICLE = (
    "L'Assemblée générale des Nations unies a adopté jeudi une résolution sur le climat. La résolution appelle à "
    "réduire les émissions.\n\nXi Jinping a offert à Vladimir Poutine un vase en porcelaine, une théière et un "
    "tableau. La Corée du Nord a tiré un missile balistique vers la mer, selon l'agence Yonhap.\n\n"
    "L'accord de cessez-le-feu expirera dimanche.")


def test_an_article_of_unnamed_things_maps_to_a_graph_that_passes_shacl(extract, article_of, make_settings):
    from newsld.pipeline import AnnotatedArticle, assemble
    from newsld.validate import validate

    annotation = extract(THINGS_ARTICLE)
    locals_ = [e for e in annotation.data["entities"] if e["id"].startswith("local:")]
    assert {e["type"] for e in locals_} >= {"object", "other"}
    dataset, _ = assemble([AnnotatedArticle(article_of(THINGS_ARTICLE), annotation, "automatic", "test-article.txt")],
                          make_settings())
    report = validate(dataset)
    assert report.conforms, report.text
