"""The faster forms of the name patterns find exactly what the plain forms find.

Round 7 wrote the name-word runs possessive, moved the word-start tests of
the person list and the shape finders after their first capital, tried
name blocks only in runs of three lines and opened the title's
clause-boundary pattern with one character class; each only skips retries
and positions that could never match, which these properties check on
texts built from the pieces names and clauses are made of.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract import name_blocks, people, person_name_lists, speaker_labels
from timeline_app.core.extract.given_names import GIVEN_NAMES
from timeline_app.core.extract.name_tokens import LOWER
from timeline_app.core.extract.people import _block_name_ok

_PIECES = ["Ana", "Popa", "McDonald", "O'Brien", "O’Neil", "de ", "al-", "Rashid", "J.", "K. ", "SmithJones",
           "Ji-yuet", "Sanwo-Olu", " ", "  ", "\t", ", ", " and ", " & ", "(Leeds)", "x", "-", "'", "é", "Łukasz",
           "5", "the", "A", ": ", "Prof ", "Student 5, ", "\n"]
_NAMEISH = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with its possessive name-word runs written plainly."""
    return re.compile(pattern.pattern.replace(f"[{LOWER}]++", f"[{LOWER}]+").replace("[ \\t]{1,2}+", "[ \\t]{1,2}"),
                      pattern.flags)


@settings(max_examples=500, deadline=None)
@given(text=_NAMEISH)
def test_possessive_name_words_change_no_match(text):
    for pattern in (people._CAP_RUN, person_name_lists._NAME_LIST):
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in _plain(pattern).finditer(text)]
    for line in text.split("\n"):
        line_match, plain_line = name_blocks._NAME_LINE.fullmatch(line), _plain(name_blocks._NAME_LINE).fullmatch(line)
        assert (line_match and line_match.span("name")) == (plain_line and plain_line.span("name"))
        label, plain_label = speaker_labels._LABEL.match(line), _plain(speaker_labels._LABEL).match(line)
        assert (label and label.span("name")) == (plain_label and plain_label.span("name"))


@settings(max_examples=500, deadline=None)
@given(text=_NAMEISH, start=st.integers(0, 40))
def test_a_name_list_starts_a_word_as_the_look_behind_in_front_said(text, start):
    item = person_name_lists._LIST_ITEM
    in_front = re.compile(rf"(?<![\w'’-]){item}(?:[ \t]*,[ \t]*{item})*[ \t]*,?[ \t]+(?:and|&)[ \t]+{item}(?![\w'’-])")
    start = min(start, len(text))
    assert [m.span() for m in person_name_lists._NAME_LIST.finditer(text, start)] == \
        [m.span() for m in in_front.finditer(text, start)]


_LINES = st.lists(st.sampled_from(["Ana Popa", "Matt Carr, University of Leeds", "Dr Jo Bloggs", "", " ",
                                   "a line in lower case", "Heading Words Here", "x" * 150, "Kim Lee (retd.)",
                                   "we, the undersigned, ask."]),
                  max_size=12).map("\n".join)


@settings(max_examples=400, deadline=None)
@given(text=_LINES)
def test_name_blocks_need_three_name_lines_and_a_known_person_or_a_signed_page(text):
    # the reference: every short capitalised line tried, as before the run test; a page that says it
    # is signed also takes a block half of whose names open with a common given name
    known = {"Ana Popa"} if any(line.startswith("Ana Popa") for line in text.split("\n")) else set()
    signed = "undersigned" in text.lower()

    def vouched(block: list[tuple[str, int]]) -> list[tuple[str, int]]:
        given_names = sum(1 for name, _ in block if name.split()[0] in GIVEN_NAMES)
        return block if len(block) >= 3 and (any(name in known for name, _ in block) or
                                             signed and given_names * 2 >= len(block)) else []

    found, block, offset = [], [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        match = name_blocks._NAME_LINE.fullmatch(line) if stripped and len(stripped) <= 140 and \
            stripped[0].isupper() else None
        if match and _block_name_ok(match["name"].split()):
            block.append((match["name"], offset + match.start("name")))
        elif stripped:
            found += vouched(block)
            block = []
        offset += len(line) + 1
    found += vouched(block)
    assert name_blocks.names_in_blocks(text, known, _block_name_ok) == found


_SHAPE_PIECES = ["Leeds", "UCU", "University", "College", "UK", "Students", " ", "  ", "\t", "x", "-", "'", "’", "&",
                 "A", "Ab", "SU", "\n", "9", ",", "Goldsmiths", "of ", "é"]


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(_SHAPE_PIECES), max_size=12).map("".join), cut=st.integers(0, 80))
def test_shape_names_start_a_word_as_the_look_behind_in_front_said(text, cut):
    from timeline_app.core.extract import organisation_shapes as shapes

    cap_word, acr, not_before = shapes.CAP_WORD, shapes._ACR, r"(?<![\w'’&-])"
    in_front = {
        shapes._HEAD_UK: rf"{not_before}(?P<name>{cap_word}[ \t]+UK)(?![\w'’&-])",
        shapes._HOST_BEFORE: rf"{not_before}(?P<host>{cap_word}|{acr})[ \t]+$",
        shapes._INSTITUTION_BEFORE: rf"{not_before}(?P<host>{cap_word}[ \t]+(?:University|College)|"
                                    rf"University[ \t]+College[ \t]+(?!(?:Hospital|School)\b){cap_word})[ \t]+$",
        shapes._WORD_BEFORE: rf"{not_before}([A-Z][a-z]+)[ \t]$",
    }
    end = min(cut, len(text))
    for pattern, plain in in_front.items():
        for start in range(0, end + 1, 3):
            found, expected = pattern.search(text, start, end), re.compile(plain).search(text, start, end)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


_CLAUSE_PIECES = [",", ";", " ", "\t", " – ", " — ", "-", " (", "who", "which", "to demand", "in solidarity", "walked",
                  "x", "until", "as", "\n", "Students"]


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=14).map("".join), limit=st.integers(0, 80))
def test_clause_boundaries_opening_with_one_class_are_the_alternation_of_five(text, limit):
    from timeline_app.core.extract.title_phrases import _BOUNDARY

    five = re.compile(r",[ \t]|[ \t][–—-][ \t]|;[ \t]|[ \t]\(|[ \t](?=(?:who|which|after|as|because|while|whilst|"
                      r"when|where|to demand|to protest|in protest|in solidarity|following|before|despite|amid|"
                      r"since|until)\b)")
    end = min(limit, len(text))
    assert [m.span() for m in _BOUNDARY.finditer(text, 0, end)] == [m.span() for m in five.finditer(text, 0, end)]


def test_name_blocks_skip_prose_but_keep_blocks_and_headed_lists():
    # the cheap tests (a prose line's closing full stop, "designed" holding "signe") turn away no block
    prose = "Ana Popa said the plan was designed badly.\n\nLena Marsh\nTom Reid\nAna Popa, University of Leeds\n"
    assert name_blocks.names_in_blocks(prose, {"Ana Popa"}, _block_name_ok) == \
        [("Lena Marsh", 44), ("Tom Reid", 55), ("Ana Popa", 64)]
    assert name_blocks.names_in_blocks("Ana Popa said it was designed.\nIt was.\n", {"Ana Popa"}, _block_name_ok) == []
    headed = "The letter was designed by students.\n\nSigned by:\nLena Marsh\nTom Reid\n"
    assert name_blocks.names_in_blocks(headed, set(), _block_name_ok) == [("Lena Marsh", 49), ("Tom Reid", 60)]
