"""Who spoke, read across sentences (round 22): a fronted day is no speaker, a pronoun goes on with who spoke or with
the body that was the subject, `ce dernier` / `celui-ci` keep their gender, a leader's role names the one leader named
bare, `son hôte` / `son visiteur` opening a sentence are the parties of the reception told just before, an incise set
inside a clause (`La Chine, a assuré son ministère, ...`), `selon laquelle`, a `selon` phrase that a comma ends, a place
that speaks is the body seated there, a name set off after its subject's title. Sentences written for these tests."""

from __future__ import annotations

import pytest


def speakers(said, text: str, trigger: str) -> list[str]:
    found = said(text)
    return [found.label(a.speaker) for a in found.on(trigger)]


# --- a fronted day or time is when, not who ------------------------------------------------------------------------


@pytest.mark.parametrize("opening", ["Mercredi", "Dimanche soir", "Hier"])
def test_fronted_time_is_no_speaker(said, opening):
    text = (f"Le Nord a envoyé des ballons vers le Sud. {opening}, KCNA avait qualifié les tracts de « saletés », "
            "accusant Séoul de provocation.")
    assert speakers(said, text, "avait qualifié") == ["Agence centrale de presse coréenne"]
    assert speakers(said, text, "accusant") == ["Agence centrale de presse coréenne"]


def test_day_as_only_subject_is_still_read(said):
    # negative: no name after the day, nothing changes (the parser's subject stays the only one)
    text = "Kim Jong-un a supervisé un tir lundi. Mardi, il a menacé Séoul de représailles."
    assert speakers(said, text, "a menacé") == ["Kim Jong-un"]


# --- a pronoun opening its sentence -------------------------------------------------------------------------------


def test_pronoun_goes_on_with_who_spoke_not_with_whom_he_told(said):
    text = ("Antony Blinken a été reçu vendredi à Pékin par Xi Jinping. « Nos pays doivent être des partenaires », a "
            "déclaré le numéro un chinois à son visiteur, selon l'agence Chine nouvelle. Il a toutefois appelé "
            "Washington à ne pas « franchir les lignes rouges ».")
    assert speakers(said, text, "appelé") == ["Xi Jinping"]


def test_pronoun_after_a_sentence_without_speech_keeps_the_subject(said):
    # negative: no act in the sentence before, the subject there is taken as before
    text = "Sergueï Lavrov s'est entretenu mardi avec Wang Yi à Pékin. Il a affirmé que les relations étaient bonnes."
    assert speakers(said, text, "a affirmé") == ["Sergueï Lavrov"]


def test_body_goes_on_past_a_person_named_after_its_verb(said):
    text = "Le Kremlin a annoncé la venue de Kim Jong-un. Il a précisé que la date restait secrète."
    assert speakers(said, text, "a précisé") == ["Administration présidentielle de Russie"]


def test_elle_is_no_man(said):
    text = ("La diplomatie sud-coréenne a convoqué l'ambassadeur russe jeudi. Elle a exigé l'arrêt de la coopération "
            "militaire.")
    assert speakers(said, text, "a exigé") == ["diplomatie sud-coréenne"]


def test_state_the_references_found_for_il(said):
    text = "Le Japon a convoqué l'ambassadeur russe. Il a dénoncé une « violation » de son espace aérien."
    assert speakers(said, text, "a dénoncé") == ["Japon"]


def test_elle_for_a_woman_named_without_civility(said):
    # negative: a woman the article does not mark stays `elle`'s, as before
    text = "Yōko Kamikawa a rencontré Sergueï Lavrov. Elle a dénoncé les livraisons d'armes."
    assert speakers(said, text, "a dénoncé") == ["Yōko Kamikawa"]


# --- `ce dernier`, `celui-ci` ---------------------------------------------------------------------------------------


def test_cette_derniere_is_the_woman(said):
    text = "Mme Kamikawa a téléphoné à Sergueï Lavrov. Cette dernière a dénoncé les livraisons d'armes."
    assert speakers(said, text, "a dénoncé") == ["Yōko Kamikawa"]


def test_ce_dernier_is_the_last_man_named(said):
    text = "Kim Jong-un s'est affiché aux côtés de Vladimir Poutine. Ce dernier a salué « une amitié indéfectible »."
    assert speakers(said, text, "a salué") == ["Vladimir Poutine"]


def test_celui_ci_after_a_leader_named_by_his_role(said):
    text = ("Le président ukrainien, Volodymyr Zelensky, a été reçu mardi par Joe Biden. « Si vous nous lâchez, c'est "
            "Poutine qui gagne », a lancé M. Zelensky devant la presse, aux côtés du dirigeant américain. Celui-ci a "
            "annoncé l'envoi immédiat d'armes.")
    assert speakers(said, text, "a annoncé") == ["Joe Biden"]


def test_leader_role_needs_one_leader_named(said):
    # negatives: a spokesman named is no president; two leaders named bare, French does not say which
    text = ("Le porte-parole du département d'État, Matthew Miller, a critiqué la visite. Le président américain a "
            "pour sa part salué « un dialogue utile ».")
    assert speakers(said, text, "salué") != ["Matthew Miller"]
    text = "Emmanuel Macron a reçu Olaf Scholz à Paris. Le président français a estimé que l'Europe devait s'armer."
    assert speakers(said, text, "a estimé") not in (["Emmanuel Macron"], ["Olaf Scholz"])


def test_leader_titled_with_his_country(said):
    text = ("Le président sud-coréen Yoon Suk Yeol a reçu le Premier ministre japonais Fumio Kishida. Le dirigeant "
            "sud-coréen a salué « une nouvelle ère ».")
    assert speakers(said, text, "a salué") == ["Yoon Suk Yeol"]


