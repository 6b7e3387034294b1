"""Names that are no body or are cut wrongly (issue 16, stop 58): a count before a branch's union ("Three UCU
members") or a month opening a name, a body listed before a name's comma, a sentence whose stop was lost, a tag's
protesters, two bodies of one head joined by "and", an office of a body inside a run and an office's field after
a union's people, a word before "and" that comes back after it. Texts written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _reads(text: str, kept: set[str], dropped: set[str]) -> None:
    """The organisations of ``text`` hold every name in ``kept`` and none in ``dropped``."""
    orgs = {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}
    assert kept <= orgs and not dropped & orgs, orgs


def test_a_count_before_a_name_is_no_part_of_it():
    _reads("Arrests at the sit-in\n\nStudents were arrested on Monday. Three UCU members spoke at the rally, "
           "Five Star Movement activists cheered, and Three Rivers District Council said nothing.\n",
           {"UCU", "Three Rivers District Council", "Five Star Movement"}, {"Three UCU", "Star Movement"})


def test_a_body_listed_before_a_name_with_and_is_not_its_subjects():
    _reads("Unions march on Monday\n\nThe unions marching on Monday include the Lakeland Teachers' Association, "
           "Harbour Workers' Union, Seamen and Dockside Workers' Trade Union and the Arlen Workers' Trade Union, "
           "the organisers said.\n", {"Harbour Workers' Union", "Seamen and Dockside Workers' Trade Union"},
           {"Workers' Union, Seamen and Dockside Workers' Trade Union"})


def test_a_lost_full_stop_before_the_type_noun_names_no_body():
    _reads("Camp moves\n\nOnce the raids began the campaign moved to the Tent City The union now wants the "
           "Harbourton Mills company to take back its members.\n", set(), {"Tent City The", "Tent City"})


def test_the_protesters_of_a_tag_are_no_group():
    _reads("Release of #ArlenRising Protestors\n\nPolice detained #ArlenRising Protestors in Westbrook on Monday, "
           "and the Lakeland Law Society condemned the arrests.\n", {"Lakeland Law Society"}, {"ArlenRising"})


def test_the_same_head_and_of_after_and_opens_another_body():
    _reads("Letters to students\n\nThe minister wrote to the student presidents of the University of Kea Holm and "
           "University of Technology on Monday, the ministry said.\n", {"University of Kea Holm"},
           {"University of Kea Holm and University of Technology"})


def test_an_office_of_a_body_inside_a_run_leaves_the_body():
    _reads("An open letter: Release the National Secretary of the Lakeland Trade Union Congress and Union Members "
           "of the Harbourton Workers Union\n\nWe write about Mira Tane the National Secretary of the Ostland People's "
           "Union of Civil Rights, who was detained on Monday.\n",
           {"Lakeland Trade Union Congress", "Harbourton Workers Union", "Ostland People's Union of Civil Rights"},
           {"Release the National Secretary of the Lakeland Trade Union Congress",
            "Union Members of the Harbourton Workers Union",
            "Mira Tane the National Secretary of the Ostland People's Union of Civil Rights"})


def test_the_people_of_a_body_after_of_are_inside_its_name():
    _reads("Strike called\n\nMembers of the Union of Workers of the Harbourton Port Authority marched, and the "
           "Federation of Teachers of the Westbrook School District called a strike on Monday.\n",
           {"Union of Workers of the Harbourton Port Authority",
            "Federation of Teachers of the Westbrook School District"},
           {"Harbourton Port Authority", "Westbrook School District"})


def test_a_month_before_a_name_is_the_date_not_the_name():
    _reads("Campaign launched\n\nAt a meeting in September Lakeland Trades Council launched a campaign with the "
           "Harbourton Tenants Union.\n", {"Lakeland Trades Council"}, {"September Lakeland Trades Council"})


def test_a_month_after_the_or_opening_a_run_is_the_name_s():
    _reads("March held\n\nMembers of the September Student Alliance marched on Monday. The October Workers Union "
           "joined them, and the November Coalition sent a statement.\n",
           {"September Student Alliance", "October Workers Union", "November Coalition"},
           {"Student Alliance", "Workers Union"})


def test_an_office_field_after_the_people_of_a_union_is_no_part_of_its_name():
    _reads("Rally speakers\n\nKea Holm, Lakeland Union of Students Education Officer for the west, spoke at the "
           "rally on Monday.\n", {"Lakeland Union of Students"}, {"Lakeland Union of Students Education"})


def test_a_word_before_and_that_comes_back_after_it_ends_another_item():
    _reads("Tea firms criticised\n\nTea firms led by Arlen Tea Lakeland limited, Westbrook traders Lakeland and "
           "Lakeland Tea Growers Association were criticised by the Harbourton stop the cuts Coalition and Stop the "
           "Cuts Coalition convenor Jo Arlen.\n", {"Lakeland Tea Growers Association", "Stop the Cuts Coalition"},
           {"Lakeland and Lakeland Tea Growers Association", "Coalition and Stop the Cuts Coalition"})
