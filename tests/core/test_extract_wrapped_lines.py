"""Hard-wrapped text (a PDF's lines, a plain-text mail, an old wire copy) reads like the same text unwrapped."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from extracted import read_text as read
from timeline_app.core.extract.wrapped_lines import unwrapped
from timeline_app.core.models import Extraction

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

REPORT = """Harbourton nurses strike over unpaid wages

By Jo Arlen

HARBOURTON, March 4 - Nurses at Harbourton General Hospital walked out on Tuesday after three months without pay, \
the head of the Harbourton Hospital Nurses' Association, Mira Tane, said. The first day of action will be followed \
by a second stoppage on Monday 10 March, when theatre staff and porters from the Lakeland Health Workers Union are \
expected to join them at the gates.

"We have been patient for long enough, and our members cannot pay their rent," Tane told reporters outside the \
hospital, where a crowd of about two hundred people had gathered by midday.
"""


def wrapped(text: str, width: int = 72) -> str:
    """``text`` as a plain-text mail or a PDF gives it: every line longer than ``width`` broken at words."""
    return "\n".join(piece for line in text.split("\n")
                     for piece in (textwrap.wrap(line, width, break_on_hyphens=False) or [""]))


def lines_after_report(more: str) -> list[str]:
    """The lines ``unwrapped`` reads in ``REPORT`` wrapped, with ``more`` after it (a wrapped text around it)."""
    return unwrapped(wrapped(REPORT) + more).split("\n")


def facts(result: Extraction) -> tuple:
    """What a reader checks: the dates, kinds and titles of the events and who is named."""
    return (result.published, [(e.start, e.kind, e.main, e.title) for e in result.events],
            sorted(o.name for o in result.organisations), sorted(p.name for p in result.people))


def test_a_wrapped_paragraph_becomes_one_line_and_every_offset_stays():
    text = wrapped(REPORT)
    assert text.count("\n") > REPORT.count("\n") + 4  # (the copy is wrapped)
    flat = unwrapped(text)
    assert len(flat) == len(text)
    assert all(a == b for a, b in zip(flat, text) if a != " ")  # only line breaks became blanks
    assert [" ".join(line.split()) for line in flat.split("\n")] == [" ".join(line.split()) for line in
                                                                      REPORT.split("\n")]


def test_a_wrapped_report_reads_like_the_same_report_unwrapped():
    assert facts(read(wrapped(REPORT))) == facts(read(REPORT))


def test_a_name_the_wrap_cut_in_two_is_found_whole():
    names = [o.name for o in read(wrapped(REPORT)).organisations]
    assert "Harbourton Hospital Nurses' Association" in names
    assert "Harbourton Hospital" not in names


def test_a_windows_line_end_keeps_its_length():
    text = wrapped(REPORT).replace("\n", "\r\n")
    flat = unwrapped(text)
    assert len(flat) == len(text)
    assert "walked out on Tuesday after three months without pay, the head of" in " ".join(flat.split())


@pytest.mark.parametrize("name", ["000_f1db093fbeb0a6d0.txt", "001_fd522c965bac0882.txt", "002_1b0c83dfe8221921.txt"])
def test_a_wrapped_copy_of_a_seed_gives_its_main_event_and_its_names(name):
    text = (SEEDS / name).read_text(encoding="utf-8")
    plain, copy = read(text), read(wrapped(text))
    main = next(e for e in plain.events if e.main)
    copied = next(e for e in copy.events if e.main)
    assert (copied.start, copied.kind, copied.title) == (main.start, main.kind, main.title)
    assert facts(copy)[2:] == facts(plain)[2:]


# --- what a wrap never joins ---

def test_a_page_with_one_paragraph_a_line_is_left_as_it_is():
    page = REPORT.replace("\n\n", "\n")
    assert unwrapped(page) is page


def test_a_short_note_is_left_as_it_is():
    note = "Walkout today\nMeet at the main gate at noon\nBring a placard\nAll welcome\n"
    assert unwrapped(note) is note


SIGNED = wrapped("""Open letter to the Vice-Chancellor of Lakeland University

