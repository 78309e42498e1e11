"""`le département d'État`, the foreign ministry of the United States, is a body wherever it stands (after `selon`,
as a subject), not only inside a title. Written by the lead in session 19 on sentences of his own."""

from __future__ import annotations


def test_the_state_department_after_according_to_is_the_source(view):
    v = view("Selon le département d'État, le secrétaire d'État a parlé mardi avec son homologue indien.")
    department = v.named("le département d'État")
    assert v.entity(department)["type"] == "organization"
    assert any(a["speaker"] == department for a in v.data["speech_acts"])


def test_the_state_department_as_a_subject_speaks(view):
    v = view("Le département d'État a condamné jeudi l'attaque contre l'ambassade.")
    assert any(a["speaker"] == v.named("Le département d'État") for a in v.data["speech_acts"])


def test_a_french_department_is_no_body(view):
    v = view("Le conseil du département de l'Ain a voté mardi une aide aux agriculteurs.")
    assert all("département" not in m["text"] or v.entity(m["entity"])["type"] != "organization"
               or "conseil" in m["text"].lower() for m in v.data["mentions"])
