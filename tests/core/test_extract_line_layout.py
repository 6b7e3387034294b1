"""A mail's quote marks, an indent and blanks at a line's end are read through (extract/line_layout.py).

Each text is invented; all but the indented dateline failed before the lines were read without them."""

from __future__ import annotations

import pytest

from extracted import main_event, organisation_names, person_names, read_text, sentence_as_read
from timeline_app.core.extract.line_layout import plain_layout
from timeline_app.core.extract.text_as_read import text_as_read

_RELEASE = (
    "Porters strike at Greyhaven Infirmary\n"
    "\n"
    "GREYHAVEN, 4 February 2025 - Porters at Greyhaven Infirmary will strike on 18 February, the Greyhaven "
    "Porters' Union said on Tuesday. Its members voted by 88 per cent for the strike.\n"
)


def _quoted(text: str, marks: str = "> ") -> str:
    return "\n".join(marks + line if line.strip() else marks.rstrip() for line in text.split("\n"))


def _indented(text: str, indent: str = "    ") -> str:
    return "\n".join(indent + line if line.strip() else line for line in text.split("\n"))


@pytest.mark.parametrize("laid_out", [_quoted, lambda text: _quoted(text, ">> "), _indented,
                                      lambda text: _indented(text, "\t")])
def test_a_dateline_opens_its_line_under_quote_marks_or_an_indent(laid_out) -> None:
    result = read_text("Forwarding the union's release, below.\n\n" + laid_out(_RELEASE))
    assert result.published == "2025-02-04"
    assert main_event(laid_out(_RELEASE)).start == "2025-02-18"


def test_an_indented_page_that_opens_with_its_date() -> None:
    text = _indented("7 October 2024 On Saturday, members of the Lakeland Tutors Guild walked out of the "
                     "council's meeting after the speeches.\n")
    assert read_text(text).published == "2024-10-07"


def test_indented_signatories_keep_their_universities() -> None:
    text = _indented("We stand with the striking cleaners.\n\nSigned,\n"
                     "Prof. Dr. Marit Oosterhuis (Harbourton University, Lakeland)\n"
                     "Dr. Faisal Kareem (Greyhaven University)\n"
                     "Dr. Ana Li (Lakeland University)\n")
    assert {"Harbourton University", "Greyhaven University", "Lakeland University"} <= set(organisation_names(text))


_WRAPPED_MAIL = (
    "Nurses at Harbourton General Hospital will strike on 20 March, said the\n"
    "head of the Harbourton Nurses' Association, Mira Tane, on Monday. Members\n"
    "of the association voted by 91 per cent to strike over staffing, and the\n"
    "hospital's managers said they would meet the union this week to avoid it.\n"
    "The union said that a second strike would follow in April if talks failed,\n"
    "and that the nurses of the Lakeland Community Trust would be asked to join\n"
    "them on the picket lines outside the hospital's main gates. The Lakeland\n"
    "Porters' Guild will join them too, its secretary, Kea Holm, told members.\n"
)


def test_a_quoted_mail_wrapped_at_its_width_is_read_as_its_paragraph() -> None:
    text = "On Tue, 5 Mar 2024 at 09:12, Kea Holm wrote:\n" + _quoted(_WRAPPED_MAIL)
    # (the wrap cut "Lakeland" from "Porters' Guild"; a quoted line was never read as wrapped)
    assert "Lakeland Porters' Guild" in organisation_names(text) and "Porters' Guild" not in organisation_names(text)
    assert {"Mira Tane", "Kea Holm"} <= set(person_names(text))


def test_where_the_quote_begins_or_ends_the_lines_are_read_apart() -> None:
    stored = "Thanks Jo, here is what the union sent round\n> The guild will walk out\n> on 3 April.\nSee you then"
    assert text_as_read(stored).text == "Thanks Jo, here is what the union sent round\n\nThe guild will walk out\n" \
                                        "on 3 April.\n\nSee you then"


def test_blanks_that_indent_or_end_a_line_are_not_read() -> None:
    assert plain_layout("  Walkout at Lakeland   \n\n\tStudents walked out.\t\n   \n").plain.text == \
        "Walkout at Lakeland\n\nStudents walked out.\n\n"


def test_a_single_line_that_opens_with_a_mark_keeps_it() -> None:
    # (one short line alone is no quote: "> 50" is "more than 50"; but "> 3 May 2024" is a quoted date)
    assert plain_layout("The letter was signed by\n> 50 staff in a day.").plain.text == \
        "The letter was signed by\n> 50 staff in a day."
    assert plain_layout("Dates:\n\n> 3 May 2024 - second strike\n").plain.text == "Dates:\n\n3 May 2024 - second strike\n"


