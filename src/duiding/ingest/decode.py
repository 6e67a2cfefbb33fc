"""Bytes -> text, for files copied off the web by people, not by well-behaved tools.

Order of evidence: a byte-order mark, then strict UTF-8, then UTF-8 that is merely truncated or
has a few stray bytes, then the legacy Windows code page that Dutch text almost always uses.
charset-normalizer acts as the judge of "is this text at all" and names non-Western encodings;
for Western text it tends to say cp1250, which garbles nothing ASCII but is wrong for Dutch, so
cp1252 wins whenever it decodes cleanly. Every non-UTF-8 decision leaves a warning on the Article.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass, field
from typing import BinaryIO

DEFAULT_MAX_BYTES = 20_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# File signatures of formats that are certainly not an article in text form.
_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"SQLite format 3",
    b"\x7fELF",
    b"MZ",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\xd0\xcf\x11\xe0",
)
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "iso8859_1", "cp1250", "iso8859_2", "cp850", "mac_roman", "ascii"}
_SAMPLE = 65_536


class DecodeProblem(Exception):
    """The input cannot become text; the message is the one-line reason shown to the user."""


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def human_size(n: int) -> str:
    if n >= 10_000_000:
        return f"{n / 1_000_000:.0f} MB"
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.0f} KB"
    return f"{n} bytes"


def too_large(size: int, max_bytes: int) -> str:
    return f"file too large ({human_size(size)} > {human_size(max_bytes)})"


def read_file_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file, refusing (from its size, before reading) anything larger than ``max_bytes``."""
    try:
        if os.path.isdir(path):
            raise DecodeProblem("is a directory, not a file")
        size = os.path.getsize(path)
        if size > max_bytes:
            raise DecodeProblem(too_large(size, max_bytes))
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise DecodeProblem("no such file (or a broken link)") from None
    except PermissionError:
        raise DecodeProblem("permission denied") from None
    except IsADirectoryError:
        raise DecodeProblem("is a directory, not a file") from None
    except OSError as exc:
        raise DecodeProblem(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # grew while we looked, or a special file that reports size 0
        raise DecodeProblem(too_large(len(data), max_bytes))
    return data


def read_stream_bytes(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DecodeProblem(f"input too large (more than {human_size(max_bytes)})")
    return data


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` or raise :class:`DecodeProblem` ("empty file", "binary file")."""
    if not data.strip():
        raise DecodeProblem("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(enc, errors="replace")
            return _checked(Decoded(text, enc, [f"decoded as {enc} (byte-order mark)"]))
    if data.startswith(_MAGIC):
        raise DecodeProblem("binary file")
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        enc = _utf16_without_bom(sample)
        if enc is None:
            raise DecodeProblem("binary file")
        return _checked(Decoded(data.decode(enc, errors="replace"), enc, [f"decoded as {enc} (no byte-order mark)"]))
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            text = data.decode("utf-8", errors="replace")
            return _checked(Decoded(text, "utf-8", ["truncated UTF-8 at end of file: last character replaced"]))
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    good_multibyte = sum(1 for c in loose if ord(c) > 127 and c != "\ufffd")
    if good_multibyte >= 3 * bad:
        return _checked(Decoded(loose, "utf-8", [f"invalid UTF-8: {bad} byte sequence(s) replaced"]))
    return _checked(_legacy(data))


def _legacy(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE]).best()
    if best is None:
        raise DecodeProblem("binary file")
    try:
        return Decoded(data.decode("cp1252"), "cp1252", ["decoded as cp1252"])
    except UnicodeDecodeError:
        pass
    guess = (best.encoding or "").lower()
    if guess and guess not in _WESTERN:
        try:
            return Decoded(data.decode(guess), guess, [f"decoded as {guess} (guessed)"])
        except (UnicodeDecodeError, LookupError):
            pass
    return Decoded(data.decode("latin-1"), "latin-1", ["decoded as latin-1"])


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte; binary files do not."""
    even = sample[0::2]
    odd = sample[1::2]
    if len(sample) < 4:
        return None
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise DecodeProblem("empty file")
    sample = text[:_SAMPLE]
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or 0x7F <= ord(c) < 0xA0)
    if controls > 0.05 * len(sample):
        raise DecodeProblem("binary file")
    return decoded
