"""Roles that constructions give an event beyond its slots (event_roles.py), on sentences of our own: an object
pronoun before the verb (`l'a invité`, `qu'il avait invité`), a verb of object control whose object is such a
pronoun (`que X accuse de bafouer`), `à l'invitation de`, `aux côtés de` / `en compagnie de`, `remplacer A par
B`, chairing or hosting a meeting of a body, goods sent towards places described by a demonym; and the cases
where none of these may add a party."""

from __future__ import annotations

PUTIN, XI, LAVROV = "Q7747", "Q15031", "Q58217"
RUSSIA, UKRAINE, USA, UNSC = "Q159", "Q212", "Q30", "Q37470"


def _on(v, word: str) -> list[dict]:
    return [e for e in v.data["events"] if word in e["trigger"]["text"]]


# --- an object pronoun before the verb ------------------------------------------------------------------------

def test_an_object_clitic_is_the_one_invited(view):
    v = view("Olaf Scholz est arrivé à Paris. Emmanuel Macron l'a invité à dîner.")
    scholz, macron = v.named("Olaf Scholz"), v.named("Emmanuel Macron")
    assert v.roles(v.event_on("Invitation", "invité")) == {("agent", macron), ("recipient", scholz)}


def test_a_relative_que_after_a_name_is_the_object_of_the_relative_verb(view):
    v = view("Emmanuel Macron a rencontré Olaf Scholz, qu'il avait invité à Paris.")
    scholz, macron = v.named("Olaf Scholz"), v.named("Emmanuel Macron")
    assert v.roles(v.event_on("Invitation", "invité")) == {("agent", macron), ("recipient", scholz)}


def test_a_que_of_a_reported_clause_names_no_object(view):
    # `a annoncé qu'il avait invité`: `qu'` is a conjunction after a verb, there is no antecedent to invite
    v = view("Emmanuel Macron a annoncé qu'il avait invité le président chinois, Xi Jinping, à Paris.")
    invitation = v.event_on("Invitation", "invité")
    assert ("recipient", XI) in v.roles(invitation)
    assert ("recipient", v.named("Emmanuel Macron")) not in v.roles(invitation)


def test_the_one_a_relative_que_stands_for_is_the_doer_of_what_they_are_accused_of(view):
    v = view("Sergueï Lavrov, que les Occidentaux accusent de bafouer la Charte, a présidé la séance.")
    bafouer = v.event_on("Event", "bafouer")
    assert {e for r, e in v.roles(bafouer) if r == "agent"} == {LAVROV}


def test_an_object_named_after_the_verb_of_accusing_keeps_doing_what_it_is_accused_of(view):
    v = view("Washington accuse Moscou de bafouer la Charte des Nations unies.")
    assert {e for r, e in v.roles(v.event_on("Event", "bafouer")) if r == "agent"} == {RUSSIA}


# --- `à l'invitation de` ----------------------------------------------------------------------------------------

def test_who_comes_at_someones_invitation_is_the_one_invited(view):
    v = view("Xi Jinping se rend lundi à Moscou à l'invitation de Vladimir Poutine.")
    assert v.roles(v.event_on("Invitation", "invitation")) == {("agent", PUTIN), ("recipient", XI)}


def test_an_invitation_sent_names_no_guest_from_the_clause(view):
    # `a envoyé une invitation à X`: the recipient is the `à` complement, not the sender who is the subject
    v = view("Vladimir Poutine a adressé une invitation à Xi Jinping.")
    for event in _on(v, "invitation"):
        assert ("recipient", PUTIN) not in v.roles(event)


# --- `aux côtés de`, `en compagnie de` -----------------------------------------------------------------------------

def test_those_beside_whom_someone_attends_take_part_but_not_what_the_ceremony_marks(view):
    v = view("Kim Jong-un a assisté mercredi à Pékin, aux côtés de Xi Jinping et de Vladimir Poutine, à un "
             "défilé militaire marquant la capitulation du Japon.")
    kim = v.named("Kim Jong-un")
    assert v.roles(v.event_on("Event", "assisté")) == {("participant", kim), ("participant", XI),
                                                     ("participant", PUTIN)}


