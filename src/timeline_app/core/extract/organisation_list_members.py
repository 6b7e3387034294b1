"""Names listed beside bodies: coordination joins things of one kind.

"students from Brightwater, Westbrook University, Lakeland College
and Sable Point": a list whose members are mostly bodies already found
(by a head word, a definition, an acronym with evidence) lists bodies, so
the members no rule found ("Brightwater", "Sable Point") are bodies too. A
list is three or more capitalised names joined by commas or "and" (a comma
may end a hard-wrapped line); it counts only when at least ``_MIN_FOUND``
of its members, and at least half of them, were found, so a list of towns
or people with one body in it stays as it is; after words saying that its
members are bodies ("members of", "MPs from", "organised by") one found is
enough. A body's town after it ("X University, Lapai", not after a body
named by one word in small letters: "Tesco, Penfold and Kestrelmart") and a
fragment of a wrapped name are no members; an "&" inside a name found whole
("Marks & Spencer") parts no members. What
is a name inside a member (leading sentence words, a person's title) is
``organisation_context_names``'s question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from .given_names import GIVEN_NAMES
from .organisation_runs import CAP, RIGHT_TO
from .person_cues import TITLES

# A member's words: capitalised, or an acronym ("UP, PUP, UST, Adamson"); "and" and "&" separate members.
_WORD = rf"(?:{CAP}|[A-Z][A-Z&]+(?![\w'’&-]))"
# (Every member opens with a capital: the look-ahead turns down other positions before the look-behind.)
_ITEM = re.compile(rf"(?=[A-Z])(?<![\w'’&.-]){_WORD}"
                   rf"(?:[ \t]+(?:(?:of|for|de|du|des|the|of the|for the|{RIGHT_TO})[ \t]+)?{_WORD})*")
# (RIGHT_TO: "the Right to Work campaign", a right a campaign is named after)
# A member that ends its line, after any bullet or a comma, may hold a small word too ("- Enough is Enough,",
# "- FORSA, Right to Change,"); inside a sentence "to" ends the member ("... and Acorn to Westbrook Council").
_LINE_ITEM = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:of|for|de|du|des|the|of the|for the|is|to|against)[ \t]+)?{_WORD})*"
                        rf"(?=[ \t]*,?[ \t]*(?:\n|$))")
_ITEM_OPENS_LINE = re.compile(r"(?:(?:^|\n)[ \t]*(?:[-•*][ \t]+)?|,[ \t]*)$")
# A comma may end a line: a hard-wrapped list goes on over the break.
# "Generation X, the Renters Union and the Y Foundation": "the" may open a member.
# (A bullet may open the next line: "- Castlebar Trades Council,\n- Climate Justice Coalition,".)
_SEPARATOR = re.compile(r"(?:,[ \t]*(?:\n[ \t]*(?:[-•*][ \t]+)?)?(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(?:the[ \t]+)?")
_MIN_ITEMS = 3
_MIN_FOUND = 2
# Words right before a list that say its members are bodies ("members of X, Y and Z", "organised by X, Y and Z",
# "MPs from X, Y and Z"): one member found is then enough (matched on the lower-cased words, "the" dropped).
_BODY_CUES = ("members of", "member of", "members from", "delegates from", "representatives of",
              "representatives from", "mps from", "organised by", "organized by", "co-organised by",
              "co-organized by", "sponsored by", "endorsed by", "convened by")


def listed_members(text: str, mentions: Iterable[tuple[int, int]],
                   found: Callable[[int, int], bool | None]) -> Iterator[tuple[int, int]]:
    """(start, end) of each member of a list of bodies that no rule found.

    ``mentions`` are the bodies found so far: only the lines where one is
    followed by a list separator are read. ``found(start, end)`` says
    whether a member is a body already found (True), lies partly inside a
    found name (None: neither found nor free), or is free (False).
    """
    for members in (m for lo, hi in _windows(text, mentions) for m in _lists(text, lo, hi)):
        members[0] = _without_a_cue(text, *members[0])
        members = _joined_by_ampersands(text, members, found)
        states = [found(start, end) for start, end in members]
        hits = states.count(True)
        cued = hits < _MIN_FOUND or 2 * hits < len(members)  # (counted only after a cue: "Members of")
        if cued and not (hits and _after_a_body_cue(text, members[0][0])) or \
                cued and _BRANCHES_AFTER.match(text, members[-1][1]):
            continue  # (not "Members of X, Lakeland and Ostland branches": a union's branches)
        alternates = all((state is True) == (i % 2 == 0) for i, state in enumerate(states))
        for i, ((start, end), state) in enumerate(zip(members, states)):
            if state is False and \
                    not (i and states[i - 1] and _is_town(text, *members[i - 1], start, end, alternates)) \
                    and not _is_wrapped(text, start, end, first=i == 0) and not _is_a_person(text[start:end]) \
                    and not _after_a_title(text, start, end) and not (cued and _one_small_word(text[start:end])):
                yield start, end


# Branches after a list: its members are a body's branches' towns ("X Union, Lakeland and Ostland branches")
_BRANCHES_AFTER = re.compile(r"[ \t]+(?:branch(?:es)?|chapters?|locals?)\b")


def _one_small_word(member: str) -> bool:
    """A member of one word not in capitals ("Westbrook"): after a cue of bodies with one member found, as
    likely a town of the found body's (its branches) as a body."""
    return " " not in member and not member.isupper()


