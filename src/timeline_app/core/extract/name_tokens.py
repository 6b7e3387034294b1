"""The shape of one word of a person's name, beyond plain ASCII.

Real pages name people from everywhere: accented Latin letters ("László
Molnárfi", "Sebastián Piñera"), Cantonese and Korean given names written as
hyphenated lower-case syllables after the surname ("Wong Ji-yuet", "Lai
Man-lok"), and Arabic surnames glued to a lower-case article ("Abdullah
al-Rashid"). ``people`` builds its capitalised-run pattern from these pieces.
"""

from __future__ import annotations

# Capitals and small letters of the Latin alphabets (Latin-1 and Latin
# Extended-A; the latter alternates capital and small, so its whole range
# stands in the small class).
UPPER = "A-ZÀ-ÖØ-ÞŁŚŹŻĆŃŠŽČŘĎŤŇŐŰĞŞİ"
LOWER = "a-zß-öø-ÿā-ž"
# One to three initials, each with its full stop ("C.P.", "D.", "J. K.").
INITIALS = rf"(?:[{UPPER}]\.[ \t]?){{0,2}}[{UPPER}]\."
# A lower-case article or "son of" glued by a hyphen to the surname after it.
JOINED_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ul|bin|ibn|abu|bint|ben|ould)-"


def name_token(capital_prefix: str) -> str:
    """A capitalised name word. ``capital_prefix`` matches the capital (with
    any prefix such as "Mc", checked behind it); then small letters, and an
    optional hyphenated part: capitalised ("Sanwo-Olu") or, after a short
    syllable, one small syllable ("Ji-yuet", "Chi-fung")."""
    capital = capital_prefix.replace("[A-Z]", f"[{UPPER}]", 1)
    return rf"{capital}(?:[{LOWER}]{{1,4}}-[a-z]{{2,6}}(?![\w-])|[{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
