"""A folder of small plain-text press releases for the fault tests.

Each file reads like a short statement from a campaign group: a headline, a
dateline, the action it announces with a date, a quote and an earlier event,
so extraction finds dated events, organisations and people in it. A few
files are copies of an earlier one with only their spacing changed, which
the import must recognise as duplicates.

Kept inside tests/ so the tests need nothing from bench/ (the benchmarks'
own synthetic archive is larger and covers every file format).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

FILES_PER_FOLDER = 250
#: About one file in fifty is an earlier file with other spacing.
RESPACED_COPY_SHARE = 0.02

GROUPS = ("Students' Union", "Tenants Association", "Nurses Network", "Cleaners Branch",
          "Teachers Alliance", "Rail Workers Forum", "Library Staff Collective")
PLACES = ("Leeds", "Glasgow", "Cardiff", "Bristol", "Belfast", "Norwich", "Dundee", "Hull")
ACTIONS = (("walk out", "walked out"), ("strike", "struck"), ("march", "marched"),
           ("occupy the main hall", "occupied the main hall"), ("hold a vote", "held a vote"))
CAUSES = ("rent rises", "cuts to bursaries", "casual contracts", "library closures",
          "unsafe housing", "pension changes")
FIRST_NAMES = ("Amira", "Owen", "Priya", "Callum", "Ines", "Tomasz", "Niamh", "Kwame")
LAST_NAMES = ("Begum", "Fraser", "Okafor", "Lindqvist", "Moreau", "Doyle", "Haddad")
ROLES = ("president", "branch secretary", "welfare officer", "spokesperson")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def press_release(number: int, rng: random.Random) -> str:
    """One statement; ``number`` makes its text unlike every other's."""
    place = rng.choice(PLACES)
    group = f"{place} {rng.choice(GROUPS)}"
    action, acted = rng.choice(ACTIONS)
    cause = rng.choice(CAUSES)
    published = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
    planned = published + timedelta(days=rng.randrange(3, 40))
    earlier_year = published.year - rng.randrange(1, 12)
    speaker = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    return "\n\n".join([
        f"{group} to {action} over {cause}",
        f"{place.upper()}, {long_date(published)} - Statement {number:05d}.",
        f"Members of the {group} will {action} on {long_date(planned)} in protest at {cause}.",
        f"{speaker}, {group} {rng.choice(ROLES)}, said: \"We have asked for talks for months "
        f"and been ignored. This is the only way left to be heard.\"",
        f"In {earlier_year}, members {acted} over the same issue and won a partial agreement.",
        "The group asks supporters to join them and to write to their representatives.",
    ]) + "\n"


def respaced(text: str, rng: random.Random) -> str:
    """The same words with other spacing and line endings: the same document."""
    words = text.split(" ")
    return "".join(word + (" " if rng.random() < 0.8 else "  ") for word in words).rstrip() \
        .replace("\n", "\r\n") + "\r\n"


def write_text_archive(folder: Path, count: int, seed: int = 1) -> list[dict]:
    """Write ``count`` .txt files in subfolders of ``folder``; one label per file.

    A label is ``{"file": relative path}``, plus ``"duplicate_of"`` (the
    original's relative path) for a respaced copy.
    """
    rng = random.Random(seed)
    labels: list[dict] = []
    originals: list[tuple[str, str]] = []
    for index in range(count):
        relative = f"batch-{index // FILES_PER_FOLDER:02d}/{index:05d}.txt"
        label = {"file": relative}
        if originals and rng.random() < RESPACED_COPY_SHARE:
            original, text = rng.choice(originals)
            text = respaced(text, rng)
            label["duplicate_of"] = original
        else:
            text = press_release(index, rng)
            originals.append((relative, text))
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        labels.append(label)
    return labels
