"""The main window driven through its real widgets: filters, search, the
event list, selection, editing with undo, settings and drag-and-drop."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl, qVersion
from PySide6.QtGui import QContextMenuEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)

from timeline_app.core.filters import WINDOW_DEFAULT
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store
from timeline_app.ui.filter_pane import ID_ROLE, NAME_ROLE
from timeline_app.ui.main_window import MainWindow, about_text


def _check(entity_list, name: str) -> None:
    """Tick a name in an organisation/people list, as a click on its box does."""
    for row in range(entity_list.model.rowCount()):
        item = entity_list.model.item(row)
        if item.data(NAME_ROLE) == name:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{name} is not in the list")


def _when_shown(find, act, tries: int = 200) -> None:
    """Run ``act(widget)`` once ``find()`` returns the modal widget (a menu's
    or dialog's own event loop is running then, so this must be a timer)."""
    widget = find()
    if widget is not None:
        act(widget)
    elif tries:
        QTimer.singleShot(10, lambda: _when_shown(find, act, tries - 1))


def _input_dialog():
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, QInputDialog) and widget.isVisible() else None


def _choose_from_context_menu(qtbot, entity_list, name: str, entry: str, in_dialog) -> None:
    """Right-click ``name`` in the list, click the menu entry starting with
    ``entry``, then let ``in_dialog`` work the dialog that opens."""
    view = entity_list.view
    index = next(entity_list.proxy.index(r, 0) for r in range(entity_list.proxy.rowCount())
                 if entity_list.proxy.index(r, 0).data(NAME_ROLE) == name)
    view.scrollTo(index)

    def click_entry(menu) -> None:
        action = next(a for a in menu.actions() if a.text().startswith(entry))
        _when_shown(_input_dialog, in_dialog)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                         pos=menu.actionGeometry(action).center())

    _when_shown(QApplication.activePopupWidget, click_entry)
    # The right click as the platform delivers it: the press, then the
    # context-menu event at the same place (QTest sends only the first).
    at = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=at)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, at, view.viewport().mapToGlobal(at)))


def _confirmation():
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, QMessageBox) and widget.isVisible() else None


def _button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def _shown(window: MainWindow) -> list[int]:
    model = window.table_model
    return [model.event_id(r) for r in range(model.rowCount())]


def _canvas_ids(window: MainWindow) -> set[int]:
    data = window.canvas.data()
    return {int(i) for i in data.ids} | {int(i) for i in data.undated_ids}


def test_filtering_by_national_union_of_students_shows_exactly_the_events_naming_it(
        seeded_store, make_window):
    expected = {e["id"] for e in seeded_store.events()
                if "National Union of Students" in e["organisations"]}
    assert expected, "the seeds name the NUS"
    window = make_window(seeded_store)
    _check(window.filter_pane.organisations, "National Union of Students")
    assert set(_shown(window)) == expected
    assert _canvas_ids(window) == expected
    total = seeded_store.event_count()
    assert window.count_label.text() == (  # the seeds' three background facts are hidden
        f"{len(expected)} of {total} events shown · 1 filter · 3 background facts hidden")


def test_year_range_2016_shows_only_the_we_are_international_campaign(hand_store, make_window):
    window = make_window(hand_store)
    window.filter_pane.year_from.setValue(2016)
    window.filter_pane.year_to.setValue(2016)
    titles = [window.table_model.data(window.table_model.index(r, 1))
              for r in range(window.table_model.rowCount())]
    assert titles == ["#WeAreInternational campaign"]


def test_year_range_2016_in_the_seeds_shows_only_the_we_are_international_document(
        seeded_store, make_window):
    window = make_window(seeded_store)
    window.filter_pane.year_from.setValue(2016)
    window.filter_pane.year_to.setValue(2016)
    shown = seeded_store.events(ids=_shown(window))
    assert shown, "something happened in 2016"
    documents = {seeded_store.documents([e["document_id"]])[0]["title"] for e in shown}
    assert all("#WeAreInternational" in title for title in documents)
    assert any(e["kind"] == "campaign" for e in shown)


