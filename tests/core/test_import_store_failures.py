"""A document whose events cannot be joined to the stored ones fails alone: the import goes on, and
nothing of that document is kept. Two undated reports of one strike, one of them bounded ("not
before 2021"), once stopped a whole import with a TypeError while the event's date was picked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from timeline_app.core.consolidation import SourceFacts, consolidate_fields
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store


def _strike_report(source_id: int, start: str | None) -> SourceFacts:
    return SourceFacts(source_id, source_id, "Harbourton lecturers strike", "strike", start, None, "unknown",
                       None, 0.2, True)


@pytest.mark.parametrize("order", [(1, 2), (2, 1)])
def test_two_undated_reports_of_one_strike_keep_the_bound_one_of_them_states(order):
    reports = {1: _strike_report(1, "2021"), 2: _strike_report(2, None)}
    columns = consolidate_fields([reports[n] for n in order]).columns
    assert (columns["start"], columns["precision"]) == ("2021", "unknown")


_PAGES = {
    "a_walkout.txt": "Harbourton students walk out\n\n12 March 2019\n\nStudents at Harbourton walked out on "
                     "12 March 2019 over fees.\n",
    "b_occupation.txt": "Westbrook students occupy library\n\n14 March 2019\n\nMembers of the Westbrook "
                        "Students' Union occupied the library on 14 March 2019.\n",
    "c_march.txt": "Lakeland nurses march\n\n20 March 2019\n\nNurses marched through Lakeland on "
                   "20 March 2019 over pay.\n",
}


@pytest.mark.parametrize("failure", [
    TypeError("'<' not supported between instances of 'NoneType' and 'float'"),  # a bug joining its events
    sqlite3.ProgrammingError("Error binding parameter 1: type 'list' is not supported"),  # a value refused
    sqlite3.IntegrityError("NOT NULL constraint failed: events.kind"),  # not a copy already stored
], ids=lambda failure: type(failure).__name__)
def test_a_document_that_fails_while_its_events_are_stored_fails_alone(tmp_path: Path, monkeypatch, failure):
    for name, text in _PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    mention_target = Store.mention_target

    def failing_for_westbrook(self, document_id, content_hash, event, *args, **kwargs):
        # midway through the document's writes: its row and its names are already written
        if "Westbrook" in event.title:
            raise failure
        return mention_target(self, document_id, content_hash, event, *args, **kwargs)

    monkeypatch.setattr(Store, "mention_target", failing_for_westbrook)
    with Store.open(tmp_path / "x.db") as store:
        summary = import_paths(store, [tmp_path / name for name in sorted(_PAGES)])
        stored = [row[0] for row in store.db.execute("SELECT text FROM documents ORDER BY id").fetchall()]
        titles = [row[0] for row in store.db.execute("SELECT title FROM events ORDER BY id").fetchall()]
        names = " ".join(row[0] for row in store.db.execute("SELECT name FROM organisations").fetchall())
    assert summary.line() == "2 imported, 0 duplicate, 1 failed"
    failed = [r for r in summary.results if r.status == "failed"]
    assert [Path(r.path).name for r in failed] == ["b_occupation.txt"]
    assert failed[0].reason == f"failed unexpectedly while storing its events ({type(failure).__name__})"
    assert [text.split("\n")[0] for text in stored] == ["Harbourton students walk out", "Lakeland nurses march"]
    assert not any("Westbrook" in title for title in titles)  # none of its events was kept either
    assert "Westbrook" not in names  # nor the names it brought
