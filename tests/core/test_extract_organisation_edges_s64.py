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
    # (a head that is no union's and not generic, so the name reaches the join: "KTU Council" never did)
    text = "Ama Lind spoke for the Lakeland & KEF Coalition at the rally in Harbourton on Monday."
    names = organisation_names(text)
    assert "KEF Coalition" in names
    assert not any(name.startswith("Lakeland &") for name in names)


@pytest.mark.parametrize("text", [
    # two codes joined by "&" with no "the" before them: a list of two bodies
    "Talks between HRA & KEF Coalition leaders broke down on Monday, said Mira Tane.",
    "Support came from UNITE & KEF Coalition members in Westbrook on Monday, said Mira Tane.",
    "HRA, NTA & KEF Coalition members walked out in Harbourton on Monday, said Mira Tane.",
    # a code the page also writes alone is a body of its own, even after "the"
    "Members of the HRA & KEF Coalition walked out in Ostland on Monday. HRA said it backs the strike.",
    # a heading's word in capitals
    "STRIKE NEWS & KEF Coalition calls walkout\n\nThe KEF Coalition called a walkout in Arlen, said Mira Tane.",
])
def test_a_list_or_heading_word_before_the_ampersand_is_not_taken(text: str) -> None:
    names = organisation_names(text)
    assert "KEF Coalition" in names
    assert not any(name.endswith("& KEF Coalition") for name in names)


def test_a_high_school_called_without_its_head_is_one_body() -> None:
    text = "A junior at Kea Holm High school walked out on Monday and a junior at Kea Holm High joined, said Jo Arlen."
    assert organisation_names(text) == ["Kea Holm High School"]
