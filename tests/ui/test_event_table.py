"""The event list under the timeline: the columns and tooltips a person
reads, sorting by any column, and rows far down a long list that show the
right dates once scrolled to."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication

from timeline_app.core.filters import EventFilter
from timeline_app.core.partial_dates import describe
from timeline_app.ui.event_table import COLUMNS, DATE, KIND, ORGANISATIONS, SOURCE, TITLE, EventTableModel
from timeline_app.ui.plain_text import tooltip

from conftest import add_hand_document

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def shown(model: EventTableModel, column: int, role: int = DISPLAY) -> list[str]:
    return [model.data(model.index(row, column), role) for row in range(model.rowCount())]


@pytest.fixture
def model(qapp, hand_store):
    table = EventTableModel(hand_store)
    table.set_columns(hand_store.timeline_columns(EventFilter()), EventFilter())
    return table


def test_the_header_names_the_five_columns_in_order(model):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Date", "Title", "Kind", "Organisations", "Source"] == list(COLUMNS)


def test_each_row_shows_the_date_as_written_title_kind_organisations_and_source(model):
    assert model.rowCount() == 3
    assert shown(model, DATE) == ["17 November 2015", "September 2016", "June 2022"]
    assert shown(model, TITLE) == ["Students walk out in solidarity with migrants",
                                   "#WeAreInternational campaign", "Open letter to the NUS"]
    assert shown(model, KIND) == ["walkout", "campaign", "letter"]
    assert shown(model, ORGANISATIONS) == ["National Union of Students",
                                           "University of Sheffield Students' Union",
                                           "National Union of Students"]
    assert shown(model, SOURCE) == ["NUS press — Students walk out", "We Are International",
                                    "The Canary — Open letter"]


def test_the_tooltip_repeats_the_cell_so_a_cut_off_title_can_be_read_whole(model):
    for column in range(len(COLUMNS)):
        # The tooltip is escaped rich text (document text is never read as
        # HTML); what a person reads in it is the cell's text.
        read = [QTextDocumentFragment.fromHtml(tip).toPlainText()
                for tip in shown(model, column, TOOLTIP)]
        assert read == shown(model, column)


def test_sorting_by_title_is_alphabetical_without_regard_to_case_and_reverses(model):
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert shown(model, TITLE) == ["#WeAreInternational campaign", "Open letter to the NUS",
                                   "Students walk out in solidarity with migrants"]
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert shown(model, TITLE)[0] == "Students walk out in solidarity with migrants"


def test_sorting_by_kind_and_by_source_groups_what_belongs_together(model):
    model.sort(KIND, Qt.SortOrder.AscendingOrder)
    assert shown(model, KIND) == ["campaign", "letter", "walkout"]
    model.sort(SOURCE, Qt.SortOrder.AscendingOrder)
    assert shown(model, DATE) == ["June 2022", "17 November 2015", "September 2016"]  # by document title


def test_sorting_by_date_descending_puts_the_latest_first(model):
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    assert shown(model, DATE) == ["June 2022", "September 2016", "17 November 2015"]


def test_rows_follow_their_event_through_a_sort(model):
    walkout = model.event_id(0)
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    row = model.row_of(walkout)
    assert row == 2
    assert model.event_id(row) == walkout
    assert model.row_of(123456) is None


def test_a_new_filter_keeps_the_chosen_sort(model, hand_store):
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    only_nus = EventFilter(kinds=("walkout", "letter"))
    model.set_columns(hand_store.timeline_columns(only_nus), only_nus)
    assert shown(model, TITLE) == ["Students walk out in solidarity with migrants", "Open letter to the NUS"]


def test_an_empty_model_has_no_rows_and_no_store_needed(qapp):
    model = EventTableModel()
    assert (model.rowCount(), model.columnCount()) == (0, len(COLUMNS))


def test_rows_far_down_a_long_list_show_their_own_dates_and_sources(qapp, fresh_store):
    first = date(2001, 1, 1)
    count = 700  # several of the blocks the model fetches at a time
    days = [first + timedelta(days=i) for i in range(count)]
    text = "\n".join(f"Item {i} happened." for i in range(count))
    add_hand_document(fresh_store, text, "Daily log", "2003-01-01", [
        (f"Event {i}", "protest", d.isoformat(), "day", f"Item {i} happened.", ()) for i, d in enumerate(days)
    ], source="Archive")
    model = EventTableModel(fresh_store)
    model.set_columns(fresh_store.timeline_columns(EventFilter()), EventFilter())
    assert model.rowCount() == count
    for row in (count - 1, 0, 300, 511, 512, 650):  # out of order, across block edges
        assert model.data(model.index(row, DATE)) == describe(days[row].isoformat(), "day")
        assert model.data(model.index(row, TITLE)) == f"Event {row}"
        assert model.data(model.index(row, SOURCE)) == "Archive — Daily log"


def test_a_row_is_found_for_each_shown_event_in_any_sort_order(qtbot, hand_store):
    model = EventTableModel(hand_store)
    model.set_columns(hand_store.timeline_columns(EventFilter()), EventFilter())
    for column in (0, 1, 4):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        ids = [model.event_id(row) for row in range(model.rowCount())]
        assert [model.row_of(event_id) for event_id in ids] == list(range(len(ids)))
    assert model.row_of(10**9) is None


def test_a_narrow_list_keeps_the_title_readable_by_narrowing_the_other_columns(qtbot, model):
    """At 1024 pixels with the event pane open the list is about 500 wide:
    the Title column was squeezed to three letters ("NUS …") while the
    Organisations and Source columns kept their full widths."""
    from timeline_app.ui.event_table import EventTableView

    view = EventTableView(model)
    qtbot.addWidget(view)
    view.resize(500, 200)
    view.show()
    qtbot.waitExposed(view)
    x = view.fontMetrics().horizontalAdvance("x")
    width = view.viewport().width()
    assert view.columnWidth(TITLE) >= 0.38 * width
    assert view.columnWidth(TITLE) >= 20 * x  # "Students walk out in …" shows its first words
    for column in (DATE, KIND, ORGANISATIONS, SOURCE):
        assert view.columnWidth(column) >= 5 * x
    # Wide again: every column has its full width back.
    view.resize(1400, 200)
    qtbot.waitUntil(lambda: view.columnWidth(ORGANISATIONS) == 19 * x)
    assert view.columnWidth(SOURCE) == 16 * x
    assert view.columnWidth(DATE) > view.fontMetrics().horizontalAdvance("about 28 September 2016")


def test_a_column_the_person_widens_keeps_that_width_when_there_is_room(qtbot, model):
    from timeline_app.ui.event_table import EventTableView

    view = EventTableView(model)
    qtbot.addWidget(view)
    view.resize(1400, 200)
    view.show()
    qtbot.waitExposed(view)
    view.horizontalHeader().resizeSection(SOURCE, 300)
    view.resize(1500, 200)
    qtbot.waitUntil(lambda: view.width() == 1500)
    assert view.columnWidth(SOURCE) == 300


def test_tab_leaves_the_event_list_without_changing_the_selected_event(
        hand_store, make_window, qtbot):
    window = make_window(hand_store)
    table = window.table
    first = int(window.table_model.event_id(0))
    window.select_events([first])
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    for _ in range(6):  # more than the five columns: it used to reach the next row
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if not table.hasFocus():
            break
    assert not table.hasFocus()
    assert window.selected_ids() == [first]


@pytest.mark.parametrize("sorted_by", [DATE, ORGANISATIONS])
def test_a_narrow_list_still_shows_each_column_header_whole(qtbot, model, sorted_by):
    """At 1024x640 the Organisations header was clipped at both ends to
    "rganisation" while its column held a few letters of each name."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyle

    from timeline_app.ui.event_table import EventTableView

    view = EventTableView(model)
    qtbot.addWidget(view)
    view.resize(490, 200)
    view.show()
    qtbot.waitExposed(view)
    view.sortByColumn(sorted_by, Qt.SortOrder.AscendingOrder)
    header = view.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for column in (DATE, KIND, ORGANISATIONS, SOURCE):
        need = QFontMetrics(bold).horizontalAdvance(COLUMNS[column]) + 2 * margin
        if column == sorted_by:
            need += arrow
        assert view.columnWidth(column) >= need, f"the {COLUMNS[column]!r} header is cut"
    assert view.columnWidth(TITLE) >= 0.38 * view.viewport().width()


