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

``plain_typography`` gives the text as a reader sees it. Spaces and hyphens
become " " and "-", page and paragraph separators a line break (a page break
beside a line break is a blank, not a second break), one for one; a forced
line break (a vertical tab, U+2028) is a blank, for it lays a paragraph out,
but after a sentence's end; invisible marks (soft hyphens, zero-width spaces,
direction marks, word joiners, a byte-order mark inside the text) are
dropped, ligatures and real entities are written out ("&sector;" is none)
and accents joined to their letters, which moves what follows. A soft
hyphen at a line's end stays until the wrap is read (``wrapped_lines``
counts that break as the run-on it is); ``parted_words_joined`` then reads
the word whole when it goes on in lower case. Linear in the text: a
megabyte of ligatures takes under two seconds and some 30 MB.
``read_offsets.original_offset`` takes an offset in the plain text back to
the text as stored, so every evidence span still points into the document
(an offset inside a written-out ligature or entity maps to its end).
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata

from .read_offsets import PlainText, rewritten

__all__ = ["parted_words_joined", "plain_typography"]

# Spaces of other widths and no-break spaces, and the forced line breaks of a word processor (vertical tab)
# and a layout program (U+2028), which lay a paragraph out ("Rally for the Greyhaven" over "Textile
# Workers") but after a sentence's end (``_FORCED_BREAK_AFTER_A_STOP``); paragraph and page separators;
# hyphens that do not break.
_ONE_FOR_ONE = str.maketrans(
    {**{chr(code): " " for code in (0x000B, 0x00A0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x202F, 0x205F, 0x3000)},
     **{chr(code): "\n" for code in (0x000C, 0x0085, 0x2029)},
     "\u2010": "-", "\u2011": "-"}
)
_PAGE_BREAK_BESIDE_A_LINE_BREAK = re.compile(r"\f(?=[\r\n])|(?<=[\r\n])\f")
# ("... said Yolanda Priestley." over "Photo: Greyhaven Textile Workers Union": a line of its own)
_FORCED_BREAK_AFTER_A_STOP = re.compile("(?<=[.!?:;])([\"'”’)]*)[\v\u2028]")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}
# Soft hyphen (but at a line's end: ``parted_words_joined``), grapheme joiner, zero-width space, direction
# marks, embeddings and isolates, word joiner, invisible operators, byte-order mark. (The joiner and
# non-joiner, U+200C/U+200D, go only between Latin letters: scripts such as Bengali's spell words with them.)
_INVISIBLE = "\u00ad\u034f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE_CHARACTER = re.compile(f"[{_INVISIBLE}]")
_ACCENTS = "\u0300-\u036f"
# An HTML entity a converted mail or page kept as text ("14&nbsp;March", "Procter &amp; Gamble").
_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_RESIZED = re.compile(
    # (``_INVISIBLE[1:]``: all but the soft hyphen, which goes here only where no line ends after it)
    rf"\u00ad(?![ \t]*\r?\n)|(?<=[A-Za-z])[\u200c\u200d](?=[A-Za-z])|[{_INVISIBLE[1:]}]|[{''.join(_LIGATURES)}]|"
    # an accent typed as a mark after its letter ("e" and U+0301 for "é"), or with none (dropped)
    rf"(?:(?<=\n)|(?<![\s\S]))[{_ACCENTS}]+|.[{_ACCENTS}]+|{_ENTITY}"
)
# A word a soft hyphen parted at a line's end ("Dun-" over "more, said"), once the wrap is read: the
# hyphen, the break (or the blank a wrap's break became) and the next line's indent.
_PARTED = re.compile(r"\u00ad[ \t]*(?:\r?\n)?[ \t]*(?=(?P<next>[^\W\d_])?)")
# Every character the two steps read differently (a text with none is left as it is).
_TYPOGRAPHIC = re.compile(f"[{''.join(map(chr, _ONE_FOR_ONE))}{_INVISIBLE}\u200c\u200d{''.join(_LIGATURES)}{_ACCENTS}]")
_AN_ENTITY = re.compile(_ENTITY)


def plain_typography(text: str) -> PlainText:
    """``text`` with its typographic spaces, hyphens, invisible marks, ligatures, accents typed as marks and
    HTML entities made plain; a soft hyphen at a line's end stays for ``parted_words_joined``."""
    if not _read_differently(text):
        return PlainText(text)  # (most texts)
    text = _PAGE_BREAK_BESIDE_A_LINE_BREAK.sub(" ", text)
    if "\v" in text or "\u2028" in text:
        text = _FORCED_BREAK_AFTER_A_STOP.sub("\\1\n", text)
    text = text.translate(_ONE_FOR_ONE)
    return rewritten(text, _RESIZED, _written)


def parted_words_joined(text: str) -> PlainText:
    """``text`` (its wrap read, ``wrapped_lines.unwrapped``) with each word a soft hyphen parted at a line's
    end read whole ("Dun" over "more" as "Dunmore"): after the wrap is read, so that the line break still
    counts as the run-on it is; before a capital or a mark only the hyphen goes."""
    if "\u00ad" not in text:
        return PlainText(text)
    return rewritten(text, _PARTED, lambda match: "" if (match["next"] or "A").islower() else match.group()[1:])


def _read_differently(text: str) -> bool:
    """Whether ``text`` holds anything ``plain_typography`` reads differently (an entity, a page break or, in
    a text not all ASCII, one of the characters above)."""
    if "&" in text and _AN_ENTITY.search(text):
        return True
    if text.isascii():
        return "\f" in text or "\v" in text
    return _TYPOGRAPHIC.search(text) is not None


def _written(match: re.Match[str]) -> str:
    """What a reader reads for ``match`` of ``_RESIZED``."""
    found = match.group()
    if found[0] == "&":
        if found[1] != "#" and found[1:] not in html.entities.html5:
            return found  # ("&sector;" is no entity, whatever its first letters)
        return _plain_piece(html.unescape(found))
    if "\u0300" <= found[0] <= "\u036f":
        return ""  # (accents with no letter: a line that opens with them)
    if len(found) > 1:
        return unicodedata.normalize("NFC", found)
    return _LIGATURES.get(found, "")  # (an invisible mark: nothing)


def _plain_piece(piece: str) -> str:
    """``piece`` (an entity written out) made plain as the text around it is."""
    piece = _INVISIBLE_CHARACTER.sub("", piece.translate(_ONE_FOR_ONE))
    return unicodedata.normalize("NFC", "".join(_LIGATURES.get(character, character) for character in piece))
