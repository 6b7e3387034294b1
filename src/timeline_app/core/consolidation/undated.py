"""Which event an undated report tells, when only one can be meant.

An email saying "yesterday the union went on strike over fees" carries no
date to match on. Its kind, an organiser and many of its words still point
at one stored event; when exactly one event of that kind shares an
organiser and ``UNDATED_MIN_SHARED`` stems (``UNDATED_MIN_OVERLAP`` of the
smaller set) with it, the report joins that event. When several qualify
(a union's walkouts over fees in two years) it joins none: without a date
there is no telling them apart. A report dated only to a year must also
fall inside that year. "Other" reports never join this way.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..partial_dates import event_span
from .evidence import shared_stems, word_overlap
from .matching import Candidate
from .mentions import Mention

#: Stems an undated report must share with the event, and their share of the smaller set.
UNDATED_MIN_SHARED = 5
UNDATED_MIN_OVERLAP = 0.7


def _within_year(mention: Mention, candidate: Candidate) -> bool:
    if mention.precision != "year":
        return True
    y0, y1 = event_span(mention.start, None, "year")
    c0, _ = event_span(candidate.start, candidate.end, candidate.precision)
    return None not in (y0, y1, c0) and y0 <= c0 < y1  # type: ignore[operator]


def undated_match(mention: Mention, candidates: Iterable[Candidate]) -> int | None:
    """The one event of the mention's kind it clearly tells, or None."""
    if mention.kind == "other" or not mention.organisation_ids:
        return None
    found: list[int] = []
    for candidate in candidates:
        if (candidate.kind != mention.kind
                or mention.document_id in candidate.document_ids
                or not mention.organisation_ids & candidate.organisation_ids):
            continue
        if (shared_stems(mention.words, candidate.words) < UNDATED_MIN_SHARED
                or word_overlap(mention.words, candidate.words) < UNDATED_MIN_OVERLAP
                or not _within_year(mention, candidate)):
            continue
        found.append(candidate.event_id)
    return found[0] if len(found) == 1 else None


__all__ = ["undated_match", "UNDATED_MIN_SHARED", "UNDATED_MIN_OVERLAP"]
