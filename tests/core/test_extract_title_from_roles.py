"""An event whose title would be cut is named by its organiser and kind (issue 16): "The indefinite
strike launched by the <long name> has entered ..." has no clause that ends within 70 characters, and
a reader would write "<name> strike". Only a body the sentence itself cues as running an act of the
event's kind counts. Every text here is written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.title_from_roles import built_title, with_built_titles
from timeline_app.core.models import ExtractedEvent, ExtractedOrganisation, ReadDocument

_FEDERATION = "Lakeland Federation of Nursing and Midwifery Staff Unions"
_TENANTS = "Kea Holm Federation of Tenant and Leaseholder Associations"


def _main(text: str) -> ExtractedEvent:
    found = extract(ReadDocument(text=f"Published 14 March 2024\n\n{text}\n\nAma Lind said the mood was good.",
                                 format="txt"))
    return next(e for e in found.events if e.main)


@pytest.mark.parametrize(("sentence", "title"), [
    (f"The indefinite strike launched by the {_FEDERATION} has entered its second day on 12 March 2024.",
     f"{_FEDERATION} strike"),
    (f"The online petition started by the {_TENANTS} against the closure of the library passed ten thousand "
     "names on 12 March 2024.", f"Petition by {_TENANTS}"),
])
def test_a_cut_title_is_built_from_the_organiser_its_sentence_names(sentence: str, title: str) -> None:
    event = _main(sentence)
    assert event.title == title
    assert event.evidence == sentence  # the sentence stays the event's evidence, for the detail pane


@pytest.mark.parametrize("sentence", [
    # the cue ties the body to a vigil, not to the strike the event is
    f"The candlelit vigil organised by the {_FEDERATION} in support of the porters ended at midnight on "
    "12 March 2024, as the strike went on.",
    # the body is the object of a verb, not the subject of the protest after it
    f"Hundreds of nurses stood for hours at the building that houses the {_FEDERATION} protesting against the "
    "new rota on 12 March 2024.",
])
def test_no_title_is_built_for_a_body_that_does_not_run_the_event(sentence: str) -> None:
    assert not _main(sentence).title.endswith(" strike")
    assert not _main(sentence).title.endswith(" protest")


def _cut(kind: str, sentence: str) -> ExtractedEvent:
    return ExtractedEvent(sentence[:60] + "…", kind, "2024-03-12", "day", sentence, 0, len(sentence), main=True)


def test_the_short_form_the_sentence_defines_in_brackets_names_the_organiser() -> None:
    sentence = (f"The weekly walkout called by the {_FEDERATION} (LFNMSU) in the wards of every hospital of "
                "Harbourton and Westbrook went on.")
    start = sentence.index("Lakeland")
    mentions = [(_FEDERATION, start, start + len(_FEDERATION))]
    built = with_built_titles([_cut("walkout", sentence)], sentence, [], mentions, [ExtractedOrganisation(_FEDERATION)])
    assert built[0].title == "LFNMSU walkout"
    # a known acronym of the body is its short form where the sentence writes no other
    plain = sentence.replace(" (LFNMSU)", "")
    known = [ExtractedOrganisation(_FEDERATION, acronym="LFNSU")]
    assert with_built_titles([_cut("walkout", plain)], plain, [], mentions, known)[0].title == "LFNSU walkout"


@pytest.mark.parametrize(("kind", "organisers", "evidence", "title"), [
    ("strike", ["Arlen Porters Guild"], "", "Arlen Porters Guild strike"),
    ("letter", ["Westbrook staff"], "an open letter to the board", "Open letter from Westbrook staff"),
    ("letter", ["Westbrook staff"], "a letter to the board", "Letter from Westbrook staff"),
    ("vote", ["Ostland Guild", "Arlen Union"], "", "Ostland Guild and Arlen Union vote"),
    ("other", ["Arlen Porters Guild"], "", None),  # no act of the movement
    ("context", ["Arlen Porters Guild"], "", None),
    ("strike", [], "", None),  # no organiser known
    ("strike", ["A", "B", "C"], "", None),  # too many to name
    ("strike", ["Brackwater Dunmore " * 4], "", None),  # too long for a title
])
def test_built_titles_name_acts_of_the_movement_in_plain_words(kind, organisers, evidence, title) -> None:
    assert built_title(kind, organisers, evidence) == title


def test_a_whole_title_is_left_as_it_is() -> None:
    sentence = f"The weekly walkout called by the {_FEDERATION} went on."
    event = ExtractedEvent("Weekly walkout went on", "walkout", "2024-03-12", "day", sentence, 0, len(sentence))
    start = sentence.index("Lakeland")
    mentions = [(_FEDERATION, start, start + len(_FEDERATION))]
    assert with_built_titles([event], sentence, [], mentions, [ExtractedOrganisation(_FEDERATION)])[0] is event
