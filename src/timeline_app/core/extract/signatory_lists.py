"""Names listed on one line, parted by semicolons: the signatories of an
open letter ("A B MP; C D QC; E F, UCU NEC; Professor G H; ...").

Each item opens with a name, after any title and before any postnominal
letters ("MP", "QC") or description. Alone, such an item is no evidence;
a line of two or more items, most of them opening with a name, one of
which is already a known person, is a list of people: every name in it is
one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .name_tokens import NAME_OPENING, NAME_TITLES, NEXT_TOKEN

_TITLE = rf"(?:(?:{NAME_TITLES}|Revd|Lord|Lady|Baroness)\.?[ \t]+)*"
_ITEM_NAME = re.compile(rf"[ \t]*{_TITLE}(?P<name>{NAME_OPENING}(?:{NEXT_TOKEN}){{1,6}})")
# Letters after a name that are no part of it.
POSTNOMINALS = frozenset("MP QC KC MEP MSP MS AM TD OBE MBE CBE FRS PhD".split())


def semicolon_signatories(text: str, known: set[str], name_ok: Callable[[list[str]], bool],
                          refused: Callable[[str], bool]) -> list[tuple[str, int]]:
    """(name, offset) of each name opening an item of a semicolon-parted
    line that names a known person. ``name_ok`` refuses sizes and words no
    name has; ``refused`` tells a word that ends the name ("Chairman")."""
    if not known or ";" not in text:
        return []
    found: list[tuple[str, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.count(";") >= 1:
            found.extend(_names_of_line(line, offset, known, name_ok, refused))
        offset += len(line) + 1
    return found


def _names_of_line(line: str, offset: int, known: set[str], name_ok: Callable[[list[str]], bool],
                   refused: Callable[[str], bool]) -> list[tuple[str, int]]:
    items = [item for item in _items(line) if line[item[0]:item[1]].strip()]
    names: list[tuple[str, int]] = []
    for start, end in items:
        match = _ITEM_NAME.match(line, start, end)
        if not match:
            continue
        words: list[str] = []
        for word in match["name"].split():
            if word in POSTNOMINALS or refused(word):
                break
            words.append(word)
        if name_ok(words):
            names.append((" ".join(words), offset + match.start("name")))
    if len(items) < 2 or len(names) * 2 < len(items) or not any(name in known for name, _ in names):
        return []
    return [(name, at) for name, at in names if name not in known]


def _items(line: str) -> list[tuple[int, int]]:
    """(start, end) of each part of ``line`` between semicolons."""
    spans: list[tuple[int, int]] = []
    start = 0
    for part in line.split(";"):
        spans.append((start, start + len(part)))
        start += len(part) + 1
    return spans
