"""What a wheel turn or a click means for the canvas, as plain arithmetic.

Kept apart from the widget so the rules (how far a notch zooms, when Shift
turns zooming into panning, how Ctrl+click toggles) read in one place and
are testable without sending Qt events.
"""

from __future__ import annotations

#: Pixels a wheel notch (120 units) pans.
NOTCH_PAN_PX = 60.0


def wheel_change(pixel_dx: float, pixel_dy: float, angle_dx: float, angle_dy: float,
                 shift: bool) -> tuple[float, float]:
    """(pan in px, zoom factor) for one wheel event; 0 and 1 mean none.

    Touchpads report pixels, mice report angles; the stronger direction
    wins. One wheel notch (120) zooms by 2^(1/4) ~ 1.19, Ctrl or not.
    """
    has_pixels = bool(pixel_dx or pixel_dy)
    dx = pixel_dx if has_pixels else angle_dx / 120 * NOTCH_PAN_PX
    dy = angle_dy if angle_dy else pixel_dy * 4
    if shift and dy and not dx:
        dx, dy = dy / 120 * NOTCH_PAN_PX, 0  # Shift+wheel pans on mice without a tilt wheel
    if abs(dx) > abs(dy):
        return dx, 1.0
    if dy:
        return 0.0, 2.0 ** (dy / 480.0)
    return 0.0, 1.0


def toggled(selected: list[int], event_id: int) -> list[int]:
    """The selection after Ctrl+click on ``event_id``: removed if it was
    selected, otherwise added at the end."""
    kept = [i for i in selected if i != event_id]
    return kept if len(kept) < len(selected) else kept + [event_id]
