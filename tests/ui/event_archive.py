"""A synthetic archive for the UI's long-running tests: thousands of events
written straight into a migrated database, far faster than importing
documents, with the spread a real archive has (a few busy organisations and
many quiet ones, some undated events, every precision and kind).

Kept inside tests/ so the tests need nothing from bench/.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from timeline_app.core.models import KINDS, PRECISIONS
from timeline_app.core.store import Store

#: The movement's kinds (background "context" events are hidden in the window).
ACTION_KINDS = tuple(k for k in KINDS if k != "context")

EVENTS_PER_DOCUMENT = 4
ORGANISATIONS = 120
FIRST_DAY = 7305   # 1990-01-01, in days since 1970-01-01
LAST_DAY = 20819   # 2026-12-31
SPAN_DAYS = {"day": 1, "month": 30, "year": 365, "approximate": 365}
FILLER = ("the students staff union said members campaign week council action college "
          "university officers national of and to in on for with").split()
TOPICS = ("walkout strike picket rent pensions climate library solidarity fees housing "
          "ballot occupation petition vote march tenants cleaners refugees").split()


def build_event_archive(path: Path, events: int, seed: int = 1) -> Path:
    """A database at ``path`` holding ``events`` events over
    ``events / EVENTS_PER_DOCUMENT`` documents; the same seed gives the same archive."""
    rng = random.Random(seed)
    with Store.open(path):
        pass  # creates the schema through the app's own migrations
    organisations = [(i, f"{rng.choice(['City', 'National', 'Free'])} Union {i} of "
                         f"{rng.choice(['Students', 'Tenants', 'Workers'])}")
                     for i in range(1, ORGANISATIONS + 1)]
    popularity = [1 / i for i, _ in organisations]  # a few busy bodies, a long quiet tail
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO organisations (id, name, key, acronym, aliases) VALUES (?, ?, ?, ?, '[]')",
            [(i, name, name.lower(), f"U{i}") for i, name in organisations])
        conn.executemany(
            "INSERT INTO documents (id, content_hash, title, format, text, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
            [_document(d, rng) for d in range(1, events // EVENTS_PER_DOCUMENT + 2)])
        rows, links = [], []
        for event_id in range(1, events + 1):
            rows.append(_event(event_id, rng))
            chosen = rng.choices([i for i, _ in organisations], weights=popularity, k=rng.randint(1, 2))
            links += [(event_id, org) for org in set(chosen)]
        conn.executemany(
            "INSERT INTO events (id, document_id, main, title, kind, precision, t_start, t_end, year)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO event_organisations (event_id, organisation_id) VALUES (?, ?)", links)
    return path


def _document(number: int, rng: random.Random) -> tuple:
    words = rng.choices(FILLER, k=50) + rng.choices(TOPICS, k=3)
    rng.shuffle(words)
    return (number, f"synthetic-{number}", f"Bulletin {number}: {rng.choice(TOPICS)}", "txt",
            " ".join(words), "2025-01-01T00:00:00+00:00")


def _event(event_id: int, rng: random.Random) -> tuple:
    document = (event_id - 1) // EVENTS_PER_DOCUMENT + 1
    main = int((event_id - 1) % EVENTS_PER_DOCUMENT == 0)
    kind = rng.choice(ACTION_KINDS)
    title = f"{kind.capitalize()} on {rng.choice(TOPICS)} ({event_id})"
    if rng.random() < 0.05:
        return (event_id, document, main, title, kind, "unknown", None, None, None)
    precision = rng.choices(PRECISIONS[:4], weights=[70, 15, 12, 3])[0]
    start = float(rng.randrange(FIRST_DAY, LAST_DAY))
    year = 1970 + int(start // 365.2425)
    return (event_id, document, main, title, kind, precision, start, start + SPAN_DAYS[precision], year)
