"""Noticing a damaged database before Timeline writes to it.

A disk error, a copy cut short or a sync tool can leave a database whose
pages no longer hold together. Writing to such a file can spread the damage,
so it is refused for writing with a sentence that names the way out
(``timeline-app repair``); reading what can still be read stays possible.
Text stored with invalid UTF-8 is read with replacement characters instead
of failing the whole query.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError

#: How long the check on open may take before it gives up and trusts the
#: file: ``quick_check`` reads every page, about 150 ms at 100,000 events.
QUICK_CHECK_BUDGET_MS = 1_000


class DamagedDatabaseError(StoreError):
    """The file is an SQLite database whose pages or records are damaged."""

    def __init__(self, path: str | Path, problem: str) -> None:
        super().__init__(damaged_message(path, problem))
        self.path = str(path)
        self.problem = problem


def damaged_message(path: str | Path, problem: str) -> str:
    """The sentence shown for a damaged database: what, and how to recover."""
    problem = " ".join(str(problem).split()) or "unreadable"
    return (
        f"{path} is damaged (quick_check: {problem}). Run `timeline-app repair {path}` "
        "to copy what can be read into a new database."
    )


def lenient_text(data: bytes) -> str:
    """The connection's text factory: invalid UTF-8 becomes U+FFFD, not an error."""
    return data.decode("utf-8", errors="replace")


@contextmanager
def time_budget(conn: sqlite3.Connection, budget_ms: int) -> Iterator[None]:
    """Interrupt the statements run inside once ``budget_ms`` have passed
    (they then raise sqlite3.OperationalError "interrupted").

    A timer thread calls ``interrupt`` rather than a progress handler,
    because FTS5's integrity check runs as one step of SQLite's machine,
    where a progress handler is never called. The lock makes sure a late
    timer never interrupts a statement run after the block.
    """
    lock = threading.Lock()
    active = True

    def interrupt() -> None:
        with lock:
            if active:
                conn.interrupt()

    timer = threading.Timer(budget_ms / 1000, interrupt)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            active = False
        timer.cancel()


def was_interrupted(exc: sqlite3.Error) -> bool:
    return "interrupt" in str(exc)


def quick_check_problem(conn: sqlite3.Connection,
                        budget_ms: int = QUICK_CHECK_BUDGET_MS) -> str | None:
    """The first problem ``PRAGMA quick_check`` finds, or None.

    None also when the check ran out of its time budget: a huge database is
    then trusted rather than making every start wait for a full read.
    """
    try:
        with time_budget(conn, budget_ms):
            rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.OperationalError as exc:
        return None if was_interrupted(exc) else str(exc)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = str(rows[0][0]) if rows else "no answer"
    return None if first == "ok" else first


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """The first problem the thorough ``PRAGMA integrity_check`` finds, or None."""
    try:
        rows = conn.execute("PRAGMA integrity_check(1)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = str(rows[0][0]) if rows else "no answer"
    return None if first == "ok" else first


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite's error means the file itself is damaged."""
    message = str(exc)
    return "malformed" in message or "not a database" in message or "corrupt" in message


def repair_hint_for_unknown_file(path: Path) -> str:
    """For a file without SQLite's header that is sized like a database
    (whole pages), a hint that ``repair`` may read it; otherwise ''."""
    try:
        size = path.stat().st_size
    except OSError:
        return ""
    if size < 1024 or size % 512:
        return ""
    return (f" If it was a Timeline database whose header was overwritten, run "
            f"`timeline-app repair {path}` to copy what can be read into a new database.")
