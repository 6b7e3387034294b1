"""What the status line says about how many events are shown.

"6 of 9 events shown" with no filter ticked left a person looking for the
three missing events: they were background facts (kind "context"), hidden
by default. And the total counted every stored row, so reports merged into
another page's event were counted twice ("637 of 699" with 638 events). The
total here is the events a person can see (``EventColumns.load``: merged
reports once), and hidden background facts are said.
"""

from __future__ import annotations

import numpy as np

from timeline_app.core.event_columns import EventColumns
from timeline_app.core.filters import EventFilter
from timeline_app.core.models import KINDS


def hidden_context_count(everything: EventColumns, event_filter: EventFilter) -> int:
    """How many background facts the filter leaves out by default."""
    if not event_filter.hides_context or "context" not in KINDS:
        return 0
    return int(np.count_nonzero(np.asarray(everything.kind_codes) == KINDS.index("context")))


def count_text(shown: int, everything: EventColumns,
               event_filter: EventFilter) -> tuple[str, str]:
    """The status line's count and its tooltip (plain text)."""
    text = f"{shown:,} of {len(everything):,} events shown"
    active = event_filter.active_count
    if active:
        text += f" · {active} filter{'s' if active != 1 else ''}"
    tip = event_filter.describe()
    context = hidden_context_count(everything, event_filter)
    if context:
        text += f" · {context:,} background fact{'s' if context != 1 else ''} hidden"
        tip += ("\nBackground facts (a referendum, a government order) are hidden: "
                "tick “Show context events” in the filters to see them.")
    return text, tip


__all__ = ["count_text", "hidden_context_count"]
