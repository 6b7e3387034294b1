"""``timeline-app repair``: copy what a damaged database still holds into a new one.

The damaged file is only ever read (opened read-only; a copy is made when
its header has to be rebuilt). Each table is read row by row around damaged
pages (``store.salvage``) and written, with the same ids, into a new
database made by Timeline's own migrations, so the result is a sound,
current Timeline database. Documents come whole or not at all; an event
whose document was lost is kept without it; a link is kept only when both
its ends were saved. The report counts what was saved and what was lost.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import StoreError
from .migrations import SCHEMA_VERSION
from .store import Store
from .store.repair_header import copy_with_rebuilt_header
from .store.health import integrity_problem, lenient_text, quick_check_problem
from .store.salvage import (
    SalvageLosses, insert_salvaged, salvage_rows, schema_table_names, stored_user_version,
    table_columns,
)

#: Copied in this order, so every row's references are saved before it.
ENTITY_TABLES = ("organisations", "people", "aliases", "documents", "events")
#: Link table: (its columns' tables, in column order).
LINK_TABLES = {
    "event_organisations": ("events", "organisations"),
    "event_people": ("events", "people"),
    "document_organisations": ("documents", "organisations"),
    "document_people": ("documents", "people"),
}


class UnreadableDatabaseError(StoreError):
    """Not even the schema of the damaged file can be read: nothing can be saved."""


@dataclass
class TableOutcome:
    saved: int = 0
    #: Rows known to exist that could not be read or were refused.
    lost: int = 0
    #: Key ranges that could not be read at all (how many rows they held is unknown).
    unreadable_ranges: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class RepairReport:
    source: Path
    target: Path
    problem: str | None = None
    header_rebuilt: bool = False
    tables: dict[str, TableOutcome] = field(default_factory=dict)
    events_without_document: int = 0

    @property
    def saved_anything(self) -> bool:
        return any(t.saved for t in self.tables.values())

    def lines(self) -> list[str]:
        """The summary ``timeline-app repair`` prints."""
        found = " ".join((self.problem or "no damage found by quick_check").split())
        lines = [f"read {self.source} ({found})"]
        if self.header_rebuilt:
            lines.append("its schema could not be read as it was: a temporary copy with a "
                         "rebuilt header was read instead")
        saved = ", ".join(f"{t.saved} {name}" for name, t in self.tables.items())
        lines.append(f"saved: {saved}")
        lost = [f"{t.lost} {name}" for name, t in self.tables.items() if t.lost]
        ranges = [f"{name} {_id_range(a, b)}"
                  for name, t in self.tables.items() for a, b in t.unreadable_ranges]
        lines.append("lost: " + (", ".join(lost) if lost else "nothing known"))
        if ranges:
            lines.append("unreadable stretches (rows there are lost): " + "; ".join(ranges))
        if self.events_without_document:
            lines.append(f"{self.events_without_document} events lost their document "
                         "and were kept without it")
        lines.append(f"wrote {self.target}")
        return lines


def _id_range(first: int, last: int) -> str:
    if first < -(2**62):
        return "(every row)" if last > 2**62 else f"ids up to {last}"
    return f"ids from {first}" if last > 2**62 else f"ids {first}–{last}"


def default_target(source: Path) -> Path:
    """``NAME-repaired.db`` beside the damaged ``NAME.db``."""
    return source.with_name(f"{source.stem}-repaired{source.suffix or '.db'}")


def _open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.text_factory = lenient_text
    return conn


class _Copier:
    """Copies the readable rows of each table, keeping the ids it saved."""

    def __init__(self, source: sqlite3.Connection, target: Store, report: RepairReport) -> None:
        self.source = source
        self.target = target.db.conn
        self.report = report
        self.source_tables = schema_table_names(source)
        self.saved_ids: dict[str, set[int]] = {}

    def copy(self, table: str, adjust: Callable[[dict], bool] | None = None) -> None:
        """Copy ``table``; ``adjust`` may change a row (as a dict) or refuse it (False)."""
        outcome = self.report.tables.setdefault(table, TableOutcome())
        if table not in self.source_tables:
            return
        wanted = set(table_columns(self.target, table))
        columns = [c for c in table_columns(self.source, table) if c in wanted]
        losses = SalvageLosses()
        saved = self.saved_ids.setdefault(table, set())
        for row in salvage_rows(self.source, table, columns, losses):
            values = dict(zip(columns, row[len(row) - len(columns):], strict=True))
            if adjust is not None and not adjust(values):
                outcome.lost += 1
                continue
            if insert_salvaged(self.target, table, columns, tuple(values.values())):
                outcome.saved += 1
                if "id" in values:
                    saved.add(values["id"])
            else:
                outcome.lost += 1
        outcome.lost += losses.unreadable
        outcome.unreadable_ranges.extend(losses.skipped)

    def keep_event(self, values: dict) -> bool:
        document = values.get("document_id")
        if document is not None and document not in self.saved_ids.get("documents", set()):
            values["document_id"] = None
            self.report.events_without_document += 1
        return True

    def link_keeper(self, ends: tuple[str, str]) -> Callable[[dict], bool]:
        def keep(values: dict) -> bool:
            ids = list(values.values())[:len(ends)]  # the ids lead; a role may follow
            return all(i in self.saved_ids.get(t, set()) for i, t in zip(ids, ends, strict=True))
        return keep


def _check_source(source: Path, conn: sqlite3.Connection) -> None:
    version = stored_user_version(conn)
    if version is not None and version > SCHEMA_VERSION:
        raise StoreError(f"{source} was written by a newer version of Timeline; "
                         "repair it with that version.")


def _readable_source(source: Path, workdir: Path, report: RepairReport) -> sqlite3.Connection:
    """A read-only connection whose schema can be read, from the file or from a
    copy with a rebuilt header; raises StoreError when neither works."""
    try:
        conn = _open_read_only(source)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot read {source}: {exc}.") from exc
    try:
        schema_table_names(conn)
        _check_source(source, conn)
        report.problem = quick_check_problem(conn)
        return conn
    except sqlite3.DatabaseError as exc:
        conn.close()
        first_error = str(exc)
    except StoreError:
        conn.close()
        raise
    copy = workdir / "header-rebuilt.db"
    if not copy_with_rebuilt_header(source, copy):
        raise UnreadableDatabaseError(f"{source} cannot be read at all: neither its header nor its "
                         "schema could be read. Nothing was saved.")
    report.header_rebuilt = True
    report.problem = first_error
    return _open_read_only(copy)


def repair_database(source: Path, target: Path | None = None) -> RepairReport:
    """Copy what can be read from ``source`` into the new database ``target``.

    Raises StoreError (a sentence) when ``source`` is missing or unreadable,
    or ``target`` already exists; ``source`` is never written.
    """
    source, target = Path(source), Path(target or default_target(Path(source)))
    if not source.is_file():
        raise StoreError(f"{source} does not exist or is not a file.")
    if target.exists() or target.resolve() == source.resolve():
        raise StoreError(f"{target} already exists; choose a new file with -o NEW.db.")
    report = RepairReport(source, target)
    with tempfile.TemporaryDirectory(prefix="timeline-repair-") as workdir:
        conn = _readable_source(source, Path(workdir), report)
        try:
            with Store.open(target) as store:
                copier = _Copier(conn, store, report)
                with store.write_transaction():
                    for table in ENTITY_TABLES:
                        copier.copy(table, copier.keep_event if table == "events" else None)
                    for table, ends in LINK_TABLES.items():
                        copier.copy(table, copier.link_keeper(ends))
                problem = integrity_problem(store.db.conn)
        finally:
            conn.close()
    if problem is not None:
        raise StoreError(f"the repaired database {target} fails its own check ({problem}).")
    return report
