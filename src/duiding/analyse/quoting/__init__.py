"""Helpers for mentions and quotes: word lists, sentence splitting, speaker finding."""
