"""newsld: French news articles to a validated, Wikidata-aligned RDF event graph, published over SPARQL."""

__version__ = "0.1.0"
