"""Bodies named beside their signatories: a letter's list of signers, one a line.

An open letter or a joint statement often closes with its signers, each
followed by where they come from: "Andrew Copson, Chief Executive, Humanists
UK", "Shannon Ikebe, UC Berkeley", "Dr Ana Lee (Leiden University)", "Kay Ng
– Harbourton Tenants Union". Many of those bodies carry no organisational
word ("Index on Censorship", "English PEN") and no cue in a sentence, so no
other step finds them; the list's shape is the cue. A reader knows the
column after the names holds affiliations once several lines in a row open
with a person the page names and a comma, a bracket or a spaced dash.

What a segment is, from its own words, ``affiliation_segments`` says: a
body, a post, a place or letters after a name. A line whose column names a
body by its own marks (an organisational word, a word in capitals) names no
other: before that body stands a post or a label, after it a place. A line
with no marked body gives its first segment that can be a body, and such
unmarked bodies are read only in a column where two lines in three name a
marked one; a column with no marked body at all (towns, titles) gives none.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from .affiliation_segments import LETTERS, body_shaped, marked_as_body, without_post_at
from .organisation_and_split import split_and
from .organisation_names import name_key
from .person_cues import TITLES

__all__ = ["signatory_affiliations"]

# A signature line's opening: an optional number or bullet.
_NUMBER = re.compile(r"[ \t]*(?:\d{1,4}[.)][ \t]*|[-*•·][ \t]+)?")
# What parts the name from its affiliation: a comma, an opening bracket or a spaced dash.
_AFTER_NAME = re.compile(r"[ \t]*(?:,|\(|[ \t][–—-])[ \t]*")
# A column's segments, parted by commas, brackets and spaced dashes ("Wendle Hedgelaying Society - Lower Marsh").
_SEGMENT = re.compile(r"(?:[^,()\s–—-]|\s(?![–—-]\s)|-(?!\s)|(?<!\s)[–—-])+")
# Two to four capitalised words: a name's shape, whether or not the page's people step took it.
_NAME_SHAPED = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+){1,3}[A-Z][\w'’-]+")
_ALIKE: list[tuple[int, int]] = []
# A line of one to three words with no comma: the wrapped end of the line above ("Bank", "Trust (Kenya)").
_CONTINUATION = re.compile(r"[ \t]*[^\s,]+(?:[ \t]+[^\s,]+){0,2}[ \t]*")
#: Signature lines in a row (blank lines between them allowed) that make a list of signatories.
SIGNATURE_RUN = 3
#: Fewest capitalised words on each side of an "and" that part two bodies ``split_and`` keeps whole.
_ALONE_WORDS = 3
#: Longest name (titles aside) before the comma, bracket or dash.
_NAME_CHARS = 60
#: Longest line read as a signature.
_LINE_CHARS = 200


def signatory_affiliations(text: str, people: Collection[str]) -> list[tuple[int, int]]:
    """(start, end) of each body named after a signer on a list of signatories in ``text``; ``people`` are the
    names the page's people step found (a line opens with one of them, titles aside)."""
    names = set(people)
    # a person found with a title ("Rev. Daniel Pruitt") signs after it: keys with and without titles
    person_keys = {name_key(person) for person in people} | {name_key(person[_after_titles(person, 0):])
                                                              for person in people}
    if not person_keys:
        return []
    found: list[tuple[int, int]] = []
    run: list[list[tuple[int, int]]] = []
    after_signature = False
    for start, line in _lines(text):
        if not line.strip():
            after_signature = False
            continue  # blank lines part signatures without ending the list
        spans = _signature_affiliations(text, start, line, names, person_keys)
        if spans is None:
            if after_signature and run and run[-1] and _CONTINUATION.fullmatch(line):
                run[-1].pop()  # "..., Orrin Valley Community Food" over "Bank": the line above's body is cut
            found += _column(text, run)
            run = []
        elif spans is not _ALIKE:
            run.append(spans)
        after_signature = spans is not None
    return found + _column(text, run)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _signature_affiliations(text: str, start: int, line: str, names: Collection[str],
                            person_keys: set[str]) -> list[tuple[int, int]] | None:
    """The body-shaped segments after the signer on ``line`` (at ``start`` in ``text``); None when the line is
    no signature: too long, or not opening with a name before a comma, bracket or dash. A signature whose name
    the people step did not take ("Samuel Weeks, UCLA") gives ``_ALIKE``: it neither ends the list nor counts
    in it, and its column is not read."""
    if len(line) > _LINE_CHARS:
        return None
    name_at = _after_titles(line, _NUMBER.match(line).end())
    parting = _AFTER_NAME.search(line, name_at, name_at + _NAME_CHARS)
    if parting is None or parting.end() >= len(line):
        return None
    signer = _without_letters(line[name_at:parting.start()])  # "Dr Rajesh Menon MBBS FRCP, ..."
    if signer not in names:  # (most lines end here, before any name's key is worked out)
        if not _NAME_SHAPED.fullmatch(signer):
            return None
        if name_key(signer) not in person_keys:
            return _ALIKE
    segments = [(stripped, start + found.start() + found.group().find(stripped))
                for found in _SEGMENT.finditer(line, parting.end())
                if (stripped := without_post_at(found.group().strip(" \t.;"))) and
                body_shaped(stripped, person_keys)]
    marked = [(segment, at) for segment, at in segments if marked_as_body(segment)]
    # a line that names a body by its marks names no other: what stands before it is a post or a label ("Managing
    # Partner, Lightfoot & Crane LLP"), what after it a place ("Orrin Falls Birth Centre, Orrin Falls")
    chosen = marked or segments[:1]
    return [span for segment, at in chosen for span in _bodies_joined(text, at, segment, person_keys)]


