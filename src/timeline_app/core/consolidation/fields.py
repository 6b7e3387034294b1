"""An event's fields derived from its sources, each remembering where it came from.

- date: the most precise one the sources state (a day beats an approximate
  day, which beats a month, then a year); among equally precise dates the one most sources state, then the
  earliest source (for a lasting action, an occupation or a strike, the earliest
  date: reported at its start and its end, it is dated when it began). Sources whose dates cannot be the same day as the chosen
  one are kept and flagged (``date_conflict``), never silently dropped.
- kind: the one most sources give, then the earliest source's; "other" (an
  action extraction could not name) only when no source names one.
- title: a main-event title (what a document is about) dated by its own
  sentence, then a side mention's, then a main event dated only by its page
  (an e-mail's opening quote); then the most confident, then the earliest.
- confidence: rises with independent sources, ``1 - prod(1 - c)`` over
  documents (one source: its own confidence, unchanged); ``source_count``
  counts documents too (a document's main mention may follow its report in,
  see ``document_joins``).

An open letter that joined the action it announces (``announced``) is dated
by when it was written, titled as a letter and kinded ``letter``: for date,
conflict, kind and title it counts only when the event has no other source.

Fields the user edited are left as they are.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..models import PRECISIONS
from ..partial_dates import event_span, stored_span
from .announced import ANNOUNCING_KINDS
from .lasting import LASTING_KINDS
from .matching import dates_agree, mention_span

#: Edited field names that protect each derived group of columns.
_DATE_FIELDS = {"start", "end", "precision", "time"}


@dataclass(frozen=True)
class SourceFacts:
    """What one stored source states (the columns ``fields`` reads)."""

    id: int
    document_id: int | None
    title: str
    kind: str
    start: str | None
    end: str | None
    precision: str
    time: str | None
    confidence: float
    main: bool


@dataclass(frozen=True)
class ConsolidatedFields:
    """Columns to write on the event: values plus which source gave each."""

    columns: dict[str, Any]


def _precision_rank(source: SourceFacts) -> tuple[int, float]:
    """Smaller is more precise: a stated day first, then the narrowest span
    (an approximate day, "last Wednesday", before a month)."""
    t_start, t_end = event_span(source.start, source.end, source.precision)
    if source.precision == "unknown" or t_start is None or t_end is None:
        return len(PRECISIONS), 0.0
    return int(source.precision != "day"), t_end - t_start


def _began_first(source: SourceFacts) -> tuple[bool, float, int]:
    """Sorts the reports of one lasting action by the day each says it began, undated last."""
    began = event_span(source.start, source.end, source.precision)[0]
    return began is None, began or 0.0, source.id


def _pick_date(sources: Sequence[SourceFacts]) -> SourceFacts:
    ranks = [_precision_rank(s) for s in sources]
    best_rank = min(ranks)
    best = [s for s, rank in zip(sources, ranks) if rank == best_rank]
    votes = Counter((s.start, s.end) for s in best)
    top = max(votes.values())
    voted = [s for s in best if votes[(s.start, s.end)] == top]
    if len(voted) > 1 and all(s.kind in LASTING_KINDS for s in voted):
        # an occupation told at its start and at its end: it is dated when it began (two
        # undated reports, one "not before 2021": the bound first, a report with none last)
        return min(voted, key=_began_first)
    return voted[0]


def _has_conflict(chosen: SourceFacts, sources: Iterable[SourceFacts]) -> bool:
    span = mention_span(chosen.start, chosen.end, chosen.precision)
    if span[0] is None:
        return False
    for source in sources:
        other = mention_span(source.start, source.end, source.precision)
        if other[0] is not None and not dates_agree(span, other):
            return True
    return False


def _title_rank(source: SourceFacts) -> int:
    """A main event dated by its own sentence titles first, then a side mention,
    then a main event dated only by its page (its title is whatever opened it)."""
    if not source.main:
        return 1
    return 0 if source.precision in ("day", "month") else 2


def _document_key(source: SourceFacts) -> object:
    """One key per document (a source without one is its own): an event counts
    documents, even when two reports of one document joined it."""
    return source.document_id if source.document_id is not None else ("source", source.id)


def _confidence(sources: Iterable[SourceFacts]) -> float:
    per_document: dict[object, float] = {}
    for source in sources:
        key = _document_key(source)
        per_document[key] = max(per_document.get(key, 0.0), float(source.confidence))
    doubt = 1.0
    for value in per_document.values():
        doubt *= 1.0 - min(1.0, max(0.0, value))
    return round(1.0 - doubt, 4)


def consolidate_fields(sources: Sequence[SourceFacts],
                       edited_fields: Iterable[str] = ()) -> ConsolidatedFields:
    """The event columns ``sources`` (oldest first) give, sparing edited fields."""
    if not sources:
        raise ValueError("an event needs at least one source to derive its fields")
    edited = set(edited_fields)
    columns: dict[str, Any] = {}
    provenance: dict[str, int] = {}
    reports = [s for s in sources if s.kind not in ANNOUNCING_KINDS] or list(sources)
    dated = _pick_date(reports)
    columns["date_conflict"] = int(_has_conflict(dated, reports))
    if not edited & _DATE_FIELDS:
        t_start, t_end, year = stored_span(dated.start, dated.end, dated.precision)
        columns.update(start=dated.start, end=dated.end, precision=dated.precision,
                       time=dated.time, t_start=t_start, t_end=t_end, year=year)
        provenance["date"] = dated.id
    if "kind" not in edited:
        named = [s for s in reports if s.kind != "other"] or reports
        votes = Counter(s.kind for s in named)
        top = max(votes.values())
        kind_source = next(s for s in named if votes[s.kind] == top)
        columns["kind"] = kind_source.kind
        provenance["kind"] = kind_source.id
    if "title" not in edited:
        titled = min(reports, key=lambda s: (_title_rank(s), -s.confidence, s.id))
        columns["title"] = titled.title
        provenance["title"] = titled.id
    columns["confidence"] = _confidence(sources)
    columns["source_count"] = len({_document_key(s) for s in sources})
    columns["field_sources"] = json.dumps(provenance, sort_keys=True)
    return ConsolidatedFields(columns)
