"""What comes next, after a lede that reports an act as done.

"The one day strike action has received tremendous support" then "The
workers will return to work tomorrow" and "both parties will meet
tomorrow": the lede reports the act without a day of its own, so the page's
date dates it (``approximate``); a later sentence's "tomorrow" or "next
week", told in the future tense, dates what follows it, never the act.
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


def dates_what_follows(resolved: ResolvedDate, sentence: Span, reference: date | None, lede: Span,
                       lede_dated: bool) -> bool:
    """Whether ``resolved`` is a later day told in the future after an undated, done lede."""
    if reference is None or lede_dated or resolved.mention.relative is None or sentence.start <= lede.start:
        return False
    if resolved.iso[:10] <= reference.isoformat():
        return False
    return bool(is_future_tense(sentence.text)) and not is_future_tense(lede.text) and \
        _DONE.search(lede.text) is not None
