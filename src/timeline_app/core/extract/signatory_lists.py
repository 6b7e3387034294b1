"""Names listed on one line, parted by semicolons: the signatories of an
open letter ("A B MP; C D QC; E F, UCU NEC; Professor G H; ...").

Each item opens with a name, after any title and before any postnominal
letters ("MP", "QC") or description. Alone, such an item is no evidence;
a line of two or more items, most of them opening with a name, one of
which is already a known person, is a list of people: every name in it is
one.

Reports from Nigeria and elsewhere list officers the other way round, each
item an office, a comma and the name ("public relations officer, A B;
vice president external, C D; and director of welfare, E F."): an item
ending so carries its own cue, so two of them on a line make their names
people, known or not.

Letters also list their signatories on one long line parted by commas ("A
B, C D, E F and G H"). Five items or more, three in four of them a whole
name and nothing else, make the line a list of people when one of them is
already known or half of them open with a common given name, on a page
that says it is signed, a letter, a statement or a petition, unless the
line before introduces things with a colon ("Stores where staff struck:")
or the line is a page's tags: a line of books, brands or colleges named
after people is rarely on such a page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .bracketed_signatories import bracketed_signatories
from .given_names import mostly_given_names
from .name_blocks import introduced_as_things
from .name_tokens import NAME_OPENING, NAME_TITLES, NEXT_TOKEN
from .person_comma_lines import comma_lines
from .prefilter import folded

_TITLE = rf"(?:(?:{NAME_TITLES}|Revd|Lord|Lady|Baroness)\.?[ \t]+)*"
_ITEM_NAME = re.compile(rf"[ \t]*{_TITLE}(?P<name>{NAME_OPENING}(?:{NEXT_TOKEN}){{1,6}})")
# Letters after a name that are no part of it.
POSTNOMINALS = frozenset("MP QC KC MEP MSP MS AM TD OBE MBE CBE FRS PhD".split())


def signatories_on_lines(text: str, known: set[str], name_ok: Callable[[list[str]], bool],
                         refused: Callable[[str], bool],
                         is_role_word: Callable[[str], bool]) -> list[tuple[str, int]]:
    """(name, offset) of each name listed on a line parted by semicolons
    (``semicolon_signatories``), by commas (``comma_signatories``) or by their bracketed affiliations
    (``bracketed_signatories``)."""
    return semicolon_signatories(text, known, name_ok, refused, is_role_word) + \
        comma_signatories(text, known, name_ok, refused) + bracketed_signatories(text, known, name_ok)


def semicolon_signatories(text: str, known: set[str], name_ok: Callable[[list[str]], bool],
                          refused: Callable[[str], bool],
                          is_role_word: Callable[[str], bool] = lambda word: False) -> list[tuple[str, int]]:
    """(name, offset) of each name opening an item of a semicolon-parted
    line that names a known person, or closing an item after its office.
    ``name_ok`` refuses sizes and words no name has; ``refused`` tells a
    word that ends the name ("Chairman"); ``is_role_word`` an office's word."""
    if ";" not in text:
        return []
    found: list[tuple[str, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.count(";") >= 1:
            if known:
                found.extend(_names_of_line(line, offset, known, name_ok, refused))
            found.extend(_names_after_offices(line, offset, name_ok, is_role_word))
        offset += len(line) + 1
    return found


# An item's end: a comma, any title, then the name, closing the item or its sentence.
_NAME_CLOSING_ITEM = re.compile(rf",[ \t]*{_TITLE}(?P<name>{NAME_OPENING}(?:{NEXT_TOKEN}){{1,3}})[ \t]*(?:\.(?=[ \t]|$))?[ \t]*$")


def _names_after_offices(line: str, offset: int, name_ok: Callable[[list[str]], bool],
                         is_role_word: Callable[[str], bool]) -> list[tuple[str, int]]:
    """Names closing two or more items of ``line`` after an office."""
    names: list[tuple[str, int]] = []
    for start, end in _items(line):
        cut = line.find(". ", start, end)  # the last item may run on into the next sentence
        match = _NAME_CLOSING_ITEM.search(line, start, end if cut == -1 else cut + 1)
        if not match or not name_ok(match["name"].split()):
            continue
        office = line[max(start, match.start() - 80) : match.start()].split()[-8:]
        if any(is_role_word(word.strip("(),")) for word in office):
            names.append((match["name"], offset + match.start("name")))
    return names if len(names) >= 2 else []


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


# A comma list's item that is a whole name: any title, the name, any letters after it.
_WHOLE_NAME_ITEM = re.compile(
    rf"[ \t]*{_TITLE}(?P<name>{NAME_OPENING}(?:{NEXT_TOKEN}){{1,3}})(?:[ \t]+(?:{'|'.join(sorted(POSTNOMINALS))}))*[ \t]*\.?[ \t]*")
# Where one item of a comma list ends: a comma, or the "and" before the last.
_COMMA_ITEM_BREAK = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_LEAST_COMMA_ITEMS = 5


def comma_signatories(text: str, known: set[str], name_ok: Callable[[list[str]], bool],
                      refused: Callable[[str], bool]) -> list[tuple[str, int]]:
    """(name, offset) of each name of a line that lists people parted by
    commas: at least ``_LEAST_COMMA_ITEMS`` items, three in four of them a
    whole name, one of them known or half of them opening with a given name."""
    found: list[tuple[str, int]] = []
    lowered = folded(text)  # (the document's lower-cased text, which other steps have folded already)
    lowered = text.lower() if lowered is None else lowered
    if not any(word in lowered for word in _SIGNING_WORDS):
        return found  # a line of names on a page that signs nothing lists works, brands or places as often
    for offset, line, commas in comma_lines(text):
        if commas >= _LEAST_COMMA_ITEMS - 2 and "tags:" not in line.lower() and not introduced_as_things(text, offset):
            found.extend(_names_of_comma_line(line, offset, known, name_ok, refused))
    return found


# What a page whose lines list signatories says somewhere: that it is signed, a letter or a statement.
_SIGNING_WORDS = ("signed", "signator", "undersigned", "letter", "statement", "petition")
# An item ending so is a prize or a building named after a person, not the person.
_NAMED_AFTER = frozenset("Award Awards Prize Medal Fellowship Lecture Hall House Library Room Building Centre".split())


def _names_of_comma_line(line: str, offset: int, known: set[str], name_ok: Callable[[list[str]], bool],
                         refused: Callable[[str], bool]) -> list[tuple[str, int]]:
    items: list[tuple[int, int]] = []
    start = 0
    for cut in _COMMA_ITEM_BREAK.finditer(line):
        items.append((start, cut.start()))
        start = cut.end()
    items.append((start, len(line)))
    if len(items) < _LEAST_COMMA_ITEMS:
        return []
    names: list[tuple[str, int]] = []
    for start, end in items:
        match = _WHOLE_NAME_ITEM.fullmatch(line, start, end)
        words = match["name"].split() if match else []
        if words and name_ok(words) and not any(refused(word) for word in words) and words[-1] not in _NAMED_AFTER:
            names.append((match["name"], offset + match.start("name")))
    if len(names) * 4 < len(items) * 3:
        return []
    if not mostly_given_names(name for name, _ in names) and not any(name in known for name, _ in names):
        return []
    return [(name, at) for name, at in names if name not in known]
