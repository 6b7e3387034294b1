"""Students' boycott of classes, under a headline naming another act the page's words also name, is that act's form
(issue 16): the walkout or the rally the headline announces stays the page's kind; a boycott under a headline that
names it, or names a strike, stays a strike."""

from __future__ import annotations

import pytest

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

_FORMS = (
    ("NATIONAL WALKOUT: students urged to leave lectures\n"
     "Ama Lind reports on the planned boycott of lectures at Harbourton University this Wednesday.\n"
     "At noon every student in Harbourton is asked to walk out of class and join the walkout.", "walkout"),
    ("Students rally at Kea Holm\n"
     "Pupils at Kea Holm school boycotted exams on Tuesday. Parents rallied at the gates in protest.", "protest"),
)
_STRIKES = (
    # the headline names the boycott itself
    "Harbourton students boycott lectures\n"
    "Students at Harbourton University boycotted lectures on Monday over fees. The protest drew hundreds to the "
    "square and the protest went on.",
    # the headline names a strike
    "Lecturers strike at Ostland\n"
    "Students at Ostland University boycotted lectures on Monday in support of the walkout by staff. "
    "The protest continued.",
    # staff who boycott exams withhold their work
    "Protest at Westbrook University\n"
    "Lecturers at Westbrook University boycotted exams on Monday over pay. Students protested outside and the "
    "protest grew, with a rally at noon.",
)


@pytest.mark.parametrize(("text", "kind"), _FORMS)
def test_a_class_boycott_under_a_headline_naming_another_act_is_its_form(text: str, kind: str) -> None:
    assert _main(text)[1].kind == kind


@pytest.mark.parametrize("text", _STRIKES)
def test_a_class_boycott_the_headline_names_or_sets_beside_a_strike_stays_a_strike(text: str) -> None:
    assert _main(text)[1].kind == "strike"
