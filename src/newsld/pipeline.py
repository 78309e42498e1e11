"""The build: article files -> annotations -> one validated dataset -> dumps and store.

Only this module (with the CLI and the web layer) composes the stages. Nothing is published unless the
whole dataset conforms to the shapes: a failing build leaves the last good dumps and store as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.compare import to_canonical_graph

from newsld import __version__
from newsld.annotation import Annotation, curated_annotation_path, load_annotation
from newsld.article import Article, load_article
from newsld.dumps import read_manifest, write_dumps
from newsld.errors import ConfigError, ValidationFailed
from newsld.iris import Minter
from newsld.mapping import assemble_dataset, asserted_view, map_annotation
from newsld.resources import bundled_article, ontology_file
from newsld.settings import Settings
from newsld.store import EmbeddedStore
from newsld.validate import Report, validate


@dataclass(frozen=True)
class AnnotatedArticle:
    article: Article
    annotation: Annotation
    annotation_source: str  # the curated file's path, or "automatic"
    path: str  # the article file, absolute, so that a later rebuild finds it


@dataclass(frozen=True)
class BuildResult:
    articles: tuple[AnnotatedArticle, ...]
    report: Report
    dataset: Dataset
    view: Graph
    written: tuple[Path, ...] = field(default=())

    @property
    def published(self) -> bool:
        return bool(self.written)


@cache
def load_ontology() -> Graph:
    """The ontology, with blank nodes named canonically so that the dumps stay byte-identical."""
    graph = Graph()
    graph.parse(ontology_file(), format="turtle")
    return to_canonical_graph(graph)


def annotate(path: Path, settings: Settings, *, published: str | None = None,
             language: str | None = None) -> AnnotatedArticle:
    """Load an article and its annotation: the curated one beside it if there is one, else extract one."""
    article = load_article(path, published=published, language=language)
    curated = curated_annotation_path(path)
    if curated.exists():
        return AnnotatedArticle(article, load_annotation(curated, article), str(curated.resolve()), str(path.resolve()))
    from newsld.extract import extract_annotation  # spaCy loads only when a build needs it

    return AnnotatedArticle(article, extract_annotation(article, settings), "automatic", str(path.resolve()))


def _extra_graphs(settings: Settings) -> list[Graph]:
    """Wikidata facts fetched by `newsld enrich`, if any: they ride along with every build."""
    from newsld.federation.enrich import load_enrichment

    enrichment = load_enrichment(settings)
    return [enrichment] if enrichment is not None and len(enrichment) else []


def assemble(annotated: Sequence[AnnotatedArticle], settings: Settings) -> tuple[Dataset, Graph]:
    minter = Minter(settings.base_iri)
    ids = [a.article.id for a in annotated]
    if len(set(ids)) != len(ids):
        raise ConfigError(f"two articles have the same id: {sorted({i for i in ids if ids.count(i) > 1})}")
    mapped = [map_annotation(a.article, a.annotation, minter) for a in annotated]
    dataset = assemble_dataset(mapped, load_ontology(), _extra_graphs(settings))
    return dataset, asserted_view(dataset, minter, ids)


def build(paths: Sequence[Path] | None, settings: Settings, *, out: Path | None = None,
          published: str | None = None, language: str | None = None, publish_store: bool = True) -> BuildResult:
    """Build, validate and publish; raise ValidationFailed (with the report) and publish nothing if it fails."""
    paths = list(paths) if paths else [bundled_article()]
    annotated = tuple(annotate(Path(p), settings, published=published, language=language) for p in paths)
    return publish(annotated, settings, out=out, publish_store=publish_store)


def rebuild(settings: Settings) -> BuildResult:
    """Build again the articles of the last good build (e.g. to take in new enrichment); else the bundled one."""
    manifest = read_manifest(settings.dumps_dir)
    entries = manifest.get("articles", []) if manifest else []
    if not entries:
        return build(None, settings)
    annotated = tuple(annotate(Path(e["path"]), settings, published=e["published"], language=e["language"])
                      for e in entries)
    return publish(annotated, settings)


def publish(annotated: Sequence[AnnotatedArticle], settings: Settings, *, out: Path | None = None,
            publish_store: bool = True) -> BuildResult:
    """Map, validate, then publish store and dumps: nothing at all unless the whole dataset conforms."""
    dataset, view = assemble(annotated, settings)
    report = validate(dataset)
    if not report.conforms:
        raise ValidationFailed(f"the graph does not conform to the shapes ({report.violations} violation(s)); "
                               f"nothing was published\n{report.text}")
    info = {
        "newsld_version": __version__,
        "built_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "articles": [{"id": a.article.id, "source": a.article.source, "path": a.path,
                      "published": a.article.published.value, "language": a.article.language,
                      "annotation": a.annotation_source, "annotator": a.annotation.kind} for a in annotated],
        "conforms": True,
        "violations": report.violations,
        "warnings": report.warnings,
    }
    if publish_store:
        EmbeddedStore(settings.store_dir).publish(dataset, view)
    written = write_dumps(out or settings.dumps_dir, dataset, view, base=settings.base_iri,
                          report_graph=report.graph, report_text=report.text, build_info=info)
    return BuildResult(tuple(annotated), report, dataset, view, tuple(written))


def needs_build(settings: Settings) -> bool:
    """True when there is no published build, or it was minted under another base IRI."""
    manifest = read_manifest(settings.dumps_dir)
    if manifest is None or manifest.get("base_iri") != settings.base_iri:
        return True
    return not EmbeddedStore(settings.store_dir).is_published()


def build_summary(result: BuildResult) -> str:
    lines = [f"built {len(result.articles)} article(s): "
             + ", ".join(f"{a.article.id} ({a.annotation.kind})" for a in result.articles),
             f"  {sum(1 for _ in result.dataset.quads())} quads in all graphs, "
             f"{len(result.view)} triples in the asserted view",
             f"  SHACL: conforms, {result.report.warnings} warning(s)"]
    if result.written:
        lines.append(f"  dumps written to {result.written[0].parent}")
    return "\n".join(lines)

