"""Who speaks in a reporting clause: a bare title taken back to its holder, one of a group after an addressee, a
body posted to an organisation, a name before a relative clause with a quoted word (round 29, writer `speakers2`).

Sentences written for these tests. `Le Premier ministre X était à Y`: a title the parser made the root of its
sentence is still X's title, so `Le Premier ministre a déclaré` later is X. `», a assuré à l'AFP l'un de ses
conseillers`: the agency is whom the words were told, the speaker is one of the advisers, the phrase whole. `la mission
iranienne auprès de l'ONU`: a body posted to the organisation speaks for itself, not for it. `Bakou, qui exigeait la
« capitulation » des séparatistes, a annoncé`: a quoted word inside the relative clause is no subject.
"""

from __future__ import annotations


def speakers(v, trigger: str) -> list[str | None]:
    return [a.get("speaker") for a in v.data["speech_acts"] if a["trigger"]["text"] == trigger]


def label(v, entity: str) -> str:
    return next(e["label"] for e in v.data["entities"] if e["id"] == entity)


# --- a bare title after a title the parser made the root of its sentence ---------------------------------------

def test_a_bare_prime_minister_is_the_one_titled_before(view):
    v = view("Le Premier ministre Keir Starmer était à Kiev. Le Premier ministre a déclaré que « le Royaume-Uni "
             "restera aux côtés de l'Ukraine ».")
    assert speakers(v, "a déclaré") == [v.named("Keir Starmer")]
    assert v.named("Le Premier ministre") == v.named("Keir Starmer")


def test_a_bare_chancellor_is_the_one_titled_before(view):
    v = view("Le chancelier Olaf Scholz se trouvait à Vilnius. Le chancelier a affirmé que l'Europe devait rester "
             "unie.")
    assert speakers(v, "a affirmé") == [v.named("Olaf Scholz")]


def test_a_bare_title_with_a_verb_after_the_name_still_works(view):
    v = view("Le ministre de l'Intérieur Gérald Darmanin s'est rendu à Arras. Le ministre a qualifié l'attaque de "
             "« lâche ».")
    assert speakers(v, "a qualifié") == [v.named("Gérald Darmanin")]


def test_no_title_given_no_holder_guessed(view):
    # negative: the text never calls Olaf Scholz chancellor; the bare title names no one it supports
    v = view("Olaf Scholz a téléphoné à Emmanuel Macron. Le chancelier a affirmé que l'Europe devait rester unie.")
    assert v.named("Olaf Scholz") not in [s for a in v.data["speech_acts"] for s in [a.get("speaker")]]


def test_a_former_prime_minister_gives_no_title(view):
    # negative: `l'ancien Premier ministre X` does not make X the Prime Minister
    v = view("L'ancien Premier ministre Boris Johnson était à Kiev. Le Premier ministre a déclaré que le pays "
             "tiendrait.")
    assert v.entity_of("Le Premier ministre") != v.named("Boris Johnson")


# --- one of a group, inverted after whom the words were told ---------------------------------------------------

def test_one_of_his_advisers_after_the_agency(view):
    v = view("« Nous ne céderons pas », a assuré à l'AFP l'un de ses conseillers.")
    (speaker,) = speakers(v, "a assuré")
    assert speaker.startswith("local:") and label(v, speaker) == "l'un de ses conseillers"
    assert speaker != v.named("AFP")


def test_one_of_the_negotiators_after_the_agency(view):
    v = view("« Aucun accord n'est en vue », a déclaré à l'agence Reuters l'un des négociateurs.")
    (speaker,) = speakers(v, "a déclaré")
    assert speaker is not None and label(v, speaker) == "l'un des négociateurs"


def test_one_of_the_advisers_without_addressee(view):
    v = view("« Nous ne céderons pas », a assuré l'un de ses conseillers.")
    (speaker,) = speakers(v, "a assuré")
    assert label(v, speaker) == "l'un de ses conseillers"


