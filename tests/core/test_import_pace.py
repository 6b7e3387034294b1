"""The import's pace in words: documents per second and the time left."""

from __future__ import annotations

from timeline_app.core.import_pace import ImportPace


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_pace_waits_for_a_few_documents_then_gives_rate_and_time_left():
    clock = _Clock()
    pace = ImportPace(clock)
    assert pace.describe(1, 1000) == ""
    clock.now += 10.0
    assert pace.describe(250, 1000) == "25 docs/s, about 30 s left"
    clock.now += 190.0
    assert pace.describe(1000, 7000) == "5.0 docs/s, about 20 min left"


def test_at_the_end_only_the_rate_is_shown():
    clock = _Clock()
    pace = ImportPace(clock)
    clock.now += 2.0
    assert pace.describe(40, 40) == "20 docs/s"
