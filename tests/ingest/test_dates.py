from __future__ import annotations

import pytest

from duiding.ingest.dates import find_dateline, parse_date


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2025-03", ("2025-03", "month")),
        ("2025", ("2025", "year")),
        ("2025-03-06T23:30:00-05:00", ("2025-03-06", "day")),
        ("Thu, 06 Mar 2025 23:10:00 +0100", ("2025-03-06", "day")),
        ("6 maart 2025", ("2025-03-06", "day")),
        ("donderdag 6 maart 2025, 14:02", ("2025-03-06", "day")),
        ("06-03-2025", ("2025-03-06", "day")),
        ("maart 2025", ("2025-03", "month")),
        ("gisteren", None),
        ("", None),
        ("2025-02-30", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Den Haag, 12 maart 2025 - Het kabinet wil meer geld voor defensie.", ("2025-03-12", "day")),
        ("DEN HAAG (ANP) 12-03-2025 - Het kabinet besloot.", ("2025-03-12", "day")),
        ("Het kabinet wil dat de wet op 1 januari 2027 ingaat.", None),
        ("Geen datum hier.\nOok niet hier.", None),
    ],
)
def test_find_dateline(text, expected):
    assert find_dateline(text) == expected
