"""A title may end where a condition, a concession or a cause opens ("unless ...", "even though ...",
"due to ..."): what comes after only qualifies the act (issue 16). Every text here is written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.titles import event_title


@pytest.mark.parametrize(("sentence", "title"), [
    ("The Westbrook dockers guild will ballot its members for a stoppage unless the Kea Holm board restores the "
     "night allowance.", "The Westbrook dockers guild will ballot its members for a stoppage"),
    ("Ama Lind will remain as head of the Arlen tenants union even though the post brings long nights and no pay "
     "at all.", "Ama Lind will remain as head of the Arlen tenants union"),
    ("Harbourton porters have begun an overtime ban at four wards due to the trust failing to pay the back money "
     "owed since May.", "Harbourton porters have begun an overtime ban at four wards"),
])
def test_a_title_ends_before_what_only_qualifies_the_act(sentence: str, title: str):
    assert event_title(sentence) == title


@pytest.mark.parametrize(("sentence", "title"), [
    # "due to" after a form of "be" is "scheduled to": no cause opens there
    ("Porters at Westbrook Infirmary and the Lakeland clinics are due to walk out on 3 June over the new staffing "
     "rota, their union said.", "Porters are due to walk out over new staffing rota, their union said"),
    ("The ballot of porters at Westbrook Infirmary was due to close on 17 May but the union extended it by a week.",
     "The ballot of porters at Westbrook Infirmary was due to close"),
])
def test_a_title_does_not_end_before_due_to_after_a_form_of_be(sentence: str, title: str):
    assert event_title(sentence) == title
