"""Stop 63: names read as bodies that are no body at all (issue 16)."""

from extracted import organisation_names


def test_a_post_defined_after_your_is_no_body() -> None:
    text = ("The Lakeland Nurses Union said on Monday that members will hear from their Ward Liaison Officer "
            "(WLO) about the ballot. The WLO will also hold a meeting in Harbourton.")
    names = organisation_names(text)
    assert "Lakeland Nurses Union" in names
    assert "Ward Liaison Officer" not in names and "WLO" not in names


def test_a_single_office_defined_after_the_stays() -> None:
    text = ("The Ostland Teachers Union said the Chief Staffing Officer (CSO) offered four per cent. "
            "The CSO said talks would go on.")
    assert "Chief Staffing Officer" in organisation_names(text)


def test_a_party_counted_by_its_members_is_no_body() -> None:
    text = ("Pupils in Harbourton walked out on Friday, which helped to push the 12 Republicans to stay away "
            "from the vote. Give now to elect more Lakeland Republicans!")
    assert "Republicans" not in organisation_names(text)


def test_a_party_that_acts_stays_beside_a_count() -> None:
    text = "Nine Greens in Westbrook marched. In 2024 Greens won two seats, and the Greens said they back the strike."
    assert "Greens" in organisation_names(text)


def test_a_monks_title_after_the_union_is_no_body() -> None:
    text = ("The Lakeland Nurses Union began a two-day strike on Monday. Head of the union Ven. Kea Holm Thero "
            "said talks had failed.")
    names = organisation_names(text)
    assert "Lakeland Nurses Union" in names and "Ven" not in names


def test_an_acronym_pointed_at_with_this_is_a_thing() -> None:
    text = ("Tenants of Arlen Court say this KRB is unfair and they will not pay it. "
            "This NUS campaign and this UCU branch back them.")
    names = organisation_names(text)
    assert "KRB" not in names
    assert "NUS" in names and "UCU" in names


def test_a_pages_own_post_line_is_no_outlet() -> None:
    text = ("Harbourton teachers marched to the Lakeland Education Council on Tuesday.\n\n"
            "Post published in: Local Stories\n\nLeave a comment below")
    assert "Post" not in organisation_names(text)


def test_a_paper_that_published_a_story_stays() -> None:
    text = "Harbourton teachers marched on Tuesday.\n\nThe Westbrook Post published a story on the march."
    assert "Westbrook Post" in organisation_names(text)
