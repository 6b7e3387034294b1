"""A small archive with known actors, for the profile and "go to" tests.

Five documents, built from hand-made extractions so the numbers do not
depend on the extractor: the National Union of Students (NUS) in four
events over four years, the University and College Union (UCU) with it in
two and alone in one, Sheffield's students' union with it once, and two
people. Tests assert the counts and partners a person would see.
"""

from __future__ import annotations

from timeline_app.core.models import (
    ExtractedEvent,
    ExtractedOrganisation,
    ExtractedPerson,
    Extraction,
    ReadDocument,
)
from timeline_app.core.store import Store

NUS = ExtractedOrganisation("National Union of Students", "NUS", ("the NUS",))
UCU = ExtractedOrganisation("University and College Union", "UCU")
SHEFFIELD = ExtractedOrganisation("University of Sheffield Students' Union")
RAJAAI = ExtractedPerson("Mostafa Rajaai", "NUS international students' officer")
GRADY = ExtractedPerson("Jo Grady", "UCU general secretary")

#: (title, published, event title, kind, start, organisations, people)
DOCUMENTS = (
    ("Students walk out", "2015-11-17", "Students walk out over migrants", "walkout",
     "2015-11-17", (NUS, UCU), (RAJAAI,)),
    ("We Are International", "2016-09-22", "WeAreInternational campaign launched", "campaign",
     "2016-09", (NUS, SHEFFIELD), ()),
    ("Day of action", "2017-03-01", "National day of action on fees", "protest",
     "2017-03-01", (NUS, UCU), (RAJAAI, GRADY)),
    ("Pensions strike", "2017-05-02", "Lecturers strike over pensions", "strike",
     "2017-05-02", (UCU,), (GRADY,)),
    ("Open letter", "2022-06-01", "Open letter to the NUS on Gaza", "letter",
     "2022-06", (NUS,), ()),
)


def build_profile_archive(store: Store) -> None:
    """Store the five documents of ``DOCUMENTS`` in ``store``."""
    for title, published, event_title, kind, start, orgs, people in DOCUMENTS:
        text = f"{title}.\n{event_title} on {start}."
        evidence = f"{event_title} on {start}."
        at = text.index(evidence)
        event = ExtractedEvent(
            event_title, kind, start, "day" if len(start) == 10 else "month", evidence, at,
            at + len(evidence), main=True, organisations=tuple(o.name for o in orgs),
            people=tuple(p.name for p in people))
        extraction = Extraction(published, "day", title=title, source="Archive",
                                events=(event,), organisations=orgs, people=people)
        store.add_document(ReadDocument(text, "txt"), extraction,
                           path=f"/archive/{title}.txt", content_hash=title)
