"""Sentence boundaries around quote marks."""

from duiding.analyse.language.tokenize import split


def test_opening_quote_starts_the_next_sentence() -> None:
    text = ('Wethouder Iris Bakker opende dinsdag de nieuwe brug over de Vecht. "Eindelijk is Dalfsen weer '
            'bereikbaar", zei ze. Ze noemde het project „een schoolvoorbeeld”. Daarna volgde een borrel.')
    tokens, sentences = split(text)
    parts = [text[s.start:s.end] for s in sentences]
    assert parts[0].endswith("Vecht.")
    assert parts[1].startswith('"Eindelijk') and parts[1].endswith("zei ze.")
    assert parts[2] == "Ze noemde het project „een schoolvoorbeeld”."
    for s in sentences:  # token ranges stay consistent with the character spans
        assert tokens[s.token_start].start == s.start and tokens[s.token_end - 1].end == s.end
    assert sum(s.token_end - s.token_start for s in sentences) == len(tokens)
