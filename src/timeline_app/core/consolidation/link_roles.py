"""The role each organisation and person keeps when an event is re-linked.

When a source joins or leaves an event, the event's organisations and people
become exactly its sources' again. Each keeps the role the user chose for it
on the event, else the strongest role any of its reports gave it (a report
keeps its own links, with roles, behind the event it joined), else
``mentioned``. Pure: the caller reads the rows and writes the result.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import ROLES

_STRENGTH = {role: rank for rank, role in enumerate(ROLES)}  # organiser strongest


def relinked_roles(wanted: Iterable[int], prior: Iterable[tuple[int, str, int]],
                   reported: Iterable[tuple[int, str]]) -> list[tuple[int, str, int]]:
    """``(id, role, role_by_user)`` for each of ``wanted``.

    ``prior``: the event's links before, as (id, role, role_by_user);
    ``reported``: (id, role) from the links of the reports behind it.
    """
    chosen: dict[int, tuple[str, int]] = {}
    for entity_id, role in [(i, r) for i, r, _ in prior] + list(reported):
        old = chosen.get(entity_id)
        if old is None or _STRENGTH.get(role, 99) < _STRENGTH.get(old[0], 99):
            chosen[entity_id] = (role, 0)
    for entity_id, role, by_user in prior:
        if by_user:
            chosen[entity_id] = (role, 1)
    return [(i, *chosen.get(i, ("mentioned", 0))) for i in sorted(set(wanted))]
