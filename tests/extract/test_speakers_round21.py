"""Who speaks (round 21): the speaker of a speech act in constructions wire copy uses, on sentences of our own.

An apposition with a relative clause of its own before the verb, a name that names the noun of a prepositional
phrase (whom the words were told, not who told them), a role and a name after an opening participle phrase, an
unnamed person's posting, a counted plural inverted after a quote, a group of people taken up by `ils`, a plural
of a role with a body's name in it, words a later sentence attributes (`C'est ce qu'a déclaré X`, `Ces propos ont
été tenus par X`), the setting of an attribution (`selon X, s'exprimant sous couvert d'anonymat`); and the
constructions that must not change.
"""

from __future__ import annotations


def _speakers(said, text: str) -> list[str]:
    found = said(text)
    return [found.label(a.speaker) for a in found.acts]


# -- an apposition with its own relative clause before the verb ------------------------------------------------------


def test_apposition_with_dont_relative_keeps_the_name(said):
    found = said("Jean Dupontel, un militant dont l'association a lâché des tracts, a assuré à l'agence Yonhap "
                 "qu'il ne renoncerait pas.")
    assert [found.label(a.speaker) for a in found.acts] == ["Jean Dupontel"]


def test_apposition_with_relative_the_parser_breaks(said):
    found = said("Jean Dupontel, un transfuge dont l’association avait encore lâché des milliers de tracts la semaine "
                 "dernière, a assuré à l’agence Yonhap qu’il ne renoncerait pas.")
    assert [found.label(a.speaker) for a in found.acts] == ["Jean Dupontel"]


# -- whom the words were told is not who told them ------------------------------------------------------------------


def test_agency_told_is_not_the_inverted_subject(said):
    assert _speakers(said, "Les sanctions seront levées, a déclaré à l'agence Yonhap un responsable du ministère.") == [
        "responsable du ministère"]


def test_newspaper_told_is_not_the_inverted_subject(said):
    act = said("« Nous ne céderons pas », a affirmé au quotidien Le Monde un diplomate français.").one()
    assert act.quotes == ["Nous ne céderons pas"]
    assert "diplomate français" in said("« Nous ne céderons pas », a affirmé au quotidien Le Monde un diplomate "
                                        "français.").label(act.speaker)


# -- an opening participle phrase, then the subject ---------------------------------------------------------------


def test_role_and_name_after_opening_participle_phrase(said):
    act = said("Dans un communiqué diffusé par l'agence KCNA, la sœur du dirigeant nord-coréen, Kim Yo-jong, a "
               "présenté ces envois comme des « cadeaux sincères ».").one()
    assert act.speaker == "local:kim-yo-jong"
    assert act.quotes == ["cadeaux sincères"]


def test_incise_between_subject_and_verb_unchanged(said):
    """Negative: `X, ont fait savoir Y, se repose`: the incise's subject is after its verb, not the name before."""
    assert _speakers(said, "Le dirigeant, ont fait savoir les médias officiels, se repose dans sa résidence.") == [
        "les médias officiels"]


def test_clause_before_comma_keeps_inverted_subject(said):
    """Negative: a clause before the comma is what is reported; the subject follows the verb."""
    assert _speakers(said, "Tokyo a protesté auprès de Pékin, a indiqué le gouvernement japonais.")[-1] == (
        "le gouvernement japonais")


# -- an unnamed person's posting ---------------------------------------------------------------------------------


def test_posting_of_unnamed_diplomat_is_part_of_the_phrase(said):
    act = said("« Le dialogue est rompu », a indiqué à l'AFP un diplomate européen en poste à Minsk, sous couvert "
               "d'anonymat.").one()
    assert act.speaker == "local:diplomate-europeen-en-poste-a-minsk"


def test_hyphenated_body_whole_in_unnamed_speaker(said):
    found = said("« Nous allons répondre », a averti un porte-parole de l'état-major.")
    assert found.label(found.one().speaker) == "porte-parole de l'état-major"


# -- plural speakers ----------------------------------------------------------------------------------------------


def test_counted_plural_inverted_after_quote(said):
    found = said("Vladimir Poutine a reçu Xi Jinping au Kremlin. « Nos relations n'ont jamais été aussi bonnes », "
                 "ont affirmé les deux dirigeants.")
    assert sorted(a.speaker for a in found.acts) == ["Q15031", "Q7747"]
    assert all(a.quotes == ["Nos relations n'ont jamais été aussi bonnes"] for a in found.acts)


def test_counted_plural_object_of_participle_is_no_speaker(said):
    """Negative: `, appelant les deux parties à la retenue`: the count is whom the call is to."""
    found = said("Le secrétaire général de l'ONU, António Guterres, est « très préoccupé », a fait savoir son "
                 "porte-parole, appelant les deux parties à la retenue.")
    assert [a.speaker for a in found.on("appelant")] == ["Q311440"]


def test_group_of_people_taken_up_by_ils(said):
    found = said("Les ministres du G7 se sont réunis à Tokyo. Ils ont dénoncé les tirs de missiles nord-coréens.")
    assert [found.label(a.speaker) for a in found.acts] == ["Les ministres du G7"]


def test_states_taken_up_by_ils_unchanged(said):
    """Negative: `Moscou et Pékin ... Ils`: each state speaks."""
    found = said("Moscou et Pékin ont signé un accord. Ils ont affirmé que leur partenariat était solide.")
    assert [a.speaker for a in found.acts] == ["Q159", "Q148"]


def test_plural_role_with_a_body_in_it_is_a_group(said):
    found = said("Les ministres des pays du G7 ont appelé Moscou à retirer ses troupes.")
    assert [found.label(a.speaker) for a in found.acts] == ["Les ministres des pays du G7"]


