"""Names that are no body at all (issue 16, stop 62): a service named only by its field of work is a sector, a
nation's adjective alone is no body, a recital's "WHEREAS" before a count is no union local, an office in capitals
alone ("the SDM") is its holder, a phrase before "Groups" describes bodies,
an office in the plural names its holders. Texts written for the test."""

from __future__ import annotations

from test_extract_organisation_recall_h6 import _reads  # every kept name found, no dropped one


def test_a_service_named_by_its_field_alone_is_a_sector():
    _reads("Ballot results\n\nThe Harbourton Nurses Union counted its ballot on Monday. In the Health Service, "
           "four in five backed a strike; in the Fire and Rescue Services, nine in ten. Staff serving in "
           "Education and Nursing Services voted too, and the Ostland Education Service said it would talk.\n",
           {"Harbourton Nurses Union", "Ostland Education Service"},
           {"Health Service", "Fire and Rescue Services", "Education and Nursing Services", "Nursing Services"})


def test_a_field_s_service_that_speaks_is_a_body():
    _reads("Letters late\n\nThe Postal Service said on Monday that letters would be late in Harbourton. The Fire "
           "and Rescue Service announced on Tuesday it had hired cover staff.\n",
           {"Postal Service", "Fire and Rescue Service"}, set())


def test_a_field_s_service_inside_a_title_is_no_body():
    _reads("Pay offer refused\n\nThe Kea Holm Nurses Association rejected the offer on Monday. Its Rescue "
           "Service Manager, Ama Lind, said members would meet the Westbrook Rail Transport Services board.\n",
           {"Kea Holm Nurses Association"}, {"Rescue Service"})


def test_a_nation_s_adjective_alone_is_no_body():
    _reads("Occupation ends\n\nThe Westbrook Students Union left the hall on Monday; thousands of students at Welsh "
           "universities lost teaching to the walkout.\n", {"Westbrook Students Union"}, {"Welsh"})


def test_a_recital_word_in_capitals_before_a_count_is_no_union_local():
    _reads("A petition to the Lakeland council\n\nWHEREAS on Monday twenty tenants held a sit-in at Westbrook Hall; "
           "and WHEREAS 12 tenants were charged; and WHEREAS the Harbourton Tenants Union asks that the charges be "
           "dropped; BE IT RESOLVED that the council drop them.\n", {"Harbourton Tenants Union"}, {"WHEREAS 12"})


def test_an_office_in_capitals_alone_is_its_holder():
    _reads("Hunger strike enters fifth day\n\nThe Harbourton Prisoners Union said on Monday that the SDM has directed "
           "the detention of six strikers until Friday. According to the union, the CPO said he understood its "
           "concerns.\n", {"Harbourton Prisoners Union"}, {"SDM", "CPO"})


def test_a_phrase_before_capitalised_groups_describes_bodies():
    _reads("About our groups\n\nThere are five Welfare and Campaign groups at the Westbrook Students Union, each "
           "led by an officer. Welfare and Campaign Groups exist to bring members together.\n",
           {"Westbrook Students Union"}, {"Welfare and Campaign"})


def test_an_office_in_the_plural_names_its_holders():
    _reads("Congress meets\n\nThe Ostland Labour Congress council, made up of the Branch Secretaries and State "
           "Chairpersons of its unions, met on Monday. Its letter to the Chancellors and Presidents of Lakeland "
           "Universities asked for talks.\n", {"Ostland Labour Congress"},
           {"Chancellors and Presidents of Lakeland Universities"})
    _reads("March on Monday\n\nThe march was joined by the Harbourton Workers Union, the Kea Teachers Union, Regional "
           "Chairpersons and the Lakeland Nurses Union.\n", {"Kea Teachers Union", "Lakeland Nurses Union"},
           {"Regional Chairpersons"})
    _reads("Congress meets\n\nThe council of the Ostland Labour Congress is made up of its officers; Ward "
           "Chairpersons and Treasurers of the Congress's Ward Councils; and the Youth Committee chair. It met on "
           "Monday.\n", {"Ostland Labour Congress"}, {"Treasurers of the Congress"})


def test_a_body_named_for_its_members_offices_is_a_body():
    _reads("Strike called\n\nThe Lecturers and Researchers Union called a strike on Monday, and the Heads and "
           "Deputies Association of Lakeland backed it.\n",
           {"Lecturers and Researchers Union", "Heads and Deputies Association of Lakeland"}, set())
    _reads("Debate\n\nThe Speakers of Harbourton, a debating society, met on Monday. Kea Holm Organisers, a migrant "
           "workers' collective, struck.\n", {"Speakers of Harbourton", "Kea Holm Organisers"}, set())
