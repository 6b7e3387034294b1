"""The events a timeline draws, held as sorted numpy columns.

Built once per filter change from plain columns (what the store hands over)
and never mutated, so the canvas can slice it by binary search on every paint
without copying. There is deliberately no object per event: a million events
cost a few dozen bytes each plus the caller's title strings.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from timeline_app.core.models import KINDS, PRECISIONS
from timeline_app.core.partial_dates import MONTHS, span_dates
from timeline_app.core.row_view import RowView, materialised

_KIND_CODE = {kind: code for code, kind in enumerate(KINDS)}
_OTHER_KIND = _KIND_CODE["other"]
_PRECISION_CODE = {p: code for code, p in enumerate(PRECISIONS)}
_UNKNOWN_PRECISION = _PRECISION_CODE["unknown"]

#: Longest span (days) a single date of each precision can cover; anything
#: longer is a real range (a campaign from February to May).
_NATURAL_SPAN = np.array([1.0, 31.0, 366.0, 3 * 366.0 + 1, 366.0])

#: Precisions whose marker sits in the middle of the span it may mean.
#: "unknown" reads "not before X", so its marker stays at the start.
_CENTRED = np.array([True, True, True, True, False])



def _codes(values: Sequence[str], table: dict[str, int], fallback: int) -> np.ndarray:
    """Map strings to small integer codes; unknown values fall back quietly
    (a kind added by a newer version must not take the canvas down)."""
    get = table.get
    return np.fromiter((get(v, fallback) for v in values), dtype=np.int8, count=len(values))


def kind_codes(kinds: Sequence[str]) -> np.ndarray:
    """Each kind as its index in ``models.KINDS`` (unknown kinds: "other")."""
    return _codes(kinds, _KIND_CODE, _OTHER_KIND)


def precision_codes(precisions: Sequence[str]) -> np.ndarray:
    """Each precision as its index in ``models.PRECISIONS`` (unknown: "unknown")."""
    return _codes(precisions, _PRECISION_CODE, _UNKNOWN_PRECISION)


def lane_codes(lanes_org: Sequence[str | None]) -> tuple[tuple[str, ...], np.ndarray]:
    """The distinct lane organisations (first seen first) and each event's
    index into them (-1: none). ``TimelineData`` ranks them per filter."""
    table: dict[str, int] = {}
    codes = np.fromiter(
        (-1 if not name else table.setdefault(name, len(table)) for name in lanes_org),
        dtype=np.int32, count=len(lanes_org),
    )
    return tuple(table), codes


class TimelineData:
    """Immutable columns of events, dated ones sorted by start.

    Dated arrays (all the same length, sorted by ``starts``): ``ids``,
    ``starts``, ``ends`` (exclusive), ``anchors`` (where the marker goes),
    ``reach`` (running maximum of ``ends``, for slicing), ``kinds`` and
    ``precisions`` (codes into models.KINDS / models.PRECISIONS),
    ``org_codes`` (index into ``org_names`` or -1), ``is_range`` (span longer
    than its precision alone explains) and ``source`` (position in the
    caller's columns, used to look up titles). Undated events keep the same
    fields with an ``undated_`` prefix, in input order.
    """

    __slots__ = (
        "ids", "starts", "ends", "anchors", "reach", "kinds", "precisions",
        "org_codes", "is_range", "source",
        "undated_ids", "undated_kinds", "undated_precisions", "undated_org_codes",
        "undated_source", "titles", "org_text", "organiser_text", "org_names", "_id_sorted",
        "_id_order", "source_counts", "_lane_texts",
    )

    def __init__(self) -> None:  # use from_columns() or empty()
        raise TypeError("build TimelineData with TimelineData.from_columns() or .empty()")

    # -- construction -----------------------------------------------------

    @classmethod
    def empty(cls) -> TimelineData:
        return cls.from_columns([], [], [], [], [], [], [])

    @classmethod
    def from_columns(
        cls,
        ids: Sequence[int],
        titles: Sequence[str],
        kinds: Sequence[str],
        starts: Sequence[float | None],
        ends: Sequence[float | None],
        precisions: Sequence[str],
        lanes_org: Sequence[str | None],
        orgs: Sequence[str] | None = None,
        organisers: Sequence[str] | None = None,
        sources: Sequence[int] | None = None,
    ) -> TimelineData:
        """Build from parallel columns (one entry per event).

        ``starts``/``ends`` are day numbers since 1970-01-01 as produced by
        partial_dates.event_span(), None (or NaN) when undated. ``lanes_org``
        is the first organisation's name (the organisation lane) or None;
        ``orgs`` optionally holds all organisation names joined, for tooltips,
        and ``organisers`` those of them that organised the event; ``sources``
        how many sources attest each event (default: one each).
        """
        n = len(ids)
        columns = {"titles": titles, "kinds": kinds, "starts": starts, "ends": ends,
                   "precisions": precisions, "lanes_org": lanes_org}
        if orgs is not None:
            columns["orgs"] = orgs
        if organisers is not None:
            columns["organisers"] = organisers
        wrong = [f"{name} has {len(col)}" for name, col in columns.items() if len(col) != n]
        if wrong:
            raise ValueError(
                f"timeline columns must have one entry per event: ids has {n}, " + ", ".join(wrong)
            )
        names, codes = lane_codes(lanes_org)
        return cls.from_codes(ids, titles, kind_codes(kinds), starts, ends,
                              precision_codes(precisions), names, codes, orgs, organisers,
                              sources)

    # long: one conversion per column into the sorted arrays the canvas reads
    @classmethod
    def from_codes(
        cls,
        ids: Sequence[int] | np.ndarray,
        titles: Sequence[str] | np.ndarray,
        kind: np.ndarray,
        starts: Sequence[float | None] | np.ndarray,
        ends: Sequence[float | None] | np.ndarray,
        precision: np.ndarray,
        lane_names: Sequence[str],
        lane_code: np.ndarray,
        orgs: Sequence[str] | np.ndarray | None = None,
        organisers: Sequence[str] | np.ndarray | None = None,
        sources: Sequence[int] | np.ndarray | None = None,
        lane_texts: np.ndarray | RowView | None = None,
    ) -> TimelineData:
        """Build from columns whose kinds, precisions and lane organisations
        are codes already (``kind_codes``, ``precision_codes``, ``lane_codes``):
        every step is a numpy operation, so a million events take milliseconds."""
        n = len(ids)
        self = object.__new__(cls)
        all_ids = np.asarray(ids, dtype=np.int64).reshape(n)
        start = np.asarray(starts, dtype=np.float64).reshape(n)
        end = np.asarray(ends, dtype=np.float64).reshape(n)
        org_names, org_code = _ranked_lanes(lane_names, np.asarray(lane_code, dtype=np.int32))

        dated = np.isfinite(start)
        # An end that is missing or not after the start means "one day".
        bad_end = ~np.isfinite(end) | (end <= start)
        end = np.where(bad_end, start + 1.0, end)

        dated_pos = np.flatnonzero(dated)
        dated_count = len(dated_pos)
        # Columns from the store come in time order, undated last: then the
        # dated events are the first rows as they are (slices, no copies).
        prefix = not dated_count or int(dated_pos[-1]) == dated_count - 1
        dated_starts = start[:dated_count] if prefix else start[dated_pos]
        in_order = bool(np.all(dated_starts[1:] >= dated_starts[:-1]))
        order = dated_pos if in_order else dated_pos[np.argsort(dated_starts, kind="stable")]
        pick = slice(0, dated_count) if prefix and in_order else order
        self.source = order.astype(np.int32 if n < 2**31 else np.int64)
        self.ids = all_ids[pick]
        self.starts = start[pick]
        self.ends = end[pick]
        self.kinds = kind[pick]
        self.precisions = precision[pick]
        self.org_codes = org_code[pick]
        span = self.ends - self.starts
        self.is_range = span > _NATURAL_SPAN[self.precisions] + 0.5
        centred = _CENTRED[self.precisions] & ~self.is_range
        self.anchors = np.where(centred, self.starts + span * 0.5, self.starts)
        self.reach = np.maximum.accumulate(self.ends) if len(order) else self.ends.copy()

        undated_pos = np.flatnonzero(~dated)
        self.undated_source = undated_pos.astype(self.source.dtype)
        self.undated_ids = all_ids[undated_pos]
        self.undated_kinds = kind[undated_pos]
        self.undated_precisions = precision[undated_pos]
        self.undated_org_codes = org_code[undated_pos]

        # Lists and object arrays are both indexed by position, as they are.
        indexable = list | np.ndarray | RowView
        self.titles = titles if isinstance(titles, indexable) else list(titles)
        self.org_text = (None if orgs is None else
                         orgs if isinstance(orgs, indexable) else list(orgs))
        self.organiser_text = (None if organisers is None or orgs is None else
                               organisers if isinstance(organisers, indexable)
                               else list(organisers))
        self.source_counts = (None if sources is None
                              else np.asarray(sources, dtype=np.int64).reshape(n))
        self.org_names = org_names
        self._id_sorted = None
        self._id_order = None
        self._lane_texts = None if self.org_text is None else lane_texts
        return self

    # -- sizes and extents --------------------------------------------------

    def __len__(self) -> int:
        return len(self.ids) + len(self.undated_ids)

    @property
    def dated_count(self) -> int:
        return len(self.ids)

    @property
    def undated_count(self) -> int:
        return len(self.undated_ids)

    def present_kinds(self) -> list[str]:
        """Kinds with at least one event (dated or not), in ``KINDS`` order:
        what a legend needs to list."""
        counts = (np.bincount(self.kinds, minlength=len(KINDS))
                  + np.bincount(self.undated_kinds, minlength=len(KINDS)))
        return [KINDS[k] for k in np.flatnonzero(counts).tolist()]

    def extent(self) -> tuple[float, float] | None:
        """First start and last end of the dated events, or None."""
        if not len(self.ids):
            return None
        return float(self.starts[0]), float(self.reach[-1])

    def nbytes(self) -> int:
        """Memory held by this object's own arrays and lists (not the strings)."""
        arrays = [getattr(self, name) for name in self.__slots__
                  if isinstance(getattr(self, name, None), np.ndarray)]
        pointers = 8 * (len(self.titles) + (len(self.org_text) if self.org_text is not None else 0))
        return sum(a.nbytes for a in arrays) + pointers

    # -- slicing ------------------------------------------------------------

    def visible_slice(self, start_day: float, end_day: float) -> tuple[int, int]:
        """Index range [lo, hi) holding every dated event overlapping the window.

        Binary search on the sorted starts gives hi; the running maximum of ends
        gives lo, so a long campaign that began years earlier is still found.
        The range may include a few events that ended before the window when
        long events sit among short ones; callers clip by position.
        """
        hi = int(np.searchsorted(self.starts, end_day, side="left"))
        lo = int(np.searchsorted(self.reach, start_day, side="right"))
        return min(lo, hi), hi

    # -- lookups ------------------------------------------------------------

    def title_of(self, index: int) -> str:
        return self.titles[int(self.source[index])]

    def sources_of(self, index: int, undated: bool = False) -> int:
        """How many sources attest dated (or undated) event ``index``."""
        if self.source_counts is None:
            return 1
        position = self.undated_source[index] if undated else self.source[index]
        return int(self.source_counts[int(position)])

    def undated_title_of(self, index: int) -> str:
        return self.titles[int(self.undated_source[index])]

    def orgs_of(self, index: int, undated: bool = False) -> str:
        """Organisations for a tooltip: the joined list if given, else the lane one."""
        src = int((self.undated_source if undated else self.source)[index])
        if self.org_text is not None and self.org_text[src]:
            return self.org_text[src]
        code = int((self.undated_org_codes if undated else self.org_codes)[index])
        return self.org_names[code] if code >= 0 else ""

    def lane_texts(self) -> np.ndarray | RowView | None:
        """Per input position, the organisations that give the event its lanes,
        joined with "; ": its organisers when the links say who organised it,
        else every organisation it names (None when only lane names are known)."""
        if self.org_text is None:
            return None
        if self._lane_texts is None:  # immutable data: worked out once
            self._lane_texts = lane_texts_of(self.org_text, self.organiser_text)
        return self._lane_texts

    def locate(self, event_id: int) -> tuple[bool, int] | None:
        """(is_dated, index) of an event id, or None if it is not here."""
        if self._id_sorted is None:
            self._id_sorted, self._id_order = _id_lookup(
                np.concatenate([self.ids, self.undated_ids]))
        if self._id_order is None:  # a table by id, from the lowest (see _id_lookup)
            low, table = self._id_sorted
            offset = int(event_id) - low
            index = int(table[offset]) if 0 <= offset < len(table) else -1
            if index < 0:
                return None
        else:
            pos = int(np.searchsorted(self._id_sorted, event_id))
            if pos >= len(self._id_sorted) or self._id_sorted[pos] != event_id:
                return None
            index = int(self._id_order[pos])
        if index < len(self.ids):
            return True, index
        return False, index - len(self.ids)

    def kind_name(self, code: int) -> str:
        return KINDS[int(code)]

    def precision_name(self, code: int) -> str:
        return PRECISIONS[int(code)]


#: The longest id table ``locate`` builds however few the ids (16 MB at most).
_ID_TABLE_LIMIT = 1 << 22


def _id_lookup(ids: np.ndarray) -> tuple[object, np.ndarray | None]:
    """How ``locate`` finds an id: unless the ids are spread very thinly, a
    table of each id's index from the lowest id on, ((lowest, table), None),
    built in one pass (a filter's few hundred thousand ids out of a million
    still fit in a few megabytes); else (sorted ids, their indices), a sort."""
    if len(ids):
        low, high = int(ids.min()), int(ids.max())
        if high - low <= max(4 * len(ids) + 1024, _ID_TABLE_LIMIT):
            table = np.full(high - low + 1, -1, dtype=np.int32 if len(ids) < 2**31 else np.int64)
            table[ids - low] = np.arange(len(ids))
            return (low, table), None
    order = np.argsort(ids, kind="stable").astype(np.int64)
    return ids[order], order


def lane_texts_of(orgs: Sequence[str] | np.ndarray | RowView,
                  organisers: Sequence[str] | np.ndarray | RowView | None) -> np.ndarray:
    """Per event, its organisers joined with "; " where it names any, else
    all its organisations (``TimelineData.lane_texts``)."""
    texts = np.empty(len(orgs), dtype=object)
    texts[:] = materialised(orgs)
    if organisers is not None:
        known_organisers = np.empty(len(texts), dtype=object)
        known_organisers[:] = materialised(organisers)
        known = (known_organisers != "") & (known_organisers != None)  # noqa: E711 - elementwise
        texts[known] = known_organisers[known]
    return texts


def _ranked_lanes(names: Sequence[str], codes: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """Lane organisations present in ``codes``, busiest first (ties by name),
    and the codes renumbered to that order (-1 stays -1)."""
    if not len(names):
        return (), codes
    counts = np.bincount(codes[codes >= 0], minlength=len(names))
    present = np.flatnonzero(counts).tolist()
    # Busiest organisations get the top lanes; ties read alphabetically.
    ranked = sorted(present, key=lambda c: (-counts[c], names[c].casefold()))
    remap = np.full(len(names) + 1, -1, dtype=np.int32)  # code -1 reads the last slot
    if ranked:
        remap[np.array(ranked)] = np.arange(len(ranked), dtype=np.int32)
    return tuple(names[c] for c in ranked), remap[codes]


def describe_span(start: float | None, end: float | None, precision: str) -> str:
    """How a person reads an event's day span: ``20 February 2017``,
    ``February – May 2017``, ``2016``, ``about 2025``, ``undated``."""
    dates = span_dates(start, end)
    if dates is None:
        return "undated"
    first, last, after = dates
    month_aligned = first.day == 1 and after.day == 1
    months = (after.year - first.year) * 12 + after.month - first.month
    if precision == "approximate" and month_aligned and first.month == 1 and months == 36:
        return f"about {first.year + 1}"
    if month_aligned and precision != "day" and first.month == 1 and months % 12 == 0:
        text = str(first.year) if months == 12 else f"{first.year} – {last.year}"
    elif month_aligned and precision != "day":
        text = f"{MONTHS[first.month - 1]} {first.year}"
        if months > 1:
            head = MONTHS[first.month - 1] + ("" if first.year == last.year else f" {first.year}")
            text = f"{head} – {MONTHS[last.month - 1]} {last.year}"
    elif first == last:
        text = f"{first.day} {MONTHS[first.month - 1]} {first.year}"
    else:
        if first.year != last.year:
            head = f"{first.day} {MONTHS[first.month - 1]} {first.year}"
        elif first.month != last.month:
            head = f"{first.day} {MONTHS[first.month - 1]}"
        else:
            head = str(first.day)
        text = f"{head} – {last.day} {MONTHS[last.month - 1]} {last.year}"
    if precision == "approximate":
        return f"about {text}"
    if precision == "unknown":
        return f"not before {text}"
    return text
