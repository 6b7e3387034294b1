"""The timeline as the main window embeds it: controls, canvas, overview.

A thin composite that wires the canvas and the overview strip both ways and
offers zoom/fit buttons, the lane grouping toggle and the kind legend.
The main window talks to ``.canvas`` (selection, data) and may hide
``.controls`` if it has its own toolbar.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from timeline_app.core.models import KINDS
from timeline_app.core.timeline_data import TimelineData
from timeline_app.ui.canvas import TimelineCanvas
from timeline_app.ui.kind_style import KindLegend
from timeline_app.ui.organisation_legend import OrganisationLegend
from timeline_app.ui.overview import OverviewStrip


class TimelineView(QWidget):
    """Canvas above its overview strip, kept in step with each other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = TimelineCanvas(self)
        self.overview = OverviewStrip(self)
        self.legend = KindLegend(self)
        self.organisation_legend = OrganisationLegend(self)

        self.controls = QWidget(self)
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(4, 2, 4, 2)
        self.zoom_out_button = self._button("−", "Zoom out (-)", self.canvas.zoom_out)
        self.zoom_in_button = self._button("+", "Zoom in (+)", self.canvas.zoom_in)
        self.fit_button = self._button(
            "Fit", "Fit where the events are (Home); press again to show every dated event",
            lambda: self.canvas.fit_all())
        self.lane_choice = QComboBox(self.controls)
        self.lane_choice.addItem("Lanes by kind", "kind")
        self.lane_choice.addItem("Lanes by organisation", "organisation")
        self.lane_choice.setAccessibleName("Group lanes by")
        self.lane_choice.currentIndexChanged.connect(
            lambda _i: self.canvas.set_lane_mode(self.lane_choice.currentData()))
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.lane_choice):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.legend, 1)
        row.addWidget(self.organisation_legend)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.controls)
        column.addWidget(self.canvas, 1)
        column.addWidget(self.overview)

        self.canvas.visibleRangeChanged.connect(self.overview.set_visible_range)
        self.overview.rangeRequested.connect(self.canvas.set_visible_range)
        self.overview.set_visible_range(*self.canvas.visible_range())
        self.setFocusProxy(self.canvas)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self.controls)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.clicked.connect(slot)
        return button

    def set_data(self, data: TimelineData, keep_view: bool = False,
                 refit_when_sparse: bool = False) -> bool:
        """Hand new (filtered) data to the overview and the canvas; whether
        the canvas refitted its view (see ``TimelineCanvas.set_data``)."""
        self.overview.set_data(data)
        refitted = self.canvas.set_data(data, keep_view=keep_view,
                                        refit_when_sparse=refit_when_sparse)
        self.legend.set_kinds(tuple(data.present_kinds()) or KINDS)
        return refitted

    def set_coloured_organisations(self, names: list[str]) -> None:
        """Ring these organisations' events in a colour each, named in the legend."""
        self.canvas.set_coloured_organisations(names)
        self.organisation_legend.set_names(self.canvas.coloured_organisations())

    def set_lane_mode(self, mode: str) -> None:
        index = self.lane_choice.findData(mode)
        if index < 0:
            raise ValueError(f"lane mode must be 'kind' or 'organisation', not {mode!r}")
        self.lane_choice.setCurrentIndex(index)
