"""The timeline's own keys and mouse gestures, declared once.

These are not menu actions, so the shortcuts dialog cannot find them on the
window. The canvas dispatches its key presses through ``gesture_for_key`` and
Help ▸ Keyboard Shortcuts lists ``CANVAS_GESTURES``: both read this table, so
the list a person reads is the one the canvas obeys.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

_K = Qt.Key


@dataclass(frozen=True)
class Gesture:
    """One thing the canvas does: its name, how to do it, what it does."""

    name: str
    keys: tuple[Qt.Key, ...]
    how: str
    what: str


#: Every key the canvas answers, in the order the help lists them.
CANVAS_GESTURES: tuple[Gesture, ...] = (
    Gesture("zoom_in", (_K.Key_Plus, _K.Key_Equal), "+",
            "Zoom in (around the selected event when it is in view)"),
    Gesture("zoom_out", (_K.Key_Minus, _K.Key_Underscore), "−", "Zoom out"),
    Gesture("fit", (_K.Key_Home,), "Home", "Fit where the events are; again: every dated event"),
    Gesture("step", (_K.Key_Left, _K.Key_Right), "← / →",
            "Previous or next event when one is selected; pan when nothing is"),
    Gesture("pan", (), "Shift+← / Shift+→", "Pan back or forward in time, even with a selection"),
    Gesture("scroll", (_K.Key_Up, _K.Key_Down, _K.Key_PageUp, _K.Key_PageDown),
            "↑ / ↓, Page Up / Page Down", "Scroll the lanes up or down"),
    Gesture("activate", (_K.Key_Return, _K.Key_Enter), "Enter",
            "Zoom to the selected event and show its details"),
    Gesture("nearest", (_K.Key_Space,), "Space",
            "Select the event nearest the centre (or bring the selected one into view)"),
    Gesture("clear", (_K.Key_Escape,), "Escape", "Clear the selection"),
)

#: Mouse and touchpad gestures, listed with the keys (nothing to dispatch).
POINTER_GESTURES: tuple[tuple[str, str], ...] = (
    ("Wheel or pinch", "Zoom around the pointer"),
    ("Shift+wheel, horizontal scroll or drag", "Pan through time (dragging also scrolls lanes)"),
    ("Click", "Select an event; a counted cluster zooms in"),
    ("Ctrl+click", "Add an event to the selection, or take it out"),
    ("Double click", "Zoom to the event and show its details"),
)

#: The arrow keys' two meanings in one sentence, for status tips and the guide.
ARROW_KEYS_TIP = ("Left and Right step through events when one is selected, and pan the "
                  "timeline when nothing is (Shift+Left/Right always pans).")
#: The same, short enough for the status bar beside the event count at 1024x640
#: (the sentence above was cut off there at "(Shift+Left/Righ").
ARROW_KEYS_STATUS = "←/→: previous/next event, or pan when none is selected · Shift+←/→: pan"

_BY_KEY = {key: gesture.name for gesture in CANVAS_GESTURES for key in gesture.keys}


def gesture_for_key(key: int) -> str | None:
    """The name of the gesture ``key`` performs on the canvas, or None."""
    try:
        return _BY_KEY.get(Qt.Key(key))
    except ValueError:
        return None


def keys_summary() -> str:
    """Every key and gesture as one line of prose (for screen readers)."""
    parts = [f"{how}: {what}" for how, what in POINTER_GESTURES]
    parts += [f"{g.how}: {g.what}" for g in CANVAS_GESTURES]
    return "; ".join(parts) + "."


__all__ = ["ARROW_KEYS_STATUS", "ARROW_KEYS_TIP", "CANVAS_GESTURES", "POINTER_GESTURES", "Gesture",
           "gesture_for_key", "keys_summary"]
