"""What the canvas says in words: tooltips and its accessible description.

Titles and organisation names come from documents, so they are untrusted:
every piece of them is HTML-escaped before it reaches a (rich text) tooltip.
"""

from __future__ import annotations

import numpy as np

from timeline_app.core.layout import Cluster
from timeline_app.core.layout.main_stretch import MainStretch
from timeline_app.core.partial_dates import days_to_date
from timeline_app.core.timeline_data import TimelineData
from timeline_app.ui.canvas_keys import keys_summary
from timeline_app.ui.date_display import display_span
from timeline_app.ui.plain_text import escaped

HELP = "Events over time in lanes. " + keys_summary()


def describe_event(data: TimelineData, event_id: int) -> str:
    """Tooltip HTML for one event: title, date, kind, organisations."""
    where = data.locate(event_id)
    if where is None:
        return ""
    dated, k = where
    if dated:
        title = data.title_of(k)
        when = display_span(float(data.starts[k]), float(data.ends[k]),
                             data.precision_name(data.precisions[k]))
        kind = data.kind_name(data.kinds[k])
    else:
        title = data.undated_title_of(k)
        when = "undated"
        kind = data.kind_name(data.undated_kinds[k])
    orgs = data.orgs_of(k, undated=not dated)
    lines = [f"<b>{escaped(title or '(untitled)')}</b>", escaped(when),
             f"Kind: {escaped(kind)}"]
    if orgs:
        lines.append(f"Organisations: {escaped(orgs)}")
    count = data.sources_of(k, undated=not dated)
    if count > 1:
        lines.append(f"Attested by {count} sources")
    return "<br>".join(lines)


def describe_cluster(cluster: Cluster) -> str:
    """Tooltip HTML for a counted cluster: how many, which lane, when."""
    span = display_span(cluster.first_day, cluster.last_day + 1, "day")
    return (f"<b>{cluster.count:,} events</b><br>{escaped(cluster.lane_title)} · "
            f"{escaped(span)}<br><i>Click to zoom in</i>")


def accessible_description(data: TimelineData, start: float, end: float) -> str:
    """What a screen reader hears: the span shown, how many events, and the controls."""
    first = int(np.searchsorted(data.starts, start))
    stop = int(np.searchsorted(data.starts, end))
    span = display_span(start, end, "day")
    return (f"Showing {span}: {stop - first:,} of {data.dated_count:,} dated events"
            f" and {data.undated_count:,} undated. {HELP}")


def _count(n: int, which: str) -> str:
    return f"{n} {which} event{'s' if n != 1 else ''}"


def fit_note(stretch: MainStretch, everything: bool) -> str:
    """The status line after a fit that could leave far-off dates out: what
    it shows, what it left out, and that Home again switches."""
    if everything:
        return "Showing every dated event; press Home (Fit) again for where most of them are."
    first = days_to_date(stretch.first).year
    last = days_to_date(max(stretch.last - 1, stretch.first)).year
    years = str(first) if first == last else f"{first}–{last}"
    outside = " and ".join(_count(n, which) for n, which in
                           ((stretch.earlier, "earlier"), (stretch.later, "later")) if n)
    verb = "lies" if stretch.earlier + stretch.later == 1 else "lie"
    return (f"Fitted to {years}, where most events are; {outside} {verb} outside "
            "(see the strip below): press Home (Fit) again to show everything.")
