"""Names a run of capitals holds whole or lost parted (issue 16, stop 58, second recall pass): a list of
universities that lost its separators, a name joined by "and" before the list's next "and", a council of two
areas, a list's first item before a name with "and"; the body a named person directs or convenes; a
university named by its kind and its town; a student after a name, professors in one; names before "and other
universities"; "the Lakeland Region board". Texts written for the test."""

from __future__ import annotations

from extracted import organisation_names


def _reads(text: str, kept: set[str], dropped: set[str]) -> None:
    """The organisations of ``text`` hold every name in ``kept`` and none in ``dropped``."""
    orgs = set(organisation_names(text))
    assert kept <= orgs and not dropped & orgs, orgs


def test_two_universities_of_a_list_that_lost_its_commas_are_two():
    _reads("Campus staff vote to strike\n\nStaff at the following universities voted to strike: Harbourton Metro "
           "University Westbrook Beckett University (Lakeland campus) and others.\n",
           {"Harbourton Metro University", "Westbrook Beckett University"},
           {"Harbourton Metro University Westbrook Beckett University"})


def test_an_and_inside_a_name_lets_the_next_and_part_the_list():
    _reads("Hospital strike\n\nThe strike at the Harbourton Heart and Chest Hospital and Westbrook University "
           "Hospital starts on Monday.\n", {"Harbourton Heart and Chest Hospital"},
           {"Harbourton Heart", "Chest Hospital"})


def test_a_council_of_two_areas_is_one_body():
    _reads("Bin strike paused\n\nLast week, members at Harbourton City and Westbrook District Council suspended "
           "plans for a strike.\n", {"Harbourton City and Westbrook District Council"},
           {"Westbrook District Council"})


def test_a_list_cue_before_a_comma_opens_a_list_not_a_name():
    _reads("Transport strike on Monday\n\nTransport groups joining the protest include Arlen, Stop and Go Coalition "
           "and the Keep Our Buses Alliance.\n", {"Stop and Go Coalition"}, {"Arlen, Stop and Go Coalition"})


def test_the_body_a_named_person_directs_or_convenes_is_an_organisation():
    _reads("Renters rally\n\n\"This is the year for relief,\" said Mira Tane, Executive Director of Westbrook Renters "
           "& Neighbours. Jo Arlen, Lead Convenor of Lakeland Youth Climate Strike, spoke next, and Kea Holm, "
           "national director of Ostland Rising 100, shared a video.\n",
           {"Westbrook Renters & Neighbours", "Lakeland Youth Climate Strike", "Ostland Rising 100"}, set())


def test_the_director_of_a_field_heads_no_body():
    _reads("Occupation ends\n\nThe file is now with Ifeoma Tane, Director of Public Prosecutions, and Jo Arlen, "
           "Director of Student Affairs, said the Harbourton Students Union would meet.\n",
           {"Harbourton Students Union"}, {"Public Prosecutions", "Student Affairs"})


def test_a_university_named_by_its_kind_keeps_its_town():
    _reads("Campuses shut on Monday\n\nLecturers walked out at many campuses on Monday. Others are Harbourton "
           "University, Lakeland; Federal University of Technology, Arlen; and the Ostland State University.\n",
           {"Federal University of Technology, Arlen"}, {"Federal University of Technology"})


def test_one_student_after_a_university_is_who_not_its_name():
    _reads("Speakers for the rally\n\nThe speakers on Monday include Jo Arlen -- University of Harbourton Student from "
           "Ostland -- and members of the Lakeland Student Senates Forum.\n", {"University of Harbourton"},
           {"University of Harbourton Student"})


def test_an_association_of_university_professors_keeps_its_members():
    _reads("Day of action\n\nSome 300 lecturers have backed Monday's walkout, which the Harbourton Association of "
           "University Professors announced last week.\n", {"Harbourton Association of University Professors"},
           {"Harbourton Association of University"})


def test_names_before_and_other_bodies_of_a_kind_are_of_that_kind():
    _reads("Students walk out\n\nStudents from the University of Harbourton, Kea Holm Tech, LKU and other "
           "universities gathered outside the library on Monday. Staff employed in the HCE and other government "
           "agencies joined them.\n", {"Kea Holm Tech", "LKU", "HCE"}, set())


def test_a_school_board_named_in_lower_case_after_its_area_is_a_body():
    _reads("Teachers walk out\n\nTeachers with the Harbourton District School Board and the Lakeland Region board "
           "will walk out on Tuesday. Arlen Valley District board employs 3,400 staff. The District board said "
           "nothing.\n", {"Lakeland Region board", "Arlen Valley District board"}, {"District board"})
