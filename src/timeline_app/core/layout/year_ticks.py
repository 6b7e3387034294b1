"""Which years a small per-year histogram can label without crowding.

A bar per year leaves room for a label under only some of them: every year
when wide, then every 2nd, 5th, 10th… as the widget narrows. Kept free of Qt
so the thinning is tested with plain numbers (label widths come in as a
number of pixels).
"""

from __future__ import annotations

_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)


def year_label_step(years: int, width: float, label_px: float, gap_px: float = 8.0) -> int:
    """The smallest round step (1, 2, 5, 10…) whose labels do not touch."""
    per_year = width / max(years, 1)
    for step in _STEPS:
        if step * per_year >= label_px + gap_px:
            return step
    return _STEPS[-1]


def year_labels(first: int, last: int, width: float, label_px: float,
                gap_px: float = 8.0) -> list[tuple[int, float]]:
    """(year, left x of its label) for the labelled years of bars spanning
    ``first``..``last`` across ``width`` px, each label centred under its bar
    and kept inside the widget. Round years are chosen (2010, 2015, 2020);
    a span too short to hold a round year labels its first year."""
    if last < first or width <= 0:
        return []
    years = last - first + 1
    per_year = width / years
    step = year_label_step(years, width, label_px, gap_px)
    chosen = [y for y in range(first, last + 1) if y % step == 0] or [first]
    placed: list[tuple[int, float]] = []
    right_of_last = float("-inf")
    for year in chosen:
        centre = (year - first + 0.5) * per_year
        left = min(max(centre - label_px / 2, 0.0), width - label_px)
        if left < 0 or left < right_of_last + gap_px:
            continue  # wider than the widget, or pushed into its neighbour by the edge
        placed.append((year, left))
        right_of_last = left + label_px
    return placed


__all__ = ["year_label_step", "year_labels"]
