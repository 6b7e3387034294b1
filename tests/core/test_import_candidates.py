"""The in-memory candidates of an import find exactly what the store's query finds."""

from __future__ import annotations

import itertools
import random

from timeline_app.core.consolidation import mention_span
from timeline_app.core.models import ExtractedEvent, ExtractedOrganisation, Extraction, ReadDocument
from timeline_app.core.store.import_candidates import ImportCandidates

_KINDS = ("walkout", "protest", "other", "letter")
_ORGS = ("Leeds Students' Union", "UCU", "Unite", "Acorn")
_WORDS = "fees rent strike march library pay cuts housing".split()


def _event(rng: random.Random, index: int) -> ExtractedEvent:
    day = rng.randrange(1, 28)
    month = rng.choice((10, 11))
    precision = rng.choice(("day", "day", "month", "approximate", "year"))
    start = {"day": f"2010-{month:02d}-{day:02d}", "approximate": f"2010-{month:02d}-{day:02d}",
             "month": f"2010-{month:02d}", "year": "2010"}[precision]
    end = "2010-12-20" if precision == "day" and rng.random() < 0.1 else None
    orgs = tuple(rng.sample(_ORGS, rng.randrange(0, 3)))
    title = " ".join(rng.sample(_WORDS, 3))
    return ExtractedEvent(title, rng.choice(_KINDS), start, precision, f"{title} {index}.",
                          index * 10, index * 10 + 9, end=end, organisations=orgs,
                          main=index == 0)


def _document(rng: random.Random, number: int) -> tuple[ReadDocument, Extraction]:
    events = tuple(_event(rng, i) for i in range(rng.randrange(1, 4)))
    names = sorted({n for e in events for n in e.organisations})
    extraction = Extraction(None, "unknown", title=f"Report {number}", events=events,
                            organisations=tuple(ExtractedOrganisation(n) for n in names))
    return ReadDocument(f"Report {number}", "txt"), extraction


def _same_answers(store, mirror: ImportCandidates) -> None:
    orgs = [None, [1], [2, 3]]
    for kind, precision, day, shared in itertools.product(
            _KINDS, ("day", "month", "approximate"), range(1, 31, 3), orgs):
        start = "2010-11" if precision == "month" else f"2010-11-{day:02d}"
        t_start, t_end = mention_span(start, None, precision)
        queried = store.consolidation_candidates(kind, t_start, t_end, shared)
        assert mirror.near(kind, t_start, t_end, shared) == sorted(
            queried, key=lambda c: c.event_id), (kind, start, precision, shared)


def test_the_mirror_finds_what_the_query_finds_while_documents_join_events(fresh_store):
    rng = random.Random(7)
    fresh_store.begin_import_batch()
    for number in range(150):
        read, extraction = _document(rng, number)
        fresh_store.add_document(read, extraction, path=f"/r/{number}.txt",
                                 content_hash=f"hash{number}")
        if number % 50 == 49:
            # the mirror the batch has kept up to date, against the store itself
            _same_answers(fresh_store, fresh_store._lookups.candidates)
    fresh_store.commit_import_batch()
    joined = fresh_store.db.execute(
        "SELECT count(*) FROM events WHERE consolidated_into IS NOT NULL").fetchone()[0]
    assert joined > 10  # the documents did join stored events
    _same_answers(fresh_store, ImportCandidates(fresh_store.db.conn))
