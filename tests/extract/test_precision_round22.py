"""Round 22, precision: constructions of French that look like events and are not, or not of the class they look.

- A verb of giving whose object is no thing handed over (`offrir une occasion`, `donner l'ordre`, `donner le coup
  d'envoi`, `fournir des efforts`, `envoyer un signal`, `un message clair`, `recevoir le soutien de`, `présenter ses
  condoléances`) is a figure of speech or words said: no Gift, no Delivery.
- What is handed over decides the class: a text (`remettre une lettre`, `recevoir un message`) is delivered, weapons
  received are delivered, a thing paid for (`en échange de`) is traded; a note of protest is a speech act.
- Receiving a person is a meeting, also `M. X` (the honorific heads the name), a partitive group (`des
  représentants de`) and the one a relative `que` stands for.
- A verb of meeting needs someone met (`a rencontré des difficultés`, `a retrouvé son calme`, `a accueilli
  favorablement la proposition`); hosting a summit makes the summit the meeting, its host the agent.
- Figures and stances read as deeds: `signer son retour`, `rompre le silence`, `arriver au sommet du pouvoir`,
  `fermer la porte à`, `servir d'intermédiaire`, `assumer la responsabilité`, `n'a pas exclu de nouvelles
  arrestations`, `sans nommer la Chine`, `le Kremlin a raillé`, `pourrait profiter de`, a protest lodged (`a
  adressé une protestation à`), a text that forbids, a failing sanctioned, a kind defined (`Un mémorandum n'est
  pas un contrat`), `lors de la cérémonie` after the act it is the occasion of.
Each test has the construction and a control that must not change.
"""

from __future__ import annotations


def _types_on(v, word: str) -> list[str]:
    return [e["type"] for e in v.events_on(word)]


# --- verbs of giving with no thing given ------------------------------------------------------------------------

def test_a_chance_or_a_stage_offered_is_no_gift(view):
    v = view("Le sommet de Pékin a offert une tribune à Vladimir Poutine.")
    assert not v.events("Gift")
    v = view("Cette crise offre à Pékin l'occasion de renforcer son influence.")
    assert not v.events("Gift")


def test_a_present_offered_stays_a_gift(view):
    v = view("Kim Jong-un a offert deux chiens à Vladimir Poutine.")
    gift = v.event_on("Gift", "offert")
    assert {("agent", v.named("Kim Jong-un")), ("recipient", v.named("Vladimir Poutine"))} <= v.roles(gift)


def test_an_order_a_start_or_a_push_given_is_no_gift(view):
    for text in ("Xi Jinping a donné l'ordre aux troupes de se retirer.",
                 "Le Premier ministre japonais a donné lundi le coup d'envoi des négociations.",
                 "L'accord donne un nouvel élan à la coopération entre Moscou et Pékin.",
                 "La Russie a donné des gages à la Chine."):
        assert not view(text).events("Gift"), text


def test_money_given_stays_a_gift(view):
    v = view("Le Japon a donné 10 millions de dollars à l'Ukraine.")
    assert v.event_on("Gift", "donné")


def test_efforts_and_a_frame_supplied_are_no_delivery(view):
    assert not view("Pékin a fourni des efforts considérables pour contenir l'épidémie.").events("Delivery")
    assert not view("La Chine a fourni un cadre pour les discussions.").events("Delivery")
    assert view("La Chine a fourni des drones à la Russie.").event_on("Delivery", "fourni")


def test_a_signal_or_a_clear_message_sent_is_no_delivery(view):
    assert not view("Moscou a envoyé un signal fort à Washington.").events("Delivery")
    assert not view("Le Kremlin a envoyé un message clair à l'Occident.").events("Delivery")


def test_condolences_presented_or_offered_are_no_act(view):
    v = view("Vladimir Poutine a présenté ses condoléances à la famille de la victime.")
    assert not v.events_on("présenté")
    v = view("Le président Emmanuel Macron a offert ses condoléances au peuple japonais.")
    assert not v.events("Gift")


def test_backing_received_is_no_gift(view):
    v = view("Le président ukrainien Volodymyr Zelensky a reçu le soutien de l'Union européenne.")
    assert not v.events("Gift")


def test_lessons_to_receive_from_no_one_are_no_gift(view):
    v = view("La Biélorussie n'a de leçons à recevoir de personne, a déclaré Dmitri Peskov.")
    assert not v.events("Gift")


# --- what is handed over decides the class ----------------------------------------------------------------------

def test_a_letter_received_is_delivered(view):
    v = view("Le président russe a reçu une lettre de Kim Jong-un.")
    delivery = v.event_on("Delivery", "reçu")
    assert {("recipient", "Q7747"), ("agent", v.named("Kim Jong-un"))} <= v.roles(delivery) or (
        ("agent", v.named("Kim Jong-un")) in v.roles(delivery))
    assert not v.events("Gift")


