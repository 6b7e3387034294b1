"""A page's byline and widgets never title the document or its main event:
seen in the window with real pages, where a byline with its town, a byline
behind a glued metadata date and a weather widget's temperature became
titles; nor does a kicker above the headline (a site's or section's name, a
place, a writer's name), a tag or a menu entry ("News Article", a country's
name and "top of page" became titles). Every text here is written for the
test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _main_title(text: str) -> tuple[str | None, str]:
    extraction = extract(ReadDocument(text=text, format="txt"))
    main = next(event for event in extraction.events if event.main)
    return extraction.title, main.title


def test_a_byline_with_its_town_is_not_the_title():
    document, event = _main_title(
        "By Amos Kiprop, Hilltown\n"
        "The county branch of the nurses' union has launched a strike over unpaid allowances.\n"
        "Nurses said the strike would go on until the allowances are paid.\n")
    assert not document.startswith("By ")
    assert not event.startswith("By ")
    assert "strike" in event


def test_a_byline_behind_a_glued_metadata_date_is_not_the_event_title():
    document, event = _main_title(
        "date 2021-03-04 By ANNA MARIA DELA PAZ\n\n"
        "CampusWeekly.org\n\n"
        "PORT TOWN – Students from several colleges staged a walkout on March 3 against the fee rise.\n")
    assert "DELA PAZ" not in document
    assert "DELA PAZ" not in event
    assert event.startswith("Students from several colleges")


def test_a_weather_widget_is_not_the_headline():
    document, event = _main_title(
        "27.6 C\n"
        "Wessex\n"
        "Students march against the tuition rise\n\n"
        "Thousands of students marched to the ministry on Wednesday to oppose the tuition rise.\n")
    assert document == "Students march against the tuition rise"
    assert event == "Students march against the tuition rise"


def test_a_byline_of_two_writers_and_their_outlet_is_not_the_title():
    document, event = _main_title(
        "By Lena Okafor and Tom Reyes | Newswire\n"
        "Thousands of academic workers at the state university voted to strike over pay on Tuesday.\n"
        "The union said the strike would begin next week.\n")
    assert "Okafor" not in document
    assert "Okafor" not in event
    assert "strike" in event


def test_a_mails_header_and_a_petitions_counter_are_not_the_title():
    from timeline_app.core.extract.page_furniture import is_page_furniture
    from timeline_app.core.extract.title_openings import without_opening
    for line in ("From: Jo Reed <jo@example.org>", "> Date: Mon, 3 Mar 2025 09:13:07 -0700", "Sent: Monday",
                 "Signatures: 412Next Goal: 500", "1,204 signatures", "Sign now"):
        assert is_page_furniture(line), line
    for line in ("From the picket line, members sent greetings", "Signatures were handed in at noon",
                 "Sign the letter to the council"):
        assert not is_page_furniture(line), line
    assert without_opening("> We are writing to ask the council to stop the evictions") == \
        "We are writing to ask the council to stop the evictions"


def test_a_section_name_above_the_headline_is_not_the_title():
    document, event = _main_title(
        "Campus Reports\n"
        "Nurses at the county hospital walk out over unpaid allowances\n\n"
        "Nurses at the county hospital walked out on Tuesday, 4 March 2025, over allowances unpaid since January.\n")
    assert document == "Nurses at the county hospital walk out over unpaid allowances"
    assert event.startswith("Nurses at the county hospital walk out")


def test_a_country_name_above_the_headline_is_not_the_title():
    document, _ = _main_title(
        "North Ruritania\n"
        "#FeesOut: in the capital, students march on the ministry again\n\n"
        "Students from three colleges marched on the education ministry on 2 May 2016 against the fee rise.\n")
    assert document.startswith("#FeesOut")


def test_a_short_headline_naming_the_action_stays_the_title():
    document, _ = _main_title(
        "Hilltown redundancies letter\n"
        "Stop the cuts at Hilltown and keep every job\n\n"
        "We, the undersigned, write to the vice-chancellor of Hilltown University about the planned redundancies.\n")
    assert document == "Hilltown redundancies letter"


def test_a_short_headline_above_the_body_stays_the_title():
    document, _ = _main_title(
        "Rent Strike Begins\n\n"
        "Tenants of the Riverside blocks began withholding rent on 1 June 2024, their union said on Monday.\n")
    assert document == "Rent Strike Begins"


def test_a_menu_entry_and_a_tag_are_not_headlines():
    document, event = _main_title(
        "top of page\n"
        "  • Writer's pictureClimate Strike\n\n"
        "Pupils Will Strike Again for the Climate on 15 March\n\n"
        "School pupils will strike for climate action again on Friday 15 March 2019, the organisers said.\n")
    assert document == "Pupils Will Strike Again for the Climate on 15 March"
    assert not event.startswith(("top of page", "•"))


def test_a_year_and_month_glued_to_the_first_sentence_is_not_in_the_title():
    _, event = _main_title(
        " date 2018-04 Thousands of students marched through the capital on Thursday against profit in education.\n\n"
        "The march, called by the students' confederation, was the first of the year.\n")
    assert not event.lower().startswith("date")
    assert event.startswith("Thousands of students marched")


def test_a_date_glued_to_the_headline_is_not_in_the_document_title():
    document, _ = _main_title(
        " date 2024-09-23 Four Colleges To Strike On Thursday\n\n"
        "Lecturers at four colleges will strike on Thursday over unpaid arrears, their union said.\n")
    assert document == "Four Colleges To Strike On Thursday"


def test_a_picture_caption_does_not_title_the_document_or_its_event():
    document, event = _main_title(
        "File photo of a students' march in the capital\n\n"
        "Around 150 lecturers from several countries on Monday asked the president to intervene "
        "in the dispute at Hilltown University, in a letter sent to his office.\n"
        "The lecturers wrote that the suspended students must be reinstated.\n")
    assert not document.startswith("File photo")
    assert not event.startswith("File photo")


def test_a_credit_line_under_a_picture_is_not_the_headline():
    document, _ = _main_title(
        "The old gate of Hilltown University on March 3, 2019. Jo Marlowe, Hilltown Gazette/File\n\n"
        "HILLTOWN—At least 30 retired professors on Thursday denounced a memorandum asking libraries "
        "to remove books, in a joint statement sent to the regents.\n")
    assert "/File" not in document


def test_a_headline_announcing_its_pictures_is_still_the_headline():
    document, _ = _main_title(
        "Students Occupy Hilltown Hall Over Fees (PHOTOS/VIDEO)\n\n"
        "Students occupied Hilltown Hall on Thursday, 20 November 2014, over the planned fee rise.\n")
    assert document.startswith("Students Occupy Hilltown Hall Over Fees")


def test_a_mail_archive_page_is_titled_by_the_mail_subject_above_its_headers():
    document, event = _main_title(
        "Hilltown Council Mail Archive\n\n"
        "[ Home ] [ Council ] [ Search ]\n\n"
        "Keep families housed - pause evictions\n\n"
        "From: a resident <jo@example.org>\n"
        "Date: Mon, 23 Mar 2020 10:41:52 -0700\n\n"
        "Dear Mayor and Council Members:\n\n"
        "We ask you to halt all evictions without delay.\n")
    assert document == "Keep families housed - pause evictions"
    assert event.startswith("Keep families housed")


def test_a_title_repeated_as_the_heading_is_the_headline_even_with_a_full_stop():
    document, _ = _main_title(
        "Refund the rent of students sent home in the lockdown.\n"
        "Refund the rent of students sent home in the lockdown.\n\n"
        "3 May 2020\n"
        "Signatures: 53Next Goal: 100\n\n"
        "Why this petition matters\n\n"
        "This petition is from the students of Hilltown, who still pay rent for rooms they cannot use.\n")
    assert document == "Refund the rent of students sent home in the lockdown."


def test_a_file_photo_mentioned_in_running_text_keeps_the_paragraphs_date():
    text = ("Students marched on 12 March 2020 against fee rises in Hilltown, the union said, sharing a file photo "
            "of last year's rally.\nThe march was peaceful.\n")
    main = next(event for event in extract(ReadDocument(text=text, format="txt")).events if event.main)
    assert (main.start, main.title.split()[:2]) == ("2020-03-12", ["Students", "marched"])


def test_a_gallery_headline_is_still_the_headline():
    document, event = _main_title(
        "In pictures: Thousands march against tuition fees\n"
        "Thousands of students marched through Hilltown on 12 March 2020 against a rise in tuition fees, "
        "the union said.\n")
    assert document == "In pictures: Thousands march against tuition fees"