def _joined_by_ampersands(text: str, members: list[tuple[int, int]],
                          found: Callable[[int, int], bool | None]) -> list[tuple[int, int]]:
    """Members an "&" joins into one name found whole ("Penfold, Marks & Spencer and Kestrelmart"): one member."""
    joined: list[tuple[int, int]] = []
    for start, end in members:
        if joined and text[joined[-1][1]:start].strip() == "&" and found(joined[-1][0], end):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _after_a_body_cue(text: str, start: int) -> bool:
    """Whether the list's first member follows words saying that its members are bodies ("Members of")."""
    words = _WORDS.findall(text, max(0, start - 30), start)
    if words and words[-1].lower() == "the":
        words.pop()
    return " ".join(words[-2:]).lower() in _BODY_CUES or " ".join(words[-3:]).lower() in _BODY_CUES


_WORDS = re.compile(r"[\w-]+")
_CUE_OPENING = re.compile(r"(?:Members|Delegates|Representatives)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?")


def _without_a_cue(text: str, start: int, end: int) -> tuple[int, int]:
    """A first member without the capitalised cue that opens its sentence ("Members of X" is X)."""
    cue = _CUE_OPENING.match(text, start, end)
    return (cue.end(), end) if cue and cue.end() < end else (start, end)


def _is_a_person(member: str) -> bool:
    """A given name and a surname, perhaps with a title before or a seat's letters after: "Joan Collins
    TD", "Cllr Ann Reid" back a march too."""
    words = member.split()
    while words and words[0].rstrip(".") in TITLES:
        words = words[1:]
    return 2 <= len(words) <= 4 and words[0] in GIVEN_NAMES and (len(words) < 4 or words[-1].isupper())


# A person's title shortened with a full stop.
_SHORT_TITLES = frozenset("Dr. Prof. Mr. Mrs. Ms. Capt. Col. Gen. Rev. Hon. Sr. Fr. Smt. Shri.".split())


def _after_a_title(text: str, start: int, end: int) -> bool:
    """A one-word member right after a person's shortened title ("Dr. Sunilam"): a person named by one
    word, no body (not after a sentence's last word: "... to the Minister. Kestrel, ...")."""
    words = text[max(0, start - 12):start].split()
    return " " not in text[start:end] and bool(words) and words[-1] in _SHORT_TITLES


def _is_town(text: str, before: int, after: int, start: int, end: int, alternates: bool) -> bool:
    """One word after a found body and a bare comma: the body's town ("X University, Lapai", "KSU, Arlen"); after
    a body named by one word not in capitals it is the next body ("Tesco, Penfold and Kestrelmart") unless found
    bodies and such words alternate through the list ("Penfold, Lakeland, Kestrelmart, Westbrook")."""
    body = text[before:after]
    return " " not in text[start:end] and (" " in body or body.isupper() or alternates) and \
        text[after:start].strip() == ","


def _is_wrapped(text: str, start: int, end: int, first: bool) -> bool:
    """Part of a name a hard wrap broke: a list's first member opening a line that goes on from the
    line before ("College of St." / "Benilde"), or a member whose name goes on below in lower case."""
    opens_line = first and start > 1 and text[start - 1] == "\n" and text[start - 2] not in "\n,"
    return opens_line or text[end : end + 1] == "\n" and text[end + 1 : end + 2].islower()


def _windows(text: str, mentions: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines around each mention followed by a separator, a line ending in a comma joined to the next
    (a hard-wrapped list), overlapping windows merged: the only places a list of bodies can be."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(mentions):
        if merged and start < merged[-1][1] or not (text[end : end + 1] in (",", " ") and _SEPARATOR.match(text, end)):
            continue  # inside the last window (each line is walked once), or followed by no separator
        floor = merged[-1][1] if merged else 0
        lo = text.rfind("\n", floor, start) + 1 or floor
        while lo > floor + 1 and text[lo - 2] == ",":
            lo = text.rfind("\n", floor, lo - 1) + 1 or floor
        hi = text.find("\n", end)
        while hi != -1 and text[hi - 1] == ",":
            hi = text.find("\n", hi + 1)
        merged.append((lo, len(text) if hi == -1 else hi))
    return merged


def _lists(text: str, lo: int, hi: int) -> Iterator[list[tuple[int, int]]]:
    """Runs of at least ``_MIN_ITEMS`` capitalised names joined by list separators."""
    members: list[tuple[int, int]] = []
    for match in _ITEM.finditer(text, lo, hi):
        start, end = match.start(), match.end()
        if members and start < members[-1][1]:
            continue  # inside a member alone on its line, read whole below
        if _ITEM_OPENS_LINE.search(text, max(0, start - 8), start) and (line := _LINE_ITEM.match(text, start, hi)):
            end = line.end()
        if members and not _SEPARATOR.fullmatch(text, members[-1][1], start):
            if len(members) >= _MIN_ITEMS:
                yield members
            members = []
        members.append((start, end))
    if len(members) >= _MIN_ITEMS:
        yield members


class KeyRuns:
    """Whether a name's key is a whole run of words inside one of some keys ("cairo" inside "cairo
    university"): every run of a short key is stored once, so each question is one look-up, not one
    substring search per key (a list of thousands of members asked each of thousands of keys)."""

    _SHORT = 12  # words: a longer key (a page's hostile run) is searched as text

    def __init__(self, keys: Iterable[str]) -> None:
        self._runs: set[str] = set()
        self._long: list[str] = []
        for key in keys:
            words = key.split()
            if len(words) > self._SHORT:
                self._long.append(f" {key} ")
                continue
            self._runs.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))

    def __bool__(self) -> bool:
        return bool(self._runs or self._long)  # (none yet: built again when next asked, as the keys grow)

    def __contains__(self, key: str) -> bool:
        return key in self._runs or any(f" {key} " in long for long in self._long)
