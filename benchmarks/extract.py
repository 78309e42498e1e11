"""Extraction benchmark: speed and memory over a generated corpus, and quality on the bundled article.

    python benchmarks/extract.py [--count 200] [--json]

Speed is words per CPU second on one core (thread pools pinned to one thread) once the model is loaded (the
model loads once per process), so that other work on the machine does not skew it; wall-clock is shown too;
memory is the process's peak resident set. Quality is the automatic annotation of the bundled article
against the curated one beside it (the figures of issue 4).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):  # one core, before numpy loads
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus.generate import generate  # noqa: E402

from newsld.annotation import curated_annotation_path, load_annotation, parse_annotation  # noqa: E402
from newsld.article import Article, PublicationDate, load_article  # noqa: E402
from newsld.extract import extract_annotation, extract_annotations, extract_document  # noqa: E402
from newsld.extract.evaluate import evaluate_annotations  # noqa: E402
from newsld.extract.nlp import load_nlp  # noqa: E402
from newsld.resources import bundled_article  # noqa: E402
from newsld.settings import load_settings  # noqa: E402

TARGETS = {"entity_links": 0.95, "events": 0.85, "roles": 0.80, "speech_acts": 0.90}


def speed(count: int, repeat: int) -> dict[str, float]:
    settings = load_settings(env={})
    started = time.perf_counter()
    load_nlp()
    load_seconds = time.perf_counter() - started
    corpus = [Article(aid, text, "fr", PublicationDate.parse("2024-03-14", aid), aid + ".txt")
              for aid, text in generate(count)]
    extract_document(corpus[0], settings)  # warm the caches (knowledge base, alias index)
    words = sum(len(re.findall(r"\w+", a.text)) for a in corpus)
    runs, single = [], []
    for _ in range(repeat):  # the best of a few runs: other work on a shared machine only ever slows one down
        started, cpu_started = time.perf_counter(), time.process_time()
        for _annotation in extract_annotations(corpus, settings):  # a corpus: texts parsed in batches
            pass
        runs.append((time.process_time() - cpu_started, time.perf_counter() - started))
        cpu_started = time.process_time()
        for article in corpus:  # one article at a time, as `newsld extract` does
            parse_annotation(extract_document(article, settings), article)
        single.append(time.process_time() - cpu_started)
    cpu_seconds, seconds = min(runs)
    return {"articles": len(corpus), "runs": repeat, "words": words, "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu_seconds, 2),
            "words_per_second": round(words / cpu_seconds), "words_per_wall_second": round(words / seconds),
            "words_per_second_one_by_one": round(words / min(single)),
            "model_load_seconds": round(load_seconds, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def quality() -> dict[str, object]:
    article = load_article(bundled_article())
    curated = curated_annotation_path(bundled_article())
    report = evaluate_annotations(load_annotation(curated, article),
                                  extract_annotation(article, load_settings(env={})))
    figures = {name: round(report.scores[name].f1, 3) for name in report.scores}
    return {"f1": figures, "time_accuracy": round(report.time_accuracy, 3), "wrong_qids": len(report.wrong_qids),
            "report": report.render()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="runs over the corpus; the best one counts")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = {"speed": speed(args.count, args.repeat), "quality": quality()}
    if args.json:
        figures["quality"].pop("report")
        print(json.dumps(figures, indent=2))
        return
    s, q = figures["speed"], figures["quality"]
    print(f"speed: {s['words_per_second']} words per CPU second on one core ({s['words_per_wall_second']} per wall "
          f"second; {s['words_per_second_one_by_one']} one article at a time), best of {s['runs']} runs over "
          f"{s['articles']} articles ({s['words']} words, {s['cpu_seconds']} s CPU, {s['seconds']} s wall; "
          f"model load {s['model_load_seconds']} s once); peak memory {s['peak_rss_mb']} MB")
    print(f"quality on the bundled article: {q['f1']}, time accuracy {q['time_accuracy']}, "
          f"wrong QIDs {q['wrong_qids']}")
    for name, target in TARGETS.items():
        print(f"  {name}: {q['f1'][name]} (target {target}) {'ok' if q['f1'][name] >= target else 'BELOW'}")
    print(f"  time accuracy: {q['time_accuracy']} (target 0.95) {'ok' if q['time_accuracy'] >= 0.95 else 'BELOW'}")


if __name__ == "__main__":
    main()
