"""Time extraction on hostile text shapes at growing sizes.

Run:  PYTHONPATH=src /work/main/.venv/bin/python bench/hostile_shapes.py [--sizes 25 50 100 200] [--shapes NAME ...]

Each shape is text a hostile or broken document could hold: long runs of
capitalised words, many dates in one sentence, many acronyms in brackets,
long comma lists, hashtag lists, one huge line, many quotes, repeated
"said X, Y of Z", and the shapes that were once quadratic ("X, University
of London", "Aaa Bbb of Ccc (ABC)"). For each shape and size (in KB) it
prints the seconds ``extract()`` took and the seconds per KB: linear work
keeps that column flat, a super-linear shape shows as a growing column.
The words vary (drawn from a seeded generator) so no cache or set of
distinct names stays small. A benchmark, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import string
import time
from collections.abc import Callable

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _word(rng: random.Random, low: int = 3, high: int = 8) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, high)))


def _cap(rng: random.Random) -> str:
    return _word(rng).capitalize()


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2024)}"


def _acronym(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(2, 5)))


# Each maker returns one unit of its shape; units are joined until the size is reached.
SHAPES: dict[str, Callable[[random.Random], str]] = {
    "capitalised_run": lambda rng: _cap(rng) + " ",
    "dates_one_sentence": lambda rng: f"on {_date(rng)}, ",
    "dates_header_line": lambda rng: f"{_date(rng)} ",
    "acronym_brackets": lambda rng: f"{_cap(rng)} {_cap(rng)} of {_cap(rng)} ({_acronym(rng)}) ",
    "acronyms_glued": lambda rng: f"{_cap(rng)}({_acronym(rng)}) ",
    "comma_list": lambda rng: f"{_cap(rng)}, ",
    "university_of_london": lambda rng: f"{_cap(rng)}, University of London, ",
    "hashtags": lambda rng: f"#{_cap(rng)}{_cap(rng)} ",
    "one_line_prose": lambda rng: f"the council of {_word(rng)} agreed on {_date(rng)} that {_word(rng)} would strike. ",
    "quotes": lambda rng: f"\u201c{_word(rng)} {_word(rng)}\u201d said \"{_cap(rng)}\" ",
    "said_x_y_of_z": lambda rng: f"said {_cap(rng)} {_cap(rng)}, {_word(rng)} of {_cap(rng)} {_cap(rng)}, ",
    "names_of_people": lambda rng: f"{_cap(rng)} {_cap(rng)} {_cap(rng)} said. ",
    # act words in a line that is mostly not title case (once quadratic: round 15's event names)
    # acronyms listed in one clause: each once read the whole clause for a body among its items
    "acronym_list": lambda rng: f"{_acronym(rng)} {_word(rng)}, ",
    # undefined acronyms over bodies in brackets, one per line: each acronym once asked every body found
    # whether its initials spell it
    "acronyms_over_bodies": lambda rng: f"* {_acronym(rng)} ({_cap(rng)} {_cap(rng)} "
                                        f"{rng.choice(('Union', 'Council', 'Federation', 'Association'))})\n",
    # names parted by "in": the run was once parted by a call per "in" (RecursionError at 25 KB)
    "names_in_names": lambda rng: f"{_cap(rng)} Trades Council in ",
    # days and months without a year in one sentence: each asked the whole sentence its tense once
    "yearless_dates": lambda rng: f"{rng.randint(1, 28)}th {rng.choice(MONTHS)}, ",
    # weekdays after a past verb in one clause-less sentence: each weekday's clause was once read to the sentence's end
    "weekdays_one_sentence": lambda rng: f"{_word(rng)} marched on {rng.choice(WEEKDAYS)} ",
    "act_words": lambda rng: f"{rng.choice(('Walkout', 'Rally and March and', 'Strike'))} {_word(rng)} ",
    # bodies defined by hyphenated acronyms ("(NKA-ZI)"): each acronym's lower-case form was once a whole-text search
    "hyphened_acronyms": lambda rng: f"The {_cap(rng)} {_cap(rng)} Union ({_acronym(rng)}-{_acronym(rng)}) marched. ",
    # shouted words after a page's metadata date: each once searched the whole text for its title-case form
    "shouted_after_dates": lambda rng: f"date 2022-12-21 {_acronym(rng)}{_acronym(rng)} Members {_word(rng)}.\n",
    # a comma list of two-word names that never ends as a list ("... and Arlen occupied"): the people-list
    # pattern, tried at each name, once cost a line its length squared (a 180 KB line took 80 s)
    "unended_name_list": lambda rng: f"Har{_word(rng, 2, 2)} Lake{_word(rng, 1, 2)}, "
                                     + ("and Arlen occupied, " if rng.random() < 0.0002 else ""),
    # dates quoted in one sentence: each date once lower-cased the sentence up to it, asking whether it opened it
    "quoted_dates": lambda rng: f"\u201c{_word(rng)} on {_date(rng)} {_word(rng)}\u201d ",
}

# Shapes read on a dated page: a weekday is resolved only against the page's date.
DATED_SHAPES = frozenset({"weekdays_one_sentence", "yearless_dates"})
PUBLISHED = "2023-07-25"


def hostile_text(shape: str, kilobytes: int, seed: int = 12) -> str:
    """``kilobytes`` KB of ``shape``, one line, ending in a full stop."""
    rng = random.Random(f"{seed}:{shape}")
    maker, size, units = SHAPES[shape], kilobytes * 1024, []
    total = 0
    while total < size:
        unit = maker(rng)
        units.append(unit)
        total += len(unit)
    return "".join(units)[:size - 1] + "."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100, 200], metavar="KB")
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES))
    parser.add_argument("--limit", type=float, default=20.0,
                        help="skip a shape's larger sizes once one took longer than this (seconds)")
    args = parser.parse_args()
    print(f"{'shape':<22}" + "".join(f"{f'{kb} KB s':>11}{'s/KB':>8}" for kb in args.sizes), flush=True)
    for shape in args.shapes:
        row = f"{shape:<22}"
        over = False
        for kilobytes in args.sizes:
            if over:
                row += f"{'-':>11}{'-':>8}"
                continue
            doc = ReadDocument(text=hostile_text(shape, kilobytes), format="txt",
                               published=PUBLISHED if shape in DATED_SHAPES else None)
            started = time.perf_counter()
            extract(doc)
            seconds = time.perf_counter() - started
            row += f"{seconds:>11.2f}{seconds / kilobytes:>8.3f}"
            over = seconds > args.limit
        print(row, flush=True)


if __name__ == "__main__":
    main()
