"""Deaths told by a verb or an idiom, a participle joined to a compound tense, and a name set beside a title set
beside the subject: written by the lead in session 19 on sentences of his own."""

from __future__ import annotations

from newsld.extract.nlp import parse


def test_who_finds_death_is_its_recipient(view):
    v = view("Le président bolivien Luis Arce et son ministre de la Défense, Edmundo Novillo, ont trouvé la mort "
             "samedi dans un accident d'avion.")
    death = v.event_on("Event", "trouvé")
    assert v.roles(death) == {("recipient", v.named("Luis Arce")), ("recipient", v.named("Edmundo Novillo"))}


def test_who_loses_life_is_its_recipient(view):
    v = view("Trois casques bleus népalais ont perdu la vie mardi dans l'explosion, selon l'ONU.")
    death = v.event_on("Event", "perdu")
    assert {r for r, _ in v.roles(death)} == {"recipient"}


def test_the_subject_of_a_verb_of_dying_is_its_recipient(view):
    v = view("L'opposant Ilia Iachine est mort jeudi dans une prison de l'Oural.")
    death = v.event_on("Event", "mort")
    assert v.roles(death) == {("recipient", v.named("Ilia Iachine"))}


def test_losing_something_else_is_no_death(view):
    v = view("Le parti de Viktor Orban a perdu dimanche la majorité au Parlement.")
    assert not any(r == "recipient" for e in v.events_on("perdu") for r, _ in v.roles(e))


def test_a_name_beside_a_title_beside_the_subject_does_the_second_act(view):
    v = view("Le guide suprême, l'ayatollah Ali Khamenei, a reçu le président irakien et décrété trois jours de "
             "deuil national.")
    decree = v.event_on("Event", "décrété")
    assert ("agent", v.named("Ali Khamenei")) in v.roles(decree)


def test_a_noun_after_a_joined_participle_is_its_object():
    doc = parse("Emmanuel Macron a limogé Gérald Darmanin et nommé Bruno Retailleau à sa place.")
    words = {t.text: t for t in doc}
    assert words["Bruno"].dep_ == "obj" and words["Bruno"].head.text == "nommé"


def test_a_joined_participle_acts_on_the_noun_after_it(view):
    v = view("Emmanuel Macron a limogé Gérald Darmanin et nommé Bruno Retailleau à sa place.")
    named = v.event_on("Event", "nommé")
    assert v.roles(named) == {("agent", v.named("Emmanuel Macron")), ("recipient", v.named("Bruno Retailleau"))}


def test_a_joined_participle_with_its_own_auxiliary_keeps_its_subject():
    doc = parse("Emmanuel Macron a limogé Gérald Darmanin et Bruno Retailleau a démissionné.")
    words = {t.text: t for t in doc}
    assert words["Bruno"].dep_ != "obj"
