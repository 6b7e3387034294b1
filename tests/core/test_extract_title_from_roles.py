"""An event whose title would be cut is named by its organiser and kind (issue 16): "The indefinite
strike launched by the <long name> has entered ..." has no clause that ends within 70 characters, and
a reader would write "<name> strike". Only a body the sentence itself cues as running an act of the
event's kind counts. Every text here is written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.sentences import sentences
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
    # an employer that says something of the strike, or that founded the schools whose teachers walk out
    "The Westbrook and Harbourton Hospitals Employers Association announced the strike was unlawful on 12 March "
    "2024, as porters stayed out.",
    "The Westbrook and Harbourton Hospitals Employers Association held that the strike was unlawful on 12 March "
    "2024, as porters stayed out.",
    "Teachers at the twelve secondary schools founded by the Harbourton Diocesan Education and Trust Board walked "
    "out on 12 March 2024 over pay.",
    # the sentence says the act stopped that day: "<body> strike" would read as a strike held then
    f"The indefinite strike launched by the {_FEDERATION} was suspended on 12 March 2024 after the board agreed to "
    "talks.",
    f"The indefinite strike launched by the {_FEDERATION} ended on 12 March 2024 after the board agreed to talks.",
])
def test_no_title_is_built_for_a_body_that_does_not_run_the_event(sentence: str) -> None:
    assert not _main(sentence).title.endswith(" strike")
    assert not _main(sentence).title.endswith(" protest")
    assert not _main(sentence).title.endswith(" walkout")


def test_a_body_that_does_the_act_or_stages_it_names_it() -> None:
    guild = "Westbrook and Harbourton Hospitals Porters and Cleaners Guild"
    for verb in ("walked out", "staged a walkout"):
        sentence = f"The {guild} {verb} over pay on 12 March 2024 at every ward of the city."
        assert _main(sentence).title == f"{guild} walkout"


def test_a_body_leading_the_people_who_act_runs_their_act() -> None:
    # a body "founded by" or "run by" names an employer, but one "led by" leads the act that follows
    for verb, title in (("led", "Ostland Porters Guild walkout"), ("founded", "Porters and cleaners…")):
        sentence = (f"Porters and cleaners at the four public hospitals of Harbourton, {verb} by the Ostland Porters "
                    "Guild, walked out on 12 March 2024.")
        start = sentence.index("Ostland")
        mentions = [("Ostland Porters Guild", start, start + len("Ostland Porters Guild"))]
        event = _cut("walkout", sentence)
        built = with_built_titles([event], sentence, [], mentions, [ExtractedOrganisation("Ostland Porters Guild")])
        assert built[0].title == (title if title.endswith("walkout") else event.title)


def test_a_bracket_that_does_not_spell_the_name_is_not_its_short_form() -> None:
    sentence = f"The indefinite strike launched by the {_FEDERATION} (UK) has entered its second day on 12 March 2024."
    assert _main(sentence).title == f"{_FEDERATION} strike"


def test_the_organiser_is_read_from_the_events_own_sentence() -> None:
    opening = "Porters and cleaners at the four public hospitals of Harbourton and Westbrook, in a strike called by the"
    first = f"{opening} Ostland Porters Guild, stayed out on 2 March 2024."
    second = f"{opening} Lakeland Cleaners Union, stayed out on 9 March 2024."
    text = f"{first} {second}"
    mentions = [(name, text.index(name), text.index(name) + len(name))
                for name in ("Ostland Porters Guild", "Lakeland Cleaners Union")]
    start = text.index(second)
    event = ExtractedEvent(second[:60] + "…", "strike", "2024-03-09", "day", second, start, start + len(second))
    known = [ExtractedOrganisation(name) for name, _, _ in mentions]
    built = with_built_titles([event], text, sentences(text), mentions, known)
    assert built[0].title == "Lakeland Cleaners Union strike"


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
