"""The shared sentence encoder: shape, normalisation, and that similar Dutch sentences are closer."""

import numpy as np
import pytest

from duiding.embed import EMBEDDING_DIM, embed


def test_rows_are_normalised_and_empty_is_zero():
    vecs = embed(["De gemeente Utrecht verhoogt de parkeertarieven.", "", "  "])
    assert vecs.shape == (3, EMBEDDING_DIM)
    assert vecs.dtype == np.float32
    assert abs(float(np.linalg.norm(vecs[0])) - 1.0) < 1e-4
    assert not vecs[1].any() and not vecs[2].any()


def test_paraphrase_is_closer_than_unrelated_sentence():
    a, b, c = embed(
        [
            "Het kabinet trekt extra geld uit voor de bouw van woningen.",
            "De regering investeert meer in nieuwe huizen.",
            "Feyenoord won zondag met 3-0 van Ajax.",
        ]
    )
    assert float(a @ b) > float(a @ c) + 0.1


def test_single_string_is_refused():
    with pytest.raises(TypeError):
        embed("geen lijst")


def test_repeated_texts_come_from_the_cache_unchanged(monkeypatch):
    import duiding.embed as embed_mod

    texts = ["De provincie Gelderland sluit twee stikstofarme stallen aan.", "Het waterschap verhoogt de dijk."]
    first = embed(texts)
    model = embed_mod.get_model()
    calls = []
    original = model.encode
    monkeypatch.setattr(model, "encode", lambda batch: calls.append(list(batch)) or original(batch))
    again = embed([texts[1], "Een nieuwe zin over de gemeenteraad van Zwolle.", texts[0]])
    assert calls == [["Een nieuwe zin over de gemeenteraad van Zwolle."]]  # only the unseen text is encoded
    assert np.allclose(again[0], first[1]) and np.allclose(again[2], first[0])
