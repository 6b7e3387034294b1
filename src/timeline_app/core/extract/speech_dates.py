"""A day that dates what someone said, not what the movement did.

Wire style puts the day after the verb of saying: "their union announced
Tuesday", "the university said on Thursday", or right before it: "the
union on Thursday issued a week's notice". That day is when the news was
told; the act it reports (a vote that "closed Monday night") may be earlier,
so such a date weighs less as the main event's. A full date counts so only
beside another date in its sentence ("addressed the media on Sunday,
August 25, revealing that the strike begins tomorrow, August 26"): alone it
may be the only day the act is given.

A day said inside a quote counts from the day the quote was spoken, when
the words after it say which ("'prepare for a strike tomorrow,' the union's
president told reporters Tuesday night" on a page dated Wednesday: that
Wednesday, not Thursday).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .date_mentions import WEEKDAY_ALTERNATIVES, DateMention, weekday_on_or_before
from .prefilter import folded
from .sentences import Span

__all__ = ["DECIDED_REACH", "DECIDED_TO", "dates_a_statement", "opens_a_report", "spoken_reference"]

_SAID_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|stated|reported|added|claimed|declared|revealed|told[ \t]+\w+|"
    r"(?:was|were)[ \t]+told|"  # (told themselves: "tenants were told on Friday that rents would rise")
    r"addressed[ \t]+(?:the[ \t]+)?(?:media|press|journalists|reporters|a[ \t]+(?:press|news)[ \t]+conference))"
    r"(?:[ \t]+in[ \t]+a[ \t]+statement)?[ \t]+(?:on[ \t]+)?$",
    re.IGNORECASE,
)
_LOOK_BACK = 48
# What may stand before a date that opens its sentence: white space and opening quotation marks, then one of these.
_OPENING_STRIP = " \t\n\"“‘'"
_REPORT_OPENERS = frozenset({"", "on", "last", "earlier on"})
_LONGEST_OPENER = max(map(len, _REPORT_OPENERS))
# A decision to act: "voted to strike", "resolved Friday to embark on".
_DECISION = (r"\b(?:resolved|decided|agreed|voted|vowed|pledged)[ \t]+(?:\w+[ \t]+){0,2}?to[ \t]+"
             r"(?!the\b|a\b|an\b|their\b|its\b)[a-z]+\b")
# ... then, in the same clause, the act's date: "voted to strike from", "voted Friday to stage ... from" (not
# across a clause of what was done: "decided to call off the strike they started on Nov. 1").
DECIDED_TO = re.compile(_DECISION + r"(?:(?!\b(?:that|which|who|they|we|it|started|began|begun|held|launched|had|"
                        r"was|were)\b)[^,;:.()])*$", re.IGNORECASE)
DECIDED_REACH = 120
# A wire story's dateline: its town in capitals, the day, perhaps the agency, then a dash; it weighs as a
# statement's day only before a decision told for a later act ("HARBOURTON, Sept. 30 (Wire) -- Nurses
# voted Friday to stage a strike from Oct. 13"), not before the day's own news.
_DATELINE_CHARS = 40
_DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'-]{1,30},[ \t]+")
_DECIDED_LATER = re.compile(_DECISION, re.IGNORECASE)  # (anywhere in the sentence)
_FILED_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:--|–|—|-)[ \t]")

# A day fronting a clause whose subject then speaks: "On Wednesday, CUPE announced ...", "Last Friday the
# union said ...".
_REPORTED_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’&-]*[ \t]+){1,4}(?:(?:has|had|also)[ \t]+)?(?:said|announced|confirmed|"
    r"stated|declared|revealed|told|warned)\b(?![ \t]*,)")  # (not an aside: "Friday, Unite warned, will be ...")
# A day set off by commas between a subject and its verb of saying ("The federation on Friday, 6 March, said").
# (not before the speaker it inverts: "..., 13 January, announced the union")
_SAID_AFTER_COMMA = re.compile(r",[ \t]*(?:also[ \t]+)?(?:said|announced|confirmed|stated|declared|revealed|told|"
                               r"warned)\b(?![ \t]+(?:the|a|an|its|their|his|her|organi[sz]ers|officials|police)\b|"
                               r"[ \t]+[A-Z])")
# A day between a subject and its verb of saying or giving notice, with no comma: "The union on Thursday issued a
# week's notice that its members would strike", "Lakeland nurses Monday announced ...".
_SAID_RIGHT_AFTER = re.compile(r"[ \t]+(?:said|announced|confirmed|stated|declared|revealed|warned|issued|served|"
                               r"called[ \t]+on)\b")
# Every match of ``_SAID_BEFORE`` holds one of these (lower-cased).
_SAID_VERBS = ("said", "says", "announced", "confirmed", "stated", "reported", "added", "claimed", "declared",
               "revealed", "told", "addressed")


@lru_cache(maxsize=8)
def _tells_a_decision(sentence: str) -> bool:
    """Whether the sentence tells a decision to act (asked once per sentence, for all its dates)."""
    return _DECIDED_LATER.search(sentence) is not None


def opens_a_report(sentence: str, at: int, end: int) -> bool:
    """Whether the date at ``sentence[at:end]`` opens the sentence and its subject then speaks ("On
    Wednesday, CUPE announced ..."): the day of a statement (``date_resolution`` reads such a weekday as
    past); not when the verb is an aside set off by commas ("Friday, Unite warned, will be ...")."""
    # sentence[:at].strip(...), found without copying a long sentence's head once for each of its dates
    start, stop = 0, at
    while start < stop and sentence[start] in _OPENING_STRIP:
        start += 1
    while stop > start and sentence[stop - 1] in _OPENING_STRIP:
        stop -= 1
    return stop - start <= _LONGEST_OPENER and sentence[start:stop].lower() in _REPORT_OPENERS and \
        _REPORTED_AFTER.match(sentence, end) is not None


def dates_a_statement(sentence: str, mention_text: str) -> bool:
    """Whether ``mention_text`` in ``sentence`` follows a verb of saying, or
    opens a sentence whose subject then speaks ("On Wednesday, CUPE announced")."""
    at = sentence.find(mention_text)
    if at < 0:
        return False
    if opens_a_report(sentence, at, at + len(mention_text)):
        return True
    if at == 0:
        return False
    if _SAID_AFTER_COMMA.match(sentence, at + len(mention_text)):
        return True  # "Ten unions on Monday, 6 January, said ...": the day set off before the verb of saying
    if _SAID_RIGHT_AFTER.match(sentence, at + len(mention_text)):
        return True  # "The union on Thursday issued a notice ...": the day of the notice, not of the strike it gives
    if at <= _DATELINE_CHARS and _DATELINE_PLACE.fullmatch(sentence, 0, at) and \
            _FILED_AFTER.match(sentence, at + len(mention_text)) and _tells_a_decision(sentence):
        return True  # "HARBOURTON, Sept. 30 (Wire) -- Nurses ... from Oct. 13": the day the story was filed
    before = sentence[max(0, at - _LOOK_BACK):at]
    # The pattern, led by \b and without case, is tried at every position:
    # a stretch holding none of its verbs (most) is turned down first.
    lowered = folded(before)
    if lowered is not None and len(lowered) == len(before) and not any(verb in lowered for verb in _SAID_VERBS):
        return False
    # the mention's own "on" ("said on Thursday" found as "on Thursday")
    return _SAID_BEFORE.search(before) is not None


# The days a speaker counts from the day of speaking.
_SPOKEN_DAYS = frozenset({"today", "tonight", "tomorrow", "yesterday", "this morning", "this afternoon",
                          "this evening", "last night"})
# After the quote closes: its speaker, then the verb of saying and the day ("..., told reporters Tuesday night").
_SPOKEN_ON = re.compile(r"[^.;:!?“”\"]{0,120}?\b(?:said|says|told[ \t]+\w+|added|explained|stated|announced|warned|"
                        r"insisted)[ \t]+(?:on[ \t]+)?(?P<day>" + WEEKDAY_ALTERNATIVES + r")\b")
_OPENING_QUOTES = ("“", '"')
_CLOSING_QUOTES = re.compile(r"[”\"]")


def spoken_reference(sentence: Span, mention: DateMention, reference: date | None) -> date | None:
    """The day ``mention`` counts from: the weekday its quote was spoken on, on or before ``reference``,
    when the mention is a relative day inside a quote whose attribution names that weekday; else ``reference``."""
    if reference is None or mention.relative not in _SPOKEN_DAYS:
        return reference
    at, end = mention.start - sentence.start, mention.end - sentence.start
    if not any(quote in sentence.text[:at] for quote in _OPENING_QUOTES):
        return reference
    closing = _CLOSING_QUOTES.search(sentence.text, end)
    spoken = _SPOKEN_ON.match(sentence.text, closing.end()) if closing is not None else None
    if spoken is None:
        return reference
    return weekday_on_or_before(reference, spoken["day"])
