"""Days listed before the one that carries the month: "on 13-14 and 16-17 December".

A strike called "on 13-14 and 16-17 December" or "on 13, 14 and 16 December"
begins on the 13th, but the month is written once, after the last day, so the
date patterns read only "16-17 December" and the action was dated three days
late. The days listed before it, after "on", "from" or "between" and each
smaller than the next, belong to the same month: the mention is widened to
start at the first, its ``end_day`` kept as the last day named.

An action's days written each after its weekday ("strike action next week
(Tuesday 22 and Wednesday 23 November)", "walkouts on Monday 13, Tuesday 14
and Wednesday 15 March") are listed the same way, when a bracket or the
action itself opens them (after another verb the first day is another
clause's: "the ballot closed on Friday 3 and Monday 13 March brings the
walkout"); a weekday the list opens with that was read alone ("on Monday") is
the list's first day, not a day of its own.
"""

from __future__ import annotations

import re

from .date_mentions import WEEKDAY_ALTERNATIVES, DateMention

__all__ = ["with_listed_days"]

_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
# The listed days just before a mention, opened by a preposition: "on 13-14 and ", "from 3, 4, ".
_LISTED_BEFORE = re.compile(
    rf"\b(?:on|from|between|over)[ \t]+(?P<days>{_DAY}(?:[ \t]*[-–][ \t]*{_DAY})?"
    rf"(?:,[ \t]*{_DAY}(?:[ \t]*[-–][ \t]*{_DAY})?)*)(?:,?[ \t]+and[ \t]+|,[ \t]*)$",
    re.IGNORECASE,
)
_WEEKDAY = f"(?:{WEEKDAY_ALTERNATIVES})"
_WEEKDAY_DAY = rf"{_WEEKDAY},?[ \t]+{_DAY}"
# The days listed, each after its weekday, just before a mention that opens with a weekday too
_LISTED_WEEKDAYS_BEFORE = re.compile(rf"(?<![\w-])(?P<days>{_WEEKDAY_DAY}(?:,[ \t]*{_WEEKDAY_DAY})*)"
                                     rf"(?P<joint>,?[ \t]+(?:and|&)[ \t]+|,[ \t]*)$")
# What opens a list of an action's days: a bracket, or the action and "on"/"from" ("strike action on Monday 21,
# ..."); after another verb the first day is another clause's ("the ballot closed on Friday 4, and Saturday 19
# November will see the walkout", "talks collapsed on Monday 6 and Thursday 16 March marks the strike")
_ACTION_OPENS = re.compile(r"(?:\(|\b(?:strikes?|action|walk[ \t-]?outs?|walk[ \t]+out|pickets?|picketing|protests?|"
                           r"rall(?:y|ies)|marches|stoppages?|shutdowns?)[ \t]+(?:on|from|between)[ \t]+)$",
                           re.IGNORECASE)
# A verb right after the last day: the list is the subject of its sentence ("Strikes on Monday 13 and Tuesday 14
# March will close the port"), or the days belong to two clauses ("members voted for strike action on Tuesday 7
# and Thursday 16 March will be the first day")
_CLAUSE_GOES_ON = re.compile(r"[ \t]+(?:is|was|will|would|has|had|have|are|were|sees?|saw|could|can|may|might|"
                             r"must|should|shall|marks|brings|becomes|begins)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n])[ \t\"“‘']*$")
_OPENS_WITH_WEEKDAY = re.compile(rf"{_WEEKDAY},?[ \t]+\d")
_NUMBER = re.compile(r"\d+")
_LOOK_BACK = 40


def with_listed_days(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with each day-first date widened over the days listed before it."""
    widened: list[DateMention] = []
    for mention in mentions:
        by_weekday = _OPENS_WITH_WEEKDAY.match(text, mention.start) is not None
        if mention.day is None or mention.month is None or mention.relative or \
                not (by_weekday or text[mention.start:mention.start + 1].isdigit()):
            widened.append(mention)
            continue
        listing = _LISTED_WEEKDAYS_BEFORE if by_weekday else _LISTED_BEFORE
        listed = listing.search(text, max(0, mention.start - _LOOK_BACK * (2 if by_weekday else 1)), mention.start)
        days = [int(n) for n in _NUMBER.findall(listed["days"])] if listed else []
        if not days or days != sorted(set(days)) or days[-1] >= mention.day or days[0] < 1 or \
                by_weekday and _two_clauses(text, mention, listed, len(days)):
            widened.append(mention)
            continue
        start = listed.start("days")
        while by_weekday and widened and widened[-1].end > start and widened[-1].relative and widened[-1].day is None:
            widened.pop()  # "on Monday", "Tuesday" read alone: days of the list
        if widened and widened[-1].end > start:
            widened.append(mention)  # (the listed days are already another mention's)
            continue
        widened.append(mention._replace(start=start, text=text[start:mention.end], day=days[0],
                                        end_day=mention.end_day or mention.day))
    return widened


def _two_clauses(text: str, mention: DateMention, listed: re.Match[str], listed_days: int) -> bool:
    """Whether weekdays and days before a mention end one clause and open another rather than list an action's
    days: no bracket or action opens them, one day is set off by a comma before "and" ("on Friday 4, and
    Saturday 19 ..."), or a verb follows the days of an action that does not open its sentence."""
    opened = _ACTION_OPENS.search(text, max(0, listed.start("days") - 40), listed.start("days"))
    if opened is None or listed_days == 1 and listed["joint"].startswith(",") and "and" in listed["joint"]:
        return True
    # a verb after the days: a list only when the action opens its sentence ("Strikes on ... will close ...")
    return _CLAUSE_GOES_ON.match(text, mention.end) is not None and \
        not _SENTENCE_START.search(text, max(0, opened.start() - 10), opened.start())
