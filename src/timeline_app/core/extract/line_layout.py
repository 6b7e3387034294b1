"""Lines read without the marks a mail client or a layout puts around them.

A reply or a forward quotes the mail it carries line by line after ">" ("> >" when it quotes a quote); a
plain-text press release indents its paragraphs and its signature; an editor or a mail client leaves blanks
at a line's end. A reader reads through all three, but every later step reads a line from its first word
to its last: a dateline, a headline, a field ("Date:"), a list's entry, a wrap's width. Scored on copies of
the real pages quoted as a reply quotes them, the publication date fell from 96 to 77 % and the main
event's date from 90 to 78 % (docs/extraction.md, "Quoted and indented lines").

``plain_layout`` reads each line without them:

* a mail's quote marks, where a line and the one before or after it open with ">", or where the marks and a
  blank come before a word, a quotation or a date, or a long line (a paragraph a client quoted whole on one
  line); a short line alone whose ">" comes before a number is left ("> 50 staff signed": more than 50). A
  quoted mail header ("> Date: ...") keeps its marks, which say it is a carried mail's and not the page's own;
* the blanks and tabs that indent a line, and those that end it. A wrap still measures a line where it stood
  on the page (``LaidOut.indents``): an indented block quote is as wide as the text around it;
* where the quote's depth changes between two lines that are not blank (a reply under the line it answers, a
  quote's end), the lines are read apart as paragraphs are (the first mark, indent or nothing before the second
  line is read as a line break), unless the second goes on in lower case (a quote a reply's client wrapped
  again: "> ... said the head of the" over "union on Monday.").

Tabs and blanks inside a line (a table's columns, a gap that sets two columns side by side) stay. What the
step drops moves the offsets after it; ``read_offsets.original_offset`` takes them back.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, MutableSequence, Sequence
from typing import NamedTuple

from .page_furniture import MAIL_HEADER_NAME
from .read_offsets import PlainText, edited

__all__ = ["LaidOut", "plain_layout"]

# A line that opens with a blank, a tab or ">", or ends with a blank or a tab: a text with none is left as it is.
_LAID_OUT = re.compile(r"^[ \t>]|[ \t]\r?$", re.MULTILINE)
# A mail's quote marks at a line's start ("> ", ">>", "> > "), with the indent before them.
_QUOTE_MARKS = re.compile(r"[ \t]*>(?:[ \t]*>)*")
_BLANKS = re.compile(r"[ \t]*")
# After a line's only quote marks: a blank, then a word, a quotation or a date ("> 3 May 2024 - second strike
# begins", not "> 50 staff").
_QUOTED_WORDS = re.compile(r"[ \t]+(?:[^\W\d_]|[\"“‘'(\[]|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2}|\d{4}\b)")
#: A line alone this long whose ">" comes before a number is a paragraph quoted whole ("> 27 September 2024: ...").
_QUOTED_PARAGRAPH = 60
# A mail's header line ("From:", "Date:", "Subject:"): quoted, it keeps its marks, which say whose it is (the page's
# own or a mail it carries: ``forwarded_dates``).
_HEADER_LINE = re.compile(r"[ \t]*" + MAIL_HEADER_NAME, re.IGNORECASE)


class LaidOut(NamedTuple):
    """A text read without its layout: ``plain`` the text as read, ``indents`` how many blanks and tabs each of
    its lines lost at its start (after any quote marks), by which a wrap still measures the line's place on the
    page (empty when no line lost any)."""

    plain: PlainText
    indents: Sequence[int] = ()


def plain_layout(text: str) -> LaidOut:
    """``text`` with each line read without its quote marks, its indent and the blanks at its end (see the
    module)."""
    if not _LAID_OUT.search(text):
        return LaidOut(PlainText(text))  # (most texts)
    indents = array("l")
    return LaidOut(edited(text, _layout_edits(text.split("\n"), indents)), indents)


def _layout_edits(lines: list[str], indents: MutableSequence[int]) -> Iterator[tuple[int, int, str]]:
    """The edits that read ``lines`` without their layout, in order; each line's indent is added to ``indents``
    (a line read apart from the one before it is read after an empty one)."""
    marks = [_QUOTE_MARKS.match(line) for line in lines]
    start = 0
    depth_before: int | None = None  # (the last line that is not blank; None after a blank one)
    for index, line in enumerate(lines):
        mark = marks[index] if _quoted(lines, marks, index) else None
        kept = mark is not None and _HEADER_LINE.match(line, mark.end()) is not None  # (marks and all)
        after_marks = mark.end() if mark else 0
        opening = _BLANKS.match(line, after_marks).end()
        body = len(line) - line.endswith("\r")  # (the line but a carriage return at its end)
        words_end = len(line[:body].rstrip(" \t"))
        depth = mark.group().count(">") if mark else 0
        if words_end > opening:
            # (a line that goes on in lower case goes on its sentence: a quote a reply's client wrapped again)
            apart = depth_before is not None and depth != depth_before and not line[opening].islower()
            if apart:
                indents.append(0)
            indents.append(0 if kept else opening - after_marks)
            yield start, start if kept else start + opening, "\n" if apart else ""
            yield start + words_end, start + body, ""
            depth_before = depth
        else:
            indents.append(0)
            yield start, start + body, ""
            depth_before = None
        start += len(line) + 1


def _quoted(lines: list[str], marks: list[re.Match[str] | None], index: int) -> bool:
    """Whether line ``index`` opens with a mail's quote marks: it and a line beside it open with ">", or its
    marks and a blank come before a word, a quotation or a date, or a long line (a paragraph quoted whole on one
    line; "> 50 staff" is "more than 50")."""
    mark = marks[index]
    return mark is not None and (index > 0 and marks[index - 1] is not None or
                                 index + 1 < len(marks) and marks[index + 1] is not None or
                                 _QUOTED_WORDS.match(lines[index], mark.end()) is not None or
                                 len(lines[index]) - mark.end() >= _QUOTED_PARAGRAPH)
