"""Who takes part in the events the lexicon finds, and what the article commits to about them, on sentences of
our own: a plural subject standing for a pair told before (`les deux dirigeants`, `les deux pays`), the second
party of a two-party act named by a relational noun (`avec son hôte`), a participle clause opening the sentence
(`Accueilli par X, Y ...`: a passive), unnamed people as a party (`une délégation`), an agreement with a state
(the leader stands for their state), event nouns carried by a verb (`a suspendu les négociations avec X`,
`a multiplié les manœuvres`), the target of what is answered (`en représailles aux sanctions`), a demonym the
tagger takes for a participle; and statuses: purpose (`pour signer`, `afin de conclure`: planned), a suspended
event noun (negated), what someone believes (`estime que`: suspected)."""

from __future__ import annotations

PUTIN, XI, KIM, LAVROV, LUKASHENKO = "Q7747", "Q15031", "Q56226", "Q58217", "Q2866"
KISHIDA, KAMIKAWA, TO_LAM = "Q359480", "Q276275", "Q10831196"
RUSSIA, CHINA, NORTH_KOREA, JAPAN, UKRAINE, BELARUS, VIETNAM = "Q159", "Q148", "Q423", "Q17", "Q212", "Q184", "Q881"


def _parties(v, event: dict) -> set[tuple[str, str]]:
    """Roles with the local entities named by their type (their ids are made from the words)."""
    return {(r, e if not e.startswith("local:") else f"local {v.entity(e)['type']}") for r, e in v.roles(event)}


# --- a plural subject that stands for the pair told before ------------------------------------------------------

def test_the_two_leaders_are_the_pair_of_the_meeting_told_before(view):
    v = view("Xi Jinping a accueilli Tô Lâm lundi à Pékin. Les deux dirigeants se sont ensuite entretenus "
             "pendant trois heures, a indiqué l'agence Chine nouvelle.")
    talks = v.event_on("Meeting", "entretenus")
    assert v.roles(talks) == {("participant", XI), ("participant", TO_LAM)}
    assert talks["status"] == "occurred"


def test_the_two_countries_that_never_signed_are_the_states_named_before(view):
    v = view("La Chine et le Japon revendiquent toujours ces îlots. Les deux pays n'ont jamais signé de traité "
             "de paix.")
    signing = v.event_on("Agreement", "signé")
    assert v.roles(signing) == {("participant", CHINA), ("participant", JAPAN)}
    assert signing["status"] == "negated"


# --- a participle clause opening the sentence is a passive ----------------------------------------------------

def test_an_opening_participle_makes_its_agent_the_host_and_the_subject_the_guest(view):
    v = view("Accueillie à l'aéroport par Xi Jinping, Yoko Kamikawa a ensuite visité une usine.")
    welcome = v.event_on("Meeting", "Accueillie")
    assert v.roles(welcome) == {("agent", XI), ("participant", KAMIKAWA)}
    assert welcome["status"] == "occurred"


def test_an_opening_participle_of_motion_stays_active(view):
    v = view("Arrivé la veille à Moscou, Tô Lâm a rencontré Vladimir Poutine mardi.")
    meeting = v.event_on("Meeting", "rencontré")
    assert v.roles(meeting) == {("participant", TO_LAM), ("participant", PUTIN)}


# --- the second party named by a relational noun --------------------------------------------------------------

def test_signing_with_his_host_binds_the_guest_and_the_host(view):
    v = view("Accueilli à l'aéroport par Xi Jinping, Vladimir Poutine doit signer vendredi avec son hôte un "
             "accord de coopération.")
    signing = v.event_on("Agreement", "signer")
    assert {e for r, e in v.roles(signing) if r == "participant"} == {PUTIN, XI}
    assert signing["status"] == "planned"


def test_a_titled_subject_talking_with_his_host_is_one_of_the_pair_told_before(view):
    v = view("Sergueï Lavrov a été reçu par Kim Jong-un mardi. Le ministre russe s'est ensuite entretenu avec son "
             "hôte pendant deux heures.")
    talks = v.event_on("Meeting", "entretenu")
    assert v.roles(talks) == {("participant", LAVROV), ("participant", KIM)}
    assert talks["status"] == "occurred"


def test_no_counterpart_is_invented_when_no_pair_was_told(view):
    v = view("Xi Jinping s'est entretenu jeudi avec son homologue.")
    assert all(v.roles(e) <= {("participant", XI)} for e in v.events_on("entretenu"))


# --- unnamed people as a party --------------------------------------------------------------------------------

def test_a_delegation_received_is_a_party_of_its_own(view):
    v = view("Alexandre Loukachenko a reçu mardi une délégation militaire chinoise.")
    meeting = v.event_on("Meeting", "reçu")
    assert _parties(v, meeting) == {("agent", LUKASHENKO), ("participant", "local person")}
    assert meeting["status"] == "occurred"


