"""Cheap substring tests that let a costly pattern be skipped.

Searching a few kilobytes for a plain word (``str.find``) is many times
faster than running a regular expression that starts with an alternation,
so a pattern whose every match must contain one of a few literal words is
run only when one of them is present. For case-insensitive patterns the
test is made on the lower-cased text; that is exact except for four
characters that match ASCII letters under ``re.IGNORECASE`` without
lower-casing to them (dotted and dotless i, long s, the Kelvin sign), so a
text holding any of them is never prefiltered.

The same idea in reverse: a pattern whose every match starts with one of a
few literal words is tried only where ``str.find`` finds those words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

from .document_memo import remembered
from .literal_scan import SHORT_PER_LITERAL, starts_by_regex
from .literal_trie import alternation

_CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")


# The last text folded and its result: extraction folds the same document
# text in several places (kind cues, relative dates, spellings, credits).
# Only the current document is kept, so nothing carries over between
# documents (and the benchmark measures no cross-document caching).
_last_folded: tuple[str, str | None] = ("", "")


def folded(text: str) -> str | None:
    """``text`` lower-cased for literal tests, or None when a case trap
    means a case-insensitive pattern could match where the words do not."""
    global _last_folded
    last = _last_folded
    if last[0] is text:
        return last[1]
    result = folded_piece(text)
    if len(text) > 200:  # sentences are cheap to fold and would evict the document
        _last_folded = (text, result)
    return result


def folded_piece(text: str) -> str | None:
    """``folded`` for a line or a sentence, never kept: a long line kept
    would evict the document, which several steps fold again."""
    if text.isascii():  # no trap can be there, and the test is far cheaper
        return text.lower()
    return None if any(trap in text for trap in _CASE_TRAPS) else text.lower()


def contains_any(text: str | None, words: Iterable[str]) -> bool:
    """Whether ``text`` holds any of ``words``; True when ``text`` is None
    (no safe prefilter: the caller must run its pattern)."""
    if text is None:
        return True
    for word in words:  # a plain loop: a generator for any() costs more than most of its tests
        if word in text:
            return True
    return False


def literal_matches(text: str, literals: Sequence[str],
                    only_before: Mapping[str, tuple[str, ...]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of ``literals`` in ``text`` exactly as ``re.finditer``
    over their alternation (in this order) reports them: leftmost first, the
    earlier literal first where two start at one place, no overlaps. Found
    with ``str.find``, which skips through text far faster than the regex
    engine tries an alternation at every position.

    ``only_before`` lets a short, common literal be dropped wherever none of
    its listed continuations follows (``"no"`` kept only before
    ``"no confidence"``, ...); the caller must list every continuation that
    matters, including any that would hide another literal."""
    found: list[tuple[int, int, int]] = []
    plan = _planned(literals) if type(literals) is tuple else None
    if plan is not None:
        for at in _searched_starts(plan.search, text):  # where a literal of ``rare`` begins
            for order, literal in plan.rare:
                if text.startswith(literal, at):
                    wanted = only_before.get(literal) if only_before else None
                    if wanted is None or text.startswith(wanted, at):
                        found.append((at, order, at + len(literal)))
    for order, literal in enumerate(literals) if plan is None else plan.common:
        wanted = only_before.get(literal) if only_before else None
        at = text.find(literal)
        while at != -1:
            if wanted is None or text.startswith(wanted, at):
                found.append((at, order, at + len(literal)))
            at = text.find(literal, at + 1)
    found.sort()
    chosen: list[tuple[int, int]] = []
    reached = 0
    for at, _, end in found:
        if at >= reached:
            chosen.append((at, end))
            reached = end
    return chosen


def finds(text: str, literal: str) -> Iterator[int]:
    """Every start of ``literal`` in ``text``, overlapping ones included,
    in order: the ``str.find`` walk the finders that test a word's edges by
    hand share (the two loops above keep theirs inline: they are hot)."""
    at = text.find(literal)
    while at != -1:
        yield at
        at = text.find(literal, at + 1)


def literal_starts(text: str, literals: Iterable[str]) -> list[int]:
    """Sorted offsets where any of ``literals`` begins."""
    if type(literals) is tuple and len(text) < SHORT_PER_LITERAL * len(literals) and all(literals):
        return starts_by_regex(text, literals)  # a sentence and many literals: one pass
    if type(literals) is tuple and len(literals) == 1:
        # one literal (most callers): its finds come in order and never twice, so no set to sort
        literal = literals[0]
        starts: list[int] = []
        at = text.find(literal)
        while at != -1:
            starts.append(at)
            at = text.find(literal, at + 1)
        return starts
    plan = _planned(literals) if type(literals) is tuple else None
    found: set[int] = set() if plan is None else set(_searched_starts(plan.search, text))
    for literal in literals if plan is None else (literal for _, literal in plan.common):
        at = text.find(literal)
        while at != -1:
            found.add(at)
            at = text.find(literal, at + 1)
    return sorted(found)


class _Plan(NamedTuple):
    """How the literals of one list are searched: those that open with a blank or a capital (``rare``) by
    ``search``, those of ``common`` with ``str.find`` (each with its place in the list)."""

    search: Callable[..., re.Match[str] | None]
    rare: tuple[tuple[int, str], ...]
    common: tuple[tuple[int, str], ...]


