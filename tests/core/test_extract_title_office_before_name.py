"""A title that would be cut drops an office written straight before the name that holds it (issue 16):
"Westbrook Health Minister Ama Lind has asked ..." reads "Ama Lind has asked ...", as "The General Secretary
of the guild, Ama Lind, said ..." already read "Ama Lind said ...". The name alone says who acted; a title that
fits keeps the office, and an office after a verb is the object's, never dropped. Every text here is written
for the test."""

from __future__ import annotations

from timeline_app.core.extract.title_frames import without_frame
from timeline_app.core.extract.titles import event_title


def test_an_office_before_its_holder_goes_from_a_title_that_would_be_cut():
    assert event_title("Westbrook Health Minister Ama Lind has asked the striking ward nurses to “come back to "
                       "work”.") == "Ama Lind has asked the striking ward nurses to “come back to work”"
    assert event_title("The Lakeland Transport Minister Jo Arlen urged bus drivers to ignore the guild's calls to "
                       "stay away from the depots.") == \
        "Jo Arlen urged bus drivers to ignore the guild's calls to stay away"


def test_the_office_stays_in_a_title_that_fits():
    assert event_title("Health Minister Ama Lind resigned.") == "Health Minister Ama Lind resigned"


def test_an_office_after_a_verb_is_the_object_s_and_stays():
    text = "A tenants' group has warned Mayor Jo Arlen to “expect many more rent strikes across the whole city”."
    assert without_frame(text) == text
    text = "Harbourton council thanked Guild Treasurer Kea Marsh for the strike fund it kept for the porters."
    assert without_frame(text) == text
