"""The parties of an event the clause itself gives (round 25), on sentences written for these tests.

- Victims: those killed or wounded are the act's recipients (`tuer`, `blesser`); what is destroyed stays a
  participant. A count of people is those people, with the words that make it approximate (`au moins 2.056
  personnes`, `une quarantaine de diplomates russes`), also a count with no noun after a verb of wounding (`en
  blessant quatre autres`, `en a blessé plus de 3.900`).
- Proposals: whom a proposed meeting would be with, or a proposed delivery to, is whom the offer is made to.
- Meetings that date another act: `X a assuré lors d'une réunion avec ses généraux`, `X a été reçu après des
  entretiens avec Y`: the clause's subject is the other party; an `avec` phrase right after a meeting noun is its
  partner wherever the parse hangs it (not the verb's agent).
- `entre X et les paramilitaires des Forces de soutien rapide`: a side told by a common noun is the body its `de`
  names.
- `a attaqué puis occupé la ville de X`: two verbs with one object after the second share it.
- `a expulsé X peu après le début de l'invasion de l'Ukraine`: a `de` inside a circumstance is no party of the verb.
"""

from __future__ import annotations


def _parties(v, event: dict) -> set[str]:
    return {e for _, e in v.roles(event)}


def _words(v, entity: str) -> list[str]:
    return sorted(m["text"] for m in v.data["mentions"] if m["entity"] == entity)


def _role_words(v, event: dict, role: str) -> list[str]:
    return sorted(w for r, e in v.roles(event) if r == role for w in _words(v, e))


# -- victims and counted people ----------------------------------------------------------------------------------

def test_counted_diplomates_are_the_expelled(view):
    v = view("L'Allemagne avait déjà expulsé une quarantaine de diplomates russes en avril 2022.")
    event = v.event_on("Event", "expulsé")
    assert _role_words(v, event, "recipient") == ["une quarantaine de diplomates russes"]


def test_approximate_count_of_victims(view):
    v = view("Le séisme a tué au moins 2.056 personnes et en a blessé plus de 3.900.")
    assert _role_words(v, v.event_on("Event", "tué"), "recipient") == ["au moins 2.056 personnes"]
    assert _role_words(v, v.event_on("Event", "blessé"), "recipient") == ["plus de 3.900"]


def test_second_participle_counts_its_own_victims(view):
    v = view("Un drone russe a frappé un cargo dans le port d'Izmaïl, tuant deux marins et en blessant quatre "
             "autres.")
    assert _role_words(v, v.event_on("Event", "tuant"), "recipient") == ["deux marins"]
    assert _role_words(v, v.event_on("Event", "blessant"), "recipient") == ["quatre autres"]


def test_killed_people_are_recipients(view):
    v = view("Une frappe israélienne a tué trois enfants et une femme à Gaza.")
    assert _role_words(v, v.event_on("Event", "tué"), "recipient") == ["trois enfants", "une femme"]


def test_wounded_policemen(view):
    v = view("L'attaque a blessé trois policiers.")
    assert _role_words(v, v.event_on("Event", "blessé"), "recipient") == ["trois policiers"]


def test_expelled_diplomats_unchanged(view):
    v = view("Le Brésil a expulsé trois diplomates vénézuéliens.")
    event = v.event_on("Event", "expulsé")
    assert _role_words(v, event, "recipient") == ["trois diplomates vénézuéliens"]
    assert ("agent", v.named("Brésil")) in v.roles(event)


def test_circumstance_of_names_no_party(view):
    v = view("Berlin avait déjà expulsé une quarantaine de diplomates russes en avril 2022, peu après le début de "
             "l'invasion de l'Ukraine.")
    event = v.event_on("Event", "expulsé")
    assert {r for r, _ in v.roles(event)} == {"agent", "recipient"}
    assert _role_words(v, event, "agent") == ["Berlin"]


def test_country_expelled_from_still_acts(view):
    v = view("Les diplomates russes ont été expulsés de Moldavie.")
    assert ("agent", v.named("Moldavie")) in v.roles(v.event_on("Event", "expulsés"))


# -- proposals ---------------------------------------------------------------------------------------------------

