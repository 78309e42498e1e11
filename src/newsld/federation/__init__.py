"""Federation with Wikidata: the only part of newsld that talks to it (through SPARQLWrapper).

- ``service.authorize_services``: which SERVICE endpoints a user query may reach, and the rewriting that
  sends them through the loopback relay (``relay``) with a descriptive User-Agent, a timeout and a row bound.
- ``bindjoin.bind_service_inputs``: SERVICE patterns narrowed with the values our graph has (a bind join),
  since Oxigraph sends each SERVICE pattern without the rest of the query's bindings.
- ``enrich.enrich``: Wikidata facts about the linked entities, into their own named graph, incrementally.
- ``kb_refresh.refresh_knowledge_base``: the entity knowledge base the extractor links against.
- ``mirror.start_mirror`` / ``run_mirror``: a local Wikidata stand-in (``oxigraph serve``) for tests and demos.
"""
