"""File ▸ Open Recent: the databases used last, most recent first."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from timeline_app.ui.database_switching import MAX_RECENT, RecentDatabases


def test_the_last_database_used_comes_first_and_is_opened_next_time(settings):
    recent = RecentDatabases(settings)
    recent.remember("/a.db")
    recent.remember("/b.db")
    recent.remember("/a.db")
    assert recent.paths() == ["/a.db", "/b.db"]
    assert settings.value("database/last") == "/a.db"


def test_only_the_most_recent_few_are_kept(settings):
    recent = RecentDatabases(settings)
    for i in range(MAX_RECENT + 3):
        recent.remember(f"/{i}.db")
    assert len(recent.paths()) == MAX_RECENT
    assert recent.paths()[0] == f"/{MAX_RECENT + 2}.db"


def test_an_in_memory_database_is_never_remembered(settings):
    recent = RecentDatabases(settings)
    recent.remember(":memory:")
    assert recent.paths() == [] and settings.value("database/last") is None


def test_the_menu_greys_out_the_open_database_and_missing_files(settings, tmp_path, qtbot):
    there, gone, current = tmp_path / "there.db", tmp_path / "gone.db", tmp_path / "open.db"
    there.write_bytes(b"")
    current.write_bytes(b"")
    recent = RecentDatabases(settings)
    for path in (gone, current, there):
        recent.remember(str(path))
    menu = QMenu()
    opened: list[str] = []
    recent.fill_menu(menu, str(current), opened.append)
    enabled = {a.text(): a.isEnabled() for a in menu.actions()}
    assert enabled == {str(there): True, str(current): False, str(gone): False}
    menu.actions()[0].trigger()
    assert opened == [str(there)]


def test_an_empty_history_says_so(settings, qtbot):
    menu = QMenu()
    RecentDatabases(settings).fill_menu(menu, "/x.db", lambda _p: None)
    assert [a.text() for a in menu.actions()] == ["No recent databases"]
    assert not menu.actions()[0].isEnabled()
