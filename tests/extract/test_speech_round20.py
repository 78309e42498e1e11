"""Speech acts, round 20, on sentences written for these tests (not taken from the gold corpus, the held-out corpus
or the bundled article): the shapes of reported speech every wire story uses, read as constructions.

Silence and refusal: a subject set apart from `n'a pas réagi` by a relative clause that holds a quote or a name of
its own, or by an apposition; the negation's second word hung on an adverb (`n'a toujours pas commenté`); a will to
speak refused (`n'a pas voulu commenter`, not `veut dire`); `ni ... ni` on the subjects, the objects or the verbs;
information not given (`n'a pas communiqué de bilan`); a negated passive with no agent that withholds what a body
had just announced. The speaker a description introduces by its name (`le groupe japonais Toshiba`, then `Il`).
Joint and counted speakers (`les deux pays` after `X et Y, voisins de Z`, as the agent of a passive, and nobody when
the count cannot tell), the relative clause trap (`X, qui ..., a critiqué un tracé qui « ... » et exhorté Y`: X, never
the noun of a relative clause), and an unnamed member of a diplomatic mission with the mission's posting."""

from __future__ import annotations

from tests.extract.conftest import Act

CHINA, NORTH_KOREA, KREMLIN = "Q148", "Q423", "Q2060629"


def shown(found, act: Act) -> tuple[str, str, str]:
    return act.trigger, found.label(act.speaker), act.status


# --- silence: the subject set apart from its verb -------------------------------------------------------------------
def test_silence_after_a_relative_clause_with_a_quote(said):
    found = said("Le Brésil, qui avait mis en garde en mai contre une « ingérence » étrangère, n'a pas réagi dans "
                 "l'immédiat.")
    silence = found.on("réagi")
    assert [shown(found, a) for a in silence] == [("réagi", "Brésil", "negated")]


def test_silence_after_a_relative_clause_naming_another_country(said):
    found = said("La Corée du Nord, qui accuse la Corée du Sud de provocations, n'a pas réagi.")
    assert [(a.speaker, a.status) for a in found.on("réagi")] == [(NORTH_KOREA, "negated")]


def test_silence_after_a_relative_clause_ending_with_a_name(said):
    found = said("Le Brésil, qui encourage ses voisins à coopérer face au Venezuela, n'a pas réagi dans l'immédiat.")
    assert [shown(found, a) for a in found.acts] == [("réagi", "Brésil", "negated")]


def test_silence_after_an_apposition(said):
    act = said("La Chine, principal acheteur de ce pétrole, n'a pas commenté.").one()
    assert (act.speaker, act.status) == (CHINA, "negated")
    found = said("Madrid, principal partenaire commercial du Maroc, n'a pas commenté.")
    # a capital that acts is its state, local when the knowledge base does not hold it (round 25)
    assert [shown(found, a) for a in found.acts] == [("commenté", "Espagne", "negated")]


def test_a_clause_set_off_by_commas_is_no_apposition(said):
    found = said("Le Maroc a rappelé son ambassadeur, a-t-on appris, et n'a pas commenté.")
    assert [shown(found, a) for a in found.acts] == [("commenté", "Maroc", "negated")]


def test_a_negation_hung_on_an_adverb(said):
    found = said("Le Canada n'a toujours pas commenté ces accusations. Paris n'a pas encore réagi à cette annonce.")
    # `Paris` that speaks is France, a local state (round 25)
    assert [shown(found, a) for a in found.acts] == [("commenté", "Canada", "negated"), ("réagi", "France", "negated")]


def test_a_will_to_comment_refused(said):
    found = said("La Pologne n'a pas voulu commenter.")
    assert [shown(found, a) for a in found.acts] == [("commenter", "Pologne", "negated")]


def test_a_will_to_mean_is_no_speech(said):
    assert said("Cette hausse veut dire que les loyers vont encore monter.").acts == []


def test_a_will_to_recall_is_no_speech_yet(said):
    assert said("Le ministre Paul Durand veut rappeler que la loi protège les locataires.").acts == []


def test_neither_nor_on_the_subjects(said):
    found = said("Ni Paris ni Berlin n'ont réagi.")
    assert sorted((found.label(a.speaker), a.status) for a in found.acts) == [  # capitals as states (round 25)
        ("Allemagne", "negated"), ("France", "negated")]
    assert len({a.trigger for a in found.acts}) == 1


def test_a_reaction_without_words_is_no_speech(said):
    assert said("Paris et Berlin ont réagi.").acts == []


