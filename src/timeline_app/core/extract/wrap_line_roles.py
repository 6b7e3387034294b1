"""Lines a hard wrap never made: what ``wrapped_lines`` keeps apart however the text is wrapped.

A wrap breaks a sentence where the width ends it; some line breaks are the
writer's whatever the width. Two kinds are told apart here:

* lines that stand **apart**, neither running on nor taking a run-on: a
  quoted mail line (">"), a table row ("|") or two columns side by side (a
  gap of blanks or a tab inside the line), a line that is only an address or
  a link, a page's mark ("Page 2 of 3", "- 4 -") and a header or footer the
  text repeats;
* lines that **start** something, so the line above runs on into them only
  where the wrap plainly broke a sentence there (see ``wrapped_lines``),
  though their own wrapped words may run on below them: a list item (a
  bullet of any common style or a dash, "1.", "(2)", "a)", "iv."), a field
  ("WHEN:", "Date and time:", "where:"), and an entry of a list whose
  entries open alike: with a date or a time ("4 February 2025 - the union
  writes ...", "3 March 2025 The members vote ...", "11:30 The march sets
  off"), with a name and a dash or a bracket ("Kea Holm - senior nurse",
  "Mira Tane (Lakeland University)"), with a name and a comma ("Jo Arlen,
  Senior Lecturer ..." next to another such line), or with the same
  lower-case word ("a ferry on every day ...", "a fare for islanders ...").

Of the starts, those that open as an entry does (a name and a dash, a
bracket or a comma, the same lower-case word) are also told apart: a
sentence that names several people or bodies, wrapped, gives its lines such
openings by chance ("... including Kate Chaney, Zoe" over "Daniel, Helen
Haines, Zali Steggall," over "Monique Ryan, ..."), where a list's mark, a
field's label, a date opening an entry or a dateline is seldom chance.
"""

from __future__ import annotations

import re

__all__ = ["LINK_OR_ADDRESS", "line_roles", "opens_as_entry"]

# A quoted mail line or a table row.
_QUOTED = re.compile(r"[ \t]*[>|]")
# A bullet no sentence opens with: the dots, arrows, ticks and stars of word processors, and private-use bullets.
_BULLET = re.compile(r"[ \t]*[•·●○◦▪■►➢➤✓✔✗✘◆❖★→\uf0a7\uf0b7\uf0d8]")
# Name words (a capital, or a particle: "de Vries", "van der Berg"), up to four.
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|de|van|der|von|da|di|du|del|la|le|bin|al|dos|das)"
_NAME = _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,3}"
# How a line may open a list's item or entry, by kind: a mark a sentence may also open with (a dash, "o", "1.",
# "(a)", "iv."), a field's label and colon, a date or a time and a dash, a colon or a capital ("3 March 2025 The
# members vote", "11:30 The march sets off"), a name and a dash or a bracket, a name and a comma. Each counts only
# beside another line that opens the same way (``_REACH``): a list has several.
_OPENINGS = (
    ("dash", re.compile(r"[ \t]*[-*–—][ \t]")),
    ("o", re.compile(r"[ \t]*o[ \t]")),
    ("number", re.compile(r"[ \t]*\(?\d{1,3}[.)](?:[ \t]|\r?\Z)")),
    ("letter", re.compile(r"[ \t]*(?:\(?[a-z][.)]|\([A-Z]\))(?:[ \t]|\r?\Z)")),
    ("roman", re.compile(r"[ \t]*\(?[ivxIVX]{1,5}[.)](?:[ \t]|\r?\Z)")),
    ("field", re.compile(r"[ \t]*(?:[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}|[a-z]+):(?:[ \t]|\r?\Z)")),
    ("date", re.compile(r"[ \t]*(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?(?:[ \t]+\d{4})?|"
                        r"[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|\d{4}|"
                        r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?)"
                        r"(?:[ \t]*[-–—:]|[ \t]+[A-Z])")),
    ("named", re.compile(r"[ \t]*" + _NAME + r"[ \t]+(?:[-–—][ \t]|\()")),
    ("comma", re.compile(r"[ \t]*" + _NAME + r",[ \t]")),
)
#: Openings a wrap may give a sentence's lines by chance, where the sentence names several people or bodies
#: ("... including Kate Chaney, Zoe" over "Daniel, Helen Haines, ..." over "Monique Ryan, ..."); so may a
#: lower-case word that lines beside it open with too.
_BY_CHANCE = frozenset(("named", "comma"))
#: How many lines away another line opening the same way may stand (an item's own wrapped lines lie between); a
#: name and a comma open many a sentence ("Tane, the union's secretary"), so such entries stand next to each other.
_REACH = {"dash": 5, "o": 5, "number": 5, "letter": 5, "roman": 5, "field": 3, "date": 3, "named": 3, "comma": 1}
# A field's label in capitals ("WHEN:", "CONTACT:") needs no other field beside it.
_CAPITAL_LABEL = re.compile(r"[ \t]*[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}:")
# What a field's label is not: the speaker before a quotation ("Mira Tane said: ...").
_SPEECH_BEFORE_COLON = re.compile(r"(?:said|says|told|added|asked|explained|wrote|writes|stated|declared|noted|"
                                  r"warned|insisted|argued|concluded):")
