"""Soak: 2,000 random zoom, pan, filter, select and search actions on 10,000
events in the main window, with no exception and memory that stops growing.

Filters and searches go through the filter pane (``set_filter``, which emits
``filterChanged`` as a person's clicks do), so each one runs the window's
whole reload: matching ids, the canvas, the event list and the detail pane.
"""

from __future__ import annotations

import gc
import random
import tracemalloc

from PySide6.QtCore import QSettings

from timeline_app.core.filters import EventFilter
from timeline_app.core.store import Store
from timeline_app.ui.main_window import MainWindow

from event_archive import build_event_archive

ACTIONS = 2000
WARM_UP = 200
SEARCHES = ["solidarity", "rent", "pensions picket", "\"climate library\"", "walk*", "AND OR",
            "(", "union 12", "\u201cquoted\u201d", ""]


def test_two_thousand_random_actions_raise_nothing_and_memory_levels_off(qtbot, tmp_path):
    db = build_event_archive(tmp_path / "events.db", 10_000, seed=4)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Store.open(db), settings=settings)
    qtbot.addWidget(window)
    window.show()
    canvas = window.canvas
    rng = random.Random(7)
    org_ids = [row["id"] for row in window.store.organisations()[:30]]
    filters = [EventFilter(), EventFilter(hide_undated=True),
               EventFilter(hide_undated=True, hide_approximate=True)]
    filters += [EventFilter(organisation_ids=(org,)) for org in org_ids]
    filters += [EventFilter(year_from=y, year_to=y + 1) for y in range(1990, 2026)]
    filters += [EventFilter(kinds=(k,)) for k in ("walkout", "strike", "letter", "vote")]
    assert len(window.columns["ids"]) == 10_000

    def act(step: int) -> None:
        choice = rng.randrange(7)
        width = max(canvas.width(), 1)
        if choice == 0:
            canvas.zoom_by(rng.choice([0.5, 0.8, 1.25, 2.0, 4.0]), rng.uniform(0, width))
        elif choice == 1:
            canvas.pan_by_pixels(rng.uniform(-width, width))
        elif choice == 2:
            window.filter_pane.set_filter(rng.choice(filters))
        elif choice == 3:
            window.filter_pane.set_filter(EventFilter(text=rng.choice(SEARCHES)))
        elif choice == 4:
            shown = window.columns["ids"].tolist()
            wanted = rng.sample(shown, min(len(shown), rng.randint(1, 3)))
            window.select_events(wanted)
            assert set(window.selected_ids()) <= set(wanted)
        elif choice == 5:
            canvas.set_lane_mode(rng.choice(["kind", "organisation"]))
        else:
            canvas.fit_all() if rng.random() < 0.3 else canvas.zoom_in()
        if step % 10 == 0:
            canvas.render_to_image(600, 300)  # a real paint through the same code

    for step in range(WARM_UP):  # caches, fonts and sprites settle
        act(step)
    gc.collect()
    tracemalloc.start()
    try:
        half = WARM_UP + (ACTIONS - WARM_UP) // 2
        for step in range(WARM_UP, half):
            act(step)
        gc.collect()
        middle, _ = tracemalloc.get_traced_memory()
        for step in range(half, ACTIONS):
            act(step)
        gc.collect()
        end, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The second half may hold a different filter's columns than the first,
    # but nothing may grow with the number of actions.
    assert end - middle < 8 * 1024 * 1024, f"grew {(end - middle) / 1e6:.1f} MB in 900 actions"
    start, finish = canvas.visible_range()
    assert finish > start
