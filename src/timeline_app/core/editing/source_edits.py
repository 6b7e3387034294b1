"""The user decides which reports are one event: split, merge and move sources.

Import joins reports automatically (``core.consolidation``); a person who
knows better splits a source off into its own event, merges two events, or
moves a source to another event. Each operation runs in one write
transaction, re-derives the fields of the events it touches from their
sources, records the decision under the sources' stable keys (document hash
and evidence span) so re-importing the same documents replays it, and
returns a ``SourceEdit`` whose snapshot ``undo_source_edit`` writes back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..models import EntityKind
from ..store import Store
from .changes import Changes, EditError, existing


@dataclass(frozen=True)
class GroupSnapshot:
    """Events with every report hidden behind them, their links and sources,
    as they were: enough to put a split, merge, move or deletion back."""

    rows: tuple[dict[str, Any], ...]
    links: tuple[tuple[int, tuple[int, ...], tuple[int, ...]], ...]
    sources: tuple[dict[str, Any], ...]

    @property
    def shown(self) -> frozenset[int]:
        return frozenset(r["id"] for r in self.rows if r["consolidated_into"] is None)


def snapshot_groups(store: Store, event_ids: Iterable[int]) -> GroupSnapshot:
    """The shown events ``event_ids`` with their reports, links and sources."""
    sources = [s for e in sorted(set(event_ids)) for s in store.event_sources(e)]
    row_ids = set(event_ids) | {s["mention_id"] for s in sources if s["mention_id"]}
    rows = [existing(store.event_row(i), "event", i) for i in sorted(row_ids)]
    links = tuple((r["id"], store.event_entity_ids(EntityKind.ORGANISATION, r["id"]),
                   store.event_entity_ids(EntityKind.PERSON, r["id"])) for r in rows)
    return GroupSnapshot(tuple(rows), links,
                         tuple(store.source_row(s["id"]) for s in sources))


def restore_groups(store: Store, snapshot: GroupSnapshot) -> None:
    """Write a ``GroupSnapshot`` back: rows (re-created if deleted), links, sources."""
    for row in snapshot.rows:
        if store.event_row(row["id"]) is None:
            store.insert_event_row({**row, "consolidated_into": None})
    for row in snapshot.rows:
        store.set_event_columns(row["id"], {k: v for k, v in row.items() if k != "id"})
    for event_id, org_ids, person_ids in snapshot.links:
        store.replace_event_entities(EntityKind.ORGANISATION, event_id, org_ids)
        store.replace_event_entities(EntityKind.PERSON, event_id, person_ids)
    for source in snapshot.sources:
        store.put_source_row(source)


def shown_ids(store: Store, ids: Iterable[int]) -> frozenset[int]:
    """Which of ``ids`` are events a person sees (not hidden reports, not deleted)."""
    shown = set()
    for i in ids:
        row = store.event_row(i)
        if row is not None and row["consolidated_into"] is None:
            shown.add(i)
    return frozenset(shown)


def hand_over(store: Store, source_id: int, target: int | None) -> int:
    """Move one source to ``target`` (None: its own event); the event it ends in.

    When the report leaving is the one its event is shown as, the oldest
    remaining report becomes the shown one for the rest.
    """
    source = existing(store.source_row(source_id), "source", source_id)
    mention, group = source["mention_id"], source["event_id"]
    others = [s for s in store.event_sources(group) if s["id"] != source_id]
    if mention == group and others:
        lead = min(s["mention_id"] for s in others)
        for other in others:
            store.set_source_event(other["id"], lead, other["attached"])
        store.refresh_event_fields(lead, relink=True)
    destination = mention if target is None else target
    store.set_source_event(source_id, destination, "user")
    store.refresh_event_fields(destination, relink=True)
    if mention != group and group != destination:
        store.refresh_event_fields(group, relink=True)
    return destination


@dataclass(frozen=True)
class SourceEdit:
    """What a split, merge or move changed, and what its undo puts back."""

    changes: Changes
    before: GroupSnapshot
    decision_ids: tuple[int, ...]
    #: the event the person should see selected afterwards
    event_id: int


def _result(store: Store, before: GroupSnapshot, decisions: list[int],
            event_id: int) -> SourceEdit:
    after = shown_ids(store, (r["id"] for r in before.rows))
    changes = Changes(events=after & before.shown, added=after - before.shown,
                      removed=before.shown - after, organisations=True, people=True)
    return SourceEdit(changes, before, tuple(decisions), event_id)


def _first_key(store: Store, event_id: int) -> str | None:
    sources = store.event_sources(event_id)
    return sources[0]["source_key"] if sources else None


def _shown_event(store: Store, event_id: int) -> dict[str, Any]:
    row = existing(store.event_row(event_id), "event", event_id)
    if row["consolidated_into"] is not None:
        raise EditError("That report is part of another event; choose that event instead.")
    return row


def split_source(store: Store, source_id: int) -> SourceEdit:
    """Make one source of an event an event of its own."""
    with store.write_transaction():
        source = existing(store.source_row(source_id), "source", source_id)
        if len(store.event_sources(source["event_id"])) < 2:
            raise EditError("This event has only one source; there is nothing to split off.")
        before = snapshot_groups(store, [source["event_id"]])
        destination = hand_over(store, source_id, None)
        decisions = [store.add_decision("split", source["source_key"], None)]
    return _result(store, before, decisions, destination)


def move_source(store: Store, source_id: int, event_id: int) -> SourceEdit:
    """Move one source to another event (it no longer counts for its old one)."""
    with store.write_transaction():
        source = existing(store.source_row(source_id), "source", source_id)
        _shown_event(store, event_id)
        if source["event_id"] == event_id:
            raise EditError("That source already belongs to this event.")
        before = snapshot_groups(store, [source["event_id"], event_id])
        target_key = _first_key(store, event_id)  # before the source is one of them
        hand_over(store, source_id, event_id)
        decisions = [store.add_decision("move", source["source_key"], target_key)]
    return _result(store, before, decisions, event_id)


def merge_events(store: Store, keep_id: int, other_id: int) -> SourceEdit:
    """Make two events one: ``other_id``'s sources join ``keep_id``."""
    with store.write_transaction():
        _shown_event(store, keep_id)
        _shown_event(store, other_id)
        if keep_id == other_id:
            raise EditError("Choose two different events to merge.")
        moving = store.event_sources(other_id)
        if not moving:
            raise EditError("An event added by hand has no sources to merge; delete it instead.")
        before = snapshot_groups(store, [keep_id, other_id])
        keep_key = _first_key(store, keep_id)
        decisions = []
        for source in moving:
            hand_over(store, source["id"], keep_id)
            decisions.append(store.add_decision("merge", source["source_key"], keep_key))
    return _result(store, before, decisions, keep_id)


