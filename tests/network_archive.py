"""A small archive of who worked with whom, for the network and cast tests.

Six events over three years; the shared events per pair are easy to count
by hand:

- NUS and UCU share three events (2016 strike, 2017 march, 2018 rally);
- NUS and Unison share one (2017 march);
- UCU and Unison share one (2017 march);
- Shelly Asquith (a person) speaks at the 2017 march with NUS;
- People & Planet acts alone in 2018 (a node without edges);
- one undated event names NUS and Unite (a pair only when undated events count).
"""

from __future__ import annotations

from timeline_app.core import editing
from timeline_app.core.store import Store

NUS = "National Union of Students"
UCU = "University and College Union"
UNISON = "Unison"
PLANET = "People & Planet"
UNITE = "Unite"
ASQUITH = "Shelly Asquith"

EVENTS = [
    ("Strike over pensions", "strike", "2016-03-01", (NUS, UCU), ()),
    ("March for education", "protest", "2017-11-19", (NUS, UCU, UNISON), (ASQUITH,)),
    ("Rally at the ministry", "protest", "2018-02-02", (NUS, UCU), ()),
    ("Divestment sit-in", "occupation", "2018-05-05", (PLANET,), ()),
    ("Statement on fees", "letter", "2016-07-07", (NUS,), ()),
    ("Joint letter, date unknown", "letter", None, (NUS, UNITE), ()),
]


def build_network_archive(store: Store) -> dict[str, int]:
    """Add the events; ``{name: organisation or person id}``."""
    for title, kind, start, organisations, people in EVENTS:
        editing.add_event(store, title=title, kind=kind, start=start,
                          organisations=organisations, people=people)
    ids = {row["name"]: row["id"] for row in store.organisations()}
    ids.update({row["name"]: row["id"] for row in store.people()})
    return ids