def test_a_message_handed_over_is_delivered_a_medal_is_a_gift(view):
    v = view("Sergueï Choïgou a remis à Kim Jong-un un message de Vladimir Poutine.")
    assert v.event_on("Delivery", "remis") and not v.events("Gift")
    v = view("Vladimir Poutine a remis une médaille à Alexandre Loukachenko.")
    assert v.event_on("Gift", "remis")


def test_a_note_of_protest_handed_over_is_no_transfer(view):
    v = view("L'ambassadeur japonais a remis une note diplomatique au ministère chinois.")
    assert not v.events("Gift") and not v.events("Delivery")


def test_shells_received_are_delivered(view):
    v = view("La Corée du Nord a reçu des obus de la Russie.")
    delivery = v.event_on("Delivery", "reçu")
    assert ("agent", v.named("Russie")) in v.roles(delivery)
    assert not v.events("Gift")


def test_money_received_in_exchange_is_traded_not_given(view):
    v = view("Le diplomate Ivan Sokolov aurait reçu des milliers de dollars en échange de documents secrets.")
    assert not v.events("Gift")


# --- receiving people is meeting them ---------------------------------------------------------------------------

def test_people_received_after_a_partitive_are_met(view):
    v = view("Le président Emmanuel Macron, qui avait reçu mardi des représentants de l'opposition, a parlé.")
    assert not v.events("Gift")
    assert v.event_on("Meeting", "reçu")


def test_the_one_a_relative_que_stands_for_is_met(view):
    v = view("Sergueï Lavrov s'est entretenu avec son homologue Wang Yi, qu'il avait reçu à Moscou en mars.")
    received = v.event_on("Meeting", "reçu")
    assert ("participant", v.named("Wang Yi")) in v.roles(received)
    assert not v.events("Gift")


def test_a_guest_after_an_honorific_is_met(view):
    v = view("Wang Yi est arrivé à Paris. M. Wang doit être reçu jeudi par le président Emmanuel Macron.")
    assert v.event_on("Meeting", "reçu")
    assert not v.events("Gift")


# --- verbs of meeting with no one met ---------------------------------------------------------------------------

def test_difficulties_met_and_calm_regained_are_no_meeting(view):
    assert not view("Le gouvernement japonais a rencontré des difficultés pour appliquer la réforme."
                    ).events("Meeting")
    assert not view("La Corée du Nord a retrouvé son calme après les tirs.").events("Meeting")
    assert view("Le président chinois a rencontré Vladimir Poutine à Moscou.").event_on("Meeting", "rencontré")


def test_a_proposal_welcomed_is_no_meeting_a_guest_welcomed_is(view):
    assert not view("Emmanuel Macron a accueilli favorablement la proposition chinoise.").events("Meeting")
    assert not view("La proposition a été accueillie avec prudence par Washington.").events("Meeting")
    assert view("Xi Jinping a accueilli Tô Lâm lundi à Pékin.").event_on("Meeting", "accueilli")


def test_hosting_a_summit_makes_the_summit_the_meeting(view):
    v = view("La Chine accueillera le prochain sommet en 2025.")
    summit = v.event_on("Meeting", "sommet")
    assert ("agent", v.named("Chine")) in v.roles(summit)
    assert not v.events_on("accueillera")


# --- figures of speech and stances read as deeds ----------------------------------------------------------------

def test_a_comeback_or_a_win_signed_is_no_agreement(view):
    assert not view("Le Japon a signé son retour sur la scène internationale.").events("Agreement")
    assert not view("L'Iran a signé une victoire diplomatique à Vienne.").events("Agreement")
    v = view("Le Japon et le Vietnam ont signé mardi une dizaine d'accords.")
    assert v.event_on("Agreement", "signé")


def test_silence_broken_is_no_break_with_a_party(view):
    assert not view("Le président sud-coréen Yoon Suk Yeol a rompu le silence mardi.").events_on("rompu")
    assert view("La Lituanie a rompu ses liens avec la Biélorussie.").events_on("rompu")


def test_arriving_at_the_top_of_power_is_no_visit(view):
    v = view("Kim Jong-un est arrivé au sommet du pouvoir en 2011.")
    assert not v.events("Visit")
    assert view("Kim Jong-un est arrivé mardi à Vladivostok.").event_on("Visit", "arrivé")


def test_a_door_closed_and_a_role_served_are_no_deeds(view):
    v = view("La Russie a fermé la porte à toute négociation avec Kiev.")
    assert not v.events_on("fermé")
    v = view("Washington soupçonne Minsk de servir d'intermédiaire pour vendre des armes russes.")
    assert not v.events_on("servir")
    assert v.event_on("Delivery", "vendre")


def test_blame_assumed_and_arrests_not_ruled_out_are_no_deeds(view):
    v = view("« Le Japon assume l'entière responsabilité de cette provocation », a affirmé le ministère russe.")
    assert not v.events_on("assume")
    assert not view("Le parquet allemand n'a pas exclu de nouvelles arrestations.").events_on("exclu")


