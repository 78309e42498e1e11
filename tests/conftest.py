"""Fixtures shared by every test folder: settings that never read the environment, and a real build."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsld.settings import Settings, load_settings

TEST_BASE_IRI = "http://127.0.0.1:8080"


@pytest.fixture
def make_settings(tmp_path: Path):
    """Settings for a test: defaults plus overrides, a private data folder, never the caller's environment."""

    def make(**overrides: object) -> Settings:
        overrides.setdefault("data_dir", tmp_path / "data")
        overrides.setdefault("base_iri", TEST_BASE_IRI)
        return load_settings(env={}, **overrides)

    return make


@pytest.fixture(scope="session")
def published_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The bundled article built, validated and published (dumps and store) into a temporary folder.

    Read-only for tests: copy it (or build again) before changing anything.
    """
    from newsld.pipeline import build

    settings = load_settings(env={}, data_dir=tmp_path_factory.mktemp("published"), base_iri=TEST_BASE_IRI)
    build(None, settings)
    return settings
