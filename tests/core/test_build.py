"""The build end to end: conforming dumps that parse everywhere, the Wikidata view, determinism, the gate."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from newsld.cli import main
from newsld.dumps import DUMP_FORMATS, read_manifest
from newsld.resources import bundled_article
from newsld.settings import Settings

PREFIXES = """
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX nld: <https://w3id.org/newsld/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def parse_dump(path: Path) -> Dataset:
    fmt = next(f for f in DUMP_FORMATS if f.name == path.name.removesuffix(".gz"))
    data = path.read_bytes()
    dataset = Dataset()
    dataset.parse(data=gzip.decompress(data) if path.suffix == ".gz" else data, format=fmt.rdflib_format)
    return dataset


@pytest.fixture(scope="module")
def dumps(published_settings: Settings) -> Path:
    return published_settings.dumps_dir


@pytest.fixture(scope="module")
def asserted(dumps: Path) -> Graph:
    return Graph().parse(dumps / "newsld.ttl", format="turtle")


@pytest.fixture(scope="module")
def everything(dumps: Path) -> Dataset:
    return parse_dump(dumps / "newsld.nq")


def test_build_conforms_and_writes_every_dump(dumps: Path) -> None:
    manifest = read_manifest(dumps)
    assert manifest is not None and manifest["conforms"] is True
    for fmt in DUMP_FORMATS:
        assert (dumps / fmt.name).stat().st_size > 0
        assert gzip.decompress((dumps / f"{fmt.name}.gz").read_bytes()) == (dumps / fmt.name).read_bytes()
    for name in ("void.ttl", "shacl-report.ttl", "shacl-report.txt"):
        assert (dumps / name).exists()


def test_dumps_parse_back_to_equal_counts(dumps: Path) -> None:
    manifest = read_manifest(dumps)
    quads = {name: sum(1 for _ in parse_dump(dumps / name).quads()) for name in ("newsld.trig", "newsld.nq",
                                                                                 "newsld.jsonld")}
    assert len(set(quads.values())) == 1, quads
    triples = {name: len(Graph().parse(dumps / name, format=f)) for name, f in (("newsld.ttl", "turtle"),
                                                                                 ("newsld.nt", "nt"))}
    assert len(set(triples.values())) == 1, triples
    assert manifest["files"]["newsld.nq"]["triples"] == quads["newsld.nq"]
    assert manifest["files"]["newsld.ttl"]["triples"] == triples["newsld.ttl"]
    assert quads["newsld.nq"] > triples["newsld.ttl"] > 500


@pytest.mark.parametrize(("name", "syntax"), [("newsld.ttl", "turtle"), ("newsld.nt", "ntriples")])
def test_independent_parser_rapper_agrees(dumps: Path, name: str, syntax: str) -> None:
    if shutil.which("rapper") is None:
        pytest.skip("rapper (Debian raptor2-utils) is not installed; .ci/run installs it")
    done = subprocess.run(["rapper", "-i", syntax, "-c", str(dumps / name)], capture_output=True, text=True,
                          check=True)
    counted = int(re.search(r"returned (\d+) triples", done.stderr).group(1))
    assert counted == len(Graph().parse(dumps / name, format="turtle" if syntax == "turtle" else "nt"))


def test_meeting_found_in_wikidata_vocabulary(asserted: Graph) -> None:
    rows = asserted.query(PREFIXES + """
        SELECT ?e ?when WHERE { ?e wdt:P31 wd:Q2761147 ; wdt:P710 wd:Q7747, wd:Q56226 ; wdt:P585 ?when }""")
    assert any(str(when).startswith("2023-09") for _, when in rows)


def test_gifts_with_giver_and_receiver(asserted: Graph) -> None:
    rows = {(str(g).rsplit("/", 1)[1], str(r).rsplit("/", 1)[1]) for g, r in asserted.query(PREFIXES + """
        SELECT ?giver ?receiver WHERE { ?e wdt:P31 wd:Q184303 ; nld:agent ?giver ; nld:recipient ?receiver }""")}
    assert {("Q7747", "Q56226"), ("Q56226", "Q7747")} <= rows
    count = asserted.query(PREFIXES + "SELECT (COUNT(?e) AS ?n) WHERE { ?e wdt:P31 wd:Q184303 }")
    assert int(next(iter(count))[0]) >= 3


