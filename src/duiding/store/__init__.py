"""Persistence: SQLite by default (one file, WAL)."""

from duiding.store.sqlite import AddResult, Store, StoreError, default_db_path

__all__ = ["AddResult", "Store", "StoreError", "default_db_path"]
