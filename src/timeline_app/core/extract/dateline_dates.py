"""A dateline's date before a sentence that dates its own act: the filing's, not the act's.

"HARBOURTON, March 4 — The union said on Monday that nurses will walk out
on March 20": the date after the place says when the report was filed;
the sentence names the day of what it tells, and a reader takes it.
Only a date in the sentence's first clause dates its act: "... walked out,
and a second stoppage is planned for March 20" leaves the dateline's day
to the walkout. A dateline over a sentence with no date of its own
("WESTBROOK, May 2 — Dockers blocked the gates") is left alone: it may be
all that dates the act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .date_mentions import WEEKDAY_NAMES
from .dates import DateMention
from .places import names_a_region
from .sentences import Span
from .wire_datelines import own_words_start

__all__ = ["filed_before_its_act", "in_opening_dateline"]

#: The longest place (and region, and agency's bracket) a dateline puts before its date.
_MAX_PLACE = 70
#: A dateline's place is a few capitalised words: "New Delhi [Region],", "KEA HOLM, OSTLAND--(Wire - ".
_MAX_PLACE_WORDS = 6
# What closes the date: a bracket perhaps, then a dash or a colon ("March 4 —", "4 March 2021:", "2013) -").
_CLOSING = re.compile(r"[ \t]*[)\]]?[ \t]*(?:[–—-]+|:)")
_WORD_EDGES = "([,-–—/"
# Where a sentence's first clause ends: a comma, a semicolon or a dash, or "and"/"but" before a second verb
# ("walked out and will return to work on March 20").
_FIRST_CLAUSE_END = re.compile(r"[,;]|[ \t][–—-][ \t]|[ \t](?:and|but)[ \t]+(?:will|would|shall|may|might|could|"
                               r"can|are|is|was|were|has|have|had|plans?|[a-z]+ed)\b")


def filed_before_its_act(sentence: Span, mention: DateMention, others: Sequence[DateMention]) -> bool:
    """Whether ``mention`` is the date of the dateline opening ``sentence`` while another of the sentence's
    dates (``others``) stands in its first clause, dating the act the sentence tells."""
    closing = _dateline_end(sentence, mention)
    if closing is None:
        return False
    clause = _FIRST_CLAUSE_END.search(sentence.text, closing)
    clause_end = sentence.start + (clause.start() if clause else len(sentence.text))
    return any(sentence.start + closing <= other.start < clause_end for other in others if other is not mention)


def in_opening_dateline(sentence: Span, mention: DateMention) -> bool:
    """Whether ``mention`` is the date of a dateline (a place, then the date, then a dash or a colon)
    that opens ``sentence``."""
    return _dateline_end(sentence, mention) is not None


def _dateline_end(sentence: Span, mention: DateMention) -> int | None:
    """Where the dateline that ``mention`` dates ends in ``sentence`` (past its dash or colon), if it opens it."""
    text = sentence.text
    at = mention.start - sentence.start
    place = text[own_words_start(text):at]
    if not place or len(place) > _MAX_PLACE or not place[0].isupper() or place.rstrip()[-1:] not in (",", "(", "-"):
        return None
    words = [word.strip(_WORD_EDGES) for word in place.split()]
    words = [word for word in words if word]
    if not words or len(words) > _MAX_PLACE_WORDS or any(not word[0].isupper() for word in words) \
            or not _dateline_place(place):
        return None  # a sentence's own words before the date: "Workers said on March 4 -"
    closing = _CLOSING.match(text, mention.end - sentence.start)
    return None if closing is None else closing.end()


def _dateline_place(place: str) -> bool:
    """Whether the words before a date name a place as a dateline does: a town in capitals ("HARBOURTON,") or of
    one word ("Arlen,", not a weekday), a town with its region in brackets ("Kea Holm [Ostland],") or after a
    comma ("Kea Holm, OSTLAND,"), not a heading ("Strike Day,")."""
    town, _, region = place.partition(",")
    town = town.strip()
    if town.isupper() or "[" in town or "(" in town or (" " not in town and town not in WEEKDAY_NAMES):
        return True
    region = region.strip(" \t,(-")
    return bool(region) and (region.isupper() or names_a_region(region))
