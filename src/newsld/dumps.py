"""Write a validated dataset as downloadable dumps, atomically.

Every file is written beside its final name under a temporary name, then all are renamed into place, so a
reader (or a crash) never sees a half-written dump, and a failed build never touches the published ones.
N-Quads and N-Triples are sorted, and gzip files carry no timestamp, so the same graph gives the same bytes.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax import SAXException

from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF

from newsld.errors import InputError, StoreError
from newsld.vocab import PREFIXES, VOID


@dataclass(frozen=True)
class DumpFormat:
    name: str  # file name in the dumps folder
    rdflib_format: str
    media_type: str
    scope: str  # "dataset": every named graph; "asserted": the asserted default view
    description: str


DUMP_FORMATS: tuple[DumpFormat, ...] = (
    DumpFormat("newsld.trig", "trig", "application/trig", "dataset", "Every named graph, TriG"),
    DumpFormat("newsld.nq", "nquads", "application/n-quads", "dataset", "Every named graph, N-Quads (sorted)"),
    DumpFormat("newsld.jsonld", "json-ld", "application/ld+json", "dataset", "Every named graph, JSON-LD"),
    DumpFormat("newsld.ttl", "turtle", "text/turtle", "asserted", "The asserted view, Turtle"),
    DumpFormat("newsld.nt", "nt", "application/n-triples", "asserted", "The asserted view, N-Triples (sorted)"),
)
VOID_FILE = "void.ttl"
REPORT_TTL = "shacl-report.ttl"
REPORT_TXT = "shacl-report.txt"
MANIFEST = "manifest.json"


def jsonld_context() -> dict[str, str]:
    """The readable @context of the JSON-LD dump: our prefixes, nothing fetched from the web."""
    return dict(sorted(PREFIXES.items()))


def _sorted_lines(text: str) -> bytes:
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return ("\n".join(lines) + "\n").encode("utf-8")


def serialize(graph: Graph | Dataset, fmt: DumpFormat) -> bytes:
    if fmt.rdflib_format in ("nquads", "nt"):
        return _sorted_lines(graph.serialize(format=fmt.rdflib_format))
    if fmt.rdflib_format == "json-ld":
        return graph.serialize(format="json-ld", context=jsonld_context(), indent=1).encode("utf-8")
    return graph.serialize(format=fmt.rdflib_format).encode("utf-8")


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def void_description(dataset: Dataset, view: Graph, base: str, triple_counts: dict[str, int]) -> Graph:
    """VoID and DCAT: what the dataset is, how big, which vocabularies, where the dumps and endpoint are."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("foaf", FOAF)
    ds = URIRef(f"{base}/id/dataset/newsld")
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title, Literal("newsld: news events as linked data", lang="en")))
    g.add((ds, DCTERMS.description, Literal(
        "Events, people, places, quotes and sources extracted from news articles, aligned with Wikidata.",
        lang="en")))
    g.add((ds, VOID.triples, Literal(len(view), datatype=XSD.integer)))
    g.add((ds, VOID.sparqlEndpoint, URIRef(f"{base}/sparql")))
    g.add((ds, FOAF.homepage, URIRef(f"{base}/")))
    g.add((ds, VOID.uriSpace, Literal(f"{base}/id/")))
    for prefix in ("nld", "wdt", "nif", "itsrdf", "gaf", "schema", "prov"):
        g.add((ds, VOID.vocabulary, URIRef(PREFIXES[prefix])))
    for graph in sorted(dataset.graphs(), key=lambda x: str(x.identifier)):
        if len(graph) and isinstance(graph.identifier, URIRef):
            key = hashlib.sha1(str(graph.identifier).encode()).hexdigest()[:12]
            subset = URIRef(f"{base}/id/dataset/newsld/graph/{key}")
            g.add((ds, VOID.subset, subset))
            g.add((subset, RDF.type, VOID.Dataset))
            g.add((subset, DCTERMS.source, graph.identifier))
            g.add((subset, VOID.triples, Literal(len(graph), datatype=XSD.integer)))
    for fmt in DUMP_FORMATS:
        for name, media in ((fmt.name, fmt.media_type), (fmt.name + ".gz", "application/gzip")):
            url = URIRef(f"{base}/dumps/{name}")
            g.add((ds, VOID.dataDump, url))
            g.add((ds, DCAT.distribution, url))
            g.add((url, RDF.type, DCAT.Distribution))
            g.add((url, DCAT.downloadURL, url))
            g.add((url, DCAT.mediaType, Literal(media)))
            g.add((url, DCTERMS.description, Literal(fmt.description, lang="en")))
            g.add((url, VOID.triples, Literal(triple_counts[fmt.name], datatype=XSD.integer)))
    return g


