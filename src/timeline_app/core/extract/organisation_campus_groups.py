"""A campus group named after its university ("Harbourton University Strike Solidarity").

Student and staff groups on a campus take the university's name and add what they stand for: a solidarity group
("Westbrook University Strike Solidarity") or a branch of a political students' network ("Arlen University
Socialist Students"). Read as a university followed by a tail, the run was cut to the university, which lost the
group that spoke. Only these two endings make a group: "Arlen University International Students" are
people, "Arlen University Strike" is an action and "Arlen University Staff Solidarity
with ..." a phrase, so they still end at the university.
"""

from __future__ import annotations

import re

# A political or cause word before "Students" ("Socialist", "Marxist", "Feminist"): a network's branch, not people
_CAUSE_WORD = re.compile(r"[A-Z][a-z]+ist")


def a_campus_group(words: list[str], last: int) -> bool:
    """Whether the two words after a university's head word (``words[last]``) name a group of its own:
    "... University Strike Solidarity", "... University Socialist Students"."""
    tail = words[last + 1 :]
    if words[last] != "University" or last == 0 or len(tail) != 2 or not tail[0][:1].isupper():
        return False
    if tail[1] == "Solidarity":
        # "... University Staff Solidarity with": a phrase; "... University Shows Solidarity": a headline's verb
        return tail[0] not in ("Student", "Staff") and not tail[0].endswith("s")
    return tail[1] == "Students" and bool(_CAUSE_WORD.fullmatch(tail[0]))
