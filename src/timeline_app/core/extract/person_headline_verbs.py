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


def ends_on_what_befell(words: list[str]) -> bool:
    """Whether a capitalised run of three words or more ends on a headline's verb ("Jo Arlen Postponed"), which
    ``person_context.run_words`` then cuts off."""
    return len(words) >= 3 and words[-1] in _DONE_TO
