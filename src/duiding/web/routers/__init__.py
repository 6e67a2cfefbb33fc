"""One router per resource for the JSON API (``/api/...``), plus the HTML pages."""