def _without_letters(signer: str) -> str:
    """``signer`` without the honours and degrees written after the name ("Rajesh Menon MBBS FRCP")."""
    words = signer.split(" ")
    while len(words) > 2 and LETTERS.fullmatch(words[-1].rstrip(".")):
        words.pop()
    return " ".join(words)


def _after_titles(line: str, at: int) -> int:
    """Where the name starts on ``line`` after any titles from ``at`` ("Prof. Dr. ", "Imam ", "Atty. ")."""
    while True:
        space = line.find(" ", at)
        if space < 0 or line[at:space].rstrip(".") not in TITLES:
            return at
        at = space + 1


def _bodies_joined(text: str, at: int, segment: str, person_keys: set[str]) -> list[tuple[int, int]]:
    """The segment at ``at`` as one body, or as two when "and" joins two bodies ("African Rainbow Family and
    Manchester Migrant Solidarity"; not "Lightfoot and Crane", whose halves are no bodies alone, nor "Wendle Green
    and Haverleigh Village Society", one society of two villages): ``split_and`` parts them, or "and" joins two
    runs of three capitalised words or more."""
    words = segment.split()
    parts = split_and(words)
    if len(parts) < 2 and words.count("and") == 1:
        left, right = words[: words.index("and")], words[words.index("and") + 1 :]
        if min(len(left), len(right)) >= _ALONE_WORDS and all(word[:1].isupper() for word in left + right):
            parts = [left, right]  # "African Rainbow Family and Manchester Migrant Solidarity"
    if len(parts) < 2 or not all(body_shaped(" ".join(part), person_keys) for part in parts):
        return [(at, at + len(segment))]
    spans, cursor = [], at
    for part in parts:
        first = text.find(part[0], cursor, at + len(segment))
        last = text.find(part[-1], first, at + len(segment)) + len(part[-1])
        spans.append((first, last))
        cursor = last
    return spans


def _column(text: str, run: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The bodies of a run of signature lines: those marked as bodies by their own words, and the unmarked ones
    too when two lines in three or more that name something name a marked body (a column of towns or of titles
    has few). A run shorter than ``SIGNATURE_RUN`` gives nothing."""
    if len(run) < SIGNATURE_RUN:
        return []
    naming = [spans for spans in run if spans]
    marked = sum(any(marked_as_body(text[start:end]) for start, end in spans) for spans in naming)
    if not marked:
        return []
    if 3 * marked >= 2 * len(naming):
        return [span for spans in naming for span in spans]
    return [(start, end) for spans in naming for start, end in spans if marked_as_body(text[start:end])]
