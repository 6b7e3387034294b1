"""Bodies named beside their signatories: a letter's list of signers, one a line.

An open letter or a joint statement often closes with its signers, each
followed by where they come from: "Andrew Copson, Chief Executive, Humanists
UK", "Shannon Ikebe, UC Berkeley", "Dr Ana Lee (Leiden University)", "Kay Ng
– Harbourton Tenants Union". Many of those bodies carry no organisational
word ("Index on Censorship", "English PEN") and no cue in a sentence, so no
other step finds them; the list's shape is the cue. A reader knows the
column after the names holds affiliations once several lines in a row open
with a person the page names and a comma, a bracket or a spaced dash.

What a column segment must look like to be read as a body (``body_shaped``):
capitalised words (small joiners allowed), no office ("Chief Executive",
"Reader in Public Health"), no place the page could mean instead (a country,
a state, a street), and two words or more unless it is three letters or more in capitals
("UCLA", "SOAS"): a lone capitalised word is as often the signer's town. After
a body, a segment must carry a body's own marks (an organisational word or a
word in capitals): "Orrin Falls Birth Centre, Orrin Falls" names one body.
A list whose column shows no body by its own marks (an organisational word
or a word in capitals) is a list of towns, and gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from .organisation_and_split import split_and
from .organisation_names import HEADS, PLACE_NOUNS, has_head_word, name_key
from .person_roles import is_role_word
from .places import is_place, is_state_or_nation

__all__ = ["signatory_affiliations"]

_TITLES = r"(?:(?:Dr|Prof|Professor|Rev|Revd|Cllr|Councillor|Sir|Dame|Mr|Mrs|Ms|Mx|Lord|Lady|Baroness|Hon)\.?[ \t]+)*"
# A signature line's opening: an optional number or bullet, then any titles before the name.
_OPENING = re.compile(r"[ \t]*(?:\d{1,4}[.)][ \t]*|[-*•·][ \t]+)?" + _TITLES)
# What parts the name from its affiliation: a comma, an opening bracket or a spaced dash.
_AFTER_NAME = re.compile(r"[ \t]*(?:,|\(|[ \t][–—-])[ \t]*")
_SEGMENT = re.compile(r"[^,()]+")
_JOINERS = frozenset("of for and the on in at de du la le des van von da do dos del y & -".split())
_WORD = re.compile(r"[A-Z0-9#][\w'’.&/-]*$")
# Words that open a post rather than a body ("Reader in Public Health", "Senior Lecturer", "Research Fellow").
_POST_OPENERS = frozenset("""Reader Fellow Senior Associate Emeritus Emerita Honorary Visiting Retired Former Consultant
    Solicitor Barrister Partner Research Postdoctoral Doctoral PhD Adjunct Junior Acting Interim""".split())
# Two to four capitalised words: a name's shape, whether or not the page's people step took it.
_NAME_SHAPED = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+){1,3}[A-Z][\w'’-]+")
_ALIKE: list[tuple[int, int]] = []
#: Signature lines in a row (blank lines between them allowed) that make a list of signatories.
SIGNATURE_RUN = 3
# A country's letters, where a signer's column gives their country ("Jo Arlen, USA"); two letters alone are as
# often a state's ("Chicago, IL") and are never read.
_COUNTRY_LETTERS = frozenset("USA UAE DRC PRC ROC".split())
#: Fewest capitalised words on each side of an "and" that part two bodies ``split_and`` keeps whole.
_ALONE_WORDS = 3
#: Longest line read as a signature.
_LINE_CHARS = 200


def signatory_affiliations(text: str, people: Collection[str]) -> list[tuple[int, int]]:
    """(start, end) of each body named after a signer on a list of signatories in ``text``; ``people`` are the
    names the page's people step found (a line opens with one of them, titles aside)."""
    person_keys = {name_key(person) for person in people}
    if not person_keys:
        return []
    found: list[tuple[int, int]] = []
    run: list[list[tuple[int, int]]] = []
    for start, line in _lines(text):
        if not line.strip():
            continue  # blank lines part signatures without ending the list
        spans = _signature_affiliations(text, start, line, person_keys)
        if spans is None:
            found += _column(text, run)
            run = []
        elif spans is not _ALIKE:
            run.append(spans)
    return found + _column(text, run)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _signature_affiliations(text: str, start: int, line: str,
                            person_keys: set[str]) -> list[tuple[int, int]] | None:
    """The body-shaped segments after the signer on ``line`` (at ``start`` in ``text``); None when the line is
    no signature: too long, or not opening with a name before a comma, bracket or dash. A signature whose name
    the people step did not take ("Samuel Weeks, UCLA") gives ``_ALIKE``: it neither ends the list nor counts
    in it, and its column is not read."""
    if len(line) > _LINE_CHARS:
        return None
    opening = _OPENING.match(line)
    parting = _AFTER_NAME.search(line, opening.end())
    if parting is None or parting.end() >= len(line):
        return None
    signer = line[opening.end():parting.start()]
    if name_key(signer) not in person_keys:
        return _ALIKE if _NAME_SHAPED.fullmatch(signer) else None
    spans: list[tuple[int, int]] = []
    for segment in _SEGMENT.finditer(line, parting.end()):
        stripped = segment.group().strip(" \t.;")
        if stripped and body_shaped(stripped, person_keys) and (not spans or _marked_as_body(stripped)):
            # (after a body, a segment unmarked is where it is: "Orrin Falls Birth Centre, Orrin Falls")
            at = start + segment.start() + segment.group().find(stripped)
            spans += _bodies_joined(text, at, stripped, person_keys)
    return spans


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
    """Every segment of a run of signature lines, when it is long enough and at least half of its lines that
    name something name a body by its own marks; otherwise nothing."""
    if len(run) < SIGNATURE_RUN:
        return []
    naming = [spans for spans in run if spans]
    marked = sum(any(_marked_as_body(text[start:end]) for start, end in spans) for spans in naming)
    return [span for spans in naming for span in spans] if naming and 2 * marked >= len(naming) else []


def _marked_as_body(segment: str) -> bool:
    """An organisational word or a word in capitals ("UC Berkeley"): what a town's name does not have."""
    words = segment.split()
    return has_head_word(segment, words) or any(len(word) > 1 and word.isupper() for word in words)


def body_shaped(segment: str, person_keys: Collection[str] = ()) -> bool:
    """Whether a segment of a signature's affiliation column can name a body (see the module docstring)."""
    words = segment.split()
    if not words or len(words) > 9 or not _WORD.match(words[0]) or words[-1] in _JOINERS:
        return False
    if any(not _WORD.match(word) and word not in _JOINERS for word in words):
        return False  # a description in lower case ("retired teacher")
    # a post ("Chief Executive", "Head of the School of X", "Vice President Education"), an address ("Hollins
    # Road", not "Friends of Arlen Park") or a telephone number
    if not words[0][0].isalpha() or words[0] in _POST_OPENERS or words[-1] in PLACE_NOUNS and "of" not in words or \
            is_role_word(words[0]) or any(is_role_word(word) for word in words) and HEADS.isdisjoint(words):
        return False
    if is_place(segment) or is_state_or_nation(segment) or name_key(segment) in person_keys:
        return False
    return len(words) > 1 or words[0].isupper() and 3 <= len(words[0]) <= 8 and words[0] not in _COUNTRY_LETTERS
