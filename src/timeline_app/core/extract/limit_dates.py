"""A day that limits an act, not the day it happens.

"if we're not out by 9am tomorrow", "they would occupy the hall until
Saturday night", "the ultimatum expired on December 17", "a deadline of
Friday": the day is when a warning runs out or an act is to end. A report
names such a day beside the act it reports, never as that act's start, so
it is not the main event's date; nor is the day a ballot or a petition
"closes" on ("opens next week and closes on 24 May"). A day inside a condition ("if tomorrow, all
the staff decide to strike", "if they do not settle this between today and
Friday") is what would happen, or what must, and dates no event at all.
"""

from __future__ import annotations

import re

from .date_mentions import DateMention
from .day_counts import ORDINALS
from .prefilter import contains_any, folded_piece
from .sentences import Span

__all__ = ["counts_since", "in_a_condition", "limits_an_act", "sets_a_target_year", "year_dates_no_event"]

_LIMIT_BEFORE = re.compile(
    r"\b(?:until|till|untill|no[ \t]+later[ \t]+than|deadline(?:[ \t]+(?:of|is|was))?|"
    r"ultimatum(?:[ \t]+(?:of|expires|expired|ends|ended))?|expir(?:es|ed|ing)(?:[ \t]+on)?|"
    r"by(?:[ \t]+(?:\d{1,2}(?:[.:]\d\d)?[ \t]*(?:am|pm|a\.m\.|p\.m\.)|noon|midnight|midday|close[ \t]+of[ \t]+business|"
    r"the[ \t]+end[ \t]+of))?(?:[ \t]+on)?)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# Every match of ``_LIMIT_BEFORE`` holds one of these (lower-cased).
_LIMIT_WORDS = ("til", "later than", "deadline", "ultimatum", "expir", "by")
_LOOK_BACK = 40
# A date naming a deadline after it: "the Dec. 31 deadline", "a 5pm deadline".
_DEADLINE_AFTER = re.compile(r"[ \t]+(?:cut-?off[ \t]+)?deadlines?\b", re.IGNORECASE)
_ON_THE_DAY_BEFORE = re.compile(r"\b(?:on|at|when)[ \t]+(?:midnight[ \t]+on[ \t]+)?(?:the[ \t]+)?$", re.IGNORECASE)


def limits_an_act(sentence: str, at: int, end: int) -> bool:
    """Whether the date at ``sentence[at:end]`` is a deadline or an end
    ("until", "by", "the Dec. 31 deadline"); "led by Monday's marchers" names no deadline."""
    if sentence.startswith(("'s", "’s"), end):
        return False
    if _DEADLINE_AFTER.match(sentence, end) and not _ON_THE_DAY_BEFORE.search(sentence, max(0, at - 30), at):
        return True  # "the government's Dec. 31 deadline"; not "walked out on the 1 March deadline"
    before = sentence[max(0, at - _LOOK_BACK):at]
    if "clos" in before and _CLOSES_BEFORE.search(sentence, max(0, at - _CLOSES_REACH), at):
        return True  # "the ballot opens next week and closes on 24 May": when voting stops, not an act's day
    if not any(word in before.lower() for word in _LIMIT_WORDS):
        return False
    return _LIMIT_BEFORE.search(before) is not None


# A ballot, poll or petition, then "closes" or "will close", right before the day; the vote is the subject of
# "closes": between them only what it is for or among ("the poll of Lakeland nurses closes"), a clause of its own
# ("the ballot, which opens on 10 March and closes") or its opening ("opens next week and closes"); no comma or
# other verb ("Following a council vote, Westbrook library closes", "after the vote residents say the library closes")
_CLOSES_BEFORE = re.compile(r"\b(?:ballot|poll|vote|voting|petition|consultation)s?\b"
                            r"(?:[ \t]+(?:of|for|among|on)[ \t]+[^,.;:()]{0,50}?)?(?:,?[ \t]+(?:which|that))?"
                            r"(?:[ \t]+(?:opens|opened|will[ \t]+open|begins|began|starts|started|runs)\b"
                            r"[^,.;:()]{0,40}?[ \t]+and)?"
                            r"[ \t]+(?:closes|will[ \t]+close|(?:is|are)[ \t]+due[ \t]+to[ \t]+close)"
                            r"(?:[ \t]+(?:on|at[ \t]+\S+[ \t]+on))?[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_CLOSES_REACH = 100


# What makes "by 2030" a target: a plan, an aim, a duty or a call ("cut emissions by 2030",
# "has to be redeveloped by 2010"); "By 1970 students had occupied every college" looks back.
_AIM = re.compile(r"\b(?:will|would|shall|aims?|aimed|target|targets|goal|plans?|planned|pledged?|commit(?:s|ted)?|"
                  r"promised?|wants?|must|should|needs?[ \t]+to|ha(?:s|ve)[ \t]+to|call(?:s|ed|ing)?|"
                  r"demand(?:s|ed|ing)?)\b", re.IGNORECASE)
# A sentence that tells what was done has a verb in the past or a helping verb; a list's item or
# a slogan with none ("100% renewable energy by 2030", under "Our demands:") names a goal.
_TOLD = re.compile(r"\b(?:is|are|was|were|has|have|had|did|been|[a-z]{2,}ed|began|took|held|won|met|ran|went|"
                   r"led|left|made|saw|sat|stood|came|brought|fought|struck|told|said|grew|rose|fell|became|spread|"
                   r"swept|drew|shut|hit|got|kept|lost|sent|broke|drove|gave|built|spent|paid|found|set|put|cut)\b",
                   re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|untill)[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?$", re.IGNORECASE)


def sets_a_target_year(sentence: Span, start: int, end: int) -> bool:
    """Whether the year at ``start:end`` (offsets in the document) of
    ``sentence`` is a target or an end, not when something was done: "until
    1994", or "by 2030" in a sentence that plans, aims or calls for something."""
    text, at = sentence.text, start - sentence.start
    if not limits_an_act(text, at, end - sentence.start):
        return False
    # (the words around the year only: a sentence of many years is read a bounded stretch each)
    near = text[max(0, at - _AIM_REACH):end - sentence.start + _AIM_REACH]
    return _UNTIL.search(text[max(0, at - _LOOK_BACK):at]) is not None or _AIM.search(near) is not None \
        or _TOLD.search(near) is None or _PLEDGED_AFTER.match(text, end - sentence.start) is not None \
        or _NET_ZERO_BEFORE.search(text, max(0, at - _LOOK_BACK), at) is not None


# The year of a pledge or a goal, said right beside it: "the banks' net-zero by 2050 pledges", "its 2030 goals"
# ("By 2015 the campaign had won commitments" looks back: the word is not the year's own). Only the words
# ``_AIM`` does not already find anywhere near the year.
_PLEDGED_AFTER = re.compile(r"[ \t]+(?:pledges|goals|commitments?)\b", re.IGNORECASE)
_NET_ZERO_BEFORE = re.compile(r"\bnet[ \t-]zero[ \t]+(?:\w+[ \t]+)?by[ \t]+$", re.IGNORECASE)


_AIM_REACH = 200


# "the fifth strike the nurses have called since 2009", "the largest march since 1990": a count or a
# comparison reaching back to a year, said in the clause that holds the "since" ("Since 2022, there have
# been at least 10 strikes" when the sentence opens on it); "has campaigned since 2007" (no count), "on strike
# since 2022, the longest dispute" (the comparison is another clause's) and "since 2020, when nurses last
# walked out" (a dated act) keep it.
# A day or month is reached back to only through the act it dates, by a comparison or a count in the noun phrase
# the "since" ends ("the largest rally since the general strike of 3 May 2011", "the third walkout since the march
# on 14 June"), or straight by a count ("This is the second shutdown since 28 October"); "Most porters have been out
# since 4 March" and "on strike ever since the walkout of 4 March" are dated by it.
_SINCE_BEFORE = re.compile(r"\bsince[ \t]+(?:the[ \t]+)?(?:(?:early|late|mid)[ \t-]+)?$|"
                           r"(?P<act>\bsince[ \t]+the[ \t]+(?:[\w'’-]+[ \t]+){1,3}?(?:of|on|in)[ \t]+"
                           r"(?:the[ \t]+)?)$",
                           re.IGNORECASE)
# A rank or a superlative: what a count or a comparison reaching back opens on.
_RANK = r"first|" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th)|biggest|largest|worst|highest|lowest|longest|greatest"
_COMPARED_PHRASE = re.compile(r"\b(?:" + _RANK + r"|(?<=the[ \t])(?:most|least))"
                              r"(?:[ \t]+(?!(?:have|has|had|been|is|are|was|were|be)\b)[\w'’-]+){0,4}[ \t]+$",
                              re.IGNORECASE)
_NTH_COUNTED = re.compile(r"\bthe[ \t]+(?:" + "|".join(ORDINALS) + r"|\d+(?:nd|rd|th))\b(?![ \t-]+year)", re.IGNORECASE)
_COUNTED = re.compile(r"\b(?:" + _RANK + r"|most|least|ever|(?:once|twice|\w+[ \t]+times))\b", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:when|after)\b", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[,;:.!?]")
_CLAUSE_REACH = 80


def counts_since(sentence: Span, start: int, end: int, *, to_a_day: bool = False) -> bool:
    """Whether the year (or, ``to_a_day``, the day or month) at ``start:end`` (offsets in the document) of
    ``sentence`` only says how far back a count or a comparison reaches
    ("the seventh strike since 2007", "the largest march since 1990", "the
    biggest crowd since the rally of 3 May 2011"): the sentence's act
    happened later, not then. Only the clause around the "since" is read,
    so a sentence of many dates costs each a bounded look."""
    text, at, after = sentence.text, start - sentence.start, end - sentence.start
    if "since" not in text[max(0, at - _LOOK_BACK):at].lower():
        return False
    since = _SINCE_BEFORE.search(text, max(0, at - _LOOK_BACK), at)
    if since is None or _WHEN_AFTER.match(text, after):
        return False
    window = text[max(0, since.start() - _CLAUSE_REACH):since.start()]
    stops = list(_CLAUSE_STOP.finditer(window))
    clause = window[stops[-1].end():] if stops else window
    if to_a_day:
        return (_COMPARED_PHRASE if since["act"] else _NTH_COUNTED).search(clause) is not None
    if since.start() <= 2:  # the sentence opens on it: its count comes after ("Since 2022, there have been ...")
        following = text[after:after + _CLAUSE_REACH]
        clause = following.split(".")[0].split(";")[0]
    return _COUNTED.search(clause) is not None


def year_dates_no_event(sentence: Span, mention: DateMention, reached_back: list[int]) -> bool:
    """Whether the year ``mention`` of ``sentence`` dates no event: a target
    (``sets_a_target_year``) or a year a count reaches back to
    (``counts_since``), which is added to ``reached_back``: an undated page
    placed by the latest year it mentions is still later than it."""
    if counts_since(sentence, mention.start, mention.end):
        if mention.year is not None:
            reached_back.append(mention.year)
        return True
    return compared_year(sentence, mention.start) or sets_a_target_year(sentence, mention.start, mention.end)


# "temperatures touching their highest ever like in 1920 and 2002", "more than in 2019", "compared with 2010":
# a year a likeness or a comparison names, with the years listed after it.
_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:just[ \t]+)?(?:like|(?<!well[ \t])(?<!such[ \t])as|than|unlike)[ \t]+in|compared[ \t]+(?:with|to)|"
    r"similar[ \t]+to(?:[ \t]+that[ \t]+of)?)[ \t]+(?:(?:1[89]|20)\d\d[ \t]+(?:and|or)[ \t]+)*$", re.IGNORECASE)


