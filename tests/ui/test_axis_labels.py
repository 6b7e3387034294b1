"""The time axis and the overview strip never show half a label: a year
or decade label that would run past the right edge is left out (at
1024x640 both ended in "202"), as one running into its neighbour already is."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF, QPainter

from timeline_app.ui.overview import OverviewStrip

from test_canvas import day, small_data


def test_no_axis_label_is_cut_off_at_the_right_edge_as_the_view_pans(shown_canvas, monkeypatch):
    canvas = shown_canvas
    canvas.set_data(small_data())
    canvas.set_visible_range(day("2010-01-01"), day("2016-06-01"))
    axis_bottom = 2 * canvas._text.axis_row_height
    drawn: list[tuple[float, float, str]] = []
    original = QPainter.drawText

    def recording(painter, *args):
        if len(args) == 2 and isinstance(args[0], QPointF) and isinstance(args[1], str):
            point, label = args
            if point.y() <= axis_bottom:
                right = point.x() + QFontMetricsF(painter.font()).horizontalAdvance(label)
                drawn.append((point.x(), right, label))
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    width = canvas.width()
    for _step in range(80):  # a label crosses the right edge somewhere on the way
        drawn.clear()
        canvas.render_to_image(width, canvas.height())
        assert drawn, "the axis drew no labels"
        cut = [(label, round(right - width, 1)) for _left, right, label in drawn if right > width]
        assert not cut, f"labels running past the right edge (label, pixels past): {cut}"
        canvas.pan_by_pixels(-9)


def test_no_overview_label_is_cut_off_at_the_right_edge_at_any_width(qtbot):
    strip = OverviewStrip()
    qtbot.addWidget(strip)
    strip.set_data(small_data())
    strip.show()
    metrics = QFontMetricsF(strip.font())
    for width in range(300, 1000, 7):  # the labels move as the strip widens
        strip.resize(width, strip.height())
        labels = strip.tick_labels()
        assert labels, f"no labels at {width}px"
        cut = [label for label, left in labels
               if left + metrics.horizontalAdvance(label) > strip.width()]
        assert not cut, f"at {width}px the strip cuts off {cut}"
