"""Sentences of our own (not from the bundled article), each checking the structure extracted from it:
entity links, event types, roles, statuses, times and speech acts. Publication date 2024-03-15 (a Friday)
unless said otherwise."""

from __future__ import annotations

PUTIN, XI, KIM, LAVROV, LUKASHENKO, KISHIDA = "Q7747", "Q15031", "Q56226", "Q58217", "Q2866", "Q359480"
GUTERRES, SHOIGU, KIM_JONG_IL = "Q311440", "Q32024", "Q10665"
RUSSIA, CHINA, NORTH_KOREA, SOUTH_KOREA, BELARUS, JAPAN = "Q159", "Q148", "Q423", "Q884", "Q184", "Q17"
BEIJING, TOKYO, MOSCOW, PYONGYANG, MINSK, HANOI = "Q956", "Q1490", "Q649", "Q18808", "Q2280", "Q1858"
UNSC, KCNA, TASS, KREMLIN_ADMINISTRATION, ROSCOSMOS = "Q37470", "Q326804", "Q223799", "Q2060629", "Q190795"


# --- entity linking ----------------------------------------------------------------------------------------

def test_meeting_in_a_capital_links_both_people_and_the_city(view):
    v = view("Vladimir Poutine a rencontré Xi Jinping à Pékin mardi.")
    meeting = v.event("Meeting")
    assert v.roles(meeting) == {("participant", PUTIN), ("participant", XI)}
    assert meeting["place"] == BEIJING and v.kind_of("Pékin") == "name"


def test_surname_alone_links_to_the_person_named_before(view):
    v = view("Sergueï Lavrov est arrivé à Hanoï. Lavrov a rencontré des diplomates.")
    assert v.entity_of("Lavrov") == LAVROV and v.entity_of("Hanoï") == HANOI


def test_initial_and_surname_and_glued_civility(view):
    v = view("V. Poutine a salué M.Loukachenko devant la presse.")
    assert v.entity_of("V. Poutine") == PUTIN
    assert v.entity_of("Loukachenko") == LUKASHENKO  # the civility stays out of the span


def test_transliteration_variants_link_to_the_same_person(view):
    v = view("Kim Jong-oun a inspecté une usine. Antonio Guterres a demandé des explications à Kim Jong Un.")
    assert v.entity_of("Kim Jong-oun") == KIM and v.entity_of("Kim Jong Un") == KIM
    assert v.entity_of("Antonio Guterres") == GUTERRES


def test_capitals_acting_as_states_are_metonyms_for_the_country(view):
    v = view("Pékin a proposé à Séoul un accord commercial.")
    proposal = v.event("Proposal")
    assert ("agent", CHINA) in v.roles(proposal) and ("recipient", SOUTH_KOREA) in v.roles(proposal)
    assert v.kind_of("Pékin") == "metonym" and v.kind_of("Séoul") == "metonym"


def test_a_capital_where_something_happens_stays_the_city(view):
    v = view("Fumio Kishida est arrivé à Tokyo après une tournée en Asie.")
    assert v.entity_of("Tokyo") == TOKYO and v.kind_of("Tokyo") == "name"


def test_the_kremlin_is_the_presidential_administration(view):
    v = view("Le Kremlin a démenti toute négociation avec Kiev.")
    assert v.entity_of("Kremlin") == KREMLIN_ADMINISTRATION and v.kind_of("Kremlin") == "metonym"


def test_role_noun_with_a_demonym_is_the_office_holder(view):
    v = view("Le président russe a signé un accord avec Minsk.")
    assert v.entity_of("Le président russe") == PUTIN
    assert v.roles(v.event("Agreement")) == {("participant", PUTIN), ("participant", BELARUS)}