def compared_year(sentence: Span, start: int) -> bool:
    """Whether the year at ``start`` (an offset in the document) is one a likeness or a comparison names
    ("like in 1920 and 2002", "than in 2019"): the sentence's act is not of that year."""
    at = start - sentence.start
    return at > 0 and _COMPARED_BEFORE.search(sentence.text, max(0, at - _LOOK_BACK), at) is not None


# An "if" or "unless" whose clause runs on to the date (not "on Monday, if the talks fail"), its main clause not
# yet begun ("if no deal is reached its members will strike on 12 March": the strike is the news), and not an
# "if" that asks ("asked if", "unclear if": whether what the date dates happened).
_CONDITION_BEFORE = re.compile(r"(?<![\w'’])(?P<asks>(?:asked|asks|ask|asking|unclear|clear|know|knows|known|wonder|"
                               r"wondered|wondering|see|sure|decide|decided|check)[ \t]+)?(?:if|unless)\b"
                               r"(?P<clause>[^,;:.!?()“”\"]{0,80})$", re.IGNORECASE)
# The main clause begun after the condition: a helping verb and the act itself ("its members will strike", "the
# dockers will walk out"); a helping verb alone may still be the condition's own ("if the board will not meet").
_MAIN_CLAUSE = re.compile(r"\b(?:will|would|shall|won['’]t|['’]ll)[ \t]+(?:[a-z]+ly[ \t]+|then[ \t]+|also[ \t]+)?"
                          r"(?:go[ \t]+on[ \t]+strike|strike|walk[ \t]+out|march|protest|rally|occupy|picket|stage|"
                          r"hold|take[ \t]+(?:industrial[ \t]+)?action|begin|start|down[ \t]+tools|stop[ \t]+work|"
                          r"boycott)\b", re.IGNORECASE)
_CONDITION_REACH = 100


def in_a_condition(sentence: Span, mention: DateMention) -> bool:
    """Whether ``mention`` stands in the clause of an "if" or "unless" before it in ``sentence``."""
    at = mention.start - sentence.start
    if at <= 0 or not contains_any(folded_piece(sentence.text[max(0, at - _CONDITION_REACH):at]), ("if", "unless")):
        return False  # (every match holds its "if" or "unless": most clauses, holding neither, skip the search)
    condition = _CONDITION_BEFORE.search(sentence.text, max(0, at - _CONDITION_REACH), at)
    return condition is not None and not condition["asks"] and not _MAIN_CLAUSE.search(condition["clause"])