def test_shrunk_widths_hold_a_column_at_its_least_and_shrink_the_others_to_make_room():
    from timeline_app.ui.event_table import shrunk_widths

    assert shrunk_widths({1: 100, 2: 100}, {1: 10, 2: 10}, 400) == {1: 100, 2: 100}
    assert shrunk_widths({1: 100, 2: 100}, {1: 10, 2: 10}, 100) == {1: 50, 2: 50}
    assert shrunk_widths({1: 100, 2: 100}, {1: 80, 2: 10}, 100) == {1: 80, 2: 20}
    assert shrunk_widths({1: 100, 2: 100}, {1: 80, 2: 60}, 100) == {1: 80, 2: 60}


@pytest.mark.parametrize(("width", "longest"), [
    (755, ["28 September 2016"]),
    (1100, ["28 September 2016", "about 28 September 2016", "17 November 2015, 10:30"])])
def test_a_date_shows_whole_in_the_list_of_a_small_window(qtbot, model, width, longest):
    """At 1024x640 (a 755-pixel list beside the event pane) and at 1360 the Date
    column read "17 November 201…" for "17 November 2015, 10:30": the year,
    what a reader scans the list for, was cut off. A day's date shows whole in
    the narrow list; with a time or an "about" too in a wider one."""
    from PySide6.QtWidgets import QStyle

    from timeline_app.ui.event_table import EventTableView

    view = EventTableView(model)
    qtbot.addWidget(view)
    view.resize(width, 200)
    view.show()
    qtbot.waitExposed(view)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for text in shown(model, DATE) + longest:
        assert view.columnWidth(DATE) >= view.fontMetrics().horizontalAdvance(text) + 2 * margin, text
    assert view.columnWidth(TITLE) >= 0.38 * view.viewport().width()


