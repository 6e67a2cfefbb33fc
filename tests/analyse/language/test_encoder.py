"""multilingual-e5 word states (native shim) and the ``accurate`` backend built on them.

Skipped when scripts/build-native.sh has not been run (setup.sh runs it, so CI exercises them).
"""

from __future__ import annotations

import ctypes

import numpy as np
import pytest

from duiding.analyse.language.encoder import DIM, native_available

pytestmark = pytest.mark.skipif(not native_available(), reason="native encoder not built (scripts/build-native.sh)")

SENTENCE = ["„", "We", "stoppen", "ermee", "”", ",", "zei", "Anne-Marie", "Verhoef-de", "Jong", "in", "Zwolle", "."]
OTHER = ["De", "Rabobank", "opent", "een", "kantoor", "in", "Leeuwarden", "."]


@pytest.fixture(scope="module")
def encoder():  # type: ignore[no-untyped-def]
    from duiding.analyse.language.encoder import default_encoder

    return default_encoder("passage:", (12,))


def test_one_state_per_word_with_quotes_and_hyphenated_names(encoder) -> None:  # type: ignore[no-untyped-def]
    states = encoder.encode([SENTENCE, OTHER])
    assert [s.shape for s in states] == [(len(SENTENCE), DIM), (len(OTHER), DIM)]
    assert np.isfinite(states[0]).all()
    assert (np.linalg.norm(states[0], axis=1) > 1.0).all()  # no word left without pieces
    # a hyphenated name is several pieces, averaged into one vector
    assert encoder.piece_count("Verhoef-de") > 1


def test_word_pieces_are_those_of_the_joined_sentence(encoder) -> None:  # type: ignore[no-untyped-def]
    lib = encoder._lib
    lib.e5_token_count.restype = ctypes.c_int
    lib.e5_token_count.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    joined = lib.e5_token_count(encoder._model, " ".join(SENTENCE).encode(), 0)  # "passage: " + text + <s></s>
    per_word = sum(encoder.piece_count(w) for w in ["passage:", *SENTENCE]) + 2
    assert per_word == joined


def test_sentences_do_not_see_each_other(encoder) -> None:  # type: ignore[no-untyped-def]
    alone = encoder.encode([SENTENCE])[0]
    batched = encoder.encode([OTHER, SENTENCE, OTHER])[1]
    assert np.allclose(alone, batched, atol=1e-4)
    # the same word in another context gets another state: the states are contextual
    in_other = encoder.encode([["Zwolle", "wint", "de", "wedstrijd", "."]])[0][0]
    assert not np.allclose(alone[SENTENCE.index("Zwolle")], in_other, atol=1e-2)


def test_long_sentences_are_windowed(encoder) -> None:  # type: ignore[no-untyped-def]
    long = (OTHER[:-1] + [","]) * 90  # about 900 pieces, more than one 512-position window
    states = encoder.encode([long])[0]
    assert states.shape == (len(long), DIM)
    assert (np.linalg.norm(states, axis=1) > 1.0).all()


def test_accurate_backend_finds_person_and_organisation() -> None:
    from duiding.analyse.language import get_backend
    from duiding.analyse.language.ner import ModelMissing

    try:
        backend = get_backend("accurate")
    except (ModelMissing, RuntimeError) as exc:
        pytest.skip(f"accurate backend not usable here: {exc}")
    text = "Marloes Dijkhuizen, directeur van de Rabobank, zei dinsdag in Utrecht dat de rente omhoog gaat."
    layer = backend.analyse(text)
    found = {(e.label, e.text) for e in layer.entities}
    assert ("PER", "Marloes Dijkhuizen") in found
    assert ("ORG", "Rabobank") in found
    assert all(text[e.start:e.end] == e.text for e in layer.entities)


def test_eval_cli_scores_with_the_accurate_backend(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from duiding.analyse.language.encoder_ner import default_encoder_model
    from duiding.analyse.language.ner import ModelMissing
    from tests.conftest import run_cli

    try:
        default_encoder_model()
    except (ModelMissing, RuntimeError) as exc:
        pytest.skip(f"accurate backend not usable here: {exc}")
    path = tmp_path / "mini.conll"
    rows = [("Volgens", "O"), ("Joost", "B-PER"), ("Wijnbergen", "I-PER"), ("wil", "O"), ("Philips", "B-ORG"),
            ("in", "O"), ("Eindhoven", "B-LOC"), ("blijven", "O"), (".", "O")]
    path.write_text("\n".join(f"{w} {t}" for w, t in rows) + "\n", encoding="utf-8")
    proc = run_cli("eval", "ner", str(path), "--backend", "accurate", "--format", "json", timeout=180)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["backend"] == "accurate" and result["model"].startswith("crf+e5")
    assert result["overall"]["gold"] == 3 and result["tokens"] == len(rows)
