"""Lines a hard wrap never made: what ``wrapped_lines`` keeps apart however the text is wrapped.

A wrap breaks a sentence where the width ends it; some line breaks are the
writer's whatever the width. Two kinds are told apart here:

* lines that stand **apart**, neither running on nor taking a run-on: a
  quoted mail line (">"), a table row ("|") or two columns side by side (a
  gap of blanks or a tab inside the line), a line that is only an address or
  a link, a page's mark ("Page 2 of 3", "- 4 -") and a header or footer the
  text repeats;
* lines that **start** something, so the line above never runs on into
  them, though their own wrapped words may run on below them: a list item (a
  bullet of any common style or a dash, "1.", "(2)", "a)", "iv."), a field
  ("WHEN:", "Date and time:", "where:"), and an entry of a list whose
  entries open alike: with a date or a time ("4 February 2025 - the union
  writes ...", "3 March 2025 The members vote ...", "11:30 The march sets
  off"), with a name and a dash or a bracket ("Kea Holm - senior nurse",
  "Mira Tane (Lakeland University)"), with a name and a comma ("Jo Arlen,
  Senior Lecturer ..." next to another such line), or with the same
  lower-case word ("a ferry on every day ...", "a fare for islanders ...").
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["line_roles", "opens_as_entry"]

# A quoted mail line or a table row.
_QUOTED = re.compile(r"[ \t]*[>|]")
# A list item: a bullet or a dash (with the arrows, ticks and stars of word processors, the private-use bullets
# and the "o" of a second level that text taken from a PDF shows), "1.", "(2)", "a)", "iv.".
_ITEM = re.compile(r"[ \t]*(?:[-*•·●○◦▪■►–—➢➤✓✔✗✘◆❖★→\uf0a7\uf0b7\uf0d8]|o[ \t]|"
                   r"\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{2,5})[.)](?:[ \t]|\r?\Z))")
# A field: a label of up to four words (or one in lower case) and a colon ("WHEN:", "Media contact:", "where:").
_FIELD = re.compile(r"[ \t]*(?:[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}|[a-z]+):(?:[ \t]|\r?\Z)")
# What a field's label is not: the speaker before a quotation ("Mira Tane said: ...").
_SPEECH_BEFORE_COLON = re.compile(r"(?:said|says|told|added|asked|explained|wrote|writes|stated|declared|noted|"
                                  r"warned|insisted|argued|concluded):")
# A page's mark: "Page 2 of 3", or "- 4 -", "2/5" alone on the line.
_PAGE_MARK = re.compile(r"(?i:\bpage[ \t]+\d+(?:[ \t]+of[ \t]+\d+)?\b)|"
                        r"\A[ \t]*[-–]?[ \t]*\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?[ \t]*[-–]?[ \t\r]*\Z")
# A line that is only an address or a link (a signature's, a contact's).
_CONTACT = re.compile(r"[ \t]*(?:\S+@\S+\.[A-Za-z]{2,}|https?://\S+|www\.\S+)[ \t\r]*\Z")
# Two columns side by side, or a table's cells: a gap of three blanks or a tab inside the line.
_GAP = re.compile(r"\S(?: {3,}|\t)\S")
# How a list's entries open: a date or a time and a dash, a colon or a capital ("3 March 2025 The members vote",
# "11:30 The march sets off"); a name and a dash or a bracket; a name and a comma.
_ENTRY_OPENINGS = (
    ("date", re.compile(r"[ \t]*(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?(?:[ \t]+\d{4})?|"
                        r"[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|\d{4}|"
                        r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?)"
                        r"(?:[ \t]*[-–—:]|[ \t]+[A-Z])")),
    ("named", re.compile(r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Za-z][\w.'’-]*){0,3}[ \t]+(?:[-–—][ \t]|\()")),
    ("comma", re.compile(r"[ \t]*[\w.'’-]+(?:[ \t]+[\w.'’-]+){0,3},[ \t]")),
)
#: How many lines away another entry may stand (an entry's own wrapped lines lie between); a name and a comma
#: open many a sentence ("In a statement, the union"), so those entries must stand next to each other.
_ENTRY_REACH = {"date": 3, "named": 3, "comma": 1}
#: A line repeated this often is a page's header or footer; shorter lines may repeat as they are (a name).
_REPEATED, _SHORTEST_REPEATED = 2, 12


def line_roles(lines: list[str]) -> tuple[set[int], set[int]]:
    """The indexes of the lines that stand apart, and of those that start something (see the module)."""
    repeated = Counter(line.strip() for line in lines if len(line.strip()) >= _SHORTEST_REPEATED)
    apart, starts = set(), set()
    openings = [_entry_opening(line) for line in lines]
    for index, line in enumerate(lines):
        if _QUOTED.match(line) or _GAP.search(line) or _PAGE_MARK.search(line) or _CONTACT.match(line) or \
                repeated[line.strip()] >= _REPEATED:
            apart.add(index)
        elif _ITEM.match(line) or _field(line) or _opens_like_others(openings, index) or \
                _same_first_word(lines, index):
            starts.add(index)
    return apart, starts


def _field(line: str) -> bool:
    match = _FIELD.match(line)
    return match is not None and _SPEECH_BEFORE_COLON.search(line, 0, match.end()) is None


def opens_as_entry(line: str) -> bool:
    """Whether ``line`` opens as a list's entry does (a date, a name and a dash, a bracket or a comma)."""
    return _entry_opening(line) is not None


def _entry_opening(line: str) -> str | None:
    return next((kind for kind, pattern in _ENTRY_OPENINGS if pattern.match(line)), None)


def _opens_like_others(openings: list[str | None], index: int) -> bool:
    """Whether line ``index`` opens as an entry, as another line near it does."""
    kind = openings[index]
    if kind is None:
        return False
    reach = _ENTRY_REACH[kind]
    return any(openings[other] == kind for other in range(max(0, index - reach), min(len(openings), index + reach + 1))
               if other != index)


def _same_first_word(lines: list[str], index: int) -> bool:
    """Whether line ``index`` opens with the lower-case word two lines beside it open with too (items
    written without marks: "a ferry ...", "a fare ...", "a meeting ...")."""
    word = _first_lower_word(lines[index])
    if word is None:
        return False
    near = [_first_lower_word(lines[other]) for other in range(max(0, index - 2), min(len(lines), index + 3))
            if other != index]
    return near.count(word) >= 2


def _first_lower_word(line: str) -> str | None:
    words = line.split(maxsplit=1)
    return words[0] if words and words[0].islower() else None
