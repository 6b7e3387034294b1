"""The undated shelf: a strip below the lanes with one chip per undated event.

Undated events have no place on the time axis, so they sit as chips in a
row along the bottom of the canvas: a title on the left, as many chips as
fit, and a "+n more" note on the right that pages through the rest. This
module works out where each chip goes and how paging moves; the text
measuring is injected (``measure(text) -> px`` and the width of each
event's already-elided label) so it can be tested without Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

#: Space between neighbouring chips, px.
CHIP_GAP = 6.0
#: Clicks on the shelf right of this fraction of the width turn the page.
PAGE_CLICK_FRACTION = 0.7


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle in widget pixels (a Qt-free QRectF)."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    @property
    def centre_y(self) -> float:
        return self.top + self.height / 2

    def contains(self, x: float, y: float) -> bool:
        """Inside or on the edge, as QRectF.contains counts it."""
        return self.left <= x <= self.right and self.top <= y <= self.bottom


@dataclass(frozen=True)
class ShelfChip:
    """One undated event's chip: its undated index and where it is drawn."""

    undated_index: int
    rect: Rect


@dataclass(frozen=True)
class ShelfLayout:
    """Where the shelf and its chips sit for one widget size and page.

    ``chips`` cover undated indices [first_index, next_index); ``total`` is
    how many undated events there are. With no undated events the shelf has
    no height and holds nothing.
    """

    top: float
    height: float
    width: float
    title: str
    chips: tuple[ShelfChip, ...]
    first_index: int
    next_index: int
    total: int

    @property
    def remaining(self) -> int:
        """Undated events after the last chip shown."""
        return self.total - self.next_index

    @property
    def page_note(self) -> str | None:
        """The note on the right: how many more, or a way back to the start."""
        if self.remaining > 0:
            return f"+{short_count(self.remaining)} more"
        if self.first_index > 0:
            return "back to first"
        return None

    def covers(self, y: float) -> bool:
        """Whether widget y falls on the shelf (the strip runs to the bottom)."""
        return self.total > 0 and y >= self.top

    def next_page_first(self) -> int:
        """The first chip of the next page; after the last page, the first."""
        return self.next_index if self.next_index < self.total else 0

    def first_showing(self, undated_index: int) -> int:
        """The page start that brings ``undated_index`` on screen, keeping
        the current page if it already shows it."""
        if undated_index < self.first_index or undated_index >= self.next_index:
            return undated_index
        return self.first_index


def short_count(n: int) -> str:
    """A count short enough for a pill or a note: 999, 1.2k, 35k, 1.5M."""
    if n < 1000:
        return str(n)
    if n < 10_000:
        return f"{n / 1000:.1f}k".replace(".0k", "k")
    if n < 1_000_000:
        return f"{n // 1000}k"
    return f"{n / 1_000_000:.1f}M"


def shelf_title(undated_count: int) -> str:
    return f"Undated · {undated_count:,}"


def shelf_positions(widths: list[float], first: int, available: float,
                    gap: float = CHIP_GAP) -> tuple[list[float], int]:
    """Left x of each chip from ``first`` on that fits in ``available`` px,
    and how many undated events are left over."""
    xs: list[float] = []
    x = 0.0
    for width in widths[first:]:
        if x + width > available:
            break
        xs.append(x)
        x += width + gap
    return xs, len(widths) - first - len(xs)


def layout_shelf(*, undated_count: int, first_index: int, width: float, height: float,
                 shelf_height: float, marker_radius: float, measure: Callable[[str], float],
                 label_width: Callable[[int], float]) -> ShelfLayout:
    """Chips for the page that starts at undated index ``first_index``.

    The shelf is ``shelf_height`` tall at the bottom of a ``width`` x
    ``height`` widget. Room is kept for the title on the left and the
    widest possible "+n more" note on the right. ``measure`` gives the width
    of a piece of text; ``label_width`` that of an undated event's chip
    label (only called for chips that may fit, so a shelf of thousands
    measures a page, not everything).
    """
    top = height - shelf_height
    title = shelf_title(undated_count)
    if not undated_count:
        return ShelfLayout(height, 0.0, width, title, (), 0, 0, 0)
    title_width = measure(title) + 16
    note_width = measure(f"+{short_count(undated_count)} more") + 16
    first = min(first_index, undated_count - 1)
    available = width - title_width - note_width - 8
    widths: list[float] = []
    used = 0.0
    for k in range(first, undated_count):  # measure only what can fit
        chip_width = label_width(k) + 2 * marker_radius + 16
        widths.append(chip_width)
        used += chip_width + CHIP_GAP
        if used > available:
            break
    xs, _left_over = shelf_positions(widths, 0, available)
    chip_height = shelf_height - 8
    chips = tuple(ShelfChip(first + k, Rect(title_width + x, top + 4, widths[k], chip_height))
                  for k, x in enumerate(xs))
    return ShelfLayout(top, shelf_height, width, title, chips, first, first + len(xs),
                       undated_count)
