"""Pages and documents, kept for as long as the published version they were built from.

A published version never changes: a new build publishes a new one. So a page built once from a version (the
article page runs a 2,500-triple CONSTRUCT and lays the text out: hundreds of milliseconds) is the right
answer to every later request for it, until the store points at another version. The cache is keyed by the
version, the document's path and the negotiated format; when the version changes it starts empty. Every
cached answer carries an ``ETag`` naming its version, so a crawler's conditional GET is a 304 with no body.
Only 200 answers are kept (a 404 for an IRI the next build may mint is not).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from flask import Response, current_app, request

from newsld.web.context import site_store

ENTRIES = 512  # pages of one version kept at most (an article page is ~80 KB)
BUDGET_BYTES = 64 * 1024 * 1024  # bodies kept at most, per HTTP process
LARGEST_BYTES = 4 * 1024 * 1024  # a larger body (an entity in thousands of events) is built each time
EXTENSION = "newsld.pages"


@dataclass(frozen=True)
class KeptPage:
    """One answer as it was built: what is sent again while its version lasts."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    etag: str


class PageCache:
    """The answers built from one published version, least recently used dropped first."""

    def __init__(self, entries: int = ENTRIES, budget_bytes: int = BUDGET_BYTES) -> None:
        self.entries = entries
        self.budget_bytes = budget_bytes
        self._version: object = None
        self._kept: OrderedDict[tuple[str, str], KeptPage] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, version: object, key: tuple[str, str]) -> KeptPage | None:
        with self._lock:
            if version != self._version:
                return None
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
            return found

    def put(self, version: object, key: tuple[str, str], kept: KeptPage) -> None:
        with self._lock:
            if version != self._version:
                self._version, self._kept, self._bytes = version, OrderedDict(), 0
            replaced = self._kept.pop(key, None)
            self._bytes += len(kept.body) - (len(replaced.body) if replaced else 0)
            self._kept[key] = kept
            while len(self._kept) > self.entries or self._bytes > self.budget_bytes:
                self._bytes -= len(self._kept.popitem(last=False)[1].body)

    def __len__(self) -> int:
        return len(self._kept)


def page_cache() -> PageCache:
    cache = current_app.extensions.get(EXTENSION)
    if cache is None:  # setdefault: two first requests at once still share one cache
        cache = current_app.extensions.setdefault(EXTENSION, PageCache())
    return cache


def cached(path: str, format_key: str, build: Callable[[], Response]) -> Response:
    """The answer for ``path`` in ``format_key``: kept from an earlier request on this version, or built now."""
    version, key, cache = site_store().version_stamp(), (path, format_key), page_cache()
    kept = cache.get(version, key)
    if kept is None:
        response = build()
        if response.status_code != 200 or response.direct_passthrough:
            return response
        body = response.get_data()
        if len(body) > LARGEST_BYTES:
            return response
        kept = _keep(response, body, version, key)
        cache.put(version, key, kept)
    return _answer(kept)


def _keep(response: Response, body: bytes, version: object, key: tuple[str, str]) -> KeptPage:
    tag = hashlib.blake2b(repr((version, key)).encode() + body, digest_size=12).hexdigest()
    headers = tuple((name, value) for name, value in response.headers.items() if name.lower() != "content-length")
    return KeptPage(response.status_code, headers, body, tag)


def _answer(kept: KeptPage) -> Response:
    response = Response(kept.body, kept.status, headers=list(kept.headers))
    response.set_etag(kept.etag)
    return response.make_conditional(request)