def test_a_search_for_a_phrase_from_the_open_letter_selects_it(seeded_store, make_window, qtbot):
    window = make_window(seeded_store)
    phrase = "take meaningful action on Gaza"
    with qtbot.waitSignal(window.filter_pane.filterChanged, timeout=2000):
        qtbot.keyClicks(window.filter_pane.search, f'"{phrase}"')
    selected = window.canvas.selected_ids()
    assert len(selected) == 1
    event = seeded_store.events(ids=selected)[0]
    text = seeded_store.db.execute("SELECT text FROM documents WHERE id = ?",
                                   [event["document_id"]]).fetchone()[0]
    assert phrase in text and "open letter" in text
    assert window.table.selected_event_ids() == selected
    assert phrase in window.detail_pane.text_view.toPlainText()


def test_typing_fts_syntax_in_the_search_box_never_raises(seeded_store, make_window, qtbot):
    window = make_window(seeded_store)
    for text in ['"unbalanced', "NEAR(", "a AND OR *", "((()", "'; DROP TABLE events;--", "*"]:
        window.filter_pane.search.setText(text)
        window.filter_pane.flush_search()
        assert "events shown" in window.count_label.text()
    assert seeded_store.event_count() > 0


def test_clear_filters_shows_every_event_again(hand_store, make_window):
    window = make_window(hand_store)
    window.filter_pane.kind_boxes["letter"].setChecked(True)
    assert len(_shown(window)) == 1
    window.clear_filters_action.trigger()
    assert len(_shown(window)) == hand_store.event_count()
    assert window.count_label.text() == "3 of 3 events shown"


def test_selecting_in_the_list_selects_on_the_canvas_and_back(hand_store, make_window):
    window = make_window(hand_store)
    window.table.selectRow(1)
    second = window.table_model.event_id(1)
    assert window.canvas.selected_ids() == [second]
    assert window.detail_pane.event_id == second
    first = window.table_model.event_id(0)
    window.canvas.select_ids([first])
    assert window.table.selected_event_ids() == [first]
    assert window.detail_pane.event_id == first


def test_clicking_an_organisation_in_the_detail_pane_filters_by_it(hand_store, make_window):
    window = make_window(hand_store)
    letter = next(e["id"] for e in hand_store.events() if e["kind"] == "letter")
    window.select_events([letter])
    org_id = hand_store.find_organisation_ids("National Union of Students")[0]
    window.detail_pane.org_links.linkActivated.emit(f"organisation:{org_id}")
    assert window.filter_pane.organisations.checked_ids() == (org_id,)
    assert set(_shown(window)) == {e["id"] for e in hand_store.events()
                                   if "National Union of Students" in e["organisations"]}


def test_an_edit_survives_closing_reopening_and_reimporting(tmp_path, make_window, qtbot,
                                                            seeds_dir):
    db = tmp_path / "edits.db"
    store = Store.open(db)
    import_paths(store, [seeds_dir])
    window = make_window(store)
    event_id = window.table_model.event_id(0)
    window.select_events([event_id])
    title_edit = window.detail_pane.title_edit
    title_edit.selectAll()
    qtbot.keyClicks(title_edit, "Walkout, as I would title it")
    qtbot.keyClick(title_edit, Qt.Key.Key_Return)
    window.close()
    with Store.open(db) as reopened:
        summary = import_paths(reopened, [seeds_dir])
        assert summary.count("imported") == 0
        row = reopened.events(ids=[event_id])[0]
        assert row["title"] == "Walkout, as I would title it"
        assert row["user_edited"] == 1 and "title" in row["edited_fields"]


