"""Dates a sentence carries that are never the main event's date.

The main event is chosen by score, but some dates say less than the page
does, or date something other than an act: the publication year alone, a
past week after the lede, a background year or month on an undated page, a
later sentence's date under an undated lede, a cited writing's day, a
deadline. Each is turned down here, whatever its score; it may still be one
of the page's other events.
"""

from __future__ import annotations

import re
from datetime import date

from .clause_tense import is_future_tense
from .date_resolution import ResolvedDate
from .limit_dates import limits_an_act
from .sentences import Span
from .wish_dates import dates_a_wish
from .writing_dates import dates_a_writing

__all__ = ["never_the_main_date"]

# Where one clause of a sentence ends and the next begins: a semicolon, or a
# joining word before a lower-case word; not a comma nor an "and" that goes on
# to list another day ("on 3 June, 17 June and 1 July").
_CLAUSE_BREAK = re.compile(r";\s+|,?\s+(?:and|but|while|which|after)\s+(?=[a-z])")
# The act began then: "began their sit-in", "started an indefinite strike".
_BEGAN = re.compile(r"\b(?:began|started)[ \t]+(?:their|the|a|an|its)[ \t]+(?:[a-z]+[ \t]+)?"
                    r"(?:sit-in|strike|occupation|walkout|boycott|blockade|encampment)\b")
# ... unless it is another act, or the page's act before: "a similar group began an occupation in April 2016",
# "they first began their strike in March 2019".
_ANOTHER_ACT = re.compile(r"\b(?:first|earlier|previous|previously|similar|another|other|nearby|last|again|also)\b",
                          re.IGNORECASE)
# What a vote is called: a clause holding one tells of the vote itself.
_VOTE_WORD = re.compile(r"\b(?:ballot|vot(?:e|es|ed|ing)|referend|poll)", re.IGNORECASE)
# How far before a date its clause is looked for: a clause is rarely longer,
# and a sentence of many dates (or a run of blanks) is not re-read for each.
_CLAUSE_REACH = 200


def never_the_main_date(resolved: ResolvedDate, sentence: Span, reference: date | None, doc_kind: str,
                        lede: Span, undated: tuple[bool, bool], names_the_kind: bool) -> bool:
    """Whether ``resolved`` (in ``sentence``) cannot date the main event.
    ``undated``: whether the sentence, and whether the lede, holds a day
    the page cannot date; ``names_the_kind``: the sentence names an act of
    the page's kind."""
    undated_act, undated_lede = undated
    return _only_the_publication_year(resolved, reference) or _a_later_year(resolved, reference) or \
        _a_past_week_after_the_lede(resolved, sentence, lede.start) or \
        _undated_page_background(resolved, sentence, reference, lede.start, undated_act, names_the_kind) or \
        _after_an_undated_lede(sentence, reference, lede.start, undated_lede, names_the_kind) or \
        _a_later_plan_under_a_done_lede(resolved, sentence, reference, lede, names_the_kind) or \
        _dates_no_act(resolved, sentence, doc_kind) or _dates_a_wish(resolved, sentence, lede.start) or \
        _a_plan_voted_for(resolved, sentence, reference, doc_kind) or _in_a_recital(resolved, sentence)


def _only_the_publication_year(resolved: ResolvedDate, reference: date | None) -> bool:
    """"The third this year" in a piece published that year: a date that
    says less than the publication date does, so it is not the main event's
    date (it may still be a background event: "voted earlier in the year")."""
    return reference is not None and resolved.precision == "year" and resolved.iso == f"{reference.year:04d}"


def _a_later_year(resolved: ResolvedDate, reference: date | None) -> bool:
    """"Fees may rise from 2017-18" in a piece published in 2016: a year
    alone after the page's own is a plan the page tells of, and says less
    than the page's date, which dates the report (``approximate``)."""
    return reference is not None and resolved.precision == "year" and int(resolved.iso[:4]) > reference.year


def _a_plan_voted_for(resolved: ResolvedDate, sentence: Span, reference: date | None, doc_kind: str) -> bool:
    """"The walkouts will be held on 3 June", "backed it last night, and it
    will come into force from 2 May", on a page reporting a vote: a day after
    the page's own that its clause says something other than a vote will
    happen on is what was voted for, still to come, not the vote the page
    reports ("voting packs go out on 9 May; the poll will open on 10 May"
    is the vote's own)."""
    if doc_kind != "vote" or reference is None or resolved.precision != "day" or resolved.iso <= reference.isoformat():
        return False
    end = max(0, resolved.mention.start - sentence.start)
    before = sentence.text[max(0, end - _CLAUSE_REACH):end]
    clause = _CLAUSE_BREAK.split(before)[-1]
    return bool(is_future_tense(clause)) and _VOTE_WORD.search(clause) is None