# A list's literals that open with a blank or a capital (" leader ", " spokesperson ", "Workers at "): where a
# list holds many, one pattern of them all lets the regex engine go from one such character to the next and try
# them there at once, two or three times as fast as ``str.find`` walking the text for each in turn (a needle's first
# character common in text makes its walk slow); a list's lower-case words, and a few literals of other kinds,
# are found faster one by one. Plans are kept for the lists the finders search (module constants, the same in
# every document); should their number ever pass a bound, they are all dropped.
_plans: dict[tuple[str, ...], _Plan | None] = {}
_PLANS_KEPT = 512


def _planned(literals: tuple[str, ...]) -> _Plan | None:
    """The plan for ``literals``, or None when too few open with a blank or a capital to gain by one."""
    plan = _plans.get(literals, _NO_PLAN)
    if plan is _NO_PLAN:
        if len(_plans) >= _PLANS_KEPT:
            _plans.clear()
        rare = tuple((order, literal) for order, literal in enumerate(literals) if _slow_to_find(literal))
        common = tuple((order, literal) for order, literal in enumerate(literals) if not _slow_to_find(literal))
        plan = _plans[literals] = None if len(rare) < _RARE_PLANNED else \
            _Plan(re.compile(alternation([literal for _, literal in rare])).search, rare, common)
    return plan  # type: ignore[return-value]


def _slow_to_find(literal: str) -> bool:
    return len(literal) > 1 and not literal[0].islower()  # (one character: str.find runs memchr)


_RARE_PLANNED = 8  # this many literals of a list that open with a blank or a capital, or more: a plan
_NO_PLAN = _Plan(re.compile("").search, (), ())


def _searched_starts(search: Callable[..., re.Match[str] | None], text: str) -> list[int]:
    """Every offset where ``search``'s pattern matches (a literal begins), in order: the ``str.find`` walk."""
    starts = []
    match = search(text)
    while match is not None:
        at = match.start()
        starts.append(at)
        match = search(text, at + 1)
    return starts


def matches_starting_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, given that every match of ``pattern``
    begins at one of ``starts`` (sorted): the pattern is tried only there,
    and a match hides later starts inside it just as ``finditer`` would."""
    reached = 0
    for at in starts:
        if at < reached:
            continue
        match = pattern.match(text, at)
        if match is not None:
            reached = match.end()
            yield match


# The longest text ``WordPattern.search`` searches again each time it is asked.
_SEARCHED_AGAIN = 400


class WordPattern:
    """A case-insensitive pattern ``\\b(?:word|word ...)…`` searched fast.

    ``search(text)`` answers ``pattern.search(text) is not None``. The
    leading ``\\b`` and ``re.IGNORECASE`` keep the engine from skipping
    ahead to likely letters, so the text is lower-cased (``folded``) and a
    copy of the pattern without them is searched, the word boundary in front
    checked in code. Every alternative must start with a word character and
    be written so that lower-case text matches it without IGNORECASE.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._lower = _without_leading_boundary(pattern, pattern.flags & ~re.IGNORECASE)

    def search(self, text: str) -> bool:
        # Asked of one sentence once per date or name in it: a long sentence's
        # answer is kept for the document (a sentence of a thousand dates is
        # searched once, not a thousand times); a short one is searched again,
        # which costs less than keeping it (under 2 % of questions repeat).
        if len(text) > _SEARCHED_AGAIN:
            return remembered(self._search, text)
        return self._search(text)

    def _search(self, text: str) -> bool:
        lowered = folded(text)
        if lowered is None or len(lowered) != len(text):
            return self.pattern.search(text) is not None
        lower = self._lower
        at = 0
        while True:
            match = lower.search(lowered, at)
            if match is None:
                return False
            start = match.start()
            if _starts_word(lowered, start):
                return True
            at = start + 1


class WordCount:
    """``len(pattern.findall(text))`` for a pattern ``\\b(?:word|...)...``
    (case as written) counted fast, the way ``WordPattern`` searches: a copy
    without the leading ``\\b`` lets the engine skip to the words' first
    letters, and the boundary is checked in code. While every match starts a
    word both patterns stop at the same places, so the count is exact; the
    first match inside a word (which could hide a later match of the
    original) sends the whole count back to the original pattern."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._unanchored = _without_leading_boundary(pattern, pattern.flags)

    def count(self, text: str) -> int:
        """How many times ``pattern`` matches ``text``."""
        count = 0
        for match in self._unanchored.finditer(text):
            if not _starts_word(text, match.start()):
                return len(self.pattern.findall(text))  # inside a word: the original decides
            count += 1
        return count


def _without_leading_boundary(pattern: re.Pattern[str], flags: int) -> re.Pattern[str]:
    """``pattern`` (``\\b(?:...``, every alternative opening with a word
    character) without its leading ``\\b``, compiled with ``flags``."""
    if not pattern.pattern.startswith(r"\b(?:"):
        raise ValueError("a word pattern starts with \\b(?:")
    return re.compile(pattern.pattern[2:], flags)


def _starts_word(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")


def word_boundary(text: str, at: int) -> bool:
    """Whether ``\\b`` holds at ``at``: a word character on one side of it only (``_starts_word`` where a
    word character follows)."""
    return _word_char(text, at - 1) != _word_char(text, at)


def _word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")
