"""Lines that each hold one person's name: signatories under a statement, a
radio page's guest list ("Laura Sykes, Australian Youth Climate Coalition").

Alone, a line holding a name with no role cue and an unfamiliar given name
is no evidence ("Chirashree Dasgupta" could be a heading). A block of three
or more such lines, one after another, of which one already holds a known
person, is a list of people: every name in it is one; so is such a block
on a page that says it is signed ("We, the undersigned ...") when half its
names open with a common given name. So is a block of two or more under a
heading that says who is listed ("Signatories:", "Speakers will include",
"Signed by:"), whoever they are.

A numbered line ("1. Name, Department, University") holds a name as a
bulleted one does, and so does a speakers' line-up's "Name -- description",
which may run to sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .given_names import mostly_given_names
from .line_bounds import line_around
from .name_tokens import NAME_OPENING, NAME_TITLES, NEXT_TOKEN
from .prefilter import WordPattern, contains_any, folded

# A whole line: a name (two to four words, or initials and one to three)
# after any title ("Prof", "Dr"), then optionally a comma and a short
# description of one or more parts ("University of Leeds, UCU NEC member";
# a full stop only inside brackets: "(retd.)").
_TITLE = rf"(?:{NAME_TITLES})\.?[ \t]+"
# A list's bullet before the name ("~ Name, Office", "• Name from the Body").
#: What opens a list entry or a menu entry.
BULLETS = "~•*·–-"
# A numbered list's number ("1.", "12)") opens an entry as a bullet does.
_BULLET = rf"(?:(?:[{BULLETS}]|[0-9]{{1,3}}[.)])[ \t]+)?"
_NUMBER = re.compile(r"[0-9]{1,3}[.)][ \t]+")
_LINE_OPENING = re.compile(rf"[ \t]*{_BULLET}(?:{_TITLE})?")
# A dash after the name, then a description that may run to sentences.
_DESCRIBED = r"[ \t]+(?:--|–|—)[ \t]+[^\n]{1,400}"
_DASH_AFTER_NAME = re.compile(rf"[ \t]*{_BULLET}(?:{_TITLE})?{NAME_OPENING}(?:{NEXT_TOKEN}){{0,3}}{_DESCRIBED}")
_NAME_LINE = re.compile(
    rf"[ \t]*{_BULLET}(?:{_TITLE})?"
    rf"(?P<name>{NAME_OPENING}(?:{NEXT_TOKEN}){{0,3}})"
    r"(?:[ \t]*\([^()\n]{1,60}\))?"  # "Name (Palestine Society)"
    # "Name, Office at Body" or "Name from the Body"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:from|of)[ \t]+)(?P<rest>(?:[^\n;.!?()]|\([^()\n]{1,30}\)){1,140})"
    # "Name -- A long-time activist, who ...": a speakers' line-up describes each in sentences
    rf"|{_DESCRIBED})?[ \t]*"
)
_LEAST_LINES = 3
_MOST_GATED = 60  # known people sought one by one before the scan (see ``names_in_blocks``)
_LONGEST_LINE = 140  # characters of a name line or a heading, blanks around it left out
# A heading naming the people listed under it.
_PEOPLE_HEADING = re.compile(
    r"[ \t]*(?:(?:list[ \t]+of[ \t]+|initial[ \t]+|other[ \t]+)?(?:signatories|signatures|signers|speakers|panell?ists|"
    r"(?:co-?)?signed(?:[ \t]+by)?|undersigned|endorsed[ \t]+by)"
    r"(?:[ \t]+(?:will[ \t]+)?(?:include|included|are|were|be))?)[ \t]*(?:[:.-][ \t]*)?",
    re.IGNORECASE,
)


def names_in_blocks(text: str, known: set[str], name_ok: Callable[[list[str]], bool]) -> list[tuple[str, int]]:
    """(name, offset) of each name in a block of name lines that holds a
    known person (a known name, or one the line's name extends: "Vinay
    Kumar" for "Vinay Kumar Ambedkar"). ``name_ok`` refuses words and sizes
    no name has."""
    lowered = folded(text)
    headed = contains_any(lowered, _HEADING_WORDS) and _has_heading_line(text)
    signed = contains_any(lowered, _SIGNED_WORDS)
    if not headed and not signed and (not known or len(known) <= _MOST_GATED and
                                      not any(_opens_a_name_line(text, name) for name in known)):
        return []  # no heading, no signing and no known person opens a name line: no block can hold one
    # (a page of hundreds of people skips that test, each name sought through the whole text: the scan below
    # finds the same blocks, in one pass)
    found: list[tuple[str, int]] = []
    for run in _long_runs(text):
        block: list[tuple[str, int]] = []
        under_heading = False
        for line, offset in run:
            # a name line never ends with a sentence's mark (most prose lines do): no regex for those
            match = None if line.rstrip(" \t")[-1] in _NOT_LAST and not _described(line) else _NAME_LINE.fullmatch(line)
            if match and name_ok(match["name"].split()):
                block.append((match["name"], offset + match.start("name")))
            else:  # a line of the run that names no one parts the block
                found.extend(_people_of(block, known, under_heading, signed and _signs(text, block)))
                block = []
                under_heading = headed and _PEOPLE_HEADING.fullmatch(line) is not None
        found.extend(_people_of(block, known, under_heading, signed and _signs(text, block)))
    return found


def _signs(text: str, block: list[tuple[str, int]]) -> bool:
    """Whether ``block`` may be the page's signatures (``introduced_as_things``)."""
    return bool(block) and not introduced_as_things(text, block[0][1])


def introduced_as_things(text: str, at: int) -> bool:
    """Whether the line before the one holding ``at`` introduces what
    follows with a colon ("the stores named were:", "Halls on rent
    strike:") and is no people heading ("Signatories:"), or names things
    that are often named after people ("the brands it is boycotting",
    "students in these halls"): what follows may be such things."""
    end = _content_end(text, max(text.rfind("\n", 0, at), 0))
    previous = text[text.rfind("\n", 0, end) + 1 : end]  # (the last line of ``text[:line_start].rstrip()``)
    return previous.endswith(":") and _PEOPLE_HEADING.fullmatch(previous) is None or _THINGS.search(previous)


_TRAILING_REACH = 64  # characters before a line's start first read for the end of what precedes it


def _content_end(text: str, at: int) -> int:
    """``len(text[:at].rstrip())``, read back only through the blanks before ``at`` (in windows that double:
    slicing the whole text before each of a page's lines cost it its length squared)."""
    reach = _TRAILING_REACH
    while True:
        start = max(0, at - reach)
        kept = len(text[start:at].rstrip())
        if kept or not start:
            return start + kept
        reach *= 2


# Things often named after people, said in the line that introduces a list of them (searched as a ``WordPattern``:
# a leading ``\b`` under IGNORECASE had the engine try every position of the line).
_THINGS = WordPattern(re.compile(
    r"\b(?:brands?|stores?|shops?|halls?|ships?|vessels?|titles?|books?|novels?|films?|songs?|"
    r"firms?|compan(?:y|ies)|products?|venues?|streets?|roads?|buildings?|schools?|colleges?|"
    r"awards?|prizes?|wards?|libraries|stations?)\b", re.IGNORECASE))


# The words every people heading holds: a text without them is not searched for one.
_HEADING_WORDS = ("signator", "signe", "speakers", "panelists", "panellists", "endorsed")


def _long_runs(text: str) -> list[list[tuple[str, int]]]:
    """Runs of at least ``_LEAST_LINES`` lines that may each be a name line
    (short, opening with a capital; blank lines between them allowed), each
    line with its offset. Any other non-blank line ends a block, so a line
    outside such a run can only join a block too short to count: its regex
    need not run, and each run is a block's whole reach."""
    runs: list[list[tuple[str, int]]] = []
    run: list[tuple[str, int]] = []
    offset = 0
    for line in text.split("\n") + ["-"]:  # the sentinel closes the last run
        stripped = line.strip()
        if stripped:
            if _in_a_run(line):
                run.append((line, offset))
            else:
                if len(run) >= _LEAST_LINES:
                    runs.append(run)
                run = []
        offset += len(line) + 1
    return runs


# What no whole name line ends with (before trailing blanks): a name, a
# bracket or a description's last character is never one of these.
_NOT_LAST = frozenset(".!?;")


def _in_a_run(line: str) -> bool:
    """Whether ``line`` may stand in a run of ``_long_runs`` (only such a
    line is ever read as a name line or a heading)."""
    stripped = line.strip()
    if stripped[:1] in BULLETS:
        stripped = stripped[1:].lstrip()
    elif stripped[:1].isdigit() and (number := _NUMBER.match(stripped)):
        stripped = stripped[number.end():]
    return bool(stripped) and stripped[0].isupper() and (len(stripped) <= _LONGEST_LINE or _described(line))


def _described(line: str) -> bool:
    """Whether ``line`` is a name, a dash and a description of the person
    ("Josh West -- Has helped to build ..."), which may be long and end a sentence."""
    return (" --" in line or " –" in line or " —" in line) and _DASH_AFTER_NAME.fullmatch(line) is not None


def _has_heading_line(text: str) -> bool:
    """Whether a line of ``text`` is a people heading: only the lines
    holding a heading word are tried. True when the lower-cased text's
    offsets may differ from the text's (no safe test)."""
    lowered = folded(text)
    if lowered is None or len(lowered) != len(text):
        return True
    for word in _HEADING_WORDS:
        at = lowered.find(word)
        while at != -1:
            end = text.find("\n", at)
            line = text[text.rfind("\n", 0, at) + 1 : len(text) if end == -1 else end]
            if _in_a_run(line) and _PEOPLE_HEADING.fullmatch(line):
                return True
            # the rest of this line gives the same answer: a one-line page of thousands of "signed" was
            # sliced and matched whole for each of them
            at = -1 if end == -1 else lowered.find(word, end + 1)
    return False


def _opens_a_name_line(text: str, name: str) -> bool:
    """Whether ``name`` opens a line (perhaps after a title: "Prof Name,
    University of X") that is a whole name line: a block can hold a known
    person only on such a line."""
    at = text.find(name)
    while at != -1:
        line_start, end = line_around(text, at)
        if at == line_start or text[at - 1] in " \t" and _LINE_OPENING.fullmatch(text, line_start, at):
            line = text[line_start:end]
            if _in_a_run(line) and (line.rstrip(" \t")[-1] not in _NOT_LAST or _described(line)) and \
                    _NAME_LINE.fullmatch(line):  # (the scan's own test of a name line)
                return True
        at = text.find(name, at + 1)
    return False


def _people_of(block: list[tuple[str, int]], known: set[str], under_heading: bool,
               signed: bool) -> list[tuple[str, int]]:
    """``block`` when it lists people: under a people heading, or three
    lines or more holding a known person or, on a page that is signed,
    half of them opening with a common given name."""
    if under_heading and len(block) >= 2:
        return block
    if len(block) < _LEAST_LINES:
        return []
    if any(name in known or any(name[:at] in known for at, char in enumerate(name) if char == " ")
           for name, _ in block):  # (a known name, or one a longer name opens with: each blank's prefix looked up)
        return block
    return block if signed and mostly_given_names(name for name, _ in block) else []


# What a signed letter or statement says of itself ("We, the undersigned", "the signatories"); not "signed by
# 2,000 shoppers", which a pledge says of its numbers.
_SIGNED_WORDS = ("undersigned", "signator")