# A wire's dateline opening a line: a place in capitals, then a date, a dash or a bracket ("HARBOURTON, 3 March");
# a place as written, a comma and a date ("Westbrook, March 4, 2025 -").
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d"
_DATELINE = re.compile(r"[ \t]*(?:[A-Z]{3,}(?:[ \t]+[A-Z]{2,}){0,2},?[ \t]+(?:[-–—(]|\d|" + _MONTH_DAY + r")|"
                       r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,[ \t]+" + _MONTH_DAY + r")")
# A page's mark: "Page 2 of 3", or "- 4 -", "2/5" alone on the line.
_PAGE_MARK = re.compile(r"(?i:\bpage[ \t]+\d+(?:[ \t]+of[ \t]+\d+)?\b)|"
                        r"\A[ \t]*[-–]?[ \t]*\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?[ \t]*[-–]?[ \t\r]*\Z")
# An address or a link; a line that is only one (a signature's, a contact's).
LINK_OR_ADDRESS = r"(?:\S+@\S+\.[A-Za-z]{2,}|https?://\S+|www\.\S+)"
_CONTACT = re.compile(r"[ \t]*" + LINK_OR_ADDRESS + r"[ \t\r]*\Z")
# Two columns side by side, or a table's cells: a gap of three blanks or a tab inside the line.
_GAP = re.compile(r"\S(?: {3,}|\t)\S")
#: Lines shorter than this may repeat as they are (a name, a date) without being a page's header or footer.
_SHORTEST_REPEATED = 12


def line_roles(lines: list[str]) -> tuple[set[int], set[int], set[int]]:
    """The indexes of the lines that stand apart, of those that start something, and of the starts that open
    only as a sentence's words may by chance (see the module)."""
    headers = _headers_and_footers(lines)
    openings = [_opening(line) for line in lines]
    apart, starts, by_chance = set(), set(), set()
    for index, line in enumerate(lines):
        if _QUOTED.match(line) or _GAP.search(line) or _PAGE_MARK.search(line) or _CONTACT.match(line) or \
                line.strip() in headers:
            apart.add(index)
        elif _BULLET.match(line) or _CAPITAL_LABEL.match(line) or _DATELINE.match(line):
            starts.add(index)
        elif _opens_like_others(openings, index) or _same_first_word(lines, index):
            starts.add(index)
            if openings[index] in _BY_CHANCE or openings[index] is None:
                by_chance.add(index)
    return apart, starts, by_chance


def opens_as_entry(line: str) -> bool:
    """Whether ``line`` opens as a list's entry may (a date, a name and a dash, a bracket or a comma)."""
    return _opening(line) in ("date", "named", "comma")


def _opening(line: str) -> str | None:
    kind = next((kind for kind, pattern in _OPENINGS if pattern.match(line)), None)
    if kind == "field" and _SPEECH_BEFORE_COLON.search(line, 0, line.find(":") + 1):
        return None
    return kind


def _opens_like_others(openings: list[str | None], index: int) -> bool:
    """Whether line ``index`` opens as an item or an entry, as another line near it does."""
    kind = openings[index]
    if kind is None:
        return False
    reach = _REACH[kind]
    return any(openings[other] == kind for other in range(max(0, index - reach), min(len(openings), index + reach + 1))
               if other != index)


def _headers_and_footers(lines: list[str]) -> set[str]:
    """Lines the text repeats between different lines: a page's header or footer (a passage the page repeats
    whole, as a web page's summary, repeats its neighbours too)."""
    places: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if len(line.strip()) >= _SHORTEST_REPEATED:
            places.setdefault(line.strip(), []).append(index)
    return {line for line, where in places.items() if len(where) > 1 and
            len({lines[at - 1].strip() if at else "" for at in where}) > 1}


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