def test_a_visit_in_someones_company_has_them_take_part(view):
    v = view("Emmanuel Macron a visité une usine d'armement en compagnie d'Olaf Scholz.")
    visit = v.event_on("Visit", "visité")
    assert ("participant", v.named("Olaf Scholz")) in v.roles(visit)
    assert ("agent", v.named("Emmanuel Macron")) in v.roles(visit)


def test_a_companion_phrase_of_another_clause_is_not_the_triggers(view):
    v = view("Joe Biden a rencontré Olaf Scholz, puis il a dîné aux côtés de Xi Jinping.")
    meeting = v.event_on("Meeting", "rencontré")
    assert ("participant", XI) not in v.roles(meeting)


# --- `remplacer A par B` ----------------------------------------------------------------------------------------

def test_the_par_of_a_replacement_takes_part_and_the_one_replaced_is_acted_on(view):
    v = view("Vladimir Poutine a remplacé Sergueï Choïgou par Andreï Belooussov.")
    replaced = v.event_on("Event", "remplacé")
    assert v.roles(replaced) == {("agent", PUTIN), ("recipient", v.named("Sergueï Choïgou")),
                                 ("participant", v.named("Andreï Belooussov"))}


def test_a_passive_replacement_by_someone_is_left_to_the_slots(view):
    # `a été remplacé par X`: the rule reads only active verbs; it adds no participant of its own
    v = view("Sergueï Choïgou a été remplacé par Andreï Belooussov.")
    for event in _on(v, "remplacé"):
        assert ("participant", v.named("Andreï Belooussov")) not in v.roles(event)


# --- meetings chaired or hosted ---------------------------------------------------------------------------------

def test_chairing_a_meeting_of_the_council_is_a_meeting_the_council_takes_part_in(view):
    v = view("Sergueï Lavrov a présidé lundi une réunion du Conseil de sécurité de l'ONU.")
    chaired = v.event_on("Meeting", "présidé")
    assert v.roles(chaired) == {("agent", LAVROV), ("participant", UNSC)}


def test_chairing_something_that_is_no_meeting_stays_an_event(view):
    v = view("Sergueï Lavrov a présidé la cérémonie avec émotion.")
    assert not v.events("Meeting") or all("présidé" not in e["trigger"]["text"] for e in v.events("Meeting"))


def test_hosting_a_summit_of_a_country_names_it_a_party(view):
    v = view("Le Japon doit accueillir un sommet de la Chine et de la Corée du Sud à Tokyo.")
    hosted = v.event_on("Meeting", "sommet")  # (the summit is the meeting, its host the agent: gold README)
    assert ("agent", "Q17") in v.roles(hosted)
    assert ("participant", "Q148") in v.roles(hosted)


# --- goods sent towards places of a state --------------------------------------------------------------------------

def test_goods_sent_towards_ports_of_a_state_go_to_that_state(view):
    v = view("La Corée du Nord aurait expédié des obus vers des ports russes.")
    sent = v.event_on("Delivery", "expédié")
    assert ("recipient", RUSSIA) in v.roles(sent)
    assert ("agent", "Q423") in v.roles(sent)


def test_goods_sent_to_a_named_state_keep_that_state_alone(view):
    v = view("La Corée du Nord a expédié des obus vers la Russie par des trains ukrainiens.")
    sent = v.event_on("Delivery", "expédié")
    assert {e for r, e in v.roles(sent) if r == "recipient"} == {RUSSIA}


def test_the_demonym_of_the_sender_is_no_recipient(view):
    v = view("La Russie a expédié des missiles russes vers des bases russes.")
    for event in _on(v, "expédié"):
        assert ("recipient", RUSSIA) not in v.roles(event)


# --- the doers of an act named by a noun, given by a relative clause ---------------------------------------------

def test_the_subjects_of_a_relative_clause_that_carries_out_drills_take_part_in_them(view):
    v = view("Pyongyang a dénoncé les exercices militaires conjoints que Séoul et Washington doivent mener en août.")
    drills = v.event_on("Event", "exercices")
    assert v.roles(drills) == {("participant", "Q884"), ("participant", USA)}


def test_an_inverted_subject_of_the_relative_clause_hosts_the_summit(view):
    v = view("Le sommet qu'organise le Japon à Hiroshima réunira les dirigeants du G7.")
    assert v.roles(v.event_on("Meeting", "sommet")) == {("participant", "Q17")}


