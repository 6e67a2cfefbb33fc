"""Readable outputs built from the store: the JSON contract, Markdown views, reports."""
