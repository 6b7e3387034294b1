"""What the preferences change in a running window, at start and on the fly.

The window keeps the current ``Preferences`` as ``window.preferences``; this
module loads them at start, opens the dialog, and applies each change to
the parts it affects (the theme to the application, the date style to the
event list and the detail pane, the lanes, the import workers), saving as it
goes so a crash loses nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.workers import default_import_workers
from timeline_app.ui.date_display import set_date_style
from timeline_app.ui.import_dialog import ImportDialog
from timeline_app.ui.palette_colours import warning_text
from timeline_app.ui.preferences import PreferencesDialog
from timeline_app.ui.settings import Preferences, load_preferences, save_preferences
from timeline_app.ui.theme import apply_theme

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


def import_workers(preferences: Preferences) -> int:
    """Worker processes an import should use under these preferences."""
    if preferences.import_workers < 0:
        return default_import_workers()
    return preferences.import_workers


def start_preferences(window: MainWindow) -> Preferences:
    """Load the saved preferences and apply them to a window being built
    (before its panes fill, so the first paint has the chosen theme and dates)."""
    preferences = load_preferences(window.settings)
    window.preferences = preferences
    if preferences.theme != "system":
        _apply_theme(window, preferences.theme)
    _apply_date_style(window, preferences)
    ImportDialog.workers = import_workers(preferences)
    if preferences.default_lanes != "last":
        # The window restores its lanes from here once its data is shown.
        window.settings.setValue("view/lanes", preferences.default_lanes)
    return preferences


def apply_preferences(window: MainWindow, preferences: Preferences) -> None:
    """Apply a change made in the dialog now, and save it."""
    previous = window.preferences
    window.preferences = preferences
    save_preferences(window.settings, preferences)
    if preferences.theme != previous.theme:
        _apply_theme(window, preferences.theme)
    _apply_date_style(window, preferences)
    if preferences.default_lanes != previous.default_lanes and preferences.default_lanes != "last":
        window.set_lane_mode(preferences.default_lanes)
    ImportDialog.workers = import_workers(preferences)  # this import dialog and any later one


def _apply_theme(window: MainWindow, theme: str) -> None:
    apply_theme(theme)
    # A style sheet colour does not follow the palette by itself.
    colour = warning_text(window.palette()).name()
    window.detail_pane.error_label.setStyleSheet(f"color: {colour};")


def _apply_date_style(window: MainWindow, preferences: Preferences) -> None:
    if set_date_style(preferences.date_style):
        window.table_model.invalidate_rows()
        window.selection.refresh_detail()


def show_preferences(window: MainWindow) -> PreferencesDialog:
    """Open (or bring forward) Edit ▸ Preferences."""
    dialog = window.findChild(PreferencesDialog)
    if dialog is None:
        dialog = PreferencesDialog(window.preferences, window)
        dialog.preferencesChanged.connect(lambda chosen: apply_preferences(window, chosen))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


__all__ = ["apply_preferences", "import_workers", "show_preferences", "start_preferences"]
