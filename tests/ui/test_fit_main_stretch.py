"""Fit frames where the events are: one background date ("founded in 1922")
no longer squeezes a decade of events into the last tenth of the width; the
status line says what was left out, and Home again shows everything."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from timeline_app.core.partial_dates import date_to_days
from timeline_app.core.store import Store
from tests.ui.conftest import add_hand_document


def day(iso: str) -> float:
    return date_to_days(date.fromisoformat(iso))


YEARS = range(2014, 2024)
TEXT = ("The union was founded in 1922. " + " ".join(
    f"Students walked out on 3 March {year}." for year in YEARS))


@pytest.fixture
def background_store(tmp_path) -> Store:
    """Ten walkouts, one a year 2014-2023, and one founding date in 1922."""
    store = Store.open(tmp_path / "background.db")
    events = [(f"Walkout {year}", "walkout", f"{year}-03-03", "day",
               f"walked out on 3 March {year}", ()) for year in YEARS]
    events.append(("Union founded", "campaign", "1922", "year", "founded in 1922", ()))
    add_hand_document(store, TEXT, "Walkouts", "2024-01-10", events)
    yield store
    store.close()


def _shown_share(canvas) -> float:
    """How much of the canvas's width the ten walkouts span."""
    return (canvas.x_of(day("2023-03-03")) - canvas.x_of(day("2014-03-03"))) / canvas.width()


def test_a_background_date_does_not_stretch_the_first_view_over_a_century(
        background_store, make_window, qtbot):
    window = make_window(background_store)
    canvas = window.canvas
    start, end = canvas.visible_range()
    assert day("2000-01-01") < start < day("2014-03-03") and end > day("2023-03-04")
    assert _shown_share(canvas) > 0.7  # was about 0.09: ten years of a century
    message = window.statusBar().currentMessage()
    assert "Fitted to 2014–2023" in message
    assert "1 earlier event lies outside" in message and "Home (Fit) again" in message


def test_home_again_shows_every_dated_event_and_once_more_the_main_stretch(
        background_store, make_window, qtbot):
    window = make_window(background_store)
    canvas = window.canvas
    main = canvas.visible_range()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    start, end = canvas.visible_range()
    assert start < day("1922-01-01") and end > day("2023-03-04")
    assert window.statusBar().currentMessage().startswith("Showing every dated event")
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.visible_range() == main
    # The Fit button alternates the same way.
    window.view.fit_button.click()
    assert canvas.visible_range()[0] < day("1922-01-01")
    window.view.fit_button.click()
    assert canvas.visible_range() == main


def test_after_a_zoom_fit_frames_the_main_stretch_again(background_store, make_window, qtbot):
    window = make_window(background_store)
    canvas = window.canvas
    main = canvas.visible_range()
    canvas.set_visible_range(day("2016-01-01"), day("2017-01-01"))
    window.fit_action.trigger()
    assert canvas.visible_range() == main


def test_evenly_spread_events_are_all_fitted_and_nothing_is_said(hand_store, make_window):
    window = make_window(hand_store)  # 2015, 2016, 2022: too few to leave any out
    start, end = window.canvas.visible_range()
    assert start < day("2015-11-17") and end > day("2022-06-30")
    assert not window.statusBar().currentMessage().startswith(("Fitted to", "Showing every"))


def test_the_bundled_seeds_are_all_in_the_first_view(seeded_store, make_window):
    """A few events (2015-2017, then 2022): the later one is news, not background."""
    window = make_window(seeded_store)
    start, end = window.canvas.visible_range()
    first, last = window.canvas.data().extent()
    assert start <= first and last <= end


def test_a_reload_keeps_the_everything_fit_the_person_chose(
        background_store, make_window, qtbot):
    """Home twice shows every dated event; an edit, filter change or import
    refresh reloads the data and used to jump back to the main stretch."""
    window = make_window(background_store)
    canvas = window.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    everything = canvas.visible_range()
    assert everything[0] < day("1922-01-01")
    window.reload_events(keep_view=True)
    assert canvas.visible_range() == everything
    canvas.set_data(canvas.data())  # a refit (keep_view False) keeps the choice too
    assert canvas.visible_range() == everything
    # Home again still alternates back to the main stretch.
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.visible_range()[0] > day("2000-01-01")


def test_a_plain_reload_does_not_say_the_fit_note_again(background_store, make_window, qtbot):
    window = make_window(background_store)
    canvas = window.canvas
    notes: list[str] = []
    canvas.fitNoteChanged.connect(notes.append)
    window.statusBar().showMessage("Importing the bundled example documents…")
    window.reload_events(keep_view=True)
    canvas.set_data(canvas.data())
    assert notes == []
    assert window.statusBar().currentMessage() == "Importing the bundled example documents…"
    # A fit the person asks for says it again.
    window.fit_action.trigger()
    assert notes and window.statusBar().currentMessage().startswith("Showing every dated event")
