"""A date in a "following ..." clause dates what led up to the news.

"Police on Tuesday arrested three students following a demonstration on
Monday", "Following the protests on 17 January, students took to the
streets again on 1 February": the act the sentence reports is the one in
its main clause; the date inside the clause that "following" opens is the
earlier act it answers. So is the date of what a protest is against, told
in a clause of its own ("joined the march against the police violence
that took place on the campus late on December 16"). Such a date weighs
less as the main event's.
"""

from __future__ import annotations

import re

__all__ = ["FOLLOWED_ACT_PENALTY", "dates_a_followed_act"]

#: What a date inside a "following ..." clause loses as the main event's date.
FOLLOWED_ACT_PENALTY = 1.0
# "following" and the date, with no clause break between them.
_FOLLOWING = re.compile(r"\b(?:following|in the wake of)\b[^,;:.()–—]{0,80}$", re.IGNORECASE)
# "against the violence that took place ...": what was protested against, and the clause telling when it happened.
_AGAINST_WHAT_HAPPENED = re.compile(
    r"\bagainst\b[^,;:.()–—]{0,80}\b(?:that|which)[ \t]+(?:took[ \t]+place|happened|occurred)\b[^,;:.()–—]{0,50}$")
_LOOK_BACK = 100


def dates_a_followed_act(sentence: str, offset: int) -> bool:
    """Whether the date at ``offset`` in ``sentence`` stands in a clause that
    "following" opens (the earlier act the news answers)."""
    before = sentence[max(0, offset - _LOOK_BACK):offset]
    lowered = before.lower()
    if "against" in lowered and _AGAINST_WHAT_HAPPENED.search(before):
        return True
    if "following" not in lowered and "wake of" not in lowered:
        return False
    return _FOLLOWING.search(before) is not None
