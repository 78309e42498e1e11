"""`newsld kb refresh`: the knowledge base rebuilt from the configured endpoint, with provenance."""

from __future__ import annotations

import json

from newsld.extract.knowledge_base import knowledge_base_from_document
from newsld.federation.kb_refresh import default_qids, refresh_knowledge_base
from newsld.resources import knowledge_base_file


def test_refresh_from_the_mirror_writes_a_knowledge_base_with_provenance(make_settings, scripted_proxy, tmp_path):
    proxy = scripted_proxy()
    settings = make_settings(wikidata_endpoint=proxy.url)
    out = refresh_knowledge_base(settings, tmp_path / "kb.json", ["Q7747", "Q56226", "Q159"])
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "newsld-kb/1"
    assert [e["qid"] for e in document["entities"]] == ["Q159", "Q7747", "Q56226"]
    putin = document["entities"][1]
    assert putin["labels"] == {"en": "Vladimir Putin", "fr": "Vladimir Poutine"}
    assert putin["type"] == "person" and putin["claims"]["P39"] == ["Q218295"]
    provenance = document["provenance"]
    assert provenance["endpoint"] == proxy.url
    assert provenance["retrieved"].endswith("Z")
    assert "VALUES ?item { wd:Q159 wd:Q7747 wd:Q56226 }" in provenance["query_text"]
    assert provenance["user_agent"] == settings.user_agent == proxy.user_agents[0]
    kb = knowledge_base_from_document(document)
    assert kb.get("Q7747").label("fr") == "Vladimir Poutine"


def test_the_shipped_knowledge_base_is_what_refresh_makes_from_the_mirror(make_settings, mirror_endpoint, tmp_path):
    shipped = json.loads(knowledge_base_file().read_text(encoding="utf-8"))
    settings = make_settings(wikidata_endpoint=mirror_endpoint)
    fresh = json.loads(refresh_knowledge_base(settings, tmp_path / "kb.json").read_text(encoding="utf-8"))
    assert fresh["entities"] == shipped["entities"]
    assert shipped["provenance"]["endpoint"].startswith("newsld mirror")
    assert shipped["provenance"]["items"] == len(default_qids())
