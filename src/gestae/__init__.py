"""gestae: political event data from news and commentary.

Who did what to whom, when, where, and according to whom::

    import gestae
    events = gestae.code("Turkey condemned Russia on Monday.", date="2016-12-15")
    store = gestae.Store("events.duckdb")
    gestae.ingest(["news.jsonl"], store)
"""

from gestae.api import code, example_path, ingest
from gestae.store import Store

__all__ = ["Store", "code", "example_path", "ingest"]
__version__ = "0.1.0"
