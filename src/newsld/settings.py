"""One frozen settings object, built once and passed down.

Defaults are declared once, in ``FIELDS``; a TOML file and ``NEWSLD_*`` environment variables override
them, in that order. Nothing else in newsld reads ``os.environ``. The same field list documents the README
table and ``newsld --help`` (``settings_table``), and a test fails when a field is undocumented.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from newsld.errors import ConfigError

WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(
        default=Path("newsld-data"),
        metadata={"doc": "Folder for the published build: dumps/ (the dumps) and store/ (the Oxigraph store)."},
    )
    base_iri: str = field(
        default="http://127.0.0.1:8080",
        metadata={"doc": "Base of every IRI the site mints ({base}/id/..., {base}/doc/...); no trailing slash. "
                         "Default: http://HOST:PORT of `newsld serve`."},
    )
    host: str = field(default="127.0.0.1", metadata={"doc": "Address `newsld serve` listens on."})
    port: int = field(default=8080, metadata={"doc": "Port `newsld serve` listens on."})
    workers: int = field(default=4, metadata={"doc": "Query worker processes (each opens the store read-only)."})
    processes: int = field(
        default=0,
        metadata={"doc": "HTTP server processes of `newsld serve`, each with its share of the query workers; "
                         "0: one per CPU core, at most one per two query workers."},
    )
    query_timeout_s: float = field(
        default=30.0, metadata={"doc": "Time limit of one SPARQL query; past it the query is killed (504)."}
    )
    query_memory_mb: int = field(
        default=1024,
        metadata={"doc": "Memory limit of one SPARQL query: what it adds to what its worker holds at rest (the "
                         "worker's copy of the store is not counted); past it the query is killed (503)."},
    )
    query_copy_max_quads: int = field(
        default=500_000,
        metadata={"doc": "Query workers answer from an in-memory copy of the published store when it holds at most "
                         "this many quads (about 40% less CPU per query; each worker holds its copy and makes it "
                         "when it starts); 0: always from the store on disk."},
    )
    max_body_bytes: int = field(
        default=1024 * 1024, metadata={"doc": "Largest request body accepted; larger ones get 413 unread."}
    )
    result_row_limit: int = field(
        default=10000, metadata={"doc": "Most rows (or triples) one query returns; the rest are cut and flagged."}
    )
    wikidata_endpoint: str = field(
        default=WIKIDATA_SPARQL,
        metadata={"doc": "SPARQL endpoint that stands for Wikidata (a local mirror in tests and demos; `offline`: "
                         "answer Wikidata SERVICE clauses from the enrichment graph, no network)."},
    )
    service_allowlist: tuple[str, ...] = field(
        default=(WIKIDATA_SPARQL,),
        metadata={"doc": "SERVICE IRIs a query may name (comma-separated); Wikidata's is sent to wikidata_endpoint."},
    )
    service_timeout_s: float = field(
        default=20.0, metadata={"doc": "Time limit of one outbound call to Wikidata (SERVICE, enrich, kb refresh)."}
    )
    service_row_limit: int = field(
        default=10000, metadata={"doc": "Most rows an outbound SERVICE call may bring back."}
    )
    user_agent: str = field(
        default="newsld/0.1 (https://github.com/newsld/newsld; linked-data publisher for news)",
        metadata={"doc": "User-Agent of outbound calls; Wikidata refuses generic ones."},
    )
    enrichment_max_age_days: float = field(
        default=30.0, metadata={"doc": "`newsld enrich` refetches an entity's facts older than this."}
    )
    enrichment_batch_size: int = field(
        default=50, metadata={"doc": "Entities per VALUES batch in `newsld enrich`."}
    )
    kb_path: Path | None = field(
        default=None, metadata={"doc": "Entity knowledge base used for linking; default: the shipped one."}
    )

    @property
    def dumps_dir(self) -> Path:
        return self.data_dir / "dumps"

    @property
    def store_dir(self) -> Path:
        return self.data_dir / "store"

    def replace(self, **changes: object) -> Settings:
        """A copy with some fields changed (values are coerced like environment values)."""
        return dataclasses.replace(self, **{k: _coerce(k, v) for k, v in changes.items() if v is not None})


FIELDS = {f.name: f for f in dataclasses.fields(Settings)}
ENV_PREFIX = "NEWSLD_"


def _coerce(name: str, value: object) -> object:
    if name not in FIELDS:
        raise ConfigError(f"unknown setting {name!r}")
    kind = FIELDS[name].type
    try:
        if not isinstance(value, str):
            if kind == "tuple[str, ...]" and isinstance(value, list | tuple):
                return tuple(str(v) for v in value)
            if kind in ("Path", "Path | None") and value is not None:
                return Path(value)
            return value
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind in ("Path", "Path | None"):
            return Path(value)
        if kind == "tuple[str, ...]":
            return tuple(v.strip() for v in value.split(",") if v.strip())
        return value
    except ValueError as err:
        raise ConfigError(f"setting {name!r}: cannot read {value!r} as {kind}") from err


def load_settings(
    env: Mapping[str, str] | None = None, config_file: Path | None = None, **overrides: object
) -> Settings:
    """Defaults, then the TOML file (``NEWSLD_CONFIG`` or ``config_file``), then ``NEWSLD_*``, then overrides."""
    env = os.environ if env is None else env
    values: dict[str, object] = {}
    path = config_file or (Path(env[ENV_PREFIX + "CONFIG"]) if env.get(ENV_PREFIX + "CONFIG") else None)
    if path is not None:
        try:
            loaded = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            raise ConfigError(f"{path}: cannot read the settings file: {err}") from err
        values.update({k: _coerce(k, v) for k, v in loaded.items()})
    for name in FIELDS:
        raw = env.get(ENV_PREFIX + name.upper())
        if raw is not None:
            values[name] = _coerce(name, raw)
    values.update({k: _coerce(k, v) for k, v in overrides.items() if v is not None})
    if "base_iri" not in values and ("host" in values or "port" in values):
        # The IRIs a site mints must dereference on that site: by default, where `serve` listens.
        host = str(values.get("host", FIELDS["host"].default))
        values["base_iri"] = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:" \
                             f"{values.get('port', FIELDS['port'].default)}"
    settings = Settings(**values)
    if settings.base_iri.endswith("/"):
        settings = dataclasses.replace(settings, base_iri=settings.base_iri.rstrip("/"))
    return settings


def settings_table() -> str:
    """The settings as a Markdown table: name, environment variable, default, meaning."""
    rows = ["| setting | environment | default | meaning |", "| --- | --- | --- | --- |"]
    for f in FIELDS.values():
        default = ",".join(f.default) if isinstance(f.default, tuple) else f.default
        rows.append(f"| `{f.name}` | `{ENV_PREFIX}{f.name.upper()}` | `{default}` | {f.metadata['doc']} |")
    return "\n".join(rows)
