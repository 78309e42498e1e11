"""Where the project's data files are, in a checkout and in an installed wheel alike.

The wheel carries copies of the top-level ``ontology/``, ``shapes/``, ``articles/`` and ``queries/`` under
``newsld/_data/`` (see ``pyproject.toml``); an editable install or a checkout reads the top-level folders.
"""

from __future__ import annotations

from pathlib import Path

from newsld.errors import ConfigError

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent

BUNDLED_ARTICLE_ID = "kim-putin-2023-09"


def data_folder(name: str) -> Path:
    """The folder ``name`` (ontology, shapes, articles, queries) of the installed package or the checkout."""
    for candidate in (_PACKAGE / "_data" / name, _CHECKOUT / name):
        if candidate.is_dir():
            return candidate
    raise ConfigError(f"newsld's {name}/ folder is missing from the installation")


def package_data(*parts: str) -> Path:
    """A file shipped inside the package (``src/newsld/data/...``)."""
    return _PACKAGE.joinpath("data", *parts)


def ontology_file() -> Path:
    return data_folder("ontology") / "newsld.ttl"


def shapes_file() -> Path:
    return data_folder("shapes") / "newsld-shapes.ttl"


def bundled_article() -> Path:
    return data_folder("articles") / f"{BUNDLED_ARTICLE_ID}.txt"


def annotation_schema_file() -> Path:
    return package_data("annotation.schema.json")


def wikidata_mirror_file() -> Path:
    return package_data("wikidata", "mirror.ttl")


def verified_ids_file() -> Path:
    return package_data("wikidata", "ids.tsv")


def knowledge_base_file() -> Path:
    return package_data("kb.json")
