"""Lanes: how events are grouped into horizontal bands and stacked in rows.

A :class:`LaneSet` groups the dated events by kind or by organisation (an
event in the lane of each of its organisations, see ``lane_organisations``);
:func:`lane_geometries` stacks those lanes vertically; the row-stacking
helpers decide, per lane, which row each event's marker and label take.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from timeline_app.core.models import KINDS
from timeline_app.core.timeline_data import TimelineData


@dataclass(frozen=True)
class Metrics:
    """Pixel sizes the layout works in (the canvas scales them to its font)."""

    row_height: float = 18.0  # one row of markers and labels
    header_height: float = 18.0  # a lane's title strip
    density_height: float = 10.0  # a crowded lane's density strip
    padding: float = 4.0  # below the density strip
    min_lane_height: float = 64.0  # lanes scroll rather than shrink below this
    marker_radius: float = 5.0
    marker_gap: float = 6.0  # free space after a marker or label before the next in its row
    label_gap: float = 3.0  # between a marker and its label
    max_label_width: float = 300.0  # longer titles are elided
    cluster_width: float = 34.0  # one counted cluster's bucket, and how near a click must be
    pill_height: float = 16.0  # a cluster's counted pill


@dataclass(frozen=True)
class LaneSet:
    """The lanes for one grouping: by kind or by organisation.

    An event may belong to several lanes (an organisation lane for each of
    its organisations). ``member_index``/``member_lane`` list those
    memberships, sorted by dated index; in kind mode they are left empty and
    ``lut`` turns a kind code into its lane directly.
    """

    mode: str
    keys: tuple[str | None, ...]
    titles: tuple[str, ...]
    counts: tuple[int, ...]
    lut: np.ndarray
    member_index: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    member_lane: np.ndarray = field(default_factory=lambda: np.empty(0, np.int32))
    order: str = "count"
    undated: tuple[int, ...] = ()  # each lane's undated events (on the shelf, not in the lane)

    def __len__(self) -> int:
        return len(self.keys)

    def count_text(self, lane: int) -> str:
        """What a lane's header says: "4 events · 1 undated" (the undated ones sit on
        the shelf), so the lane adds up to what its organisation's filter finds."""
        count = self.counts[lane]
        text = f"{count:,} event{'' if count == 1 else 's'}"
        undated = self.undated[lane] if lane < len(self.undated) else 0
        return text + (f" · {undated:,} undated" if undated else "")

    def members(self, data: TimelineData, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """(dated index, lane) of every membership of the events in [lo, hi),
        sorted by index; an event in several lanes appears once per lane."""
        if self.mode == "kind":
            # Every event once, in the lane of its kind: worked out for all the
            # events once (per data), then each frame takes slices.
            kept = self.__dict__.get("_kind_members")
            if kept is None or kept[0] is not data:
                kept = (data, np.arange(data.dated_count, dtype=np.int64), self.lut[data.kinds])
                self.__dict__["_kind_members"] = kept  # frozen: cached like a cached_property
            return kept[1][lo:hi], kept[2][lo:hi]
        first, stop = np.searchsorted(self.member_index, (lo, hi))
        return self.member_index[first:stop], self.member_lane[first:stop]

    def lane_of(self, data: TimelineData, lo: int, hi: int) -> np.ndarray:
        """The first lane of each dated event in [lo, hi) (-1: in no lane, when comparing)."""
        if self.mode == "kind":
            return self.lut[data.kinds[lo:hi]]
        wanted = np.arange(lo, hi)
        if not len(self.member_index):
            return np.full(len(wanted), -1, dtype=np.int32)
        at = np.minimum(np.searchsorted(self.member_index, wanted), len(self.member_index) - 1)
        return np.where(self.member_index[at] == wanted, self.member_lane[at], -1)

    def lanes_of_index(self, data: TimelineData, index: int) -> list[int]:
        """Every lane dated event ``index`` appears in."""
        if self.mode == "kind":
            return [int(self.lut[data.kinds[index]])]
        first, stop = np.searchsorted(self.member_index, (index, index + 1))
        return self.member_lane[first:stop].tolist()

    def lane_of_index(self, data: TimelineData, index: int) -> int:
        """The first lane event ``index`` is in, or -1 (left out of a comparison)."""
        lanes = self.lanes_of_index(data, index)
        return lanes[0] if lanes else -1


NO_ORGANISATION = "No organisation"
#: How organisation lanes are ordered: the busiest first, or alphabetically.
LANE_ORDERS = ("count", "name")


def lane_organisations(names: Sequence[str], roles: Sequence[str] | None = None) -> list[str]:
    """Which of an event's organisations give it a lane: the one rule.

    Every linked organisation, as the organisation filter counts them, so a
    lane holds as many events as filtering by its organisation finds. When
    the links carry roles, the organisers alone, if the event names any.
    """
    if roles is not None:
        organisers = [n for n, r in zip(names, roles, strict=True) if r == "organiser"]
        if organisers:
            return organisers
    return list(names)


def organisation_memberships(data: TimelineData) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(dated index, organisation code, names): one row per event and lane
    organisation, code -1 for an event with none. Each distinct list of
    names is split once, so this stays cheap at 100,000 events."""
    n = data.dated_count
    if data.org_text is None:  # only each event's lane organisation is known
        return np.arange(n, dtype=np.int64), data.org_codes.astype(np.int64), list(data.org_names)
    # Most events name one organisation (or none): TimelineData has coded
    # those already. Only the joined lists are split, each distinct one once,
    # with C-speed loops (numpy, a dict, map).
    texts = data.lane_texts()[data.source]
    names = list(data.org_names)
    table = {name: code for code, name in enumerate(names)}
    has = data.org_codes >= 0
    first = np.full(n, None, dtype=object)
    first[has] = np.asarray(names + [""], dtype=object)[data.org_codes[has]]
    several = np.flatnonzero(has & (texts != first))
    joined = texts[several].tolist()
    position = {text: i for i, text in enumerate(dict.fromkeys(joined))}
    which = np.fromiter(map(position.__getitem__, joined), dtype=np.int64, count=len(joined))
    codes = [[table.setdefault(name, len(table)) for name in lane_organisations(text.split("; "))]
             for text in position]
    sizes = np.array([len(c) for c in codes], dtype=np.int64)
    flat = np.array([c for group in codes for c in group], dtype=np.int64)
    per_event = np.ones(n, dtype=np.int64)
    per_event[several] = sizes[which] if len(several) else 1
    member_index = np.repeat(np.arange(n, dtype=np.int64), per_event)
    slot = np.cumsum(per_event) - per_event  # each event's first membership
    member_code = np.repeat(data.org_codes.astype(np.int64), per_event)
    if len(several):
        counts = per_event[several]
        offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        first_of_group = np.cumsum(sizes) - sizes
        member_code[np.repeat(slot[several], counts) + offsets] = flat[
            np.repeat(first_of_group[which], counts) + offsets]
    return member_index, member_code, list(table)


def make_lanes(data: TimelineData, mode: str, order: str = "count",
               only: Sequence[str] = ()) -> LaneSet:
    """Lanes for the dated events: kinds in their usual order, or one lane
    per organisation (busiest first, or by name) with "No organisation" last.
    With ``only`` (organisation names), just those lanes in that order: a
    comparison, where events of none of them are left out."""
    if mode == "kind":
        counts = np.bincount(data.kinds, minlength=len(KINDS))
        present = [k for k in range(len(KINDS)) if counts[k]]
        lut = np.full(len(KINDS), -1, dtype=np.int16)
        lut[present] = np.arange(len(present), dtype=np.int16)
        # Each kind's undated events too (on the shelf), so a lane's header adds
        # up to the count beside its kind in the filters ("22 events · 14 undated").
        undated = np.bincount(data.undated_kinds.astype(np.int64), minlength=len(KINDS))
        return LaneSet("kind", tuple(KINDS[k] for k in present),
                       tuple(KINDS[k].capitalize() for k in present),
                       tuple(int(counts[k]) for k in present), lut, order=order,
                       undated=tuple(int(undated[k]) for k in present))
    if mode != "organisation":
        raise ValueError(f"lane mode must be 'kind' or 'organisation', not {mode!r}")
    if order not in LANE_ORDERS:
        raise ValueError(f"lane order must be 'count' or 'name', not {order!r}")
    member_index, member_code, names = organisation_memberships(data)
    if only:
        lanes = _compared_lanes(member_index, member_code, names, only)
        return replace(lanes, undated=_undated_per_name(data, lanes.keys))
    counts = np.bincount(member_code + 1, minlength=len(names) + 1)
    present = [c for c in range(1, len(counts)) if counts[c]]
    if order == "name":
        present.sort(key=lambda c: (names[c - 1].casefold(), names[c - 1]))
    else:
        present.sort(key=lambda c: (-counts[c], names[c - 1].casefold()))
    if counts[0]:
        present.append(0)  # events without an organisation go last
    lut = np.full(len(counts), -1, dtype=np.int32)
    lut[present] = np.arange(len(present), dtype=np.int32)
    keys = tuple(names[c - 1] if c else None for c in present)
    titles = tuple(k if k is not None else NO_ORGANISATION for k in keys)
    return LaneSet("organisation", keys, titles, tuple(int(counts[c]) for c in present), lut,
                   member_index, lut[member_code + 1], order, _undated_per_name(data, keys))


def _undated_per_name(data: TimelineData, keys: Sequence[str | None]) -> tuple[int, ...]:
    """How many undated events each organisation lane (None: no organisation) has."""
    if data.org_text is None or not data.undated_count:
        return ()
    counts: dict[str | None, int] = {}
    texts = data.lane_texts()
    for source in data.undated_source.tolist():
        text = texts[source]
        for name in lane_organisations(text.split("; ")) if text else [None]:
            counts[name] = counts.get(name, 0) + 1
    return tuple(counts.get(key, 0) for key in keys)


def _compared_lanes(member_index: np.ndarray, member_code: np.ndarray, names: list[str],
                    only: Sequence[str]) -> LaneSet:
    """One lane per organisation in ``only`` (in that order), even an empty one."""
    code_of = {name: code for code, name in enumerate(names)}
    lut = np.full(len(names) + 1, -1, dtype=np.int32)
    for lane, name in enumerate(only):
        if name in code_of:
            lut[code_of[name] + 1] = lane
    member_lane = lut[member_code + 1]
    keep = member_lane >= 0
    counts = np.bincount(member_lane[keep], minlength=len(only))
    return LaneSet("organisation", tuple(only), tuple(only), tuple(int(c) for c in counts), lut,
                   member_index[keep], member_lane[keep], "compare")


@dataclass(frozen=True)
class LaneGeometry:
    """Where one lane sits vertically and how many event rows it holds."""

    index: int
    title: str
    count: int
    top: float
    height: float
    rows: int
    metrics: Metrics

    @property
    def rows_top(self) -> float:
        return self.top + self.metrics.header_height

    def row_centre(self, row: int) -> float:
        return self.rows_top + (row + 0.5) * self.metrics.row_height

    @property
    def cluster_centre(self) -> float:
        metrics = self.metrics
        return self.rows_top + (self.height - metrics.header_height - metrics.density_height
                                - metrics.padding) / 2

    @property
    def density_top(self) -> float:
        return self.top + self.height - self.metrics.density_height - self.metrics.padding / 2


def lane_geometries(lanes: LaneSet, *, top: float, height: float, scroll_y: float,
                    metrics: Metrics) -> tuple[list[LaneGeometry], float]:
    """Stack lanes from ``top``; each gets an equal share of ``height`` but
    at least ``min_lane_height``. Returns the geometries and the content height
    (more than ``height`` means the lanes scroll vertically)."""
    n = len(lanes)
    if n == 0:
        return [], 0.0
    lane_height = max(metrics.min_lane_height, math.floor(height / n))
    usable = lane_height - metrics.header_height - metrics.density_height - metrics.padding
    rows = max(1, int(usable // metrics.row_height))
    geometries = [LaneGeometry(i, lanes.titles[i], lanes.counts[i],
                               top + i * lane_height - scroll_y, lane_height, rows, metrics)
                  for i in range(n)]
    return geometries, lane_height * n


# -- stacking events in rows --------------------------------------------------


def stack_rows(left: np.ndarray, right: np.ndarray, rows: int) -> np.ndarray:
    """Greedy first-fit: the row for each item so extents in a row never
    overlap, or -1 when every row is taken at that point.

    Items are placed left to right by their ``left`` edge; an item occupies
    [left, right) of its row.
    """
    n = len(left)
    result = np.full(n, -1, dtype=np.int32)
    if n == 0:
        return result
    row_end = [-math.inf] * rows
    order = np.argsort(left, kind="stable")
    lefts = left[order].tolist()
    rights = right[order].tolist()
    for k, item in enumerate(order.tolist()):
        item_left = lefts[k]
        for row in range(rows):
            if row_end[row] <= item_left:
                row_end[row] = rights[k]
                result[item] = row
                break
    return result


def labels_that_fit(left: np.ndarray, label_right: np.ndarray, row: np.ndarray) -> np.ndarray:
    """Whether each item's label ends before the next item in its row begins."""
    n = len(left)
    fits = np.ones(n, dtype=bool)
    if n < 2:
        return fits
    order = np.lexsort((left, row))
    same_row_next = row[order][1:] == row[order][:-1]
    clash = same_row_next & (label_right[order][:-1] > left[order][1:])
    fits[order[:-1][clash]] = False
    return fits


def must_overflow(anchor_x: np.ndarray, rows: int, marker_px: float) -> bool:
    """True when some stretch one marker wide holds more markers than rows:
    no stacking can fit them, so there is no point trying."""
    if len(anchor_x) <= rows:
        return False
    xs = np.sort(anchor_x)
    within = np.searchsorted(xs, xs + marker_px, side="left") - np.arange(len(xs))
    return bool(within.max() > rows)

