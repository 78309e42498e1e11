"""The ``newsld`` command: parses arguments, builds the settings once, calls the stages.

Exit codes: 0 success; 1 the graph does not conform to the shapes (nothing published); 2 bad input
(an unreadable article or annotation, a bad option or setting); 3 a runtime failure (store, server,
remote endpoint); 130 interrupted. Errors are one line on stderr (the SHACL report follows a failed build).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from newsld import __version__
from newsld.errors import InputError, NewsldError
from newsld.settings import Settings, load_settings, settings_table

EPILOG = """\
exit codes: 0 success; 1 graph does not conform to the SHACL shapes (nothing published);
            2 bad input (article, annotation, option, setting); 3 runtime failure (store, server, remote);
            130 interrupted.

Settings come from defaults, a TOML file (--config or NEWSLD_CONFIG) and NEWSLD_* environment variables;
`newsld settings` lists them. The published build lives in NEWSLD_DATA_DIR (default ./newsld-data):
dumps in newsld-data/dumps/, the Oxigraph store in newsld-data/store/.
"""


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help="TOML settings file (else NEWSLD_CONFIG)")
    parser.add_argument("--data-dir", type=Path, help="folder of the published build (default: ./newsld-data)")
    parser.add_argument("--base-iri", help="base of minted IRIs (default: http://127.0.0.1:8080)")


def _article_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", help="publication date YYYY[-MM[-DD]] for a file without a ' date ' header")
    parser.add_argument("--language", help="language of a plain text file (default: fr)")


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    from newsld.pipeline import build, build_summary

    result = build(args.articles, settings, out=args.out, published=args.date, language=args.language)
    print(build_summary(result))
    return 0


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    from newsld.dumps import read_rdf_file
    from newsld.validate import validate

    report = validate(read_rdf_file(args.file))
    print(report.text)
    return 0 if report.conforms else 1


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from newsld.pipeline import build, build_summary, needs_build
    from newsld.web.server import serve

    if args.rebuild or needs_build(settings):
        print(build_summary(build(None, settings)), flush=True)
    if not args.wikidata_mirror:
        _announce(settings)
        serve(settings)
        return 0
    from newsld.federation.mirror import start_mirror

    with start_mirror() as endpoint:
        print(f"local Wikidata mirror at {endpoint}: SERVICE <https://query.wikidata.org/sparql> goes there")
        settings = settings.replace(wikidata_endpoint=endpoint)
        _announce(settings)
        serve(settings)
    return 0


def _announce(settings: Settings) -> None:
    print(f"serving {settings.base_iri}/ on {settings.host}:{settings.port} "
          f"(SPARQL: {settings.base_iri}/sparql, dumps: {settings.base_iri}/dumps/); Ctrl-C stops", flush=True)


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from newsld.article import load_article
    from newsld.extract import extract_annotation

    article = load_article(args.article, published=args.date, language=args.language)
    text = extract_annotation(article, settings).to_json()
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"annotation written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    from newsld.extract.evaluate import evaluate_paths

    report = evaluate_paths(args.gold, args.system)
    print(report.render())
    return 0


def cmd_enrich(args: argparse.Namespace, settings: Settings) -> int:
    from newsld.federation.enrich import enrich
    from newsld.pipeline import build_summary, rebuild

    print(enrich(settings, args.qid or None).render())
    if not args.no_rebuild:  # the enrichment reaches the store and dumps only through the validation gate
        print(build_summary(rebuild(settings)))
    return 0


def cmd_kb_refresh(args: argparse.Namespace, settings: Settings) -> int:
    if args.out is None and not args.shipped:
        raise InputError("kb refresh needs --out FILE (or --shipped to rebuild the shipped knowledge base)")
    from newsld.federation.kb_refresh import refresh_knowledge_base

    if args.shipped:
        from newsld.federation.kb_refresh import build_shipped_knowledge_base

        path = build_shipped_knowledge_base(settings, args.out)
    else:
        path = refresh_knowledge_base(settings, args.out, args.qid or None)
    print(f"knowledge base written to {path}")
    return 0


def cmd_mirror(args: argparse.Namespace, settings: Settings) -> int:
    from newsld.federation.mirror import run_mirror

    run_mirror(settings, args.host, args.port)
    return 0


def cmd_settings(args: argparse.Namespace, settings: Settings) -> int:
    print(settings_table())
    print()
    for name, value in vars(settings).items():
        print(f"{name} = {value}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsld",
        description="Publish French news articles as a validated, Wikidata-aligned RDF event graph.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsld {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, handler: Callable[[argparse.Namespace, Settings], int], help_text: str,
            description: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=description, epilog=EPILOG,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        _common(p)
        p.set_defaults(handler=handler)
        return p

    p = add("build", cmd_build, "build, validate and publish the graph of one or more articles",
            "Read the articles (default: the bundled kim-putin-2023-09), use the curated annotation beside each "
            "(<name>.annotation.json) or extract one, map to RDF, validate with SHACL, then publish: dumps "
            "into --out (default: <data-dir>/dumps, i.e. ./newsld-data/dumps) and the Oxigraph store into "
            "<data-dir>/store. A graph that does not conform publishes nothing (exit 1).")
    p.add_argument("articles", nargs="*", type=Path, metavar="ARTICLE", help="article files (default: bundled)")
    p.add_argument("--out", type=Path, help="dumps folder (default: <data-dir>/dumps)")
    _article_options(p)

    p = add("validate", cmd_validate, "validate an RDF file against the SHACL shapes",
            "Validate an RDF file (.trig .nq .ttl .nt .jsonld .rdf) against shapes/; print the report in words. "
            "Exit 0 if it conforms (warnings allowed), 1 if not.")
    p.add_argument("file", type=Path, metavar="FILE")

    p = add("serve", cmd_serve, "serve the SPARQL endpoint, linked-data pages, dumps and query UI",
            "Build the bundled article if nothing is published (or the base IRI changed), then serve it with "
            "granian (one HTTP process per core): /sparql, /id/... and /doc/... pages, /dumps/, the query UI.")
    p.add_argument("--host", help="listen address (default: 127.0.0.1)")
    p.add_argument("--port", type=int, help="listen port (default: 8080)")
    p.add_argument("--workers", type=int, help="query worker processes (default: 4)")
    p.add_argument("--processes", type=int,
                   help="HTTP server processes (default 0: one per core, at most one per two workers)")
    p.add_argument("--rebuild", action="store_true", help="rebuild the bundled article before serving")
    p.add_argument("--wikidata-mirror", action="store_true",
                   help="also start the bundled Wikidata mirror and send Wikidata SERVICE calls to it (offline demo)")

    p = add("extract", cmd_extract, "extract an annotation from an article automatically",
            "Run the French NLP pipeline (spaCy fr_core_news_md + rules) on an article; print the annotation "
            "JSON or write it with -o.")
    p.add_argument("article", type=Path, metavar="ARTICLE")
    p.add_argument("-o", "--output", type=Path, help="write the annotation here instead of stdout")
    _article_options(p)

    p = add("evaluate", cmd_evaluate, "score an automatic annotation against a curated one",
            "Precision, recall and F1 for mentions, links, events, roles, times, statuses and speech acts, with "
            "every miss and false hit. GOLD and SYSTEM are two files, or two folders of *.annotation.json pairs.")
    p.add_argument("--gold", type=Path, required=True)
    p.add_argument("--system", type=Path, required=True)

    p = add("enrich", cmd_enrich, "fetch Wikidata facts for the published graph's linked entities",
            "Fetch labels, descriptions and key facts from the configured Wikidata endpoint into the named graph "
            "{base}/id/graph/wikidata-enrichment; incremental; never needed for a build.")
    p.add_argument("--qid", action="append", help="only this QID (repeatable)")
    p.add_argument("--no-rebuild", action="store_true",
                   help="only fetch; do not rebuild the published graph with the new facts")

    kb = sub.add_parser("kb", help="the entity knowledge base used for linking",
                        description="Manage the entity knowledge base that `extract` links against.")
    kb_sub = kb.add_subparsers(dest="kb_command", metavar="SUBCOMMAND", required=True)
    p = kb_sub.add_parser("refresh", help="rebuild the knowledge base from the Wikidata endpoint",
                          description="Query the configured Wikidata endpoint for labels, aliases and types of "
                          "the verified QIDs and write the knowledge base with its provenance.")
    _common(p)
    p.set_defaults(handler=cmd_kb_refresh)
    p.add_argument("--out", type=Path, help="where to write the knowledge base JSON (required unless --shipped)")
    p.add_argument("--shipped", action="store_true",
                   help="rebuild the shipped knowledge base from the bundled mirror (starts a local mirror)")
    p.add_argument("--qid", action="append", help="only these QIDs (repeatable; default: the verified list)")

    p = add("mirror", cmd_mirror, "serve a local Wikidata mirror for offline federation",
            "Start `oxigraph serve` loaded with the bundled Wikidata-shaped mirror; point "
            "NEWSLD_WIKIDATA_ENDPOINT at the printed URL.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7878)

    add("settings", cmd_settings, "list the settings and their current values",
        "Every setting, its NEWSLD_* environment variable, its default and meaning, then the values in force.")
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    overrides = {name: getattr(args, name, None)
                 for name in ("data_dir", "base_iri", "host", "port", "workers", "processes")}
    return load_settings(config_file=getattr(args, "config", None), **overrides)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args, settings_from(args))
    except NewsldError as err:
        first, _, rest = err.message.partition("\n")
        print(f"newsld {args.command}: error: {first}", file=sys.stderr)
        if rest:
            print(rest, file=sys.stderr)
        return err.exit_code
    except BrokenPipeError:  # the reader went away (`newsld validate FILE | head`): not an error of ours
        sys.stderr.close()
        return 0
    except OSError as err:  # a file or socket the command was pointed at
        where = f"{err.filename}: " if err.filename else ""
        print(f"newsld {args.command}: error: {where}{err.strerror or err}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("newsld: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
