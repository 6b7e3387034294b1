"""Colour by organisation and compare organisations: the window's side of it.

Offers the View menu's entries and the organisation list's context-menu
entries, opens the picker, and hands the choice to the timeline (its
canvas rings coloured organisations' marks and the legend names them; a
comparison shows just those organisations' lanes, shared events joined).
The colours are remembered between sessions; a comparison is a question of
the moment and is not.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from timeline_app.core.layout import COLOUR_LIMIT, COMPARE_MAX, COMPARE_MIN
from timeline_app.ui.organisation_picker import OrganisationPicker
from timeline_app.ui.plain_text import menu_text

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


#: The coloured organisations are remembered (as a JSON list of names).
COLOURED_SETTING = "view/coloured_organisations"


def _names_from(raw: object) -> list[str]:
    """A saved list of names, or none when the setting is missing or damaged."""
    try:
        names = json.loads(str(raw)) if raw else []
    except ValueError:
        return []
    return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []


class OrganisationViews(QObject):
    """The colour and compare actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.picker: OrganisationPicker | None = None
        self.colour_action = self._action("&Colour by Organisation…", self.choose_colours,
                                          "Ring the events of up to six organisations in colour")
        self.clear_colours_action = self._action("Clear Organisation Colours",
                                                 lambda: self.colour([]))
        self.compare_action = self._action("Co&mpare Organisations…", self.choose_compared,
                                           "Two to five organisations side by side as lanes")
        self.stop_comparing_action = self._action("Stop Comparing", lambda: self.compare([]))
        window.filter_pane.organisations.extra_menu = self.fill_context_menu
        self.colour(_names_from(window.settings.value(COLOURED_SETTING, "")))

    def actions(self) -> list[QAction]:
        return [self.colour_action, self.clear_colours_action, self.compare_action,
                self.stop_comparing_action]

    def _action(self, text: str, slot, tip: str = "") -> QAction:
        action = QAction(text, self._window)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def organisation_names(self) -> list[str]:
        """Every organisation in the filter list, by name."""
        labels = self._window.filter_pane.organisations.labels().values()
        return sorted(labels, key=str.casefold)

    # -- applying ------------------------------------------------------------

    def colour(self, names: Sequence[str]) -> None:
        """Colour these organisations' events (the first six)."""
        chosen = list(names)[:COLOUR_LIMIT]
        self._window.view.set_coloured_organisations(chosen)
        self._window.settings.setValue(COLOURED_SETTING, json.dumps(chosen))
        self._update_actions()

    def compare(self, names: Sequence[str]) -> None:
        """Show these organisations side by side; none returns to every lane."""
        view = self._window.view
        view.set_lane_mode("organisation")
        view.canvas.compare_organisations(list(names))
        if names:
            self._window.statusBar().showMessage(
                f"Comparing {len(names)} organisations; a dashed line joins the events they "
                "share. View ▸ Stop Comparing shows every lane again.", 10000)
        self._update_actions()

    def _update_actions(self) -> None:
        canvas = self._window.canvas
        self.clear_colours_action.setEnabled(bool(canvas.coloured_organisations()))
        self.stop_comparing_action.setEnabled(bool(canvas.compared_organisations()))

    # -- choosing ------------------------------------------------------------

    def choose_colours(self, also: str | None = None) -> OrganisationPicker:
        ticked = [*self._window.canvas.coloured_organisations(), *([also] if also else [])]
        return self._open_picker("Colour by Organisation", ticked, 1, COLOUR_LIMIT, self.colour)

    def choose_compared(self, also: str | None = None) -> OrganisationPicker:
        ticked = list(self._window.canvas.compared_organisations())
        if also and also not in ticked:
            ticked.append(also)
        return self._open_picker("Compare Organisations", ticked, COMPARE_MIN, COMPARE_MAX,
                                 self.compare)

    def _open_picker(self, title: str, ticked: list[str], minimum: int, maximum: int,
                     apply) -> OrganisationPicker:
        picker = OrganisationPicker(title, self.organisation_names(), ticked, minimum, maximum,
                                    self._window)
        picker.accepted.connect(lambda: apply(picker.chosen()))
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()
        return picker

    def fill_context_menu(self, menu: QMenu, name: str) -> None:
        """The organisation list's entries for ``name``: colour it, compare it."""
        menu.addSeparator()
        coloured = list(self._window.canvas.coloured_organisations())
        if name in coloured:
            menu.addAction(f"Stop Colouring “{menu_text(name)}”",
                           lambda: self.colour([n for n in coloured if n != name]))
        else:
            action = menu.addAction(f"Colour “{menu_text(name)}” on the Timeline",
                                    lambda: self.colour([*coloured, name]))
            action.setEnabled(len(coloured) < COLOUR_LIMIT)
        menu.addAction(f"Compare “{menu_text(name)}” With…",
                       lambda: self.choose_compared(also=name))


__all__ = ["OrganisationViews"]
