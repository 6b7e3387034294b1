"""The Network pane in the window: View ▸ Network, a click on a node filters
the timeline, filters redraw the network, the cast table, pictures, and its
worker's own connection beside the window's (the database stays whole)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

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


def _import_in_another_process(db: str, document: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2] / "src"))
    done = subprocess.run([sys.executable, "-m", "timeline_app", "import", str(document),
                           "--db", db], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr


def _health_seen_by_a_new_connection(path: str) -> tuple[str, int]:
    """quick_check's answer and how many documents a brand-new connection counts."""
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("PRAGMA quick_check").fetchone()[0],
                conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


def test_the_panes_worker_an_import_elsewhere_and_an_edit_leave_the_database_whole(
        network_store, make_window, qtbot, tmp_path):
    # The worker opens and closes its own connection to the window's file. Had
    # that touched the file with a plain descriptor, closing it would drop the
    # window's SQLite locks (they belong to the process); the import's process
    # would then remove the WAL index under the window, and after the edit no
    # new connection could read the file ("disk I/O error").
    store, _ids = network_store
    window = make_window(store)
    _open_network(window, qtbot)
    document = tmp_path / "walkout.txt"
    document.write_text("Students walked out of lectures on 3 March 2019 in Leeds.",
                        encoding="utf-8")
    _import_in_another_process(store.path, document)

    event_id = window.table_model.event_id(0)
    window.select_events([event_id])
    title_edit = window.detail_pane.title_edit
    title_edit.selectAll()
    qtbot.keyClicks(title_edit, "Typed after the import")
    qtbot.keyClick(title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.edits.pending.count() == 0, timeout=10_000)

    assert _health_seen_by_a_new_connection(store.path) == ("ok", 1)
    assert Path(f"{store.path}-shm").exists(), "the window's WAL index was removed"
    with Store.open(store.path, readonly=True) as fresh:
        assert fresh.events(ids=[event_id])[0]["title"] == "Typed after the import"