def test_undo_restores_the_previous_value(hand_store, make_window, qtbot):
    window = make_window(hand_store)
    event_id = window.table_model.event_id(0)
    window.select_events([event_id])
    before = hand_store.events(ids=[event_id])[0]["title"]
    window.detail_pane.kind_box.setCurrentIndex(window.detail_pane.kind_box.findData("strike"))
    window.detail_pane.kind_box.activated.emit(window.detail_pane.kind_box.currentIndex())
    assert hand_store.events(ids=[event_id])[0]["kind"] == "strike"
    window.edit_event(event_id, {"title": "Something else"})
    window.undo_action.trigger()
    assert hand_store.events(ids=[event_id])[0]["title"] == before
    assert window.detail_pane.title_edit.text() == before
    window.undo_action.trigger()
    row = hand_store.events(ids=[event_id])[0]
    assert row["kind"] == "walkout" and row["user_edited"] == 0
    window.redo_action.trigger()
    assert hand_store.events(ids=[event_id])[0]["kind"] == "strike"


def test_a_refused_edit_explains_itself_and_changes_nothing(hand_store, make_window, qtbot):
    window = make_window(hand_store)
    event_id = window.table_model.event_id(0)
    window.select_events([event_id])
    start = window.detail_pane.start_edit
    start.selectAll()
    qtbot.keyClicks(start, "the week after next")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert window.detail_pane.error_label.isVisibleTo(window.detail_pane)
    assert "2017-02-20" in window.detail_pane.error_label.text()
    assert hand_store.events(ids=[event_id])[0]["start"] == "2015-11-17"
    assert window.undo_stack.count() == 0


def test_deleting_an_event_hides_it_everywhere_until_undone(hand_store, make_window):
    window = make_window(hand_store)
    event_id = window.table_model.event_id(0)
    window.select_events([event_id])
    window.delete_action.trigger()
    assert event_id not in _shown(window) and event_id not in _canvas_ids(window)
    assert window.count_label.text() == "2 of 2 events shown"
    window.undo_action.trigger()
    assert event_id in _shown(window)
    assert window.count_label.text() == "3 of 3 events shown"


def test_an_event_added_by_hand_appears_and_is_selected(hand_store, make_window):
    window = make_window(hand_store)
    new_id = window.add_event(title="Library occupation", kind="occupation", start="2018-03",
                              precision="month", organisations=["SOAS"])
    assert new_id in _shown(window)
    assert window.canvas.selected_ids() == [new_id]
    assert "Added by hand" in window.detail_pane.document_title.text()
    assert "SOAS" in window.filter_pane.organisations.labels().values()


def test_merging_organisations_from_the_filter_pane_is_undoable(hand_store, make_window, qtbot):
    window = make_window(hand_store)
    window.add_event(title="NUS UK event", start="2019", organisations=["NUS UK"])
    keep = hand_store.find_organisation_ids("National Union of Students")[0]
    merged = hand_store.find_organisation_ids("NUS UK")[0]
    _check(window.filter_pane.organisations, "NUS UK")

    def merge_into_nus(dialog) -> None:
        choices = dialog.findChild(QComboBox)
        qtbot.keyClicks(choices, "National")
        assert choices.currentText() == "National Union of Students"
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        _when_shown(_confirmation, lambda box: qtbot.mouseClick(
            _button(box, "&Merge"), Qt.MouseButton.LeftButton))
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    _choose_from_context_menu(qtbot, window.filter_pane.organisations, "NUS UK",
                              "Merge into", merge_into_nus)
    assert window.filter_pane.organisations.checked_ids() == (keep,)
    names = window.filter_pane.organisations.labels()
    assert merged not in names and names[keep] == "National Union of Students"
    assert len(_shown(window)) == 3  # the two NUS events and the merged one
    assert hand_store.aliases()["nus uk"] == "National Union of Students"
    window.undo_action.trigger()
    assert "NUS UK" in window.filter_pane.organisations.labels().values()
    assert "nus uk" not in hand_store.aliases()


