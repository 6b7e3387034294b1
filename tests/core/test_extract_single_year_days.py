"""An undated page that states one year only: a year-less day in a sentence
set in that year is in that year (stop 65). Two years on the page, the year
only in another sentence, or a year that names a thing, and the day stays undated."""

from __future__ import annotations

import pytest

from extracted import headed_page, main_event

_HEADLINE = "Harbourton groups issue an open letter to the mayor"
_LEDE = "Forty groups from across Lakeland have signed an open letter to the mayor.\n\n"


def test_a_yearless_day_takes_the_one_year_the_page_states():
    main = main_event(headed_page(_HEADLINE, _LEDE + (
        "Issued on the 10 December, the open letter recalls the hard months of 2020 for the city's tenants.")))
    assert (main.start, main.precision) == ("2020-12-10", "day")


@pytest.mark.parametrize("body", [
    "Issued on the 10 December, the open letter recalls the hard months of 2020 and the floods of 2016.",
    "Issued on the 10 December, the open letter asks for rent relief.\n\nTenants in Westbrook had a hard 2020.",
    "Issued on the 10 December, the open letter opposes the 2021 budget of Arlen council.",
], ids=["two years on the page", "the year in another sentence", "a year naming a thing"])
def test_the_yearless_day_stays_undated_without_its_one_year(body: str):
    assert main_event(headed_page(_HEADLINE, _LEDE + body)).precision != "day"
