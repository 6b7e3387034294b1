"""Generic rules found on the second tuning half of the real pages:
shouted words, topic tags and time zones are no organisations, and people
are not read out of headlines or bodies' names. Every example is written here."""

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _extract(text: str):
    return extract(ReadDocument(text=text, format="txt"))


def _orgs(text: str) -> set[str]:
    return {o.name for o in _extract(text).organisations}


def _people(text: str) -> set[str]:
    return {p.name for p in _extract(text).people}


def test_a_shouted_ordinary_word_is_no_acronym():
    names = _orgs("MEMBERS! Join the march on Friday. All members of Leeds Students' Union are welcome.")
    assert "MEMBERS" not in names


def test_a_row_of_topic_tags_is_no_campaign_but_a_tag_in_a_sentence_is():
    names = _orgs("Students rallied behind #SaveOurLibrary on the steps.\n#ClimateNow #GreenFuture #SaveOurLibrary2030")
    assert "SaveOurLibrary" in names
    assert not names & {"ClimateNow", "GreenFuture", "SaveOurLibrary2030"}


def test_a_time_zone_after_a_time_is_no_organisation():
    assert "ET" not in _orgs("Posted 03/04/2019 05:21 pm ET. Students of Northfield College marched.")


def test_a_person_described_by_an_age_noun_is_a_person():
    assert "Maja Lindqvist" in _people("The strikes were inspired by Danish teenager Maja Lindqvist, who skipped school.")


def test_a_school_named_like_a_person_is_no_person():
    text = "Pupils marched from the town hall.\nKeira High\nStudents from every school joined them."
    assert not any("High" in name for name in _people(text))


def test_a_verb_after_a_role_on_a_headline_is_no_name():
    text = "Union President Wins Vote of Confidence\n\nThe students' union president kept her post on Tuesday."
    assert "Wins Vote" not in _people(text)


def test_the_end_of_a_body_name_after_of_is_no_person():
    text = "Pupils joined the march. — Friends of Al Noor (@FriendsAlNoor) March 3, 2022"
    assert "Al Noor" not in _people(text)