def test_people_met_for_a_purpose_are_a_party_and_the_meeting_is_planned(view):
    v = view("Xi Jinping se rendra jeudi à Hanoï pour y rencontrer des étudiants vietnamiens.")
    meeting = v.event_on("Meeting", "rencontrer")
    assert _parties(v, meeting) == {("participant", XI), ("participant", "local person")}
    assert meeting["status"] == "planned"


# --- an agreement with a state binds states -------------------------------------------------------------------

def test_a_leader_signing_a_treaty_with_a_state_stands_for_their_state(view):
    v = view("Vladimir Poutine a signé mardi un traité de coopération avec le Vietnam.")
    signing = v.event_on("Agreement", "signé")
    assert {e for r, e in v.roles(signing) if r == "participant"} == {RUSSIA, VIETNAM}
    assert signing["status"] == "occurred"


def test_two_leaders_signing_stay_two_people(view):
    v = view("Vladimir Poutine a signé mardi un accord avec Kim Jong-un.")
    signing = v.event_on("Agreement", "signé")
    assert {e for r, e in v.roles(signing) if r == "participant"} == {PUTIN, KIM}


def test_a_treaty_to_conclude_for_a_purpose_is_planned_between_states(view):
    v = view("Le Japon multiplie les contacts pour apaiser les tensions et conclure un traité avec la Chine.")
    treaty = [e for e in v.events("Agreement") if {"conclure", "traité"} & set(e["trigger"]["text"].split())]
    assert len(treaty) == 1
    assert {e for r, e in v.roles(treaty[0]) if r == "participant"} == {JAPAN, CHINA}
    assert treaty[0]["status"] == "planned"


def test_coming_in_order_to_sign_makes_the_signing_planned(view):
    v = view("Sergueï Lavrov est arrivé lundi à Hanoï afin de signer un accord avec le Vietnam.")
    signing = v.event_on("Agreement", "signer")
    assert {e for r, e in v.roles(signing) if r == "participant"} == {LAVROV, VIETNAM}  # an `accord`: no treaty
    assert signing["status"] == "planned"


def test_a_past_infinitive_after_pour_gives_a_cause_that_happened(view):
    v = view("La Corée du Nord a été sanctionnée pour avoir livré des missiles à la Russie.")
    delivery = v.event_on("Delivery", "livré")
    assert {(r, e) for r, e in v.roles(delivery) if r != "theme"} == {("agent", NORTH_KOREA), ("recipient", RUSSIA)}
    assert delivery["status"] == "occurred"


# --- event nouns carried by a verb ----------------------------------------------------------------------------

def test_suspended_negotiations_are_between_the_subject_and_the_other_party_and_denied(view):
    v = view("La Russie a suspendu jeudi les négociations avec l'Ukraine.")
    talks = [e for e in v.events_on("négociations")]
    assert len(talks) == 1
    assert v.roles(talks[0]) == {("participant", RUSSIA), ("participant", UKRAINE)}
    assert talks[0]["status"] == "negated"


def test_drills_multiplied_by_a_state_are_its_own(view):
    v = view("La Chine a depuis multiplié les manœuvres militaires en mer.")
    drills = v.events_on("manœuvres")
    # (held alone, with nothing that makes them joint, the drills are the state's act: its agent, as in gold)
    assert len(drills) == 1 and v.roles(drills[0]) == {("agent", CHINA)}
    assert drills[0]["status"] == "occurred"


# --- who strikes back was the target ----------------------------------------------------------------------------

def test_strikes_answered_in_riposte_targeted_the_one_who_answers(view):
    v = view("En riposte aux frappes ukrainiennes, la Russie a bombardé plusieurs dépôts.")
    strikes = v.event_on("Event", "frappes")
    assert v.roles(strikes) == {("agent", UKRAINE), ("recipient", RUSSIA)}
    assert strikes["status"] == "occurred"


def test_sanctions_answered_in_reprisal_targeted_the_one_who_answers(view):
    v = view("Pékin a annulé la visite en représailles aux sanctions décidées par le Japon.")
    sanctions = v.event_on("Sanction", "sanctions")
    assert v.roles(sanctions) == {("agent", JAPAN), ("recipient", CHINA)}


# --- a demonym the tagger takes for a participle, and opinion ---------------------------------------------------

def test_a_plural_demonym_of_the_goods_names_who_delivers_them(view):
    v = view("Alexandre Loukachenko a proposé d'augmenter les livraisons de camions biélorusses au Vietnam.")
    delivery = v.event_on("Delivery", "livraisons")
    assert {(r, e) for r, e in v.roles(delivery) if r != "theme"} == {("agent", BELARUS), ("recipient", VIETNAM)}
    assert delivery["status"] == "proposed"


