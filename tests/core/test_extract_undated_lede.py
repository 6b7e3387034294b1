"""An undated page whose opening tells its act on a day no reader can date
("on Wednesday", "yesterday"): a full date later that does not name the
act dates something else (stop 35)."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_a_later_date_of_something_else_leaves_the_undated_act_undated():
    _, main = _main("Teachers stage sick-out over pay cut\n\nHundreds of teachers called in sick on Wednesday in "
                    "protest at a pay cut, closing most schools in the city.\n\nThe district said the cut of 10 per "
                    "cent took effect on July 1, 2007, after months of talks.\n")
    assert main.kind == "strike" and main.precision == "unknown"


def test_a_later_date_that_names_the_act_still_dates_it():
    _, main = _main("University workers on strike\n\nStriking workers clashed with police on Monday at the campus, "
                    "the union said.\n\nWorkers have been on strike since 12 February 2024, demanding a 9 per cent "
                    "rise.\n")
    assert (main.start, main.precision) == ("2024-02-12", "day")


def test_a_dated_page_still_dates_its_act_by_a_later_full_date():
    _, main = _main("date 2007-07-03 Teachers stage sick-out over pay cut\n\nHundreds of teachers called in sick "
                    "on Wednesday in protest at a pay cut.\n\nThe district said the cut took effect on July 1, 2007.\n")
    assert main.precision in ("day", "approximate") and main.start.startswith("2007")
