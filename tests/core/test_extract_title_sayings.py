"""A verb of saying written as a headline writes it, so that a long told clause fits a title, still attributed."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.title_sayings import said_plainly
from timeline_app.core.extract.titles import event_title


def test_a_perfect_saying_becomes_a_present_and_the_title_fits() -> None:
    # (a participle and its "upon" after the noun end the title: what the strike was decided upon by)
    sentence = ("The Lakeland board has stated that it has no word yet of the work stoppage decided upon by the "
                "drivers of Kea Holm, calling it hasty as no notice was given.")
    assert event_title(sentence) == "The Lakeland board states it has no word yet of the work stoppage"


# (None: the sentence is left as it is)
@pytest.mark.parametrize(("sentence", "plain"), [
    # the claim stays the speaker's; a plural speaker takes the plural
    ("Porters in Westbrook have said they will stop work on the ninth of May over unpaid night shifts.",
     "Porters in Westbrook say they will stop work on the ninth of May over unpaid night shifts."),
    # a subject of three words before the told clause's verb
    ("The Kea Holm tutors have stated that the night rota is unsafe for the wards of Westbrook.",
     "The Kea Holm tutors state the night rota is unsafe for the wards of Westbrook."),
    # a told clause in the past keeps the past
    ("The Arlen guild has said that it would hold a vigil outside the town hall next week.",
     "The Arlen guild said it would hold a vigil outside the town hall next week."),
    # the told clause's subject runs over a preposition: "that" shows it still waits for its verb
    ("The Brackwater guild has stated that the council at every level must face up to its duty to tenants.", None),
    # "that" is the told thing itself, no clause opener
    ("Mira Tane has said that was the reason the tutors of Harbourton had walked out of the hall.", None),
    # a plain past of saying is left as it is
    ("The Ostland academy said that it had asked a judge to end the sit-in in the library.", None),
    # no told clause with a helping verb follows
    ("The Lakeland board has said nothing about the strike planned by the tutors of Harbourton.", None),
    # after a modal or "to", the saying is no plain past: never said, or reported
    ("The Westbrook board could have said that they were closing the Arlen ward to new patients.", None),
    ("The Arlen guild would have said that the strike is lawful had the Westbrook board asked it.", None),
    ("The tutors of Kea Holm are said to have stated that they will stop work on the ninth of May.", None),
    # a denial: what is denied is the saying itself
    ("The Ostland academy denies that it has said that the sit-in is unlawful under the college rules.", None),
    # words in quotation marks are the speaker's, as written
    ('"The Lakeland board has said that it will not talk to us," Mira Tane told the nurses of Westbrook.', None),
])
def test_said_plainly(sentence: str, plain: str | None) -> None:
    assert said_plainly(sentence) == (plain or sentence)


def test_a_saying_after_a_modal_keeps_its_have() -> None:
    sentence = ("The Westbrook board should have stated that it was closing the Arlen ward to new patients before "
                "the nurses walked out on Monday over pay.")
    assert event_title(sentence) == "The Westbrook board should have stated that it was closing the Arlen…"