def test_neither_nor_on_the_verbs(said):
    found = said("Le Kremlin n'a ni confirmé ni démenti ces informations.")
    assert [(a.trigger, a.speaker, a.status) for a in found.acts] == [
        ("confirmé", KREMLIN, "negated"), ("démenti", KREMLIN, "negated")]


def test_confirming_and_denying_are_said(said):
    found = said("Le ministère a confirmé et démenti.")
    assert [a.status for a in found.acts] == ["occurred", "occurred"]


def test_neither_nor_on_the_objects(said):
    found = said("La France et l'Allemagne n'ont commenté ni le calendrier ni le montant.")
    assert sorted((found.label(a.speaker), a.status) for a in found.acts) == [
        ("Allemagne", "negated"), ("France", "negated")]


def test_a_toll_not_given(said):
    found = said("Les autorités croates n'ont pas communiqué de bilan.")
    assert [shown(found, a) for a in found.acts] == [("communiqué", "Les autorités croates", "negated")]


# --- a detail withheld: a negated passive with no agent -------------------------------------------------------------
def test_a_date_withheld_after_a_body_s_announcement(said):
    found = said("Le ministère tchèque de la Défense a annoncé le retrait de ses troupes. La date du retrait n'a pas "
                 "été précisée.")
    withheld = [a for a in found.acts if a.status == "negated"]
    assert [found.label(a.speaker) for a in withheld] == ["Le ministère tchèque de la Défense"]
    assert "précisée" in withheld[0].trigger


def test_a_date_given_is_no_act_of_its_own(said):
    found = said("Le ministère tchèque de la Défense a annoncé le retrait de ses troupes. La date du retrait a été "
                 "précisée.")
    assert [a.trigger for a in found.acts] == ["a annoncé"]


def test_a_detail_withheld_after_a_person_has_no_speaker(said):
    found = said("Le ministre Paul Durand a annoncé le retrait des troupes. La date n'a pas été précisée.")
    assert [a.trigger for a in found.acts] == ["a annoncé"]


def test_no_damage_reported_is_no_speech(said):
    assert said("Aucun dégât n'a été signalé.").acts == []


# --- the name a description introduces ------------------------------------------------------------------------------
def test_a_company_named_after_its_description_speaks(said):
    found = said("Le pont sera fermé, a annoncé le groupe japonais Toshiba.")
    assert [shown(found, a) for a in found.acts] == [("a annoncé", "Toshiba", "occurred")]


def test_the_company_goes_on_as_il(said):
    found = said("La mine ouvrira en 2027, a annoncé le groupe minier australien Fortescue. Il a précisé que les "
                 "travaux dureraient deux ans.")
    assert [found.label(a.speaker) for a in found.acts] == ["Fortescue", "Fortescue"]


def test_elle_does_not_take_up_a_masculine_description(said):
    found = said("La mine ouvrira en 2027, a annoncé le groupe minier australien Fortescue. Elle a précisé que les "
                 "travaux dureraient deux ans.")
    assert [a.trigger for a in found.acts] == ["a annoncé"]


def test_a_body_of_a_city_is_not_the_city(said):
    found = said("Le chantier a été suspendu, a indiqué la police de Lyon.")
    assert [found.label(a.speaker) for a in found.acts] == ["la police de Lyon"]


# --- the relative clause trap -----------------------------------------------------------------------------------------
def test_the_name_before_qui_speaks_not_the_object_of_the_relative(said):
    found = said("La Roumanie, qui finance une partie du chantier, a critiqué un tracé qui « menace les forêts » et "
                 "exhorté Sofia à le revoir.")
    assert [shown(found, a) for a in found.acts] == [("a critiqué", "Roumanie", "occurred"),
                                                    ("exhorté", "Roumanie", "occurred")]


def test_a_participle_after_a_relative_clause_shares_the_first_verb_s_speaker(said):
    found = said("Berlin, qui conteste depuis longtemps ce projet, a critiqué un accord qui « menace la sécurité "
                 "européenne » et appelé Varsovie à y renoncer.")
    assert found.label(found.on("appelé")[0].speaker) == "Allemagne"  # Berlin as its state (round 25)
    assert found.on("a critiqué")[0].quotes == ["menace la sécurité européenne"]


def test_a_true_incise_after_a_relative_clause_keeps_its_inverted_subject(said):
    found = said("Washington, qui soutient Kiev, a livré des armes, a indiqué le Pentagone.")
    assert [found.label(a.speaker) for a in found.acts] == ["Pentagone"]