def test_what_a_spokesman_believes_is_suspected(view):
    v = view("Un diplomate japonais estime que la Russie fournit des armes à la Corée du Nord.")
    delivery = v.event_on("Delivery", "fournit")
    assert {(r, e) for r, e in v.roles(delivery) if r != "theme"} == {("agent", RUSSIA), ("recipient", NORTH_KOREA)}
    assert delivery["status"] == "suspected"


def test_what_a_spokesman_says_stays_asserted(view):
    v = view("Un diplomate japonais a affirmé que la Russie fournit des armes à la Corée du Nord.")
    assert v.event_on("Delivery", "fournit")["status"] == "occurred"


def test_a_received_guest_after_an_opening_participle_the_parse_made_the_root(view):
    v = view("Reçue lundi par Vladimir Poutine, la ministre Yoko Kamikawa a ensuite visité une usine.")
    welcome = v.event_on("Meeting", "Reçue")
    assert v.roles(welcome) == {("agent", PUTIN), ("participant", KAMIKAWA)}


# --- the object the parse hangs elsewhere, and a proposal of an act ----------------------------------------------

def test_an_object_set_after_a_prepositional_complement_is_the_verbs(view):
    v = view("Vladimir Poutine a offert lundi à Kim Jong-un une voiture de luxe.")
    gift = v.event_on("Gift", "offert")
    assert {(r, e) for r, e in v.roles(gift) if r != "theme"} == {("agent", PUTIN), ("recipient", KIM)}
    assert v.themes(gift) == ["une voiture de luxe"]


def test_a_treaty_signed_after_with_his_host_is_the_theme(view):
    v = view("Accueilli à l'aéroport par Xi Jinping, Vladimir Poutine doit signer jeudi avec son hôte un traité "
             "d'amitié.")
    signing = v.event_on("Agreement", "signer")
    assert {e for r, e in v.roles(signing) if r == "participant"} == {PUTIN, XI}
    assert len(v.themes(signing)) == 1 and v.themes(signing)[0].startswith("un traité d'amitié")


def test_proposing_an_act_is_a_proposal_by_its_agent_with_no_thing_proposed(view):
    v = view("Vladimir Poutine a proposé d'augmenter les livraisons de blé à la Corée du Nord, en échange de "
             "munitions.")
    proposal = v.event_on("Proposal", "proposé")
    assert v.roles(proposal) == {("agent", PUTIN)}
    delivery = v.event_on("Delivery", "livraisons")
    assert ("recipient", NORTH_KOREA) in v.roles(delivery)
    assert delivery["status"] == "proposed"


# --- subjects the parse loses or misplaces ---------------------------------------------------------------------

def test_the_owner_of_a_meeting_that_dates_the_clause_takes_part_and_it_happened(view):
    v = view("Pendant son entretien avec Kim Jong-un, Sergueï Lavrov a évoqué la guerre.")
    talks = v.event_on("Meeting", "entretien")
    assert v.roles(talks) == {("participant", KIM), ("participant", LAVROV)}
    assert talks["status"] == "occurred"


def test_a_meeting_named_after_lors_is_not_what_the_main_verb_proposes(view):
    v = view("Lors de sa rencontre avec Vladimir Poutine, Xi Jinping a plaidé pour la paix.")
    meeting = v.event_on("Meeting", "rencontre")
    assert v.roles(meeting) == {("participant", PUTIN), ("participant", XI)}
    assert meeting["status"] == "occurred"


def test_a_name_after_an_infinitive_is_its_object_and_the_main_subject_its_subject(view):
    v = view("Après avoir rencontré Kim Jong-un, Sergueï Lavrov s'est rendu à Séoul.")
    meeting = v.event_on("Meeting", "rencontré")
    assert v.roles(meeting) == {("participant", LAVROV), ("participant", KIM)}


def test_the_one_invited_in_the_passive_is_the_one_who_is_to_come(view):
    v = view("Vladimir Poutine a été invité par Kim Jong-un à se rendre à Pyongyang.")
    assert v.roles(v.event_on("Invitation", "invité")) == {("agent", KIM), ("recipient", PUTIN)}
    trip = v.event_on("Visit", "rendre")
    assert v.roles(trip) == {("agent", PUTIN)}
    assert trip["status"] == "proposed"  # an invitation not (yet) accepted offers the trip


def test_a_subject_and_his_named_counterpart_both_sign(view):
    v = view("Xi Jinping et son homologue russe, Vladimir Poutine, ont signé une déclaration commune.")
    signing = v.event_on("Agreement", "signé")
    assert {e for r, e in v.roles(signing) if r == "participant"} == {XI, PUTIN}
