"""Typographic characters (no-break spaces, soft hyphens, zero-width spaces, PDF ligatures) read as the plain
ones a reader sees, with every evidence span still pointing into the text as stored."""

from __future__ import annotations

import pytest

from extracted import organisation_names, read_text, sentence_as_read
from timeline_app.core.extract.text_as_read import text_as_read
from timeline_app.core.extract.read_offsets import original_offset
from timeline_app.core.extract.typography import plain_typography

# As a word processor types a release: no-break spaces between a day and its month and after "Mr".
_WORD_TYPED = (
    "Westbrook students walk out over fees\n\n"
    "By Ana Lindqvist, 12\u00a0March\u00a02024\n\n"
    "Students at Westbrook\u00a0College walked out on 14\u00a0March, the Westbrook Students\u2019 Union said.\n\n"
    "Its president, Mr\u00a0Tomas Reyes, said the college had refused to meet them.\n"
)


def _evidence_in_stored_text(text: str) -> list[tuple[str, str]]:
    """Each event's evidence beside the stored text its span points at, made plain."""
    return [(event.evidence, sentence_as_read(text[event.evidence_start:event.evidence_end]))
            for event in read_text(text).events]


def test_no_break_spaces_read_as_spaces() -> None:
    extraction = read_text(_WORD_TYPED)
    main = next(event for event in extraction.events if event.main)
    assert (extraction.published, main.start) == ("2024-03-12", "2024-03-14")
    assert "Westbrook College" in main.organisations
    assert sorted(person.name for person in extraction.people) == ["Ana Lindqvist", "Tomas Reyes"]
    assert main.evidence.startswith("Students at Westbrook College walked out on 14 March")


def test_soft_hyphens_and_zero_width_spaces_do_not_cut_words() -> None:
    text = ("Porters strike at Hatton Royal Infirmary\n\n"
            "Published 4 March 2024\n\n"
            "Por\u00adters at Hatton Royal In\u00adfir\u00admary, members of the Hatton Porters\u200b Union, "
            "went on strike on 3 March over unpaid over\u00adtime.\n")
    extraction = read_text(text)
    main = next(event for event in extraction.events if event.main)
    assert (main.start, main.kind) == ("2024-03-03", "strike")
    assert {"Hatton Royal Infirmary", "Hatton Porters Union"} <= set(main.organisations)
    for evidence, stored in _evidence_in_stored_text(text):
        assert stored == evidence


def test_pdf_ligatures_are_read_as_their_letters() -> None:
    text = ("Nurses walk out at Scho\ufb01eld In\ufb01rmary\n\n"
            "4 March 2024\n\n"
            "The Scho\ufb01eld Nurses Association said its of\ufb01cers had \ufb01nally called the walkout.\n\n"
            "Nurses at Scho\ufb01eld In\ufb01rmary walked out on 3 March after talks on sta\ufb03ng broke down.\n")
    assert {"Schofield Infirmary", "Schofield Nurses Association"} <= set(organisation_names(text))
    main = next(event for event in read_text(text).events if event.main)
    assert main.start == "2024-03-03"
    for evidence, stored in _evidence_in_stored_text(text):
        assert stored == evidence


def test_a_word_a_soft_hyphen_parted_at_a_line_end_is_read_whole() -> None:
    text = ("Porters walk out at Hatton\n\n4 March 2024\n\n"
            "\u201cWe will not be ignored,\u201d Mr Alastair Dun\u00ad\nmore, chair of the Hatton Porters Union, said "
            "as porters staged a walk\u00ad\nout on 3 March.\n")
    extraction = read_text(text)
    main = next(event for event in extraction.events if event.main)
    assert (main.start, main.kind) == ("2024-03-03", "walkout")
    assert "Alastair Dunmore" in {person.name for person in extraction.people}
    for evidence, stored in _evidence_in_stored_text(text):
        assert stored == evidence


def test_marks_a_converted_or_right_to_left_text_keeps_are_read_through() -> None:
    text = ("Tenants march in Westbrook\n\nPublished 14\u061c/03\u061c/2024\n\n"
            "Members of the Westbrook Tenants&nbsp;Union marched on 13&nbsp;March, Zoe\u0301 Marti\u0301nez said.\n")
    extraction = read_text(text)
    main = next(event for event in extraction.events if event.main)
    assert (extraction.published, main.start) == ("2024-03-14", "2024-03-13")
    assert "Westbrook Tenants Union" in main.organisations
    assert "Zoé Martínez" in {person.name for person in extraction.people}


def test_a_page_break_ends_a_line() -> None:
    text = "Nurses strike at Hatton Royal Infirmary\f4 March 2024\fNurses at Hatton Royal Infirmary went on strike.\n"
    extraction = read_text(text)
    assert (extraction.title, extraction.published) == ("Nurses strike at Hatton Royal Infirmary", "2024-03-04")


@pytest.mark.parametrize(
    ("stored", "plain"),
    [
        ("the chair, Alastair Dun\u00ad\n    more, said", "the chair, Alastair Dunmore, said"),
        ("pay and em\u00ad\nploy\u00ad\nment\nbroke down", "pay and employment\nbroke down"),
        ("demands as fol\u00adlows\u00ad\n1. Pay the porters", "demands as follows\n1. Pay the porters"),
        ("Porters strike over staffing\u00ad\nBy Ana Li", "Porters strike over staffing\nBy Ana Li"),
        ("the walkout\n\fwould follow", "the walkout\nwould follow"),  # (a PDF's page break inside a sentence)
        # a forced line break lays a paragraph out and ends no sentence
        ("Rally for the Greyhaven\u2028Textile Workers\vover pool closures",
         "Rally for the Greyhaven Textile Workers over pool closures"),
        ("said Yolanda Priestley.\u2028Photo: Ana Li", "said Yolanda Priestley.\nPhoto: Ana Li"),  # (but after a stop)
        ("R&D; staff, AT&T; and the &sector; &notice; &amp; Hu&shy;go",
         "R&D; staff, AT&T; and the &sector; &notice; & Hugo"),
    ],
)
def test_only_what_a_reader_would_read_differently_is_changed(stored: str, plain: str) -> None:
    assert text_as_read(stored).text == plain


def test_each_plain_character_maps_back_to_the_stored_one() -> None:
    stored = "A\u00a0b\u00adc\u200bd \ufb01x e\u2029f\u2011g\ufeffh"
    plain = plain_typography(stored)
    assert plain.text == "A bcd fix e\nf-gh"
    for offset, character in enumerate(plain.text):
        if character not in "fi":  # (an offset inside a written-out ligature maps to its end)
            assert plain_typography(stored[original_offset(plain, offset)]).text == character
    assert original_offset(plain, len(plain.text)) == len(stored)


def test_a_plain_text_is_left_as_it_is() -> None:
    text = "Students walked out on 14 March, the union said. “We will not pay,” said Jo."
    assert plain_typography(text) == (text, (), (), ())