def test_leader_of_a_country_is_its_head_of_state_and_gifts_have_a_theme(view):
    v = view("Le dirigeant nord-coréen a offert un chien à Vladimir Poutine.")
    gift = v.event("Gift")
    roles = v.roles(gift)
    assert ("agent", KIM) in roles and ("recipient", PUTIN) in roles
    theme = next(e for r, e in roles if r == "theme")
    assert theme.startswith("local:") and v.entity(theme)["class_qid"] == "Q144"  # chien -> dog, from ids.tsv


def test_counterpart_is_the_other_leader(view):
    v = view("Vladimir Poutine est arrivé à Pékin. Xi Jinping a accueilli son homologue à l'aéroport.")
    assert v.entity_of("son homologue") == PUTIN


def test_father_of_resolves_through_the_knowledge_base(view):
    v = view("Le père de Kim Jong-un est mort en 2011.")
    assert v.entity_of("Le père de Kim Jong-un") == KIM_JONG_IL
    assert v.time_of("en 2011")["value"] == "2011" and v.time_of("en 2011")["precision"] == "year"


def test_subject_pronoun_refers_to_the_last_subject(view):
    v = view("Fumio Kishida est arrivé à Séoul lundi. Il a rencontré des industriels.")
    assert v.entity_of("Il") == KISHIDA and v.kind_of("Il") == "pronoun"


def test_impersonal_il_is_not_a_mention(view):
    v = view("Xi Jinping a visité une usine. Il s'agirait d'un geste envers Moscou.")
    assert v.entity_of("Il") is None


def test_an_ambiguous_surname_stays_unlinked(view):
    v = view("Kim a visité une usine de missiles.")
    entity = v.entity_of("Kim")
    assert entity is not None and entity.startswith("local:")
    assert "unlinked_reason" in v.entity(entity)


def test_unknown_organisation_is_local_and_the_sanctioned_country_linked(view):
    v = view("La Commission européenne a sanctionné la Russie.")
    sanction = v.event("Sanction")
    assert ("recipient", RUSSIA) in v.roles(sanction)
    agents = [e for r, e in v.roles(sanction) if r == "agent"]
    assert agents and agents[0].startswith("local:")


# --- events and roles --------------------------------------------------------------------------------------

def test_passive_invitation_swaps_agent_and_recipient(view):
    v = view("Alexandre Loukachenko a été invité à Moscou par Vladimir Poutine.")
    invitation = v.event("Invitation")
    assert v.roles(invitation) == {("agent", PUTIN), ("recipient", LUKASHENKO)}
    assert invitation.get("place") == MOSCOW


def test_delivery_with_giver_receiver_and_thing(view):
    v = view("La Corée du Nord a livré des obus à la Russie.")
    delivery = v.event("Delivery")
    roles = v.roles(delivery)
    assert ("agent", NORTH_KOREA) in roles and ("recipient", RUSSIA) in roles
    assert any(r == "theme" for r, _ in roles) and delivery["status"] == "occurred"


def test_participle_delivery_takes_its_agent_from_par(view):
    v = view("Des missiles fournis par Pyongyang ont frappé Kiev.")
    delivery = v.event("Delivery")
    assert ("agent", NORTH_KOREA) in v.roles(delivery)
    assert v.kind_of("Pyongyang") == "metonym"


def test_acceptance_answers_the_inviter(view):
    v = view("Xi Jinping a invité Vladimir Poutine à Pékin. Vladimir Poutine a accepté l'invitation.")
    acceptance = v.event("Acceptance")
    assert v.roles(acceptance) == {("agent", PUTIN), ("recipient", XI)}


def test_security_council_sanctions(view):
    v = view("Le Conseil de sécurité des Nations unies a sanctionné la Corée du Nord.")
    assert v.roles(v.event("Sanction")) == {("agent", UNSC), ("recipient", NORTH_KOREA)}


def test_visit_noun_with_visitor_and_destination(view):
    v = view("La visite de Sergueï Lavrov à Pyongyang a duré deux jours.")
    visit = v.event("Visit")
    assert v.roles(visit) == {("agent", LAVROV)} and visit["place"] == PYONGYANG
    assert v.time_of("deux jours")["precision"] == "duration"