def test_proposed_meeting_partner_is_the_recipient(view):
    v = view("Le président sud-coréen a proposé de rencontrer Kim Jong-un.")
    proposal = v.event("Proposal")
    assert ("recipient", v.named("Kim Jong-un")) in v.roles(proposal)


def test_proposed_delivery_recipient_is_the_recipient(view):
    v = view("Le Premier ministre indien a proposé mardi de livrer des vaccins au Népal.")
    assert ("recipient", v.named("Népal")) in v.roles(v.event("Proposal"))


def test_proposed_help_has_no_recipient(view):
    v = view("Pékin a proposé d'aider le Pakistan à reconstruire ses routes.")
    assert not any(r == "recipient" for r, _ in v.roles(v.event("Proposal")))


# -- meetings that date another act -----------------------------------------------------------------------------

def test_speaker_at_a_meeting_with_someone_takes_part(view):
    v = view("« Nous ne menaçons personne », a assuré Alexandre Loukachenko lors d'une réunion avec ses généraux à "
             "Minsk.")
    meeting = v.event_on("Meeting", "réunion")
    assert v.named("Alexandre Loukachenko") in _parties(v, meeting)
    assert len(_parties(v, meeting)) == 2


def test_during_a_meeting_with_someone(view):
    v = view("Le président Xi Jinping a évoqué Taïwan pendant une rencontre avec Joe Biden.")
    meeting = v.event_on("Meeting", "rencontre")
    assert _parties(v, meeting) == {v.named("Xi Jinping"), v.named("Joe Biden")}


def test_talks_before_a_reception_are_the_guests(view):
    v = view("Le chancelier Olaf Scholz a été reçu mardi par Xi Jinping, après des entretiens avec le Premier "
             "ministre Li Qiang.")
    talks = v.event_on("Meeting", "entretiens")
    assert _parties(v, talks) == {v.named("Olaf Scholz"), v.named("Li Qiang")}


def test_partner_hung_on_the_verb_is_the_talks(view):
    v = view("La ministre canadienne Mélanie Joly a été reçue lundi à Pékin par le président Xi Jinping, après plus "
             "de quatre heures d'entretiens avec le chef de la diplomatie chinoise, Wang Yi.")
    talks = v.event_on("Meeting", "entretiens")
    assert v.named("Mélanie Joly") in _parties(v, talks)
    assert v.named("Xi Jinping") not in _parties(v, talks)
    assert len(_parties(v, talks)) == 2


def test_meeting_between_others_leaves_the_speaker_out(view):
    v = view("Le Premier ministre japonais a pris la parole lors d'une rencontre entre Joe Biden et Yoon Suk Yeol.")
    meeting = v.event_on("Meeting", "rencontre")
    assert _parties(v, meeting) == {v.named("Joe Biden"), v.named("Yoon Suk Yeol")}


# -- sides between, shared objects -------------------------------------------------------------------------------

def test_side_told_by_its_body(view):
    v = view("Au Soudan, la guerre entre l'armée et les paramilitaires des Forces de soutien rapide a fait des "
             "milliers de morts.")
    war = v.event_on("Event", "guerre")
    words = [w for e in _parties(v, war) for w in _words(v, e)]
    assert len(_parties(v, war)) == 2
    assert any(w.startswith("Forces de soutien") for w in words)


def test_two_named_sides_unchanged(view):
    v = view("La guerre entre l'Éthiopie et l'Érythrée a fait des dizaines de milliers de morts.")
    war = v.event_on("Event", "guerre")
    assert _parties(v, war) == {v.named("Éthiopie"), v.named("Érythrée")}


def test_two_verbs_share_the_object(view):
    v = view("L'armée russe a attaqué puis occupé la ville de Bakhmout.")
    attack = v.event_on("Event", "attaqué")
    assert ("recipient", v.named("Bakhmout")) in v.roles(attack)


def test_each_verb_keeps_its_own_object(view):
    v = view("La Russie a attaqué l'Ukraine et annexé la Crimée.")
    attack = v.event_on("Event", "attaqué")
    assert v.named("Crimée") not in _parties(v, attack)
    assert ("recipient", v.named("Ukraine")) in v.roles(attack)
