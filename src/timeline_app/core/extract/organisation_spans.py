"""Where a name with a head word really begins, when a capitalised run
gets it wrong in one of two ways seen on unseen pages.

* A list of subjects before the head, written with a comma, breaks the run
  at the comma: "the National Education, Health and Allied Workers' Union"
  gave "Health and Allied Workers' Union". The words before the comma are
  taken back when the name goes on with "and" (the list continues) and
  what precedes them is not itself part of a sentence's capitalised run.
* A person named before "of" glues to the body: "Ayub Lala of People's
  Students Federation". When the words before "of" carry no head word and
  the words after it do, the body is what follows "of". A head before "of"
  ("University of X", "Union of Students") keeps the whole name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .organisation_names import is_role_word

# "National Education, " right before the name: one to three capitalised words and a comma,
# after "the", an opening bracket, a line start or a lower-case word.
_SUBJECTS_BEFORE = re.compile(
    r"(?:(?<=\bthe[ \t])|(?<=\bThe[ \t])|(?<=\()|(?<=^)|(?<=\n)|(?<=[a-z][ \t]))"
    r"(?P<words>[A-Z][\w'’-]*(?:[,‚]?[ \t]+[A-Z][\w'’-]*){0,2})[,‚][ \t]+$"
)  # "‚" (a low quotation mark) stands for a comma in mis-encoded pages
_LOOKBACK = 60


def with_listed_subjects_before(text: str, name: str, start: int) -> tuple[str, int]:
    """(name, start), taking back "National Education, " in front of
    "Health and Allied Workers' Union" (see the module docstring)."""
    words = name.split()
    if len(words) < 3 or "and" not in words[1:3]:
        return name, start
    window_start = max(0, start - _LOOKBACK)
    before = _SUBJECTS_BEFORE.search(text[window_start:start])
    if before is None:
        return name, start
    if any(is_role_word(w.strip(",‚")) for w in before["words"].split()):
        return name, start  # "Director, Press and Public Relations of the Ministry": an office
    begin = window_start + before.start("words")
    return f"{before['words']}, {name}", begin


def without_person_before_of(words: list[str], is_head: Callable[[str], bool]) -> list[str]:
    """The body after "of" when the words before it carry no head word but
    those after it do ("Ayub Lala of People's Students Federation")."""
    if "of" not in words:
        return words
    at = words.index("of")
    before, after = words[:at], words[at + 1 :]
    if 2 <= len(before) <= 3 and not any(is_head(w) for w in before) and any(is_head(w) for w in after):
        return after
    return words
