"""A workers' body named in full with no acronym (issue 16, stop 67): when
its sentence has no whole phrase that fits, the title names the body as the
page writes it, however long, if "<body> <kind noun>" still fits a title;
a long name of a department or an office keeps its cut title. Every text
here is written for the test."""

from __future__ import annotations

from extracted import event_titles

_LONG_UNION = "National Association of Resident Nurses of Ostland"


def test_a_long_workers_body_names_its_announced_strike():
    text = (f"The {_LONG_UNION} has announced that the national strike planned by its members will "
            "begin on 15 June 2020, and it will be total and indefinite.\n")
    titles = event_titles(text)
    assert titles, "no event"
    assert all(not title.endswith("…") and len(title) <= 70 for title in titles), titles
    assert any(_LONG_UNION in title and "strike" in title for title in titles), titles


def test_a_long_name_of_a_department_is_no_striker():
    # the school announces what the nurses' strike will not do; it strikes nothing
    text = ("The Harbourton University School of Medicine and Dentistry has announced that the nationwide strike "
            "planned by resident nurses on 15 June 2020 will not affect patients.\n")
    assert not any("Dentistry strike" in title for title in event_titles(text)), event_titles(text)


def test_a_body_too_long_for_a_title_keeps_its_sentence():
    # "<body> strike" would itself be longer than a title: the reader gets the sentence's own opening
    text = ("The Westbrook Federation of Harbour Workers and Dock Porters of Ostland has called a strike on "
            "15 June 2020 over unpaid wages and the closure of the port.\n")
    titles = event_titles(text)
    assert titles, "no event"
    assert all(title.startswith("The Westbrook Federation of Harbour Workers and Dock Porters") and len(title) <= 70
               for title in titles), titles


# Long names of bodies that are no union of working people or students, each announcing or warning of a strike
# that others planned: the title keeps the sentence's opening, as it did before long names were taken.
_NOT_STRIKERS = {
    "Kea Holm University Office for Students and Graduate Affairs":  # an office
        "has announced that the rent strike planned by tenants in its halls on 15 June 2020 will not affect "
        "their degrees or exams.",
    "Confederation of Ostland Industry and Harbourton Commerce":  # employers
        "has warned that the general strike planned by the unions on 15 June 2020 will cost the economy of "
        "Ostland billions.",
    "Congress of Local and Regional Authorities of Ostland":  # councils' body
        "has announced that the national strike planned by council workers will not affect bin collections "
        "on 15 June 2020 in any town.",
    "Lakeland Movement for Democratic Change and Social Justice":  # a party
        "has announced that the general strike planned by the unions on 15 June 2020 will be backed by all of "
        "its members of parliament.",
    # a union of workers, but the strike it warns of is the Lakeland unions' own
    "National Union of Harbour Workers of Westbrook and Ostland":
        "has warned that the general strike planned by the Lakeland unions on 15 June 2020 will cost its "
        "members their wages.",
}


def test_a_long_name_of_no_union_of_people_names_no_strike():
    for name, rest in _NOT_STRIKERS.items():
        titles = event_titles(f"The {name} {rest}\n")
        assert titles, name
        assert all(title.startswith(f"The {name[:30]}") and not title.endswith(" strike") for title in titles), \
            titles


def test_a_long_union_names_no_strike_that_others_hold_or_it_calls_off():
    # the strike is the junior doctors', or it was called off: "<union> strike" would tell a reader otherwise
    for rest in ("has warned that a strike by junior doctors would leave Harbourton wards without cover on "
                 "15 June 2020.",
                 "has called off the national strike after the health ministry agreed to a new pay offer on "
                 "15 June 2020."):
        titles = event_titles(f"The {_LONG_UNION} {rest}\n")
        assert titles, rest
        assert all(title.startswith(f"The {_LONG_UNION}") and not title.endswith(" strike") for title in titles), \
            titles
