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
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.column_filter import ColumnIndex, rows_passing
from timeline_app.core.filters import EventFilter
from timeline_app.core.row_view import RowView
from timeline_app.core.timeline_data import (
    TimelineData,
    kind_codes,
    lane_codes,
    lane_texts_of,
    precision_codes,
)

if TYPE_CHECKING:
    from timeline_app.core.store import Store

#: The keys of ``Store.timeline_columns``, in the order of the fields below.
COLUMN_NAMES = ("ids", "titles", "kinds", "starts", "ends", "precisions", "lanes_org", "orgs",
                "organisers", "sources")


#: The columns holding Python strings (object arrays, or views on them).
TEXT_COLUMNS = frozenset({"titles", "kinds", "precisions", "lanes_org", "orgs", "organisers"})


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
    ``lanes_org`` is the lane's organisation (the first organiser, else the
    first organisation; None: none), ``orgs`` all of them joined with "; "
    and ``organisers`` the organisers among them, joined the same way.
    """

    ids: np.ndarray  # int64
    titles: np.ndarray | RowView  # object: str
    kinds: np.ndarray | RowView  # object: str
    starts: np.ndarray  # float64
    ends: np.ndarray  # float64
    precisions: np.ndarray | RowView  # object: str
    lanes_org: np.ndarray | RowView  # object: str | None
    orgs: np.ndarray | RowView  # object: str
    # The string columns as small integer codes, worked out once at load so
    # that a filter change never walks a million strings in Python.
    kind_codes: np.ndarray  # int8, into models.KINDS
    precision_codes: np.ndarray  # int8, into models.PRECISIONS
    lane_codes: np.ndarray  # int32, into lane_names (-1: none)
    organisers: np.ndarray | RowView = field(default=None)  # object: str; None given: all ''
    #: how many sources attest each event (int64); None: one each
    sources: np.ndarray | None = None
    lane_names: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.organisers is None:
            object.__setattr__(self, "organisers", _objects([""] * len(self.ids)))
        if self.sources is None:
            object.__setattr__(self, "sources", np.ones(len(self.ids), dtype=np.int64))
        lengths = {f.name: len(getattr(self, f.name)) for f in fields(self)
                   if f.name != "lane_names"}
        if len(set(lengths.values())) > 1:
            raise ValueError(f"event columns must be equally long: {lengths}")

    @classmethod
    def from_lists(cls, columns: Mapping[str, Sequence]) -> EventColumns:
        """Columns as ``Store.timeline_columns`` returns them."""
        names, codes = lane_codes(columns["lanes_org"])
        return cls(
            ids=np.asarray(columns["ids"], dtype=np.int64).reshape(len(columns["ids"])),
            titles=_objects(columns["titles"]),
            kinds=_objects(columns["kinds"]),
            starts=_days(columns["starts"]),
            ends=_days(columns["ends"]),
            precisions=_objects(columns["precisions"]),
            lanes_org=_objects(columns["lanes_org"]),
            orgs=_objects(columns["orgs"]),
            kind_codes=kind_codes(columns["kinds"]),
            precision_codes=precision_codes(columns["precisions"]),
            lane_codes=codes,
            organisers=_objects(columns.get("organisers") or [""] * len(columns["ids"])),
            lane_names=names,
            sources=np.asarray(columns.get("sources", [1] * len(columns["ids"])),
                               dtype=np.int64).reshape(len(columns["ids"])),
        )

    @classmethod
    def empty(cls) -> EventColumns:
        return cls.from_lists({name: [] for name in COLUMN_NAMES})

    @classmethod
    def load(cls, store: Store) -> EventColumns:
        """Every event in ``store``."""
        return cls.from_lists(store.timeline_columns(EventFilter()))

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, name: str) -> np.ndarray:
        """A column by its ``Store.timeline_columns`` key (``columns["ids"]``)."""
        if name not in COLUMN_NAMES:
            raise KeyError(name)
        return getattr(self, name)

    def with_ids(self, wanted: np.ndarray | Sequence[int]) -> EventColumns:
        """Only the events whose id is in ``wanted`` (repeats and unknown ids
        ignored), in this object's order."""
        return self._with_rows(self._rows_of(np.asarray(wanted, dtype=np.int64)))

    def _with_rows(self, rows: np.ndarray) -> EventColumns:
        """These rows; the text columns as views on this object's (``RowView``),
        since the panes read only the rows on screen."""
        per_event = {name: RowView.of(getattr(self, name), rows) if name in TEXT_COLUMNS
                     else getattr(self, name)[rows]
                     for name in (f.name for f in fields(self)) if name != "lane_names"}
        picked = EventColumns(**per_event, lane_names=self.lane_names)
        picked.__dict__["_lane_texts"] = RowView.of(self.lane_texts, rows)
        return picked

    def _rows_of(self, wanted: np.ndarray) -> np.ndarray:
        """The rows holding ``wanted`` ids, ascending: a lookup table and a
        mask, linear in the sizes (no sort, no set operation)."""
        rows = self.rows_of_ids(wanted)
        mask = np.zeros(len(self.ids), dtype=bool)
        mask[rows[rows >= 0]] = True
        return np.flatnonzero(mask)

    @cached_property
    def _row_table(self) -> tuple[int, np.ndarray]:
        """(lowest id, row of each id from it on or -1): ids are nearly dense."""
        if not len(self.ids):
            return 0, np.full(0, -1, dtype=np.int64)
        low, high = int(self.ids.min()), int(self.ids.max())
        table = np.full(high - low + 1, -1, dtype=np.int64)
        table[self.ids - low] = np.arange(len(self.ids))
        return low, table

    def row_of(self, event_id: int) -> int | None:
        """This object's row for ``event_id``, or None."""
        low, table = self._row_table
        index = int(event_id) - low
        row = int(table[index]) if 0 <= index < len(table) else -1
        return None if row < 0 else row

    def rows_of_ids(self, wanted: np.ndarray) -> np.ndarray:
        """Each of ``wanted``'s row here, or -1 when it is not here."""
        low, table = self._row_table
        wanted = np.asarray(wanted, dtype=np.int64)
        rows = np.full(len(wanted), -1, dtype=np.int64)
        inside = (wanted >= low) & (wanted < low + len(table))
        rows[inside] = table[wanted[inside] - low]
        return rows

    def select(self, store: Store, event_filter: EventFilter) -> EventColumns:
        """The events passing ``event_filter``; the empty filter is this object.

        Kinds, years, dates, sources, the context toggle and organisations
        are answered from memory (``core.column_filter``); people, "organised
        by" and text ask the store for ids. The index behind it is read from
        the store at the first filter and kept (this object never changes).
        """
        if event_filter == EventFilter():
            return self
        index = self.__dict__.get("_column_index")
        if index is None:
            index = ColumnIndex.read(self, store)
            self.__dict__["_column_index"] = index  # frozen: cached like a cached_property
        return self._with_rows(rows_passing(self, index, store, event_filter))

    @cached_property
    def timeline_data(self) -> TimelineData:
        """What the canvas draws, from the codes (no string is looked at)."""
        return TimelineData.from_codes(
            self.ids, self.titles, self.kind_codes, self.starts, self.ends,
            self.precision_codes, self.lane_names, self.lane_codes, self.orgs, self.organisers,
            self.sources, lane_texts=self.lane_texts)

    @property
    def lane_texts(self) -> np.ndarray | RowView:
        """Per row, the organisations giving the event its lanes (see
        ``TimelineData.lane_texts``); worked out once for every event and
        shared as a view by each filtered selection."""
        texts = self.__dict__.get("_lane_texts")
        if texts is None:
            texts = lane_texts_of(self.orgs, self.organisers)
            self.__dict__["_lane_texts"] = texts  # frozen: cached like a cached_property
        return texts

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
            "organisers": self.organisers.tolist(),
            "sources": self.sources.tolist(),
        }


__all__ = ["COLUMN_NAMES", "EventColumns"]