def test_sending_someone_to_space_is_a_spaceflight(view):
    v = view("Roscosmos va envoyer un astronaute japonais dans l'espace.")
    flight = v.event("Spaceflight")
    roles = v.roles(flight)
    assert ("agent", ROSCOSMOS) in roles
    assert any(r == "participant" and e.startswith("local:") for r, e in roles)
    assert flight["status"] == "planned"


def test_host_receiving_a_guest_is_a_meeting(view):
    v = view("Vladimir Poutine recevra Alexandre Loukachenko à Sotchi.")
    meeting = v.event("Meeting")
    assert v.roles(meeting) == {("agent", PUTIN), ("participant", LUKASHENKO)}
    assert meeting["status"] == "planned"


# --- statuses ----------------------------------------------------------------------------------------------

def test_negation(view):
    v = view("Vladimir Poutine n'a pas rencontré Xi Jinping.")
    assert v.event("Meeting")["status"] == "negated"


def test_conditional_is_hypothetical(view):
    v = view("Pyongyang aurait livré des munitions à Moscou.")
    delivery = v.event("Delivery")
    assert delivery["status"] == "hypothetical" and ("recipient", RUSSIA) in v.roles(delivery)


def test_future_visit_is_planned(view):
    v = view("Xi Jinping se rendra à Moscou au printemps.")
    visit = v.event("Visit")
    assert visit["status"] == "planned" and ("agent", XI) in v.roles(visit)


def test_what_is_proposed_is_proposed(view):
    v = view("Moscou a proposé à Pyongyang de livrer du pétrole.")
    assert v.event("Proposal")["status"] == "occurred"
    assert v.event("Delivery")["status"] == "proposed"


def test_suspicion_with_the_suspected_as_actor(view):
    v = view("Washington soupçonne Pyongyang de livrer des armes à la Russie.")
    delivery = v.event("Delivery")
    assert delivery["status"] == "suspected"
    assert ("agent", NORTH_KOREA) in v.roles(delivery) and ("recipient", RUSSIA) in v.roles(delivery)


def test_must_go_is_planned(view):
    v = view("Sergueï Choïgou doit se rendre à Pyongyang.")
    visit = v.event("Visit")
    assert visit["status"] == "planned" and v.roles(visit) == {("agent", SHOIGU)}


# --- times -------------------------------------------------------------------------------------------------

def test_past_weekday_is_the_day_before_publication(view):
    t = view("Xi Jinping a rencontré Fumio Kishida jeudi.").time_of("jeudi")
    assert (t["value"], t["precision"], t["rule"]) == ("2024-03-14", "day", "weekday-past")


def test_future_weekday_is_the_day_after_publication(view):
    t = view("Sergueï Lavrov se rendra à Minsk lundi.").time_of("lundi")
    assert (t["value"], t["rule"]) == ("2024-03-18", "weekday-future")


def test_explicit_date_is_checked_against_its_weekday(view):
    t = view("Le sommet aura lieu le mardi 19 mars.").time_of("mardi 19 mars")
    assert (t["value"], t["precision"]) == ("2024-03-19", "day")


def test_vague_and_duration_keep_no_value(view):
    v = view("Vladimir Poutine se rendra prochainement en Chine pour quelques jours.")
    assert v.time_of("prochainement")["value"] is None and v.time_of("prochainement")["precision"] == "vague"
    assert v.time_of("quelques jours")["precision"] == "duration"


def test_publication_day_inferred_from_a_past_weekday_and_a_future_date(view):
    v = view("Vladimir Poutine a rencontré Xi Jinping mercredi. Il sera jeudi 21 mars à Minsk.", "2024-03")
    inferred = v.data["article"]["published_inferred"]
    assert (inferred["value"], inferred["precision"]) == ("2024-03-20", "day")
    assert v.time_of("mercredi")["value"] == "2024-03-20"
    assert v.time_of("jeudi 21 mars")["value"] == "2024-03-21"


