"""Names that are no body (issue 16, stop 61): a harm spelled out before its code in brackets, a slogan or
an event's title in quote marks, a rank in capitals before a name, a union's code before "Strike" alone,
and an officer named after a comma behind "of the union"; and the bodies these rules must leave alone (a member
of a coalition, a campaign to end a harm, a quoted name after "the group"). Texts written for the test."""

from __future__ import annotations

from test_extract_organisation_places_tags_codes import _reads  # every kept name found, no dropped one


def test_a_harm_before_its_code_is_no_body():
    _reads("Night vigil\n\nThe Harbourton Midwives Guild held a vigil on Friday over Ward Staff Harassment (WSH) and "
           "Gender-Based Violence (GBV) on the wards.\n", {"Harbourton Midwives Guild"},
           {"WSH", "GBV", "Ward Staff Harassment", "Gender-Based Violence"})


def test_a_body_against_a_harm_keeps_its_code():
    _reads("Night vigil\n\nLakeland Parents Against Violence (LPAV) held a vigil in the square on Friday.\n",
           {"Lakeland Parents Against Violence"}, set())


def test_a_quoted_slogan_or_event_title_is_no_body():
    _reads("Sit-in\n\nStudents answered a call to ‘Occupy Kea Admin’ on Monday, and the Lakeland Climate Group "
           "joined its 'Harbourton Rebellion' the same week.\n", {"Lakeland Climate Group"},
           {"Occupy Kea Admin’", "Occupy Kea Admin'", "Harbourton Rebellion'"})


def test_a_quoted_body_with_its_head_word_stays():
    _reads("Fee march\n\nStudents under the banner of 'Arlen Sanyukt Sangharsh Samiti' marched on Monday.\n",
           {"Arlen Sanyukt Sangharsh Samiti'"}, set())


def test_a_rank_before_a_name_is_a_person():
    _reads("Sick-out\n\nOfficers of the Kea Holm Constabulary stayed home on Monday, and DCP Westbrook said no "
           "station had closed.\n", set(), {"DCP Westbrook"})


def test_a_code_before_strike_alone_is_its_strike():
    _reads("UKTA Strike: lecturers stay out\n\nThe UKTA said on Monday that its lecturers would stay out until the "
           "Lakeland board pays them.\n", {"UKTA"}, {"UKTA Strike"})


def test_an_officer_named_after_of_the_union_is_a_person():
    _reads("Vote call\n\nThe Secretary General of the union, Kea Holm said on Monday that members would vote "
           "against the plan.\n", set(), {"Kea Holm"})


def test_a_body_named_after_a_member_of_the_coalition_stays():
    # "member" is no post a person holds: the coalition's member named after the comma is a body
    _reads("Rent strike\n\nThe newest member of the coalition, Westbrook Renters Voice, said on Monday that "
           "tenants would strike.\n", {"Westbrook Renters Voice"}, set())


def test_a_body_against_a_harm_keeps_its_code_without_against():
    _reads("Night vigil\n\nMen Ending Violence (MEV) held a rally in Westbrook on Friday, and MEV said it would "
           "return.\n", {"Men Ending Violence"}, set())
    _reads("Night vigil\n\nEnd Campus Harassment (ECH) marched at Lakeland University on Friday. ECH members held "
           "banners.\n", {"End Campus Harassment", "Lakeland University"}, set())


def test_a_quoted_name_after_a_word_for_a_group_stays_a_body():
    _reads("Roads blocked\n\nThe group 'Ostland Rebellion' blocked roads on Monday. 'Ostland Rebellion' said it "
           "would return.\n", {"Ostland Rebellion'"}, set())