def test_the_visit_someone_makes_is_theirs(view):
    v = view("La visite que Vladimir Poutine effectue en Chine inquiète les Occidentaux.")
    assert v.roles(v.event_on("Visit", "visite")) == {("agent", PUTIN)}


def test_who_judges_an_act_in_a_relative_clause_takes_no_part_in_it(view):
    v = view("Les exercices militaires conjoints, que Pyongyang a qualifiés de provocation, ont commencé lundi.")
    for event in _on(v, "exercices"):
        assert ("participant", "Q423") not in v.roles(event)


# --- the source of a fact is no party ------------------------------------------------------------------------------

def test_an_agency_a_fact_is_from_is_no_companion(view):
    v = view("Accompagné de sa fille Ju Ae, selon l'agence sud-coréenne Yonhap, Kim Jong-un doit s'entretenir "
             "jeudi avec Xi Jinping.")
    yonhap = v.named("Yonhap")
    for event in v.data["events"]:
        assert yonhap not in {e for _, e in v.roles(event)}


def test_a_party_named_both_as_source_and_as_actor_keeps_its_role(view):
    v = view("Selon la Russie, la Russie a livré des chars à la Biélorussie.")
    delivery = v.event_on("Delivery", "livré")
    assert ("agent", RUSSIA) in v.roles(delivery)


def test_a_name_after_apres_alone_is_no_source(view):
    v = view("Xi Jinping a rencontré Vladimir Poutine après Kim Jong-un.")
    meeting = v.event_on("Meeting", "rencontré")
    assert {("participant", XI), ("participant", PUTIN)} <= v.roles(meeting)


def test_a_source_after_d_apres_is_no_party(view):
    v = view("D'après l'agence Reuters, Vladimir Poutine a rencontré Xi Jinping.")
    meeting = v.event_on("Meeting", "rencontré")
    assert v.roles(meeting) == {("participant", PUTIN), ("participant", XI)}


# --- the `à` complement of a verb of asking or allowing does what the infinitive says ------------------------------

def test_who_is_asked_to_pass_on_a_message_passes_it_on_not_who_asks(view):
    v = view("Le président sud-coréen a demandé au Viêt Nam de transmettre un message à la Corée du Nord.")
    passed = [e for e in _on(v, "transmettre")]
    assert passed, [(e["type"], e["trigger"]["text"]) for e in v.data["events"]]
    agents = {e for r, e in v.roles(passed[0]) if r == "agent"}
    assert agents == {"Q881"}


def test_what_an_agreement_allows_a_state_to_do_is_done_by_that_state(view):
    v = view("L'accord permettait à l'Ukraine d'exporter des céréales vers l'Afrique.")
    exports = v.event_on("Delivery", "exporter")
    assert {e for r, e in v.roles(exports) if r == "agent"} == {UKRAINE}


def test_advice_to_negotiate_has_the_one_advised_negotiate(view):
    v = view("Joe Biden a conseillé à Volodymyr Zelensky de négocier avec Vladimir Poutine.")
    talks = v.event_on("Event", "négocier")
    assert v.roles(talks) == {("participant", v.named("Volodymyr Zelensky")), ("participant", PUTIN)}


def test_a_promise_to_someone_is_kept_by_the_one_who_promises(view):
    v = view("Vladimir Poutine a promis à Alexandre Loukachenko de livrer des missiles à la Biélorussie.")
    delivery = v.event_on("Delivery", "livrer")
    assert ("agent", PUTIN) in v.roles(delivery)


# --- what is proposed by `proposer de remplacer A par B` --------------------------------------------------------------

def test_proposing_to_replace_someone_proposes_the_successor(view):
    v = view("Vladimir Poutine a proposé de remplacer son ministre de la Défense, Sergueï Choïgou, par un "
             "économiste, Andreï Belooussov, a annoncé le Kremlin.")
    proposal = v.event_on("Proposal", "proposé")
    assert v.roles(proposal) == {("agent", PUTIN), ("theme", v.named("Andreï Belooussov"))}


# --- whom an act honours ------------------------------------------------------------------------------------------

