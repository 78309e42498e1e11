"""The party a speaker stands for, taken up inside and around the quote (round 28, writer `speakers`).

Sentences written for these tests, on summits, wars, coups and diplomacy outside the gold corpus. A person quoted
speaks for the state or the organisation the article's titles give them (`le Premier ministre arménien`, `le
président de l'Azerbaïdjan`, `le secrétaire général de l'Otan`, `le porte-parole du ministère chinois des Affaires
étrangères`, `son secrétaire général` after the organisation), whether the knowledge base holds the person or not;
their `nous` and `notre pays` are that party, one entity with its other mentions, and a state the knowledge base does
not hold stays one local entity. Former holders, delegations, bystanders and experts speak for no party.
"""

from __future__ import annotations


def local(entity: str | None) -> bool:
    return entity is not None and entity.startswith("local:")


def agents(event) -> set[str]:
    return {r["entity"] for r in event["roles"] if r["role"] == "agent"}


# --- a title with an adjective of nationality: the state, local when the knowledge base does not hold it --------

def test_a_prime_ministers_nous_is_his_state(view):
    v = view("« Nous ne participerons à aucune opération militaire », a déclaré le Premier ministre arménien, "
             "Nikol Pachinian.")
    armenia = v.named("Nous")
    assert local(armenia) and v.entity(armenia)["type"] == "country" and v.entity(armenia)["label"] == "Arménie"


def test_the_state_taken_up_is_the_one_the_article_names(view):
    v = view("Le Kenya enverra mille policiers en Haïti. « Nous tiendrons notre promesse », a affirmé mardi le "
             "président kényan, William Ruto.")
    assert v.named("Nous") == v.named("Kenya")


def test_notre_pays_of_a_minister_is_his_state(view):
    v = view("« Notre pays n'acceptera jamais cette ingérence », a lancé le ministre turc des Affaires étrangères, "
             "Hakan Fidan.")
    turkey = v.named("Notre pays")
    assert local(turkey) and v.entity(turkey)["label"] == "Turquie"


def test_a_state_the_knowledge_base_holds_gets_its_qid(view):
    v = view("« Nous continuerons à défendre notre territoire », a déclaré le chef de la diplomatie ukrainienne, "
             "Dmytro Kouleba.")
    assert v.named("Nous") == "Q212"


def test_an_unnamed_minister_speaks_for_his_state(view):
    v = view("Le ministre iranien des Affaires étrangères a averti que « nous répondrons à toute agression ».")
    assert v.entity(v.named("nous"))["label"] == "Iran"


def test_a_spokesman_of_a_national_ministry_speaks_for_the_state(view):
    v = view("« Nous attendons des actes », a déclaré le porte-parole du ministère chinois des Affaires étrangères, "
             "Wang Wenbin.")
    assert v.named("Nous") == "Q148"


def test_the_events_inside_the_quote_get_the_party(view):
    v = view("« Nous fermerons notre frontière avec le Niger dès lundi », a annoncé le président béninois, "
             "Patrice Talon.")
    benin = v.named("Nous")
    assert v.entity(benin)["label"] == "Bénin"
    assert benin in agents(v.event_on("Event", "fermerons"))


# --- a state or an organisation in the title's complement -------------------------------------------------------

def test_a_state_in_the_title_complement(view):
    v = view("« Nous avons rappelé notre ambassadeur », a déclaré le président de l'Azerbaïdjan, Ilham Aliev.")
    assert v.named("Nous") == v.named("Azerbaïdjan")


def test_an_organisation_head_speaks_for_the_organisation(view):
    v = view("« Nous renforcerons notre présence à l'Est », a assuré le secrétaire général de l'Otan, Mark Rutte.")
    nato = v.named("Nous")
    assert nato == v.named("Otan") and v.entity(nato)["type"] == "organization"


def test_a_take_up_noun_of_the_organisation_named_before(view):
    v = view("Les dirigeants de l'Otan se sont réunis à Vilnius. « Nous avons réaffirmé notre soutien », a déclaré "
             "le secrétaire général de l'organisation, Jens Stoltenberg.")
    assert v.named("Nous") == v.named("Otan")


def test_a_take_up_noun_with_an_accent(view):
    v = view("Le Comité international de la Croix-Rouge a dénoncé les frappes. « Nous demandons un accès aux "
             "blessés », a déclaré le président du comité.")
    assert v.named("Nous") is not None and v.named("Nous") == v.named("Comité international de la Croix-Rouge")


def test_the_president_of_the_commission_speaks_for_the_union(view):
    v = view("« Nous soutenons pleinement la Moldavie », a déclaré la présidente de la Commission européenne, "
             "Ursula von der Leyen.")
    union = v.named("Nous")
    assert local(union) and v.entity(union)["label"] == "Union européenne"
    assert union != v.named("Commission européenne")


