"""Organisations in lists, parties and citations (issue 16, round 11).
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from test_extract_organisations_round10 import _found, _names


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("Teach-ins were held at Hill College, Mesa College, UCSB, and El Paso State University.",
     {"El Paso State University"}, {"and El Paso State University"}),
    # a party written without its accents, or as an adjective
    ("Students blamed the Fianna Fail ministers. A Liberal Democrat councillor joined the march, and a Sinn Fein "
     "TD spoke at the gates.", {"Fianna Fáil", "Liberal Democrats", "Sinn Féin"}, set()),
    # a nation before a party names its branch
    ("The rally heard from a Welsh Liberal Democrat spokesperson on housing.", {"Welsh Liberal Democrats"},
     {"Liberal Democrats"}),
    # a local's acronym written in lower case only inside a web address stays the local
    ("Tutors in OPSEU 561 walked out on Monday. OPSEU 561 wants job security. Read more at www.561.opseu.ca.",
     {"OPSEU 561"}, set()),
    # a law report's citation is no union local
    ("The tribunal ruled in Tutors Union v Harbour University ([2021] FWCFB 377) that the ballot stands.",
     set(), {"FWCFB 377"}),
    # two acronyms joined by a hyphen, before an office
    ("Letters came from national NZCTU-AFL president Rangi Tahu.", {"NZCTU-AFL"}, set()),
    # campuses listed by short name beside a campus acronym, in a sentence about occupations
    ("Tuesday saw student occupations at QMU, Redbridge, Bath Spa and Kingsway Metropolitan. The university said "
     "nothing.", {"University of Redbridge", "Bath Spa University", "Kingsway Metropolitan University"}, set()),
    # towns after "at" with no campus acronym, or in a sentence about no campus, stay places
    ("The university was quiet. Students marched at Redbridge and Bath Spa on Friday.", set(),
     {"University of Redbridge", "Bath Spa University"}),
    ("The university was quiet. Delegates met at TUC, Redbridge and Bath Spa on Friday.", set(),
     {"University of Redbridge", "Bath Spa University"}),
    # one body given as an example of its kind; a name going on over a line break is not cut short
    ("Pupils asked newspapers like the Morning Courier to stop attacking them.", {"Morning Courier"}, set()),
    ("Youth groups such as the Federation of Young Workers of the\nIslands marched.", set(),
     {"Federation", "Federation of Young Workers"}),
])
def test_listed_bodies_and_parties_are_named_as_a_reader_names_them(text: str, wanted: set[str], unwanted: set[str]):
    names = _names(text)
    assert wanted <= names
    assert unwanted.isdisjoint(names)


def test_a_federal_university_s_member_is_named_with_its_federation():
    found = _found("Signed:\nAnwen Price, Birkbeck, University of London\nTomasz Wrobel, Harbour Institute, "
                   "University of London and co-editor\nKen Jones, University of London\n")
    names = {o.name: set(o.aliases) for o in found}
    assert "Birkbeck" in names.get("Birkbeck, University of London", set())
    assert "Harbour Institute, University of London" in names
    assert not any(name.startswith("Ken Jones") for name in names)
