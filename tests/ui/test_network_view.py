"""The Network pane in the window: View ▸ Network, a click on a node filters
the timeline, filters redraw the network, the cast table, pictures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from network_archive import NUS, PLANET, UCU, UNISON, build_network_archive

from timeline_app.core.store import Store


@pytest.fixture
def network_store(tmp_path):
    store = Store.open(tmp_path / "network.db")
    ids = build_network_archive(store)
    try:
        yield store, ids
    finally:
        store.close()


def _open_network(window, qtbot):
    # Shortcuts reach only the active window; offscreen, activation must be asked for.
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.network_pane.canvas.network.node_count > 0)
    return window.network_pane


def _timeline_ids(window) -> set[int]:
    data = window.canvas.data()
    return {int(i) for i in data.ids} | {int(i) for i in data.undated_ids}


def test_ctrl_shift_g_shows_the_network_of_what_the_timeline_shows(network_store, make_window,
                                                                     qtbot):
    store, _ids = network_store
    window = make_window(store)
    assert window.network_dock.isHidden()
    pane = _open_network(window, qtbot)
    assert window.network_action.isChecked()
    assert set(pane.canvas.network.names) == {NUS, UCU, UNISON, PLANET, "Unite"}
    assert pane.status.text().startswith("5 organisations, 4 connections")


def test_clicking_a_node_filters_the_timeline_to_that_organisation(network_store, make_window,
                                                                    qtbot):
    store, ids = network_store
    window = make_window(store)
    pane = _open_network(window, qtbot)
    canvas = pane.canvas
    node = canvas.network.index_of("organisation", ids[UNISON])
    at = canvas.node_position(node).toPoint()
    with qtbot.waitSignal(pane.profile_requested) as profile:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at)
    assert profile.args == ["organisation", ids[UNISON]]
    assert window.event_filter.organisation_ids == (ids[UNISON],)
    assert window.filter_pane.organisations.checked_ids() == (ids[UNISON],)
    march = [e["id"] for e in store.events() if UNISON in e["organisations"]]
    assert _timeline_ids(window) == set(march)
    # The network follows: Unison and its partners, Unison still marked.
    assert set(canvas.network.names) == {NUS, UCU, UNISON}
    assert canvas.selected_key() == ("organisation", ids[UNISON])
    # ... and its profile opens.
    assert window.profiles.view.isVisible()
    assert window.profiles.view.windowTitle().startswith(UNISON)


def test_clicking_empty_space_filters_nothing(network_store, make_window, qtbot):
    store, _ids = network_store
    window = make_window(store)
    canvas = _open_network(window, qtbot).canvas
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert window.event_filter.organisation_ids == ()


def test_a_year_filter_redraws_the_network(network_store, make_window, qtbot):
    store, _ids = network_store
    window = make_window(store)
    pane = _open_network(window, qtbot)
    window.filter_pane.set_filter(window.event_filter.with_changes(year_from=2018,
                                                                    year_to=2018))
    assert set(pane.canvas.network.names) == {NUS, UCU, PLANET}


def test_dragging_pans_without_choosing_a_node(network_store, make_window, qtbot):
    store, ids = network_store
    window = make_window(store)
    canvas = _open_network(window, qtbot).canvas
    node = canvas.network.index_of("organisation", ids[NUS])
    start = canvas.node_position(node)
    at = start.toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseMove(canvas, at + QPoint(40, 25))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at + QPoint(40, 25))
    moved = canvas.node_position(node)
    assert (moved.x() - start.x(), moved.y() - start.y()) == pytest.approx((40, 25), abs=1)
    assert window.event_filter.organisation_ids == ()


def test_the_wheel_zooms_around_the_pointer(network_store, make_window, qtbot):
    store, ids = network_store
    window = make_window(store)
    canvas = _open_network(window, qtbot).canvas
    node = canvas.network.index_of("organisation", ids[NUS])
    before = canvas.node_position(node)
    other = canvas.node_position(canvas.network.index_of("organisation", ids[PLANET]))
    canvas.zoom_by(2.0, before)
    assert canvas.node_position(node) == before
    assert canvas.node_position(canvas.network.index_of("organisation", ids[PLANET])) != other


def test_the_cast_tab_lists_new_actors_per_year(network_store, make_window, qtbot):
    store, _ids = network_store
    window = make_window(store)
    pane = _open_network(window, qtbot)
    pane.tabs.setCurrentWidget(pane.cast_table)
    model = pane.cast_table.cast_model
    rows = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 4)]
            for r in range(model.rowCount())}
    assert rows == {"2016": ["2", "2", f"{NUS}; {UCU}"], "2017": ["3", "1", UNISON],
                    "2018": ["3", "1", PLANET]}


def test_a_hidden_pane_does_no_work_until_shown(network_store, make_window, qtbot):
    store, _ids = network_store
    window = make_window(store)
    assert window.network_pane.canvas.network.node_count == 0
    _open_network(window, qtbot)


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<svg")])
def test_the_network_saves_as_a_picture(network_store, make_window, qtbot, tmp_path,
                                        suffix, magic):
    store, _ids = network_store
    window = make_window(store)
    pane = _open_network(window, qtbot)
    path = tmp_path / f"network{suffix}"
    assert pane.save_image(path)
    data = path.read_bytes()
    assert magic in data[:400]
    if suffix == ".svg":
        assert NUS.encode() in data


def test_renaming_an_organisation_renames_its_node(network_store, make_window, qtbot):
    store, ids = network_store
    window = make_window(store)
    pane = _open_network(window, qtbot)
    assert window.rename_entity("organisation", ids[UNISON], "UNISON the public service union")
    assert "UNISON the public service union" in pane.canvas.network.names

