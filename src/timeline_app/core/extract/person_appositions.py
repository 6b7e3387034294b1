"""An office in front of a name set off by commas: "the chief of staff
from the Education Department, Dingani Ngobeni, was booed", "the president
of the student union, Mara Quill, said".

A clause that opens with "the" (or "its", "their") and an office, then the
name between commas and a verb after it, describes the person by office:
the reader meets the office first and the name as its apposition. The
clause may name the body in lower case ("of the union"), which the other
cues, reading a body's capitals, do not cover.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .organisation_names import HEADS

# The clause before the name: from a clause boundary, an article or a
# possessive, up to four words of the office, then anything up to the comma.
_OFFICE_CLAUSE = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)[ \t]+(?P<head>(?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+)"
    r"(?P<rest>[ \t]+(?:of|from|at|for|in)[ \t]+[^,;:()“”\"\n]{1,80}?)?[ \t]*,[ \t]*$")
# After the name: its closing comma, then a word in lower case that goes on
# the sentence (a verb, "who"), not a list's next name nor a joined phrase.
_VERB_AFTER = re.compile(r"^,[ \t]+(?!(?:and|or|the|a|an|as|in|on|at|of|for|to|with)\b)[a-z]")
_LOOKBACK = 140


def office_in_apposition(before: str, after: str, is_role_word: Callable[[str], bool]) -> str | None:
    """The office of "the ROLE of the body, NAME, verb ..." or None:
    ``before`` is the text in front of the name, ``after`` behind it."""
    if not after.startswith(",") or not before.rstrip(" \t").endswith(",") or not _VERB_AFTER.match(after):
        return None
    tail = before[-_LOOKBACK:]
    match = _OFFICE_CLAUSE.search(tail)
    if match is None:
        return None
    head = match["head"].split()
    # an office among the head's words, the head singular ("the students at the rally, A B, ..." is a group)
    if not any(is_role_word(word) for word in head) or head[-1].endswith("s") and not head[-1].endswith("ss"):
        return None
    role = f"{match['head']}{match['rest'] or ''}"
    return " ".join(role.split())


# A verb or agent's "by" in a described role: what follows is the phrase's
# own complement ("the protest led by ... Teachers"), not the name's office.
_APPOSITIVE_VERB = frozenset(
    "by led organised organized held called was were is are has had that which does do did".split())


def appositive_head(role: str) -> list[str]:
    """The words of a role after a name that may hold its office: at most
    eight, and none past a verb of the phrase's own ("Peace Arch, the march
    led by the Union of Concerned Teachers" names no teacher)."""
    head: list[str] = []
    words = role.split()[:8]
    for at, word in enumerate(words):
        if word in _APPOSITIVE_VERB:
            break
        if word[:1].isupper() and words[at + 1 : at + 2] and words[at + 1] in HEADS:
            continue  # "the College Editors Guild": a word of a body's name, no office of the person
        head.append(word)
    return head