def test_body_itself_still_speaks(said):
    """Negative: the body named alone is the speaker."""
    assert _speakers(said, "Le G7 a appelé Moscou à retirer ses troupes.") == ["G7"]


def test_name_in_a_place_phrase_is_no_coordinated_speaker(said):
    found = said("Réunis de lundi à mercredi dans la ville natale du chancelier allemand, Olaf Scholz, les ministres "
                 "des pays du G7 ont appelé Moscou à retirer ses troupes.")
    assert [found.label(a.speaker) for a in found.acts] == ["les ministres des pays du G7"]


# -- the speaker named after the quote, in the next sentence ------------------------------------------------------


def test_c_est_ce_qu_a_declare_takes_the_quote_before(said):
    act = said("« Nous avons été clairs. » C'est ce qu'a affirmé vendredi le chef de la diplomatie russe, "
               "Sergueï Lavrov.").one()
    assert act.speaker == "Q58217"
    assert act.quotes == ["Nous avons été clairs."]


def test_words_held_by_a_speaker(said):
    act = said("« Nous ne laisserons personne menacer notre souveraineté. » Ces propos ont été tenus jeudi par "
               "Kim Jong-un.").one()
    assert act.speaker == "Q56226"
    assert act.quotes == ["Nous ne laisserons personne menacer notre souveraineté."]


def test_holding_a_meeting_is_no_speech(said):
    """Negative: `tenir une réunion` holds no words."""
    assert said("Kim Jong-un a tenu une réunion du parti.").acts == []


def test_quote_after_an_act_goes_on_unchanged(said):
    """Negative: a quoted sentence right after an act, with no later sentence naming anyone, goes on with it."""
    act = said("« La situation est stable », a déclaré Jean Dupontel. « Nous restons vigilants. »").one()
    assert act.quotes == ["La situation est stable", "Nous restons vigilants."]


# -- the setting of an attribution --------------------------------------------------------------------------------


def test_speaking_anonymously_is_the_setting_of_selon(said):
    found = said("Selon un haut responsable américain s'exprimant sous couvert d'anonymat, les discussions ont échoué.")
    assert [a.trigger for a in found.acts] == ["Selon"]


def test_relative_clause_after_attribution_is_its_own_act(said):
    """Negative: `d'après X, qui parle de ...`: a relative clause says more, an act of its own."""
    found = said("Le déplacement de millions de personnes se poursuit, d'après l'Organisation internationale pour les "
                 "migrations, qui parle de la pire crise humanitaire au monde.")
    assert [a.trigger for a in found.acts] == ["d'après", "parle"]


# -- an attribution's body, an incise after a clause of its own, a second verb of the main clause ------------------


def test_person_after_the_attribution_body_is_not_the_source(said):
    found = said("Selon le parquet fédéral, le suspect, Jean D., 41 ans, a été interpellé le 29 janvier à Leipzig.")
    assert [found.label(a.speaker) for a in found.on("Selon")] == ["le parquet fédéral"]


def test_role_and_name_after_selon_still_the_source(said):
    """Negative: a role noun's apposed name says who the source is."""
    found = said("Selon le porte-parole du gouvernement, Yoshimasa Hayashi, le Japon a protesté.")
    assert [found.label(a.speaker) for a in found.on("Selon")] == ["Yoshimasa Hayashi"]


def test_incise_after_a_subject_with_a_verb_of_its_own(said):
    found = said("Le président chinois a, lui, appelé à « préserver l'élan » de la coopération, a rapporté la "
                 "télévision d'État CCTV.")
    assert [found.label(a.speaker) for a in found.on("a rapporté")] == ["CCTV"]


def test_auxiliary_set_apart_keeps_its_subject(said):
    """Negative: `a, de son côté, remercié Moscou`: the object after the participle is not who speaks."""
    found = said("Vladimir Poutine a reçu Xi Jinping. Son homologue chinois a, de son côté, remercié Moscou pour son "
                 "« accueil ».")
    assert [a.speaker for a in found.on("remercié")] == ["Q15031"]


def test_second_verb_of_the_main_clause_after_a_que_clause(said):
    found = said("Selon les médias, M. Kim a assuré son invité que Pyongyang soutiendrait Moscou « jusqu'au bout » et "
                 "s'est dit prêt à coopérer.")
    assert [a.speaker for a in found.on("s'est dit")] == ["local:kim"]


def test_coordinated_que_clauses_stay_one_act(said):
    """Negative: `que X ... et que Y ...`: one act of the main clause's subject."""
    found = said("Vladimir Poutine a affirmé que l'armée avancerait et que Kiev céderait.")
    assert [a.speaker for a in found.acts] == ["Q7747"]


# -- the office of a person speaks as a body --------------------------------------------------------------------


def test_office_of_a_named_president_is_a_body(said):
    found = said("« Aucune décision n'a été prise », a indiqué le bureau du président sud-coréen Yoon Suk Yeol.")
    assert [found.label(a.speaker) for a in found.acts] == ["le bureau du président sud-coréen Yoon Suk Yeol"]


def test_cabinet_of_a_known_person_is_not_that_person(said):
    found = said("« Rien ne change », a indiqué le cabinet de Fumio Kishida.")
    assert [a.speaker for a in found.acts] != ["Q359480"]
    assert found.label(found.one().speaker) == "le cabinet de Fumio Kishida"


def test_spokesman_of_a_person_with_his_name_unchanged(said):
    """Negative: a role noun (not a body) with a name in apposition: the name speaks."""
    found = said("« Nous sommes prêts », a déclaré le porte-parole du président, Jean Dupontel.")
    assert [found.label(a.speaker) for a in found.acts] == ["Jean Dupontel"]
