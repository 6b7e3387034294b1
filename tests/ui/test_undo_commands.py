"""Undo and redo through the window's QUndoStack: after an edit, a delete or
a merge, Undo brings back exactly what the person saw before, Redo what they
saw after, and every step reports what changed so the panes refresh."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from timeline_app.core import editing
from timeline_app.core.editing import Changes
from timeline_app.core.models import EntityKind
from timeline_app.ui import undo_commands as commands


def seen(store) -> list[tuple]:
    """The event list as a person reads it: title, kind and organisations per event."""
    columns = store.timeline_columns()
    return list(zip(columns["titles"], columns["kinds"], columns["orgs"], strict=True))


def organisation_names(store) -> set[str]:
    return {row["name"] for row in store.organisations()}


@pytest.fixture
def reported() -> list[Changes]:
    return []


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


def test_undoing_an_edit_brings_back_the_old_title_and_redo_the_new(hand_store, stack, reported):
    before = seen(hand_store)
    event_id = hand_store.timeline_columns()["ids"][0]
    fields = {"title": "Walkout against the fees", "kind": "protest"}
    result = editing.update_event(hand_store, event_id, **fields)
    stack.push(commands.EditEventCommand(hand_store, result, fields, reported.append))
    after = seen(hand_store)
    assert after[0][:2] == ("Walkout against the fees", "protest")
    assert reported == []  # the push itself changes nothing: the edit was already made

    stack.undo()
    assert seen(hand_store) == before
    stack.redo()
    assert seen(hand_store) == after
    assert [event_id in change.events for change in reported] == [True, True]
    assert stack.undoText() == "Edit title, kind"


def test_undoing_a_delete_puts_the_events_back_with_their_organisations(hand_store, stack, reported):
    before = seen(hand_store)
    ids = hand_store.timeline_columns()["ids"][:2]
    snapshots = [editing.delete_event(hand_store, event_id) for event_id in ids]
    stack.push(commands.DeleteEventsCommand(hand_store, snapshots, reported.append))
    assert len(seen(hand_store)) == 1
    assert stack.undoText() == "Delete 2 events"

    stack.undo()
    assert seen(hand_store) == before
    assert hand_store.timeline_columns()["ids"][:2] == ids  # the same events, not copies
    stack.redo()
    assert len(seen(hand_store)) == 1
    assert reported[0].added == frozenset(ids)  # undo: the list gains them back
    assert reported[1].removed == frozenset(ids)


def test_undoing_a_merge_splits_the_organisations_again(hand_store, stack, reported):
    before, names_before = seen(hand_store), organisation_names(hand_store)
    ids = {row["name"]: row["id"] for row in hand_store.organisations()}
    keep, merge = ids["National Union of Students"], ids["University of Sheffield Students' Union"]

    def merge_them() -> editing.EntityEdit:
        return editing.merge_entities(hand_store, EntityKind.ORGANISATION, keep, merge)

    stack.push(commands.EntityCommand(hand_store, merge_them(), merge_them, "Merge organisations",
                                      reported.append))
    merged = seen(hand_store)
    assert {orgs for _, _, orgs in merged} == {"National Union of Students"}
    assert "University of Sheffield Students' Union" not in organisation_names(hand_store)

    stack.undo()
    assert seen(hand_store) == before
    assert organisation_names(hand_store) == names_before
    stack.redo()
    assert seen(hand_store) == merged
    assert all(change.organisations for change in reported)


def test_several_steps_undo_in_reverse_order_back_to_the_start(hand_store, stack, reported):
    before = seen(hand_store)
    first, second = hand_store.timeline_columns()["ids"][:2]
    result = editing.update_event(hand_store, first, title="Renamed")
    stack.push(commands.EditEventCommand(hand_store, result, {"title": "Renamed"}, reported.append))
    snapshot = editing.delete_event(hand_store, second)
    stack.push(commands.DeleteEventsCommand(hand_store, [snapshot], reported.append))
    assert stack.undoText() == "Delete 1 event"

    stack.undo()
    stack.undo()
    assert seen(hand_store) == before
    assert not stack.canUndo()
