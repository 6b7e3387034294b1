"""What the statistical engine proposes is checked against the document:
the small models' usual mistakes (places read as people or bodies, parts of
longer names, slogans) never reach the People or Organisations lists, and
the model reads only a few words around each name left to explain. A blank
spaCy pipeline with an entity ruler plays the model, mistakes included."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")  # the [nlp] extra, listed in the test extras

from timeline_app.core.extract import extract  # noqa: E402 - after the spaCy check
from timeline_app.core.extract.reading_windows import windows_worth_reading  # noqa: E402
from timeline_app.core.extract.sentences import lines, sentences  # noqa: E402
from timeline_app.core.models import ReadDocument  # noqa: E402

TEXT = (
    "Pupils strike for the climate\n\n"
    "On 15 March 2019 pupils walked out of class across the country to strike for the climate. "
    "In Harbourton, children met on St Stephen’s Green late on Friday with placards. "
    "A march then went down Lambton Quay towards the parliament buildings at noon. "
    "Many had come from the Rent Strike Weekender held by tenants the week before. "
    "Both Cambridge and Westbrook Metropolitan faced intimidation from university authorities. "
    "Tomas Garvey, the Minister for Jobs and Enterprise, was away from the building at the time. "
    "On the day of action Friends of al-Nakhla marched in cities across the country, the third time Friends "
    "of al-Nakhla had marched this year. "
    "Students also surrounded VC Ifeoma Adeyemi when she was leaving her office that day. "
    "Later in the week Adeyemi met the students' leaders. "
    "Marchers said Arlen State had used the Public Order and Assembly Act against them before "
    "the General Election, and that Harbourton Rising Tide had broken its promises.\n"
)


@pytest.fixture(scope="module")
def mistaken_model(tmp_path_factory) -> str:
    """A 'model' that makes the small models' typical mistakes, and finds two real names."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": "St Stephen"},           # a green, not a saint
        {"label": "ORG", "pattern": "Lambton Quay"},            # a street
        {"label": "PERSON", "pattern": "Strike Weekender"},     # an event's name
        {"label": "GPE", "pattern": "Cambridge"},
        {"label": "PERSON", "pattern": "Westbrook Metropolitan"},  # a university, listed after a place
        {"label": "ORG", "pattern": "Jobs and Enterprise"},     # the end of a minister's office
        {"label": "ORG", "pattern": [{"ORTH": "Friends"}, {"ORTH": "of"}, {"ORTH": "al"}, {"ORTH": "-"},
                                     {"ORTH": "Nakhla"}]},
        {"label": "PERSON", "pattern": "VC Ifeoma Adeyemi"},    # an office glued to a name
        {"label": "ORG", "pattern": "Arlen State"},             # a region
        {"label": "ORG", "pattern": "Public Order and Assembly Act"},  # a law
        {"label": "ORG", "pattern": "General Election"},        # an event
        {"label": "ORG", "pattern": "Harbourton Rising Tide"},  # a scheme named once, no head word
    ])
    folder = tmp_path_factory.mktemp("model") / "mistaken_model"
    nlp.to_disk(folder)
    return str(folder)


def _names(text: str, nlp: str | None) -> tuple[set[str], set[str]]:
    extraction = extract(ReadDocument(text=text, format="txt"), nlp=nlp)
    return {o.name for o in extraction.organisations}, {p.name for p in extraction.people}


def test_places_are_neither_people_nor_bodies(mistaken_model):
    orgs, people = _names(TEXT, mistaken_model)
    assert not {"St Stephen", "Strike Weekender", "Westbrook Metropolitan"} & people
    assert "Lambton Quay" not in orgs


def test_regions_laws_and_events_are_not_bodies(mistaken_model):
    orgs, _ = _names(TEXT, mistaken_model)
    assert not {"Arlen State", "Public Order and Assembly Act", "General Election"} & orgs


def test_a_name_without_a_head_word_the_page_writes_once_is_not_a_body(mistaken_model):
    # (the page's Friends of al-Nakhla, also without a head word, is written twice and kept)
    orgs, _ = _names(TEXT, mistaken_model)
    assert "Harbourton Rising Tide" not in orgs
    assert "Friends of al-Nakhla" in orgs


def test_the_end_of_a_longer_name_is_not_a_body(mistaken_model):
    orgs, _ = _names(TEXT, mistaken_model)
    assert "Jobs and Enterprise" not in orgs


def test_what_the_model_rightly_adds_is_kept_without_the_office(mistaken_model):
    orgs_alone, people_alone = _names(TEXT, None)
    orgs, people = _names(TEXT, mistaken_model)
    assert "Friends of al-Nakhla" in orgs - orgs_alone
    assert "Ifeoma Adeyemi" in people - people_alone
    assert "VC Ifeoma Adeyemi" not in people


def test_the_model_reads_a_few_words_around_each_name_left_to_explain():
    text = ("Later that evening the crowd that had gathered outside listened quietly while "
            "Sadiq Khan spoke about rents and the cost of living for almost an hour.\n")
    windows = windows_worth_reading(text, sentences(text, lines(text)), [])
    assert [w.text for w in windows] == ["outside listened quietly while Sadiq Khan spoke about rents and"]
    explained = [(text.index("Sadiq"), text.index("Sadiq") + len("Sadiq Khan"))]
    assert windows_worth_reading(text, sentences(text, lines(text)), explained) == []
