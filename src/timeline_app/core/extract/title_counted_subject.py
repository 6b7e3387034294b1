"""A count of people opening a sentence is its subject, never an opening clause.

"At least 40 tutors, among them the guild's chair, were held ..." and
"Nearly 300 nurses from Westbrook, Ostland and Arlen walked out" open with
"at" and "nearly", which also open a clause of time or place that a title
drops ("At the gates, ...", "Nearly a year after the vote, ..."). Dropped
here, they would leave the sentence's verb without its subject ("Including
the guild's chair, were held"); a count of people followed within a few
words by who they are is the subject, and stays.
"""

from __future__ import annotations

import re

from .title_tightening import PEOPLE_COUNTED

_COUNT_WORDS = (r"\d[\d,.]*(?:[ \t]\d{3})*|a[ \t]+dozen|(?:dozens|hundreds|thousands|scores)[ \t]+of|two|three|four|"
                r"five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|a[ \t]+hundred|a[ \t]+thousand")
# The count, then at most three plain words before the people: no preposition ("At least 12 days after | students
# ...", "Nearly two years without | teachers"), no unit of time or share ("Nearly two weeks | ..."). (read by
# ``title_compression``'s aside too: "At least 40 tutors" opens a subject, "At least two weeks after ..." a clause)
_GAP_STOP = (r"(?:of|after|before|from|since|into|in|on|at|by|for|to|ago|without|within|during|under|among|amid|"
             r"with|over|through|throughout|until|than|per|years?|months?|weeks?|days?|nights?|hours?|minutes?|"
             r"decades?|times|percent)(?![\w-])")
COUNTED_PEOPLE = (r"(?i:" + _COUNT_WORDS + r")[ \t]+(?:(?!" + _GAP_STOP + r")[\w'’-]+[ \t]+){0,3}?"
                  r"(?i:" + PEOPLE_COUNTED + r")\b")
_COUNTED = re.compile(r"^(?i:at[ \t]+(?:least|most)|nearly|almost)[ \t]+" + COUNTED_PEOPLE)


def opens_with_counted_people(text: str) -> bool:
    """Whether ``text`` opens with a count of people ("At least 40 tutors", "Nearly 300 striking nurses")."""
    return text[:1] in "AaNn" and _COUNTED.match(text) is not None
