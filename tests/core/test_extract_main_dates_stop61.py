"""Stop 61's main-date rules, on invented text (issue 16)."""

from __future__ import annotations

from extracted import main_event, read_text

_ADVISORY = """Published: 11 April 2022
PRESS NOTICE

Harbourton tenants and their supporters gather to ask the Lakeland council for a rent freeze.

Rents across the town have risen faster than wages for six years in a row.
Many families now pay more than half of what they earn to their landlords.
The tenants want the council to hold every rent it sets where it stands.
They also ask for repairs to be done within a month of being reported.
Speakers will include renters from the older estates by the river.
Members of the press are welcome, and there will be room to ask questions afterwards.

{field} Tuesday, April 12, 2022, 10:00 a.m.
{setting} Harbourton Civic Square, Arlen Road
"""


def test_a_when_field_beside_its_place_dates_the_notices_event() -> None:
    main = main_event(_ADVISORY.format(field="WHEN:", setting="WHERE:"))
    assert (main.start, main.precision) == ("2022-04-12", "day")


def test_a_when_field_below_its_venue_counts_as_well() -> None:
    fields = "{field} Tuesday, April 12, 2022, 10:00 a.m.\n{setting} Harbourton Civic Square, Arlen Road"
    page = _ADVISORY.replace(fields, "- Venue: Harbourton Civic Square\n- When: Tuesday, April 12, 2022, 10:00 a.m.")
    main = main_event(page)
    assert (main.start, main.precision) == ("2022-04-12", "day")


_INVITATION = """Ostland renters launch their charter

The Ostland Renters Network sets out eight asks of every candidate in the coming city vote.

The network warmly invites the press and the public to the launch:
Date: 9 May 2018 (Wednesday)
Time: 2.30 PM
Venue: Westbrook Community Hall, Kea Holm
"""


def test_a_date_field_over_time_and_venue_is_the_launch_not_the_page() -> None:
    extraction = read_text(_INVITATION)
    assert extraction.published is None
    main = next(event for event in extraction.events if event.main)
    assert (main.start, main.precision) == ("2018-05-09", "day")


def test_a_date_field_alone_still_dates_the_page() -> None:
    page = _INVITATION.replace("Time: 2.30 PM\nVenue: Westbrook Community Hall, Kea Holm\n", "")
    extraction = read_text(page)
    assert extraction.published == "2018-05-09"


_WEEK = """Published: 14 March 2023
Harbourton hospital staff all set to take action this week

Three groups of hospital staff in Harbourton will strike on several days of this week, porters, cleaners \
and drivers all taking part.

{days}
"""


def test_a_sentence_listing_two_days_of_the_week_leaves_the_week() -> None:
    main = main_event(_WEEK.format(days="Porters have planned a walkout for Thursday; cleaners have planned a strike "
                                        "for Wednesday; drivers will stop work all week."))
    assert main.precision == "approximate"


def test_a_sentence_naming_one_day_of_the_week_still_narrows_it() -> None:
    main = main_event(_WEEK.format(days="Porters have planned a walkout for Thursday; drivers will stop work "
                                        "all week."))
    assert (main.start, main.precision) == ("2023-03-16", "day")


_COUNT = """Published: 4 April 2019
Arlen students hold the dean's office

Members of the Arlen Students Union entered their second day of occupation in the dean's office at {place}.

The students want the college to drop its new fees.
"""


def test_a_count_whose_clause_ends_on_yesterday_counts_back_from_yesterday() -> None:
    main = main_event(_COUNT.format(place="Westbrook College yesterday"))
    assert (main.start, main.precision) == ("2019-04-02", "day")


def test_a_count_ending_on_its_weekday_counts_back_from_that_weekday() -> None:
    main = main_event(_COUNT.format(place="Westbrook College on Wednesday"))
    assert (main.start, main.precision) == ("2019-04-02", "day")


def test_a_yesterday_in_another_clause_is_not_the_counts_day() -> None:
    main = main_event(_COUNT.format(place="Westbrook College, which the police closed yesterday"))
    assert (main.start, main.precision) == ("2019-04-03", "day")


_HEADER = """PRESS RELEASE
Date: 12 March 2024
{field}

Lakeland nurses walk out over pay

Nurses at the Harbourton General hospital walked out on Monday over the pay offer, the Lakeland Nurses Guild said.

The guild said the strike would go on until the board made a better offer.
"""