def test_un_de_ses_proches_after_the_agency(view):
    v = view("« Il ne démissionnera pas », a affirmé à l'AFP un de ses proches.")
    (speaker,) = speakers(v, "a affirmé")
    assert label(v, speaker) == "un de ses proches"


def test_an_official_after_a_newspaper_is_no_newspaper(view):
    # negative: the construction with a plain noun phrase is unchanged
    v = view("« La trêve tient », a affirmé au Monde un responsable israélien.")
    (speaker,) = speakers(v, "a affirmé")
    assert speaker.startswith("local:") and "responsable" in label(v, speaker)


def test_the_head_of_state_told_the_president_speaks(view):
    # the addressee after `au` is not the speaker
    v = view("« Nous sommes prêts », a déclaré au président français le chef de l'État ukrainien.")
    (speaker,) = speakers(v, "a déclaré")
    assert speaker is not None and "chef" in label(v, speaker)


# --- a body posted to an organisation ----------------------------------------------------------------------------

def test_a_mission_to_the_un_is_not_the_un(view):
    v = view("La mission iranienne auprès de l'ONU a qualifié ces accusations de « mensonges ».")
    (speaker,) = speakers(v, "a qualifié")
    assert speaker != v.named("ONU") and speaker.startswith("local:")


def test_a_mission_to_the_un_with_an_emphatic_pronoun(view):
    v = view("La mission iranienne auprès de l'ONU a, elle aussi, qualifié ces accusations de « mensonges ».")
    (speaker,) = speakers(v, "qualifié")
    assert speaker != v.named("ONU") and speaker.startswith("local:")


def test_the_un_itself_still_speaks(view):
    # negative: the organisation named as subject speaks
    v = view("L'ONU a qualifié ces accusations de « mensonges ».")
    assert speakers(v, "a qualifié") == [v.named("ONU")]


def test_an_embassy_in_a_capital_unchanged(view):
    # negative: `à Paris` is where the embassy is, as before
    v = view("L'ambassade russe à Paris a, de son côté, qualifié ces informations de « fausses ».")
    (speaker,) = speakers(v, "qualifié")
    assert speaker != v.entity_of("Paris")


# --- a name before a relative clause holding a quoted word -------------------------------------------------------

def test_a_quoted_word_in_the_relative_is_no_subject(view):
    v = view("Ankara, qui réclamait la « fin » des frappes, a annoncé que des discussions auraient lieu.")
    assert speakers(v, "a annoncé") == [v.named("Ankara")]


def test_a_quoted_plural_in_the_relative_is_no_subject(view):
    v = view("Téhéran, qui dénonce les « provocations » de Washington, a affirmé que la région était menacée.")
    assert speakers(v, "a affirmé") == [v.named("Téhéran")]


def test_a_plain_relative_unchanged(view):
    # negative: without a quote the relative was already read
    v = view("La Roumanie, qui finance une partie du chantier, a critiqué le retard.")
    assert speakers(v, "a critiqué") == [v.named("Roumanie")]


# --- pronouns: the subject of the sentence before -----------------------------------------------------------------

def test_il_is_the_host_not_the_guest(view):
    v = view("Emmanuel Macron a reçu jeudi le chancelier allemand Olaf Scholz à l'Elysée. « Nous devons avancer "
             "ensemble », a-t-il ajouté.")
    assert speakers(v, "a-t-il ajouté") == [v.named("Emmanuel Macron")]


def test_elle_is_the_woman_the_article_marks(view):
    v = view("Le président Emmanuel Macron a reçu la Première ministre italienne Giorgia Meloni à l'Elysée. « Nous "
             "partageons les mêmes priorités », a-t-elle dit.")
    assert speakers(v, "a-t-elle dit") == [v.named("Giorgia Meloni")]


def test_an_inverted_titled_name_after_an_addressee(view):
    v = view("« Nous ne reculerons pas », a dit aux journalistes le ministre de la Défense, Sébastien Lecornu.")
    assert speakers(v, "a dit") == [v.named("Sébastien Lecornu")]
