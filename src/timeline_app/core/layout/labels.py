"""Which marks get a label, on which side, and with what text.

A lane's events first get rows (every marker must have one, or the lane is
drawn as clusters instead); then labels are handed out greedily, the most
important event first — the longest-lived, then the best-sourced (when the
caller has a weight for that), then the earliest. Each label goes right of
its marker if it fits there, else left of it, else, shortened with an
ellipsis, on whichever side has the most room. Nothing here measures text
itself: the caller passes widths and a ``measure(text) -> px`` callable, so
the placement is tested with a fixed-width font and no window.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

Measure = Callable[[str], float]

#: Most labels one lane hands out per frame; the rest of a busy lane's
#: marks stay unlabelled so a repaint never does unbounded text work.
MAX_LABEL_CANDIDATES = 400
ELLIPSIS = "…"


@dataclass(frozen=True)
class LabelSpacing:
    """Pixel sizes the placement works in (a subset of the lanes' Metrics)."""

    marker_radius: float = 5.0
    label_gap: float = 3.0  # between a marker and its label
    marker_gap: float = 6.0  # free space kept after a marker or label
    min_shortened_px: float = 40.0  # a shortened label narrower than this is not worth showing


@dataclass
class MarkLabels:
    """The outcome for one lane, aligned with the marks passed in.

    ``row``: each mark's row; ``shown``: whether it has a label; ``left``
    and ``width``: where the label's text starts and how wide it is (the
    full width, or less when ``shortened``).
    """

    row: np.ndarray
    shown: np.ndarray
    left: np.ndarray
    width: np.ndarray
    shortened: np.ndarray


class _Row:
    """The occupied stretches of one row: disjoint [start, end) intervals,
    each ending with the free gap its owner keeps after it."""

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []

    def add(self, start: float, end: float) -> None:
        at = bisect.bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)

    def widen(self, start: float, end: float) -> None:
        """Move the end of the interval starting at ``start`` to ``end``."""
        self.ends[bisect.bisect_left(self.starts, start)] = end

    def remove(self, start: float) -> None:
        at = bisect.bisect_left(self.starts, start)
        del self.starts[at], self.ends[at]

    def is_free(self, start: float, end: float) -> bool:
        """Whether [start, end) touches no interval of the row."""
        at = bisect.bisect_left(self.starts, start)
        return ((at == 0 or self.ends[at - 1] <= start)
                and (at == len(self.starts) or self.starts[at] >= end))

    def neighbours(self, start: float) -> tuple[float, float]:
        """End of the interval before the one starting at ``start`` and the
        start of the one after it (that interval must be in the row)."""
        at = bisect.bisect_left(self.starts, start)
        before = self.ends[at - 1] if at > 0 else -math.inf
        after = self.starts[at + 1] if at + 1 < len(self.starts) else math.inf
        return before, after


def assign_rows(left: np.ndarray, marker_right: np.ndarray, label_right: np.ndarray,
                rows: int) -> np.ndarray | None:
    """A row for every mark so markers never overlap in a row, or None when
    there are too few rows.

    Marks are taken left to right and any row free at a mark's left edge is
    as good as another for fitting the markers (interval colouring), so the
    choice is spent on the labels: the lowest row where the previous mark's
    whole label still fits, else the row whose previous label is cut least.
    """
    n = len(left)
    result = np.full(n, -1, dtype=np.int32)
    marker_end = [-math.inf] * rows
    label_end = [-math.inf] * rows
    order = np.argsort(left, kind="stable").tolist()
    lefts, marker_rights, label_rights = left.tolist(), marker_right.tolist(), label_right.tolist()
    for item in order:
        x = lefts[item]
        free = [r for r in range(rows) if marker_end[r] <= x]
        if not free:
            return None
        roomy = [r for r in free if label_end[r] <= x]
        row = roomy[0] if roomy else min(free, key=lambda r: label_end[r])
        result[item] = row
        marker_end[row] = marker_rights[item]
        label_end[row] = label_rights[item]
    return result


