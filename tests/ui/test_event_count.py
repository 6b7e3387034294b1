"""The status line's count adds up: with no filter ticked, the seeds showed
"6 of 9 events shown" (three background facts hidden by default, unsaid),
and the real pages "637 of 699" (61 duplicates merged into other events
counted in the total, one background fact hidden)."""

from __future__ import annotations

from conftest import write_fees_march_pages


def test_with_no_filter_the_count_says_why_events_are_not_shown(seeded_store, make_window):
    window = make_window(seeded_store)
    assert window.event_filter.active_count == 0
    text = window.count_label.text()
    assert text == "6 of 9 events shown · 3 background facts hidden", text
    assert "Show context events" in window.count_label.toolTip()
    window.filter_pane.show_context.setChecked(True)
    assert window.count_label.text() == "9 of 9 events shown"


def test_events_merged_into_others_are_not_counted_twice(tmp_path, hand_store, make_window,
                                                        qtbot):
    """An article's report of a march joins the release's event: one event, two sources."""
    release, article = write_fees_march_pages(tmp_path)
    window = make_window(hand_store)
    dialog = window.import_paths([release, article])
    qtbot.waitUntil(lambda: not dialog.running)
    qtbot.waitUntil(lambda: len(window.columns) == 4)
    assert hand_store.event_count() == 5  # the joined report is still stored
    assert window.count_label.text() == "4 of 4 events shown", (
        f"the report merged into the march is counted in the total: "
        f"{window.count_label.text()!r}")
