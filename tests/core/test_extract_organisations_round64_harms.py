"""A run of capitals that names a harm after the kind of body doing it is no body (issue 16, stop 64):
"Condemnation of Police Brutality" in a statement's heading names what is condemned, not a police force
called "Condemnation of Police". Texts written for the test."""

from __future__ import annotations

from extracted import organisation_names

from timeline_app.core.extract.acronym_links import names_a_thing
from timeline_app.core.extract.organisation_name_tails import HARMS

_STATEMENT = ("Release of Westbrook Marchers and Condemnation of Police Brutality\n\n3 May 2021\n\n"
              "The Lakeland Teachers Union met Jo Arlen on Monday. Ama Lind asked about the Police Oversight "
              "Board and the raids in Harbourton.\n")


def test_a_harm_named_after_its_doers_is_no_body():
    found = organisation_names(_STATEMENT)
    assert not any(name.startswith("Condemnation") for name in found), found


def test_bodies_beside_the_harm_stay():
    found = organisation_names(_STATEMENT)
    assert {"Lakeland Teachers Union", "Police Oversight Board"} <= set(found), found


def test_a_body_before_a_harm_word_keeps_its_name():
    # the harm word is cut and the body kept: a named force as the doer, a harm word used as a noun's modifier
    texts = {
        "Marchers in Harbourton on 3 May 2021 condemned Harbourton Police Brutality and asked Mira Tane to resign.":
            "Harbourton Police",
        "Lakeland Police Abuse of marchers on 3 May 2021 was condemned by the Westbrook Teachers Union.":
            "Lakeland Police",
        "On 3 May 2021 the Westbrook Workers Federation Abuse hotline opened, said Jo Arlen.":
            "Westbrook Workers Federation",
        "Marchers in Harbourton condemned National Police Brutality on 3 May 2021, said Jo Arlen.": "National Police",
    }
    for text, body in texts.items():
        found = organisation_names(text)
        assert body in found, (text, found)


def test_a_campaign_against_the_harm_is_no_body():
    found = organisation_names("End Police Brutality\n\n3 May 2021\n\nMarchers in Harbourton asked the "
                               "Harbourton Police Service to stop, said Jo Arlen.\n")
    assert "End Police" not in found and "Harbourton Police Service" in found, found


def test_defined_names_read_the_same_harm_words():
    # one table of harms: a defined name ending in any of them names a thing, unless it is a campaign against it
    for harm in sorted(HARMS):
        assert names_a_thing(["Ostland", "Campus", harm]), harm
        assert not names_a_thing(["End", "Campus", harm]), harm