def test_naming_a_state_is_no_appointment(view):
    assert not view("Le ministre a parlé sans jamais nommer la Chine.").events_on("nommer")
    v = view("Vladimir Poutine a nommé Andreï Belooussov ministre de la Défense.")
    assert ("agent", v.named("Vladimir Poutine")) in v.roles(v.event_on("Event", "nommé"))


def test_mockery_and_gain_are_no_deeds(view):
    assert not view("Le Kremlin a raillé la visite de Volodymyr Zelensky à Washington.").events_on("raillé")
    assert not view("La Russie pourrait profiter de cette pause pour se réarmer.").events_on("profiter")


def test_a_protest_lodged_is_speech_not_an_event(view):
    assert not view("Le Japon a adressé une protestation officielle à la Chine.").events_on("protestation")
    assert not view("Séoul a élevé une vive protestation auprès de Pékin.").events_on("élevé")


def test_a_text_that_forbids_does_not_act(view):
    v = view("La Russie a ratifié le traité. Le traité interdit déjà de placer des armes nucléaires en orbite.")
    assert not v.events("Sanction")


def test_a_failing_sanctioned_is_no_sanction_a_company_sanctioned_is(view):
    v = view("Les électeurs sud-coréens avaient sanctionné l'échec du gouvernement.")
    assert not v.events("Sanction")
    v = view("Les États-Unis ont sanctionné trois entreprises chinoises.")
    assert v.event_on("Sanction", "sanctionné")


def test_a_kind_defined_is_no_event(view):
    v = view("Gazprom a signé mardi un mémorandum avec la Chine. « Un mémorandum n'est pas un contrat », a estimé "
             "le chercheur Ivan Petrov.")
    assert _types_on(v, "mémorandum") == [] or all(e["trigger"]["start"] < 40 for e in v.events_on("mémorandum"))
    assert v.event_on("Agreement", "signé")


def test_the_ceremony_of_a_signing_is_the_signing_again(view):
    v = view("Le Japon et le Vietnam ont signé mardi un accord. « C'est un tournant », a déclaré le ministre "
             "vietnamien, Nguyen Van Binh, lors de la cérémonie.")
    assert not v.events_on("cérémonie")
    v = view("Le Japon et le Vietnam ont signé mardi un accord. Une cérémonie avec le Laos a eu lieu ensuite.")
    assert v.events_on("cérémonie")  # (an indefinite ceremony with a party of its own is another act)


def test_rescuers_dispatched_are_help_delivered_troops_are_not(view):
    v = view("La Chine a dépêché 80 secouristes en Birmanie.")
    assert ("agent", v.named("Chine")) in v.roles(v.event_on("Delivery", "dépêché"))
    v = view("La Russie a envoyé des milliers de soldats en Ukraine.")
    assert not v.events("Delivery")


def test_a_verb_that_reports_a_quote_is_no_deed(view):
    v = view("Xi Jinping a présidé le défilé à Pékin. « L'humanité doit choisir entre la paix et la guerre », a lancé "
             "M. Xi dans un discours, avant le passage de missiles intercontinentaux.")
    assert not v.events_on("lancé")
    assert view("La Corée du Nord a lancé mardi deux missiles balistiques.").event_on("Event", "lancé")


def test_a_meal_given_is_a_banquet_a_status_given_is_no_present(view):
    v = view("Vladimir Poutine a offert un dîner à Kim Jong-un.")
    assert v.event_on("Banquet", "offert") and not v.events("Gift")
    v = view("La Russie a offert l'asile à l'ancien président syrien Bachar al-Assad.")
    assert not v.events("Gift")
    assert ("recipient", v.named("Bachar al-Assad")) in v.roles(v.event_on("Event", "offert"))


def test_one_s_own_account_delivered_is_no_delivery(view):
    assert not view("La Russie a livré sa version des faits.").events("Delivery")
    assert view("La Russie a livré une version modernisée du char T-90 à l'Inde.").event_on("Delivery", "livré")


def test_the_top_of_the_state_is_no_summit(view):
    assert not view("Le président Xi Jinping est au sommet de l'État chinois depuis 2012.").events("Meeting")
    assert view("Xi Jinping a participé au sommet du G20 à Rio.").events("Meeting")


def test_se_rendre_in_its_locutions_is_no_trip(view):
    assert not view("Vladimir Poutine s'est rendu compte de l'ampleur de la crise.").events("Visit")
    assert not view("Le Japon a dû se rendre à l'évidence après l'échec des négociations.").events("Visit")
    assert not view("Le président Ilham Aliev s'est rendu coupable de corruption.").events("Visit")
    assert view("Vladimir Poutine s'est rendu mardi à Pékin.").event_on("Visit", "rendu")


def test_surrendering_to_the_authorities_is_no_trip(view):
    v = view("Le chef rebelle Joseph Kony s'est rendu aux autorités ougandaises.")
    assert not v.events("Visit")
    assert v.event_on("Event", "rendu")
