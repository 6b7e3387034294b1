"""Signatories run together on one line, each name followed by its affiliation in brackets ("Jo Arlen (School of
Law) Ama Lind (Westbrook College) Kea Holm (School of Arts)"), as a letter's sign-off often reads once its line
breaks are lost.

Three such items in a row, parted by blanks only (a comma or a semicolon parts a sentence's list: "speakers
included X (Y), Z (W)"), two of them people already known, make the run a list of people: every name in it is one
but a place's, and a known given name glued to its surname ("AmaLind") too, as the page spells it. Items are found
from the brackets (few in a text), each name read in a bounded window before its bracket.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .given_names import GIVEN_NAMES
from .organisation_names import COMPASS
from .person_non_name_words import opens_a_place
from .places import names_a_region
from .title_given_names import split_unlisted_title
from .name_tokens import LOWER, NAME_OPENING, NAME_TOKEN, NEXT_TOKEN, UPPER

# A given name and a surname glued together ("AmaLind"; not "McArlen", whose prefix is two letters).
_GLUED_GIVEN = rf"[{UPPER}][{LOWER}]{{2,}}"
_GLUED = rf"{_GLUED_GIVEN}(?=[{UPPER}]){NAME_TOKEN}"
_GLUED_NAME = re.compile(rf"(?P<given>{_GLUED_GIVEN})[{UPPER}][{LOWER}]+")
# A name before its bracket: a glued one, or one to three name words.
_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<name>{_GLUED}|{NAME_OPENING}(?:{NEXT_TOKEN}){{0,2}})[ \t]*$")
# An affiliation in brackets: opens with a capital, holds no bracket nor line break, and is short.
_AFFILIATION = re.compile(rf"\([ \t]*[{UPPER}][^()\n]{{0,80}}\)")
# What may part two items: blanks.
_GAP = re.compile(r"[ \t]*")
_WINDOW = 60
_RUN = 3
_KNOWN = 2


def bracketed_signatories(text: str, known: set[str],
                          name_ok: Callable[[list[str]], bool]) -> list[tuple[str, int]]:
    """(name, offset) of each name in a run of three or more items "name (affiliation)" that names two known
    people; ``name_ok`` refuses sizes and words no name has."""
    if ")" not in text or not known:
        return []
    found: list[tuple[str, int]] = []
    for run in _runs(text):
        if len(run) < _RUN:
            continue  # most brackets stand alone: their names are not judged
        names = [(name, start) for name, start in run if _is_name(name, name_ok)]
        if sum(name in known for name, _ in names) >= _KNOWN:
            found.extend((name, start) for name, start in names if name not in known)
    return found


def _is_name(name: str, name_ok: Callable[[list[str]], bool]) -> bool:
    """Whether an item's name is a person's: no place ("East Harbourton", "New Ostland"), and either words a name
    holds or a known given name glued to a capitalised surname ("AmaLind"; not "WhatsApp")."""
    words = name.split()
    if words[0] in COMPASS or opens_a_place(words, 0) or names_a_region(name):
        return False
    glued = _GLUED_NAME.fullmatch(name) if len(words) == 1 else None
    return name_ok(words) or glued is not None and glued["given"] in GIVEN_NAMES


def _runs(text: str) -> list[list[tuple[str, int]]]:
    """The items "name (affiliation)" of the text, grouped into runs of items that only blanks part."""
    runs: list[list[tuple[str, int]]] = []
    last_end = -1
    at = text.find("(")
    while at != -1:
        bracket = _AFFILIATION.match(text, at)
        name = _NAME_BEFORE.search(text, max(0, at - _WINDOW), at) if bracket else None
        if bracket and name:
            words = name["name"].split()
            cut = split_unlisted_title(words)  # "Sincerely Jo Arlen (...)": a word before a given name and a surname
            item = (" ".join(words[cut:]), name.start("name") + (len(words[0]) + 1 if cut else 0))
            if runs and _GAP.fullmatch(text, last_end, item[1]):
                runs[-1].append(item)
            else:
                runs.append([item])
            last_end = bracket.end()
        at = text.find("(", bracket.end() if bracket else at + 1)
    return runs
