"""The rules' choice of the main date among a page's scored candidates.

Kept apart from the scoring (``events``) so that the choice is one call a
bench can watch or replace (bench/train_main_date.py weighs the same signals
afresh), and so the signals carry names there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from .main_date_week import Scored, day_in_the_week

__all__ = ["MAIN_TERMS", "choose_main"]

#: A candidate's signals in the order ``events`` writes them: its own eighteen, a headline day, a forecast.
MAIN_TERMS = (
    "kind_cue", "other_cue", "meeting", "event_phrase", "precision", "written_day", "held_then",
    "past_relative", "looked_back_year", "earlier_year", "near_reference", "early", "lede", "further_event",
    "headline_stems", "dates_statement", "followed_act", "act_start", "headline_day", "forecast",
)

C = TypeVar("C", bound=Scored)


def choose_main(candidates: Sequence[C], eligible: Callable[[C], bool],
                sentence_cues: Sequence[Mapping[str, float]]) -> C | None:
    """The best-scored eligible candidate (the first on a tie), narrowed to
    the day of its week when it is a week (``day_in_the_week``), or none."""
    main = max(filter(eligible, candidates), key=lambda c: (c.score, -c.index), default=None)
    return None if main is None else day_in_the_week(main, candidates, eligible, sentence_cues)