def test_evidence_points_at_the_quoted_sentence_and_no_mark_or_blank_around_it() -> None:
    stored = "Hi all\n\n> 14 March 2024   \n>\n>   Students at Lakeland University walked out on 12 March.   \n"
    event = main_event(stored)
    assert event.start == "2024-03-12"
    span = stored[event.evidence_start:event.evidence_end]
    assert span == "Students at Lakeland University walked out on 12 March."
    assert sentence_as_read(span) == event.evidence


@pytest.mark.parametrize("marks", ["> ", ">> ", ""])
def test_a_forwarded_mail_dates_its_today_by_its_own_header_quoted_or_not(marks: str) -> None:
    # (its header's date is no event's, but it is the day the forwarded mail's "today" means)
    text = ("From: Ann (ann@example.org)\nDate: Fri Apr 11 2003 - 09:12:40 EDT\nFrom: \"Campaign\" <news@example.org>\n"
            + _quoted("Date: Thu, 10 Apr 2003 18:02:11 -0000\nSubject: Campus boycott wins\n\n"
                      "We are glad to announce that today the boycott campaign won at three more campuses.", marks))
    assert main_event(text).start == "2003-04-10"


def test_a_paragraph_quoted_whole_on_one_line_is_read_through() -> None:
    # (a client that does not wrap quotes each paragraph on one line)
    text = ("On Mon, 13 Jan 2025, Jo Arlen wrote:\n\n> LAKELAND, 13 January 2025 - Students at Lakeland University "
            "will walk out on Wednesday 22 January over rent rises, the students' union said.\n\nSee you there.\n")
    assert read_text(text).published == "2025-01-13"
    assert main_event(text).start == "2025-01-22"


def test_a_quote_a_reply_wrapped_again_goes_on_in_its_sentence() -> None:
    stored = "> Nurses will strike on 20 March, said the head of the\nunion on Monday.\n> Members voted for it."
    assert text_as_read(stored).text == \
        "Nurses will strike on 20 March, said the head of the\nunion on Monday.\n\nMembers voted for it."


@pytest.mark.parametrize("stored", ["&nbsp;", "\u200b", "> &nbsp;\n> &nbsp;\n", "  \u200b"])
def test_a_text_with_nothing_to_read_has_no_span_that_ends_before_it_starts(stored: str) -> None:
    for event in read_text(stored).events:
        assert event.evidence_start <= event.evidence_end


def test_a_forwarded_mails_header_is_no_lede() -> None:
    text = ("Please circulate to the branch.\n\nBegin forwarded message:\n\n"
            "> From: Kestrel Valley Climate Action <press@kvca.example>\n> Date: 21 September 2024 08:30:12 BST\n"
            "> Subject: Kestrel Valley climate strike\n>\n"
            "> Thousands of school students and workers will join the Kestrel Valley climate strike on Friday 27 "
            "September, Kestrel Valley Climate Action said today.\n")
    event = main_event(text)
    assert event.start == "2024-09-27" and not event.title.startswith("Date:")


def test_a_quoted_header_still_dates_the_quoted_mails_today_on_a_page_with_no_header_of_its_own() -> None:
    # (its marks say it is a carried mail's header, not the page's own)
    text = ("Kestrel Valley branch list - posted 10 March 2014\n\nDana, this came round yesterday.\n\n"
            "> From: Tom Agbaje <tom@example.org>\n> Date: Mon, 3 March 2014 18:02\n> Subject: Walkout\n>\n"
            "> Nurses at Kestrel Valley Hospital walked out yesterday over staffing.\n")
    assert main_event(text).start == "2014-03-02"


@pytest.mark.parametrize("opening", ['"We will not cross the picket line on 5 June," said Ana Li, its secretary',
                                     "27 September 2024: thousands of school students and workers joined the strike"])
def test_a_paragraph_quoted_whole_may_open_with_a_quotation_or_a_date(opening: str) -> None:
    assert text_as_read(f"Cuttings below.\n\n> {opening}.\n\nDana\n").text == f"Cuttings below.\n\n{opening}.\n\nDana\n"


def test_a_replys_line_over_the_quote_is_no_lede() -> None:
    text = ("On Sun, 10 Nov 2019 at 09:12, Dev Pillai wrote:\n> The Lakeland Tutors Guild will hold its ballot on "
            "20 November, its secretary said.\n")
    assert "wrote" not in main_event(text).title
