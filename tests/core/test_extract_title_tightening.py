"""Titles that would have been cut with an ellipsis (issue 16, round 16): the
sentence is first tightened (its date, bracketed tags, hedging adverbs and a
name its acronym says dropped), then ended sooner than usual (before a
relative "that" or a short modifier), then titled by who did it. Every text
here is written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.title_openings import without_day_words
from timeline_app.core.extract.titles import whole_title
from timeline_app.core.models import ReadDocument


def _whole(title: str) -> bool:
    return len(title) <= 70 and not title.endswith("…")


@pytest.mark.parametrize(("text", "kind", "title"), [
    # a date and a hedging adverb go before the title is cut
    ("Staff at the Eastport Academy of Music on Thursday 3 March reportedly walked out of the annual graduation "
     "concert in the main hall", "walkout", "Staff at the Eastport Academy of Music reportedly walked out"),
    # a name set beside its acronym is said by the acronym
    ("The Eastport Federation of College Tutors, EFCT, and the Northern Union of Lab Staff, NULS, have begun an "
     "indefinite strike over unpaid wages", "strike", "EFCT and NULS have begun an indefinite strike over unpaid wages"),
    # a relative clause on a noun ends the title sooner
    ("The students are demanding an end to the residence levy that was imposed by the council of the "
     "university last year without any consultation", "other",
     "The students are demanding an end to the residence levy"),
    # a clause in the passive ends before its agent
    ("Adopted by the council in 2019, this rule has been widely criticised by tenants, charities, lawyers and "
     "even one of its own authors for punishing the poorest", "other",
     "Adopted by the council in 2019, this rule has been widely criticised"),
    # a headline naming its action ends before its first modifier
    ("Open Letter to Vice Chancellors in the light of students staging peaceful action on campuses around the nation",
     "letter", "Open Letter to Vice Chancellors"),
])
def test_a_sentence_too_long_for_a_title_is_shortened_not_cut(text: str, kind: str, title: str):
    assert whole_title(text, kind) == title


def test_people_who_did_the_action_title_it_when_no_phrase_fits():
    text = ("Tens of thousands of Eastport college students staged rolling demonstrations throughout the city centre "
            "to protest impending fee increases")
    assert whole_title(text, "protest") == "Protest by tens of thousands of Eastport college students"
    letter = ("Around two hundred academics from universities around the world have written to the acting "
              "minister of higher education calling for the release of the detained students at once")
    assert whole_title(letter, "letter") == "Letter from around two hundred academics"


def test_a_subject_that_is_no_people_titles_nothing():
    # tear gas strikes nothing; a cut title is better than a false one
    text = ("Rubber bullets and tear gas were fired across the Eastport campus on the morning as the strike against "
            "the new tuition policy entered its second day")
    title = whole_title(text, "strike")
    assert "by rubber" not in title.lower()


def test_a_phrase_left_waiting_for_its_object_is_no_title():
    text = ("The Eastport City Council began working toward a fair pay bylaw covering every municipal worker and "
            "contractor in the region")
    title = whole_title(text, "other")
    assert not title.endswith(("began", "began working")), title
    quoted = ('Jo Park said: "in 2019, our campaign goes on with the same resolve and energy, setting out our '
              'claims as before"')
    assert whole_title(quoted, "other").count('"') % 2 == 0 or whole_title(quoted, "other").endswith("…")


def test_a_date_between_commas_leaves_no_comma_behind():
    assert without_day_words("Students, on Tuesday, staged a sit-in") == "Students staged a sit-in"
    assert without_day_words("Students, on Monday, in Eastport, staged a sit-in") == "Students, in Eastport, staged a sit-in"
    assert without_day_words("Students staged a sit-in on Tuesday, and police came") == "Students staged a sit-in, and police came"


def test_two_acronyms_opening_a_title_stay_in_capitals():
    text = ("EFCT and NULS have begun an indefinite strike over unpaid wages and the closure of two campuses in the "
            "north of the county")
    assert whole_title(text, "strike").startswith("EFCT and NULS")


def test_an_extracted_event_is_titled_without_an_ellipsis():
    text = ("Tens of thousands of Eastport college students staged rolling demonstrations throughout the city centre "
            "on 3 March 2021 to protest impending fee increases and the closure of the northern campus.\n")
    titles = [event.title for event in extract(ReadDocument(text=text, format="txt")).events]
    assert titles and all(_whole(title) for title in titles), titles


def test_a_posted_by_line_is_no_title():
    text = ("Posted by admin\n\nThe Eastport Federation of College Tutors and the Northern Union of Lab Staff have "
            "begun an indefinite strike over unpaid wages on 3 March 2021.\n")
    titles = [event.title for event in extract(ReadDocument(text=text, format="txt")).events]
    assert titles and "Posted by admin" not in titles, titles


def test_tightening_keeps_whose_claim_it_is_and_what_only_looks_like_a_date():
    from timeline_app.core.extract.title_tightening import tightened
    assert "allegedly" in tightened("Armed police on 3 May allegedly beat three student leaders unconscious")
    assert "a just transition" in tightened("Workers on 3 May demanded a just transition for all coal workers")
    assert tightened("Teachers in 2000 schools walked out on 3 May") == "Teachers in 2000 schools walked out"
    assert "formed in 1998" in tightened("The Eastport Union of Dockers, formed in 1998, has called a strike on 3 May")
    assert tightened("Nurses and the National Union of Nurses and Midwives, NUNM, have begun a strike") == \
        "Nurses and NUNM have begun a strike"
    assert tightened("Protesters in Oklahoma City, OK, blockaded the road on 3 May") == \
        "Protesters in Oklahoma City, OK, blockaded the road"


def test_the_agent_of_a_relative_clause_is_not_where_a_title_ends():
    text = ("The ban on protests that was imposed by the governor of Eastport province after the riots of the summer "
            "was lifted by the supreme court")
    assert whole_title(text, "other") != "The ban on protests that was imposed"


def test_people_who_did_not_do_the_action_title_nothing():
    from timeline_app.core.extract.title_actors import doer_title
    assert doer_title("The managers of the striking workers have called the demands unreasonable", "strike") is None
    assert doer_title("Hundreds of students were held overnight and questioned by police", "strike") is None
    assert doer_title("Members of the Eastport Union of Teachers and their supporters began a strike", "strike") is None
    assert doer_title("Management and the unions signed a deal to end the dispute", "strike") is None
    assert doer_title("All Saints College students staged a protest", "protest") == "Protest by All Saints College students"
