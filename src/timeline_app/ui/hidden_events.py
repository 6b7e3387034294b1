"""Events of the page being read that the filters hide.

The detail pane lists every event of the shown event's document, some of
which the filters may hide (a background fact is hidden by default). Such
an event cannot be selected on the timeline: asking for it used to empty the
selection, and the event pane vanished with nothing said. The window asks
here what to say instead.
"""

from __future__ import annotations

from timeline_app.core.event_columns import EventColumns
from timeline_app.core.filters import EventFilter

#: The tooltip of a hidden event in the pane's list of the page's events.
HIDDEN_TIP = "Hidden by the filters: not on the timeline or in the list"


def hidden_event_message(event_id: int, everything: EventColumns | None,
                         event_filter: EventFilter) -> str:
    """Why ``event_id`` is not shown, and what shows it (for the status bar)."""
    row = everything.row_of(event_id) if everything is not None else None
    kind = str(everything.kinds[row]) if everything is not None and row is not None else ""
    if kind == "context" and event_filter.hides_context:
        return ("That event is a background fact, hidden by default: tick "
                "“Show context events” in the filters to see it.")
    return "That event is hidden by the filters: Clear Filters shows it."


__all__ = ["HIDDEN_TIP", "hidden_event_message"]
