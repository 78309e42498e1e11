"""Events written as an infinitive governed by another verb, and who does them (round 22), on sentences written for
these tests.

- Urging and asking: `presser X de` is a speech act (as `exhorter X à`); a verb of speech in the infinitive a verb
  of urging governs is only asked for (`a exhorté l'Inde à condamner`: no words of India); what one is urged not to
  do is proposed, also where the parse hangs the infinitive on the guillemet before it (`à ne pas « prendre »`);
  `appeler X à y renoncer` (the parse may call the infinitive adverbial) and `a exigé de X qu'elle renonce` (the
  tagger may take `que` for a relative pronoun) are proposals too.
- Persuading: `sans convaincre Pékin`, `a convaincu X de signer` are deeds (the persuaded signing planned), not
  speech and not suspicion; `en est persuadé`, `sont convaincus que` stay beliefs.
- Answering by a deed: `pourrait répondre par un tir de missile`, `a répondu par des sanctions` are acts, and the
  one who answers does the act named after `par`; `a répondu par un communiqué` stays speech.
- Preparing: `préparer une invasion` is work done (the invasion an event of its own), not `se préparer à`, nor
  `préparer le terrain`, nor one's own meeting or journey.
- Giving up a practice (`renoncer à ses provocations`, `à ses programmes nucléaires`) is a deed; giving up one visit
  only negates it.
- Causatives: `Poutine lui a fait visiter le cosmodrome` is a visit by the one made to act, the causer taking part;
  `s'est fait représenter par X` is X's act for the subject.
- A verb of speech urged on a party with its object (`a appelé la Chine à défendre la Charte`) is the stance asked
  of it, an act of the one urged; `servir d'intermédiaire` is a role held, no act.
- `engager X à` (object control without `se`), `est venu presser` (coming to do something: a visit), `a cessé de`
  (halted; `n'a pas cessé de` goes on), `a autorisé l'exportation` (allowed, not done), `s'est dit prêt à` (planned;
  offered when done `avec` the other side or when it is meeting it).
- `sans exclure de nouvelles interpellations` rules an event in, no act of its own; an aim (`veut`, `cherche à`) in
  the quoted words of a speaker of another state than the doer's is that speaker's charge (suspected).
"""

from __future__ import annotations

CHINA, RUSSIA = "Q148", "Q159"


def _doers(v, event: dict) -> set[str]:
    return {e for r, e in v.roles(event) if r in ("agent", "participant")}


def _speech_on(v, word: str) -> list[dict]:
    return [s for s in v.data["speech_acts"] if word in s["trigger"]["text"]]


# --- urging and asking ----------------------------------------------------------------------------------------------

def test_presser_de_is_an_urging_addressed_to_its_object(view):
    v = view("Le chancelier allemand Olaf Scholz a pressé Pékin de cesser ses livraisons de drones à la Russie.")
    assert [s["type"] for s in _speech_on(v, "pressé")] == ["Statement"]
    assert not v.events_on("pressé")


def test_the_object_of_presser_does_the_urged_act(view):
    v = view("Le président français a pressé Xi Jinping d'user de son influence sur Moscou.")
    used = v.event_on("Event", "user")
    assert used["status"] == "proposed"
    assert ("agent", v.named("Xi Jinping")) in v.roles(used)


def test_se_presser_is_no_speech(view):
    v = view("Des centaines de partisans de Donald Trump se pressaient devant le tribunal de Manhattan.")
    assert not _speech_on(v, "press")


def test_an_urged_condemnation_is_not_said_yet(view):
    v = view("Les États-Unis ont exhorté l'Inde à condamner l'invasion russe de l'Ukraine.")
    assert [s["trigger"]["text"] for s in v.data["speech_acts"]] == ["ont exhorté"]


def test_an_urged_stance_is_a_proposed_act_of_the_one_urged(view):
    v = view("Le secrétaire d'État américain a appelé la Chine à défendre la Charte des Nations unies.")
    defence = v.event_on("Event", "défendre")
    assert defence["status"] == "proposed"
    assert ("agent", CHINA) in v.roles(defence)


