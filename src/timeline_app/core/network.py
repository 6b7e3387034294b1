"""Who worked with whom: the co-occurrence network of the events a filter passes.

Nodes are organisations (and, when asked, people), each with the number of
matching events naming it; an edge joins two of them with the number of
matching events naming both. The network view, the GraphML and GEXF exports
and the layout all start from one ``Network``; it holds arrays, so a network
of 2,000 nodes and 20,000 edges costs no Python object per edge.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .filters import EventFilter
from .store import Store
from .store.network_reads import ORGANISATION_CODE, PERSON_CODE

#: Kind codes to the names the rest of the app uses (``EntityKind`` values).
KIND_NAMES = {ORGANISATION_CODE: "organisation", PERSON_CODE: "person"}


@dataclass(frozen=True)
class Network:
    """Nodes ordered by events (most first, then name); edges by node index."""

    kinds: np.ndarray  # int8 per node: 0 organisation, 1 person
    entity_ids: np.ndarray  # int64 per node
    names: tuple[str, ...]
    events: np.ndarray  # int64 per node: matching events naming it
    sources: np.ndarray  # int64 per edge: node index
    targets: np.ndarray  # int64 per edge: node index, never equal to the source
    weights: np.ndarray  # int64 per edge: shared matching events
    total_nodes: int | None = None  # before a cap on nodes; None when nothing was cut

    @property
    def node_count(self) -> int:
        return len(self.entity_ids)

    @property
    def edge_count(self) -> int:
        return len(self.sources)

    def kind_of(self, index: int) -> str:
        """"organisation" or "person" for node ``index``."""
        return KIND_NAMES[int(self.kinds[index])]

    def node_key(self, index: int) -> str:
        """A stable text id for node ``index``: ``o12`` or ``p3`` (the exports' ids)."""
        return f"{self.kind_of(index)[0]}{int(self.entity_ids[index])}"

    def index_of(self, kind: str, entity_id: int) -> int | None:
        """The node of one organisation or person, or None when it is not in the network."""
        code = ORGANISATION_CODE if kind == "organisation" else PERSON_CODE
        found = np.flatnonzero((self.kinds == code) & (self.entity_ids == entity_id))
        return int(found[0]) if len(found) else None


def empty_network() -> Network:
    none = np.zeros(0, dtype=np.int64)
    return Network(none.astype(np.int8), none, (), none, none, none, none)


def build_network(store: Store, event_filter: EventFilter | None = None,
                  with_people: bool = False, max_nodes: int | None = None) -> Network:
    """The network of the events ``event_filter`` passes (all events when None).

    With ``max_nodes``, only that many of the largest nodes (and the edges
    between them) are kept; ``total_nodes`` still counts them all.
    """
    event_filter = event_filter or EventFilter()
    kinds, ids, counts = store.entity_event_counts(event_filter, with_people)
    if not len(ids):
        return empty_network()
    names_by_kind = {code: store.entity_names(code, ids[kinds == code].tolist())
                     for code in np.unique(kinds).tolist()}
    names = [names_by_kind[k].get(i, "") for k, i in zip(kinds.tolist(), ids.tolist())]
    order = sorted(range(len(ids)), key=lambda n: (-int(counts[n]), names[n], int(ids[n])))
    order_array = np.asarray(order, dtype=np.int64)
    kinds, ids, counts = kinds[order_array], ids[order_array], counts[order_array]
    names = [names[n] for n in order]
    kinds_a, ids_a, kinds_b, ids_b, weights = store.shared_event_counts(
        event_filter, with_people)
    node_codes = _codes(kinds, ids)
    by_code = np.argsort(node_codes)
    sources = by_code[np.searchsorted(node_codes, _codes(kinds_a, ids_a), sorter=by_code)]
    targets = by_code[np.searchsorted(node_codes, _codes(kinds_b, ids_b), sorter=by_code)]
    if max_nodes is not None and len(ids) > max_nodes:
        kept = (sources < max_nodes) & (targets < max_nodes)
        return Network(kinds[:max_nodes].astype(np.int8), ids[:max_nodes],
                       tuple(names[:max_nodes]), counts[:max_nodes], sources[kept],
                       targets[kept], weights[kept], total_nodes=len(ids))
    return Network(kinds.astype(np.int8), ids, tuple(names), counts,
                   sources.astype(np.int64), targets.astype(np.int64), weights)


def _codes(kinds: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """One int per (kind, id) so nodes can be found by binary search."""
    return ids.astype(np.int64) * 2 + kinds.astype(np.int64)
