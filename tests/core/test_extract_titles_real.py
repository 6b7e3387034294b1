"""Event titles that read like timeline entries on real pages (issue 16):
no wire datelines, page labels or linking words in front, no clause left
hanging, and no page furniture (a bare date, a section trail, a download
prompt, an image's text) taken for the headline."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.extract.page_furniture import is_page_furniture
from timeline_app.core.extract.title_phrases import phrase_title
from timeline_app.core.extract.titles import event_title
from timeline_app.core.models import ReadDocument
from test_extract_kinds_and_main import _main  # the document's extraction and its main event




def test_a_wire_dateline_and_a_page_label_do_not_open_a_title():
    assert phrase_title("HILLTOWN — Students from three colleges surrounded the council building on "
                        "August 12 to stop a vote on fees.").startswith("Students from three colleges")
    assert phrase_title("LATEST NEWS 22/11/2010: Students at the college occupied the gallery in protest "
                        "at the cuts to teaching.").startswith("Students at the college occupied")


def test_a_title_never_ends_inside_a_clause_it_opened():
    title = phrase_title("But the staff were left furious when, during the dean's speech, she said "
                         "the mural would remain for now while the board made up its mind.")
    assert title == "The staff were left furious"


def test_a_headline_keeps_its_words_and_drops_its_date():
    assert phrase_title("Letter to the Vice-Chancellor, 17/10/2013") == "Letter to the Vice-Chancellor"
    assert phrase_title("National walkout against fees – Wednesday 24th November 2010 – with local "
                        "links and video of the march") == "National walkout against fees"


def test_page_furniture_is_no_headline():
    for line in ("February 21, 2012", "Wednesday, May 18, 2022", "News / Canada",
                 "Click here for a PDF copy of this newsletter",
                 "A black-and-white photo of strikers holding placards"):
        assert is_page_furniture(line), line
    for line in ("March for our lives", "Strike on 12 March", "Students march | City News"):
        assert not is_page_furniture(line), line


def test_a_page_without_a_headline_is_titled_by_its_lede():
    _, main = _main(
        "Click here for a PDF copy of this newsletter\n\n"
        "A black-and-white photo of strikers holding placards\n\n"
        "Graduate workers picketed across both campuses for a third day, and departments marched "
        "through the science buildings.\n\n"
        "Admin said they would not retaliate.\n")
    assert main.title.startswith("Graduate workers picketed across both campuses")


def test_a_letter_headline_that_carries_its_date_is_the_headline():
    _, main = _main(
        "Letter to the Principal, 04/03/2015\n\n"
        "March 4, 2015\n\n"
        "Dear Principal,\n\n"
        "We write about the disciplinary case brought against a student after the protest on "
        "12 November 2014.\n")
    assert main.title == "Letter to the Principal"
    assert main.kind == "letter"


def test_an_opening_clause_that_holds_the_date_is_the_event_and_stands_alone():
    from timeline_app.core.extract.titles import event_title

    assert event_title("When the country voted in June 2016 to leave the union of states, a wall was built "
                       "between students and the universities they hoped to join.", "June 2016") == \
        "The country voted in June 2016 to leave the union of states"
    assert event_title("On 3 March 2019, students occupied the library in protest at the cuts to teaching "
                       "and the closure of the nursery.", "3 March 2019") == "Students occupied the library"


def test_a_saved_page_opening_with_its_menu_and_an_archive_notice_keeps_headline_and_date():
    result = extract(ReadDocument(
        text="Home\nNews\nSport\nWeather\nContact\nLog in\nSearch\nMenu\n"
             "This article is more than 4 years old\n"
             "Students walk out over fees\n12 March 2019\n"
             "Students walked out of lectures on Tuesday.\n", format="txt"))
    main = next(e for e in result.events if e.main)
    assert result.published == "2019-03-12"
    assert main.title == "Students walk out over fees"
    assert main.start == "2019-03-12"


def test_a_shouted_opening_word_is_written_as_a_title_but_an_acronym_stays():
    assert phrase_title("HUNDREDS of students marched through the city") == "Hundreds of students marched through the city"
    assert phrase_title("UCAS data shows a fall in applications") == "UCAS data shows a fall in applications"


def test_the_line_above_the_published_line_is_the_headline_not_the_sites_name():
    text = ("Riverside Daily News\n\nTuesday, June 4, 2024\n\nSubscribe to our newsletter today\n\n"
            "Tenants occupy the housing office\n\nPublished Mar 21, 2015\n\n"
            "Tenants occupied the council's housing office on Friday to demand repairs.\n")
    extraction = extract(ReadDocument(text=text, format="txt"))
    main = next(e for e in extraction.events if e.main)
    assert main.title == "Tenants occupy the housing office"


def test_a_mail_subject_above_its_date_line_titles_the_document_without_its_label():
    text = ("From: Northgate Tenants <news@example.org>\nTo: members@example.org\n"
            "Subject: Rent strike vote on Thursday\nDate: Mon, 6 Feb 2023 09:12:44 +0000\n\n"
            "Members of Northgate Tenants will vote on a rent strike on Thursday.\n")
    main = next(e for e in extract(ReadDocument(text=text, format="txt")).events if e.main)
    assert not main.title.startswith("Subject")


def test_a_quoted_remark_and_a_mail_signature_are_no_headline():
    mail = ("Hi everyone,\n\n"
            "On 14 March 2019, the Hilltown Tenants Union will march from the station to the town hall over rent rises.\n\n"
            "Ada Marsh, the union's secretary, said: “We have asked for talks for a year and heard nothing.”\n\n"
            "Best wishes,\n"
            "Ada Marsh\n")
    extraction = extract(ReadDocument(text=mail, format="txt"))
    main = next(e for e in extraction.events if e.main)
    assert main.kind == "protest"
    assert main.start == "2019-03-14"
    assert extraction.title != "Ada Marsh" and not extraction.title.startswith("Ada Marsh, the union")


def test_a_page_that_opens_with_its_byline_is_not_titled_by_it():
    text = ("By Jo Marlowe\n"
            "Students at two colleges in the city are threatening a joint class boycott over the rise in fees. "
            "Their union held a press conference on Tuesday.\n")
    title = extract(ReadDocument(text=text, format="txt")).title
    assert title is not None and not title.startswith("By ")
    assert title.startswith("Students at two colleges")


def test_a_photo_credit_left_in_front_of_a_sentence_is_not_its_title():
    sentence = ("(Jo Marlowe/Hilltown Gazette via AP) See 7 more photos Scores of students occupied "
                "the library at Hilltown College early on Tuesday.")
    title = event_title(sentence)
    assert title.startswith("Scores of students occupied"), title
