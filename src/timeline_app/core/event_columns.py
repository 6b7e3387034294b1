"""Every event's timeline columns, loaded once; a filter becomes a mask.

A filter change then asks the store only for the matching ids (an indexed
query) and picks those rows with numpy, instead of rebuilding titles and
organisation names in Python for every matching event: at 100,000 events
several times faster. Rows keep the order of ``Store.timeline_columns``
(time order), and ``as_lists`` gives back exactly that method's shape, which
is what the canvas, the event list and the exports read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.filters import EventFilter

if TYPE_CHECKING:
    from timeline_app.core.store import Store

#: The keys of ``Store.timeline_columns``, in the order of the fields below.
COLUMN_NAMES = ("ids", "titles", "kinds", "starts", "ends", "precisions", "lanes_org", "orgs",
                "sources")


def _objects(values: Sequence[object]) -> np.ndarray:
    """A 1-D object array holding ``values`` as they are (strings, None)."""
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _days(values: Sequence[float | None]) -> np.ndarray:
    """Day numbers as float64, NaN where the event is undated (None)."""
    return np.array([np.nan if v is None else v for v in values], dtype=np.float64)


def _days_or_none(array: np.ndarray) -> list[float | None]:
    """Day numbers as Python floats, None where undated (NaN), without a Python loop."""
    values = array.astype(object)
    values[np.isnan(array)] = None
    return values.tolist()


@dataclass(frozen=True, eq=False)
class EventColumns:
    """One entry per event in every field, aligned by position, in time order.

    ``starts``/``ends`` are day numbers since 1970-01-01 (NaN: undated);
    ``lanes_org`` is the first organisation's name (None: none) and ``orgs``
    all of them joined with "; ".
    """

    ids: np.ndarray  # int64
    titles: np.ndarray  # object: str
    kinds: np.ndarray  # object: str
    starts: np.ndarray  # float64
    ends: np.ndarray  # float64
    precisions: np.ndarray  # object: str
    lanes_org: np.ndarray  # object: str | None
    orgs: np.ndarray  # object: str
    #: how many sources attest each event (int64); None: one each
    sources: np.ndarray | None = None

    def __post_init__(self) -> None:
        if self.sources is None:
            object.__setattr__(self, "sources", np.ones(len(self.ids), dtype=np.int64))
        lengths = {f.name: len(getattr(self, f.name)) for f in fields(self)}
        if len(set(lengths.values())) > 1:
            raise ValueError(f"event columns must be equally long: {lengths}")

    @classmethod
    def from_lists(cls, columns: Mapping[str, Sequence]) -> EventColumns:
        """Columns as ``Store.timeline_columns`` returns them."""
        return cls(
            ids=np.asarray(columns["ids"], dtype=np.int64).reshape(len(columns["ids"])),
            titles=_objects(columns["titles"]),
            kinds=_objects(columns["kinds"]),
            starts=_days(columns["starts"]),
            ends=_days(columns["ends"]),
            precisions=_objects(columns["precisions"]),
            lanes_org=_objects(columns["lanes_org"]),
            orgs=_objects(columns["orgs"]),
            sources=np.asarray(columns.get("sources", [1] * len(columns["ids"])),
                               dtype=np.int64).reshape(len(columns["ids"])),
        )

    @classmethod
    def load(cls, store: Store) -> EventColumns:
        """Every event in ``store``."""
        return cls.from_lists(store.timeline_columns(EventFilter()))

    def __len__(self) -> int:
        return len(self.ids)

    def with_ids(self, wanted: np.ndarray | Sequence[int]) -> EventColumns:
        """Only the events whose id is in ``wanted`` (each once), order kept."""
        return self._with_unique_ids(np.unique(np.asarray(wanted, dtype=np.int64)))

    def _with_unique_ids(self, wanted_ids: np.ndarray) -> EventColumns:
        rows = np.flatnonzero(np.isin(self.ids, wanted_ids, assume_unique=True))
        return EventColumns(**{name: getattr(self, name)[rows] for name in COLUMN_NAMES})

    def select(self, store: Store, event_filter: EventFilter) -> EventColumns:
        """The events passing ``event_filter``; the empty filter is this object."""
        if event_filter == EventFilter():
            return self
        # Unordered ids (no SQL sort): the mask keeps this object's time order.
        # The store's array holds each id once already: no second np.unique.
        return self._with_unique_ids(store.matching_event_id_array(event_filter))

    @cached_property
    def lists(self) -> dict[str, list]:
        """The columns as plain lists (None for undated), as the panes read them.

        Cached: the unfiltered columns are handed out on every cleared filter.
        (``cached_property`` writes the instance dict directly, so it works on
        a frozen dataclass.)
        """
        return {
            "ids": self.ids.tolist(),
            "titles": self.titles.tolist(),
            "kinds": self.kinds.tolist(),
            "starts": _days_or_none(self.starts),
            "ends": _days_or_none(self.ends),
            "precisions": self.precisions.tolist(),
            "lanes_org": self.lanes_org.tolist(),
            "orgs": self.orgs.tolist(),
            "sources": self.sources.tolist(),
        }


__all__ = ["COLUMN_NAMES", "EventColumns"]
