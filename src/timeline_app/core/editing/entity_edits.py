"""Merging and renaming organisations and people, and undoing either exactly.

Both leave the old names as aliases of the surviving record, so future
imports and typed names find it. One code path serves both entity kinds;
the store finds the tables from the ``EntityKind``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..models import EntityKind
from ..store import Store, normalise_name
from .changes import Changes, EditError, EntityEdit, existing


def _point_aliases(store: Store, kind: EntityKind, names: Iterable[str | None],
                   canonical: str) -> None:
    """Make each of ``names`` (and anything that pointed to them) mean ``canonical``."""
    names = [n for n in names if n and normalise_name(n) != normalise_name(canonical)]
    for name in names:
        store.repoint_aliases(kind, name, canonical)
        store.set_alias(name, canonical, kind)
    # An alias of the canonical name itself would send imports elsewhere.
    store.forget_alias(kind, canonical)


def merge_entities(store: Store, kind: str, keep_id: int, merge_id: int) -> EntityEdit:
    """Fold ``merge_id`` into ``keep_id``: links move, the merged record goes,
    and its name (and acronym, aliases) become aliases of the kept one so
    future imports use the kept record."""
    kind = EntityKind(kind)
    what = "organisation" if kind is EntityKind.ORGANISATION else "person"
    if keep_id == merge_id:
        plural = "organisations" if kind is EntityKind.ORGANISATION else "people"
        raise EditError(f"Choose two different {plural} to merge.")
    with store.write_transaction():
        keep = existing(store.entity_row(kind, keep_id), what, keep_id)
        merged = existing(store.entity_row(kind, merge_id), what, merge_id)
        aliases_before = store.alias_rows(kind)
        event_ids = store.entity_event_ids(kind, merge_id)
        doc_ids = store.entity_document_ids(kind, merge_id)
        on_keep_events = set(store.entity_event_ids(kind, keep_id))
        on_keep_docs = set(store.entity_document_ids(kind, keep_id))
        merged_roles = store.entity_link_roles(kind, merge_id)
        store.link_entity(kind, keep_id, event_ids, doc_ids)
        # The links the kept record gains carry the roles they had.
        store.put_entity_link_roles(kind, keep_id,
                                    [r for r in merged_roles if r[0] not in on_keep_events])
        store.delete_entity_row(kind, merge_id)
        names = [merged["name"]]
        if kind is EntityKind.ORGANISATION:
            extra = json.loads(merged.get("aliases") or "[]")
            names += [merged.get("acronym"), *extra]
            known = set(json.loads(keep.get("aliases") or "[]"))
            known.update(n for n in names if n)
            known.discard(keep["name"])
            acronym = keep["acronym"] if keep["acronym"] is not None else merged.get("acronym")
            store.set_entity_columns(kind, keep_id, {"acronym": acronym,
                                                     "aliases": json.dumps(sorted(known))})
        _point_aliases(store, kind, names, keep["name"])
    return EntityEdit(
        Changes(events=frozenset(event_ids)) | Changes.of_entities(kind),
        kind, keep, merged, event_ids, doc_ids,
        tuple(e for e in event_ids if e not in on_keep_events),
        tuple(d for d in doc_ids if d not in on_keep_docs),
        aliases_before,
        merged_roles,
    )


def rename_entity(store: Store, kind: str, record_id: int, new_name: str) -> EntityEdit:
    """Give an organisation or person a new name; the old one becomes an alias."""
    kind = EntityKind(kind)
    what = "organisation" if kind is EntityKind.ORGANISATION else "person"
    new_name = " ".join(new_name.split())
    if not new_name:
        raise EditError("A name cannot be empty.")
    with store.write_transaction():
        row = existing(store.entity_row(kind, record_id), what, record_id)
        key = normalise_name(new_name)
        clash = store.other_entity_name_for_key(kind, key, record_id)
        if clash is not None:
            raise EditError(f"“{clash}” already exists; merge the two instead of renaming.")
        aliases_before = store.alias_rows(kind)
        store.set_entity_columns(kind, record_id, {"name": new_name, "key": key})
        if kind is EntityKind.ORGANISATION:
            known = set(json.loads(row.get("aliases") or "[]")) | {row["name"]}
            known.discard(new_name)
            store.set_entity_columns(kind, record_id, {"aliases": json.dumps(sorted(known))})
        _point_aliases(store, kind, [row["name"]], new_name)
        event_ids = store.entity_event_ids(kind, record_id)
    return EntityEdit(Changes(events=frozenset(event_ids)) | Changes.of_entities(kind), kind,
                      row, aliases_before=aliases_before)


def undo_entity_edit(store: Store, edit: EntityEdit) -> Changes:
    """Undo ``merge_entities`` or ``rename_entity`` exactly."""
    kind = EntityKind(edit.entity)
    keep = edit.keep_row
    with store.write_transaction():
        store.set_entity_columns(kind, keep["id"], {c: v for c, v in keep.items() if c != "id"})
        if edit.merged_row is not None:
            merge_id = edit.merged_row["id"]
            store.insert_entity_row(kind, edit.merged_row)
            store.unlink_entity(kind, keep["id"], edit.events_added_to_keep,
                                edit.documents_added_to_keep)
            store.link_entity(kind, merge_id, edit.merged_event_ids, edit.merged_document_ids)
            store.put_entity_link_roles(kind, merge_id, edit.merged_roles)
        store.replace_alias_rows(kind, edit.aliases_before)
    return edit.changes