We, the undersigned members of staff at Lakeland University, write to express our deep concern at the proposed \
closure of the School of Modern Languages, announced without any consultation with the staff or students who would \
be affected by it. We call on the university to withdraw the proposal and to open talks with the Lakeland branch of \
the Harbourton Tutors Guild at once.
""") + """Mira Tane, Professor of Comparative Literature and Critical Theory, Lakeland University
Jo Arlen, Senior Lecturer in Comparative Literature and Critical Theory, Harbourton College
Ama Lind, Lecturer in Translation Studies and Comparative Literature, Lakeland University
Kea Holm, Research Fellow in German and Comparative Literature, Westbrook Institute
"""


def test_signatories_each_on_their_line_stay_apart():
    flat = unwrapped(SIGNED)
    assert flat != SIGNED  # (the letter's wrapped body is joined)
    for line in SIGNED.splitlines()[-4:]:
        assert line in flat.split("\n")
    assert {"Mira Tane", "Jo Arlen", "Ama Lind", "Kea Holm"} <= {p.name for p in read(SIGNED).people}


ADVISORY = wrapped("""MEDIA ADVISORY
Harbourton Nurses Union Calls Rally For Safe Staffing At Westbrook
By Ama Lind

WHAT: A rally of nurses, patients and their families to demand that the Lakeland Health Trust fills the 200 \
vacant nursing posts on its wards before the winter, as the union asked in its letter of 2 October
WHEN: Friday, 14 October 2022, 12:00 noon
WHERE: The main entrance of Westbrook General Hospital, Kea Holm Road, where the union has held its vigils since June
- nurses from every ward of the hospital will speak about the shifts they have worked without a break this year
- patients and their families will be asked to sign a petition to the Trust's board calling for the posts to be filled
> Forwarded from the branch list: the rally was agreed at the branch meeting and every member is asked to come along
> with a placard and a friend, and to tell the branch secretary if they can help with the stewarding on the day
""")


def test_fields_list_items_quoted_lines_and_a_headline_over_its_byline_stay_apart():
    flat = unwrapped(ADVISORY)
    lines = flat.split("\n")
    assert "WHEN: Friday, 14 October 2022, 12:00 noon" in lines
    assert sum(line.startswith("- ") for line in lines) == 2
    assert sum(line.startswith("> ") for line in lines) == ADVISORY.count("\n> ")
    assert lines[1].startswith("Harbourton Nurses Union Calls Rally") and lines[2] == "By Ama Lind"


def test_a_headline_wrapped_over_two_lines_is_one_headline():
    text = wrapped("Harbourton Nurses Union Calls Rally For Safe Staffing At Westbrook General Hospital "
                   "And Lakeland Clinics\n\n" + REPORT.split("\n\n", 1)[1])
    assert unwrapped(text).startswith("Harbourton Nurses Union Calls Rally For Safe Staffing At Westbrook General "
                                      "Hospital And Lakeland Clinics\n")


CHRONOLOGY = """Timeline of the Westbrook dock dispute
9 January 2025 - Ostland Terminals tells the Westbrook Port Workers' Union
that a new shift rota will start in March and that it is not open to talks
on any of its terms or on the pay for the night shifts that it introduces
4 February 2025 - the union writes to the company asking for a meeting and
is told by the terminal's manager that there is nothing left to discuss
1 April 2025 - members of the union vote by 91 per cent to strike for two
days from Monday 14 April, the first strike at the port in thirty years
14 April 2025 - the strike begins and traffic through the port is halted
"""


def test_dated_entries_stay_apart_while_their_own_lines_join():
    lines = unwrapped(CHRONOLOGY).split("\n")
    assert [line[:16] for line in lines if line[:1].isdigit()] == [
        "9 January 2025 -", "4 February 2025 ", "1 April 2025 - m", "14 April 2025 - "]
    assert "Union that a new shift rota" in lines[1]


SIGNED_WITH_DASHES = """We, the undersigned nurses of Harbourton General Hospital, support the
strike called by the Harbourton Nurses' Association and ask the board of
the hospital to pay the wages owed to every member of its staff at once.
Mira Tane - senior nurse on the children's ward at Harbourton General
hospital and branch secretary of the Harbourton Nurses' Association
Kea Holm - midwife at the maternity unit of the hospital for twelve years
and a member of the branch committee since the dispute over pay began
Jo Arlen - theatre nurse and steward of the association at the hospital
"""


def test_signatories_written_with_a_dash_stay_apart():
    lines = unwrapped(SIGNED_WITH_DASHES).split("\n")
    assert [line.split(" - ")[0] for line in lines[1:4]] == ["Mira Tane", "Kea Holm", "Jo Arlen"]
    assert {"Mira Tane", "Kea Holm", "Jo Arlen"} <= {p.name for p in read(SIGNED_WITH_DASHES).people}


DEMANDS = """The Ostland Residents' Association calls on Westbrook Ferries to agree
before the winter timetable is published in September to the following
a ferry to and from Ostland on every day of the week all through the year
a fare for islanders that is no higher than the fare on the mainland bus
a meeting with the residents in the village hall before any change is made
The chair of the association, Ama Lind, said the residents had waited for
an answer since the spring and would march on the ferry office in June.
"""


def test_items_written_without_marks_stay_apart():
    lines = lines_after_report("\n" + DEMANDS)
    assert sum(line.startswith("a ") for line in lines) == 3
    assert any(line.endswith("to agree before the winter timetable is published in September to the following")
               for line in lines)  # (the opening sentence joins its own wrap only)


def test_a_caption_a_vote_count_and_a_page_footer_end_their_lines():
    lines = lines_after_report(
        "\nMarchers outside the town hall in Harbourton on the afternoon of Saturday\n"
        "22 March, with the banner of the Lakeland Tutors Guild (photo: Kea Holm)\n"
        "The guild's secretary, Jo Arlen, told the crowd that tutors would strike\n"
        "on 27 March unless the council agreed to talks. Of those voting, 91 per\n"
        "cent voted Yes and 9 per cent voted No.\n"
        "The strike will begin on Monday 14 April and last for two days, and the\n"
        "union's secretary said that the pickets would start at six o'clock on\n"
        "Harbourton Nurses' Association - Press release of 3 March 2025 - Page 2 of 2\n"
        "the first morning of the strike, outside the main gate of the hospital.\n")
    assert any(line.endswith("(photo: Kea Holm)") for line in lines)
    assert any(line.endswith("9 per cent voted No.") for line in lines)
    assert "Harbourton Nurses' Association - Press release of 3 March 2025 - Page 2 of 2" in lines


def test_fields_with_labels_in_lower_case_stay_apart():
    lines = lines_after_report("\nwhat: a rally of nurses, patients and their families at the main gate of the\n"
                               "when: Friday 14 March 2025 from noon until the end of the afternoon shift\n"
                               "where: the main gate of Harbourton General Hospital on Kea Holm Road\n")
    assert [line.split(":")[0] for line in lines if line.split(":")[0] in ("what", "when", "where")] == [
        "what", "when", "where"]


def test_dated_entries_without_a_dash_and_bullets_of_word_processors_stay_apart():
    lines = lines_after_report("""