def test_an_invitation_to_observe_is_no_urged_stance(view):
    v = view("L'OSCE n'avait pas été invitée à observer le scrutin présidentiel au Bélarus.")
    assert not v.events_on("observer")


def test_serving_as_a_go_between_is_no_act_of_its_own(view):
    v = view("Washington soupçonne la Biélorussie de servir d'intermédiaire pour écouler des armes russes.")
    assert not v.events_on("servir")
    assert v.event_on("Event", "écouler")["status"] == "suspected"


def test_a_refused_condemnation_stays_a_negated_speech_act(view):
    v = view("L'Inde a refusé de condamner l'invasion russe de l'Ukraine.")
    refusal = _speech_on(v, "refusé")
    assert refusal and refusal[0]["status"] == "negated"


def test_an_urged_abstention_in_guillemets_is_proposed(view):
    v = view("Paris a exhorté Moscou à ne pas « jouer avec le feu » en mer Noire.")
    played = v.event_on("Event", "jouer")
    assert played["status"] == "proposed"
    assert ("agent", RUSSIA) in v.roles(played)


def test_a_clitic_renunciation_after_a_call_is_proposed(view):
    v = view("La Pologne a dénoncé un contrat d'armement et appelé l'Inde à y renoncer.")
    renounced = v.event_on("Event", "renoncer")
    assert renounced["status"] == "proposed"
    assert ("agent", v.named("Inde")) in v.roles(renounced)


def test_a_demanded_renunciation_of_programmes_is_one_proposed_deed(view):
    v = view("Le Conseil a exigé de la Syrie qu'elle renonce à ses programmes chimiques.")
    renounced = v.event_on("Event", "renonce")
    assert renounced["status"] == "proposed"
    assert not v.events_on("programmes")


# --- persuading -----------------------------------------------------------------------------------------------------

def test_sans_convaincre_is_a_negated_deed_on_the_one_not_won_over(view):
    v = view("Le ministre japonais Yoshimasa Hayashi a défendu le rejet des eaux, sans convaincre Pékin.")
    convinced = v.event_on("Event", "convaincre")
    assert convinced["status"] == "negated"
    assert ("recipient", CHINA) in v.roles(convinced)
    assert ("agent", v.named("Yoshimasa Hayashi")) in v.roles(convinced)
    assert not _speech_on(v, "convaincre")


def test_what_one_is_won_over_to_is_planned_not_suspected(view):
    v = view("La Chine a convaincu la Russie de signer le traité.")
    signing = v.event_on("Agreement", "signer")
    assert signing["status"] == "planned"


def test_a_persuaded_belief_stays_a_suspicion(view):
    v = view("Les Occidentaux sont convaincus que la Chine a livré des armes à la Russie.")
    delivery = v.event_on("Delivery", "livré")
    assert delivery["status"] == "suspected"
    assert _speech_on(v, "convaincus")


# --- answering by a deed --------------------------------------------------------------------------------------------

def test_a_conditional_answer_by_a_strike_is_a_deed(view):
    v = view("Selon l'armée sud-coréenne, la Corée du Nord pourrait répondre par un nouveau tir de missile.")
    answer = v.event_on("Event", "répondre")
    strike = v.event_on("Event", "tir")
    assert answer["status"] == strike["status"] == "hypothetical"
    assert ("agent", v.named("Corée du Nord")) in v.roles(strike)
    assert not _speech_on(v, "répondre")


def test_an_answer_by_a_communique_stays_speech(view):
    v = view("Le Kremlin a répondu par un communiqué.")
    assert _speech_on(v, "répondu")
    assert not v.events_on("répondu")


# --- preparing ------------------------------------------------------------------------------------------------------

def test_a_charged_preparation_is_an_act_beside_what_it_readies(view):
    v = view("Tokyo accuse Pyongyang de préparer un nouvel essai nucléaire.")
    preparing = v.event_on("Event", "préparer")
    assert preparing["status"] == "suspected"
    assert ("agent", v.named("Pyongyang")) in v.roles(preparing)
    assert v.events_on("essai")


def test_preparing_ground_or_oneself_is_no_act(view):
    v = view("La Russie se prépare à une guerre longue. Ces manœuvres préparent le terrain.")
    assert not v.events_on("prépar")