def test_a_wreath_laid_in_memory_of_someone_is_for_them(view):
    v = view("Emmanuel Macron a déposé une gerbe à la mémoire de Charles de Gaulle.")
    laid = v.event_on("Event", "déposé")
    assert ("recipient", v.named("Charles de Gaulle")) in v.roles(laid)
    assert ("agent", v.named("Emmanuel Macron")) in v.roles(laid)


def test_homage_paid_in_another_clause_is_not_the_triggers(view):
    v = view("Emmanuel Macron a rencontré Olaf Scholz, qui a ensuite rendu hommage à Charles de Gaulle.")
    meeting = v.event_on("Meeting", "rencontré")
    assert ("recipient", v.named("Charles de Gaulle")) not in v.roles(meeting)


# --- `X, qui ...`: the subject of a relative clause the parse does not see as one --------------------------------

def test_the_one_qui_stands_for_meets_not_the_subject_of_the_sentence(view):
    v = view("Le Kremlin a salué Xi Jinping, qui a rencontré Joe Biden en novembre.")
    meeting = v.event_on("Meeting", "rencontré")
    assert v.roles(meeting) == {("participant", XI), ("participant", v.named("Joe Biden"))}


def test_the_one_qui_stands_for_visits(view):
    v = view("Vladimir Poutine a félicité Kim Jong-un, qui a visité une usine d'armement.")
    visit = v.event_on("Visit", "visité")
    assert {e for r, e in v.roles(visit) if r == "agent"} == {v.named("Kim Jong-un")}


def test_a_relative_clause_on_the_subject_leaves_the_main_verb_alone(view):
    v = view("Le Japon, qui préside le G7 cette année, a livré des jeeps à l'Ukraine.")
    delivery = v.event_on("Delivery", "livré")
    assert {e for r, e in v.roles(delivery) if r in ("agent", "recipient")} == {"Q17", UKRAINE}


# --- `a fait X, puis fait Y`: a participle whose `avoir` is left out shares the subject before --------------------

def test_a_participle_after_puis_shares_the_pair_of_the_verb_before(view):
    v = view("Xi Jinping a reçu Alexandre Loukachenko à Pékin. Les deux dirigeants ont signé une déclaration "
             "commune, puis assisté à la signature d'une quinzaine d'accords.")
    attended = v.event_on("Event", "assisté")
    assert v.roles(attended) == {("participant", XI), ("participant", v.named("Alexandre Loukachenko"))}


def test_a_participle_after_puis_shares_a_named_subject(view):
    v = view("Emmanuel Macron a rencontré Olaf Scholz à Berlin, puis assisté à un concert.")
    attended = v.event_on("Event", "assisté")
    assert v.roles(attended) == {("participant", v.named("Emmanuel Macron"))}


def test_a_participle_after_a_passive_shares_no_subject(view):
    v = view("Olaf Scholz a été reçu par Emmanuel Macron, puis assisté à un concert.")
    for event in _on(v, "assisté"):
        assert ("participant", v.named("Emmanuel Macron")) not in v.roles(event)


# --- a count of texts signed is no theme ---------------------------------------------------------------------------

def test_a_dozen_agreements_signed_are_no_single_theme(view):
    v = view("Emmanuel Macron et Olaf Scholz ont signé une dizaine d'accords dans le nucléaire civil.")
    signed = v.event_on("Agreement", "signé")
    assert v.roles(signed) == {("participant", v.named("Emmanuel Macron")), ("participant", v.named("Olaf Scholz"))}


def test_one_declaration_signed_stays_the_theme(view):
    v = view("Emmanuel Macron et Olaf Scholz ont signé une déclaration commune sur la défense.")
    signed = v.event_on("Agreement", "signé")
    assert any(r == "theme" for r, _ in v.roles(signed))


def test_a_companion_phrase_inside_a_relative_clause_belongs_to_its_verb(view):
    v = view("Les soldats nord-coréens, qui combattent aux côtés de la Russie, ont été tués par des drones "
             "ukrainiens.")
    for event in _on(v, "tués"):
        assert ("participant", RUSSIA) not in v.roles(event)
    fought = v.event_on("Event", "combattent")
    assert ("participant", RUSSIA) in v.roles(fought)