# --- joint and counted speakers -------------------------------------------------------------------------------------
def test_the_two_countries_joined_by_et_before_an_apposition(said):
    found = said("Le Pérou et la Bolivie, voisins du Chili, ont rouvert leur frontière. Les deux pays ont salué « un "
                 "geste d'apaisement ».")
    assert sorted(found.label(a.speaker) for a in found.on("ont salué")) == ["Bolivie", "Pérou"]


def test_the_two_countries_as_the_agent_of_a_passive(said):
    found = said("L'Argentine a signé un accord gazier avec le Chili. Le gazoduc avait été annoncé en mars par les "
                 "deux pays.")
    assert sorted(found.label(a.speaker) for a in found.acts) == ["Argentine", "Chili"]


def test_two_states_in_a_joint_declaration(said):
    found = said("Dans une déclaration commune, l'Arménie et l'Azerbaïdjan ont salué « une étape historique ».")
    assert sorted(found.label(a.speaker) for a in found.acts) == ["Arménie", "Azerbaïdjan"]
    assert all(a.quotes == ["une étape historique"] for a in found.acts)


def test_two_neighbours_are_the_two_states_named_before(said):
    found = said("Le Pérou et la Bolivie ont rouvert leur frontière. Les deux voisins ont salué « un geste "
                 "d'apaisement ».")
    assert sorted(found.label(a.speaker) for a in found.acts) == ["Bolivie", "Pérou"]


def test_a_count_that_cannot_tell_who_makes_no_speaker(said):
    found = said("Le président chilien Gabriel Boric a reçu son homologue argentin Javier Milei, en présence du "
                 "ministre Paul Durand. Les deux présidents ont salué un accord « historique ».")
    assert found.acts == []


# --- an unnamed member of a diplomatic mission ----------------------------------------------------------------------
def test_a_spokesperson_of_an_embassy_with_its_posting(said):
    found = said("Le visa sera supprimé, a indiqué un porte-parole de l'ambassade de France à Tokyo.")
    assert [found.label(a.speaker) for a in found.acts] == ["porte-parole de l'ambassade de France à Tokyo"]


def test_the_embassy_is_a_body_inside_the_spokesperson_s_phrase(view):
    v = view("Les droits de douane augmenteront, a indiqué à l'AFP un porte-parole de l'ambassade des États-Unis à "
             "Tokyo.")
    spokesperson = v.named("un porte-parole de l'ambassade des États-Unis à Tokyo")
    embassy = v.named("l'ambassade des États-Unis à Tokyo")
    assert spokesperson != embassy and v.entity(embassy)["type"] == "organization"
    assert [a["speaker"] for a in v.data["speech_acts"]] == [spokesperson]


def test_the_police_of_a_title_is_no_body_of_its_own(view):
    v = view("Le porte-parole de la police de Lyon a démenti toute bavure.")
    assert v.entity_of("la police de Lyon") is None


def test_a_member_of_a_delegation_is_a_person_of_their_own(said):
    found = said("« Nous restons prudents », a déclaré un membre de la délégation ukrainienne.")
    assert [found.label(a.speaker) for a in found.acts] == ["un membre de la délégation ukrainienne"]


def test_someone_close_to_a_president_is_not_the_president(said):
    found = said("Le président a menti, a affirmé un proche de Gabriel Boric.")
    assert [found.label(a.speaker) for a in found.acts] == ["un proche de Gabriel Boric"]


# --- joint sources of an attribution --------------------------------------------------------------------------------
def test_two_sources_joined_after_selon(said):
    found = said("Selon la police et les pompiers, trois personnes ont été blessées.")
    assert [found.label(a.speaker) for a in found.acts] == ["la police", "les pompiers"]
    assert len({a.trigger for a in found.acts}) == 1


def test_a_source_then_the_subject_of_the_clause(said):
    found = said("Selon Paris, Berlin a accepté l'accord.")
    assert [found.label(a.speaker) for a in found.acts] == ["France"]  # Paris as its state (round 25)


# --- no word came, without a verb -----------------------------------------------------------------------------------
def test_no_reaction_in_a_capital_is_its_state_s_silence(view):
    v = view("Pas de réaction dans l'immédiat à Washington.")
    assert [(a["speaker"], a["status"], a["trigger"]["text"]) for a in v.data["speech_acts"]] == [
        ("Q30", "negated", "Pas de réaction")]
    assert v.named("Washington") == "Q30"


def test_no_comment_on_the_side_of_a_capital(said):
    act = said("Pas de commentaire non plus du côté de Pékin.").one()
    assert (act.speaker, act.status) == (CHINA, "negated")


def test_no_reaction_about_a_country_is_not_its_silence(said):
    assert said("Pas de réaction au sujet de la Chine.").acts == []
    assert said("Pas de victimes à Kiev.").acts == []
