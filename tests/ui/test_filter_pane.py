"""The filter pane on its own: what a person ticks, types and picks becomes
one ``EventFilter``, announced once per change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from timeline_app.core.filters import EventFilter
from timeline_app.ui.filter_pane import NAME_ROLE, FilterPane


@pytest.fixture
def pane(qtbot, hand_store):
    pane = FilterPane()
    qtbot.addWidget(pane)
    pane.resize(300, 800)
    pane.show()
    qtbot.waitExposed(pane)
    pane.refresh(hand_store)
    return pane


@pytest.fixture
def announced(pane) -> list[EventFilter]:
    filters: list[EventFilter] = []
    pane.filterChanged.connect(filters.append)
    return filters


def _row_of(entity_list, name: str):
    proxy = entity_list.proxy
    return next(proxy.index(r, 0) for r in range(proxy.rowCount())
                if proxy.index(r, 0).data(NAME_ROLE) == name)


def test_ticking_an_organisation_narrows_the_filter_to_it(pane, announced, hand_store, qtbot):
    nus = hand_store.find_organisation_ids("National Union of Students")[0]
    view = pane.organisations.view
    view.setCurrentIndex(_row_of(pane.organisations, "National Union of Students"))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert pane.organisations.checked_ids() == (nus,)
    assert announced[-1].organisation_ids == (nus,)
    assert announced[-1].describe() == "organisation: National Union of Students"


def test_the_lists_show_each_name_with_its_number_of_events(pane):
    texts = {pane.organisations.model.item(r).text()
             for r in range(pane.organisations.model.rowCount())}
    assert texts == {"National Union of Students  (2)",
                     "University of Sheffield Students' Union  (1)"}


def test_searching_the_organisation_list_keeps_what_was_ticked(pane, hand_store, qtbot):
    nus = hand_store.find_organisation_ids("National Union of Students")[0]
    pane.organisations.set_checked([nus])
    qtbot.keyClicks(pane.organisations.search, "Sheffield")
    assert pane.organisations.proxy.rowCount() == 1
    assert pane.organisations.checked_ids() == (nus,)


def test_choosing_a_year_range_narrows_the_filter_to_those_years(pane, announced):
    pane.year_from.setValue(2016)
    pane.year_to.setValue(2016)
    assert (announced[-1].year_from, announced[-1].year_to) == (2016, 2016)
    assert announced[-1].describe() == "2016–2016"


def test_a_from_year_after_the_to_year_moves_the_to_year_along(pane, announced):
    pane.year_to.setValue(2016)
    pane.year_from.setValue(2020)
    assert (announced[-1].year_from, announced[-1].year_to) == (2020, 2020)
    assert pane.year_to.value() == 2020


def test_the_year_boxes_start_at_any_and_span_the_database(pane):
    assert pane.year_from.text() == "any" and pane.year_to.text() == "any"
    assert pane.year_to.maximum() == 2022
    assert pane.histogram.counts == {2015: 1, 2016: 1, 2022: 1}


def test_ticking_kinds_narrows_to_those_kinds(pane, announced, qtbot):
    qtbot.mouseClick(pane.kind_boxes["letter"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pane.kind_boxes["walkout"], Qt.MouseButton.LeftButton)
    assert set(announced[-1].kinds) == {"letter", "walkout"}
    assert pane.kind_boxes["letter"].text() == "Letter (1)"


def test_typed_search_text_is_applied_after_a_pause(pane, announced, qtbot):
    with qtbot.waitSignal(pane.filterChanged, timeout=2000):
        qtbot.keyClicks(pane.search, "Gaza")
    assert [f.text for f in announced] == ["Gaza"]  # once, not once per letter


def test_return_in_the_search_box_applies_the_text_at_once(pane, announced, qtbot):
    qtbot.keyClicks(pane.search, "fees")
    qtbot.keyClick(pane.search, Qt.Key.Key_Return)
    assert announced and announced[-1].text == "fees"


def test_clear_filters_announces_the_empty_filter(pane, announced, qtbot):
    qtbot.mouseClick(pane.kind_boxes["letter"], Qt.MouseButton.LeftButton)
    pane.hide_undated.setChecked(True)
    qtbot.mouseClick(pane.clear_button, Qt.MouseButton.LeftButton)
    assert announced[-1] == EventFilter()
    assert not pane.kind_boxes["letter"].isChecked() and not pane.hide_undated.isChecked()


def test_setting_a_filter_shows_it_in_the_widgets_and_announces_it_once(pane, announced,
                                                                        hand_store):
    nus = hand_store.find_organisation_ids("National Union of Students")[0]
    wanted = EventFilter(organisation_ids=(nus,), year_from=2015, kinds=("walkout",),
                         hide_approximate=True, text="walk")
    pane.set_filter(wanted)
    assert announced == [wanted]
    assert pane.organisations.checked_ids() == (nus,)
    assert pane.kind_boxes["walkout"].isChecked() and pane.search.text() == "walk"


def test_show_only_an_organisation_replaces_the_ticked_ones(pane, announced, hand_store):
    nus = hand_store.find_organisation_ids("National Union of Students")[0]
    sheffield = hand_store.find_organisation_ids("University of Sheffield Students' Union")[0]
    pane.organisations.set_checked([sheffield])
    pane.show_only("organisation", nus)
    assert pane.organisations.checked_ids() == (nus,)
    assert announced[-1].organisation_ids == (nus,)


def test_a_narrow_list_shortens_a_long_name_but_keeps_its_count_in_sight(qtbot):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from timeline_app.ui.entity_list import EntityList

    entities = EntityList("organisation", "organisations")
    qtbot.addWidget(entities)
    name = "Federation of Student Islamic Societies in the United Kingdom and Ireland"
    entities.set_entities([{"id": 7, "name": name, "events": 12}])
    entities.resize(220, 300)
    entities.show()
    qtbot.waitExposed(entities)
    view = entities.view
    index = entities.proxy.index(0, 0)

    def shown() -> tuple[str, int, int]:
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        view.itemDelegate().initStyleOption(option, index)
        return option.text, option.fontMetrics.horizontalAdvance(option.text), option.rect.width()

    text, width, room = shown()
    assert text.startswith("Federation of") and "…" in text and text.endswith("  (12)")
    assert width < room
    # With room to spare the whole name shows.
    entities.resize(900, 300)
    qtbot.waitUntil(lambda: shown()[0] == f"{name}  (12)")