3 December 2024 The board tells the association that the December wages
will be paid late because of a shortfall in the hospital's budget for the
14 January 2025 The board misses the January pay day for every nurse and
midwife at the hospital and writes to them to say that it cannot pay them
\u27a2 the payment of the wages owed since December in one sum and without any
deduction from the pay packets of the nurses, by 21 March at the latest
\u27a2 Talks at the conciliation service with the chief executive, Ama Lind, on
the staffing of the night shifts on the maternity ward from 1 April
""")
    assert sum(line.startswith(("3 December 2024 The", "14 January 2025 The")) for line in lines) == 2
    assert sum(line.startswith("\u27a2") for line in lines) == 2


def test_a_footnote_mark_after_a_stop_ends_the_sentence():
    lines = lines_after_report("\nThe board of the hospital has not paid the nurses and midwives on any of the\n"
                               "wards of the hospital since the end of December of the last year.12\n"
                               "On 3 March 2025 the members voted by 88 per cent to strike from 24 March.\n")
    assert any(line.endswith("last year.12") for line in lines)


def test_a_standfirst_with_no_stop_stays_apart_from_the_paragraph_under_it():
    lines = lines_after_report("\nNurses at every hospital in the Lakeland region began a strike at six in the\n"
                               "morning on Monday over three months of unpaid wages and the shortage of staff\n"
                               "The union's chair, Mira Tane, told reporters that the nurses had waited for\n"
                               "months for the board to answer their letters, and that the strike would go\n"
                               "on until the last of the wages owed to them had been paid in full.\n")
    assert any(line.endswith("and the shortage of staff") for line in lines)
    assert any(line.startswith("The union's chair, Mira Tane, told reporters") for line in lines)


def flat(text: str) -> str:
    """A hard-wrapped paragraph as a web page gives it: one line."""
    return " ".join(text.split("\n")).strip() + "\n"


# (wrapped by hand as a PDF might: the wrap leaves "Lind, ...", "Okafor, ..." and "Adeyemi, ..." opening lines side
# by side, as a list of signatories' entries would open)
SUPPORTERS = """The nurses' claim has won the support of councillors from every party on
the Lakeland council and of the unions at the hospital, among them Ama
Lind, Jo Arlen, Delia Hart, Kea Holm, Rhys Penhallow, Tomas Brandt, Ines
Okafor, Mira Tane, Owen Price, Siobhan Marwick, Lena Fischer and Yusuf
Adeyemi, who will all join the nurses' picket at the main gate on Monday.
"""


def test_a_sentence_naming_people_reads_whole_where_its_lines_open_as_entries_by_chance():
    text = wrapped(REPORT) + "\n" + SUPPORTERS
    assert lines_after_report("\n" + SUPPORTERS)[-2].startswith("The nurses' claim has won")
    assert facts(read(text)) == facts(read(REPORT + "\n" + flat(SUPPORTERS)))


# (the third and fourth lines are in title case, as a heading is)
BODIES = """The strike was called jointly by the nurses' association and by the
unions of the other staff, the Harbourton Nurses' Association (HNA), the
Lakeland Federation of Health and Care Unions (LFHCU), the Westbrook and
District Trades Council, the Ostland Midwives Guild and the Lakeland
Porters Union, whose members voted by a large majority last week to join
the nurses on the picket lines at the hospital's gates.
"""


def test_a_sentence_naming_bodies_reads_whole_where_its_wrapped_lines_are_in_title_case():
    assert lines_after_report("\n" + BODIES)[-2] == flat(BODIES).rstrip("\n")
    names = {o.name for o in read(wrapped(REPORT) + "\n" + BODIES).organisations}
    assert {"Westbrook and District Trades Council", "Lakeland Porters Union"} <= names



SIGNED_AFTER_AN_OPEN_LINE = """
The nurses of Harbourton General Hospital have not been paid since the
end of December, and the board has not answered any of their letters in
that time. This letter is signed by the following members of the branch
Mira Tane, Senior Nurse, Children's Ward, Harbourton General Hospital
Jo Arlen, Theatre Nurse and Steward, Harbourton Nurses' Association
Kea Holm, Midwife, Maternity Unit, Harbourton General Hospital
"""


def test_signatories_stay_apart_from_a_sentence_above_them_that_has_no_stop():
    lines = lines_after_report(SIGNED_AFTER_AN_OPEN_LINE)
    assert lines[-4:-1] == SIGNED_AFTER_AN_OPEN_LINE.split("\n")[-4:-1]
    assert lines[-5].endswith("This letter is signed by the following members of the branch")


ENTRY_LISTS = {
    "a place after a comma, beside an entry that wraps": """