def test_a_date_field_beside_a_location_alone_is_the_pages_own_date() -> None:
    extraction = read_text(_HEADER.format(field="Location: Harbourton"))
    assert extraction.published == "2024-03-12"
    main = next(event for event in extraction.events if event.main)
    assert (main.start, main.precision) == ("2024-03-11", "day")


def test_a_date_field_over_a_time_alone_is_a_posts_stamp() -> None:
    extraction = read_text(_HEADER.format(field="Time: 14:05"))
    assert extraction.published == "2024-03-12"


def test_a_span_of_days_in_the_week_is_one_act_dated_by_its_first_day() -> None:
    for span in ("run from Wednesday to Friday", "begin on Wednesday and last until Friday"):
        main = main_event(_WEEK.format(days=f"The strike will {span}, with pickets at every gate."))
        assert (main.start, main.precision) == ("2023-03-15", "day")


def test_two_days_after_a_comma_and_with_a_kind_of_their_own_leave_the_week() -> None:
    main = main_event(_WEEK.format(days="Porters will strike on Wednesday, and cleaners will walk out on Friday."))
    assert main.precision == "approximate"


def test_a_yesterday_ending_a_relative_clause_is_not_the_counts_day() -> None:
    for clause in ("that the council closed yesterday", "the council closed yesterday"):
        main = main_event(_COUNT.format(place=f"the Westbrook depot {clause}"))
        assert (main.start, main.precision) == ("2019-04-03", "day")


def test_the_schedule_lines_are_worked_out_once_a_document(monkeypatch) -> None:
    from timeline_app.core.extract import schedule_lines

    calls: list[int] = []
    spans = schedule_lines.schedule_date_spans

    def counted(text_lines):
        calls.append(len(text_lines))
        return spans(text_lines)

    monkeypatch.setattr(schedule_lines, "schedule_date_spans", counted)
    assert read_text(_INVITATION).published is None
    assert len(calls) == 1


def test_held_then_reads_both_offsets_in_the_text() -> None:
    from timeline_app.core.extract.event_hours import held_then

    text = "The Ostland renters meet again.\nWhen: Friday 3 May, from 2pm to 4pm\n"
    start = text.index("Friday 3 May")
    assert held_then(text, start, start + len("Friday 3 May"))
    assert not held_then(text, 0, len("The Ostland"))


def test_two_acts_joined_by_a_plain_and_leave_the_week() -> None:
    for acts in ("The porters will hold a mass meeting on Tuesday and strike on Thursday",
                 "Nurses will march on Tuesday and porters will strike on Thursday"):
        main = main_event(_WEEK.format(days=f"{acts}, with pickets at every gate."))
        assert main.precision == "approximate"


def test_a_comma_and_before_no_kind_of_its_own_is_still_one_span() -> None:
    main = main_event(_WEEK.format(days="The strike will begin on Wednesday, and last until Friday, with pickets "
                                        "at every gate."))
    assert (main.start, main.precision) == ("2023-03-15", "day")


def test_a_participle_after_a_preposition_is_no_other_clause_of_the_count() -> None:
    for cause in ("over delayed pay", "against proposed cuts"):
        main = main_event(_COUNT.replace("occupation in the dean's office at {place}", f"strike {cause} yesterday"))
        assert (main.start, main.precision) == ("2019-04-02", "day")


_RALLY = """{published}Rally for fair pay

Date: Saturday 9 March 2024
{setting}: Harbourton Town Hall

Nurses of the Lakeland guild will rally outside the town hall for fair pay.
"""


def test_a_date_field_over_a_venue_is_the_events_day_without_a_time() -> None:
    for published, setting in (("Published: 4 March 2024\n\n", "Venue"), ("", "Venue"), ("", "Where")):
        extraction = read_text(_RALLY.format(published=published, setting=setting))
        assert extraction.published == ("2024-03-04" if published else None)
        main = next(event for event in extraction.events if event.main)
        assert (main.start, main.precision) == ("2024-03-09", "day")


def test_a_date_field_beside_a_location_is_a_schedules_with_hours_on_its_line_or_the_label_when() -> None:
    from timeline_app.core.extract.schedule_lines import schedule_date_spans
    from timeline_app.core.extract.sentences import lines

    for date_line, scheduled in (("Date: 9 March 2024, 10:00 a.m.", True), ("When: 9 March 2024", True),
                                 ("Date: 9 March 2024", False)):
        text = f"{date_line}\nLocation: Harbourton Town Hall\n"
        assert bool(schedule_date_spans(lines(text))) is scheduled
