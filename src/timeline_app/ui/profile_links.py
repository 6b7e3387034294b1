"""The window's ways to an organisation's or person's profile, and the "go to" box.

Profiles open from the detail pane's names, the filter lists, the event
list's organisations, other profiles' partners and the Ctrl+K box. This
module owns the profile window and the box and turns their signals into
the main window's own operations (select events, filter, rename, merge),
so the main window only creates it and connects a few signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.goto import GoToResult
from timeline_app.core.store import normalise_name
from timeline_app.ui.goto_box import GoToBox
from timeline_app.ui.profile_view import ProfileView

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


class ProfileLinks:
    """Opens profiles and answers the "go to" box for one main window."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.view = ProfileView(window)
        self.go_to_box = GoToBox(window)
        self.view.profileRequested.connect(self.open_profile)
        self.view.documentRequested.connect(self.show_document)
        self.view.showEventsRequested.connect(self._show_events)
        self.view.renameRequested.connect(window.rename_entity)
        self.view.mergeRequested.connect(self._merge)
        self.go_to_box.chosen.connect(self.go_to)

    def data_changed(self) -> None:
        """After an edit, its undo or redo (``MainWindow.apply_changes``): the shown
        profile follows it."""
        window = self._window
        if self.view.store is not window.store:
            self.view.hide()  # another database was opened: its ids mean others
            self.view.set_store(window.store)
        else:
            self.view.reload()

    def open_profile(self, kind: str, entity_id: int) -> bool:
        """Show the profile of one organisation or person (False when it is gone)."""
        self.view.set_store(self._window.store)
        return self.view.show_entity(kind, entity_id)

    def open_organisation_named(self, name: str) -> bool:
        """The profile of the organisation called ``name`` (as the event list shows it)."""
        entity_id = self._window.store.entity_id_for_key("organisation", normalise_name(name))
        return entity_id is not None and self.open_profile("organisation", entity_id)

    def show_go_to(self) -> None:
        self.go_to_box.open_for(self._window.store)

    def go_to(self, result: GoToResult) -> None:
        """Go where a result of the box points: a profile, an event, a document."""
        if result.kind in ("organisation", "person"):
            self.open_profile(result.kind, result.id)
        elif result.kind == "event":
            self.show_event(result.id)
        elif result.kind == "document":
            self.show_document(result.id)

    def show_event(self, event_id: int) -> None:
        """Select an event, clearing the filters first if they hide it."""
        window = self._window
        if window.table_model.row_of(event_id) is None:
            window.filter_pane.clear()
        window.select_events([event_id])
        window.detail_dock.show()
        window.detail_dock.raise_()

    def show_document(self, document_id: int) -> None:
        """Show a document in the detail pane through its main event."""
        event_id = self._window.store.first_event_of_document(document_id)
        if event_id is not None:
            self.show_event(event_id)
        else:
            self._window.statusBar().showMessage("That document has no events to show.", 5000)

    def _show_events(self, kind: str, entity_id: int) -> None:
        self._window.filter_pane.show_only(kind, entity_id)

    def _merge(self, kind: str, keep_id: int, merge_id: int) -> None:
        if self._window.merge_entities(kind, keep_id, merge_id):
            self.open_profile(kind, keep_id)


__all__ = ["ProfileLinks"]