def test_a_date_too_long_for_a_narrow_list_shows_shorter_with_its_year(qtbot, model):
    """At 1024x640 with the event pane open the list is 500 pixels wide and the
    Date column read "17 Novemb…", "20 February…": no year. A date that does
    not fit is shown in its short form ("17 Nov 2015"); the tooltip keeps the whole."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from timeline_app.ui.event_table import EventTableView

    view = EventTableView(model)
    qtbot.addWidget(view)
    view.resize(500, 200)
    view.show()
    qtbot.waitExposed(view)
    delegate = view.itemDelegateForColumn(DATE)
    shown_texts = []
    for row in range(model.rowCount()):
        index = model.index(row, DATE)
        option = QStyleOptionViewItem()
        option.initFrom(view.viewport())
        option.rect = view.visualRect(index)
        delegate.initStyleOption(option, index)
        shown_texts.append(option.text)
        assert view.fontMetrics().horizontalAdvance(option.text) <= option.rect.width() - 4, option.text
    assert shown_texts[0] == "17 Nov 2015"
    assert view.columnWidth(DATE) >= view.fontMetrics().horizontalAdvance("~28 Sep 2016") + 4
    assert model.data(model.index(0, DATE), TOOLTIP) == tooltip("17 November 2015")


def test_the_short_date_names_its_qualifier_in_a_sign():
    from timeline_app.ui.date_display import short_date

    assert short_date("2016-09-22", "approximate") == "~22 Sep 2016"
    assert short_date("2022", "unknown") == "≥ 2022"
    assert short_date("2017-02", "month") == "Feb 2017"
