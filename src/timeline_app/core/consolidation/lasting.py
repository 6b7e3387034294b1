"""A report of an action that lasts joins the action, not only its first day.

An occupation, a strike or a rent strike goes on for days or months, and it is
reported all along: when it begins, "in its third week", when it ends. Each
report is dated by its own sentence, so the report of the end (12 April) is
weeks from the reports of the start (20 March), and the ordinary date rule
(spans that overlap, a few days' slack) keeps them apart.

So a dated report of a lasting kind that joins nothing is compared with the
shown events of the *same* kind whose date lies within ``LASTING_WINDOW_DAYS``
either side of its own (the same window both ways, so the report of the end
finds the start and the report of the start finds the end: the import order
does not decide whether they meet). It joins the best of them when all hold:

- they share an organiser (the window is wide: an organisation's own actions
  of that kind are the only ones it looks at);
- one of the two tells that the action lasts: a word such as "ongoing",
  "continues", "began", "ended" or "entered" (``DURATION_CUES``) among its
  content words — a report of a one-day strike says none of them;
- they share at least ``LASTING_MIN_SHARED`` stems, ``LASTING_MIN_OVERLAP``
  of the smaller set — or only ``LASTING_BODIES_MIN_OVERLAP`` (what any two
  reports need) when both name ``LASTING_SHARED_BODIES`` bodies in common (the
  university occupied and the campaign occupying it: a paper's report of the
  start and another's of the escalation tell it in their own words, and one
  organiser's other action in the window names one of them, not both).

The best is the one sharing most words (then the nearest date, then the lowest
id), so the result is deterministic for a given order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..models import ExtractedEvent
from ..partial_dates import event_span
from .document_joins import REPORT_PRECISIONS, STATED_PRECISIONS
from .evidence import shared_stems, word_overlap
from .matching import APPROXIMATE_SLACK, MIN_WORD_OVERLAP, Candidate
from .mentions import Mention, mention_words

#: Kinds of action that go on for days or months.
LASTING_KINDS = frozenset({"occupation", "strike"})
#: How far either side of a report's date the action it reports may have been dated
#: (about a university term: rent strikes run for months).
LASTING_WINDOW_DAYS = 92.0
#: Words (as content words keep them, lower case) telling that an action lasts.
DURATION_CUES = frozenset({
    "ongoing", "continue", "continues", "continued", "continuing", "began", "begun",
    "ended", "ends", "ending", "entered", "enters", "still", "remains", "remained",
})
#: Stems a report must share with the lasting action, and their share of the smaller set.
LASTING_MIN_SHARED = 3
LASTING_MIN_OVERLAP = 0.3
#: Bodies two reports must both name (whatever their roles) to need only
#: ``LASTING_BODIES_MIN_OVERLAP`` of their words.
LASTING_SHARED_BODIES = 2
LASTING_BODIES_MIN_OVERLAP = MIN_WORD_OVERLAP


def tells_duration(words: frozenset[str]) -> bool:
    """Whether content ``words`` say that an action lasts ("ongoing", "ended")."""
    return not DURATION_CUES.isdisjoint(words)


def tells_same_action(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports' content words tell one lasting action: one of them
    says it lasts, and they share enough stems."""
    return _same_action_overlap(a, b) is not None


def _same_action_overlap(a: frozenset[str], b: frozenset[str],
                         min_overlap: float = LASTING_MIN_OVERLAP) -> float | None:
    """The word overlap of two reports telling one lasting action, else None."""
    if not (tells_duration(a) or tells_duration(b)) or shared_stems(a, b) < LASTING_MIN_SHARED:
        return None
    overlap = word_overlap(a, b)
    return overlap if overlap >= min_overlap else None


def lasting_match(mention: Mention, candidates: Iterable[Candidate]) -> int | None:
    """The event of the same lasting kind ``mention`` reports at another moment, or None."""
    if mention.kind not in LASTING_KINDS or mention.t_start is None:
        return None
    best: tuple[float, float, int] | None = None
    for candidate in candidates:
        c_start, _ = candidate.span()
        if (candidate.kind != mention.kind or c_start is None
                or mention.document_id in candidate.document_ids
                or abs(c_start - mention.t_start) > LASTING_WINDOW_DAYS
                or mention.organisation_ids.isdisjoint(candidate.organisation_ids)):
            continue
        bodies = len(mention.organisation_ids & candidate.organisation_ids)
        overlap = _same_action_overlap(
            mention.words, candidate.words,
            LASTING_BODIES_MIN_OVERLAP if bodies >= LASTING_SHARED_BODIES else LASTING_MIN_OVERLAP)
        if overlap is None:
            continue
        rank = (-overlap, abs(c_start - mention.t_start), candidate.event_id)
        if best is None or rank < best:
            best = rank
    return None if best is None else best[2]


def lasting_follow(events: Sequence[ExtractedEvent], targets: Sequence[int | None],
                   own_ids: Sequence[int]) -> int | None:
    """The event a document's main mention (``events[0]``) of a lasting kind joins
    when the same page also dates the action at another moment: a page reporting
    an occupation's end ("ended on Sunday") that says when it began ("began on
    20 March") tells one occupation, whose start joined the reports of the start.

    ``targets``: the stored event each mention joined (None: a new event, whose
    id ``own_ids`` gives). The side mention must be of the same kind, dated by
    its own sentence within ``LASTING_WINDOW_DAYS`` but more than a few days
    (``APPROXIMATE_SLACK``) away (nearer is the ordinary date rule's business),
    share an organiser and tell the same action (``tells_same_action``); when
    several such mentions tell different events, none.
    """
    main = events[0] if events else None
    if main is None or targets[0] is not None or main.kind not in LASTING_KINDS:
        return None
    m0, _ = event_span(main.start, main.end, main.precision)
    if m0 is None or main.precision not in STATED_PRECISIONS:
        return None
    found = set()
    main_words: frozenset[str] | None = None  # found once, for the first side mention that needs them
    for event, target, own in zip(events[1:], targets[1:], own_ids[1:]):
        s0, _ = event_span(event.start, event.end, event.precision)
        if (event.kind == main.kind and s0 is not None and abs(s0 - m0) > APPROXIMATE_SLACK
                and event.precision in REPORT_PRECISIONS and abs(s0 - m0) <= LASTING_WINDOW_DAYS
                and set(event.organisations) & set(main.organisations)):
            if main_words is None:
                main_words = mention_words(main)
            if tells_same_action(main_words, mention_words(event)):
                found.add(own if target is None else target)
    return found.pop() if len(found) == 1 else None


__all__ = ["DURATION_CUES", "LASTING_KINDS", "LASTING_WINDOW_DAYS", "lasting_follow",
           "lasting_match", "tells_duration", "tells_same_action"]
