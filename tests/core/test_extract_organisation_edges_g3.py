"""Names found with wrong edges (issue 16, stop 59): a code in capitals that opens a body's name keeps its
place in front of it, also a topic's code that names no body alone ("HIV") and a name whose middle holds a
word that opens sentences ("Retired Staff"); a word for a body's people ("Students") opens a name after a lower-case
word. Texts written for the test."""

from __future__ import annotations

from test_extract_organisation_precision_s58 import _reads  # the organisations a text holds and lacks


def test_a_code_before_a_name_with_a_people_word_inside_stays_in_front():
    _reads("Pensioners join the march\n\nOn Saturday the marchers were joined by the HWB Retired Staff Association "
           "and the KLT Retired Members Guild, who walked from the quay to the town square.\n",
           {"HWB Retired Staff Association", "KLT Retired Members Guild"},
           {"Retired Staff Association", "Retired Members Guild"})


def test_a_topic_code_opens_the_name_of_the_body_it_serves():
    _reads("Clinic cuts opposed\n\nNurses in Harbourton walked out on Tuesday. Kea Holm of the HIV Tenants Advice "
           "Network told the crowd that the clinics serve thousands.\n",
           {"HIV Tenants Advice Network"}, {"Tenants Advice Network"})


def test_a_people_word_after_a_lower_case_word_opens_the_name():
    _reads("Arrests at the polytechnic\n\nTwo organisers were held overnight, according to the Students Welfare "
           "Fund, which paid their bail. Students Arlen Council members stayed away from the hearing.\n",
           {"Students Welfare Fund"}, {"Welfare Fund"})
