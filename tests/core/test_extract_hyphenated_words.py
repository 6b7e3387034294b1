"""Words a typesetter's hyphen parted at a wrapped line's end are read whole (extract/hyphenated_words.py).

Each text is invented, set as a justified page sets it: full lines, long words hyphenated at their end."""

from __future__ import annotations

import pytest

from extracted import main_event, organisation_names, person_names, read_text, sentence_readings
from timeline_app.core.extract.hyphenated_words import hyphenated_words_joined
from timeline_app.core.extract.text_as_read import text_as_read

_JUSTIFIED = (
    "Porters walk out at Greyhaven\n"
    "\n"
    "By Ana Li, 12 October 2024\n"
    "\n"
    "Porters at the Greyhaven Infirmary will walk out on 3 Novem-\n"
    "ber in a long-running dispute over pay, the head of the Lake-\n"
    "land Porters' Guild, Jean-Marc Osei, said on Friday. Members\n"
    "voted by 91 per cent for the walkout after the hospital's mana-\n"
    "gers refused to meet them, and the guild said that a second\n"
    "walkout would follow in December if talks failed. Its secre-\n"
    "tary, Mira Tane, said the porters had held a sit-in at the\n"
    "infirmary's main gates in the summer, and that nurses of the\n"
    "Harbourton Community Trust had joined them on the long-\n"
    "running picket line outside the hospital every morning.\n"
)


def test_a_date_parted_at_a_line_end_is_read() -> None:
    assert main_event(_JUSTIFIED).start == "2024-11-03"  # ("3 Novem-" over "ber"; it was "on Friday", 11 October)


def test_a_name_parted_at_a_line_end_is_read_whole() -> None:
    names = organisation_names(_JUSTIFIED)
    assert "Lakeland Porters' Guild" in names and "Porters' Guild" not in names
    assert {"Jean-Marc Osei", "Mira Tane"} <= set(person_names(_JUSTIFIED))


def test_the_text_as_read_joins_parted_words_and_keeps_a_words_own_hyphen() -> None:
    read = text_as_read(_JUSTIFIED).text
    assert "3 November in a long-running dispute" in read and "the Lakeland Porters' Guild" in read
    assert "the hospital's managers refused" in read and "Its secretary, Mira Tane" in read
    assert "joined them on the long-running picket line" in read  # (the text writes "long-running" elsewhere)


@pytest.mark.parametrize(("broken", "read"), [
    ("said Jean-\nPierre Holm", "said Jean-Pierre Holm"),  # (a capital goes on: a name's own hyphen)
    ("a pro-\nPalestine march", "a pro-Palestine march"),
    ("began a work-\nto-rule on Monday", "began a work-to-rule on Monday"),  # (the word goes on with a hyphen)
    ("held a sit-\nin at the gates", "held a sit-in at the gates"),  # (a part of two letters)
    ("were co-\nordinated by the guild", "were coordinated by the guild"),  # (a two-letter part: a typesetter's)
    ("the strike was organ-\nised by the guild, which organised it", "the strike was organised by the guild, "
                                                                       "which organised it"),
    ("a student-\nled march and a Labour-\nled council", "a student-led march and a Labour-led council"),
    ("a UK-\nwide strike", "a UK-wide strike"), ("began a work-to-\nrule", "began a work-to-rule"),
    ("a twenty-four-\nhour strike", "a twenty-four-hour strike"),
    ("a go-\nslow at the depot", "a go-slow at the depot"),
    ("walked out to-\nday", "walked out today"),
    ("said Jona-\nthan Ede and Kev-\nin Marsh", "said Jonathan Ede and Kevin Marsh"),
    ("the chief ex-\necutive", "the chief executive"), ("from Monday-\nFriday", "from Monday-Friday"),
    ("a hunger-\nstrike and a 48-\nhour ballot", "a hunger-strike and a 48-hour ballot"),
    ("a three-\nday strike at Marston-\nupon-Wold", "a three-day strike at Marston-upon-Wold"),
    ("the mem-\nbers voted", "the members voted"),
    # (a typesetter parts a word after two letters, or before two: "No-vem-ber", "Kel-ly")
    ("on 12 No-\nvember", "on 12 November"), ("said Rufus Kel-\nly", "said Rufus Kelly"),
    ("said Angus Mc-\nKenzie", "said Angus McKenzie"),  # (a name's prefix before a capital)
    ("said Bernadette Okon-\nkwo-Reyes", "said Bernadette Okonkwo-Reyes"),  # (no linking word: a name's part)
    ("his mother-\nin-law", "his mother-in-law"),
    ("the Covid-\n19 rules for 2023-\n24", "the Covid-19 rules for 2023-24"),  # (a digit: the hyphen's own)
    ("the Harbour-\nton branch", "the Harbourton branch"),  # (a name's parts)
    ("twenty-\none staff, self-\nemployed", "twenty-one staff, self-employed"),
])
def test_a_hyphen_stays_where_the_word_has_one_of_its_own(broken: str, read: str) -> None:
    assert hyphenated_words_joined(broken.replace("\n", " "), broken).text == read


def test_a_line_break_the_wrap_did_not_run_on_is_left() -> None:
    # (a short text is no wrapped one: its line breaks are the writer's, and so are its hyphens)
    stored = "Demands:\nfull-\ntime contracts\nno cuts"
    assert text_as_read(stored).text == stored


def test_evidence_points_into_the_stored_text_through_a_parted_word() -> None:
    event = main_event(_JUSTIFIED)
    span = _JUSTIFIED[event.evidence_start:event.evidence_end]
    assert span.startswith("Porters at the Greyhaven Infirmary will walk out on 3 Novem-\nber in a long-running")
    assert span.endswith("said on Friday.")
    assert event.evidence in sentence_readings(span)


def test_a_reply_that_quotes_a_justified_page_is_read_through_both() -> None:
    quoted = "On Sat, 12 Oct 2024, Ana Li wrote:\n" + "".join(f"> {line}\n" for line in _JUSTIFIED.splitlines())
    assert "Lakeland Porters' Guild" in organisation_names(quoted)
    assert read_text(quoted).published == "2024-10-12"


@pytest.mark.parametrize("broken", [
    "closes at noon on Friday 14 March-\nresults will follow",  # (a dash typed after a date)
    "wrote to Mr Osric Penrose-\nwho has not replied",  # (a dash before "who")
    "for full-\nand part-time staff",  # (a suspended hyphen)
    "Ms Boateng said so. Ama Boateng-\ngeneral secretary, spoke",  # (after a word the text writes elsewhere)
    "the cleaners will stage a strike-\nplanned for June",  # (after a word an action is named by)
    "said Priya Shah-\nherself a nurse", "Morag Ruthven-\na nurse, said", "said Mira Tane-\nco-founder of the guild",
])
def test_a_dash_or_a_suspended_hyphen_at_a_line_end_is_left_as_the_wrap_read_it(broken: str) -> None:
    spaced = broken.replace("\n", " ")
    assert hyphenated_words_joined(spaced, broken).text == spaced
