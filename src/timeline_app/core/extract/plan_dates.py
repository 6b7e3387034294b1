"""What comes next, after a lede that reports an act as done.

"The one day strike action has received tremendous support" then "The
workers will return to work tomorrow" and "both parties will meet
tomorrow": the lede reports the act without a day of its own, so the page's
date dates it (``approximate``); a later sentence's "tomorrow" or "next
week", told in the future tense, dates what follows it, never the act; so
does a date that only spells such a day out ("tomorrow, June 3").
A lede that is itself a plan ("will strike"), tells no done act (a caption:
"members on strike this week include ...") or dates its own act, leaves
such days to the score.
"""

from __future__ import annotations

import re
from datetime import date

from .clause_tense import is_future_tense
from .date_resolution import ResolvedDate
from .sentences import Span

__all__ = ["dates_what_follows"]

# "has received", "were arrested", "marched": the lede tells a done act.
_DONE = re.compile(r"\b(?:has|have|had|was|were)\b|\b[a-z]{3,}ed\b")
# A later day a date spells out: "tomorrow, June 3", "next Monday (June 6)"; read in the few characters before it.
_SPELT_OUT = re.compile(r"\b(?:tomorrow|(?:next|this|coming)[ \t]+[A-Za-z]+day)[ \t]*[,(][ \t]*$", re.IGNORECASE)
_SPELT_REACH = 24


def dates_what_follows(resolved: ResolvedDate, sentence: Span, reference: date | None, lede: Span,
                       lede_dated: bool) -> bool:
    """Whether ``resolved`` is a later day told in the future after an undated, done lede."""
    at = resolved.mention.start - sentence.start
    relative = resolved.mention.relative is not None or \
        _SPELT_OUT.search(sentence.text[max(0, at - _SPELT_REACH):at]) is not None
    if reference is None or lede_dated or not relative or sentence.start <= lede.start:
        return False
    if resolved.iso[:10] <= reference.isoformat():
        return False
    return bool(is_future_tense(sentence.text)) and not is_future_tense(lede.text) and \
        _DONE.search(lede.text) is not None
