"""Bring one document's events into view: what "Show Events" on an import
result does, so a finished import never leaves the person at a dead end.

The events are selected everywhere (canvas, list, detail pane). If the
window has not loaded them yet (an import still running) it reloads first;
if the current filters hide them, the filters are cleared, and the status
line says so. A report joined into another event stands for that event (the
report's own row is hidden), so that event is the one selected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.filters import EventFilter
from timeline_app.ui.plain_text import one_line

if TYPE_CHECKING:  # the window hands itself in; this module never builds one
    from timeline_app.ui.main_window import MainWindow


def _missing(window: MainWindow, ids: tuple[int, ...]) -> bool:
    return any(window.columns.row_of(event_id) is None for event_id in ids)


def show_document_events(window: MainWindow, document_id: int) -> list[int]:
    """Select ``document_id``'s events in ``window``; returns the ids selected."""
    ids = window.store.document_shown_event_ids(document_id)
    row = window.store.document_row(document_id)
    name = one_line((row or {}).get("title") or (row or {}).get("path") or "the document", 120)
    if not ids:
        window.statusBar().showMessage(f"“{name}” has no events on the timeline.", 8000)
        return []
    if _missing(window, ids):
        window.refresh_all(keep_view=True)  # imported since the window last loaded
    cleared = False
    if _missing(window, ids) and window.event_filter.active_count:
        window.filter_pane.set_filter(EventFilter())  # the filters hid them
        cleared = True
    window.select_events(list(ids))
    window.raise_()
    window.activateWindow()
    count = len(ids)
    message = f"Showing {count} event{'s' if count != 1 else ''} from “{name}”"
    window.statusBar().showMessage(message + (" (filters cleared)." if cleared else "."), 8000)
    return window.selected_ids()


__all__ = ["show_document_events"]