# --- causatives -----------------------------------------------------------------------------------------------------

def test_the_dative_of_faire_visiter_is_the_visitor(view):
    v = view("Xi Jinping est arrivé lundi à Moscou. Vladimir Poutine lui a fait visiter le Kremlin.")
    visit = v.event_on("Visit", "visiter")
    assert ("agent", v.named("Xi Jinping")) in v.roles(visit)
    assert ("participant", v.named("Vladimir Poutine")) in v.roles(visit)


def test_se_faire_representer_par_is_the_deputy_s_act(view):
    v = view("Vladimir Poutine ne s'est pas rendu au sommet et s'est fait représenter par Sergueï Lavrov.")
    stood_in = v.event_on("Event", "représenter")
    assert ("agent", v.named("Sergueï Lavrov")) in v.roles(stood_in)
    assert ("recipient", v.named("Vladimir Poutine")) in v.roles(stood_in)


# --- control, coming, stopping, allowing, readiness -----------------------------------------------------------------

def test_engager_with_an_object_is_object_control(view):
    v = view("L'accord de 1961 engage la Chine à défendre la Corée du Nord en cas d'agression.")
    defence = v.event_on("Event", "défendre")
    assert ("agent", CHINA) in v.roles(defence)
    assert defence["status"] == "hypothetical"


def test_coming_to_urge_is_a_visit(view):
    v = view("Le Premier ministre polonais, Donald Tusk, a été reçu jeudi par Olaf Scholz, qu'il est venu presser de "
             "livrer des missiles à l'Ukraine.")
    assert v.events_on("venu", "Visit")


def test_vient_de_is_no_visit(view):
    v = view("Le chef de la diplomatie chinoise, Wang Yi, vient de signer un accord avec la Russie.")
    assert not v.events_on("vient", "Visit")


def test_what_one_stopped_doing_is_negated_and_what_went_on_occurred(view):
    stopped = view("La Chine a cessé d'importer des produits de la mer japonais.").event_on("Delivery", "importer")
    assert stopped["status"] == "negated"
    went_on = view("Le Japon n'a pas cessé de livrer des armes à l'Ukraine.").event_on("Delivery", "livrer")
    assert went_on["status"] == "occurred"


def test_an_allowed_export_is_hypothetical(view):
    v = view("Tokyo a autorisé l'exportation de missiles Patriot vers les États-Unis.")
    assert v.event_on("Delivery", "exportation")["status"] == "hypothetical"


def test_readiness_said_is_planned_and_offered_with_the_other_side(view):
    planned = view("Moscou se dit prête à livrer des céréales à l'Afrique.")
    assert planned.event_on("Delivery", "livrer")["status"] == "planned"
    offered = view("Xi Jinping s'est dit prêt à élaborer avec Vladimir Poutine un plan de paix.")
    assert offered.event_on("Event", "élaborer")["status"] == "proposed"
    met = view("Kim Jong-un s'est dit prêt à rencontrer le président américain Joe Biden.")
    assert met.event_on("Meeting", "rencontrer")["status"] == "proposed"


# --- ruling out, aims charged by the other side ---------------------------------------------------------------------

def test_not_ruling_out_arrests_is_no_act_of_its_own(view):
    v = view("Le parquet a annoncé deux arrestations, sans exclure de nouvelles interpellations.")
    assert not v.events_on("exclure")


def test_excluding_a_state_from_a_deal_is_an_act(view):
    v = view("La Russie a exclu la Géorgie de l'accord.")
    assert v.events_on("exclu")


def test_an_aim_the_other_side_charges_is_suspected(view):
    v = view("« La Russie veut affamer l'Afrique », a déclaré le ministre ukrainien des Affaires étrangères.")
    assert v.event_on("Event", "affamer")["status"] == "suspected"


def test_an_aim_told_by_the_doer_s_own_side_is_planned(view):
    v = view("« La Chine veut renforcer sa coopération avec la Russie », a déclaré Xi Jinping.")
    assert v.event_on("Event", "renforcer")["status"] == "planned"
    told = view("La Russie veut renforcer ses liens avec l'Afrique.")
    assert told.event_on("Event", "renforcer")["status"] == "planned"
