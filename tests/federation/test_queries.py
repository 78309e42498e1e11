"""The named example queries of ``queries/``: each runs through OUR endpoint and returns its expected rows.

Online: the SERVICE IRI of the real Wikidata is mapped to the mirror (a real ``oxigraph serve`` on loopback)
through the relay. Offline: after ``enrich`` the same query text runs with ``wikidata_endpoint = "offline"``
and no network at all, answered from the enrichment graph, with the same rows.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsld.federation.enrich import enrich
from newsld.federation.service import OFFLINE
from newsld.resources import data_folder
from newsld.settings import Settings
from newsld.store import QueryService

WIKIDATA_SERVICE = "SERVICE <https://query.wikidata.org/sparql>"
WD = "http://www.wikidata.org/entity/"
EVENT = "/id/event/kim-putin-2023-09/"
LOCAL_ONLY = {"unasserted-and-who-says-so"}

# query name -> (the columns compared, the expected rows); IRIs shortened to wd:Q… and ev:…, and
# GROUP_CONCAT columns compared as sets (their order is not defined).
EXPECTED: dict[str, tuple[tuple[str, ...], set[tuple]]] = {
    "putin-met-birth-dates": (
        ("person", "name", "birth", "meeting", "when"),
        {
            ("wd:Q10665", "Kim Jong-il", "1941-02-16T00:00:00Z", "ev:e-meeting-2000", "2000"),
            ("wd:Q56226", "Kim Jong-un", "1984-01-08T00:00:00Z", "ev:e-meeting", "2023-09"),
        },
    ),
    "father-of-the-leader": (
        ("father", "fatherName", "met", "leader", "leaderName", "metAgain"),
        {("wd:Q10665", "Kim Jong-il", "2000", "wd:Q56226", "Kim Jong-un", "2023-09")},
    ),
    "event-places": (
        ("place", "name", "coordinates", "population", "events"),
        {
            ("wd:Q159", "Russie", None, None, "9"),
            ("wd:Q423", "Corée du Nord", None, "26418204", "1"),
            ("wd:Q39420", "Sotchi", "Point(39.72028 43.58528)", "466078", "1"),
            ("wd:Q959", "Vladivostok", "Point(131.9 43.1333)", "600871", "1"),
            ("wd:Q1697", "oblast de Moscou", None, None, "1"),
        },
    ),
    "reacting-countries-capitals": (
        ("country", "countryName", "capital", "capitalName", "statements"),
        {("wd:Q17", "Japon", "wd:Q1490", "Tokyo", "1"), ("wd:Q30", "États-Unis", "wd:Q61", "Washington", "2")},
    ),
    "timeline-with-wikidata-labels": (
        ("event", "when", "kind", "participants"),
        {
            ("ev:e-meeting-2000", "2000", "meeting", frozenset({"Kim Jong-il", "Vladimir Putin"})),
            ("ev:e-kim-trip-2019", "2019", "event", frozenset({"Kim Jong-un"})),
            ("ev:e-meeting", "2023-09", "meeting", frozenset({"Kim Jong-un", "Vladimir Putin"})),
            ("ev:e-banquet", "2023-09", "banquet", frozenset({"Kim Jong-un", "Vladimir Putin"})),
            ("ev:e-gift-glove", "2023-09", "gift", frozenset({"Kim Jong-un", "Vladimir Putin"})),
            ("ev:e-gift-nk-carbine", "2023-09", "gift", frozenset({"Kim Jong-un", "Vladimir Putin"})),
            ("ev:e-gift-russian-carbine", "2023-09", "gift", frozenset({"Kim Jong-un", "Vladimir Putin"})),
            ("ev:e-invitation", "2023-09", "event", frozenset({"Kim Jong-un", "Vladimir Putin"})),
            ("ev:e-acceptance", "2023-09", "event", frozenset({"Kim Jong-un", "Vladimir Putin"})),
            ("ev:e-putin-dacha", "2023-09-14", "event", frozenset({"Vladimir Putin"})),
            ("ev:s-japan-violation-risk", "2023-09-14", "event", frozenset({"Japan"})),
            ("ev:s-kcna-acceptance", "2023-09-14", "event", frozenset({"Korean Central News Agency"})),
            ("ev:s-kcna-invitation", "2023-09-14", "event", frozenset({"Korean Central News Agency"})),
            ("ev:s-kcna-plan-report", "2023-09-14", "event", frozenset({"Korean Central News Agency"})),
            ("ev:e-lukashenko-meeting", "2023-09-15", "meeting", frozenset({"Vladimir Putin", "Alexander Lukashenko"})),
        },
    ),
    "gifts-and-positions": (
        ("gift", "what", "giverName", "giverPositions", "receiverName", "receiverPositions"),
        {
            (
                "ev:e-gift-glove",
                "gant de combinaison spatiale",
                "Vladimir Poutine",
                frozenset({"président de la fédération de Russie"}),
                "Kim Jong-un",
                frozenset({"dirigeant suprême de la Corée du Nord", "secrétaire général du Parti du travail de Corée"}),
            ),
            (
                "ev:e-gift-russian-carbine",
                "carabine de production russe",
                "Vladimir Poutine",
                frozenset({"président de la fédération de Russie"}),
                "Kim Jong-un",
                frozenset({"dirigeant suprême de la Corée du Nord", "secrétaire général du Parti du travail de Corée"}),
            ),
            (
                "ev:e-gift-nk-carbine",
                "carabine fabriquée en Corée du Nord",
                "Kim Jong-un",
                frozenset({"dirigeant suprême de la Corée du Nord", "secrétaire général du Parti du travail de Corée"}),
                "Vladimir Poutine",
                frozenset({"président de la fédération de Russie"}),
            ),
        },
    ),
    "reporters-and-their-kind": (
        ("report", "reporter", "kind"),
        {
            ("ev:s-kcna-acceptance", "wd:Q326804", "agence de presse"),
            ("ev:s-kcna-invitation", "wd:Q326804", "agence de presse"),
            ("ev:s-kcna-plan-report", "wd:Q326804", "agence de presse"),
            ("ev:s-peskov-gifts", "wd:Q4359688", "être humain"),
            ("ev:s-rodong-sinmun", "local:rodong-sinmun", None),
            ("ev:s-russian-agencies", "local:russian-agencies", None),
            ("ev:s-russian-media", "local:russian-media", None),
        },
    ),
    "quoted-people-citizenship": (
        ("person", "name", "country", "positions", "speeches"),
        {
            ("wd:Q7747", "Vladimir Poutine", "Russie", frozenset({"président de la fédération de Russie"}), "3"),
            (
                "wd:Q4359688",
                "Dmitri Peskov",
                "Russie",
                frozenset({"attaché de presse du président de la fédération de Russie"}),
                "2",
            ),
            (
                "wd:Q56226",
                "Kim Jong-un",
                "Corée du Nord",
                frozenset({"dirigeant suprême de la Corée du Nord", "secrétaire général du Parti du travail de Corée"}),
                "2",
            ),
            ("wd:Q311440", "António Guterres", "Portugal", frozenset({"secrétaire général des Nations unies"}), "1"),
            ("wd:Q276275", "Yōko Kamikawa", "Japon", frozenset({"ministre des Affaires étrangères du Japon"}), "1"),
        },
    ),
    "heads-of-state-in-the-news": (
        ("country", "countryName", "head", "headName"),
        {
            ("wd:Q159", "Russie", "wd:Q7747", "Vladimir Poutine"),
            ("wd:Q423", "Corée du Nord", "wd:Q56226", "Kim Jong-un"),
        },
    ),
    "unasserted-and-who-says-so": (
        ("event", "status", "source"),
        {
            ("ev:e-100-year-plan", "Proposed", "wd:Q326804"),
            ("ev:e-spaceflight", "Proposed", "local:russian-agencies"),
            ("ev:e-us-suspected-agreement", "Suspected", "wd:Q30"),
            ("ev:e-us-suspected-deliveries", "Suspected", "wd:Q30"),
            ("ev:e-arms-agreement-unannounced", "Negated", None),
            ("ev:e-first-north-korean-in-orbit", "Hypothetical", None),
            ("ev:e-future-cooperation", "Hypothetical", "wd:Q30"),
            ("ev:e-military-cooperation", "Hypothetical", "wd:Q7747"),
            ("ev:e-munitions-delivery", "Hypothetical", None),
            ("ev:e-russian-victory", "Hypothetical", "wd:Q56226"),
            ("ev:e-sanctions-violation", "Hypothetical", "wd:Q17"),
            ("ev:e-sanctions-violation", "Hypothetical", "wd:Q276275"),
        },
    ),
}
SET_COLUMNS = {"participants": ", ", "giverPositions": " ; ", "receiverPositions": " ; ", "positions": " ; "}


def example_files() -> list[Path]:
    return sorted(data_folder("queries").glob("*.rq"))


def shorten(value: str) -> str:
    if value.startswith(WD):
        return "wd:" + value[len(WD) :]
    if EVENT in value:
        return "ev:" + value.split(EVENT, 1)[1]
    if "/id/entity/kim-putin-2023-09/" in value:
        return "local:" + value.rsplit("/", 1)[1]
    return value.removeprefix("https://w3id.org/newsld/ontology#")


def cell(row: dict, column: str):
    if column not in row:
        return None
    value = shorten(row[column]["value"])
    return frozenset(value.split(SET_COLUMNS[column])) if column in SET_COLUMNS else value


def run(client, query: str) -> list[dict]:
    response = client.post(
        "/sparql",
        data=query.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()["results"]["bindings"]


def rows_of(client, name: str) -> set[tuple]:
    columns, _ = EXPECTED[name]
    query = (data_folder("queries") / f"{name}.rq").read_text(encoding="utf-8")
    return {tuple(cell(row, c) for c in columns) for row in run(client, query)}


@pytest.fixture(scope="module")
def live_client(published_settings: Settings, mirror_endpoint: str) -> Iterator:
    from newsld.web import create_app

    settings = published_settings.replace(wikidata_endpoint=mirror_endpoint, workers=1)
    with QueryService.from_settings(settings) as queries:
        yield create_app(settings, query_service=queries).test_client()


@pytest.fixture(scope="module")
def offline_client(published_settings: Settings, mirror_endpoint: str, tmp_path_factory) -> Iterator:
    """A copy of the published build, enriched from the mirror and rebuilt, served with no Wikidata at all."""
    from newsld.pipeline import build
    from newsld.web import create_app

    data_dir = tmp_path_factory.mktemp("enriched") / "data"
    shutil.copytree(published_settings.data_dir, data_dir)
    online = published_settings.replace(data_dir=data_dir, wikidata_endpoint=mirror_endpoint, workers=1)
    enrich(online)
    build(None, online)
    settings = online.replace(wikidata_endpoint=OFFLINE)
    with QueryService.from_settings(settings) as queries:
        yield create_app(settings, query_service=queries).test_client()


def test_there_are_at_least_eight_named_federated_examples():
    files = example_files()
    federated = [f for f in files if WIKIDATA_SERVICE in f.read_text(encoding="utf-8")]
    assert len(federated) >= 8
    assert {f.stem for f in files} == set(EXPECTED)  # every example is checked below


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.stem)
def test_each_example_has_a_title_and_a_description(path: Path):
    head = path.read_text(encoding="utf-8").splitlines()
    assert head[0].startswith("# title: ") and len(head[0]) > len("# title: ") + 10
    assert head[1].startswith("# description: ") and len(head[1]) > len("# description: ") + 30
    if path.stem not in LOCAL_ONLY:
        assert WIKIDATA_SERVICE in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_through_our_endpoint_with_the_mirror(name, live_client):
    assert rows_of(live_client, name) == EXPECTED[name][1]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_offline_from_the_enrichment_graph(name, offline_client):
    assert rows_of(offline_client, name) == EXPECTED[name][1]


def test_offline_mode_makes_no_connection(offline_client, listener):
    """Offline, even an allowed SERVICE to Wikidata is answered locally; other endpoints are still refused."""
    query = f"SELECT ?b WHERE {{ {WIKIDATA_SERVICE} {{ <{WD}Q7747> <http://www.wikidata.org/prop/direct/P569> ?b }} }}"
    rows = run(offline_client, query)
    assert [r["b"]["value"] for r in rows] == ["1952-10-07T00:00:00Z"]
    response = offline_client.get(
        "/sparql", query_string={"query": f"ASK {{ SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}"}
    )
    assert response.status_code == 400
    assert listener.connections == 0
