"""Fit (Home): which stretch of time the timeline frames, and the note that says so.

A mixin of ``TimelineCanvas``, kept apart so the canvas stays one readable
class: the canvas provides ``_view``, ``_today``, ``_set_range`` and the
``fitNoteChanged`` signal.
"""

from __future__ import annotations

from timeline_app.core.layout import fit_range
from timeline_app.core.layout.main_stretch import main_stretch
from timeline_app.ui.canvas_tooltips import fit_note


class CanvasFit:
    """The last fit's range, whether it showed everything, and the person's choice."""

    def _init_fit(self) -> None:
        self._fitted: tuple[float, float] | None = None  # the range the last fit chose
        self._fitted_whole = True  # whether that fit showed every dated event
        # Which fit the person last chose (Home: main stretch, or everything),
        # kept when new data refits the view; and the last note said, so a
        # plain reload does not say it again over other status messages.
        self._fit_everything = False
        self._fit_note = ""

    def fit_all(self, everything: bool | None = None) -> None:
        """Fit (Home): the main stretch of the dated events, leaving out only a
        few far-off dates (core.layout.main_stretch), with a small margin and
        Today when near; again while it shows that, every dated event.
        ``everything`` True or False chooses instead of alternating. The
        choice is kept for refits when the data changes (set_data)."""
        if everything is None:
            everything = self.is_fitted() and not self._fitted_whole
        self._fit_everything = everything
        self._fit(everything, announce=True)

    def _fit(self, everything: bool, announce: bool) -> None:
        """Fit to every dated event or to the main stretch; emit the fit note
        when ``announce`` (a fit the person asked for) or when it changed."""
        data = self._view.data
        whole = fit_range(data.extent(), self._today)
        stretch = main_stretch(data)
        chosen, note = whole, ""
        if stretch is not None and not stretch.is_whole:
            if not everything:
                chosen = fit_range((stretch.first, stretch.last), self._today)
            note = fit_note(stretch, everything)
        self._set_range(*chosen, force_signal=True)
        self._fitted = (self._view.start, self._view.end)
        self._fitted_whole = chosen is whole
        if announce or note != self._fit_note:
            self._fit_note = note
            self.fitNoteChanged.emit(note)

    def is_fitted(self) -> bool:
        """Whether the view is as the last fit left it (no zoom or pan since)."""
        return self._fitted == (self._view.start, self._view.end)
