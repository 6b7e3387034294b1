"""Typographic characters read as the plain ones they stand for.

A word processor, a mail client or a PDF types what a reader sees as a space,
a hyphen or two letters with characters of their own: a no-break space
between a day and its month ("14 March", "Mr Reyes"), a narrow one before
"a.m.", a non-breaking hyphen, a soft hyphen or a zero-width space inside a
long word, a PDF's "ﬁ" and "ﬂ" ligatures, an accent typed as a mark after its
letter, an HTML entity a converted mail kept ("14&nbsp;March"). Every later
step writes a space as " " and a word as its letters, so such a text reached
them with dates that no pattern matched and names cut in two: scored on
copies of the real pages with a no-break space beside each number, the
publication date fell from 96 to 73 % and the main event's date from 90 to
60 % (docs/extraction.md, "Typographic characters").

``plain_typography`` gives the text as a reader sees it. Spaces, line, page
and paragraph separators and hyphens become " ", a line break and "-" one
for one (a page break beside a line break is a blank, not a second break);
invisible marks (soft hyphens, zero-width spaces, direction marks, word
joiners, a byte-order mark inside the text) are dropped, a word a soft
hyphen parted at a line's end is joined when the next line goes on in lower
case, ligatures and real entities are written out ("&sector;" is none) and
accents joined to their letters, which moves what follows. Linear in the
text: a megabyte of ligatures takes under two seconds and some 30 MB.
``original_offset`` takes an offset in the plain text back to the text as
stored, so every evidence span still points into the document (an offset
inside a written-out ligature or entity maps to its end).
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from .wrapped_lines import WAITING_WORDS

__all__ = ["PlainText", "original_offset", "plain_typography"]

# Spaces of other widths and no-break spaces; line, paragraph and page separators (a PDF's form feed, a
# word processor's vertical tab, each a blank beside a line break); hyphens that do not break.
_ONE_FOR_ONE = str.maketrans(
    {**{chr(code): " " for code in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)},
     **{chr(code): "\n" for code in (0x000B, 0x000C, 0x0085, 0x2028, 0x2029)},
     "\u2010": "-", "\u2011": "-"}
)
_BREAK_BESIDE_A_LINE_BREAK = re.compile(r"[\f\v](?=[\r\n])|(?<=[\r\n])[\f\v]")
# A forced line break (a word processor's vertical tab, a layout program's U+2028) that a sentence runs on
# through: before a lower-case word or after a word that waits for more ("walk out" over "over pool
# closures", "the" over "Textile Workers Union"); it breaks a line for the layout only.
_FORCED_BREAK = re.compile(r"[\v\u2028](?=[ \t]*(?P<lower>[a-z])?)")
_LAST_WORD = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,12})[ \t]*\Z")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}
# Soft hyphen, grapheme joiner, zero-width space, direction marks, embeddings and isolates, word joiner,
# invisible operators, byte-order mark. (The joiner and non-joiner, U+200C/U+200D, go only between Latin
# letters: scripts such as Bengali's and Persian's spell words with them.)
_INVISIBLE = "\u00ad\u034f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE_CHARACTER = re.compile(f"[{_INVISIBLE}]")
_ACCENTS = "\u0300-\u036f"
_RESIZED = re.compile(
    # a word a soft hyphen parted at a line's end ("Dun-" over "more, said"), and the blank after it
    r"\u00ad[ \t]*\r?\n[ \t]*(?P<rest>[^\W\d_]\S*)(?P<gap>[ \t])?|"
    rf"(?<=[A-Za-z])[\u200c\u200d](?=[A-Za-z])|[{_INVISIBLE}]|[\ufb00-\ufb06]|"
    # an accent typed as a mark after its letter ("e" and U+0301 for "é"), or with none (dropped)
    rf"(?:(?<=\n)|(?<![\s\S]))[{_ACCENTS}]+|.[{_ACCENTS}]+|"
    # an HTML entity a converted mail or page kept as text ("14&nbsp;March", "Procter &amp; Gamble")
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
_TYPOGRAPHIC = re.compile(f"[{_INVISIBLE}\u200c\u200d\ufb00-\ufb06\u00a0\u1680\u2000-\u200a\u202f\u205f"
                          f"\u3000\u000b\u000c\u0085\u2028\u2029\u2010\u2011{_ACCENTS}]")
_AN_ENTITY = re.compile(r"&#?[0-9A-Za-z]+;")


class PlainText(NamedTuple):
    """``text`` as a reader sees it. Where it is read differently, ``plain_ends`` holds the plain offset
    after each piece dropped or written out and ``stored_ends`` the stored offset there, in order (both
    empty when every offset is the stored one)."""

    text: str
    plain_ends: Sequence[int] = ()
    stored_ends: Sequence[int] = ()


def plain_typography(text: str) -> PlainText:
    """``text`` with its typographic spaces, hyphens, invisible marks, ligatures, accents typed as marks and
    HTML entities made plain."""
    if not _read_differently(text):
        return PlainText(text)  # (most texts)
    text = _BREAK_BESIDE_A_LINE_BREAK.sub(" ", text)
    if "\v" in text or "\u2028" in text:
        text = _FORCED_BREAK.sub(_forced_break, text)
    text = text.translate(_ONE_FOR_ONE)
    plain_ends, stored_ends = array("q"), array("q")  # (compact: a long text may hold a piece a word)
    grown = 0

    def read(match: re.Match[str]) -> str:
        nonlocal grown
        found = match.group()
        if match["rest"] is None:
            written = _written(found)
        elif match["rest"][0].islower():  # the word read whole on the first line, the line ending after it
            written = inside(match["rest"], match.start(), match.start("rest")) + ("\n" if match["gap"] else "")
        else:  # (no word goes on in a capital: "staffing" over "By Ana Li" keeps its break)
            written = inside(found[1:], match.start(), match.start() + 1)
        if written != found:
            grown += len(written) - len(found)
            plain_ends.append(match.end() + grown)
            stored_ends.append(match.end())
        return written

    def inside(piece: str, start: int, stored_start: int) -> str:
        """``piece`` (from ``stored_start``, in a match at ``start``) made plain, its own pieces mapped too."""
        read_piece = plain_typography(piece)
        plain_ends.append(start + grown)
        stored_ends.append(stored_start)
        plain_ends.extend(start + grown + end for end in read_piece.plain_ends)
        stored_ends.extend(stored_start + end for end in read_piece.stored_ends)
        return read_piece.text

    plain = _RESIZED.sub(read, text)
    return PlainText(plain, plain_ends, stored_ends) if plain_ends else PlainText(plain)


def _forced_break(match: re.Match[str]) -> str:
    """``match`` of ``_FORCED_BREAK`` with its break a blank where the sentence runs on through it."""
    if match["lower"] is None:
        before = _LAST_WORD.search(match.string, max(0, match.start() - 20), match.start())
        if before is None or before.group(1).lower() not in WAITING_WORDS:
            return match.group()
    return " "


def _read_differently(text: str) -> bool:
    """Whether ``text`` holds anything ``plain_typography`` reads differently (an entity, a page break or, in
    a text not all ASCII, one of the characters above)."""
    if "&" in text and _AN_ENTITY.search(text):
        return True
    if text.isascii():
        return "\f" in text or "\v" in text
    return _TYPOGRAPHIC.search(text) is not None


def _written(found: str) -> str:
    """What a reader reads for ``found``, a match of ``_RESIZED``."""
    if found[0] == "&":
        if found[1] != "#" and found[1:] not in html.entities.html5:
            return found  # ("&sector;" is no entity, whatever its first letters)
        return _plain_piece(html.unescape(found))
    if "\u0300" <= found[0] <= "\u036f":
        return ""  # (accents with no letter: a line that opens with them)
    if len(found) > 1 and found[0] != "\u00ad":
        return unicodedata.normalize("NFC", found)
    return _LIGATURES.get(found, "")  # (an invisible mark, or a soft hyphen parting a word: nothing)


def _plain_piece(piece: str) -> str:
    """``piece`` (an entity written out) made plain as the text around it is."""
    piece = _INVISIBLE_CHARACTER.sub("", piece.translate(_ONE_FOR_ONE))
    return unicodedata.normalize("NFC", "".join(_LIGATURES.get(character, character) for character in piece))


def original_offset(plain: PlainText, offset: int) -> int:
    """Where ``offset`` in ``plain.text`` stands in the stored text (inside a written-out piece: at its end)."""
    index = bisect_right(plain.plain_ends, offset) - 1
    stored = offset if index < 0 else plain.stored_ends[index] + offset - plain.plain_ends[index]
    return min(stored, plain.stored_ends[index + 1]) if index + 1 < len(plain.stored_ends) else stored
