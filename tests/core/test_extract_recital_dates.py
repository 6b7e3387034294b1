"""A formal recital's dates are a petition's or a motion's grounds, never its own date (issue 16)."""

from __future__ import annotations

from extracted import main_event

_RECITAL = """Drop the charges against the Lakeland Six!

Petition to the Council of Westbrook: WHEREAS on April 9, 2019, some thirty tutors held a quiet sit-in at \
the Lakeland guild hall; and WHEREAS six of them now face charges for the sit-in; we ask the Council to drop \
the charges against the Lakeland Six.
"""


def test_a_recitals_date_is_the_petitions_background() -> None:
    main = main_event(_RECITAL)
    assert main.kind == "petition" and main.precision == "unknown"


def test_a_plain_sentence_of_the_same_day_still_dates_it() -> None:
    main = main_event(_RECITAL.replace("WHEREAS on April 9, 2019,", "on April 9, 2019,").replace(
        "; and WHEREAS six", ", and six"))
    assert main.start == "2019-04-09"


def test_whereas_as_a_plain_conjunction_keeps_the_act_s_date() -> None:
    main = main_event("""Porters walk out at Harbourton General

Whereas porters at Harbourton General walked out on 12 March 2024, the cleaners of Westbrook stayed at work.
""")
    assert main.start == "2024-03-12"
