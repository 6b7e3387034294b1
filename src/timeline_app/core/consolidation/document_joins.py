"""A document's main mention that only stands for the document follows its report.

Extraction always gives a document a main event. When no sentence dates one,
that main event is the document itself: dated when it was published (or not
at all), told by whatever sentence opens it (an e-mail's quote, a letter's
"Dear …"), while the action the document reports is one of its side
mentions, dated by its own sentence. That side mention joins the stored
event it reports; the main mention, with nothing of its own to match on,
stayed alone, and the document looked like a source of nothing.

So once a document's mentions are matched: when its main mention joined
nothing and only stands for the document (an open letter dated when it was
written, or an event dated by nothing but the publication), and its side
mentions dated by their own sentence near the document's own date all tell one event (the
stored one they joined, or the new one a single such mention became), the
main mention joins that event too. The event then holds two reports from one
document; it still counts the document once (``fields.consolidate_fields``).
An undated page (no sentence and no publication date) whose main mention
joined nothing joins the one dated event of its kind, sharing an organiser,
whose words are mostly on the page (``undated_page_match``), and whose words
its own headline and sentence share too (``page_own_words_tell``).
``page_tells`` is the other way round: a report that arrives after such a page
finds it by the page's words.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import ExtractedEvent
from ..partial_dates import event_span
from .announced import ANNOUNCING_KINDS
from .evidence import shared_stems, stems, word_overlap
from .matching import MIN_WORD_OVERLAP, OTHER_MIN_OVERLAP, OTHER_MIN_SHARED, Candidate
from .mentions import content_words

#: Date confidence extraction gives a main event dated only by the publication (or nothing).
DOCUMENT_DATED_CONFIDENCE = 0.4
#: Side mentions a main one follows: dated by their own sentence (a day or a month).
STATED_PRECISIONS = frozenset({"day", "approximate", "month"})
#: Precisions of a report whose own sentence states its event's date (not the page's, not a year).
REPORT_PRECISIONS = ("day", "month")
#: Precisions of a main mention that has no date to match on.
UNDATED_PRECISIONS = frozenset({"unknown", "year"})
#: How far from the document's own date a report it follows may be (as for letters).
FOLLOW_WINDOW_DAYS = 45.0
#: Stems an undated page's own main mention (headline and sentence) must share with
#: the event it joins, besides ``MIN_WORD_OVERLAP`` of the smaller set: a movement's
#: pages share the background words of all its actions (students, march,
#: parliament, fees), so the page's words alone joined a march to the same
#: movement's march on the same day a year before.
PAGE_OWN_MIN_SHARED = 2


def stands_for_document(event: ExtractedEvent) -> bool:
    """Whether ``event`` is a document's main event that is the document itself:
    an open letter, or an event no sentence of its own dates."""
    if not event.main:
        return False
    if event.kind in ANNOUNCING_KINDS:
        return True
    return (event.precision in ("approximate", "unknown", "year")
            and event.field_confidence.get("date", 1.0) <= DOCUMENT_DATED_CONFIDENCE)


def _near(main: ExtractedEvent, side: ExtractedEvent) -> bool:
    if side.precision not in STATED_PRECISIONS:
        return False
    m0, _ = event_span(main.start, main.end, main.precision)
    s0, _ = event_span(side.start, side.end, side.precision)
    if m0 is None or main.precision in ("unknown", "year"):
        return True
    return s0 is not None and abs(s0 - m0) <= FOLLOW_WINDOW_DAYS


def followed_join(events: Sequence[ExtractedEvent], targets: Sequence[int | None],
                  own_ids: Sequence[int]) -> int | None:
    """The event the document's main mention (``events[0]``) joins after the
    others were matched (``targets``: the stored event each joined, None for
    a new event, whose id ``own_ids`` gives), or None."""
    if not events or targets[0] is not None or not stands_for_document(events[0]):
        return None
    main = events[0]
    reported = {own if target is None else target
                for event, target, own in zip(events[1:], targets[1:], own_ids[1:])
                if _near(main, event)}
    if main.precision in ("unknown", "year") and len(events) != 2:
        return None  # an undated document reporting several things: which one is it?
    return reported.pop() if len(reported) == 1 else None


def page_content_words(text: str, names: Sequence[str]) -> frozenset[str]:
    """A page's content words, without the names of the organisations it names."""
    return content_words(text, names=tuple(dict.fromkeys(names)))


def undated_page_match(kind: str, page_words: frozenset[str],
                       candidates: Sequence[Candidate],
                       own_words: frozenset[str] | None = None) -> int | None:
    """The one dated event an undated page (its main mention, of ``kind``, stands
    for it and has no date at all) tells: ``candidates`` are the shown events of
    its kind sharing one of its organisers; the page (``page_words``) must hold
    most of the event's words (``page_tells``). Several such events (a campaign's
    rent strikes of two years, told in the same words): none, as without a date
    there is no telling them apart. With ``own_words`` (the page's main mention's
    own words), the one event must also be told by them (``page_own_words_tell``):
    only an event among the stored ones may be the one the page tells, and
    the same movement's action of another year, not stored yet, is told in the
    same background words."""
    found = [c for c in candidates
             if c.kind == kind and c.precision in STATED_PRECISIONS
             and page_tells(c.words, page_words)]
    if len(found) != 1:
        return None
    told = found[0]
    if own_words is not None and not page_own_words_tell(own_words, told.words):
        return None
    return told.event_id


def page_own_words_tell(own_words: frozenset[str], event_words: frozenset[str]) -> bool:
    """Whether an undated page's own headline and sentence (``own_words``) tell the
    event too: ``PAGE_OWN_MIN_SHARED`` stems and the share of words any two
    reports need (``MIN_WORD_OVERLAP``)."""
    return (shared_stems(own_words, event_words) >= PAGE_OWN_MIN_SHARED
            and word_overlap(own_words, event_words) >= MIN_WORD_OVERLAP)


def page_tells(report_words: frozenset[str], page_words: frozenset[str]) -> bool:
    """Whether a page whose main mention stands for it tells the report: most of the
    report's words (``OTHER_MIN_OVERLAP``, ``OTHER_MIN_SHARED`` stems) are on it,
    as an unclassified report needs them to join another kind's event."""
    shared = shared_stems(report_words, page_words)
    return shared >= OTHER_MIN_SHARED and shared >= OTHER_MIN_OVERLAP * len(stems(report_words))


__all__ = ["PAGE_OWN_MIN_SHARED", "REPORT_PRECISIONS", "followed_join", "page_content_words",
           "page_own_words_tell", "page_tells", "stands_for_document", "undated_page_match"]
