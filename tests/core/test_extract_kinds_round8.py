"""Kinds, round 8 (issue 16): class boycotts and stop-work marches are
strikes in the word vote, a strike said to begin is the strike, a strike
refused ("no strike for you") or an agreement not reached is no act."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_a_class_boycott_outvotes_the_words_around_it():
    _, main = _main(
        "Sixth formers to join class boycott on Friday\n\n"
        "Pupils from forty schools have signed up for the class boycott, the organisers said after a vote "
        "of the pupils' council and a motion at the town council.\n\n"
        "Their class boycott follows a week of lecture boycotts at the university.\n")
    assert main.kind == "strike"


def test_a_strike_said_to_begin_is_the_strike_not_the_talks_that_failed():
    _, main = _main(
        "Classes halted as technicians' strike begins across the country\n\n"
        "The union said the walkout had to go ahead after it failed to reach an agreement with the ministry.\n\n"
        "Colleges were closed on Tuesday.\n")
    assert main.kind == "strike"


def test_a_strike_refused_in_the_headline_leaves_the_court_order():
    _, main = _main(
        "NO STRIKE FOR NURSES: judge sends hospital staff back to the wards\n\n"
        "A judge in the county court ordered the nurses' union to end its strike at four hospitals.\n\n"
        "The union said the strike had been solid and its members would appeal.\n")
    assert main.kind == "other"


def test_pupils_who_skip_school_are_on_strike_though_they_take_to_the_streets():
    _, main = _main(
        "Pupils fill the square for the planet\n\n"
        "Thousands of pupils skipped school on Friday and took to the streets to demand action on the "
        "warming of the seas.\n\n"
        "The protests filled the square; the demonstrations stretched across the region.\n")
    assert main.kind == "strike"


def test_a_ceremony_boycotted_is_a_protest_not_the_letter_it_mentions():
    _, main = _main(
        "Graduates boycott the chancellor's ceremony\n\n"
        "Several graduates of the college boycotted the annual graduation ceremony presided over by the "
        "minister.\n\n"
        "The minister presented the certificates to the graduates who attended.\n\n"
        "In a letter to the registrar they said the letter of invitation had ignored their complaints.\n")
    assert main.kind == "protest"


def test_a_strike_a_union_is_required_to_suspend_is_the_order_not_the_strike():
    _, main = _main(
        "With the order, the lecturers' union is required to suspend the strike and return to talks.\n\n"
        "The order follows an application by the labour board to suspend the strike while talks go on.\n\n"
        "The union is expected to halt the strike until the case is heard; the strike has lasted a month.\n")
    assert main.kind == "other"


def test_a_petition_page_is_a_petition_though_it_recites_a_sit_in():
    _, main = _main(
        "Drop the charges!\n\n"
        "Online Petition To Drop the Charges against the Library Students\n\n"
        "Forty students staged a peaceful sit-in at the library against the fee rise; the sit-in lasted a "
        "day and the occupation of the reading room ended with arrests.\n\n"
        "The sit-in was peaceful and the occupiers left when asked.\n")
    assert main.kind == "petition"


def test_a_march_its_sentence_calls_a_demonstration_is_a_protest_during_a_strike():
    _, main = _main(
        "Riverton, 3 May — Ten thousand people marched through the streets of Riverton, making it the "
        "largest demonstration the town has seen.\n\n"
        "They came from every college on strike against the fee rise; the student strike is in its fifth week.\n\n"
        "The strike committee said the strike would go on until the rise was dropped.\n")
    assert main.kind == "protest"