# --- speech acts -------------------------------------------------------------------------------------------

def test_quote_before_its_reporting_clause(view):
    v = view("« Nous ne céderons pas », a déclaré Vladimir Poutine.")
    act = v.data["speech_acts"][0]
    assert act["type"] == "Statement" and act["speaker"] == PUTIN
    assert [q["text"] for q in act["quotes"]] == ["Nous ne céderons pas"] and act["trigger"]["text"] == "a déclaré"


def test_quote_split_around_an_editors_note(view):
    v = view("« Le sommet [de Pékin, NDLR] a été un succès », a indiqué Sergueï Lavrov.")
    act = v.data["speech_acts"][0]
    assert act["speaker"] == LAVROV
    assert [q["text"] for q in act["quotes"]] == ["Le sommet", "a été un succès"]


def test_embedded_quote_belongs_to_the_verb_before_it(view):
    v = view("Xi Jinping a assuré à Vladimir Poutine que la Chine resterait un « partenaire fiable ».")
    act = v.data["speech_acts"][0]
    assert (act["type"], act["speaker"], act.get("addressee")) in {("Assurance", XI, None), ("Assurance", XI, PUTIN)}
    assert act["quotes"][0]["text"] == "partenaire fiable"


def test_words_relayed_by_an_agency(view):
    v = view("Kim Jong-un a promis une « riposte sans précédent », a rapporté l'agence KCNA.")
    acts = {a["speaker"]: a for a in v.data["speech_acts"]}
    assert acts[KIM]["quotes"][0]["text"] == "riposte sans précédent"
    assert acts[KIM]["according_to"] == [KCNA] and acts[KCNA]["type"] == "Report"


def test_selon_is_a_report_without_quote(view):
    v = view("Moscou a livré des avions à Minsk, selon l'agence TASS.")
    report = next(a for a in v.data["speech_acts"] if a["speaker"] == TASS)
    assert report["type"] == "Report" and report["quotes"] == []
    assert TASS in v.event("Delivery").get("according_to", [])


def test_warning_with_a_quote_after_a_colon(view):
    v = view("Antonio Guterres a mis en garde Pyongyang : « Les sanctions doivent être respectées. »")
    act = v.data["speech_acts"][0]
    assert (act["type"], act["speaker"]) == ("Warning", GUTERRES)
    assert act["trigger"]["text"] == "a mis en garde"


# --- more: attributions, hosts, possessives, pairs ----------------------------------------------------------

def test_reporting_clause_after_a_comma_has_its_subject_after_the_verb(view):
    v = view("Kim Jong-un avait supervisé dimanche le tir d'un missile, a rapporté l'agence officielle KCNA.")
    report = v.data["speech_acts"][0]
    assert (report["type"], report["speaker"]) == ("Report", KCNA)


def test_but_a_verb_that_introduces_que_keeps_its_subject(view):
    v = view("Le quotidien Asahi, journal de référence, assure que Fumio Kishida a reçu Xi Jinping.")
    act = next(a for a in v.data["speech_acts"] if a["trigger"]["text"] == "assure")
    assert act["speaker"] == v.entity_of("Asahi") and act["speaker"].startswith("local:")


def test_inverted_pronoun_speaker(view):
    v = view("Sergueï Lavrov est arrivé à Minsk. « Nous allons signer un document », a-t-il déclaré.")
    act = next(a for a in v.data["speech_acts"] if a["quotes"])
    assert act["speaker"] == LAVROV and v.entity_of("il") == LAVROV


def test_receiving_a_person_on_a_weekday_is_a_meeting(view):
    v = view("Fumio Kishida a reçu lundi à Tokyo le président sud-coréen.")
    assert v.events("Gift") == [] and ("agent", KISHIDA) in v.roles(v.event("Meeting"))
    assert v.time_of("lundi")["value"] == "2024-03-11"


