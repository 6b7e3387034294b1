"""An acronym's letters are matched against a name's words once per (letter, word) position.

Small words ("the", "of") may give a letter or be skipped, and a repeated
initial may give none: the same position is reached by several paths, and a
bracket after a run of them once cost time exponential in its length (a
page of prose with "(UTTTTTTTTZ)" could hold extraction for minutes). The
test counts how often a word is read, never a time.
"""

from __future__ import annotations

from timeline_app.core.extract.organisation_names import initials_match


class CountedWord(str):
    """A word that counts how often it is lower-cased, as the matcher does once per position it settles."""

    reads = 0

    def lower(self) -> str:
        CountedWord.reads += 1
        return str.lower(self)


def test_matching_an_acronym_reads_each_position_once():
    letters = "UTTTTTTTTZ"
    words = [CountedWord("Union")] + [CountedWord(word) for _ in range(9) for word in ("the", "Taa")]
    CountedWord.reads = 0
    for repeats in (False, True):
        assert not initials_match(letters, words, repeats)
    assert CountedWord.reads <= 2 * (len(letters) + 1) * (len(words) + 1)


def test_an_acronym_of_a_name_with_small_words_still_matches():
    assert initials_match("NUS", "National Union of Students".split())
    assert initials_match("FOSIS", "Federation of Student Islamic Societies".split())
    assert initials_match("OPCU", "Ostland Porters, Paramedics and Cleaners Union".replace(",", "").split(),
                          repeats=True)
