"""The endpoint over the real build of the bundled article (the lead's ``published_settings`` fixture)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.web.conftest import MEETINGS, PREFIXES

from newsld.settings import Settings
from newsld.store import QueryService
from newsld.web import create_app

UNASSERTED_STATUS = """PREFIX nld: <https://w3id.org/newsld/ontology#>
ASK { ?e nld:status ?status FILTER(?status IN (nld:Proposed, nld:Suspected, nld:Hypothetical, nld:Negated)) }"""


@pytest.fixture(scope="module")
def bundled_client(published_settings: Settings) -> Iterator:
    with QueryService.from_settings(published_settings.replace(workers=1)) as service:
        yield create_app(published_settings, query_service=service).test_client()


def test_the_meeting_of_the_article_is_found_with_wikidatas_query(bundled_client) -> None:
    response = bundled_client.get("/sparql", query_string={"query": PREFIXES + MEETINGS})
    rows = {(r["e"]["value"].rsplit("/", 1)[-1], r["when"]["value"])
            for r in response.get_json(force=True)["results"]["bindings"]}
    assert ("e-meeting", "2023-09") in rows


def test_the_default_graph_holds_nothing_unasserted(bundled_client) -> None:
    plain = bundled_client.get("/sparql", query_string={"query": UNASSERTED_STATUS})
    assert plain.get_json(force=True)["boolean"] is False
    in_graphs = UNASSERTED_STATUS.replace("ASK { ", "ASK { GRAPH ?g { ").replace(") }", ") } }")
    named = bundled_client.get("/sparql", query_string={"query": in_graphs})
    assert named.get_json(force=True)["boolean"] is True
