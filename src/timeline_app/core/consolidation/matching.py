"""Does a mention describe an event already stored, and which one?

An event and a mention agree when all of these hold:

- their kinds are the same, or both are kinds of action (a walkout reported
  as a protest, a march announced in an open letter), which then needs
  stronger evidence; "other" (an action the extraction could not name)
  joins another kind only with a shared organiser and many shared words
  (``OTHER_MIN_SHARED`` stems, ``OTHER_MIN_OVERLAP`` of the smaller set);
- their dates agree within their precision: spans of days overlap, so a
  day-precise 10 November 2010 agrees with "November 2010" and not with
  24 November; "approximate" day dates (relative phrases) get a few days'
  slack either side;
- they share enough: organisers (sharing none when both name some counts
  against) and the words of titles and evidence sentences.

Mentions dated only to a year (or not at all) never join: a year says too
little, and joining on it would fold a year's walkouts by one union into
one (``undated`` joins such a report only to the one event of its kind
its organisers and words point at). Among agreeing events the best score
wins; ties go to the lowest id,
so the result is deterministic for a given import order (see
docs/consolidation.md for the order effect and its bound).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..models import ACTION_KINDS
from ..partial_dates import event_span
from .evidence import organiser_score, shared_stems, word_overlap
from .mentions import Mention

#: Precisions that can match: a year alone is too vague to join two reports.
MATCHABLE_PRECISIONS = frozenset({"day", "month", "approximate"})
#: Days of slack around an approximate day date ("last Wednesday", "last week").
APPROXIMATE_SLACK = 4.0
#: The widest span a matchable stored event has (a month) plus slack: how far
#: before a mention the candidate query looks for event starts.
LOOK_BEHIND_DAYS = 31.0 + APPROXIMATE_SLACK
#: A mention spanning more days than this (a month) is compared only with
#: events sharing one of its organisers (see ``store.consolidating_writes``).
WIDE_SPAN_DAYS = 10.0
#: Share of the smaller set of content words two reports must have in common.
MIN_WORD_OVERLAP = 0.2
#: Share of words a report dated only to a month needs with a day's event (or the
#: other way round): half, as an organiser's other actions that month share a few.
MONTH_MIN_OVERLAP = 0.5
#: Word overlap that, with the same day and kind, makes differing organiser lists weak evidence.
STRONG_WORD_OVERLAP = 0.3
#: Word overlap that, with the same day and kind, lets bodies one side only
#: mentions (no organiser, supporter or target role) say nothing against a match.
PASSING_WORD_OVERLAP = 0.25
#: Shared stems and share of words an "other" mention needs with another kind (and an organiser).
OTHER_MIN_SHARED = 5
OTHER_MIN_OVERLAP = 0.5
#: The same on the same stated day: fewer words (a short report names its action
#: in four), most of the smaller set.
OTHER_SAME_DAY_SHARED = 4
OTHER_SAME_DAY_OVERLAP = 0.7
#: Bodies two reports of one action on one day must both name to join on fewer
#: shared words than ``MIN_WORD_OVERLAP`` (see ``same_day_bodies``); one shared
#: organiser is not enough, however it acted.
SAME_DAY_SHARED_BODIES = 2
#: Score a candidate needs to be joined; see ``score``.
THRESHOLD = 1.25


@dataclass(frozen=True)
class Candidate:
    """A stored event as the matcher sees it."""

    event_id: int
    kind: str
    start: str | None
    end: str | None
    precision: str
    words: frozenset[str]
    organisation_ids: frozenset[int]
    document_ids: frozenset[int]
    #: its stored span of days, when known (saves parsing ``start`` again)
    t_start: float | None = None
    t_end: float | None = None
    #: the organisers its sources name as more than mentioned (organiser, supporter,
    #: target); None when not known (then all of them count)
    acting_ids: frozenset[int] | None = None
    #: each source's words, when it has several (``words`` is their union): a report
    #: agrees with an event as well as it agrees with the one of its reports it is
    #: most like (``source_overlap``)
    source_words: frozenset[frozenset[str]] = frozenset()

    def span(self) -> tuple[float | None, float | None]:
        if self.t_start is None or self.t_end is None:
            return mention_span(self.start, self.end, self.precision)
        return widened(self.t_start, self.t_end, self.precision)


def kinds_compatible(a: str, b: str) -> bool:
    """Any two kinds may be one event told two ways (an open letter announcing
    a march is read as a letter; a report whose action was not recognised is
    "other"); "other" with another kind needs ``other_evidence_strong``."""
    return True


def other_evidence_strong(mention: Mention, candidate: Candidate, words: float) -> bool:
    """Whether an "other" report and an event of another kind (either way round)
    are clearly one event: a shared organiser and many shared words."""
    if (mention.kind == "other") == (candidate.kind == "other"):
        return True
    if not mention.organisation_ids & candidate.organisation_ids:
        return False
    shared = shared_stems(mention.words, candidate.words)
    if words >= OTHER_MIN_OVERLAP and shared >= OTHER_MIN_SHARED:
        return True
    same_day = (mention.precision == "day" and candidate.precision == "day"
                and mention.start == candidate.start)
    return same_day and words >= OTHER_SAME_DAY_OVERLAP and shared >= OTHER_SAME_DAY_SHARED


def kind_penalty(a: str, b: str) -> float:
    """What telling one event as two kinds costs a match ("other" against a
    named kind costs as little as two kinds of action: ``other_evidence_strong``
    has already asked for an organiser and many words)."""
    if a == b:
        return 0.0
    if "other" in (a, b) or (a in ACTION_KINDS and b in ACTION_KINDS):
        return 0.5
    return 0.75


def widened(t0: float, t1: float, precision: str) -> tuple[float | None, float | None]:
    """A stored span of days as matching reads it: approximate days get slack,
    imprecise dates (a year, unknown) none at all."""
    if precision not in MATCHABLE_PRECISIONS:
        return None, None
    if precision == "approximate" and t1 - t0 <= 1:
        return t0 - APPROXIMATE_SLACK, t1 + APPROXIMATE_SLACK
    return t0, t1


@lru_cache(maxsize=4096)
def mention_span(start: str | None, end: str | None,
                 precision: str) -> tuple[float | None, float | None]:
    """The span of days a date may mean, widened for approximate day dates (remembered: an event's
    fields and its matches ask it again and again of the same few dates)."""
    if precision not in MATCHABLE_PRECISIONS:
        return None, None
    t0, t1 = event_span(start, end, precision)
    if t0 is None or t1 is None:
        return None, None
    return widened(t0, t1, precision)


def dates_agree(a: tuple[float | None, float | None],
                b: tuple[float | None, float | None]) -> bool:
    """Two spans of days (half-open) that overlap: the dates may be the same day."""
    if None in a or None in b:
        return False
    return a[0] < b[1] and b[0] < a[1]  # type: ignore[operator]


def score(mention: Mention, candidate: Candidate) -> float | None:
    """How strongly ``mention`` fits ``candidate``; None when they cannot be one event.

    Exact day agreement counts 1, a coarser agreement 0.5; shared organisers
    +0.5, organisers named on both sides but none shared -0.75 (-0.25 on the same
    day and kind with ``STRONG_WORD_OVERLAP`` when both list many, see ``evidence``); the overlap of content words
    (compared by stem) counts up to 1.5. Another kind of collective action
    costs 0.5, any other kind 0.75. Without ``MIN_WORD_OVERLAP`` of shared words there is no match at
    all (a union's two actions on one day stay two) unless both report one kind of action on the
    same day, share a word and name its bodies (``same_day_bodies``), and without ``MONTH_MIN_OVERLAP``
    when either date is only a month. Joining needs ``THRESHOLD``: a shared day and organiser with some
    words in common, or a month with organiser and strong word overlap.
    """
    if not kinds_compatible(mention.kind, candidate.kind):
        return None
    if not dates_agree((mention.t_start, mention.t_end), candidate.span()):
        return None
    exact = (mention.precision == "day" and candidate.precision == "day"
             and mention.start == candidate.start)
    words = (source_overlap(mention.words, candidate)
             if "month" not in (mention.precision, candidate.precision)
             and mention.kind in ACTION_KINDS and candidate.kind in ACTION_KINDS
             else word_overlap(mention.words, candidate.words))
    same_day_kind = exact and mention.kind == candidate.kind
    if words < MIN_WORD_OVERLAP and not (words and same_day_bodies(mention, candidate)):
        return None
    if not other_evidence_strong(mention, candidate, words):
        return None
    if words < MONTH_MIN_OVERLAP and "month" in (mention.precision, candidate.precision):
        return None  # a month holds an organiser's other actions: it needs more words
    same_story = same_day_kind and words >= STRONG_WORD_OVERLAP
    total = (1.0 if exact else 0.5) + 1.5 * words
    # on the same day and kind of action (not two letters written that day: their
    # bodies are rarely more than mentioned), bodies one side only mentions say
    # nothing against
    acting = ((_acting(mention), _acting(candidate))
              if same_day_kind and mention.kind in ACTION_KINDS and words >= PASSING_WORD_OVERLAP
              else (None, None))
    total += organiser_score(mention.organisation_ids, candidate.organisation_ids, same_story,
                             *acting)
    return total - kind_penalty(mention.kind, candidate.kind)


def source_word_sets(texts: Iterable[str]) -> frozenset[frozenset[str]]:
    """Each source's words (as stored: joined by spaces) as a set, when an event
    has several sources with words (``Candidate.source_words``); none otherwise."""
    sets = frozenset(frozenset(text.split()) for text in texts if text and not text.isspace())
    return sets if len(sets) > 1 else frozenset()


def source_overlap(words: frozenset[str], candidate: Candidate) -> float:
    """The share of words a report has in common with an event (``word_overlap``
    against all its sources' words), or with the one of its sources it is most like
    when that is more: the union of an event's reports outgrows a short report's
    words, so that, compared with the union, a report would fail an event it
    would have joined had it arrived before the others (the order of arrival
    would decide). ``score`` asks it only of a report of an action dated to a
    day (stated or approximate) about an action so dated: a month, or a letter's
    announced day, says too little for one short report's words to decide."""
    overlap = word_overlap(words, candidate.words)
    for source in candidate.source_words:
        overlap = max(overlap, word_overlap(words, source))
    return overlap


def same_day_bodies(mention: Mention, candidate: Candidate) -> bool:
    """Whether two reports of one action on the same stated day both name its
    bodies (``SAME_DAY_SHARED_BODIES`` of them, whatever their roles): then a
    word or two in common is enough, since outlets tell one strike day in their
    own words ("everything you need to know" beside "mixed support on the first
    strike day"). One body in common is not: a union's two occupations on one
    day, at two universities, share the union and the word "occupied"."""
    if not (mention.kind == candidate.kind and mention.kind in ACTION_KINDS
            and mention.precision == "day" == candidate.precision
            and mention.start == candidate.start):
        return False
    return len(mention.organisation_ids & candidate.organisation_ids) >= SAME_DAY_SHARED_BODIES


def _acting(side: Mention | Candidate) -> frozenset[int]:
    return side.organisation_ids if side.acting_ids is None else side.acting_ids


def best_match(mention: Mention, candidates: Iterable[Candidate]) -> int | None:
    """The id of the event ``mention`` joins, or None for a new event.

    Events already holding a source from the mention's own document are
    skipped: a document's separate events stay separate, and sources of
    one event are independent reports.
    """
    best: tuple[float, int] | None = None
    for candidate in candidates:
        if mention.document_id is not None and mention.document_id in candidate.document_ids:
            continue
        value = score(mention, candidate)
        if value is None or value < THRESHOLD:
            continue
        if best is None or value > best[0] or (value == best[0] and candidate.event_id < best[1]):
            best = (value, candidate.event_id)
    return None if best is None else best[1]
