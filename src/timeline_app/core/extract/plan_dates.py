"""What comes next, after a lede that reports an act as done.

"The one day strike action has received tremendous support" then "The
workers will return to work tomorrow" and "both parties will meet
tomorrow": the lede reports the act without a day of its own, so the page's
date dates it (``approximate``); a later sentence's "tomorrow" or "next
week", told in the future tense, dates what follows it, never the act; so
does a date that only spells such a day out ("tomorrow, June 3"). Not
when the opening announces the act to come ("Porters to strike" over "the
union has announced a strike"): then the later day is the act's own.
A lede that is itself a plan ("will strike"), tells no done act (a caption:
"members on strike this week include ...") or dates its own act, leaves
such days to the score.
"""

from __future__ import annotations

import re
from datetime import date

from .clause_tense import is_future_tense
from .date_mentions import WEEKDAY_ALTERNATIVES
from .date_resolution import ResolvedDate, headline_infinitive
from .sentences import Span

__all__ = ["dates_what_follows"]

# "has received", "were arrested", "marched": the lede tells a done act.
_DONE = re.compile(r"\b(?:has|have|had|was|were)\b|\b[a-z]{3,}ed\b")
# A later day a date spells out: "tomorrow, June 3", "next Monday (June 6)"; read in the few characters before it.
_SPELT_OUT = re.compile(r"\b(?:tomorrow|(?:next|this|coming)[ \t]+(?:" + WEEKDAY_ALTERNATIVES + r"))[ \t]*[,(][ \t]*$",
                        re.IGNORECASE)
_SPELT_REACH = 24
# "has announced a strike", "voted to walk out", "called a rally": an opening announcing the act to come.
_ANNOUNCES = re.compile(r"\b(?:announc|call(?:s|ed)?\b|threaten(?:s|ed)?\b|vot(?:e|es|ed)\b|warn(?:s|ed)\b|"
                        r"vow(?:s|ed)\b|pledg(?:es|ed)\b|plann?(?:s|ed)\b|"
                        r"(?:gave|given|serv(?:e|es|ed))[ \t]+notice\b)", re.IGNORECASE)
# The opening read for it: the lede and the characters before it (a dateline's first sentence, the headline).
_OPENING_REACH = 300
# "Porters to strike at Westbrook Quay": a headline's "to" and the act it announces.
_TO_ACT = re.compile(r"\bto[ \t]+\w+", re.IGNORECASE)


def dates_what_follows(resolved: ResolvedDate, sentence: Span, reference: date | None, lede: Span,
                       lede_dated: bool, headline: str = "", text: str = "") -> bool:
    """Whether ``resolved`` is a later day told in the future after an undated, done lede (``headline``: the
    headline's text; ``text``: the page's, for the opening before the lede)."""
    if reference is None or lede_dated or sentence.start <= lede.start or resolved.iso[:10] <= reference.isoformat():
        return False
    if resolved.mention.relative is None and not _spells_out_a_relative_day(resolved, sentence):
        return False
    if not (is_future_tense(sentence.text) and not is_future_tense(lede.text) and _DONE.search(lede.text)):
        return False
    return not _announces_the_act(text[max(0, lede.start - _OPENING_REACH):lede.start] + lede.text, headline)


def _spells_out_a_relative_day(resolved: ResolvedDate, sentence: Span) -> bool:
    """"tomorrow, June 3", "next Monday (June 9)": the date only spells out the day the words before it name."""
    at = resolved.mention.start - sentence.start
    return _SPELT_OUT.search(sentence.text[max(0, at - _SPELT_REACH):at]) is not None


def _announces_the_act(opening: str, headline: str) -> bool:
    """"has announced a strike" in the opening, or a headline told in the future ("Porters to strike")."""
    if _ANNOUNCES.search(opening) or is_future_tense(headline):
        return True
    to_act = _TO_ACT.search(headline)
    return to_act is not None and headline_infinitive(headline, to_act.end())
