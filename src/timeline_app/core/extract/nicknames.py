"""A name with a nickname in quotes between the given name and the surname
('Police Chief Ronald "Bato" Dela Rosa', as Philippine and other news
write politicians' and officers' names), or in brackets after a known given
name ("President Jo (Sunny) Arlen", as unions' releases write their leaders').

The quotes part the capitalised run, so neither half is two name words on
its own. After an office or title, the whole name, nickname and all, is
one person, kept as the text spells it; so is a bracketed one before an
office after a comma ("Jo (Sunny) Arlen, President of ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .document_memo import remembered
from .given_names import GIVEN_NAMES
from .name_tokens import NAME_TOKEN, NEXT_TOKEN
from .organisation_names import COMPASS
from .person_context import office_after_comma
from .places import names_a_region

# The quoted nickname is looked for first (quotes are few), then the given
# name before it and the surname after it.
_NICKNAME = re.compile(r"[ \t](?:[\"“][A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[\"”]|\([A-Z][a-z]+\))[ \t]+")
_GIVEN_BEFORE = re.compile(rf"(?<![\w'’-]){NAME_TOKEN}$")
# the surname may be in the possessive ("Dela Rosa’s insistence")
_SURNAME_AFTER = re.compile(rf"{NAME_TOKEN}(?:{NEXT_TOKEN})?(?=['’]s(?!\w)|(?![\w'’-]))")
_LOOKBACK = 30
# Abbreviations a bracket after a given name holds, a generation's or a retired officer's, no nickname
_NAME_ABBREVIATIONS = frozenset("Jr Sr Jnr Snr Retd Rtd Ret".split())


def nicknamed_people(text: str, is_role_word: Callable[[str], bool],
                     refused: Callable[[str], bool]) -> list[tuple[str, int]]:
    """(name, offset) of each name holding a quoted nickname right after an
    office or title ("Chief", "Senator"); ``refused``: a word no name holds."""
    found: list[tuple[str, int]] = []
    for nickname in _nicknames(text):
        given = _GIVEN_BEFORE.search(text, max(0, nickname.start() - _LOOKBACK), nickname.start())
        surname = _SURNAME_AFTER.match(text, nickname.end())
        if not given or not surname:
            continue
        before = text[max(0, given.start() - 40) : given.start()].split()
        bracket = text[nickname.start() + 1] == "("
        if bracket and (given.group() not in GIVEN_NAMES or any(map(refused, surname.group().split())) or
                        _names_no_nickname(text, nickname.group().strip(" \t()"), surname.group(), refused)):
            continue  # "Mayor Kea (Ostland) Lind", "Jo (Arlen) Council", "Jo (Labour) Arlen": a bracket holds a
            # place or a party as often, after no given name, before no surname, or naming one
        if before and is_role_word(before[-1]) or \
                bracket and office_after_comma(text[surname.end() : surname.end() + 100], is_role_word):
            found.append((text[given.start() : surname.end()], given.start()))
    return found


def _names_no_nickname(text: str, word: str, surname: str, refused: Callable[[str], bool]) -> bool:
    """Whether a bracket's ``word`` is no nickname: a party's or a body's word (``refused``), a place's, an
    abbreviation ("Retd", "Jr"), or a word the page also writes outside brackets, not before the surname (a place
    or a body named again)."""
    if refused(word) or word in COMPASS or names_a_region(word) or word in _NAME_ABBREVIATIONS:
        return True
    after = remembered(_words_outside_brackets, text).get(word, set())
    return len(after) > 1 or bool(after) and surname.split()[0] not in after


# A capitalised word outside brackets, and the word after it if one follows
_OUTSIDE_BRACKETS = re.compile(r"(?<![\w(’'-])([A-Z][a-z]+)(?![\w)’'-])(?:(?=[ \t]+([\w’'-]+)))?")


def _words_outside_brackets(text: str) -> dict[str, set[str]]:
    """Each capitalised word the text writes outside brackets, with the words written after it ("" for none),
    found once per document."""
    found: dict[str, set[str]] = {}
    for match in _OUTSIDE_BRACKETS.finditer(text):
        found.setdefault(match[1], set()).add(match[2] or "")
    return found


def _nicknames(text: str) -> list[re.Match[str]]:
    """Quoted capitalised words between blanks, found from the quote marks
    (few in a text) rather than by trying the pattern at every blank."""
    found: list[re.Match[str]] = []
    for quote in ("\"", "“", "("):
        at = text.find(quote, 1)
        while at != -1:
            match = _NICKNAME.match(text, at - 1)
            if match:
                found.append(match)
            at = text.find(quote, at + 1)
    return sorted(found, key=lambda match: match.start())
