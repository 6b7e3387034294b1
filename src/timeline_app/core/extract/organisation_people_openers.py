"""A word for a body's people that opens its name in the middle of a sentence.

"Students", "Staff" and "Members" open sentences ("Students marched on the
University of X"), so ``named_body`` trims them off the front of a run. In
the middle of a sentence, after a lower-case word ("according to the
Students Solidarity Fund", "on the platform of Staff Welfare Trust"), the
capital says the word is the name's own first word: ``with_people_word_before``
gives it back when the rest of the run is a body's name already.
"""

from __future__ import annotations

import re

from .organisation_names import GENERIC, HEADS

# (organisation_shapes keeps them inside a name after its first word: "ESB Retired Staff Association")
PEOPLE_OPENERS = frozenset("Students Staff Members".split())
# A lower-case word and one blank right before the run: no sentence opens there.
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])[a-z]+[ \t]$")


def with_people_word_before(text: str, part: list[str], words: list[str], start: int) -> list[str]:
    """``words`` (what ``named_body`` kept of ``part``, a run's piece starting at ``start``), with the people
    word it trimmed off the front when a lower-case word stands right before it; a head or a generic word
    after it ("the Students Union", "of Staff Council members") leaves it trimmed."""
    if part[0] not in PEOPLE_OPENERS or part[1 : len(words) + 1] != words or \
            words[0] in HEADS or words[0] in GENERIC:
        return words
    return part if _LOWER_WORD_BEFORE.search(text, max(0, start - 20), start) else words
