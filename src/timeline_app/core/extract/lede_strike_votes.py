"""A strike vote told by the opening sentence of a page without a headline.

An archived press release may open on a banner ("Warning message", "This
page is from our archives") and then "Teaching assistants at Arlen have
voted by a wide margin to strike": with no headline to say so,
the first sentence that names an action is what the page reports. When it
reports the vote, and not a strike already under way ("members who voted
to strike last month walked out today"), the page reports a vote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .strike_votes import headline_names_strike_vote

__all__ = ["OPENING_SENTENCES", "lede_names_strike_vote", "reports_ballot_result"]

# "in favour of strike action" with an adverb between: "voted overwhelmingly in favour of".
_VOTED_ADVERB = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballot(?:s|ed|ing)?)[ \t]+\w+ly[ \t]+"
                           r"(?:to|for|in[ \t]+favou?r[ \t]+of)[ \t]+(?:strike|industrial[ \t]+action|walk[ \t-]?out)\b",
                           re.IGNORECASE)
# The strike itself has begun: the vote is then its background.
_UNDER_WAY = re.compile(r"\b(?:(?:went|gone|are|were|is|remain)[ \t]+on[ \t]+strike|walked[ \t]+(?:off|out)|"
                        r"(?:strike|action)[ \t]+(?:began|begins|started|starts|continues))\b", re.IGNORECASE)
# A ballot that closed, or its result: "Once the ballot closed at 5pm, the outcome was clear".
BALLOT_RESULT = re.compile(r"\bballot\b[^.;:!?\n]{0,40}?\b(?:closed|results?)\b|\b(?:ballot|vote)[ \t]+results?\b",
                           re.IGNORECASE)
#: How many body sentences a banner may push the opening statement down.
OPENING_SENTENCES = 6


def lede_names_strike_vote(opening: Sequence[tuple[str, bool]]) -> bool:
    """Whether the first of ``opening`` (sentence, names an action) that
    names an action reports a vote on a strike not yet begun."""
    sentence = next((text for text, has_cue in opening if has_cue), "")
    lowered = sentence.lower()
    if "vot" not in lowered and "ballot" not in lowered and "approv" not in lowered:
        return False  # nearly every opening: no vote in it
    return (headline_names_strike_vote(sentence) or _VOTED_ADVERB.search(sentence) is not None) and \
        _UNDER_WAY.search(sentence) is None


def reports_ballot_result(said_first: Sequence[str]) -> bool:
    """Whether the headline or the first sentence (``said_first``) tells of
    a ballot that closed or of its result, and not of a strike already under
    way: the news is the count, whatever strike it calls ("let's strike!")."""
    return any("allot" in text or "vote" in text.lower() for text in said_first) and any(
        BALLOT_RESULT.search(text) is not None and _UNDER_WAY.search(text) is None for text in said_first)
