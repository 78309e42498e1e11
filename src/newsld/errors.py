"""One exception tree for all of newsld.

    NewsldError                      every error newsld raises on purpose; exit_code and http_status say how
    ├── ConfigError                  a setting that cannot be read                        (exit 2)
    ├── InputError                   a file or value the user gave is unusable            (exit 2, HTTP 400)
    │   ├── ArticleError             an article that cannot be loaded (encoding, empty, no date, ...)
    │   └── AnnotationError          an annotation that does not match the JSON Schema or its article
    ├── ExtractionFailed             the extractor broke on an article (a bug of ours)    (exit 3)
    ├── ValidationFailed             a graph that does not conform to the SHACL shapes    (exit 1)
    ├── StoreError                   the store cannot be read or written                  (exit 3, HTTP 503)
    ├── QueryError                   a SPARQL request the endpoint refuses                (HTTP 400)
    │   ├── QueryRefused             a legal query we will not run (update, LOAD, SERVICE not allowed)
    │   ├── UnsupportedMediaType     wrong or missing Content-Type                         (HTTP 415)
    │   ├── NotAcceptable            no result format matches Accept                       (HTTP 406)
    │   └── PayloadTooLarge          request body over the limit                           (HTTP 413)
    ├── QueryTimeout                 a query past the time limit, killed                   (HTTP 504)
    ├── QueryResourceExhausted       a query past the memory limit, killed                 (HTTP 503)
    ├── NotFound                     no such resource                                      (HTTP 404)
    └── RemoteError                  Wikidata (or its mirror) failed, refused or timed out (exit 3, HTTP 502)

The CLI turns a NewsldError into one line on stderr and ``exit_code``; the web layer turns it into a
response with ``http_status`` through one error handler.
"""

from __future__ import annotations


class NewsldError(Exception):
    exit_code = 3
    http_status = 500
    title = "Error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigError(NewsldError):
    exit_code = 2
    title = "Configuration error"


class InputError(NewsldError):
    exit_code = 2
    http_status = 400
    title = "Bad input"


class ArticleError(InputError):
    title = "Article cannot be loaded"


class AnnotationError(InputError):
    title = "Annotation is not valid"


class ExtractionFailed(NewsldError):
    title = "Automatic extraction failed"


class ValidationFailed(NewsldError):
    exit_code = 1
    http_status = 422
    title = "Graph does not conform to the shapes"


class StoreError(NewsldError):
    exit_code = 3
    http_status = 503
    title = "Store unavailable"


class QueryError(NewsldError):
    exit_code = 2
    http_status = 400
    title = "Bad SPARQL request"


class QueryRefused(QueryError):
    title = "Query refused"


class UnsupportedMediaType(QueryError):
    http_status = 415
    title = "Unsupported media type"


class NotAcceptable(QueryError):
    http_status = 406
    title = "Not acceptable"


class PayloadTooLarge(QueryError):
    http_status = 413
    title = "Request body too large"


class QueryTimeout(NewsldError):
    http_status = 504
    title = "Query timed out"


class QueryResourceExhausted(NewsldError):
    http_status = 503
    title = "Query used too much memory"


class NotFound(NewsldError):
    exit_code = 2
    http_status = 404
    title = "Not found"


class RemoteError(NewsldError):
    exit_code = 3
    http_status = 502
    title = "Remote endpoint failed"