def test_renaming_an_organisation_updates_the_list_and_keeps_an_alias(hand_store, make_window,
                                                                     qtbot):
    window = make_window(hand_store)
    org = hand_store.find_organisation_ids("National Union of Students")[0]

    def type_new_name(dialog) -> None:
        name_box = dialog.findChild(QLineEdit)
        qtbot.keyClick(name_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(name_box, "NUS (UK)")
        qtbot.keyClick(name_box, Qt.Key.Key_Return)

    _choose_from_context_menu(qtbot, window.filter_pane.organisations,
                              "National Union of Students", "Rename", type_new_name)
    assert window.filter_pane.organisations.labels()[org] == "NUS (UK)"
    assert "NUS (UK)" in window.table_model.data(window.table_model.index(0, 3))
    assert hand_store.aliases()["national union of students"] == "NUS (UK)"


def test_window_restores_layout_database_and_filters_from_settings(
        tmp_path, hand_store, make_window, settings):
    window = make_window(hand_store)
    window.filter_pane.kind_boxes["campaign"].setChecked(True)
    window.detail_dock.hide()
    window.close()
    assert settings.value("database/last") == hand_store.path
    again = make_window(Store.open(hand_store.path))
    assert again.filter_pane.kind_boxes["campaign"].isChecked()
    assert [again.table_model.data(again.table_model.index(0, 1))] == [
        "#WeAreInternational campaign"]
    assert again.detail_dock.isHidden()


def test_the_window_title_names_the_database(hand_store, make_window):
    window = make_window(hand_store)
    assert window.windowTitle().startswith("hand.db")


def test_opening_a_file_that_is_not_a_database_keeps_the_current_one(
        tmp_path, hand_store, make_window):
    window = make_window(hand_store)
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database at all")
    assert window.open_database(bogus) is False
    assert "not a Timeline database" in window.statusBar().currentMessage()
    assert window.store is hand_store and window.table_model.rowCount() == 3


def test_opening_another_database_shows_its_events(tmp_path, hand_store, make_window,
                                                  seeds_dir):
    window = make_window(hand_store)
    other = tmp_path / "other.db"
    with Store.open(other) as store:
        import_paths(store, [seeds_dir])
        count = len(store.matching_event_ids(WINDOW_DEFAULT))  # background facts hidden
    assert window.open_database(other)
    assert window.table_model.rowCount() == count
    assert window.windowTitle().startswith("other.db")
    window.undo_action.trigger()  # nothing to undo from the other database
    with pytest.raises(sqlite3.ProgrammingError):
        hand_store.event_count()  # the window closed the database it left


def test_first_start_imports_the_bundled_seeds(tmp_path, make_window):
    window = make_window(Store.open(tmp_path / "first.db"))
    assert window.table_model.rowCount() == 0
    window.import_seeds_in_background()
    assert window.store.document_count() == 4
    total = window.store.event_count()
    shown = len(window.store.matching_event_ids(WINDOW_DEFAULT))  # background facts hidden
    assert total > 0 and window.count_label.text() == (
        f"{shown} of {total} events shown · {total - shown} background facts hidden")


def test_dropping_a_folder_on_the_window_imports_it(tmp_path, hand_store, make_window):
    window = make_window(hand_store)
    folder = tmp_path / "dropped"
    folder.mkdir()
    (folder / "walkout.txt").write_text(
        "Sheffield students walk out\n\n12 March 2019\n\nStudents at Sheffield walked out "
        "of lectures on 12 March 2019 to protest against fees.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert window.import_dialog is not None and window.import_dialog.isVisible()
    assert hand_store.document_count() == 4
    assert window.table_model.rowCount() == hand_store.event_count() > 3


def test_lane_actions_switch_the_canvas_grouping(hand_store, make_window):
    window = make_window(hand_store)
    window.lanes_by_org_action.trigger()
    assert window.canvas.lane_mode() == "organisation"
    window.view.set_lane_mode("kind")
    assert window.lanes_by_kind_action.isChecked()


def test_about_names_the_versions_a_bug_report_needs():
    text = about_text()
    assert qVersion() in text and sqlite3.sqlite_version in text and "Python" in text


def test_export_writes_what_the_filter_shows(tmp_path, hand_store, make_window):
    import json

    from timeline_app.ui.export_dialog import ExportDialog

    window = make_window(hand_store)
    window.filter_pane.kind_boxes["letter"].setChecked(True)
    dialog = ExportDialog(hand_store, window.event_filter, window.canvas, 1, window,
                          str(tmp_path))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("json"))
    dialog.path_edit.setText(str(tmp_path / "letters.json"))
    dialog.export_button.click()
    written = json.loads((tmp_path / "letters.json").read_text(encoding="utf-8"))
    assert "Open letter to the NUS" in json.dumps(written)
    assert "#WeAreInternational campaign" not in json.dumps(written)


def test_find_focuses_the_search_box(hand_store, make_window, qtbot):
    window = make_window(hand_store)
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(lambda: window.filter_pane.search.hasFocus(), timeout=1000)
    assert ID_ROLE  # the list roles are public for scripts and tests


def test_masked_columns_match_what_the_store_returns_for_each_filter(seeded_store):
    from timeline_app.core.event_columns import EventColumns
    from timeline_app.core.filters import EventFilter

    nus = tuple(seeded_store.find_organisation_ids("National Union of Students"))
    columns = EventColumns.load(seeded_store)
    for event_filter in (EventFilter(), EventFilter(organisation_ids=nus),
                         EventFilter(year_from=2016, year_to=2017), EventFilter(text="Gaza"),
                         EventFilter(kinds=("walkout", "letter"), hide_undated=True)):
        assert columns.select(seeded_store, event_filter).lists == \
            seeded_store.timeline_columns(event_filter)


def test_sorting_the_list_by_title_keeps_selection_in_step(hand_store, make_window):
    window = make_window(hand_store)
    window.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    titles = [window.table_model.data(window.table_model.index(r, 1))
              for r in range(window.table_model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    window.table.selectRow(0)
    assert window.canvas.selected_ids() == [window.table_model.event_id(0)]
    assert window.detail_pane.title_edit.text() == titles[0]


def _merge_dialog_choice(qtbot, window, name: str, confirm) -> str:
    """Open "Merge into…" for ``name``, press OK unchanged, let ``confirm``
    answer the confirmation (if one comes); returns the name first offered."""
    offered = []

    def press_ok(dialog) -> None:
        offered.append(dialog.findChild(QComboBox).currentText())
        _when_shown(_confirmation, confirm)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    _choose_from_context_menu(qtbot, window.filter_pane.organisations, name, "Merge into",
                              press_ok)
    qtbot.waitUntil(lambda: bool(offered))
    return offered[0]


def test_the_merge_dialog_offers_the_most_similar_name_and_enter_does_not_merge(
        hand_store, make_window, qtbot):
    window = make_window(hand_store)
    window.add_event(title="NUS UK event", start="2019", organisations=["NUS UK"])
    asked = []

    def press_enter(box) -> None:
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default button is Cancel

    offered = _merge_dialog_choice(qtbot, window, "NUS UK", press_enter)
    assert offered == "National Union of Students"  # not the alphabetically first name
    qtbot.waitUntil(lambda: bool(asked))
    assert "Merge “NUS UK” into “National Union of Students”?" in asked[0]
    assert "NUS UK" in window.filter_pane.organisations.labels().values()
    assert window.undo_stack.count() == 1  # only the added event


def test_with_no_similar_name_the_merge_dialog_preselects_nothing(hand_store, make_window,
                                                                  qtbot):
    window = make_window(hand_store)
    window.add_event(title="Zine fair", start="2019", organisations=["Zebra Press Collective"])
    asked = []
    offered = _merge_dialog_choice(qtbot, window, "Zebra Press Collective", asked.append)
    assert offered == "(choose a name)"
    QApplication.processEvents()
    assert not asked  # OK on no name asks nothing and merges nothing
    assert "Zebra Press Collective" in window.filter_pane.organisations.labels().values()
    assert window.undo_stack.count() == 1  # only the added event
