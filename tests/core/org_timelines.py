"""Small timelines whose events name organisations, for the lane tests."""

from __future__ import annotations

from timeline_app.core.timeline_data import TimelineData


def timeline_with_organisations(rows: list[tuple[int, float, str]]) -> TimelineData:
    """(id, day, organisations joined with "; ") events, each a day long,
    titled "Event <id>"; a NaN day makes an undated event."""
    orgs = [o for _i, _d, o in rows]
    return TimelineData.from_columns(
        [i for i, _d, _o in rows], [f"Event {i}" for i, _d, _o in rows], ["walkout"] * len(rows),
        [d for _i, d, _o in rows], [d + 1 for _i, d, _o in rows], ["day"] * len(rows),
        [o.split("; ")[0] if o else None for o in orgs], orgs)
