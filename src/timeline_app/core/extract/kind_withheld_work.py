"""Work or trade withheld, named by words that need their actor read before them.

An employer or a ministry that "warned the nurses to resume work" or "ordered
the drivers to return to duty" tells the reader that they stopped working,
though the page may call their stoppage a protest throughout; said alone, going
back to work names no stoppage (people return to work after a holiday, and a
deal is reached "to return to work"). Shopkeepers and market traders withhold
their trade as staff withhold their work: traders who "have boycotted business"
over a tax are on strike, though nobody employs them; consumers who boycott a
business run a campaign (``kinds``' boycotts of goods and firms), and here
business is the trade itself, uncountable, with traders named before it.
"""

from __future__ import annotations

import re

__all__ = ["BACK_TO_WORK", "TRADE_BOYCOTT", "told_back_to_work", "traders_stop_trade"]

#: Going back to work (lower case, matched where ``kinds`` finds "resume" or "return to").
BACK_TO_WORK = r"(?:resume|return[ \t]+to)[ \t]+(?:work|duty|duties)\b"
#: The trade boycotted (lower case, matched where ``kinds`` finds "boycott"): the trade, not a business or a firm.
TRADE_BOYCOTT = (r"boycott(?:s|ed|ing)?[ \t]+business\b"
                 r"(?![ \t-]+(?:talks|meetings?|events?|leaders|owners|as[ \t]+usual))")
# Who is told, just before the cue: "warning teachers to", "ordered all striking staff to", "urged to".
_TOLD = re.compile(r"\b(?:warn|order|urg|direct|instruct|told|tell|ask|command|appeal)[a-z]*[ \t]+"
                   r"(?:[\w'’-]+[ \t]+){0,4}?to[ \t]+$")
# Who withholds the trade, named before the cue in its sentence ("thousands of traders ... have boycotted business").
_TRADERS = re.compile(r"\b(?:traders|shopkeepers|shop[ \t]+owners|merchants|vendors|hawkers|stallholders|"
                      r"business[ \t]+owners|businessmen|businesspeople)\b[^.;:!?\n]*$")
# How far back each actor is looked for.
_TOLD_CHARS = 60
_TRADERS_CHARS = 120


def told_back_to_work(lowered: str, at: int) -> bool:
    """Whether the cue at ``at`` in the lower-cased text is an order, a warning or an appeal to others to go back
    to work ("the office is warning teachers to resume work"), read in a bounded window before it."""
    return bool(_TOLD.search(lowered, max(0, at - _TOLD_CHARS), at))


def traders_stop_trade(lowered: str, at: int) -> bool:
    """Whether the trade boycott at ``at`` in the lower-cased text is traders', named before it within its
    sentence and a bounded window."""
    return bool(_TRADERS.search(lowered, max(0, at - _TRADERS_CHARS), at))
