"""The store: the published build in Oxigraph, read by the site and queried by users through workers.

``EmbeddedStore`` publishes a build atomically and answers the site's own bounded queries in-process.
``QueryService`` runs user queries in worker processes under a time, memory and row limit.
"""

from newsld.store.embedded import EmbeddedStore
from newsld.store.service import QueryAnswer, QueryRequest, QueryService

__all__ = ["EmbeddedStore", "QueryAnswer", "QueryRequest", "QueryService"]