def undo_source_edit(store: Store, edit: SourceEdit) -> Changes:
    """Put back every row a split, merge or move changed, and forget its decisions."""
    with store.write_transaction():
        restore_groups(store, edit.before)
        for decision_id in edit.decision_ids:
            store.delete_decision(decision_id)
    c = edit.changes
    return Changes(events=c.events, added=c.removed, removed=c.added,
                   organisations=True, people=True)


# ------------------------------------------------- deletions keep the rest whole
def release_event(store: Store, event_id: int) -> GroupSnapshot | None:
    """Before deleting an event: delete the reports hidden behind it with it.

    A report row deleted on its own leaves its event: the event is re-derived
    from the sources left. Returns what ``restore_groups`` needs to put it
    all back, or None when the event stands alone.
    """
    row = existing(store.event_row(event_id), "event", event_id)
    lead = row["consolidated_into"] or event_id
    if len(store.event_sources(lead)) < 2:
        return None
    snapshot = snapshot_groups(store, [lead])
    if lead != event_id:
        source = next(s for s in store.event_sources(lead) if s["mention_id"] == event_id)
        hand_over(store, source["id"], None)
        return snapshot
    for member in snapshot.rows:
        if member["id"] != event_id:
            store.delete_event_row(member["id"])
    return snapshot


def release_document(store: Store, document_id: int) -> GroupSnapshot | None:
    """Before deleting a document: its reports leave the events they joined,
    so events other documents also attest stay, re-derived from the rest."""
    sources = [store.source_row(i) for i in store.source_ids_of_document(document_id)]
    leads = {s["event_id"] for s in sources}
    if all(len(store.event_sources(lead)) < 2 for lead in leads):
        return None
    snapshot = snapshot_groups(store, leads)
    for source in sources:
        if len(store.event_sources(store.source_row(source["id"])["event_id"])) > 1:
            hand_over(store, source["id"], None)
    return snapshot
