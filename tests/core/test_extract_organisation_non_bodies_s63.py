"""Stop 63: names read as bodies that are no body at all (issue 16)."""

from extracted import organisation_names

from timeline_app.core.extract.acronym_uses import defined_as_post


def test_a_post_defined_after_your_is_no_body() -> None:
    text = ("The Lakeland Nurses Union said on Monday that members will hear from their Ward Liaison Officer "
            "(WLO) about the ballot. The WLO will also hold a meeting in Harbourton.")
    names = organisation_names(text)
    assert "Lakeland Nurses Union" in names
    assert "Ward Liaison Officer" not in names and "WLO" not in names


def test_an_office_defined_after_a_or_an_stays() -> None:
    text = ("Staff of the Harbourton Tenants Union walked out on Monday, a Chief Housing Officer (CHO) spokesperson "
            "said. The CHO will meet the union on Friday.")
    assert "Chief Housing Officer" in organisation_names(text)
    text = "Harbourton nurses marched on Monday, an Ostland Health Director (OHD) statement said."
    assert "Ostland Health Director" in organisation_names(text)


def test_a_post_leaves_no_body_in_its_words() -> None:
    text = "Westbrook nurses marched on Monday. Tell your Arlen Police Inspector (API) where the march will go."
    assert organisation_names(text) == []


def test_a_post_is_read_where_its_words_stand() -> None:
    # "Lake" is found inside "Lakeland" by a search for the word; the post "Lake Officer" follows "Lakeland"
    text = "Ask your Lakeland Lake Officer (LO) about the ballot."
    assert not defined_as_post(text, "LO")
    assert defined_as_post("Ask your Lake Officer (LO) about the ballot.", "LO")


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


def test_a_party_after_a_year_is_no_count() -> None:
    text = "Harbourton tenants marched on Monday. In 2024 Greens gained two seats there."
    assert "Greens" in organisation_names(text)


def test_a_party_before_the_noun_it_counts_stays() -> None:
    text = "Three Greens councillors stood with the Arlen Bus Drivers Union on its picket line in Harbourton on Monday."
    assert "Greens" in organisation_names(text)


def test_a_union_named_by_its_members_stays_after_a_count() -> None:
    text = "Hundreds of Teamsters left the Lakeland warehouse on Monday to picket the Westbrook road."
    assert "Teamsters" in organisation_names(text)
    assert "Teamsters" in organisation_names("Six Teamsters locals in Ostland voted to walk out on Friday.")


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
