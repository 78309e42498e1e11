"""Statuses of events from French grammar (round 23): a verb joined by `ni` to a negated verb shares its negation, a
denial that is itself negated (`n'a ni confirmé ni démenti`) says nothing of the act, a denial or a negation of a
noun does not reach an event noun hung on that noun by another preposition than `de` (`a nié toute implication dans
l'attentat`), disputing an act told as a clause denies it (`conteste avoir ordonné`), and an invitation over an
infinitive is an offer until it is accepted. Every sentence is written for this test; each case names its trigger
word and the status the text gives that event, and the negative cases check that a construction that looks alike
keeps its status."""

from __future__ import annotations

import pytest

from .conftest import statuses_in

CASES = [
    # `ni` joins a verb to a negated verb: both are denied
    ("L'usine n'a pas exporté de turbines ni vendu de pièces détachées.", {"vendu": "negated"}),
    ("Le club n'a ni recruté ni licencié d'entraîneur cet été.", {"recruté": "negated", "licencié": "negated"}),
    # a denial joined by `ni` or `ou` to a negated verb: the act is neither denied nor confirmed
    ("Le ministère n'a ni confirmé ni démenti l'attaque contre la raffinerie.", {"attaque": "occurred"}),
    ("L'armée n'a pas confirmé ou démenti le bombardement du port.", {"bombardement": "occurred"}),
    # negatives: a plain denial, a negated verb and a denial joined by `et` still deny
    ("Le ministère a démenti l'attaque contre la raffinerie.", {"attaque": "negated"}),
    ("La société a démenti tout licenciement dans ses usines.", {"licenciement": "negated"}),
    ("Le maire n'a pas inauguré le pont ni visité le chantier.", {"inauguré": "negated"}),
    ("L'entreprise a confirmé la fusion et démenti tout licenciement.", {"fusion": "occurred"}),
    # a denial of a noun does not reach the event noun hung on it by `dans`, `contre`, `pour`
    ("Le gouvernement a nié toute implication dans l'attentat de la gare.", {"attentat": "occurred"}),
    ("Le groupe a démenti toute responsabilité dans l'incendie de l'entrepôt.", {"incendie": "occurred"}),
    ("La milice n'a joué aucun rôle dans l'assassinat du juge.", {"assassinat": "occurred"}),
    ("Le syndicat n'a eu aucune responsabilité dans la grève des cheminots.", {"grève": "occurred"}),
    # negatives: the noun named `de` after a denial, or denied itself, stays denied; `aucun` on the event itself
    ("La police n'a signalé aucune arrestation pendant la manifestation.", {"arrestation": "negated"}),
    ("L'armée n'a mené aucune frappe dans la région.", {"frappe": "negated"}),
    ("La préfecture a démenti toute fermeture de l'aéroport.", {"fermeture": "negated"}),
    ("Le club a démenti l'annulation du match de samedi.", {"annulation": "negated"}),
    ("Aucune manifestation n'a eu lieu devant le ministère.", {"manifestation": "negated"}),
    # disputing an act told as a clause denies it; disputing a noun does not, and a negated dispute admits it
    ("Le syndicat conteste avoir organisé le blocage du port.", {"organisé": "negated"}),
    ("Le ministre réfute que la police ait frappé les manifestants.", {"frappé": "negated"}),
    ("L'opposition conteste les résultats de l'élection présidentielle.", {"élection": "occurred"}),
    ("Le club a contesté la sanction infligée par la ligue.", {"sanction": "occurred"}),
    ("Le syndicat ne conteste pas avoir organisé le blocage du port.", {"organisé": "occurred"}),
    # an invitation over an infinitive is an offer until accepted
    ("Le maire de Lyon a invité son homologue de Turin à visiter la ville.", {"visiter": "proposed"}),
    ("La fédération a convié les joueurs à participer au stage, une invitation qu'ils n'ont pas encore acceptée.",
     {"participer": "proposed"}),
    # negatives: an accepted invitation plans the visit; accepting an invitation plans it
    ("Le maire de Lyon a invité son homologue à visiter la ville, une invitation que celui-ci a acceptée.",
     {"visiter": "planned"}),
    ("Le chanteur a accepté une invitation à participer au festival.", {"participer": "planned"}),
    ("Le maire a accepté de venir à Turin. Son homologue l'avait invité à visiter la ville en juin.",
     {"visiter": "planned"}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_each_event_gets_the_status_its_grammar_gives(nlp, sentence: str, expected: dict[str, str]) -> None:
    assert statuses_in(sentence, *expected) == expected


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Le Kremlin a nié toute implication dans l'attaque contre l'Ukraine.", "attaque", "occurred"),
    ("Moscou n'a ni confirmé ni démenti la frappe.", "frappe", "occurred"),
    ("Emmanuel Macron a invité Xi Jinping à se rendre à Paris.", "rendre", "proposed"),
    ("Kim Jong-un a invité Vladimir Poutine à se rendre à Pyongyang, une invitation que Vladimir Poutine a acceptée.",
     "rendre", "planned"),
    ("L'Iran a démenti toute livraison de missiles à la Russie.", "livraison", "negated"),
    ("Moscou a annulé la visite de Sergueï Lavrov à Pékin.", "visite", "negated"),
])
def test_extracted_event_has_the_status(view, text: str, trigger: str, status: str) -> None:
    events = view(text).events_on(trigger)
    assert events, f"no event on {trigger!r}"
    assert events[0]["status"] == status
