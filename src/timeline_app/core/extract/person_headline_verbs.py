"""A headline's verb written in title case right after a name.

A headline capitalises every word, so the verb that tells what befell a
person runs on from the name: "Former Dean Mira Tane Arrested", "Case
Against Jo Arlen Postponed to May". Such past participles name what was
done to someone and are no one's surname ("Freed" is one, so it is not
listed), so a run of three words or more ends before one. The
test is asked of every capitalised run, not only a headline's: a body
sentence's run that ends so ("signed by Jo Arlen, Mira Tane Cleared") is
the same slip.
"""

from __future__ import annotations

# What a headline reports was done to a person or a case (never a surname: "Ahmed", "Reed", "Freed" are not listed).
_DONE_TO = frozenset("""Postponed Adjourned Deferred Arrested Detained Jailed Charged Sentenced Acquitted Released
    Suspended Sacked Fired Dismissed Expelled Reinstated Summoned Questioned Ousted Impeached Indicted Fined
    Banned Barred Convicted Cleared Deported Abducted Assaulted Attacked Injured Killed Elected Appointed
    Re-elected Sworn Honoured Honored Remembered""".split())


def without_headline_verb(text: str, words: list[str], end: int) -> tuple[list[str], int]:
    """``words`` of a capitalised run ending at ``end``, without a headline's verb as the last of three words or
    more ("Jo Arlen Postponed" reads "Jo Arlen"), and where the shortened run ends."""
    if len(words) < 3 or words[-1] not in _DONE_TO:
        return words, end
    at = text.rindex(words[-1], 0, end)
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return words[:-1], at
