"""A small, deterministic collection for the export and collection tests.

Built with ``Store.add_document`` and hand-made Extraction objects (not the
extractor), then edited through ``core.editing`` the way a person would, so
each export can be checked field by field against what is stored.
"""

from __future__ import annotations

from timeline_app.core import editing
from timeline_app.core.prepared import content_hash
from timeline_app.core.models import (
    ExtractedEvent, ExtractedOrganisation, ExtractedPerson, Extraction, ReadDocument,
)
from timeline_app.core.store import Store

NUS = "National Union of Students"
UCU = "University and College Union"

WALKOUT_TEXT = (
    "Students walk out on Monday.\n"
    "The National Union of Students (NUS) said: “We walk out at 10.30am,\n"
    "together, on 20 February 2017.” A campaign ran from March to May 2017.\n"
    "In 2016 the union wrote to ministers. About 2025 it may vote again.\n"
    "Nobody knows when the first sit-in was. It recurs, not before 2022."
)
# The evidence sentence keeps its line break: the CSV must keep it in one cell.
WALKOUT_EVIDENCE = (
    "The National Union of Students (NUS) said: “We walk out at 10.30am,\n"
    "together, on 20 February 2017.”"
)

PROTEST_TEXT = (
    "<script>alert('x')</script> & friends protested outside the ministry on 3 May 2018.\n"
    "=HYPERLINK(\"http://example.invalid\") was painted on a banner."
)


def _evidence(text: str, sentence: str) -> tuple[str, int, int]:
    start = text.index(sentence)
    return sentence, start, start + len(sentence)


def _walkout_document(store: Store) -> int:
    text = WALKOUT_TEXT
    events = (
        ExtractedEvent("Students walk out", "walkout", "2017-02-20", "day",
                       *_evidence(text, WALKOUT_EVIDENCE), time="10:30", main=True,
                       confidence=0.9, field_confidence={"date": 0.9, "kind": 0.8},
                       organisations=(NUS,), people=("Shelly Asquith",)),
        ExtractedEvent("Spring campaign", "campaign", "2017-03", "month",
                       *_evidence(text, "A campaign ran from March to May 2017."),
                       end="2017-05", confidence=0.7, organisations=(NUS, UCU)),
        ExtractedEvent("Union writes to ministers", "letter", "2016", "year",
                       *_evidence(text, "In 2016 the union wrote to ministers."),
                       confidence=0.6, organisations=(NUS,)),
        ExtractedEvent("Vote again", "vote", "2025", "approximate",
                       *_evidence(text, "About 2025 it may vote again."), confidence=0.4),
        ExtractedEvent("First sit-in", "occupation", None, "unknown",
                       *_evidence(text, "Nobody knows when the first sit-in was."),
                       confidence=0.3),
        ExtractedEvent("Recurring sit-in", "occupation", "2022", "unknown",
                       *_evidence(text, "It recurs, not before 2022."), confidence=0.3),
    )
    extraction = Extraction(
        "2017-02-13", "day", title="Students walk out in solidarity", source="NUS press office",
        events=events,
        organisations=(ExtractedOrganisation(NUS, acronym="NUS", aliases=("the NUS",)),
                       ExtractedOrganisation(UCU, acronym="UCU")),
        people=(ExtractedPerson("Shelly Asquith", role="Vice-President Welfare"),),
    )
    doc_id, _ = store.add_document(ReadDocument(text, "txt"), extraction,
                                   path="/archive/walkout.txt", content_hash=content_hash(text))
    return doc_id


def _protest_document(store: Store) -> int:
    text = PROTEST_TEXT
    events = (
        ExtractedEvent("<script>alert('x')</script> & friends protest", "protest", "2018-05-03",
                       "day", *_evidence(text, text.splitlines()[0]), main=True,
                       organisations=(UCU,)),
        ExtractedEvent("Banner painted", "other", "2018-05", "month",
                       *_evidence(text, text.splitlines()[1])),
    )
    extraction = Extraction(None, "unknown", title="Protest at the ministry", events=events,
                            organisations=(ExtractedOrganisation(UCU, acronym="UCU"),))
    doc_id, _ = store.add_document(ReadDocument(text, "html"), extraction,
                                   path="/archive/protest.html", content_hash=content_hash(text))
    return doc_id


def event_id(store: Store, title: str) -> int:
    return next(e["id"] for e in store.events() if e["title"] == title)


def build_sample(store: Store) -> None:
    """Two documents, eight events (one added by hand), edits, notes, tags, an alias."""
    _walkout_document(store)
    _protest_document(store)
    walkout = event_id(store, "Students walk out")
    editing.update_event(store, walkout, title="Students walk out across the UK")
    editing.update_event(store, walkout, note="Checked against the NUS archive, line 2")
    editing.update_event(store, walkout, tags=["verified", "national"])
    editing.update_event(store, event_id(store, "Spring campaign"), tags=["campaign-2017"])
    editing.add_event(store, title="Open letter signed", kind="letter", start="2017-04-02",
                      organisations=[UCU], note="Added by hand")
    store.set_alias("Edinburgh Uni", "University of Edinburgh")


#: Events in the sample whose date puts them on a calendar (not undated or
#: only "not before").
DATED_TITLES = {
    "Students walk out across the UK", "Spring campaign", "Union writes to ministers",
    "Vote again", "<script>alert('x')</script> & friends protest", "Banner painted",
    "Open letter signed",
}
