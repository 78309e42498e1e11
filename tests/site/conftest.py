"""Fixtures of the site tests: the hand-made sample graph published (store and dumps), and an app on it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from newsld.dumps import write_dumps
from newsld.settings import Settings, load_settings
from newsld.store import EmbeddedStore

SITE_BASE = "http://127.0.0.1:8080"
HERE = Path(__file__).resolve().parent


def _load_sample_module():
    """tests/site/sample_graph.py (pytest runs with --import-mode=importlib: no sibling imports)."""
    spec = importlib.util.spec_from_file_location("site_sample_graph", HERE / "sample_graph.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


sample = _load_sample_module()


def publish_sample(data_dir: Path, base: str) -> Settings:
    """The sample published like a build: every graph in the store, the asserted view as its default graph."""
    settings = load_settings(env={}, data_dir=data_dir, base_iri=base)
    dataset = sample.sample_dataset(base)
    view = Graph()
    for triple in dataset.graph(sample.SampleBuilder(base).asserted.identifier):
        view.add(triple)
    EmbeddedStore(settings.store_dir).publish(dataset, view)
    write_dumps(settings.dumps_dir, dataset, view, base=base, report_graph=Graph(),
                report_text="Conforms: True\n", build_info={"built_at": "2026-11-29T06:00:00+00:00",
                                                            "conforms": True})
    return settings


@pytest.fixture(scope="session")
def site_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return publish_sample(tmp_path_factory.mktemp("site"), SITE_BASE)


@pytest.fixture(scope="session")
def app(site_settings: Settings):
    from newsld.web import create_app

    return create_app(site_settings)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def base() -> str:
    return SITE_BASE
