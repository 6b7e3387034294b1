"""Bodies read twice or cut apart (issue 16, stop 62, second pass on precision): a union of a service's and a
trade's staff joined by "and", and a campaign called by its name without its head beside its full name.
Texts written for the test."""

from __future__ import annotations

import pytest
from extracted import organisation_names, read_text
from test_extract_organisation_recall_h6 import _reads


def test_a_service_and_a_trade_s_workers_name_one_union():
    _reads("Drivers to stop\n\nThe Ostland Public Service and Transport Workers' Union, which speaks for bus "
           "drivers, will stop work for two days from Monday.\n",
           {"Ostland Public Service and Transport Workers' Union"},
           {"Ostland Public Service", "Transport Workers' Union"})


def test_services_and_allied_workers_name_one_union():
    _reads("Clinics shut\n\nOn Friday the Kea Health Services and Allied Workers Union picketed three clinics "
           "in Arlen.\n",
           {"Kea Health Services and Allied Workers Union"}, {"Allied Workers Union"})


def test_two_bodies_joined_by_and_stay_two_without_a_trade_s_workers():
    _reads("Talks fail\n\nThe Westbrook Ambulance Service and Lakeland Nurses Union met on Monday and failed to "
           "agree.\n", {"Lakeland Nurses Union"}, {"Westbrook Ambulance Service and Lakeland Nurses Union"})


@pytest.mark.parametrize("sentence, service, union", [
    # a field's own service ("Fire", "Ambulance"), a place's workers, the service's own field's workers
    ("The talks involved the Westbrook Fire Service and Lakeland Workers Union on Monday.",
     "Westbrook Fire Service", "Lakeland Workers Union"),
    ("The Westbrook Fire Service and Transport Workers Union called a strike on Monday.",
     "Westbrook Fire Service", "Transport Workers Union"),
    ("The Ostland Public Service and Lakeland Workers Union called a strike on Monday.",
     "Ostland Public Service", "Lakeland Workers Union"),
    ("The Kea Health Services and Health Workers Union called a strike on Monday.",
     "Kea Health Services", "Health Workers Union"),
])
def test_a_service_and_a_union_not_of_another_trade_s_workers_stay_two(sentence: str, service: str, union: str):
    _reads(f"Strike\n\n{sentence}\n", {service, union}, {f"{service} and {union}"})


def test_a_name_with_a_head_of_its_own_is_no_campaign_without_its_head():
    _reads("Rally\n\nThe Harbourton Network, a group of tenants, met the Harbourton Network Campaign on Monday.\n",
           {"Harbourton Network", "Harbourton Network Campaign"}, set())


def test_a_campaign_without_its_head_is_the_campaign_named_in_full():
    text = ("Rally\n\nOn Saturday people marched through Westbrook in a rally called by the Fair Rent Now Alliance. "
            "The group Fair Rent Now said two thousand came.\n")
    organisations = {o.name: o for o in read_text(text).organisations}
    assert "Fair Rent Now" not in organisations and "Fair Rent Now" in organisations["Fair Rent Now Alliance"].aliases


def test_a_union_is_not_the_body_whose_members_it_holds():
    names = organisation_names("Staff walk out\n\nStaff of Westbrook University walked out on Monday, and the "
                               "Westbrook University Union backed them.\n")
    assert "Westbrook University Union" in names and "Westbrook University" in names
