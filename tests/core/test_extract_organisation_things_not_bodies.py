"""Names of things that are no body (issue 16, stop 60, second wave): a tax or a works named after what it
covers, run on from a head word ("the Goods and Services Tax", "the Westbrook Assembly Plant"); a project that
is a work of building; a scheme that addresses its payer ("Pay As You Earn"). Texts written for the test."""

from __future__ import annotations

from test_extract_organisation_precision_s58 import _reads  # names kept and dropped in a text


def test_a_tax_or_a_works_after_a_head_word_is_no_body():
    _reads("Bread strike\n\nBakers in Harbourton stopped on Monday over the new Goods and Services Tax on flour, and "
           "fitters at the Westbrook Assembly Plant in Arlen joined them, the Harbourton Bakers Union said.\n",
           {"Harbourton Bakers Union"}, {"Goods and Services", "Westbrook Assembly", "Goods and Services Tax"})


def test_a_head_word_before_a_lower_case_tax_still_names_its_body():
    _reads("Levy row\n\nThe Lakeland Regional Assembly voted a tax on boats on Monday, and the Ostland Ferry Guild "
           "said it would strike.\n", {"Lakeland Regional Assembly", "Ostland Ferry Guild"}, set())


def test_a_project_of_building_is_a_site_not_a_body():
    _reads("Youth march\n\nThe Arlen Youth Network marched on Monday to stop the Kea Holm Bay Reclamation Project and "
           "the Brackwater Dam Project, with the Westbrook Food Project beside them.\n",
           {"Arlen Youth Network", "Westbrook Food Project"},
           {"Kea Holm Bay Reclamation Project", "Brackwater Dam Project"})


def test_a_scheme_addressing_its_payer_is_no_body():
    _reads("Tax march\n\nThe Harbourton Clerks Union marched on Monday against a rise in Pay As You Earn (PAYE), "
           "which clerks have paid for too long.\n", {"Harbourton Clerks Union"}, {"Pay As You Earn", "PAYE"})


def test_a_councils_whole_sitting_and_a_kind_of_police_unit_are_no_bodies():
    _reads("Sit-in broken up\n\nRiot Police cleared the Westbrook square on Monday, the Lakeland Women Network said, "
           "before the Full Council met that night. The Harbourton Police said two were held.\n",
           {"Lakeland Women Network", "Harbourton Police"}, {"Riot Police", "Full Council"})


def test_a_centre_the_page_only_stands_outside_is_its_building():
    _reads("Pickets at noon\n\nStudents will meet outside the Centre for Kea Student Life (CKSL) on Monday, the "
           "Westbrook Students Union said. The Centre for Arlen Tenant Rights said it would join them outside the "
           "Centre for Brackwater Studies.\n", {"Westbrook Students Union", "Centre for Arlen Tenant Rights"},
           {"Centre for Kea Student Life", "CKSL", "Centre for Brackwater Studies"})
