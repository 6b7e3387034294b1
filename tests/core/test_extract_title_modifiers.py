"""Event titles ended before a modifier rather than cut inside it (issue 16,
round 12): with no clause boundary within 70 characters, a title ends
before "against ...", "ahead of ...", "in ..." when what is kept says what
happened, and is cut at a word (with an ellipsis) only when it would not.
Every text here is written for the test."""

from __future__ import annotations

from timeline_app.core.extract.title_modifiers import before_modifier
from timeline_app.core.extract.title_phrases import phrase_title


def test_a_title_ends_before_a_modifier_instead_of_inside_it():
    assert phrase_title("Hundreds of tenants join the rent strike against the private landlord company of the "
                        "halls") == "Hundreds of tenants join the rent strike"
    assert phrase_title("Several college lecturers arrested in the town centre ahead of planned talks with the "
                        "ministry") == "Several college lecturers arrested in the town centre"


def test_a_phrase_with_no_verb_or_a_hanging_end_is_still_cut_at_a_word():
    # no verb before the modifier: nothing says what happened
    title = phrase_title("Teaching assistants, contract tutors, librarians and technical staff of the northern "
                         "campuses")
    assert title.endswith("…")
    # "is" waits for what the union is doing
    assert not phrase_title("The Coastal Students Congress is calling for a national shutdown of every campus "
                            "next week").endswith(" is")


def test_as_such_is_no_subordinate_clause():
    assert phrase_title("As such the existing decision to stay affiliated stands") == \
        "As such the existing decision to stay affiliated stands"


def test_before_modifier_keeps_half_the_title():
    text = "Tutors marched from the old library to the senate house during the strike"
    assert before_modifier(text, 70, lambda phrase: True) == len("Tutors marched from the old library to the senate house")
    assert before_modifier("Tutors marched against the cuts", 70, lambda phrase: True) is None  # "against" too early
    assert before_modifier(text, 70, lambda phrase: False) is None


def test_a_modifier_starting_within_the_limit_counts_though_its_word_runs_past_it():
    # " against" opens at 67 of a 70-character title: ending there keeps the longest whole phrase
    text = "Hundreds of students from across the country joined the rent strike against private halls"
    assert before_modifier(text, 70, lambda phrase: True) == text.index(" against")
    assert phrase_title(text) == "Hundreds of students from across the country joined the rent strike"