# --- the parties of a reception -------------------------------------------------------------------------------------


def test_son_hote_opening_a_sentence(said):
    text = ("Sergueï Lavrov s'est rendu à Pyongyang, où il a été reçu par Kim Jong-un. Son hôte a promis de soutenir "
            "la Russie.")
    assert speakers(said, text, "a promis") == ["Kim Jong-un"]


def test_son_visiteur_and_son_invite_opening_a_sentence(said):
    text = "Kim Jong-un a reçu Sergueï Choïgou jeudi. Son visiteur a salué « une coopération fructueuse »."
    assert speakers(said, text, "a salué") == ["Sergueï Choïgou"]
    text = "Vladimir Poutine a accueilli Xi Jinping au Kremlin. Son invité a souligné l'importance du partenariat."
    assert speakers(said, text, "a souligné") == ["Xi Jinping"]


# --- incises, relatives, `selon` ------------------------------------------------------------------------------------


def test_incise_inside_the_reported_clause(said):
    text = "La Chine, a assuré son ministère des Affaires étrangères, ne livre pas d'armes à la Russie."
    assert speakers(said, text, "a assuré") != ["Chine"]
    text = "Le ministère, a indiqué l'agence KCNA, a dénoncé les manœuvres."
    assert speakers(said, text, "a indiqué") == ["Agence centrale de presse coréenne"]
    assert speakers(said, text, "a dénoncé") == ["Le ministère"]


def test_apposition_set_off_is_no_incise(said):
    # negative: a name or a participle set off between the subject and its verb is no incise
    text = "Le porte-parole du Kremlin, Dmitri Peskov, a balayé ces critiques, jugeant la visite utile."
    assert speakers(said, text, "a balayé") == ["Dmitri Peskov"]


def test_selon_laquelle(said):
    text = ("« Le lanceur a placé le satellite sur son orbite », a rapporté l'agence officielle KCNA, selon laquelle "
            "Kim Jong-un a assisté au tir.")
    assert speakers(said, text, "selon") == ["Agence centrale de presse coréenne"]


def test_selon_phrase_ends_at_its_comma(said):
    text = ("Washington a condamné un lancement qui, selon la Maison Blanche, recourt à des technologies interdites "
            "par le Conseil de sécurité.")
    assert speakers(said, text, "selon") == ["Maison Blanche"]


def test_selon_images_diffusees_par_keeps_its_agent(said):
    # negative: an agent inside the `selon` phrase still speaks
    text = "Trois civils ont été tués, selon des images diffusées par le ministère ukrainien de la Défense."
    assert speakers(said, text, "selon") == ["le ministère ukrainien de la Défense"]


def test_place_that_speaks_is_the_body_seated_there(said):
    text = "Emmanuel Macron a reçu Xi Jinping à l'Élysée. Les deux dirigeants ont parlé de l'Ukraine, selon l'Élysée."
    found = said(text)
    elysee = [a.speaker for a in found.on("selon")]
    assert len(elysee) == 1 and found.label(elysee[0]) == "Élysée"
    assert found.labels[elysee[0]] == "Élysée" and elysee[0] != "local:elysee"  # not the palace received in


def test_name_set_off_after_a_title_speaks(said):
    text = ("« C'est un mensonge », a affirmé Dmitri Peskov, cité par l'agence TASS. L'agence fédérale du transport "
            "aérien, Rosaviatsia, avait fait savoir que l'avion s'était écrasé.")
    assert speakers(said, text, "avait fait savoir") == ["Rosaviatsia"]


def test_lost_subject_of_a_coordinated_verb(said):
    text = ("Lors de la visite de Kim Jong-un en septembre, Vladimir Poutine lui avait fait visiter le cosmodrome et "
            "s'était dit prêt à aider le Nord.")
    assert speakers(said, text, "s'était dit") == ["Vladimir Poutine"]


def test_role_after_a_quote_names_the_compatriot_subject(said):
    text = ("L'ancien président russe Dmitri Medvedev s'en est pris jeudi au Premier ministre japonais, Fumio "
            "Kishida. « Il n'y a que des territoires russes », a écrit sur Telegram le vice-président du Conseil de "
            "sécurité de Russie.")
    assert speakers(said, text, "a écrit") == ["Dmitri Medvedev"]
    # negative: a spokesman speaks for the protagonist, he is not him
    text = ("Fumio Kishida a reçu Xi Jinping. « Nous sommes inquiets », a déclaré le porte-parole du gouvernement "
            "japonais.")
    assert speakers(said, text, "a déclaré") != ["Fumio Kishida"]


def test_son_hote_inverted_after_a_quote(said):
    text = "Sergueï Choïgou a été reçu par Kim Jong-un à Pyongyang. « Nous soutenons la Russie », a déclaré son hôte."
    assert speakers(said, text, "a déclaré") == ["Kim Jong-un"]


def test_office_taken_up_after_its_title(said):
    text = ("Sergueï Lavrov a rencontré le ministre chinois des Affaires étrangères Wang Yi à Pékin. De son côté, le "
            "chef de la diplomatie chinoise a appelé à « la désescalade ».")
    assert speakers(said, text, "a appelé") == ["Wang Yi"]
    # negative: an office is no one named bare (a spokesman is not the guest named before)
    text = "Xi Jinping a reçu Olaf Scholz. Le porte-parole chinois a salué « un dialogue utile »."
    assert speakers(said, text, "a salué") != ["Olaf Scholz"]
