from __future__ import annotations

import random

import pytest

from duiding.ingest.normalize import normalize


def _check_map(original: str, exclude: list[tuple[int, int]] = ()) -> str:
    text, offsets = normalize(original, exclude)
    for i, ch in enumerate(text):
        o = offsets.to_original(i)
        src = original[o]
        if ch in " \n":  # a separator: copied whitespace, or standing in for a removed span
            assert src.isspace() or any(s <= o <= e for s, e in exclude), (i, repr(src))
        else:
            assert src == ch, (i, ch, src)
    return text


def test_paragraphs_are_separated_by_one_newline_and_lines_trimmed():
    original = "  Eerste alinea  van het stuk.\r\n\r\n\r\n   Tweede\talinea.  \n\n\nDerde.\n"
    assert _check_map(original) == "Eerste alinea van het stuk.\nTweede alinea.\nDerde."


def test_odd_spaces_and_zero_width_characters():
    original = "De\u00a0minister\u200b zei\u202fdat het\u2009kan.\u00ad\ufeff"
    assert _check_map(original) == "De minister zei dat het kan."


def test_quote_characters_are_kept_as_they_are():
    original = "„Dit is het begin”, zei ze. ,,Oude stijl'' en 'enkel' en “Engels” en ‘ook’."
    assert _check_map(original) == original


def test_excluded_span_on_own_line_and_inline():
    original = "Kop van de pagina\nDe wethouder sprak (Foto: ANP) met de raad.\nSlot."
    start = original.index("(Foto")
    text = _check_map(original, [(0, len("Kop van de pagina")), (start, start + len("(Foto: ANP)"))])
    assert text == "De wethouder sprak met de raad.\nSlot."


def test_excluded_span_between_words_without_space_becomes_a_space():
    original = "einde.XXXBegin"
    text = _check_map(original, [(6, 9)])
    assert text == "einde. Begin"


@pytest.mark.parametrize("seed", range(40))
def test_offset_map_property_on_varied_inputs(seed: int):
    rng = random.Random(seed)
    pieces = [
        "woord",
        "Ëën",
        "„quote”",
        ",,",
        "'",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\n\n\n",
        "\u00a0",
        "\u200b",
        "\u2009",
        ".",
        "-",
        "\u00ad",
        "café",
        "\ufeff",
        "€ 5",
        "\u2028",
    ]
    original = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
    exclude = []
    if len(original) > 4 and rng.random() < 0.5:
        a = rng.randrange(len(original) - 2)
        exclude.append((a, a + rng.randint(1, 3)))
    text = _check_map(original, exclude)
    assert "  " not in text and "\n\n" not in text
    assert text == text.strip()
    assert all(line == line.strip() for line in text.split("\n"))
