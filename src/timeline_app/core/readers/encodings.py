"""Decode the bytes of a text-like file without mojibake, or refuse binary data.

Order of evidence, strongest first: a byte-order mark; the NUL pattern of
UTF-16 written without one; valid UTF-8 (non-ASCII UTF-8 almost never happens
by accident, so it beats a declared charset that disagrees), including
mostly-UTF-8 files with a few stray Windows-1252 bytes pasted in; a charset the
file declares itself (HTML ``<meta charset>``, e-mail headers); and finally
charset-normalizer's guess, preferring Windows-1252 whenever it fits equally
well, because that is what English-language documents that are not UTF-8
almost always are (its curly quotes are where mojibake shows first).
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from timeline_app.core.readers.errors import ReadError

BINARY_MESSAGE = "not a text file (binary data)"

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 control characters that never appear in real text (tab, newline, form
# feed and carriage return do). NUL is handled separately: it is stripped.
_CONTROL_BYTES = bytes(b for b in range(1, 32) if b not in (9, 10, 12, 13)) + b"\x7f"
_CONTROL_CHARS = {chr(b): None for b in _CONTROL_BYTES}
_MAX_CONTROL_RATIO = 0.01

_UTF16_SAMPLE = 4096

# surrogateescape turns each undecodable byte into one of these code points.
_STRAY_BYTE = re.compile("[\udc80-\udcff]")
_STRAY_RUN = re.compile("[\udc80-\udcff]+")

# Browsers treat these declarations as Windows-1252, and so do we: files that
# say Latin-1 are in practice written by Windows tools with curly quotes.
_WINDOWS_1252_ALIASES = {"latin_1", "iso8859_1", "ascii", "iso8859_15", "cp1252"}


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to text with newlines normalised to ``\\n``.

    ``declared`` is an encoding the file names for itself, trusted only when
    the bytes agree with it. Raises :class:`ReadError` for binary data.
    """
    text = _decode(data, declared)
    if "\r" in text:  # skip the copies for files that are already Unix-style
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def check_not_binary(data: bytes) -> None:
    """Raise :class:`ReadError` if ``data`` (NULs aside) is binary, not text."""
    data = data.replace(b"\x00", b"")
    if not data or _control_ratio_of_bytes(data) > _MAX_CONTROL_RATIO:
        raise ReadError(BINARY_MESSAGE)


def _decode(data: bytes, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _text_only(data[len(bom):].decode(encoding, errors="replace"))
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return _text_only(data.decode(utf16))
        except UnicodeDecodeError:
            pass  # an odd NUL pattern, not UTF-16 after all
    # NUL bytes inside otherwise-text files are debris (padding, bad tools).
    data = data.replace(b"\x00", b"")
    if not data:
        raise ReadError(BINARY_MESSAGE)
    if _control_ratio_of_bytes(data) > _MAX_CONTROL_RATIO:
        raise ReadError(BINARY_MESSAGE)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _utf8_with_stray_bytes(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    declared_codec = _codec_name(declared)
    if declared_codec and declared_codec not in ("utf_8", "utf_16", "utf_16_le", "utf_16_be"):
        if declared_codec in _WINDOWS_1252_ALIASES:
            declared_codec = "cp1252"
        try:
            return data.decode(declared_codec)
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration is wrong; guess instead
    return data.decode(_guess_single_byte_encoding(data), errors="replace")


def _utf8_with_stray_bytes(data: bytes) -> str | None:
    """Decode UTF-8 with a few invalid bytes, reading those as Windows-1252.

    Files pasted together from several sources are mostly UTF-8 with the odd
    Windows-1252 quote. Used only when valid multi-byte UTF-8 characters
    outnumber the invalid bytes; otherwise the file is single-byte throughout.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    invalid = sum(1 for _ in _STRAY_BYTE.finditer(text))
    non_ascii = len(text) - len(text.encode("ascii", "ignore")) - invalid
    if non_ascii <= invalid:
        return None
    return _STRAY_RUN.sub(
        lambda m: m.group().encode("utf-8", "surrogateescape").decode("cp1252", "replace"), text
    )


def _utf16_without_bom(data: bytes) -> str | None:
    """Name the UTF-16 byte order if ``data`` has its NUL pattern, else None.

    Mostly-Latin text in UTF-16 has a NUL in every other byte: the odd bytes
    for little-endian, the even ones for big-endian.
    """
    sample = data[: _UTF16_SAMPLE - (_UTF16_SAMPLE % 2)]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) // 2
    even_nuls = sample[0::2].count(0) / pairs
    odd_nuls = sample[1::2].count(0) / pairs
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _guess_single_byte_encoding(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return "cp1252"
    if "cp1252" in best.could_be_from_charset:
        return "cp1252"
    return best.encoding


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name.replace("-", "_")
    except (LookupError, ValueError):
        return None


def _control_ratio_of_bytes(data: bytes) -> float:
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls / len(data)


def _text_only(text: str) -> str:
    """Strip NULs from text decoded via a byte-order mark; refuse binary."""
    text = text.replace("\x00", "")
    if not text:
        return text  # only a byte-order mark: the reader reports "no text found"
    controls = len(text) - len(text.translate(_CONTROL_CHARS))
    if controls / len(text) > _MAX_CONTROL_RATIO:
        raise ReadError(BINARY_MESSAGE)
    return text
