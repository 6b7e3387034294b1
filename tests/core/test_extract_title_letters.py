"""A letter whose title opens with its salutation is titled by whom it was
written to (issue 16: titles read like timeline entries). Every text here
is written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.extract.title_letters import addressed_title
from timeline_app.core.models import ReadDocument


def test_a_salutation_run_into_the_letters_opening_words_titles_it_by_its_addressee():
    result = extract(ReadDocument(text=(
        "12 March 2021 Dear Minister Okafor: As teachers and parents of this district\n\n"
        "Dear Minister Okafor: As teachers and parents of this district, we write to ask you to halt the "
        "closure of the four village schools announced last week.\n\nSigned, the undersigned\n"), format="txt"))
    main = result.events[0]
    assert main.kind == "letter"
    assert main.title == "Letter to Minister Okafor"


def test_the_first_of_several_addressees_names_the_letter():
    assert addressed_title("To Chair Amadi, the Trustees, and the Governors of Westbrook College…") == \
        "Letter to Chair Amadi"


def test_a_title_case_headline_after_the_salutation_stays():
    assert addressed_title("Dear Mayor Lind: Stop The Evictions Now") is None


def test_no_addressee_no_letter_title():
    assert addressed_title("To mark the day, staff wrote to the board") is None
    assert addressed_title("Dear colleagues, the ballot closes on Friday") is None
    assert addressed_title("Students wrote to the Vice-Chancellor") is None


def test_a_report_opening_by_naming_the_letter_is_titled_by_it():
    from timeline_app.core.extract.titles import event_title

    title = event_title("In an open letter addressed to the Hilltown Students' Union (HSU) Board of Trustees, more "
                        "than 90 elected officers and student societies representing 12 colleges have issued an "
                        "ultimatum to act or face disaffiliation.", None, "letter")
    assert title == "Open letter to HSU Board of Trustees"


def test_a_letter_named_with_a_time_or_to_no_one_by_name_keeps_its_sentence_title():
    from timeline_app.core.extract.titles import event_title

    for sentence in ("In an open letter to the Vice-Chancellor published on Tuesday, more than 300 staff at Hilltown "
                     "University called for the cuts to be reversed.",
                     "In a letter to students on Monday, the registrar of Hilltown University said exams would go "
                     "ahead despite the strike."):
        title = event_title(sentence, None, "letter")
        assert not title.endswith(("on Tuesday", "on Monday")), title
