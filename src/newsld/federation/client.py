"""The one way newsld talks to Wikidata (or whatever stands for it): SPARQLWrapper, politely.

Every call carries the descriptive User-Agent from the settings (Wikidata refuses generic ones), a time limit,
and retries 429 and 5xx answers with exponential backoff, honouring ``Retry-After`` -- within a total time
budget, so that a Wikidata that is down gives a clear :class:`~newsld.errors.RemoteError`, never a hang.
"""

from __future__ import annotations

import email.utils
import json
import time
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from newsld.errors import RemoteError
from newsld.settings import Settings

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
# SPARQLWrapper turns these statuses into its own exceptions and drops the response; the original
# urllib HTTPError survives as the exception's __context__, which is where Retry-After is read from.
_WRAPPED_STATUS = {
    "QueryBadFormed": 400,
    "Unauthorized": 401,
    "EndPointNotFound": 404,
    "URITooLong": 414,
    "EndPointInternalError": 500,
}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    first_delay_s: float = 1.0
    max_delay_s: float = 60.0
    budget_s: float = 300.0  # total time across attempts and waits

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before the next attempt: the server's Retry-After if given, else 1, 2, 4, ... s."""
        wanted = retry_after if retry_after is not None else self.first_delay_s * 2 ** (attempt - 1)
        return min(max(wanted, 0.0), self.max_delay_s)


@dataclass
class SparqlClient:
    """SELECT queries against one endpoint, with User-Agent, timeout and retries."""

    endpoint: str
    user_agent: str
    timeout_s: float
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    sleep: Callable[[float], None] = time.sleep
    requests_made: int = 0

    @classmethod
    def for_settings(cls, settings: Settings, endpoint: str | None = None, **kwargs: object) -> SparqlClient:
        return cls(
            endpoint=endpoint or settings.wikidata_endpoint,
            user_agent=settings.user_agent,
            timeout_s=settings.service_timeout_s,
            **kwargs,  # type: ignore[arg-type]
        )

    def select(self, query: str) -> dict:
        """The SPARQL JSON results of a SELECT query, as a dict."""
        body = self.select_raw(query)
        try:
            return json.loads(body)
        except ValueError as err:
            raise RemoteError(f"{self.endpoint} answered something that is not SPARQL JSON results") from err

    def select_raw(self, query: str) -> bytes:
        """The raw ``application/sparql-results+json`` body of a SELECT query."""
        deadline = time.monotonic() + self.retry.budget_s
        attempt = 0
        while True:
            attempt += 1
            failure = self._attempt(query)
            if isinstance(failure, bytes):
                return failure
            status, retry_after, message = failure
            wait = self.retry.delay(attempt, retry_after)
            if status not in RETRYABLE_STATUS or attempt >= self.retry.attempts:
                raise RemoteError(message)
            if time.monotonic() + wait > deadline:
                raise RemoteError(f"{message} (gave up: retrying would exceed {self.retry.budget_s:g} s)")
            self.sleep(wait)

    def _wrapper(self, query: str) -> SPARQLWrapper:
        sparql = SPARQLWrapper(self.endpoint, agent=self.user_agent, returnFormat=JSON)
        sparql.setMethod(POST)  # long VALUES batches do not fit in a URL
        sparql.setQuery(query)
        sparql.timeout = self.timeout_s  # setTimeout() would round to whole seconds
        return sparql

    def _attempt(self, query: str) -> bytes | tuple[int | None, float | None, str]:
        """The body on success; else (HTTP status or None, Retry-After seconds or None, message)."""
        self.requests_made += 1
        where = f"SPARQL endpoint {self.endpoint}"
        try:
            response = self._wrapper(query).query().response
            return response.read()
        except urllib.error.HTTPError as err:
            return err.code, retry_after_seconds(err.headers.get("Retry-After")), f"{where} answered HTTP {err.code}"
        except SPARQLWrapperException as err:
            return _wrapped_failure(err, where)
        except TimeoutError:
            return None, None, f"{where} did not answer within {self.timeout_s:g} s"
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            return None, None, f"{where} cannot be reached: {reason}"


def _wrapped_failure(err: SPARQLWrapperException, where: str) -> tuple[int | None, float | None, str]:
    status = _WRAPPED_STATUS.get(type(err).__name__)
    cause = err.__context__
    retry_after = None
    if isinstance(cause, urllib.error.HTTPError):
        retry_after = retry_after_seconds(cause.headers.get("Retry-After"))
    detail = str(err).splitlines()[0] if str(err) else type(err).__name__
    return status, retry_after, f"{where} answered HTTP {status}: {detail}"


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP-date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
