"""Work or trade withheld, named by words that need their actor read before them.

An employer or a ministry that "warned the nurses to resume work" or "ordered
the drivers to return to duty" tells the reader that they stopped working,
though the page may call their stoppage a protest throughout; said alone, going
back to work names no stoppage (people return to work after a holiday, and a
deal is reached "to return to work"), nor does an ordinary return others are
told of: to the office, to a task, after a storm or an illness (unless the
sentence tells of a stoppage). A country's economy shut down names a general
strike where people shut it, pledged or done, not where rules, lockdowns or a
virus shut it down. Shopkeepers and market traders withhold
their trade as staff withhold their work: traders who "have boycotted business"
over a tax are on strike, though nobody employs them; consumers who boycott a
business run a campaign (``kinds``' boycotts of goods and firms), and here
business is the trade itself, uncountable, with traders named before it as
its subject.
"""

from __future__ import annotations

import re

__all__ = ["BACK_TO_WORK", "SHUT_DOWN_ECONOMY", "TRADE_BOYCOTT", "shut_by_people", "told_back_to_work",
           "traders_stop_trade"]

#: Going back to work (lower case, matched where ``kinds`` finds "resume" or "return").
BACK_TO_WORK = r"(?:resume|return[ \t]+to)[ \t]+(?:work|duty|duties)\b"
#: The trade boycotted (lower case, matched where ``kinds`` finds "boycott"): the trade, not a business or a firm.
TRADE_BOYCOTT = (r"boycott(?:s|ed|ing)?[ \t]+business\b"
                 r"(?![ \t-]+(?:talks|meetings?|events?|leaders|owners|as[ \t]+usual))")
#: A country's economy shut down (lower case, matched where ``kinds`` finds "shut"): by people, not by rules.
SHUT_DOWN_ECONOMY = r"shut(?:s|ting)?[ \t]+down[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+)?economy\b"
_BACK_TO_WORK = re.compile(BACK_TO_WORK)
# Who is told, just before the cue: "warning teachers to", "ordered all striking staff to", "urged to"; each verb
# spelt out in its forms ("director", "urgently" and "orderly" tell nobody).
_TOLD = re.compile(r"\b(?:warn(?:s|ed|ing)?|order(?:s|ed|ing)?|urg(?:e|es|ed|ing)|direct(?:s|ed|ing)?|"
                   r"instruct(?:s|ed|ing)?|told|tell(?:s|ing)?|ask(?:s|ed|ing)?|command(?:s|ed|ing)?|"
                   r"appeal(?:s|ed|ing)?)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?to[ \t]+$")
# An ordinary return, just after the cue: to the office or a task ("in the office", "on site", "in person", "on the
# budget bill"; not "on the wards", "on the 5th"), or one person's, when ready ("only when she felt ready").
_ORDINARY_RETURN = re.compile(
    r"[ \t]+(?:(?:in|at|to)[ \t]+(?:the|their|its|his|her)[ \t]+offices?\b|on[ \t]+site\b|in[ \t]+person\b|"
    r"on[ \t]+(?:the|a|an|its|their|his|her)[ \t]+(?:new[ \t]+)?"
    r"(?:budget|bills?|projects?|reports?|books?|album|case|film|bridges?|walls?)\b|"
    r"(?:only[ \t]+)?(?:when|once)[ \t]+(?:she|he)\b)")
# A return after a break or an illness ("two weeks after surgery", "after the storm"): an ordinary one unless its
# sentence tells of a stoppage or threatens those who stay out ("after the Easter holiday or lose their pay").
_AFTER_A_BREAK = re.compile(r"[ \t]+(?:[\w'’-]+[ \t]+){0,3}?after[ \t]+(?:(?:the|a|an|his|her|their)[ \t]+)?"
                            r"(?:[\w'’-]+[ \t]+)?(?:holidays?|leave|illness|surgery|storms?)\b")
_STOPPAGE_TOLD = re.compile(r"\b(?:strik(?:e|es|ing)|stoppages?|walk-?outs?|or[ \t]+(?:lose|face|forfeit|be[ \t]+"
                            r"(?:sacked|dismissed|fired)))\b")
_SENTENCE_END = re.compile(r"[.;!?\n]")
# Who withholds the trade, named before the cue in its sentence and its subject ("thousands of traders ... have
# boycotted business"): no clause of another subject ("traders fear that visitors will boycott"; "said that they
# would boycott" is theirs) and no other actor in between.
_TRADERS = re.compile(r"\b(?:traders|shopkeepers|shop[ \t]+owners|merchants|vendors|hawkers|stallholders|"
                      r"business[ \t]+owners|businessmen|businesspeople)\b"
                      r"(?:(?!\b(?:that(?![ \t]+(?:they|we)\b)|shoppers|customers|consumers|buyers|residents|people|"
                      r"public)\b)[^.;:!?\n])*$")
# What shuts an economy down without people withholding work, in the clause before it ("lockdowns shut", "rules that
# shut", "the virus has shut"; not "workers across Ostland shut", "unions will shut").
_SHUT_BY_NO_ONE = re.compile(r"\b(?:lockdowns?|rules|restrictions|curfews?|the[ \t]+(?:virus|pandemic|outbreak))\b"
                             r"[^.;:!?\n]{0,40}$")
# How far back each actor is looked for.
_TOLD_CHARS = 60
_TRADERS_CHARS = 120
_SHUT_BY_CHARS = 60
# How far after the cue its sentence is read for a stoppage.
_AFTER_CHARS = 160


def told_back_to_work(text: str, lowered: str, at: int) -> bool:
    """Whether the cue at ``at`` in the lower-cased text is an order, a warning or an appeal to others to go back
    to work ("the office is warning teachers to resume work"), read in a bounded window before it, and no ordinary
    return read after it ("told its staff to return to work in the office", "after the storm")."""
    start = max(0, at - _TOLD_CHARS)
    if not _TOLD.search(lowered, start, at):
        return False
    end = _BACK_TO_WORK.match(lowered, at)
    if end is None:
        return True
    if _ORDINARY_RETURN.match(lowered, end.end()):
        return False
    if not _AFTER_A_BREAK.match(lowered, end.end()):
        return True
    opens = max(start, *(lowered.rfind(mark, start, at) + 1 for mark in ".;!?\n"))
    stop = _SENTENCE_END.search(lowered, end.end(), end.end() + _AFTER_CHARS)
    return bool(_STOPPAGE_TOLD.search(lowered, opens, stop.start() if stop else end.end() + _AFTER_CHARS))


def traders_stop_trade(text: str, lowered: str, at: int) -> bool:
    """Whether the trade boycott at ``at`` in the lower-cased text is traders', named before it as its subject
    within its sentence and a bounded window."""
    return bool(_TRADERS.search(lowered, max(0, at - _TRADERS_CHARS), at))


def shut_by_people(text: str, lowered: str, at: int) -> bool:
    """Whether the economy shut down at ``at`` in the lower-cased text is shut by people withholding work
    ("unions will shut down the economy", "workers shut down the economy"), not by rules or a virus ("lockdowns
    shut down the economy")."""
    return not _SHUT_BY_NO_ONE.search(lowered, max(0, at - _SHUT_BY_CHARS), at)
