"""The filters on the left: organisations, people, years, kinds, precision
and full-text search. The pane emits one ``EventFilter`` whenever the
narrowing changes; the window hands it to the canvas, the list and the
status bar together.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.filters import EventFilter
from timeline_app.core.store import Store
from timeline_app.ui.entity_list import COUNT_ROLE, ID_ROLE, NAME_ROLE, EntityList
from timeline_app.ui.kind_grid import KindGrid
from timeline_app.ui.year_histogram import YearHistogram
from timeline_app.ui.source_list import min_sources_box

SEARCH_DELAY_MS = 200


class FilterPane(QWidget):
    """All the filters; emits ``filterChanged(EventFilter)`` once per change."""

    filterChanged = Signal(object)
    renameRequested = Signal(str, int, str)  # entity ("organisation"/"person"), id, new name
    mergeRequested = Signal(str, int, int)  # entity, keep id, merged id
    profileRequested = Signal(str, int)  # entity, id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPane")
        self._store: Store | None = None
        self._last = EventFilter()
        self._quiet = False

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText("Search the documents…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Full-text search")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.emit_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.flush_search)

        self.organisations = EntityList("organisation", "organisations", self)
        self.people = EntityList("person", "people", self)
        for entity, widget in (("organisation", self.organisations), ("person", self.people)):
            widget.changed.connect(self.emit_filter)
            widget.renameRequested.connect(
                lambda i, n, e=entity: self.renameRequested.emit(e, i, n))
            widget.mergeRequested.connect(
                lambda k, m, e=entity: self.mergeRequested.emit(e, k, m))
            widget.profileRequested.connect(
                lambda i, e=entity: self.profileRequested.emit(e, i))

        self.year_from = self._year_box("From year (“any”: no lower limit)")
        self.year_to = self._year_box("To year (“any”: no upper limit)")
        self.histogram = YearHistogram(self)
        self.histogram.yearClicked.connect(self._choose_year)

        kinds_box = KindGrid("Kinds (none ticked: all)", self)
        self.kind_boxes: dict[str, QCheckBox] = kinds_box.boxes
        for box in self.kind_boxes.values():
            box.toggled.connect(self.emit_filter)

        self.hide_undated = QCheckBox("Hide undated events", self)
        self.hide_approximate = QCheckBox("Hide approximate dates", self)
        self.organisers_only = QCheckBox("Only events they organised", self)
        self.organisers_only.setToolTip("Ticked: “organised by” the chosen organisations;"
                                        " unticked: any event naming them")
        self.show_context = QCheckBox("Show context events", self)
        self.show_context.setChecked(True)  # the window starts from WINDOW_DEFAULT: unticked
        self.show_context.setToolTip("Background facts such as a referendum or a government"
                                     " order, which are not actions of the movement")
        for box in (self.hide_undated, self.hide_approximate, self.organisers_only,
                    self.show_context):
            box.toggled.connect(self.emit_filter)
        self.min_sources = min_sources_box(self)
        self.min_sources.valueChanged.connect(lambda _value: self.emit_filter())

        self.clear_button = QPushButton("Clear filters", self)
        self.clear_button.clicked.connect(self.clear)
        self._lay_out(self._build_years_box(), kinds_box)

    def _build_years_box(self) -> QGroupBox:
        years_box = QGroupBox("Years", self)
        years_layout = QVBoxLayout(years_box)
        years_layout.setContentsMargins(6, 4, 6, 4)
        row = QHBoxLayout()
        row.addWidget(self.year_from, 1)
        row.addWidget(QLabel("to", years_box))
        row.addWidget(self.year_to, 1)
        years_layout.addLayout(row)
        years_layout.addWidget(self.histogram)
        years_layout.addWidget(self.hide_undated)
        years_layout.addWidget(self.hide_approximate)
        years_layout.addWidget(self.min_sources)
        return years_box

    def _lay_out(self, years_box: QGroupBox, kinds_box: QGroupBox) -> None:
        """Everything in one scrolling column."""
        org_box = QGroupBox("Organisations (any of)", self)
        QVBoxLayout(org_box).addWidget(self.organisations)
        org_box.layout().addWidget(self.organisers_only)
        org_box.layout().setContentsMargins(6, 4, 6, 4)
        people_box = QGroupBox("People (any of)", self)
        QVBoxLayout(people_box).addWidget(self.people)
        people_box.layout().setContentsMargins(6, 4, 6, 4)

        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(org_box, 3)
        layout.addWidget(people_box, 2)
        layout.addWidget(years_box)
        layout.addWidget(kinds_box)
        layout.addWidget(self.show_context)
        layout.addWidget(self.clear_button)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Never narrower than the column's content beside its scroll bar: whatever
        # does not fit would be cut off with no way to scroll to it.
        scroll.setMinimumWidth(inner.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _year_box(self, tip: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setSpecialValueText("any")
        box.setRange(1999, 2030)
        box.setValue(box.minimum())
        box.setToolTip(tip)
        box.setAccessibleName(tip)
        box.valueChanged.connect(self._years_changed)
        return box

    # ------------------------------------------------------------- content
    def refresh(self, store: Store | None) -> None:
        """Reload lists, counts and the year range from ``store`` (after
        opening a database, an import or an edit that changed names)."""
        self._store = store
        orgs = store.organisations() if store else []
        people = store.people() if store else []
        years: dict[int, int] = {}
        kinds: dict[str, int] = {}
        if store is not None:
            years = store.event_counts_by_year()
            kinds = store.event_counts_by_kind()
        self._quiet = True
        try:
            self.organisations.set_entities(orgs)
            self.people.set_entities(people)
            self.histogram.set_counts(years)
            current = (self._year_value(self.year_from), self._year_value(self.year_to))
            lo = min(years) if years else 2000
            hi = max(years) if years else 2030
            for box in (self.year_from, self.year_to):
                box.blockSignals(True)
                box.setRange(lo - 1, hi)
                box.blockSignals(False)
            self._set_years(*current)
            for kind, box in self.kind_boxes.items():
                count = kinds.get(kind, 0)
                box.setText(f"{kind.capitalize()} ({count})")
                box.setToolTip(f"{count:,} {kind} event{'' if count == 1 else 's'} in all, "
                               "dated and undated (a lane by kind says how many of them "
                               "are undated, on the shelf below the lanes)")
        finally:
            self._quiet = False
        self.emit_filter()

    def current_filter(self) -> EventFilter:
        labels = {f"org:{i}": n for i, n in self.organisations.labels().items()}
        labels.update({f"person:{i}": n for i, n in self.people.labels().items()})
        return EventFilter(
            organisation_ids=self.organisations.checked_ids(),
            person_ids=self.people.checked_ids(),
            year_from=self._year_value(self.year_from),
            year_to=self._year_value(self.year_to),
            kinds=tuple(k for k, box in self.kind_boxes.items() if box.isChecked()),
            hide_undated=self.hide_undated.isChecked(),
            hide_approximate=self.hide_approximate.isChecked(),
            text=self.search.text(),
            organisers_only=self.organisers_only.isChecked(),
            show_context=self.show_context.isChecked(),
            min_sources=self.min_sources.value() if self.min_sources.value() > 1 else 0,
            labels=labels,
        )

    def set_filter(self, event_filter: EventFilter) -> None:
        """Show ``event_filter`` in the widgets and emit it (once)."""
        self._quiet = True
        try:
            self.organisations.set_checked(event_filter.organisation_ids)
            self.people.set_checked(event_filter.person_ids)
            self._set_years(event_filter.year_from, event_filter.year_to)
            for kind, box in self.kind_boxes.items():
                box.setChecked(kind in event_filter.kinds)
            self.hide_undated.setChecked(event_filter.hide_undated)
            self.hide_approximate.setChecked(event_filter.hide_approximate)
            self.organisers_only.setChecked(event_filter.organisers_only)
            self.show_context.setChecked(event_filter.show_context)
            self.min_sources.setValue(max(1, event_filter.min_sources))
            self.search.setText(event_filter.text)
            self._search_timer.stop()
        finally:
            self._quiet = False
        self.emit_filter()

    def clear(self) -> None:
        """Every filter off; whether context events show is a view choice, kept."""
        self.set_filter(EventFilter(show_context=self.show_context.isChecked()))

    def show_only(self, entity: str, record_id: int) -> None:
        """Filter by one organisation or person alone (a link in the detail pane)."""
        current = self.current_filter()
        if entity == "organisation":
            self.set_filter(current.with_changes(organisation_ids=(record_id,)))
        else:
            self.set_filter(current.with_changes(person_ids=(record_id,)))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def flush_search(self) -> None:
        """Apply typed search text now instead of after the pause."""
        self._search_timer.stop()
        self.emit_filter()

    def emit_filter(self) -> None:
        if self._quiet:
            return
        self._search_timer.stop()
        event_filter = self.current_filter()
        self.histogram.set_range(event_filter.year_from, event_filter.year_to)
        if event_filter != self._last:
            self._last = event_filter
            self.filterChanged.emit(event_filter)

    # --------------------------------------------------------------- years
    @staticmethod
    def _year_value(box: QSpinBox) -> int | None:
        return None if box.value() == box.minimum() else box.value()

    def _set_years(self, lo: int | None, hi: int | None) -> None:
        for box, value in ((self.year_from, lo), (self.year_to, hi)):
            box.blockSignals(True)
            if value is not None and value < box.minimum() + 1:
                value = box.minimum() + 1  # earlier than any event: the first year
            box.setValue(box.minimum() if value is None else min(value, box.maximum()))
            box.blockSignals(False)
        self.histogram.set_range(self._year_value(self.year_from), self._year_value(self.year_to))

    def _years_changed(self) -> None:
        lo, hi = self._year_value(self.year_from), self._year_value(self.year_to)
        if lo is not None and hi is not None and lo > hi:
            # Keep the range sensible: move the other end with the one being changed.
            if self.sender() is self.year_from:
                self._set_years(lo, lo)
            else:
                self._set_years(hi, hi)
        self.emit_filter()

    def _choose_year(self, year: int) -> None:
        self._set_years(year, year)
        self.emit_filter()


__all__ = ["FilterPane", "EntityList", "YearHistogram", "COUNT_ROLE", "ID_ROLE", "NAME_ROLE"]
