"""Real Timeline databases, and copies of them damaged the ways files get damaged.

The database is made by the app's own migrations and filled with enough rows
that the events table spans many pages; a few rows carry a person's edits.
Damage is done to a copy, byte by byte, as a disk or a cut-short copy would.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

from timeline_app.core.store import Store

PAGE = 4096
DOCUMENTS = 300
EVENTS_PER_DOCUMENT = 6
EVENTS = DOCUMENTS * EVENTS_PER_DOCUMENT


def build_database(path: Path) -> Path:
    """A checkpointed Timeline database with documents, events, names, links and edits."""
    with Store.open(path):
        pass
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany("INSERT INTO organisations (id, name, key, acronym) VALUES (?, ?, ?, ?)",
                         [(i, f"Union {i}", f"union {i}", f"U{i}") for i in range(1, 21)])
        conn.executemany("INSERT INTO people (id, name, key, role) VALUES (?, ?, ?, ?)",
                         [(i, f"Person {i}", f"person {i}", "officer") for i in range(1, 11)])
        conn.execute("INSERT INTO aliases VALUES ('U1 Students', 'organisation', 'Union 1')")
        conn.executemany(
            "INSERT INTO documents (id, content_hash, title, format, text, imported_at)"
            " VALUES (?, ?, ?, 'txt', ?, '2025-01-01T00:00:00+00:00')",
            [(d, f"hash-{d}", f"Bulletin {d}", f"Bulletin {d}: the strike went on. " * 20)
             for d in range(1, DOCUMENTS + 1)])
        events = [(e, (e - 1) // EVENTS_PER_DOCUMENT + 1, f"Strike number {e} went ahead", "strike",
                   "day", 17000.0 + e, 17001.0 + e, 2016) for e in range(1, EVENTS + 1)]
        conn.executemany("INSERT INTO events (id, document_id, title, kind, precision, t_start,"
                         " t_end, year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", events)
        conn.execute("UPDATE events SET note = 'checked by hand', tags = ?, user_edited = 1,"
                     " edited_fields = '[\"note\"]' WHERE id = 1", [json.dumps(["verified"])])
        conn.executemany("INSERT INTO event_organisations (event_id, organisation_id) VALUES (?, ?)",
                         [(e, e % 20 + 1) for e in range(1, EVENTS + 1)])
        conn.executemany("INSERT INTO event_people (event_id, person_id) VALUES (?, ?)", [(e, 1) for e in range(1, 50)])
        conn.executemany("INSERT INTO document_organisations VALUES (?, ?)",
                         [(d, d % 20 + 1) for d in range(1, DOCUMENTS + 1)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def copy_of(good: Path, name: str) -> Path:
    copy = good.with_name(name)
    shutil.copyfile(good, copy)
    return copy


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _children(data: bytes, page: int) -> list[int]:
    """The child pages an interior table b-tree page points to."""
    start = (page - 1) * PAGE + (100 if page == 1 else 0)
    cells = int.from_bytes(data[start + 3:start + 5], "big")
    pointers = [int.from_bytes(data[start + 12 + 2 * i:start + 14 + 2 * i], "big")
                for i in range((cells))]
    base = (page - 1) * PAGE
    return [int.from_bytes(data[base + p:base + p + 4], "big") for p in pointers]


def damage_middle_of_table(path: Path, table: str = "events") -> None:
    """Overwrite the start of a page in the middle of ``table``'s b-tree."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    children = _children(bytes(data), root)
    assert len(children) > 4, "the table should span many pages"
    middle = children[len(children) // 2]
    data[(middle - 1) * PAGE:(middle - 1) * PAGE + 200] = b"\xab" * 200
    path.write_bytes(bytes(data))


def truncate(path: Path, keep: float = 0.8) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * keep) // PAGE * PAGE + 1000])


def overwrite_header(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(b"\x13" * 100 + data[100:])
