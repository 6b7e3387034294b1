"""Round 20 (issue 16): on a page with no date of its own, the one day its
embedded posts were signed is the day its "today" counts from; posts signed
on different days lend no day."""

from __future__ import annotations

from test_extract_kinds_and_main import _main

_PAGE = ("Workers sang outside the federation's house as they waited for the march to begin.\n\n"
         "The federation was granted a permit, so every one of its members is free to march today.\n\n"
         "Marchers are gathering at the station.\n\n"
         "— A Reporter (@areporter) {first}\n\n"
         "Thousands are expected to join the march.\n\n"
         "— B Writer (@bwriter) {second}\n")


def _dated(first: str, second: str) -> tuple[str | None, str]:
    """The main event's start and precision on the page whose posts were signed on ``first`` and ``second``."""
    _, main = _main(_PAGE.format(first=first, second=second))
    return main.start, main.precision


def test_an_undated_pages_today_is_the_day_its_posts_were_signed():
    assert _dated("September 27, 2017", "September 27, 2017") == ("2017-09-27", "day")


def test_posts_signed_on_different_days_lend_no_day():
    assert _dated("September 26, 2017", "September 27, 2017")[1] == "unknown"