def test_planned_sochi_meeting_on_15_september(asserted: Graph) -> None:
    assert asserted.query(PREFIXES + """
        ASK { ?e wdt:P31 wd:Q2761147 ; wdt:P710 wd:Q2866, wd:Q7747 ; wdt:P276 wd:Q39420 ;
                 wdt:P585 "2023-09-15"^^xsd:date ; nld:status nld:Planned }""").askAnswer


SUSPECTED_DELIVERIES = PREFIXES + """
    SELECT ?e ?who WHERE { ?e wdt:P710 wd:Q423, wd:Q159 ; nld:status nld:Suspected ; nld:accordingTo ?who }"""


def test_suspected_arms_deliveries_are_out_of_the_asserted_view(asserted: Graph, everything: Dataset) -> None:
    assert not list(asserted.query(SUSPECTED_DELIVERIES))
    union = Graph()
    for s, p, o, _ in everything.quads():
        union.add((s, p, o))
    rows = list(union.query(SUSPECTED_DELIVERIES))
    assert rows and {str(who) for _, who in rows} == {"http://www.wikidata.org/entity/Q30"}


def test_same_input_gives_byte_identical_sorted_nquads(tmp_path: Path, dumps: Path) -> None:
    assert main(["build", "--data-dir", str(tmp_path / "data")]) == 0
    for name in ("newsld.nq", "newsld.nt", "newsld.nq.gz", "newsld.nt.gz"):
        assert (tmp_path / "data" / "dumps" / name).read_bytes() == (dumps / name).read_bytes()
    lines = (dumps / "newsld.nq").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)


def _break_meeting_roles(annotation: dict) -> None:
    next(e for e in annotation["events"] if e["type"] == "Meeting")["roles"] = []


def _break_suspected_source(annotation: dict) -> None:
    next(e for e in annotation["events"] if e["status"] == "suspected")["according_to"] = []


def _published_copy(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The bundled article and its curated annotation copied to ``tmp_path`` and built once: (article, annotation,
    data dir)."""
    source = bundled_article()
    article = tmp_path / source.name
    shutil.copy(source, article)
    annotation_path = article.with_name(article.stem + ".annotation.json")
    shutil.copy(source.with_name(source.stem + ".annotation.json"), annotation_path)
    data_dir = tmp_path / "data"
    assert main(["build", str(article), "--data-dir", str(data_dir)]) == 0
    return article, annotation_path, data_dir


def _dumps(data_dir: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (data_dir / "dumps").iterdir()}


@pytest.mark.parametrize("breakage", [_break_meeting_roles, _break_suspected_source])
def test_a_failing_build_publishes_nothing_and_keeps_the_last_good_dumps(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], breakage) -> None:
    article, annotation_path, data_dir = _published_copy(tmp_path)
    before = _dumps(data_dir)
    store_before = sorted(p.name for p in (data_dir / "store").iterdir())
    capsys.readouterr()

    annotation = json.loads(annotation_path.read_text(encoding="utf-8"))
    breakage(annotation)
    annotation_path.write_text(json.dumps(annotation, ensure_ascii=False), encoding="utf-8")
    code = main(["build", str(article), "--data-dir", str(data_dir)])
    err = capsys.readouterr().err

    assert code == 1
    assert "does not conform" in err and "Violation" in err
    assert _dumps(data_dir) == before
    assert sorted(p.name for p in (data_dir / "store").iterdir()) == store_before


def test_an_extractor_that_breaks_publishes_nothing_and_keeps_the_last_good_dumps(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import newsld.extract

    article, annotation_path, data_dir = _published_copy(tmp_path)
    before = _dumps(data_dir)
    capsys.readouterr()

    def broken_rule(article, settings):
        raise IndexError("list index out of range")

    annotation_path.unlink()  # no curated annotation: the build extracts one, and a rule breaks
    monkeypatch.setattr(newsld.extract, "build_annotation", broken_rule)
    code = main(["build", str(article), "--data-dir", str(data_dir)])
    err = capsys.readouterr().err

    assert code == 3
    assert f"automatic extraction failed on {article.name}: IndexError" in err and "Traceback" not in err
    assert _dumps(data_dir) == before
