"""duiding: who said what, who promised what, and when, in Dutch news."""

__version__ = "0.1.0"
