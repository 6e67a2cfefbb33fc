"""Search over the store: full text with Dutch stemming and compounds, plus semantic, fused.

``update(store)`` brings the index up to date (incremental); ``query(store, q, ...)`` searches it.
"""

from duiding.search.index import update
from duiding.search.query import Hit, query

__all__ = ["Hit", "query", "update"]
