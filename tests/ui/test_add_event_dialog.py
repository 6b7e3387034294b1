"""Edit ▸ Add Event…: the dialog closes only on something that can be saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from timeline_app.ui.add_event_dialog import AddEventDialog


@pytest.fixture
def dialog(qtbot):
    dialog = AddEventDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click_ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_a_typed_event_becomes_the_values_to_save(dialog, qtbot):
    qtbot.keyClicks(dialog.title_edit, "Library occupation")
    qtbot.keyClicks(dialog.date_edit, "March 2018")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("occupation"))
    qtbot.keyClicks(dialog.orgs_edit, "SOAS; ; UCU ")
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == {"title": "Library occupation", "kind": "occupation",
                               "start": "2018-03", "precision": "month",
                               "organisations": ["SOAS", "UCU"]}


def test_an_event_without_a_date_is_saved_as_undated(dialog, qtbot):
    qtbot.keyClicks(dialog.title_edit, "Rumoured walkout")
    assert dialog.values()["start"] is None
    assert dialog.values()["precision"] == "unknown"
    assert dialog.values()["kind"] == "other"


def test_an_event_without_a_title_is_refused_with_a_reason(dialog, qtbot):
    _click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "An event needs a title."


def test_a_date_that_cannot_be_read_is_refused_with_a_reason(dialog, qtbot):
    qtbot.keyClicks(dialog.title_edit, "Walkout")
    qtbot.keyClicks(dialog.date_edit, "the week after next")
    _click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "2017-02-20" in dialog.error.text()  # the message shows a date that works
