"""The merge dialog's first offer: the name most like the one being merged."""

from timeline_app.core.name_similarity import most_similar, similarity

NAMES = ["King's College London", "National Union of Students", "SOAS", "UCL",
         "University of Sheffield Students' Union"]


def test_an_acronym_finds_the_name_it_stands_for():
    assert NAMES[most_similar("NUS UK", NAMES)] == "National Union of Students"
    assert NAMES[most_similar("University College London", NAMES)] == "UCL"


def test_a_spelling_variant_finds_its_name():
    assert NAMES[most_similar("Kings College London", NAMES)] == "King's College London"


def test_nothing_alike_offers_nothing():
    assert most_similar("Zebra Press Collective", NAMES) is None
    assert most_similar("", NAMES) is None
    assert similarity("", "UCL") == 0.0
