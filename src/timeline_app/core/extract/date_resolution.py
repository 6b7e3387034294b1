"""Resolve date mentions to partial ISO dates against the publication date.

Dates with a year are cut to what they state; day-month dates take the year
nearest the publication date; relative phrases ("last month", "next
Friday", "three weeks ago") are counted from it with plain calendar
arithmetic (the answers of dateutil's ``relativedelta``, which cost ~40 µs
a date), and a bare weekday looks at the tense of its clause.
Without a publication date such mentions stay unresolved rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from .called_weekdays import called_for, called_for_on
from .clause_tense import CLAUSE_CHARS, EXPECTED, IRREGULAR_PAST, REPORTING_PAST, clause_tense_is_past, has_past_verb, \
    may_be_past, past_verbs, says_what_is_ahead, tells_future
from .date_mentions import WEEKDAY_NAMES, DateMention, is_calendar_date
from .day_counts import first_counted_day
from .hour_counts import HOURS_PREFIX, days_ahead
from .month_mentions import resolve_month_only
from .speech_dates import DECIDED_REACH, DECIDED_TO, opens_a_report
from .title_openings import without_opening
from .told_weekdays import told_of_as_coming
from .weekday_years import named_weekday, weekday_year

#: Each weekday's name and its number (Monday 0), as ``date.weekday`` counts.
WEEKDAY_NUMBERS = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}

_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


class ResolvedDate(NamedTuple):
    """A mention turned into an ISO date cut to its precision."""

    mention: DateMention
    iso: str
    precision: str
    end_iso: str | None = None


def resolve_in_year(mention: DateMention, year: int) -> ResolvedDate | None:
    """A year-less day and month read in ``year`` (a headline's, the
    page's), or None when that year has no such day ("29 February" in 2023).
    A whole date needs no sentence to be resolved."""
    if mention.month is None or mention.day is None or not is_calendar_date(year, mention.month, mention.day):
        return None
    return resolve(mention._replace(year=year), None, "")


def resolve(mention: DateMention, reference: date | None, sentence: str = "") -> ResolvedDate | None:
    """Turn a mention into an ISO date cut to precision.

    Mentions without a year and relative phrases need ``reference`` (the
    publication date); without one they stay unresolved rather than guessed.
    """
    if mention.relative is not None:
        return _resolve_relative(mention, reference, sentence) if reference else None
    if mention.year is not None and mention.month is None:
        return ResolvedDate(mention, f"{mention.year:04d}", "year")
    if mention.year is not None and mention.day is None:
        return ResolvedDate(mention, f"{mention.year:04d}-{mention.month:02d}", "month")
    if mention.year is not None:
        assert mention.month is not None and mention.day is not None
        end_iso = None
        if mention.end_day:
            end_iso = f"{mention.year:04d}-{mention.month:02d}-{mention.end_day:02d}"
        return ResolvedDate(mention, f"{mention.year:04d}-{mention.month:02d}-{mention.day:02d}", "day", end_iso)
    if reference is not None and mention.month is not None and mention.day is None:
        return _resolve_month_only(mention, reference, sentence)
    if reference is None or mention.month is None or mention.day is None:
        return None
    year = _nearest_year(mention.month, mention.day, reference)
    if year is None:
        return None
    year = _year_for_tense(year, mention, reference, sentence)
    weekday = named_weekday(mention)
    if weekday is not None:  # "Thursday, December 12": the year on which it is a Thursday
        year = weekday_year(mention, weekday, (year - 1, year, year + 1)) or year
    end_iso = None
    if mention.end_day and is_calendar_date(year, mention.month, mention.end_day):
        end_iso = f"{year:04d}-{mention.month:02d}-{mention.end_day:02d}"
    return ResolvedDate(mention, f"{year:04d}-{mention.month:02d}-{mention.day:02d}", "day", end_iso)


def _resolve_month_only(mention: DateMention, reference: date, sentence: str) -> ResolvedDate:
    """"In March, students occupied ...": the month's year from "last"/"next",
    else the clause's tense, else the nearest (month_mentions.py)."""
    at = sentence.find(mention.text)
    before = sentence[:at] if at > 0 else ""
    past: bool | None = None
    if tells_future(sentence) or EXPECTED.search(before):
        past = False  # "MPs are expected to vote on it in December"
    elif before:
        past = clause_tense_is_past(before)
    if past is None and has_past_verb(sentence):
        past = True
    return ResolvedDate(mention, resolve_month_only(mention, reference, before, past), "month")


def _nearest_year(month: int, day: int, reference: date) -> int | None:
    """The year that puts day/month closest to the publication date."""
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if not is_calendar_date(year, month, day):
            continue
        distance = abs((date(year, month, day) - reference).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


# How far a year-less date may fall on the "wrong" side of the publication
# date before the tense of its clause moves it a year: a report published
# on the 3rd may still say "on the 5th" of a march it announced that week.
_TENSE_SLACK_DAYS = 7


def _year_for_tense(year: int, mention: DateMention, reference: date, sentence: str) -> int:
    """The year of a day and month with no year of their own: the nearest to
    the publication date, unless the clause's tense puts it on the other side
    ("students occupied the library on 1 December", published in June, is the
    December before; "will march on 20 January", published in June, the next).
    The tense is read only when the nearest year would contradict it."""
    assert mention.month is not None and mention.day is not None
    offset = (date(year, mention.month, min(mention.day, 28)) - reference).days
    if -_TENSE_SLACK_DAYS <= offset <= _TENSE_SLACK_DAYS:
        return year
    at = sentence.find(mention.text)
    past = clause_tense_is_past(sentence[:at]) if at > 0 else None
    if offset > 0:
        if at > 0 and (_STARTS_ON.search(sentence, max(0, at - 30), at) or
                       DECIDED_TO.search(sentence, max(0, at - DECIDED_REACH), at) or
                       called_for_on(sentence, at, at + len(mention.text))) and not _says_a_year(sentence):
            # "the term, which begins on August 27th", "voted Friday to stage a strike from Oct. 13", "have
            # called for a strike on 24 September": still to come, whatever verb came before
            return year
        if past is None:  # "expected to run until 20th May", "should expect more pickets": still to come
            past = bool(sentence) and not says_what_is_ahead(sentence) and has_past_verb(sentence)
        if past and is_calendar_date(year - 1, mention.month, mention.day):
            return year - 1
        return year
    future = past is False or (past is None and bool(sentence) and tells_future(sentence))
    if future and is_calendar_date(year + 1, mention.month, mention.day):
        return year + 1
    return year


def _shift_month(reference: date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after ``reference``'s month: what
    ``relativedelta(months=months)`` gives, ten times faster (a year out of
    range still raises ValueError)."""
    years, month = divmod(reference.month - 1 + months, 12)
    shifted = date(reference.year + years, month + 1, 1)
    return shifted.year, shifted.month


def _resolve_relative(mention: DateMention, reference: date, sentence: str) -> ResolvedDate | None:
    rel = mention.relative or ""
    day_iso = lambda d: d.isoformat()  # noqa: E731 - tiny local helper
    if rel in ("today", "tonight") or rel.startswith("this ") and rel.split()[1] in ("morning", "afternoon", "evening"):
        return ResolvedDate(mention, day_iso(reference), "day")
    if rel in ("yesterday", "last night"):
        return ResolvedDate(mention, day_iso(reference - timedelta(days=1)), "day")
    if rel == "tomorrow":
        return ResolvedDate(mention, day_iso(reference + timedelta(days=1)), "day")
    words = rel.split()
    if words[0] == "day" and len(words) > 1 and words[1].isdigit():  # "entered its third day" (day_counts.py)
        return ResolvedDate(mention, day_iso(first_counted_day(words, reference)), "day")
    if mention.weekday_direction is not None:
        return _resolve_weekday(mention, reference, sentence)
    if words[0] == HOURS_PREFIX.strip():  # "48 hours from the start" (hour_counts.py)
        return ResolvedDate(mention, day_iso(reference + timedelta(days=days_ahead(rel) or 0)), "day")
    if words[-1] == "ago":
        count = int(words[0]) if words[0].isdigit() else _NUMBER_WORDS.get(words[0], 1)
        unit = words[1].rstrip("s")
        if unit == "day":
            return ResolvedDate(mention, day_iso(reference - timedelta(days=count)), "day")
        if unit == "week":
            return ResolvedDate(mention, day_iso(reference - timedelta(weeks=count)), "approximate")
        if unit == "month":
            year, month = _shift_month(reference, -count)
            return ResolvedDate(mention, f"{year:04d}-{month:02d}", "month")
        return ResolvedDate(mention, f"{reference.year - count:04d}", "year")
    unit = words[-1]
    step = {"last": -1, "previous": -1, "next": 1, "following": 1}.get(words[-2] if len(words) > 1 else "", 0)
    if words[0] in ("earlier", "later"):
        step = 0
    if unit == "weekend":  # "this weekend" begins on that week's Saturday, not on the day of writing
        saturday = reference - timedelta(days=reference.weekday()) + timedelta(days=5)
        return ResolvedDate(mention, day_iso(saturday + timedelta(weeks=step)), "approximate")
    if unit == "week":
        return ResolvedDate(mention, day_iso(reference + timedelta(weeks=step)), "approximate")
    if unit == "month":
        year, month = _shift_month(reference, step)
        return ResolvedDate(mention, f"{year:04d}-{month:02d}", "month")
    if unit == "year":
        return ResolvedDate(mention, f"{reference.year + step:04d}", "year")
    return None


# A past verb just after the weekday, with no auxiliary before it, nor a
# relative word: "this Friday, when lecturers who voted ... walk out" tells
# what the lecturers did before, not when the walkout is.
_PAST_AFTER = re.compile(
    r"[^.;]{0,40}?(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bto )(?<!\bwill )(?<!\bbeen )(?<!\bwho )(?<!\bwhich )(?<!\bthat )"
    r"\b(?:marched|rallied|gathered|walked|struck|protested|occupied|voted|began|took|held|met|went|came|"
    r"left|stood|sat|gave|ended|started|joined|staged)\b",
    re.IGNORECASE,
)
# A past verb of a deed anywhere in a clause.
_PAST_WORD = re.compile(past_verbs(IRREGULAR_PAST), re.IGNORECASE)
# What ends the clause a weekday stands in: a comma, or a clause of its own
# ("this Friday when lecturers who voted ... walk out").
_WEEKDAY_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:when|who|which|where|and|but)\b", re.IGNORECASE)


def headline_infinitive(sentence: str, at: int) -> bool:
    """"Barbados workers and bosses to march Monday", "Workers to Strike ... on Thursday": a headline (no
    full stop ends it) with a subject, then "to" and a verb of action, and no verb before them, announces
    what is to come. ``at``: where the words read end in ``sentence`` (the weekday's start; for ``plan_dates``,
    the end of the headline's "to" and its verb)."""
    if sentence.rstrip().endswith((".", "!", "?", ";", ":")):
        return False  # a sentence of the body: "Staff chose to walk out Monday."
    words = sentence[:at].lower().split()
    if len(words) > 14 or "to" not in words[1:]:
        return False
    to = words.index("to", 1)
    return len(words) - to <= 6 and words[to + 1 : to + 2] != [] and words[to + 1] in _ACTS_ANNOUNCED and \
        not any(w.endswith("ed") or w in _FINITE_WORDS or _PAST_WORD.fullmatch(w) for w in words[:to])


# The acts a headline announces with "to" ("... to strike", "... to march").
_ACTS_ANNOUNCED = frozenset("""strike march walk rally protest picket stage hold vote ballot occupy boycott demonstrate
    shut down stop begin start launch join kick commence resume escalate""".split())  # ("to kick off on Monday")
_FINITE_WORDS = frozenset("""is are was were be been has have had will would shall should can could may might must
    do does did said says told tells wants want wanted plans plan hopes hope voted decided agreed chose fought saw
    meet meets""".split())


def this_weekday_to_come(sentence: str, at: int, end: int) -> bool:
    """"The march is this Friday", "Join us this Tuesday!": "this" names the
    coming weekday unless the clause that holds it tells something done
    ("This Thursday, there was a walkout"); another clause's past ("when
    lecturers who voted ... walk out", "organisers said") is not its tense.
    ``at``, ``end``: where the weekday stands in ``sentence``."""
    clause = _weekday_clause(sentence, at, end)
    if at >= 0 and _PROGRESSIVE.search(sentence, max(0, at - CLAUSE_CHARS), at) and \
            not sentence.startswith(("'s", "’s"), end) and not _PAST_RIGHT_AFTER.match(sentence, end):
        return True  # "a tenants' union is holding a rally this Sunday (for evicted renters)"
    return not (may_be_past(clause) and _PAST_WORD.search(clause))


# A present progressive before "this <weekday>" tells what is to come.
# (Not a clause's subject: "the crowd that is gathering this Monday was"; not telling of it: "staff are saying
# this Monday's strike ...", "campaigners are celebrating after this Monday's protest".)
_PROGRESSIVE = re.compile(r"(?<!\bthat )(?<!\bwhich )(?<!\bwhat )(?<!\bwho )\b(?:is|are)[ \t]+"
                          r"(?!(?:saying|claiming|showing|celebrating|reporting|suggesting|warning)\b)\w{2,}ing\b"
                          r"(?![^,;.]*\b(?:was|were|had|after)\b)[^,;.]*$", re.IGNORECASE)
# A past verb right after the weekday is the sentence's own ("this Monday turned violent").
_PAST_RIGHT_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:was|were|had|\w{3,}ed)\b")


def _weekday_clause(sentence: str, at: int, end: int) -> str:
    """The clause of ``sentence`` holding the weekday at ``at:end``; a weekday set before
    the sentence's comma ("This Thursday, there was") belongs to what follows;
    the whole sentence when the weekday is not in it (``at`` -1)."""
    if at < 0:
        return sentence
    # (no clause runs further than ``_CLAUSE_REACH`` either side: a page of thousands of weekdays in one
    # unbroken sentence would otherwise read it whole for each)
    first = max(0, at - _CLAUSE_REACH)
    starts = [m.end() for m in _WEEKDAY_CLAUSE_BREAK.finditer(sentence, first, at)]
    start = starts[-1] if starts else first
    after = _WEEKDAY_CLAUSE_BREAK.search(sentence, end, end + _CLAUSE_REACH)
    stop = after.start() if after else min(len(sentence), end + _CLAUSE_REACH)
    if not sentence[start:at].strip(" \t\n\"“‘'") and after is not None and after.group() == ",":
        # fronted: "This Thursday, there was ..."
        following = _WEEKDAY_CLAUSE_BREAK.search(sentence, after.end(), after.end() + _CLAUSE_REACH)
        stop = following.start() if following else min(len(sentence), after.end() + _CLAUSE_REACH)
    return sentence[start:stop]


#: The longest a weekday's clause is read either side of it.
_CLAUSE_REACH = 1000


# A participle before its noun looks ahead: "the planned strike", "a proposed walkout".
_PLANNED_NOUN = re.compile(r"\b(?:the|a|an|their|its)[ \t]+(?:planned|proposed|threatened)\b", re.IGNORECASE)
_TOLD_PAST = re.compile(r"\b(?:" + "|".join(REPORTING_PAST) + r")\b", re.IGNORECASE)


_SUBORDINATE = re.compile(r"\b(?:after|before|since|because|as|while|until|unless|following|when)\b", re.IGNORECASE)


def _planned_clause(sentence: str, at: int, end: int) -> str:
    """The weekday's clause (``_weekday_clause``) up to a subordinate clause after it ("is set to go ahead |
    after talks ended")."""
    clause = _weekday_clause(sentence, at, end)
    found = clause.find(sentence[at:end])
    after = found + (end - at) if found >= 0 else len(clause)
    cut = _SUBORDINATE.search(clause, after)
    return clause[:cut.start()] if cut else clause


def _only_planned(sentence: str) -> bool:
    """Whether the sentence's only past form is a participle before its noun ("the planned strike"):
    "The planned strike on Monday shut every school" and "the union said the planned walkout on Thursday
    had closed wards" tell a past; "the planned strike for this Friday is still on, the union says" does not."""
    if "planned" not in sentence and "proposed" not in sentence and "threatened" not in sentence:
        return False
    rest = _PLANNED_NOUN.sub("", sentence)
    return len(rest) < len(sentence) and not _PAST_WORD.search(rest) and not _TOLD_PAST.search(rest)


# A sentence that says its year ("Looking back at 2023: ...", "last year", "last season") dates its year-less
# dates by it.
_A_YEAR_SAID = re.compile(r"\b(?:1[89]|20)\d\d\b|\blast[ \t]+(?:year|season|term|spring|summer|autumn|fall|winter)\b",
                         re.IGNORECASE)
# A date after publication that the clause says something starts on, in the present.
_STARTS_ON = re.compile(r"\b(?:begin|start|open|commence|resume|reopen)s(?:[ \t]+on)?[ \t]+$")


# "next week Monday" (as West African English has it): the weekday of that week.
# (not "the following week Monday": counted from a time in the story, not from the page's date)
_WEEK_BEFORE = re.compile(r"(?<!\bthe[ \t])\b(?P<which>last|next)[ \t]+week[ \t]+$", re.IGNORECASE)
# "on Tuesday last week", "on Friday next week": the weekday of that week.
_WEEK_AFTER = re.compile(r"[ \t,]+(?P<which>last|next|previous|the previous|the following)[ \t]+week\b", re.IGNORECASE)


def _resolve_weekday(mention: DateMention, reference: date, sentence: str) -> ResolvedDate | None:
    target = WEEKDAY_NUMBERS[mention.relative.split()[-1]]  # type: ignore[union-attr]
    direction = mention.weekday_direction
    at = sentence.find(mention.text)
    week = _WEEK_AFTER.match(sentence, at + len(mention.text)) if at >= 0 and direction in ("on", "this") else None
    if week is None and at > 0 and direction == "on":  # "will commence next week Monday"
        week = _WEEK_BEFORE.search(sentence, max(0, at - 24), at)
    if week is not None:
        step = 7 if week["which"].lower() in ("next", "the following") else -7
        monday = reference - timedelta(days=reference.weekday())
        return ResolvedDate(mention, (monday + timedelta(days=step + target)).isoformat(), "day")
    if direction in ("on", "this") and at > 0 and called_for(sentence, at, at + len(mention.text)):
        direction = "next"  # "has called a general strike for Thursday": the day it is called for, still to come
    elif direction in ("on", "this"):
        past = clause_tense_is_past(sentence[:at]) if at > 0 else None
        if past and told_of_as_coming(sentence, at, at + len(mention.text)):
            past = False  # "said Friday's march is backed by outsiders": the told clause's tense
        # (a word of telling before the weekday, "The union said ...", tells a past of its own)
        planned = bool(past) and at >= 0 and not _TOLD_PAST.search(sentence, 0, at) and \
            _only_planned(_planned_clause(sentence, at, at + len(mention.text)))
        if planned:
            past = None  # "the planned porters' strike for this Friday is still on": the sentence's tense decides
        if past is None and not planned and at >= 0 and _PAST_AFTER.match(sentence, at + len(mention.text)):
            past = True  # "by students on Thursday, as thousands of them marched"
        if past is None and at >= 0 and mention.weekday_direction != "this" and \
                opens_a_report(sentence, at, at + len(mention.text)):
            past = True  # the sentence opens with it: "On Friday, the OTU said it was preparing to strike"
        if past is None and at > 0 and headline_infinitive(sentence, at):
            past = False  # "Workers and bosses to march Monday": a headline's "to" announces
        if past is None:  # "They also hope to picket the council ... on Friday": still to come
            past = not says_what_is_ahead(sentence) and \
                not (direction == "this" and this_weekday_to_come(sentence, at, at + len(mention.text)))
        direction = "last" if past else "next"
        if reference.weekday() == target and mention.weekday_direction == "on":
            # "The union said on Thursday", published on a Thursday: news
            # names the day it reports; a week earlier would be "last
            # Thursday", a week later "next Thursday", whatever the tense.
            return ResolvedDate(mention, reference.isoformat(), "day")
    # "next Friday" is strictly after the reference day, "last Friday" strictly
    # before (as relativedelta's weekday(+1)/(-1) from the day after/before
    # would count, worked out directly: relativedelta costs ~40 µs a date).
    if direction == "next":
        moved = reference + timedelta(days=(target - reference.weekday() - 1) % 7 + 1)
    else:
        moved = reference - timedelta(days=(reference.weekday() - target - 1) % 7 + 1)
    return ResolvedDate(mention, moved.isoformat(), "day")


# (asked once per sentence, as ``clause_tense.tells_future`` is)
@lru_cache(maxsize=8)
def _says_a_year(sentence: str) -> bool:
    """Whether the sentence says a year of its own: not the year of a dateline opening it, which dates the
    report ("NEW YORK, March 4, 2019 /PRNewswire/ -- The union today announced a strike on March 14")."""
    return _A_YEAR_SAID.search(without_opening(sentence)) is not None


def date_confidence(resolved: ResolvedDate) -> float:
    """How sure a secondary event's date is: a relative day or a year taken
    from the page's date less than a date the text writes whole."""
    mention = resolved.mention
    if mention.relative:
        return 0.7
    if mention.year is None:
        return 0.75  # year inferred from the publication date
    if mention.month is None:
        return 0.6
    return 0.9
