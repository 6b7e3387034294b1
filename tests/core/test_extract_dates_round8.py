"""Publication and main-event dates on fresh real pages (issue 16, round 8):
date stamps without words ("20140312 Agency ...", "14-10-16 09:30"), an event
page's date line with its hours, an embedded post's signature, "Day 2 of" an
action, and a press release's release line."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.dates import find_dates


def test_an_agency_copy_opening_with_eight_digits_is_dated_by_them():
    result, main = _main(
        "20140312 Wirenews HARBOURTOWN (Wirenews) - Most colleges in the province stayed shut on Tuesday "
        "as lecturers walked out over a pay freeze.\n\n"
        "The lecturers' union said the walkout would last until the freeze is lifted.\n")
    assert result.published == "2014-03-12"
    assert (main.start, main.precision) == ("2014-03-11", "day")


def test_eight_digits_inside_a_text_are_no_date():
    assert find_dates("The petition reference is 20140312 and it closes soon.") == []


def test_a_dashed_date_with_a_clock_time_is_a_date_line():
    result, main = _main(
        "Nurses and students rally at the assembly\n\n14-10-16 09:30\n\n"
        "Hundreds of nursing students rallied outside the assembly today against placement fees.\n")
    assert result.published == "2016-10-14"
    assert (main.start, main.precision) == ("2016-10-14", "day")


def test_a_dashed_two_digit_year_without_a_time_stays_a_number():
    assert find_dates("The final score was 3-4-15 after extra time.") == []


def test_an_event_pages_date_with_hours_dates_the_event_not_the_page():
    result, main = _main(
        "Bake sale for the strike fund\n\n"
        "Friday 10 March 2023, 2pm - 4pm\n\n"
        "Main hall foyer\n\n"
        "Come and buy cakes: every penny goes to the hardship fund for striking library staff.\n")
    assert result.published is None
    assert (main.start, main.precision) == ("2023-03-10", "day")


def test_an_embedded_posts_signature_is_not_the_publication():
    result, _ = _main(
        "Live: the climate strike (all times local):\n"
        "\"There is no planet B,\" a pupil says outside the town hall.\n"
        "— City Radio (@cityradio) June 3, 2019\n"
        "Pupils at several schools left class to join the climate strike.\n")
    assert result.published is None


def test_day_two_of_an_occupation_began_the_day_before():
    result, main = _main(
        "Sat, 2 May 1998 10:15:00 GMT\n\n"
        "Day 3 of the Library Occupation\n\n"
        "Students continue to hold the library to protest the closure of the night reading room.\n")
    assert result.published == "1998-05-02"
    assert (main.start, main.precision) == ("1998-04-30", "day")


def test_a_release_line_dates_no_event():
    result, _ = _main(
        "Sat, 2 May 1998 10:15:00 GMT\n\n"
        "May 2nd, 1998 For Immediate Release\n\n"
        "Students hold the library\n\n"
        "Students took over the library on Thursday to protest the closure of the night reading room.\n")
    assert result.published == "1998-05-02"
    assert all(event.evidence != "May 2nd, 1998 For Immediate Release" for event in result.events)


def test_a_sentence_with_an_act_and_a_background_year_gives_one_event_dated_by_the_act():
    result, _ = _main(
        "Students keep up the pressure\n\n"
        "date 2019-05-01 Students marched on the ministry today to demand free tuition.\n\n"
        "The sit-ins first began in 2012, when students camped in the square, and have grown since the "
        "1989 reform movement was crushed.\n")
    recalled = [event for event in result.events if event.evidence.startswith("The sit-ins first began")]
    assert [(event.start, event.precision) for event in recalled] == [("2012", "year")]


def test_a_yearless_date_still_expected_stays_ahead_of_the_page():
    result, _ = _main(
        "Petition asks for lost teaching to be repaid\n\ndate 2018-04-20 Pupils started a petition last week for extra classes.\n\n"
        "The teachers' strike, expected to run until 20th May, has closed the science block.\n")
    assert ("2018-05-20", "day") in [(event.start, event.precision) for event in result.events]


def test_a_yearless_date_after_should_stays_ahead_of_the_page():
    result, _ = _main(
        "Tenants promise a bigger rent strike\n\ndate 2018-06-02 Tenants met on Thursday to plan the rent strike.\n\n"
        "On June 25, the landlord should expect a larger strike, backed by hundreds of tenants.\n")
    assert ("2018-06-25", "day") in [(event.start, event.precision) for event in result.events]


def test_a_meeting_day_in_the_strikes_sentence_does_not_date_the_strike():
    result, main = _main(
        "Porters walk out over rotas\n\n"
        "date 2024-05-13 Hospital porters have begun an open-ended strike over new rotas.\n\n"
        "Their branch chair said the strike goes on although the arbitration service has called both sides "
        "to a meeting on Wednesday.\n")
    assert (main.start, main.precision) == ("2024-05-13", "approximate")


def test_a_weekday_after_hope_to_is_the_coming_one():
    result, _ = _main(
        "Pupils begin climate strike week\n\ndate 2019-09-16 Pupils across the region began a week of climate strikes today.\n\n"
        "They also hope to picket the energy company's head office and the town hall on Friday.\n")
    assert ("2019-09-20", "day") in [(event.start, event.precision) for event in result.events]


def test_on_an_undated_page_a_year_beside_an_undated_day_does_not_date_the_act():
    result, main = _main(
        "Dockers and students march together\n\n"
        "PORTVILLE - On April 9th, some 90,000 people marched through the port, making it the largest "
        "demonstration since June 2004.\n\nThe students are on strike against cuts to travel grants.\n")
    assert result.published is None
    assert main.precision == "unknown"


def test_a_date_of_an_annual_general_meeting_is_background():
    result, main = _main(
        "Ballot on the sports levy\n\n"
        "The ballot on scrapping the sports levy did not reach the turnout it needed.\n\n"
        "So the levy agreed by members (at the AGM in May 2014) stays in place.\n")
    assert main.precision == "unknown"


def test_an_embedded_posts_signature_is_no_event():
    result, _ = _main(
        "Pupils strike for the climate\n\n4 June 2019\n\n"
        "Pupils at several schools left class today to join the climate strike.\n"
        "Pupils paint banners in the park before the strike. pic.example/abc\n"
        "— City Radio (@cityradio) June 3, 2019\n")
    assert "2019-06-03" not in [event.start for event in result.events]


def test_a_line_naming_another_message_and_its_date_is_no_date_line():
    result, _ = _main(
        "Open letter to the Principal\n\nDear Principal,\n\n"
        "A message from the Principal 3rd May 2019\n\n"
        "Staff read your message about merging departments with alarm.\n")
    assert result.published is None


def test_a_related_storys_posted_line_is_not_the_publication():
    body = "Hundreds of students walked out of lectures on Monday to protest a rise in tuition fees, the union said.\n\n"
    result, _ = _main(
        "Students walk out over fees\n\n" + body * 6 +
        "Related posts\n\nStaff strike over pensions\nPosted on 3 March 2017\n")
    assert result.published is None