def test_a_possessive_title_after_the_organisation(view):
    v = view("L'Otan veut des preuves avant de se prononcer : « Nous n'avons pas d'éléments à ce stade », a indiqué "
             "son secrétaire général, Mark Rutte.")
    assert v.named("Nous") == v.named("Otan")


def test_a_possessive_title_after_a_titled_leader(view):
    v = view("Le président kényan, William Ruto, est arrivé à Nairobi. « Nous avons signé trois accords », a "
             "indiqué son porte-parole.")
    assert v.entity(v.named("Nous"))["label"] == "Kenya"


# --- outside the quote: `son pays` ----------------------------------------------------------------------------

def test_son_pays_of_a_titled_person_the_knowledge_base_does_not_hold(view):
    v = view("Le ministre égyptien des Affaires étrangères, Sameh Choukri, a répondu que son pays n'avait jamais "
             "fermé le point de passage.")
    egypt = v.named("son pays")
    assert local(egypt) and v.entity(egypt)["label"] == "Égypte"


def test_son_pays_before_an_incise(view):
    v = view("Le président argentin, Javier Milei, a quitté le sommet. Son pays ne signera pas la déclaration "
             "finale, a-t-il annoncé.")
    assert v.entity(v.named("Son pays"))["label"] == "Argentine"


def test_son_pays_of_a_pronoun_resolved_later(view):
    v = view("Un porte-parole de la diplomatie chinoise, Lin Jian, a dénoncé ces restrictions. Il a averti que son "
             "pays prendrait des mesures.")
    assert v.named("son pays") == "Q148"


# --- the first person singular of a person the knowledge base does not hold -------------------------------------

def test_je_of_a_named_local_person(view):
    v = view("« Je me rendrai à Pékin le mois prochain », a déclaré le président brésilien, Luiz Inácio Lula da "
             "Silva.")
    assert v.named("Je") == v.named("Luiz Inácio Lula da Silva")


# --- a summons of a chargé d'affaires -----------------------------------------------------------------------------

def test_a_chargé_d_affaires_summoned_is_the_recipient(view):
    v = view("« Nous convoquerons jeudi le chargé d'affaires biélorusse », a déclaré le chef de la diplomatie "
             "polonaise.")
    summons = v.event_on("Event", "convoquerons")
    assert v.named("Nous") in agents(summons)
    assert v.named("le chargé d'affaires biélorusse") in {r["entity"] for r in summons["roles"]
                                                          if r["role"] == "recipient"}


# --- negatives: no party -----------------------------------------------------------------------------------------

def test_a_bystanders_nous_is_nobody(view):
    v = view("« Nous avons vu des colonnes de fumée », a raconté un habitant de Khartoum.")
    assert v.entity_of("Nous") is None


def test_an_experts_nous_is_nobody(view):
    v = view("« Nous craignons une escalade », a estimé un analyste de l'Institut Carnegie.")
    assert v.entity_of("Nous") is None


def test_a_former_holder_speaks_for_no_one(view):
    v = view("« Nous ne nous laisserons pas intimider », a déclaré l'ancien président brésilien Jair Bolsonaro.")
    assert v.entity_of("Nous") is None


def test_the_head_of_a_delegation_speaks_for_the_delegation_not_the_state(view):
    v = view("« Nous sommes satisfaits du résultat », a déclaré le chef de la délégation russe, Vladimir Medinski.")
    assert v.entity_of("Nous") != "Q159"


def test_both_countries_together_are_not_one_party(view):
    v = view("« Nos deux pays ont signé un accord historique », a déclaré le président égyptien, Abdel Fattah "
             "al-Sissi.")
    assert v.entity_of("Nos deux pays") is None and v.entity_of("Nos") is None


def test_a_possessive_title_with_no_party_before_it(view):
    v = view("Le président a rencontré son homologue. « Nous sommes satisfaits », a déclaré son porte-parole.")
    assert v.entity_of("Nous") is None


def test_a_grateful_nous_is_no_event(view):
    v = view("« Nous sommes reconnaissants de la solidarité de nos partenaires », a déclaré le Premier ministre "
             "grec, Kyriakos Mitsotakis.")
    assert v.entity(v.named("Nous"))["label"] == "Grèce"
    assert not v.events_on("reconnaissants")


def test_the_kremlin_spokesmans_nous_keeps_its_convention(view):
    v = view("« Nous espérons que le cessez-le-feu sera respecté », a déclaré le porte-parole du Kremlin, "
             "Dmitri Peskov.")
    assert v.named("Nous") == "Q2060629"
