"""A kind's lane and its box in the filters count the same events: the lane
said "22 events" (dated only) while the filter said "Walkout (36)" (dated
and undated), with nothing to say why the two numbers differed."""

from __future__ import annotations

import re

from conftest import add_hand_document

TEXT = ("Staff walked out on 3 March 2019. Students walked out as well, "
        "and a further walkout was called for later in the term.")


def test_a_kind_lane_counts_its_undated_events_as_the_filter_does(hand_store, make_window,
                                                                   qtbot):
    add_hand_document(hand_store, TEXT, "Walkouts", "2019-03-04", [
        ("Staff walk out", "walkout", "2019-03-03", "day", "Staff walked out on 3 March 2019", ()),
        ("A further walkout", "walkout", None, "unknown",
         "a further walkout was called for later in the term", ()),
    ])
    window = make_window(hand_store)
    qtbot.waitUntil(lambda: "Walkout" in window.canvas.lane_titles())
    header = next(h for h in window.canvas.lane_headers() if h.startswith("Walkout"))
    box = window.filter_pane.kind_boxes["walkout"]
    in_filter = int(re.search(r"\((\d+)\)", box.text()).group(1))
    numbers = [int(n) for n in re.findall(r"(\d+) (?:events?|undated)", header)]
    assert sum(numbers) == in_filter == 3, (
        f"the lane says {header!r} while the filter says {box.text()!r}")
    assert header.endswith("2 events · 1 undated")
    assert "dated and undated" in box.toolTip()
