"""Event titles from the event's own fields (issue 16, round 14): a
sentence with no whole phrase that fits is titled "<Actor> <kind noun>" when
an organisation in its subject does the action. Every text here is written
for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.extract.title_actors import actor_title
from timeline_app.core.extract.title_phrases import phrase_title
from timeline_app.core.extract.titles import whole_title
from timeline_app.core.models import ReadDocument


def test_an_uncuttable_sentence_is_titled_by_its_actor_and_kind():
    text = ("Members of the Coastal Union of Learners from the colleges of the three northern counties occupied "
            "the regional education offices for a night")
    assert phrase_title(text).endswith("…")
    assert whole_title(text, "occupation", (("Coastal Union of Learners",) * 2,)) == "Coastal Union of Learners occupation"


def test_the_actor_is_named_as_the_sentence_abbreviates_it():
    text = ("The Northern Federation of Tutors (NFT) has walked out of every lecture hall of the Northern "
            "Technical University system")
    assert whole_title(text, "walkout", (("Northern Federation of Tutors",) * 2, ("NFT",) * 2)) == "NFT walkout"


def test_an_organisation_that_does_not_do_the_action_names_no_title():
    # the court orders; the union strikes: "Plains County Court strike" would be false
    text = ("The Plains County Court has told the Lecturers Union of the Plains to end its strike at once and return "
            "to lecturing")
    names = (("Plains County Court",) * 2, ("Lecturers Union of the Plains",) * 2)
    assert actor_title(text, "strike", names) is None
    assert whole_title(text, "strike", names).endswith("…")
    # an organisation after the verb is no actor; a kind with no noun names none
    assert actor_title("Hundreds of pupils protested outside the Eastport Academy Trust", "protest",
                       (("Eastport Academy Trust",) * 2,)) is None
    assert actor_title("The Eastport Academy Trust held a meeting", "other", (("Eastport Academy Trust",) * 2,)) is None


def test_an_extracted_event_with_no_whole_phrase_is_titled_by_its_actor():
    text = ("Members of the Coastal Union of Learners from the colleges of the three northern counties occupied "
            "the regional education offices on 3 March 2021 for a night and a day.\n")
    events = extract(ReadDocument(text=text, format="txt")).events
    assert any(event.title == "Coastal Union of Learners occupation" for event in events), \
        [event.title for event in events]


def test_where_the_actors_are_and_a_persons_name_are_no_actor():
    # the students strike; the university they live at does not
    assert actor_title("Students living in halls at the University of Eastport staged a rent strike over the "
                       "summer months", "strike", (("University of Eastport",) * 2,)) is None
    assert actor_title("One of the coordinators of the movement, Sam Rivers, announced a march", "protest",
                       (("Sam Rivers",) * 2,)) is None
    assert actor_title("Members of the Eastport Tenants Union staged a rent strike", "strike",
                       (("Eastport Tenants Union",) * 2,)) == "Eastport Tenants Union strike"



def test_the_actor_is_named_by_the_acronym_the_document_gives_it_elsewhere():
    text = ("Tutors from the Northern Federation of Tutors across the colleges of the north have voted by a wide "
            "margin for action over pay")
    assert whole_title(text, "vote", (("Northern Federation of Tutors", "NFT"),)) == "NFT vote"


def test_walking_off_the_job_is_doing_a_strike():
    text = ("Thousands of the Coastal Health Workers Association's members walked off the job across the whole "
            "region for a day over staffing")
    assert whole_title(text, "strike", (("Coastal Health Workers Association",) * 2,)) == \
        "Coastal Health Workers Association strike"


def test_a_sentence_listing_thousands_of_bodies_before_its_verb_is_read_at_once():
    # each name was searched for across the whole subject, and its place
    # words from the subject's start: 8,000 names took most of a minute
    names = [f"the W{i:04d} Union" for i in range(8000)]
    text = "Students at " + ", at ".join(names) + " occupied the library on 3 March 2025"
    assert actor_title(text, "occupation", [(n, n) for n in names]) is None
