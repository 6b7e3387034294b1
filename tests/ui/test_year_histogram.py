"""The Years filter's histogram: labelled years that thin out when narrow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from timeline_app.ui.filter_pane import FilterPane
from timeline_app.ui.year_histogram import YearHistogram


def _pane(qtbot, store, width: int) -> FilterPane:
    pane = FilterPane()
    qtbot.addWidget(pane)
    pane.resize(width, 800)
    pane.show()
    qtbot.waitExposed(pane)
    pane.refresh(store)
    return pane


def _label_ink(histogram) -> int:
    """How many pixels of the label strip (below the bars) are drawn in text colour."""
    image = histogram.grab().toImage()
    ink = histogram.palette().color(histogram.foregroundRole()).lightness()
    base = histogram.palette().color(histogram.backgroundRole()).lightness()
    strip_top = histogram.height() - histogram.fontMetrics().height()
    return sum(1 for y in range(strip_top, image.height()) for x in range(image.width())
               if abs(image.pixelColor(x, y).lightness() - ink)
               < abs(image.pixelColor(x, y).lightness() - base))


def test_a_wide_histogram_labels_every_year_it_spans(qtbot, hand_store):
    pane = _pane(qtbot, hand_store, 520)
    histogram = pane.histogram
    assert histogram.labelled_years() == list(range(2015, 2023))
    assert _label_ink(histogram) > 0


def test_a_narrow_histogram_labels_round_years_only(qtbot):
    histogram = YearHistogram()
    qtbot.addWidget(histogram)
    histogram.set_counts({2015: 1, 2016: 3, 2022: 2})
    histogram.resize(520, histogram.sizeHint().height())
    histogram.show()
    qtbot.waitExposed(histogram)
    assert len(histogram.labelled_years()) == 8
    histogram.resize(120, histogram.height())
    qtbot.waitUntil(lambda: histogram.width() == 120)
    labelled = histogram.labelled_years()
    assert labelled and len(labelled) < 8
    assert all(year % 5 == 0 for year in labelled)
    assert _label_ink(histogram) > 0


def test_clicking_a_labelled_bar_still_chooses_its_year(qtbot, hand_store):
    pane = _pane(qtbot, hand_store, 520)
    histogram = pane.histogram
    chosen = []
    pane.filterChanged.connect(chosen.append)
    x = int(histogram.width() / 8 * 1.5)  # the second bar: 2016
    qtbot.mouseClick(histogram, Qt.MouseButton.LeftButton, pos=QPoint(x, histogram.height() // 2))
    assert (chosen[-1].year_from, chosen[-1].year_to) == (2016, 2016)


def test_the_overview_strip_labels_years_and_thins_them_when_narrow(qtbot, hand_store):
    from timeline_app.core.event_columns import EventColumns
    from timeline_app.core.filters import EventFilter
    from timeline_app.core.timeline_data import TimelineData
    from timeline_app.ui.overview import OverviewStrip

    strip = OverviewStrip()
    qtbot.addWidget(strip)
    columns = EventColumns.load(hand_store).select(hand_store, EventFilter()).lists
    strip.set_data(TimelineData.from_columns(**columns))
    strip.resize(1200, 56)
    strip.show()
    qtbot.waitExposed(strip)
    wide = strip.tick_labels()
    assert [label for label, _ in wide] and all(label.isdigit() for label, _ in wide)
    strip.resize(260, 56)
    qtbot.waitUntil(lambda: strip.width() == 260)
    narrow = strip.tick_labels()
    assert 0 < len(narrow) < len(wide)
    width = strip.fontMetrics().horizontalAdvance("8888")
    lefts = [left for _, left in narrow]
    assert all(b - a >= width for a, b in zip(lefts, lefts[1:]))  # never overlapping
    assert all(0 <= left <= 260 - width + 1 for left in lefts)


def test_a_wide_overview_strip_still_labels_years_not_months(qtbot, hand_store):
    """At 1920x1080 the strip read "Jan Jul Jan Jul …": months with no year, so
    the overview of where everything lies named no year at all."""
    from timeline_app.core.event_columns import EventColumns
    from timeline_app.core.filters import EventFilter
    from timeline_app.core.timeline_data import TimelineData
    from timeline_app.ui.overview import OverviewStrip

    strip = OverviewStrip()
    qtbot.addWidget(strip)
    columns = EventColumns.load(hand_store).select(hand_store, EventFilter()).lists
    strip.set_data(TimelineData.from_columns(**columns))
    strip.show()
    for width in (1500, 1900, 2500):
        strip.resize(width, 56)
        qtbot.waitUntil(lambda: strip.width() == width)
        labels = [label for label, _ in strip.tick_labels()]
        assert labels and all(label.isdigit() for label in labels), (width, labels)
