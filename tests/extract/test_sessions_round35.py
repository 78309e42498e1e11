"""A session no one is said to hold or sit in, that dates what a person said or did, had that person at it
(session 21); each on sentences of the lead's own."""

from __future__ import annotations


def _sitters(v, word="réunion"):
    return {e for r, e in v.roles(v.event_on("Meeting", word)) if r == "participant"}


def test_the_speaker_at_a_meeting_in_the_margins_of_which_he_spoke(view):
    v = view("« Nous devons rester vigilants », a déclaré mardi le ministre allemand de la Défense, Boris Pistorius, "
             "en marge d’une réunion à Bruxelles.")
    assert _sitters(v) == {v.entity_of("Boris Pistorius")}


def test_the_subject_after_an_emergency_meeting(view):
    v = view("Le président Yoon Suk Yeol a dénoncé une provocation à l’issue d’une réunion d’urgence.")
    assert _sitters(v) == {v.entity_of("Yoon Suk Yeol")}


def test_an_inverted_source_the_parse_makes_an_object(view):
    v = view("« Nous renforcerons la surveillance dans nos eaux », a déclaré à la presse le ministre de la Défense, "
             "Nuno Melo, en marge d’une réunion à Lisbonne.")
    assert _sitters(v) == {v.entity_of("Nuno Melo")}


def test_a_session_of_a_body_stays_the_bodys(view):
    v = view("Le ministre Ivan Petrov a pris la parole lundi en marge d’une réunion de l’Otan à Bruxelles.")
    assert v.entity_of("Ivan Petrov") not in _sitters(v)


def test_a_meeting_with_partners_keeps_them(view):
    v = view("Alexandre Loukachenko a mis en garde l’Occident lors d’une réunion avec le ministre Ivan Petrov à Minsk.")
    assert _sitters(v) == {v.entity_of("Ivan Petrov"), v.entity_of("Alexandre Loukachenko")}


def test_a_body_its_owner_calls_together_meets(view):
    v = view("Le Premier ministre Ivan Petrov doit réunir jeudi son conseil de sécurité nationale.")
    meeting = v.event_on("Meeting", "réunir")
    council = v.entity_of("son conseil de sécurité nationale")
    assert council is not None and ("participant", council) in v.roles(meeting)


def test_a_cabinet_or_a_council_named_by_common_nouns_meets(view):
    v = view("Le cabinet de guerre israélien s’est réuni dimanche après-midi.")
    assert v.roles(v.event_on("Meeting", "réuni")) == {("participant", v.entity_of("Le cabinet de guerre israélien"))}
    v = view("Le conseil militaire devrait se réunir jeudi à Niamey.")
    assert v.roles(v.event_on("Meeting", "réunir")) == {("participant", v.entity_of("Le conseil militaire"))}


def test_two_leaders_to_see_each_other_again_meet(view):
    v = view("Vladimir Poutine et Xi Jinping doivent se revoir en octobre.")
    meeting = v.event_on("Meeting", "revoir")
    assert v.roles(meeting) == {("participant", "Q7747"), ("participant", "Q15031")}
    assert meeting["status"] == "planned"
    assert not view("Il doit revoir sa copie.").events_on("revoir")


def test_talks_had_behind_a_place_with_no_one_from_the_clause_after_alors_que(view):
    v = view("La ministre, Anna Rossi, a eu vendredi à Rome de longs entretiens avec le chef de la diplomatie grecque, "
             "Nikos Dendias, alors que Séoul et Washington affirment que des soldats sont massés près de Koursk.")
    assert _sitters(v, "entretiens") == {v.entity_of("Anna Rossi"), v.entity_of("Nikos Dendias")}