def test_named_agency_is_not_taken_for_the_last_agency(view):
    v = view("L'agence TASS a publié un communiqué. Selon l'agence Yonhap, Pyongyang aurait livré des obus à Moscou.")
    delivery = v.event("Delivery")
    assert v.roles(delivery) >= {("agent", NORTH_KOREA), ("recipient", RUSSIA)}
    assert delivery["according_to"] == [v.entity_of("Yonhap")] and TASS not in delivery["according_to"]


def test_possessive_visit_belongs_to_the_subject(view):
    v = view("Vladimir Poutine est arrivé à Pyongyang pour sa première visite en Corée du Nord.")
    visit = v.event("Visit")
    assert v.roles(visit) == {("agent", PUTIN)} and visit["place"] == NORTH_KOREA


def test_the_two_leaders_are_the_two_people_named(view):
    v = view("Vladimir Poutine a retrouvé Kim Jong-un à Pyongyang. Les deux dirigeants doivent signer un accord.")
    agreement = v.event("Agreement")
    assert v.roles(agreement) == {("participant", PUTIN), ("participant", KIM)}
    assert agreement["status"] == "planned"


def test_an_office_holders_we_is_her_country(view):
    v = view("« Nous surveillons la situation », a déclaré Yoko Kamikawa, ministre japonaise des Affaires étrangères.")
    assert v.entity_of("Nous") == JAPAN and v.kind_of("Nous") == "pronoun"
    assert v.entity_of("ministre japonaise des Affaires étrangères") == "Q276275"


def test_a_private_persons_we_is_left_alone(view):
    v = view("« Nous allons rénover le lavoir », a déclaré Marie Durand.")
    assert v.entity_of("Nous") is None


def test_civility_before_a_family_name_that_comes_first(view):
    v = view("Xi Jinping a reçu des industriels. « Tout va bien », a déclaré M. Xi.")
    assert v.entity_of("Xi") == XI and v.data["speech_acts"][0]["speaker"] == XI


def test_role_noun_followed_by_the_name_in_apposition(view):
    v = view("Xi Jinping a accueilli jeudi à Pékin son homologue russe, Vladimir Poutine.")
    assert v.entity_of("son homologue russe") == PUTIN
    assert v.roles(v.event("Meeting")) == {("agent", XI), ("participant", PUTIN)}


def test_lower_case_names_of_institutions(view):
    v = view("Les États-Unis accusent Pékin de fournir des composants à l'armée russe.")
    assert v.entity_of("l'armée russe") == "Q193159" and v.kind_of("l'armée russe") == "nominal"
    delivery = v.event("Delivery")
    assert delivery["status"] == "suspected" and ("agent", CHINA) in v.roles(delivery)


def test_an_unknown_inverted_speaker_is_not_replaced_by_the_clause_subject(view):
    v = view("Le Conseil de sécurité des Nations unies se réunira le 12 juin, a annoncé mardi la présidence "
             "sud-coréenne.")
    assert all(a["speaker"] != UNSC for a in v.data["speech_acts"])
    assert v.time_of("le 12 juin")["value"] == "2024-06-12"


def test_sanctions_that_are_called_for_are_proposed(view):
    v = view("Séoul et Tokyo réclament de nouvelles sanctions contre Pyongyang depuis 2022.")
    sanction = v.event("Sanction")
    assert sanction["status"] == "proposed" and ("recipient", NORTH_KOREA) in v.roles(sanction)
    assert (v.time_of("depuis 2022")["value"], v.time_of("depuis 2022")["precision"]) == ("2022", "year")


def test_role_with_its_organisation_picks_the_right_secretary_general(view):
    v = view("Kim Jong-un a reçu des militaires. Le secrétaire général de l'ONU a mis en garde Pyongyang.")
    assert v.entity_of("Le secrétaire général de l'ONU") == GUTERRES  # not the Workers' Party's own


def test_an_international_officials_we_is_not_his_country(view):
    v = view("« Nous appelons au calme », a déclaré Antonio Guterres.")
    assert v.entity_of("Nous") is None