Signed by the following members of the Lakeland branch and of the staff:

Ines Okafor, consultant paediatrician, Harbourton General, Harbourton
Rhys Penhallow, professor of palliative care and director of the unit for
children's palliative care at the hospital and at the Ostland hospice
Tomas Brandt, senior staff nurse on the children's ward, Westbrook
Lena Fischer, midwife at the maternity unit of the hospital, Harbourton
""",
    "a post in title case that wraps": """
Signed by the following members of the Lakeland branch and of the staff:

Dr Lena Fischer, Lecturer in Nursing Science and Deputy Director of
the Institute for Health Economics and Public Policy, University of Lakeland
Dr Owen Price, Research Associate, Westbrook Field Station, Lakeland
""",
    "speakers with a dash, ending on a place": """
Speakers at the rally

Delia Hart - staff nurse and chair of the branch's young members, Ostland
Kea Holm - midwife and founder of the maternity unit's staff forum at the
hospital, which now meets at the start of every month in the chapel
Yusuf Adeyemi - porter and steward for the hospital's night shift, Harbourton
Siobhan Marwick - theatre nurse and branch secretary for twelve years, Westbrook
""",
    "contacts ending on a conjunction": """
For further information contact the association's officers at the hospital

Ama Lind, press officer of the Harbourton Nurses' Association, on 01632 960411, or
Jo Arlen, branch secretary of the association, on 01632 960412 at any time
""",
}


@pytest.mark.parametrize("entries", list(ENTRY_LISTS.values()), ids=list(ENTRY_LISTS))
def test_entries_after_wrapped_text_stay_apart_whatever_ends_the_entry_above(entries):
    lines = lines_after_report(entries)
    names = [line.split(" - ")[0].split(",")[0] for line in entries.split("\n") if line[:1].isupper()][1:]
    assert [name for name in names if any(line.startswith(name) for line in lines)] == names


def test_a_byline_under_a_wrapped_headline_stays_apart():
    lines = lines_after_report("\nLakeland nurses vote to strike for the first time in thirty years as\n"
                               "the board rejects the association's claim for the wages owed since March\n"
                               "By Cordelia Vance, Health Correspondent\n")
    assert lines[-2] == "By Cordelia Vance, Health Correspondent"


def test_a_sentence_going_on_with_by_and_a_name_under_its_first_line_reads_whole():
    lines = lines_after_report("\nThe letter, sent to the board of the hospital on Tuesday, was organised\n"
                               "by Rosa Achterberg, the chair of the Lakeland branch, and was signed by\n"
                               "more than four hundred nurses and midwives from every ward in the region.\n")
    assert lines[-2].startswith("The letter, sent to the board") and lines[-2].endswith("in the region.")
