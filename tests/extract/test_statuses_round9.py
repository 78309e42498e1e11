"""Statuses of events from French grammar (round 9): aims, efforts and readiness over an infinitive, announced and
considered acts named by a noun, plans carried by a relative clause, the denial carried by an adjective of
impossibility or a veto, and the scope of negation across clauses. Every sentence is written for this test, on
topics beyond the gold corpus; each case names its trigger word and the status the text gives that event, and the
negative cases check that a cue elsewhere in the sentence does not reach an event told as a fact."""

from __future__ import annotations

import pytest

from .conftest import statuses_in

CASES = [
    # an effort or aim over an infinitive is meant, not done; the verb of the effort is a fact
    ("L'Indonésie cherche à diversifier ses fournisseurs de riz.", {"diversifier": "planned"}),
    ("La compagnie s'efforce de rétablir les liaisons avec les îles.", {"rétablir": "planned"}),
    # readiness over an infinitive or over a noun
    ("Le Kenya est prêt à accueillir la mission de police.", {"accueillir": "planned"}),
    ("Les grévistes se disent prêts au dialogue avec la direction.", {"dialogue": "planned"}),
    # considering an act, over an infinitive or a noun
    ("Bruxelles envisage de relever les droits sur l'acier chinois.", {"relever": "planned"}),
    ("Le club envisage un recours devant le tribunal arbitral.", {"recours": "planned"}),
    # an announced act still to come, but an announced resignation has happened
    ("La Banque mondiale a annoncé l'octroi d'un prêt de 300 millions au Malawi.", {"octroi": "planned"}),
    ("Le maire de Naples a annoncé sa démission vendredi.", {"démission": "occurred", "annoncé": "occurred"}),
    # a relative clause that plans carrying the act out plans its noun
    ("Les législatives, qui doivent se tenir en octobre, inquiètent les observateurs.", {"législatives": "planned"}),
    # an adjective of impossibility denies the act; negated, it leaves it open
    ("Les inondations rendent impossible toute reprise des cours cette semaine.", {"reprise": "negated"}),
    ("Selon les médiateurs, une trêve est désormais impossible.", {"trêve": "negated"}),
    ("Une reprise des vols n'est pas exclue avant la fin du mois.", {"reprise": "hypothetical"}),
    # what a veto is put to, or what is prevented, does not happen
    ("La Chine a opposé son veto à l'adoption de la résolution sur le Soudan.", {"adoption": "negated"}),
    ("Le brouillard a empêché les hélicoptères d'atteindre le refuge.", {"atteindre": "negated"}),
    # ... but a prevention denied lets it happen
    ("La pluie n'a pas empêché la tenue du marathon de Berlin.", {"tenue": "occurred"}),
    # a conjunct clause with its own subject keeps its own status
    ("Le ministre n'a pas commenté le rapport, mais il doit recevoir les syndicats jeudi.",
     {"commenté": "negated", "recevoir": "planned"}),
    # a reporting incise after a negated quote does not pass the negation to what it reports
    ("« Ce n'est pas une victoire », a estimé l'économiste, jugeant que la banque pourrait relever ses taux.",
     {"relever": "hypothetical"}),
    # an apposition tells a fact apart from the negation of its clause
    ("Le montant, objet de discussions depuis des mois, n'a pas été dévoilé.", {"discussions": "occurred"}),
    # a past fact stays a fact beside a likelihood or a plan elsewhere in the sentence
    ("Le cyclone a détruit trois villages et la reconstruction devrait durer des années.",
     {"détruit": "occurred"}),
    ("La ministre, qui a visité le port lundi, doit signer un accord de pêche.",
     {"visité": "occurred", "signer": "planned"}),
    # the background effort of another fact is under way
    ("La sonde a atterri, alors que l'agence cherche à développer ses missions lunaires.",
     {"atterri": "occurred", "développer": "occurred"}),
    # a refusal denies the act it governs as an infinitive, not the noun it turns down
    ("Le club a refusé de prolonger le contrat de son entraîneur.", {"prolonger": "negated"}),
    ("Le ministre a refusé l'invitation du roi du Maroc.", {"invitation": "occurred"}),
    # a subject that says no one, with `ne`; someone is someone
    ("Personne n'a revendiqué l'incendie de la préfecture.", {"revendiqué": "negated"}),
    ("Aucun pays n'a signé la déclaration finale du forum.", {"signé": "negated"}),
    ("Une personne a été blessée lors de l'incendie du dépôt.", {"blessée": "occurred"}),
    # what one urges not to do is asked for; a wish over a noun or an infinitive is proposed
    ("L'ONG a exhorté les touristes à ne pas visiter la zone.", {"visiter": "proposed"}),
    ("Le syndicat souhaite une hausse des salaires dans la fonction publique.", {"hausse": "proposed"}),
    # ... while a will over an infinitive is an aim
    ("Le gouvernement veut réduire le nombre de fonctionnaires.", {"réduire": "planned"}),
    # future, future passive and conditionals
    ("Les blessés seront transférés vers Lyon dans la nuit.", {"transférés": "planned"}),
    ("Les travaux pourraient reprendre au printemps.", {"reprendre": "hypothetical"}),
    ("Le suspect aurait franchi la frontière dimanche, selon la police.", {"franchi": "hypothetical"}),
    # a suspicion in a participle
    ("L'ancien trésorier, soupçonné d'avoir détourné des fonds, a été interpellé.",
     {"détourné": "suspected", "interpellé": "occurred"}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_each_event_gets_the_status_its_grammar_gives(nlp, sentence: str, expected: dict[str, str]) -> None:
    assert statuses_in(sentence, *expected) == expected
