"""Organisations, round 14b (precision): names a reader would not call a
body, names cut mid-word, and bodies read as people."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _read(text: str):
    return extract(ReadDocument(text=text, format="txt"))


def _orgs(text: str) -> set[str]:
    return {o.name for o in _read(text).organisations}


def test_a_group_named_after_a_politics_is_no_person():
    people = {p.name for p in _read("One of the protesters, Socialist Westbrook spokesperson Dana Oyelaran, "
                                   "says roughly a dozen people slept in the house overnight.").people}
    assert "Socialist Westbrook" not in people
    assert "Dana Oyelaran" in people


def test_a_law_defined_by_an_acronym_that_leaves_out_act_is_no_body():
    orgs = _orgs("The report looks at how the Wetland Protection and Habitat Restoration Act (WPHR), the "
                 "country's main nature law, weighs harm. The Ostland Climate Council wrote it. Under the "
                 "WPHR the minister decides.")
    assert "Ostland Climate Council" in orgs
    assert "WPHR" not in orgs


def test_an_order_or_guidelines_defined_by_an_acronym_are_no_bodies():
    orgs = _orgs("Teachers said the rise granted under Executive Order (EO) 12 was too small. Drivers want "
                 "the Fleet Renewal Guidelines (FRG) scrapped. The Ostland Drivers Union led the strike.")
    assert "Ostland Drivers Union" in orgs
    assert not orgs & {"Executive Order", "EO", "Fleet Renewal Guidelines", "FRG"}


def test_a_name_opening_with_a_lower_case_prefix_keeps_its_whole_first_word():
    orgs = _orgs("Groups joined the march: the Westbrook Shack Dwellers Movement; the eNdlovini Social Forum; "
                 "the eNdlovini Green Party; and many more.")
    assert "eNdlovini Social Forum" in orgs
    assert not any(name.startswith("Ndlovini") for name in orgs)


def test_all_after_the_opens_a_bodys_name():
    orgs = _orgs("The All Ostland Students' Association unit of Westbrook University on Thursday staged a "
                 "protest against the fee rise.")
    assert "All Ostland Students' Association" in orgs
    assert "Ostland Students' Association" not in orgs


def test_a_head_word_repeated_at_a_names_end_opens_the_next_name():
    orgs = _orgs("Drivers want Department of Transport Department Order 2019-004 scrapped. The Ostland "
                 "Drivers Union led the strike.")
    assert "Department of Transport" in orgs
    assert "Department of Transport Department" not in orgs


def test_a_name_written_only_before_organisations_describes_them():
    orgs = _orgs("The Westbrook Climate Network signed the letter by email. Some 40 Civic Society "
                 "organisations have also put their names to it.")
    assert "Westbrook Climate Network" in orgs
    assert "Civic Society" not in orgs


def test_a_group_on_a_topic_is_named_whole():
    orgs = _orgs('"We want the Government to act on the report of the Working Group on Student Housing, '
                 'which asked for more beds," she said.')
    assert "Working Group on Student Housing" in orgs
    assert "Working Group" not in orgs
