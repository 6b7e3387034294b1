"""Stop 60's second-wave main-date rules: dates that are not the act's, and long-running acts (issue 16)."""

from __future__ import annotations

from extracted import main_event

_CREDITED_CAPTION = """Ostland guild opens a fast in support of jailed tutors

Ostland Weekly
Tutors hold up banners for two jailed colleagues outside the guild hall in Harbourton, March 4, 2016.
(Photo by Jo Arlen/File)

The Ostland Tutors Guild opened a campaign on Friday in support of the two tutors, now fasting in jail.
"""


def test_a_caption_over_a_lone_credit_line_dates_no_act() -> None:
    main = main_event(_CREDITED_CAPTION)
    assert main.start is None and main.precision == "unknown"


def test_a_sentence_over_a_credit_that_does_not_close_on_a_date_is_still_read() -> None:
    main = main_event(_CREDITED_CAPTION.replace("Harbourton, March 4, 2016.", "Harbourton on March 4, 2016, "
                                                "as the guild opened its campaign."))
    assert main.start == "2016-03-04"


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