def _atomic_write_all(folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    temporary: list[tuple[Path, Path]] = []
    try:
        for name, data in files.items():
            tmp = folder / f".{name}.tmp-{os.getpid()}"
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            temporary.append((tmp, folder / name))
        # Manifest last: a reader that sees the new manifest sees every new file.
        temporary.sort(key=lambda pair: pair[1].name == MANIFEST)
        for tmp, final in temporary:
            os.replace(tmp, final)
    except OSError as err:
        raise StoreError(f"{folder}: cannot write the dumps: {err.strerror or err}") from err
    finally:
        for tmp, _ in temporary:
            tmp.unlink(missing_ok=True)


def write_dumps(
    folder: Path,
    dataset: Dataset,
    view: Graph,
    *,
    base: str,
    report_graph: Graph,
    report_text: str,
    build_info: dict[str, object],
) -> list[Path]:
    """Serialise, gzip and atomically publish every dump, the VoID description and the SHACL report."""
    files: dict[str, bytes] = {}
    size = {"dataset": sum(1 for _ in dataset.quads()), "asserted": len(view)}
    counts: dict[str, int] = {}
    for fmt in DUMP_FORMATS:
        counts[fmt.name] = size[fmt.scope]
        files[fmt.name] = serialize(dataset if fmt.scope == "dataset" else view, fmt)
        files[fmt.name + ".gz"] = gzip_bytes(files[fmt.name])
    files[VOID_FILE] = void_description(dataset, view, base, counts).serialize(format="turtle").encode("utf-8")
    files[REPORT_TTL] = report_graph.serialize(format="turtle").encode("utf-8")
    files[REPORT_TXT] = report_text.encode("utf-8")
    manifest = {
        **build_info,
        "base_iri": base,
        "files": {
            name: {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(), "triples": counts.get(name)}
            for name, data in files.items()
        },
    }
    files[MANIFEST] = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    _atomic_write_all(folder, files)
    return [folder / name for name in files]


def read_manifest(folder: Path) -> dict[str, object] | None:
    """The manifest of the last good build in ``folder``, or None if there is none."""
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def dump_names() -> Iterable[str]:
    for fmt in DUMP_FORMATS:
        yield fmt.name
        yield fmt.name + ".gz"


__all__: list[str] = ["DUMP_FORMATS", "dump_names", "jsonld_context", "read_manifest", "write_dumps"]


READABLE_FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld",
                    ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".xml": "xml"}


def read_rdf_file(path: Path) -> Dataset:
    """Parse an RDF file (format from its extension; ``.gz`` allowed) into a Dataset, for `newsld validate`."""
    suffixes = [s.lower() for s in path.suffixes]
    compressed = bool(suffixes) and suffixes[-1] == ".gz"
    extension = suffixes[-2] if compressed and len(suffixes) > 1 else (suffixes[-1] if suffixes else "")
    fmt = READABLE_FORMATS.get(extension)
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format {extension or '(no extension)'}; "
                         f"use one of {', '.join(sorted(READABLE_FORMATS))}")
    try:
        raw = path.read_bytes()
        data = gzip.decompress(raw) if compressed else raw
        dataset = Dataset()
        dataset.parse(data=data, format=fmt, publicID=path.resolve().as_uri())
    except FileNotFoundError as err:
        raise InputError(f"{path}: no such file") from err
    except (OSError, ValueError, SyntaxError, SAXException) as err:
        detail = " ".join(line.strip() for line in str(err).splitlines()[:2]) or type(err).__name__
        raise InputError(f"{path}: cannot parse as {fmt}: {detail}") from err
    return dataset
