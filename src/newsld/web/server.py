"""The production server: waitress in front of the app, the query workers beside it.

``serve(settings)`` serves what the last build published (it builds nothing: ``newsld serve`` builds first).
``python -m newsld.web.server --port 8081 --data-dir newsld-data ...`` does the same with any setting given
as an option (the test fixtures and the benchmark start the server this way).
"""

from __future__ import annotations

import argparse
import sys

import waitress

from newsld.errors import NewsldError, StoreError
from newsld.settings import FIELDS, Settings, load_settings
from newsld.store import EmbeddedStore, QueryService
from newsld.web import create_app

MIN_THREADS = 8


def server_threads(settings: Settings) -> int:
    """Request threads: enough that page and dump requests flow while every query worker is busy."""
    return max(MIN_THREADS, 4 * settings.workers)


# Request threads mostly wait on sockets and worker pipes; when one wakes up it should get the interpreter
# soon, not after the default 5 ms another thread may hold it for (measured: more queries/s at concurrency 8).
GIL_SWITCH_INTERVAL_S = 0.0005


def serve(settings: Settings) -> None:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    store = EmbeddedStore(settings.store_dir)
    if not store.is_published():
        raise StoreError(f"{settings.store_dir}: nothing is published yet; run `newsld build` first")
    with QueryService.from_settings(settings) as queries:
        app = create_app(settings, store=store, query_service=queries)
        waitress.serve(
            app,
            host=settings.host,
            port=settings.port,
            threads=server_threads(settings),
            max_request_body_size=settings.max_body_bytes,  # waitress answers 413 from Content-Length, unread
            channel_timeout=max(120, int(settings.query_timeout_s) + 30),
            ident="newsld",
            clear_untrusted_proxy_headers=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsld.web.server", description=__doc__)
    for name, field in FIELDS.items():
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, help=field.metadata["doc"])
    options = vars(parser.parse_args(argv))
    try:
        serve(load_settings(**options))
    except NewsldError as err:
        print(f"newsld: {err.message}", file=sys.stderr)
        return err.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
