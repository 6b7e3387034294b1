"""A page's date line where the header shapes miss it.

Two shapes recur on union and campaign sites when a page's text is copied
out of its template:

- the repeated headline glued to a press release's place-and-date line,
  "... at Lakeland CollegeHarbourton – May 3, 2019 – OTU Ostland is ...":
  a place, a dash, the date and a dash again, mid-line;
- the post's meta line after its headline, "Oct 20, 2017 | News, Archive",
  below a body that the copy put first: the date, a bar and category words,
  with the post's paragraph after it, or closing the text (a list of
  related posts has several such lines, and is not read).

Both are tried only when no other date line was found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .date_mentions import DateMention
from .sentences import Span

__all__ = ["late_date_line"]

# "Toronto – " right before the date and " – " right after it.
_PLACE_BEFORE = re.compile(r"[A-Z][\w.'’]+(?:[ \t,]+[A-Z][\w.'’]+){0,3}[ \t]*[–—][ \t]*$")
_DASH_AFTER = re.compile(r"[ \t]*[–—][ \t]")
_LOOK_BACK = 40
# " | News, Archive, Press2017": a bar and short category words, no sentence.
_TAGS_AFTER = re.compile(r"[ \t]*\|[ \t]*[\w-]+(?:[ \t]*[,|][ \t]*[\w-]+){0,8}[ \t]*$")
#: How many words make the paragraph that follows a post's meta line.
_PARAGRAPH_WORDS = 15
#: How far into the text a mid-line place-and-date line may stand.
_DATELINE_CHARS = 1200


def late_date_line(text_lines: Sequence[Span], full: Sequence[DateMention]) -> DateMention | None:
    """The first whole date standing as a glued dateline or a post's meta line."""
    line_index = 0
    meta: list[tuple[DateMention, bool]] = []  # (date, a paragraph follows)
    for mention in full:
        while line_index < len(text_lines) and text_lines[line_index].end < mention.end:
            line_index += 1
        if line_index == len(text_lines):
            break
        line = text_lines[line_index]
        if mention.start < line.start:
            continue
        if not meta and mention.start <= _DATELINE_CHARS and _is_glued_dateline(line, mention):
            return mention
        if mention.start == line.start and _is_meta_line(line, mention):
            following = text_lines[line_index + 1].text if line_index + 1 < len(text_lines) else None
            meta.append((mention, following is None or len(following.split(None, _PARAGRAPH_WORDS)) > _PARAGRAPH_WORDS))
    # one meta line, over a paragraph or closing the text; several are a list of posts
    return meta[0][0] if len(meta) == 1 and meta[0][1] else None


def _is_glued_dateline(line: Span, mention: DateMention) -> bool:
    """"...UniversityToronto – March 12, 2018 – UFCW ...": dashes around the date."""
    offset, end = mention.start - line.start, mention.end - line.start
    if "–" not in line.text and "—" not in line.text:
        return False
    return _DASH_AFTER.match(line.text, end) is not None and \
        _PLACE_BEFORE.search(line.text[max(0, offset - _LOOK_BACK):offset]) is not None


def _is_meta_line(line: Span, mention: DateMention) -> bool:
    """"Oct 20, 2017 | Archives, Press": the date, a bar, category words."""
    return "|" in line.text and _TAGS_AFTER.match(line.text, mention.end - line.start) is not None
