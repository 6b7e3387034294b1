"""Stop 64: bodies whose names were found with wrong edges (issue 16)."""

import pytest
from extracted import organisation_names


@pytest.mark.parametrize(("text", "whole", "part"), [
    # a dotted acronym of four letters opens the name whole, not from its second letter
    ("Ama Lind has long worked beside the K.E.H.A. Welcoming Committee in Harbourton.",
     "K.E.H.A. Welcoming Committee", "E.H.A. Welcoming Committee"),
    # a high school whose head the page writes small keeps it
    ("Pupils left lessons at Westbrook High School, Kea Holm High school, and two more on Monday.",
     "Kea Holm High School", "Kea Holm High"),
    # two words in capitals joined by an ampersand open one name
    ("The leaders of the STAY & MOVE Coalition called the Ostland transport strike for Monday.",
     "STAY & MOVE Coalition", "MOVE Coalition"),
])
def test_a_name_is_read_to_its_edges(text: str, whole: str, part: str) -> None:
    names = organisation_names(text)
    assert whole in names
    assert part not in names


@pytest.mark.parametrize(("text", "name"), [
    ("Mira Tane worked with the K.E.H. Welcoming Committee on Monday.", "K.E.H. Welcoming Committee"),
    ("A junior at Kea Holm High in Westbrook walked out on Monday.", "Kea Holm High"),  # no head word after it
])
def test_names_read_before_stay_as_they_were(text: str, name: str) -> None:
    assert name in organisation_names(text)


def test_a_mixed_case_place_before_the_ampersand_is_not_taken() -> None:
    text = "Ama Lind spoke for the Lakeland & KTU Council at the rally in Harbourton on Monday."
    assert not any(name.startswith("Lakeland &") for name in organisation_names(text))
