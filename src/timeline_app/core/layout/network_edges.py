"""Which edges of a network picture to draw at one zoom, within a budget of pixels.

Drawing a line costs in proportion to its length on screen, and twenty
thousand edges across a fitted network add up to millions of pixels: far
more than a redraw can afford, and a grey fog to the eye. So the view draws
the strongest edges first (most shared events; among equals, the shorter,
which show local structure) until a budget of on-screen length is spent.
Zoomed in, edges are clipped to the view and cost less, so more of them fit;
all of them fit once the view is close enough.
"""

from __future__ import annotations

import numpy as np

#: On-screen edge length (pixels) one redraw may draw.
DEFAULT_BUDGET = 600_000


def edges_within_budget(segments: np.ndarray, weights: np.ndarray,
                        view: tuple[float, float, float, float],
                        budget: float = DEFAULT_BUDGET) -> np.ndarray:
    """Indices of the edges to draw, strongest first.

    ``segments`` is (m, 4): x1, y1, x2, y2 in screen pixels; ``view`` is
    (left, top, right, bottom). An edge wholly outside the view is never
    chosen; the length of one crossing it is counted as clipped to it.
    """
    if not len(segments):
        return np.zeros(0, dtype=np.int64)
    left, top, right, bottom = view
    x1, y1, x2, y2 = segments.T
    outside = ((np.maximum(x1, x2) < left) | (np.minimum(x1, x2) > right)
               | (np.maximum(y1, y2) < top) | (np.minimum(y1, y2) > bottom))
    # Clamping both ends into the view bounds the visible length from above
    # without the cost of exact clipping.
    cx1, cx2 = np.clip(x1, left, right), np.clip(x2, left, right)
    cy1, cy2 = np.clip(y1, top, bottom), np.clip(y2, top, bottom)
    cost = np.hypot(cx2 - cx1, cy2 - cy1) + 1.0
    candidates = np.flatnonzero(~outside)
    order = candidates[np.lexsort((cost[candidates], -weights[candidates]))]
    spent = np.cumsum(cost[order])
    return order[: int(np.searchsorted(spent, budget, side="right"))]