def label_priority(spans: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """Mark positions in the order their labels are handed out: longest span
    first, then highest weight (how well sourced, when known), then earliest
    (marks are passed in time order, so position breaks ties)."""
    position = np.arange(len(spans))
    weight = np.zeros(len(spans)) if weights is None else -np.asarray(weights, dtype=np.float64)
    return np.lexsort((position, weight, -np.asarray(spans, dtype=np.float64)))


# long: the placement passes share one lane's row structures as closures, not as many arguments
def place_mark_labels(*, marker_x: np.ndarray, left: np.ndarray, marker_right: np.ndarray,
                      row: np.ndarray, label_w: np.ndarray, priority: np.ndarray,
                      rows: int, view_width: float,
                      spacing: LabelSpacing = LabelSpacing()) -> MarkLabels:
    """Labels for marks already in rows (see :func:`assign_rows`).

    ``left``/``marker_right`` bound each mark's marker or bar (the gap after
    it included); ``label_w`` is each full label's width; ``priority`` lists
    mark positions, most important first (see :func:`label_priority`).
    Labels stay inside [0, view_width] and never touch another mark or label
    in their row. At most MAX_LABEL_CANDIDATES labels are tried; shortened
    labels are only handed out once every full label that fits has its place.
    """
    n = len(marker_x)
    placed = MarkLabels(row, np.zeros(n, dtype=bool), np.full(n, np.nan), np.zeros(n),
                        np.zeros(n, dtype=bool))
    occupied = [_Row() for _ in range(rows)]
    placed.row = row.copy()
    lefts, rows_of, marker_rights = left.tolist(), row.tolist(), marker_right.tolist()
    for k, (start, end) in enumerate(zip(lefts, marker_rights)):
        occupied[rows_of[k]].add(start, end)
    xs, widths = marker_x.tolist(), label_w.tolist()
    reach = spacing.marker_radius + spacing.label_gap

    def rooms(k: int) -> tuple[float, float]:
        """Free px right of mark k's marker and left of it, in its row."""
        before, after = occupied[rows_of[k]].neighbours(lefts[k])
        right_start, left_end = xs[k] + reach, xs[k] - reach
        # A label is never cut by the view's edge: a mark off screen gets
        # none on the side away from the view.
        right = min(after - spacing.marker_gap, view_width) - right_start
        left = left_end - max(before, 0.0)
        return (right if right_start >= 0 else -math.inf,
                left if left_end <= view_width else -math.inf)

    def take(k: int, start: float, width: float, shortened: bool) -> None:
        placed.shown[k], placed.left[k], placed.width[k] = True, start, width
        placed.shortened[k] = shortened
        occupied[rows_of[k]].add(start, start + width + spacing.marker_gap)

    def take_whole(k: int) -> bool:
        right_room, left_room = rooms(k)
        if widths[k] <= right_room:
            take(k, xs[k] + reach, widths[k], False)
        elif widths[k] <= left_room:
            take(k, xs[k] - reach - widths[k], widths[k], False)
        else:
            return False
        return True

    def move_and_take_whole(k: int) -> bool:
        """Try mark k in another row where its marker and whole label fit."""
        home = rows_of[k]
        for other in range(rows):
            if other == home or not occupied[other].is_free(lefts[k], marker_rights[k]):
                continue
            occupied[home].remove(lefts[k])
            occupied[other].add(lefts[k], marker_rights[k])
            rows_of[k] = other
            if take_whole(k):
                placed.row[k] = other
                return True
            occupied[other].remove(lefts[k])
            occupied[home].add(lefts[k], marker_rights[k])
            rows_of[k] = home
        return False

    pending = [k for k in priority[:MAX_LABEL_CANDIDATES].tolist() if not take_whole(k)]
    pending = [k for k in pending if not move_and_take_whole(k)]
    for k in pending:
        right_room, left_room = rooms(k)
        room = max(right_room, left_room)
        if room >= spacing.min_shortened_px:
            start = xs[k] + reach if right_room >= left_room else xs[k] - reach - room
            take(k, start, room, True)
    return placed


def shorten(text: str, max_px: float, measure: Measure) -> str:
    """``text`` cut at the end, with an ellipsis, to fit ``max_px``; the
    whole text if it fits; "" when not even one letter and the ellipsis do."""
    if measure(text) <= max_px:
        return text
    low, high = 0, len(text)  # longest prefix that fits lies in [low, high)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + ELLIPSIS) <= max_px:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ""


# -- counted clusters ---------------------------------------------------------

_PLURALS = {"other": "events", "strike": "strikes"}


def cluster_noun(kind: str | None, count: int) -> str:
    """What a cluster holds, read as words: "3 walkouts", "1 vote", or
    "3 events" in an organisation's lane (``kind`` None) or for "other"."""
    if kind is None or kind == "other":
        noun = "event"
    else:
        noun = kind
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


@dataclass
class ClusterLabels:
    """Counted clusters whose pill grows into words: bucket positions, the
    pill's left x and width, and its text."""

    bucket: np.ndarray
    left: np.ndarray
    width: np.ndarray
    text: tuple[str, ...]


def place_cluster_labels(*, centre_x: np.ndarray, counts: np.ndarray, pill_w: np.ndarray,
                         obstacles: Sequence[tuple[float, float]], kind: str | None,
                         view_width: float, measure: Measure, padding: float = 10.0,
                         gap: float = 6.0) -> ClusterLabels:
    """Which counted pills can widen to say "3 walkouts" instead of "3".

    A widened pill keeps its left edge and grows right; it must not touch
    another pill (``pill_w`` wide, centred on ``centre_x``), an obstacle
    (lone markers, as (left, right) spans) or the view's edges. The biggest
    clusters go first, then the earliest.
    """
    space = _Row()
    for x, w in zip(centre_x.tolist(), pill_w.tolist()):
        space.add(x - w / 2, x + w / 2 + gap)
    for start, end in obstacles:
        space.add(start, end + gap)
    chosen: list[tuple[int, float, float, str]] = []
    order = np.lexsort((np.arange(len(counts)), -counts))[:MAX_LABEL_CANDIDATES]
    for k in order.tolist():
        count = int(counts[k])
        if count < 2:
            continue
        start = float(centre_x[k] - pill_w[k] / 2)
        text = cluster_noun(kind, count)
        wide = measure(text) + padding
        if start < 0 or start + wide > view_width:
            continue
        _before, after = space.neighbours(start)
        if start + wide + gap > after:
            continue
        space.widen(start, start + wide + gap)
        chosen.append((k, start, wide, text))
    chosen.sort()
    return ClusterLabels(np.array([c[0] for c in chosen], dtype=np.int64),
                         np.array([c[1] for c in chosen]), np.array([c[2] for c in chosen]),
                         tuple(c[3] for c in chosen))
