"""Names found with wrong edges (issue 16, stop 61): a federal university's member written with its federation
in brackets, inside a list that lost its commas; a university named by its kind and the town after its comma; a
"University of" one place ending where a list's next name follows. Texts written for the test."""

from __future__ import annotations

from test_extract_organisation_recall_h6 import _reads


def test_a_member_with_its_federation_in_brackets_is_named_the_comma_way():
    _reads("Ballot result\n\nPorters voted yes at these sites: Harbourton Metro University Westbrook (University of "
           "London) Lakeland Hope University, Arlen (University of London) Ostland University.\n",
           {"Westbrook, University of London", "Arlen, University of London", "Harbourton Metro University"},
           {"Harbourton Metro University Westbrook, University of London"})


def test_a_code_after_a_name_run_on_is_the_member_alone():
    _reads("Ballot result\n\nPorters voted yes at Royal Arlen College Of Music KSA (University of London) and at "
           "two other sites.\n", {"KSA, University of London"},
           {"Of Music KSA, University of London", "Royal Arlen College Of Music KSA, University of London"})


def test_a_university_named_by_its_kind_alone_takes_its_town_after_the_comma():
    _reads("Campuses shut\n\nLecturers walked out on Monday at Harbourton University, Federal University, Westbrook; "
           "Federal Polytechnic, Arlen; and Lakeland State University.\n",
           {"Federal University, Westbrook", "Federal Polytechnic, Arlen"},
           {"Federal University", "Federal Polytechnic"})


def test_a_sentence_opening_on_the_university_names_no_town():
    _reads("Campus news\n\nThe University, Arlen confirmed, shut the library on Monday.\n", set(),
           {"The University, Arlen", "University, Arlen"})


def test_a_university_of_a_place_ends_where_a_listed_name_before_its_head_follows():
    _reads("Campus staff vote to strike\n\nStaff at these universities voted to strike: Harbourton Metro University "
           "University of Arlen Brackwater Dunmore University University of Westbrook Kea Holm College Of Music and "
           "others.\n",
           {"University of Arlen", "Brackwater Dunmore University", "University of Westbrook",
            "Kea Holm College of Music"},  # (its "Of" joins the name: organisation_capital_joins)
           {"University of Arlen Brackwater Dunmore", "University of Westbrook Kea Holm College",
            "University of Westbrook Kea Holm College of Music"})


def test_a_university_of_a_place_of_two_words_keeps_them():
    # a college's name with no "Of" after its head may be the place's second word and a college of its own
    _reads("Campus staff vote to strike\n\nStaff at these universities voted to strike: Harbourton Metro University "
           "University of Kea Holm Arlen College University of Westbrook and others.\n",
           {"University of Kea Holm Arlen College", "University of Westbrook"},
           {"University of Kea", "Holm Arlen College"})
    # one word before the next head may be the place's second word
    _reads("Campus staff vote to strike\n\nStaff at these universities voted to strike: Harbourton Metro University "
           "University of Arlen Lakeland University University of Westbrook and others.\n",
           {"University of Westbrook"}, {"University of Arlen", "Lakeland University"})


def test_a_university_of_a_place_keeps_what_carries_its_name_on():
    _reads("Campus staff vote to strike\n\nStaff at these universities voted to strike: Harbourton Metro University "
           "University of Arlen Medical College University of Westbrook Kea Holm College Of Music and others.\n",
           {"University of Arlen Medical College", "University of Westbrook"}, {"University of Arlen"})


def test_a_member_whose_own_name_holds_two_heads_is_kept_whole():
    _reads("Campus walkout\n\nStaff at University College Harbourton, University of London walked out on 4 March "
           "2024.\n", {"University College Harbourton, University of London"},
           {"University College Harbourton", "Harbourton, University of London"})
    _reads("Campus walkout\n\nStaff at Arlen Royal College Hospital, University of London walked out on 4 March "
           "2024.\n", {"Arlen Royal College Hospital, University of London"},
           {"Arlen Royal College Hospital", "Hospital, University of London"})
    _reads("Campus walkout\n\nStaff at University College Harbourton (University of London) walked out on 4 March "
           "2024.\n", {"University College Harbourton, University of London"},
           {"Harbourton, University of London"})


def test_a_bracketed_member_is_cut_at_no_head_opening_it_or_next_to_another_head():
    # a head opening the run is inside the name; so is one that another head follows
    _reads("Campus walkout\n\nStaff at Institute Harbourton (University of London) walked out on 4 March 2024.\n",
           {"Institute Harbourton, University of London"}, {"Harbourton, University of London"})
    _reads("Campus walkout\n\nStaff at Arlen Royal College Hospital (University of London) walked out on 4 March "
           "2024.\n", {"Arlen Royal College Hospital, University of London"}, {"Hospital, University of London"})


def test_the_comma_form_keeps_the_whole_run_before_the_comma():
    # the comma form is no list run together: a head inside the run cuts nothing
    _reads("Campus walkout\n\nStaff at Harbourton College Arlen Campus, University of London walked out on 4 March "
           "2024.\n", {"Harbourton College Arlen Campus, University of London"}, {"Arlen Campus, University of London"})


def test_a_kind_of_university_in_a_comma_list_leaves_the_next_items_alone():
    _reads("Campuses shut\n\nLecturers at Federal University, Arlen, Federal Polytechnic, Westbrook and Lakeland "
           "College walked out on 4 March 2024.\n", {"Lakeland College", "Federal Polytechnic"},
           {"Federal University, Arlen"})


def test_a_university_of_a_place_keeps_a_first_place_word_and_a_college_of_its_own():
    for place, dropped in (("East Arlen Lakeland Hope University", {"University of East"}),
                           ("Arlen Teaching College", {"Teaching College"}),
                           ("Arlen Veterinary Teaching College", {"Veterinary Teaching College"})):
        _reads("Campus staff vote to strike\n\nStaff at these universities voted to strike: Harbourton Metro "
               f"University University of {place} University of Westbrook and others.\n",
               {"University of Westbrook"}, dropped)
    _reads("Campus staff vote to strike\n\nStaff at these universities voted to strike: Harbourton Metro University "
           "University of Arlen Nursing College University of Westbrook and others.\n",
           {"University of Arlen Nursing College"}, {"University of Arlen"})
