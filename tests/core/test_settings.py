"""Settings: one object, defaults overridden by a file then NEWSLD_* variables, and all documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsld.errors import ConfigError
from newsld.settings import FIELDS, load_settings, settings_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_environment_overrides_defaults_and_coerces_types() -> None:
    settings = load_settings(env={"NEWSLD_PORT": "9000", "NEWSLD_QUERY_TIMEOUT_S": "2.5",
                                  "NEWSLD_SERVICE_ALLOWLIST": "http://a.test/sparql, http://b.test/sparql",
                                  "NEWSLD_BASE_IRI": "http://example.org/news/"})
    assert settings.port == 9000
    assert settings.query_timeout_s == 2.5
    assert settings.service_allowlist == ("http://a.test/sparql", "http://b.test/sparql")
    assert settings.base_iri == "http://example.org/news"


def test_file_then_environment_then_overrides(tmp_path: Path) -> None:
    config = tmp_path / "newsld.toml"
    config.write_text('port = 7000\nworkers = 4\nwikidata_endpoint = "http://127.0.0.1:1/sparql"\n')
    settings = load_settings(env={"NEWSLD_CONFIG": str(config), "NEWSLD_WORKERS": "3"}, host="0.0.0.0")
    assert (settings.port, settings.workers, settings.host) == (7000, 3, "0.0.0.0")
    assert settings.wikidata_endpoint == "http://127.0.0.1:1/sparql"


@pytest.mark.parametrize(("env", "message"), [
    ({"NEWSLD_PORT": "eighty"}, "port"),
    ({"NEWSLD_CONFIG": "/nonexistent/newsld.toml"}, "cannot read"),
])
def test_bad_settings_are_config_errors(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(env=env)


def test_unknown_setting_in_file_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "newsld.toml"
    config.write_text("colour = 'blue'\n")
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        load_settings(env={}, config_file=config)


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    assert settings_table() in readme, "README settings table is stale: paste newsld.settings.settings_table()"
    for name in FIELDS:
        assert f"NEWSLD_{name.upper()}" in readme


def test_base_iri_follows_where_serve_listens_unless_given() -> None:
    assert load_settings(env={}, port=9001).base_iri == "http://127.0.0.1:9001"
    assert load_settings(env={"NEWSLD_HOST": "0.0.0.0", "NEWSLD_PORT": "80"}).base_iri == "http://127.0.0.1:80"
    assert load_settings(env={"NEWSLD_BASE_IRI": "https://news.example.org"}, port=9001).base_iri == \
        "https://news.example.org"
    assert load_settings(env={}).base_iri == "http://127.0.0.1:8080"
