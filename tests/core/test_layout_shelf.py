"""The undated shelf's chips and paging, laid out without a widget."""

from __future__ import annotations

import pytest

from timeline_app.core.layout import (
    Metrics, TextMeasures, ViewLayout, ViewSizes, chip_at, is_page_click, layout_shelf,
)
from timeline_app.core.timeline_data import TimelineData

WIDTH, HEIGHT, SHELF_HEIGHT = 600.0, 400.0, 28.0


def measure(text: str) -> float:
    """Seven pixels a character, as a plain stand-in for a font."""
    return 7.0 * len(text)


def shelf(count: int, first: int = 0, label_px: float = 80.0):
    return layout_shelf(undated_count=count, first_index=first, width=WIDTH, height=HEIGHT,
                        shelf_height=SHELF_HEIGHT, marker_radius=5.0, measure=measure,
                        label_width=lambda _k: label_px)


def centre_of(chip) -> tuple[float, float]:
    return chip.rect.left + chip.rect.width / 2, chip.rect.centre_y


def test_chips_sit_in_a_row_on_the_strip_at_the_bottom_without_overlapping():
    page = shelf(3)
    assert [chip.undated_index for chip in page.chips] == [0, 1, 2]
    for chip in page.chips:
        assert page.top <= chip.rect.top and chip.rect.bottom <= HEIGHT
    for left, right in zip(page.chips, page.chips[1:]):
        assert left.rect.right < right.rect.left


def test_chips_that_do_not_fit_wait_on_the_next_page_and_the_note_counts_them():
    page = shelf(20)
    shown = len(page.chips)
    assert 0 < shown < 20
    assert page.next_index == shown
    assert page.page_note == f"+{20 - shown} more"
    assert all(chip.rect.right <= WIDTH for chip in page.chips)


def test_clicking_a_chip_on_the_second_page_picks_that_undated_event():
    first_page = shelf(20)
    second_page = shelf(20, first=first_page.next_page_first())
    chip = second_page.chips[1]
    assert chip.undated_index == first_page.next_index + 1
    assert chip_at(second_page, *centre_of(chip)) == chip.undated_index


def test_the_last_page_offers_a_way_back_to_the_first():
    page = shelf(20)
    while page.remaining > 0:
        page = shelf(20, first=page.next_page_first())
    assert page.page_note == "back to first"
    assert page.next_page_first() == 0


def test_a_click_on_the_note_turns_the_page_but_a_click_beside_the_title_does_not():
    page = shelf(20)
    note_y = page.top + SHELF_HEIGHT / 2
    assert is_page_click(page, WIDTH - 20, note_y)
    assert not is_page_click(page, 10, note_y)
    assert chip_at(page, 10, note_y) is None  # the title is no event


def test_a_click_above_the_shelf_hits_no_chip():
    page = shelf(3)
    x, _y = centre_of(page.chips[0])
    assert chip_at(page, x, page.top - 1) is None
    assert not page.covers(page.top - 1)


def test_selecting_an_undated_event_off_the_page_turns_to_its_page():
    page = shelf(20)
    assert page.first_showing(1) == 0  # already on screen: stay
    later = page.next_index + 3
    assert page.first_showing(later) == later


def test_without_undated_events_there_is_no_shelf_to_click():
    page = shelf(0)
    assert page.chips == () and page.page_note is None
    assert not page.covers(HEIGHT - 1)


@pytest.mark.parametrize("label_px", [20.0, 300.0])
def test_only_the_chips_that_may_fit_are_measured(label_px):
    measured: list[int] = []

    def label_width(k: int) -> float:
        measured.append(k)
        return label_px

    page = layout_shelf(undated_count=100_000, first_index=0, width=WIDTH, height=HEIGHT,
                        shelf_height=SHELF_HEIGHT, marker_radius=5.0, measure=measure,
                        label_width=label_width)
    assert len(measured) <= len(page.chips) + 1


def test_the_view_picks_the_undated_event_under_a_chip_on_its_current_page():
    ids = list(range(1, 21))
    data = TimelineData.from_columns(ids, [f"Petition {i}" for i in ids], ["petition"] * 20,
                                     [None] * 20, [None] * 20, ["unknown"] * 20, [None] * 20)
    view = ViewLayout(TextMeasures(label_widths=lambda idx: idx * 0.0 + 60.0,
                                   chip_label_width=lambda _k: 80.0, measure=measure),
                      ViewSizes(Metrics(), axis_height=36.0, shelf_height=SHELF_HEIGHT), 0.0)
    view.set_data(data)
    view.shelf_first = view.shelf(WIDTH, HEIGHT).next_page_first()
    chip = view.shelf(WIDTH, HEIGHT).chips[0]
    assert view.event_id_at(*centre_of(chip), WIDTH, HEIGHT) == \
        int(data.undated_ids[chip.undated_index])