def _a_past_week_after_the_lede(resolved: ResolvedDate, sentence: Span, lede_start: int) -> bool:
    """"The petition, set up last week", "the strike, which kicked off two
    weeks ago", told after the lede: a week, not a day, and one before the
    page's own. It says less than the publication date, which dates the
    report of it (``approximate``), as for an act the page does not date.
    The lede's own "went on strike last week" still dates its act."""
    relative = resolved.mention.relative or ""
    return resolved.precision == "approximate" and sentence.start != lede_start and (
        relative.startswith(("last week", "the previous week")) or relative.endswith(("week ago", "weeks ago")))


def _undated_page_background(resolved: ResolvedDate, sentence: Span, reference: date | None, lede_start: int,
                             undated_act: bool, names_the_kind: bool) -> bool:
    """On a page with no publication date, a bare year after the lede ("the
    first walkout since 2012", "formed in 1929") is background: a reader
    cannot date the undated act the opening reports by it; nor by a year or
    month beside a day it cannot date ("On April 9th ... since June 2004").
    A month and year after the lede, told in the past ("The previous one, in
    October 2021, was the biggest walkout", "a contract from April 2016"),
    looks back the same way; a plan's month ("will strike in March 2024")
    may still be the act's, and so may the month the page's act began in
    ("who began their sit-in of the factory in December 2011")."""
    if reference is not None:
        return False
    precision = resolved.precision
    if precision != "day" and undated_act:
        return True  # "On April 9th, 90,000 marched, the largest since June 2004": the act is undated
    if sentence.start <= lede_start:
        return False
    return precision == "year" or precision == "month" and not is_future_tense(sentence.text) and \
        not (names_the_kind and _BEGAN.search(sentence.text) and not _ANOTHER_ACT.search(sentence.text))


def _after_an_undated_lede(sentence: Span, reference: date | None, lede_start: int, undated_lede: bool,
                           names_the_kind: bool) -> bool:
    """On a page with no publication date whose lede tells its act on a day
    no reader can date ("teachers called in sick on Wednesday"), a full date
    in a later sentence that does not name the act ("the pay cut took effect
    on July 1, 2007") dates something else: the act stays undated. A later
    sentence naming it ("on strike since 15 February 2024") still dates it."""
    return reference is None and undated_lede and sentence.start > lede_start and not names_the_kind


def _a_later_plan_under_a_done_lede(resolved: ResolvedDate, sentence: Span, reference: date | None, lede: Span,
                                    names_the_kind: bool) -> bool:
    """On a page with no date whose lede reports its act done or under way
    ("About 15 students are occupying ..."), a month a later sentence plans
    for something else ("a planning meeting will take place in late February
    2019") is still to come: it cannot date the act. A plan of the act
    itself ("the strike will begin in March 2024") may."""
    return reference is None and resolved.precision == "month" and not names_the_kind and \
        sentence.start > lede.start and is_future_tense(sentence.text) and not is_future_tense(lede.text)


def _dates_no_act(resolved: ResolvedDate, sentence: Span, doc_kind: str) -> bool:
    """"said in a Jan. 26 article", "a message from the Vice Chancellor 28th
    February": the day an earlier piece of writing went out (writing_dates.py);
    "if we're not out by 9am tomorrow", "until Saturday": a deadline or an
    end (limit_dates.py). Neither is the day of the act the page reports."""
    mention = resolved.mention
    at, end = mention.start - sentence.start, mention.end - sentence.start
    return limits_an_act(sentence.text, at, end) or dates_a_writing(sentence.text, at, end, doc_kind)


def _dates_a_wish(resolved: ResolvedDate, sentence: Span, lede_start: int) -> bool:
    """"... would like the council to clear the site on Saturday", after the lede: the
    day someone wants another act done (wish_dates.py), not the reported act's."""
    return sentence.start != lede_start and dates_a_wish(sentence.text, resolved.mention.start - sentence.start)


# A formal recital's opening word: "WHEREAS on 3 May ...; and WHEREAS ...", or a second "Whereas" after a
# semicolon ("...; and Whereas"); a sentence opening on "Whereas" alone is a plain contrast, not a recital.
_RECITAL = re.compile(r"\bWHEREAS\b")
_SECOND_RECITAL = re.compile(r"(?:and\s+)?Whereas\b")


def _in_a_recital(resolved: ResolvedDate, sentence: Span) -> bool:
    """"WHEREAS on 3 May students staged a sit-in; and WHEREAS ...": a petition's or a motion's recital sets
    out the grounds for what it asks, so its dates are the background of the act the page is, never its date.
    Only the clause's reach before the date is read, so a long sentence costs no more per date."""
    end = max(0, resolved.mention.start - sentence.start)
    before = sentence.text[max(0, end - _CLAUSE_REACH):end]
    if "HEREAS" not in before and "hereas" not in before:
        return False
    *earlier, clause = re.split(r";\s+", before)
    return _RECITAL.search(clause) is not None or bool(earlier) and _SECOND_RECITAL.match(clause) is not None
