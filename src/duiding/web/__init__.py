"""HTTP API and web interface (``duiding serve``)."""

from duiding.web.app import create_app

__all__ = ["create_app"]
