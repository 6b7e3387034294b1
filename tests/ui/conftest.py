"""Fixtures for the window tests: seeded databases, settings that never touch
the user's own, and a main window whose background work runs synchronously."""

from __future__ import annotations

import os

# Before anything imports Qt: the window tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from timeline_app.core.importing import import_paths  # noqa: E402
from timeline_app.core.models import (  # noqa: E402
    ExtractedEvent,
    ExtractedOrganisation,
    Extraction,
    ReadDocument,
)
from timeline_app.core.store import Store  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def settings(tmp_path: Path):
    """A QSettings in the test's own folder (never the user's real settings)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def seeded_store(tmp_path: Path) -> Iterator[Store]:
    """The four bundled seed documents imported into a temporary database."""
    store = Store.open(tmp_path / "seeded.db")
    import_paths(store, [SEEDS])
    try:
        yield store
    finally:
        store.close()


def add_hand_document(store: Store, text: str, title: str, published: str,
                      events: list[tuple[str, str, str, str, str, tuple[str, ...]]],
                      source: str | None = None) -> int:
    """Store a document with events given as (title, kind, start, precision,
    evidence, organisations); evidence offsets are found in ``text``."""
    built = []
    orgs: set[str] = set()
    for i, (e_title, kind, start, precision, evidence, names) in enumerate(events):
        at = text.index(evidence)
        built.append(ExtractedEvent(e_title, kind, start, precision, evidence, at,
                                    at + len(evidence), main=i == 0, organisations=names))
        orgs.update(names)
    extraction = Extraction(published, "day", title=title, source=source, events=tuple(built),
                            organisations=tuple(ExtractedOrganisation(o) for o in sorted(orgs)))
    doc_id, _ = store.add_document(ReadDocument(text, "txt"), extraction,
                                   path=f"/archive/{title}.txt", content_hash=title)
    return doc_id


def write_fees_march_pages(folder: Path) -> tuple[Path, Path]:
    """A release and an article reporting the same march: importing both joins
    the article's report into the release's event (one event, two sources)."""
    release = folder / "release.txt"
    release.write_text("Fees march in London\n\nOn 10 November 2010 the National Union of "
                       "Students marched through London against tuition fees.\n",
                       encoding="utf-8")
    article = folder / "article.txt"
    article.write_text("Thousands join fees march\n\nIn November 2010 the National Union of "
                       "Students led a march through London against higher tuition fees.\n",
                       encoding="utf-8")
    return release, article


WALKOUT_TEXT = ("Students walk out in solidarity with migrants.\n"
                "The National Union of Students said students walked out on 17 November 2015.")
CAMPAIGN_TEXT = ("UK Higher Education Supports #WeAreInternational.\n"
                 "The #WeAreInternational campaign was launched in September 2016 by the "
                 "University of Sheffield Students' Union.")
LETTER_TEXT = ("In an open letter addressed to the National Union of Students, officers "
               "issued an ultimatum: take meaningful action on Gaza or face mass disaffiliation.")


@pytest.fixture
def hand_store(tmp_path: Path) -> Iterator[Store]:
    """Three documents with hand-made extractions: results that do not depend
    on the extractor (one walkout 2015, one campaign 2016, one letter 2022)."""
    store = Store.open(tmp_path / "hand.db")
    add_hand_document(store, WALKOUT_TEXT, "Students walk out", "2015-11-17", [
        ("Students walk out in solidarity with migrants", "walkout", "2015-11-17", "day",
         "students walked out on 17 November 2015", ("National Union of Students",)),
    ], source="NUS press")
    add_hand_document(store, CAMPAIGN_TEXT, "We Are International", "2016-09-22", [
        ("#WeAreInternational campaign", "campaign", "2016-09", "month",
         "The #WeAreInternational campaign was launched in September 2016",
         ("University of Sheffield Students' Union",)),
    ])
    add_hand_document(store, LETTER_TEXT, "Open letter", "2022-06-01", [
        ("Open letter to the NUS", "letter", "2022-06", "month",
         "take meaningful action on Gaza", ("National Union of Students",)),
    ], source="The Canary")
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def make_window(qtbot, settings) -> Callable:
    """Build a MainWindow over a store; background tasks run synchronously."""
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.tasks import TaskRunner

    def build(store: Store, window_settings=None):
        runner = TaskRunner(synchronous=True)
        window = MainWindow(store, settings=window_settings or settings, runner=runner)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return build


@pytest.fixture
def shown_canvas(qtbot):
    """An empty timeline canvas, 1000×500, shown on screen."""
    from timeline_app.ui.canvas import TimelineCanvas

    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
