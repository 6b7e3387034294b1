"""Dated sentences that make no timeline entry of their own.

Every dated sentence besides the main event becomes a secondary event. Some
are not events at all and only cluttered the timeline as "other": a line
that is nothing but a date (a page's render date, an e-mail's sent line),
a line with no sentence in it ("03/12/2023 09:15 am GMT Updated ...", a
dateline's "3 HOURS AGO", a shouted citation), whatever kind it borrowed
from the sentence after it, a quotation's forecast or memory ("“I think fees
could come in as early as September 2009”"), and a background figure dated
only by its year: a sentence that names no action, only a year, and an
amount ("rent of 190 pounds a week, up from 120 in 2019", "a rise of 40 per
cent"), a period ("the 2021-2024 agreement", "since 2004", "by 2040") or a
thing the year names ("the 2019 rent review") tells the reader a figure or
a state, not a day of the movement ("adopted by the council in 2021" is a
decision and stays). So does a sentence whose month only opens a state that
lasts ("has been negotiating the rents since April 2021"). History recalled
is no news either: an event a decade or more before the main one ("In 1985,
students occupied the same office ...", "the strikes of the 1970s")
stretched the timeline across decades for one sentence of background;
an undated report's main event is measured by the latest year the
document mentions, which it cannot be before. A year that only says when
a body was founded or a step of someone's life ("founded in 1922", "who
graduated in 2018", ``entity_facts``) is no event either, nor a reply's
thanks for the letter it answers ("Thank you for your letter of 2
September."), the other party's writing. The main event is never removed.
"""

from __future__ import annotations

import re

from ..models import ExtractedEvent
from .entity_facts import describes_a_body_or_person
from .page_furniture import is_bare_date, is_page_furniture

__all__ = ["reports_nothing", "without_history"]

_QUOTES = ('"', "“", "‘", "'", "„")
# A month or a year that starts a state: "since April 2021", "since early 2019".
_SINCE = re.compile(r"\bsince[ \t]+(?:[\w-]+[ \t]+){0,3}?\d{4}\b", re.IGNORECASE)
# What makes a year a figure's or a period's: a span of years ("2021-2024",
# "2014-15", "2022/23"), a year that opens or closes a state ("since 2004",
# "until 2040", "by the end of 2026"), a year naming a thing ("the 2019
# election", "the summer of 1968"), an amount of money or a share. A number
# before "million" is matched from the start of its run of digits only: a
# search restarting at every digit of a long run would be quadratic.
_FIGURE = re.compile(
    r"\b\d{4}[ \t]*[-–—/][ \t]*\d{2,4}\b|"
    r"\b(?:the|its|their|his|her|our)[ \t]+\d{4}[ \t]+(?!and\b|or\b|to\b)[a-z]|\bof[ \t]+\d{4}\b|"
    r"\b(?:since|until|till|by)[ \t]+(?:the[ \t]+(?:end|start|beginning|middle)[ \t]+of[ \t]+)?"
    r"(?:early[ \t]+|late[ \t]+)?\d{4}\b|"
    r"[£$€¥₹₦₵]|\b(?:rs|sh|ksh|gh₵|usd|eur)\.?[ \t]?\d|"
    r"\d[ \t]*(?:%|per[ \t]?cent\b)|"
    r"(?<![\d,.])[,.]*+\d[\d,.]*+[ \t]++(?:thousand|million|billion|cedis|won|naira|rupees|shillings|dollars|pounds|euros|rand|"
    r"pesos|yuan)\b",
    re.IGNORECASE)
# A sentence that only acknowledges the writing it answers, and its day ("Thank you for your letter of 2 September.",
# "In reply to your e-mail dated May 2, 2024."): another party's writing, no act of the page's
_ANSWERS_ONLY = re.compile(r"(?:thank(?:s|[ \t]+you)[ \t]+for|in[ \t]+(?:reply|response|answer)[ \t]+to)[ \t]+"
                           r"(?:your|the)[ \t]+(?:[\w-]+[ \t]+)?(?:letter|e-?mail|message|note|reply|response)[ \t]+"
                           r"(?:dated|of|sent(?:[ \t]+on)?)[ \t]+[^.;:!?,\n]{1,30}(?:,[ \t]*\d{4})?[.!]?$",
                           re.IGNORECASE)
#: Fewer lower-case words than this and a line is a page's stamp, not a sentence.
_SENTENCE_WORDS = 3
#: How many years before the main event a secondary one is history recalled.
_HISTORY_YEARS = 10


def without_history(events: tuple[ExtractedEvent, ...]) -> tuple[ExtractedEvent, ...]:
    """``events`` without secondary events that recall history long before
    the main event. (A secondary event that reports nothing is never made:
    ``events`` asks ``reports_nothing`` before it titles one.)"""
    main_year = next((_not_before(event) for event in events if event.main), None)
    if main_year is None:
        return events
    history_before = main_year - _HISTORY_YEARS + 1
    kept = tuple(event for event in events if event.main or (_year(event) or history_before) >= history_before)
    return kept if len(kept) != len(events) else events


def _year(event: ExtractedEvent) -> int | None:
    """The year an event starts in, when the text lets it be known."""
    start = event.start
    return int(start[:4]) if start and start[:4].isdigit() and event.precision != "unknown" else None


def _not_before(main: ExtractedEvent) -> int | None:
    """The year the main event cannot be before: its own, or for an
    undated one the latest year the document mentions (``events``)."""
    start = main.start
    return int(start[:4]) if start and start[:4].isdigit() else None


def reports_nothing(evidence: str, precision: str, kind: str) -> bool:
    """Whether a secondary event from the sentence ``evidence``, dated to
    ``precision`` and of ``kind``, is page furniture, a quotation's aside or
    a background figure or state rather than something that happened. It
    depends on the event's own fields alone, so ``events`` asks it before
    titling a secondary event this step would drop anyway."""
    evidence = evidence.strip()
    if is_bare_date(evidence) or not _has_sentence_words(evidence) or is_page_furniture(evidence):
        return True  # (whatever kind a neighbour lent it: "Updated Mar 15, 2023", "Watch the video of ...")
    if precision == "year" and describes_a_body_or_person(evidence):
        return True  # "NUS was founded in 1922", "who graduated in 2018": whatever kind it borrowed
    if _ANSWERS_ONLY.match(evidence):
        return True  # "Thank you for your letter of 2 September.": a reply's courtesy, the other party's writing
    if kind != "other":
        return False
    if evidence.startswith(_QUOTES):
        return True
    if precision == "year":
        return _FIGURE.search(evidence) is not None
    return precision == "month" and "ince" in evidence and _SINCE.search(evidence) is not None


def _has_sentence_words(text: str) -> bool:
    """Whether ``text`` holds at least three lower-case words, as any
    sentence does; counting stops at the third."""
    found = 0
    for word in text.split():
        if word[:1].islower():  # (a figure's first character is no lower-case letter)
            found += 1
            if found == _SENTENCE_WORDS:
                return True
    return False
