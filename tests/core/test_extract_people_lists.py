"""People listed rather than written about: a letter's signatories on one
line parted by commas, or one to a numbered line (stop 35)."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> set[str]:
    return {person.name for person in extract(ReadDocument(text=text, format="txt")).people}


_LETTER = "Open letter on the library cuts\n\nWe oppose the cuts to the library and ask the council to think again.\n\n"


def test_signatories_parted_by_commas_on_one_line_are_people():
    text = _LETTER + "Sarah Jones, Michael Brown, Priya Patel, Tom Okafor, Kwame Mensah and Laura Smith\n"
    assert _people(text) >= {"Sarah Jones", "Michael Brown", "Priya Patel", "Tom Okafor", "Kwame Mensah", "Laura Smith"}


def test_a_comma_list_keeps_names_without_their_titles_or_letters_after_them():
    text = _LETTER + "Dr Sarah Jones, Prof Amir Khan, Michael Brown MP, Priya Patel, Nkosi Dlamini\n"
    assert _people(text) >= {"Sarah Jones", "Amir Khan", "Michael Brown", "Priya Patel", "Nkosi Dlamini"}


def test_a_comma_list_of_given_names_on_a_page_that_signs_nothing_names_no_one():
    text = "Reading list\n\nBooks for the term:\n\nOliver Twist, David Copperfield, Jane Eyre, Tom Sawyer, Adam Bede\n"
    assert _people(text) == set()


def test_a_comma_list_of_unfamiliar_names_names_no_one_without_a_known_member():
    # No common given name opens these items and none is known elsewhere: places or brands as likely as people.
    text = _LETTER + "Kings Cross, Charing Cross, Tower Hill, Elephant Castle and Mile End\n"
    assert _people(text) == set()


@pytest.mark.parametrize("items", [
    "Paul Hamlyn Foundation, Joseph Rowntree Trust, Esmee Fairbairn Foundation, Barrow Cadbury Trust and Nuffield Foundation",
    "Mary Street, George Street, Victoria Road, Charles Street and James Street",
])
def test_a_comma_list_of_bodies_or_streets_named_after_people_names_no_one(items: str):
    assert _people(_LETTER + items + "\n") == set()


def test_a_short_comma_list_is_left_to_the_other_rules():
    # Four items are too few to call the line a list by its shape alone.
    text = _LETTER + "Kings Cross, Charing Cross, Tower Hill and Mile End\n"
    assert _people(text) == set()


def test_numbered_lines_under_a_signatories_heading_are_people():
    text = _LETTER + "Signatories:\n1. Thandiwe Mokoena\n2. Oluwaseun Adeyemi\n3. Siobhan Gallagher\n"
    assert _people(text) >= {"Thandiwe Mokoena", "Oluwaseun Adeyemi", "Siobhan Gallagher"}


def test_numbered_lines_most_opening_with_a_given_name_are_people_on_a_signed_page():
    text = ("Open letter on the library cuts\n\nWe, the undersigned, oppose the cuts to the library.\n\n"
            "1. Sarah Jones, History, University of Leeds\n2. Michael Brown, Law\n3. Priya Patel\n4. Tom Okafor\n")
    assert _people(text) >= {"Sarah Jones", "Michael Brown", "Priya Patel", "Tom Okafor"}


@pytest.mark.parametrize("lines", ["1. Kings Cross\n2. Charing Cross\n3. Tower Hill\n4. Mile End\n",
                                   "1. Mary Barton\n2. Jane Eyre\n3. Daniel Deronda\n4. Tom Jones\n"])
def test_numbered_lines_of_places_or_novels_are_no_people_on_a_page_that_signs_nothing(lines: str):
    assert _people(_LETTER + "Our reading list:\n" + lines) == set()


def test_a_long_list_of_names_in_a_sentence_is_people_when_half_open_with_a_given_name():
    text = ("Artists back the letter\n\nChristy Moore, Stephen Rea, Lankum, Liam Cunningham, Kevin Barry and "
            "Anne Enright are among those who signed it on Monday.\n")
    assert _people(text) >= {"Christy Moore", "Stephen Rea", "Liam Cunningham", "Kevin Barry", "Anne Enright"}


def test_a_list_of_five_names_needs_no_and_before_its_last():
    text = ("Defenders arrested\n\nPolice arrested Peter Otieno, Samuel Wekesa, Samuel Mutua, Daniel Kiprop, "
            "Barasa Moraa, Victor Ochieng in the morning.\n")
    assert _people(text) >= {"Peter Otieno", "Samuel Wekesa", "Daniel Kiprop", "Barasa Moraa", "Victor Ochieng"}


@pytest.mark.parametrize("sentence, not_a_person", [
    ("Protesters targeted Johnson Controls, Thomas Cook, John Deere, Harley Davidson, Ralph Lauren, Hugo Boss.",
     "Johnson Controls"),
    ("Actors struck during Romeo Juliet, Hamlet, King Lear, Julius Caesar, Richard Third on Tuesday.", "Julius Caesar"),
])
def test_a_list_no_word_says_is_of_people_is_not_read_as_one(sentence: str, not_a_person: str):
    # (the firms' and plays' other names shaped as people's are another rule's doing, left as they were)
    assert not_a_person not in _people(f"Protest news\n\n{sentence}\n")


def test_a_long_list_of_places_in_a_sentence_names_no_one():
    text = ("Marches across the country\n\nStudents marched in Kings Cross, Charing Cross, Tower Hill, "
            "Elephant Castle and Mile End on Monday.\n")
    assert _people(text) == set()


def test_a_speakers_line_up_of_names_each_with_a_dash_and_a_description_is_people():
    text = ("May Day rally speakers\n\nThe line-up for the rally is below.\n\nSpeakers will include\n\n"
            "Buddy Harlan -- A veteran organiser, who did vital work backing dockers while the port owners "
            "kept them locked out for weeks.\n"
            "Josh Whitby -- Helped set up the Radical Students Society on the campus.\n"
            "Gregory Lanz -- With the Students Union at the college.\n")
    assert _people(text) >= {"Buddy Harlan", "Josh Whitby", "Gregory Lanz"}


def test_lines_of_places_each_with_a_dash_and_a_description_are_no_people():
    text = ("Where to march\n\nThe routes are below.\n\n"
            "Kings Cross -- Meet at the station at noon.\nTower Hill -- Meet by the gate.\n"
            "Mile End -- Meet at the park.\n")
    assert _people(text) == set()


@pytest.mark.parametrize("text", [
    "Boycott statement\n\nIn a statement the union named the brands it is boycotting.\n\n"
    "Tommy Hilfiger, Calvin Klein, Ralph Lauren, Hugo Boss, Michael Kors, Kate Spade\n",
    "Statement on halls\n\nStudents in these halls are on rent strike, a statement said.\n\n"
    "Richard Hoggart, John Foster, Grace Jones, Mary Seacole, Ada Lovelace\n",
    "Letter\n\nRead the letter. Tags: John Lewis, Peter Jones, Harvey Nichols, Ted Baker, Paul Smith\n",
    "A pledge\n\nA pledge signed by 2,000 shoppers named the stores:\n1. John Lewis\n2. Ted Baker\n"
    "3. Paul Smith\n4. Jack Wills\n",
])
def test_names_of_things_listed_on_a_letter_s_page_are_no_people(text: str):
    assert _people(text) == set()
