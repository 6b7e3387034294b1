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
    assert event_title("The Lakeland Public Works Minister Mira Tane Lind yesterday urged government staff to "
                       "ignore calls by the guild to stay away.") == \
        "Mira Tane Lind urged government staff to ignore calls"
    assert without_frame("Westbrook College media liaison officer Ama Lind explains that the library will stay "
                         "shut.") == "Ama Lind explains that the library will stay shut."


def test_the_office_stays_in_a_title_that_fits():
    assert event_title("Health Minister Ama Lind resigned.") == "Health Minister Ama Lind resigned"


def test_an_office_after_a_verb_is_the_object_s_and_stays():
    text = "A tenants' group has warned Mayor Jo Arlen to “expect many more rent strikes across the whole city”."
    assert without_frame(text) == text
    text = "Harbourton council thanked Guild Treasurer Kea Marsh for the strike fund it kept for the porters."
    assert without_frame(text) == text


def test_only_an_office_s_own_words_stand_before_the_role_word():
    # a subject, its frame or a list before the office: the office holder is not the subject alone
    for text in ("Students fighting Chancellor Jo Arlen over the fee rise occupied the library of Westbrook College "
                 "on Tuesday 4 March 2025 and vowed to stay there until the rise was dropped.",
                 "Students against Chancellor Jo Arlen and his fee rise occupied the library of Westbrook College "
                 "on Tuesday 4 March 2025 and vowed to stay there until the rise was dropped.",
                 "Harbourton nurses and their former union president Jo Arlen were arrested outside the Westbrook "
                 "Health Board offices on Monday after a sit-in that lasted most of the day.",
                 "According to union president Jo Arlen the board has cut the night shifts at three wards since the "
                 "start of the year without any talks.",
                 "Opposing Chancellor Jo Arlen over the fees, students of Westbrook College occupied the library."):
        assert without_frame(text) == text
    assert event_title("Harbourton nurses and their former union president Jo Arlen were arrested outside the "
                       "Westbrook Health Board offices on Monday after a sit-in that lasted most of the day.") \
        .startswith("Harbourton nurses")


def test_a_word_ending_the_office_is_no_part_of_the_name():
    for office in ("Secretary General", "Director General"):
        title = event_title(f"Ostland Labour Congress {office} Jo Arlen said on Monday that the unions would call "
                            "a general strike.")
        assert title.startswith("Jo Arlen said"), title
    assert without_frame("Guild general secretary Jo Arlen said on Monday that the guild would ballot its members.") \
        == "Jo Arlen said on Monday that the guild would ballot its members."
