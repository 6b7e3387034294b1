"""Where a name with a head word really begins when a list of subjects
inside it is written with a comma.

A capitalised run breaks at a comma, so "the National Education, Health and
Allied Workers' Union" gave "Health and Allied Workers' Union". The words
before the comma are taken back when the name goes on with "and" (the list
continues), what precedes them opens no capitalised run of the sentence,
and they are no office ("Director, Press and Public Relations of ...").
"""

from __future__ import annotations

import re

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
    before = _SUBJECTS_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    if before is None:
        return name, start
    if any(is_role_word(w.strip(",‚")) for w in before["words"].split()):
        return name, start  # "Director, Press and Public Relations of the Ministry": an office
    return f"{before['words']}, {name}", before.start("words")

