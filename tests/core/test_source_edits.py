"""A person splits, merges and moves sources; undo puts everything back, and
re-importing the same documents replays the decision instead of undoing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core import editing
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store

MARCH = ("Fees march in London\n\nOn 10 November 2010 the National Union of Students "
         "marched through London against tuition fees.\n")
ARTICLE = ("Thousands join fees march\n\nIn November 2010 the National Union of Students "
           "led a march through London against higher tuition fees.\n")
STRIKE = ("Rent strike begins\n\nOn 24 November 2010 the National Union of Students began "
          "a rent strike in the halls of residence in Leeds.\n")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in (("a.txt", MARCH), ("b.txt", ARTICLE), ("c.txt", STRIKE)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _groups(store: Store) -> list[tuple[str, ...]]:
    """Each shown event as the file names of its sources."""
    return sorted(
        tuple(sorted(Path(store.document_row(s["document_id"])["path"]).name
                     for s in store.event_sources(e["id"])))
        for e in store.events(event_filter=EventFilter()) if e["source_count"])


def _state(store: Store) -> tuple:
    return (_groups(store),
            [(e["id"], e["title"], e["start"], e["source_count"], e["organisations"])
             for e in store.events(event_filter=EventFilter())])


def _main_event(store: Store, name: str) -> int:
    return next(e["id"] for e in store.events(event_filter=EventFilter())
                if any(Path(store.document_row(s["document_id"])["path"]).name == name
                       for s in store.event_sources(e["id"])))


def _source_of(store: Store, name: str) -> int:
    event_id = _main_event(store, name)
    return next(s["id"] for s in store.event_sources(event_id)
                if Path(store.document_row(s["document_id"])["path"]).name == name)


@pytest.fixture
def imported(fresh_store: Store, tmp_path: Path) -> Store:
    import_paths(fresh_store, [_folder(tmp_path)])
    assert ("a.txt", "b.txt") in _groups(fresh_store)
    return fresh_store


def test_splitting_a_source_off_makes_it_its_own_event_and_undo_rejoins_it(imported):
    before = _state(imported)
    edit = editing.split_source(imported, _source_of(imported, "b.txt"))
    assert ("a.txt",) in _groups(imported) and ("b.txt",) in _groups(imported)
    split = imported.event_row(edit.event_id)
    assert split["start"] == "2010-11" and split["source_count"] == 1
    assert edit.changes.added == {edit.event_id}
    editing.undo_source_edit(imported, edit)
    assert _state(imported) == before


def test_splitting_the_leading_report_leaves_the_others_together(imported):
    edit = editing.split_source(imported, _source_of(imported, "a.txt"))
    assert ("a.txt",) in _groups(imported) and ("b.txt",) in _groups(imported)
    assert imported.event_row(edit.event_id)["start"] == "2010-11-10"


def test_merging_and_moving_join_reports_the_matcher_kept_apart(imported):
    before = _state(imported)
    merged = editing.merge_events(imported, _main_event(imported, "a.txt"),
                                  _main_event(imported, "c.txt"))
    assert _groups(imported) == [("a.txt", "b.txt", "c.txt")]
    assert imported.event_row(merged.event_id)["date_conflict"] == 1  # 10 vs 24 November
    editing.undo_source_edit(imported, merged)
    assert _state(imported) == before
    moved = editing.move_source(imported, _source_of(imported, "b.txt"),
                                _main_event(imported, "c.txt"))
    assert _groups(imported) == [("a.txt",), ("b.txt", "c.txt")]
    editing.undo_source_edit(imported, moved)
    assert _state(imported) == before


def test_a_source_cannot_be_split_from_an_event_it_alone_attests(imported):
    with pytest.raises(editing.EditError):
        editing.split_source(imported, _source_of(imported, "c.txt"))


def test_re_importing_the_documents_replays_splits_and_merges(imported, tmp_path):
    editing.split_source(imported, _source_of(imported, "b.txt"))
    editing.merge_events(imported, _main_event(imported, "a.txt"),
                         _main_event(imported, "c.txt"))
    decided = _groups(imported)
    for document in imported.documents():
        editing.delete_document(imported, document["id"])
    import_paths(imported, [tmp_path / "docs"])
    assert _groups(imported) == decided == [("a.txt", "c.txt"), ("b.txt",)]


def test_re_importing_the_documents_replays_a_move(imported, tmp_path):
    editing.move_source(imported, _source_of(imported, "b.txt"), _main_event(imported, "c.txt"))
    decided = _groups(imported)
    for document in imported.documents():
        editing.delete_document(imported, document["id"])
    import_paths(imported, [tmp_path / "docs"])
    assert _groups(imported) == decided == [("a.txt",), ("b.txt", "c.txt")]


def test_deleting_one_report_leaves_the_event_its_other_sources_attest(imported):
    before = _state(imported)
    march = _main_event(imported, "a.txt")
    document_id = imported.source_row(_source_of(imported, "a.txt"))["document_id"]
    snapshot = editing.delete_document(imported, document_id)
    assert ("b.txt",) in _groups(imported)
    left = next(e for e in imported.events(event_filter=EventFilter())
                if e["source_count"] and e["start"] == "2010-11")
    assert left["source_count"] == 1
    editing.restore_document(imported, snapshot)
    assert _state(imported) == before
    deleted = editing.delete_event(imported, march)
    assert _groups(imported) == [("c.txt",)]
    editing.restore_event(imported, deleted)
    assert _state(imported) == before


def test_a_joined_report_listed_with_its_document_stands_for_the_event_shown(imported):
    march = _main_event(imported, "a.txt")
    document_id = imported.source_row(_source_of(imported, "b.txt"))["document_id"]
    assert [e["id"] for e in editing.document_events(imported, document_id)] == [march]


def test_a_split_made_in_another_program_holds_when_this_one_imports_again(imported, tmp_path):
    # The window (another connection) splits a report off and deletes its
    # document while this store, which imported it, keeps its import lookups.
    window = Store.open(imported.path)
    try:
        editing.split_source(window, _source_of(window, "b.txt"))
        document_id = window.source_row(_source_of(window, "b.txt"))["document_id"]
        editing.delete_document(window, document_id)
    finally:
        window.close()
    import_paths(imported, [tmp_path / "docs" / "b.txt"])
    assert _groups(imported) == [("a.txt",), ("b.txt",), ("c.txt",)]
