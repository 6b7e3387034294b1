"""A main mention that only stands for its document follows the event its report joined."""

from __future__ import annotations

from pathlib import Path

from timeline_app.core.consolidation.document_joins import followed_join, stands_for_document
from timeline_app.core.importing import import_paths
from timeline_app.core.models import ExtractedEvent

_RELEASE = """Back to press releases

Petition on casual contracts handed in

16 July 2008

On 16 July 2008, the Democratic Union of Rail Workers (DURW) handed in a petition on casual \
contracts signed by 1,900 people.

Critics argue that the action will do little to change the policy.
"""

# The main event extraction finds is the mail itself (a quote, dated when it was
# sent); the petition is one of its side mentions.
_MAIL = """Sent: Thursday 17 July 2008

Hi all,

Last Wednesday, the Democratic Union of Rail Workers (DURW) handed in a petition on casual \
contracts signed by 1,900 people.

Organisers say the action is supported by branches across the country. A spokesperson for \
the department declined to comment on the plans.

Bronwen Zaman, the Cambridge Migrant Rights Action Group (CMRAG) president, said: “Every one \
of us knows someone who has been affected by this.”

Oluwaseun Nguyen, the Independent Parents Council (IPC) treasurer, said: “Every one of us \
knows someone who has been affected by this.”

Best wishes,
Bronwen Zaman
"""


# Extraction reads the opening date as the day the mail was sent, so its main event
# is the mail (dated that day, told by a closing sentence) and the walkout is lost.
_DATED_MAIL = """Hi all,

On 2012-08-25, the Federation of Renters Societies (FRS) will walk out of lectures in protest \
at cuts to staff pensions.

Niamh Yilmaz, the Welsh Renters Network (WRN) press officer, said: “Nobody takes this kind of \
action lightly, but we have run out of other options.”

The university said it was disappointed by the decision and remained open to talks.

Best wishes,
Niamh Yilmaz
"""

_WALKOUT = """Back to press releases

Walkout over cuts to staff pensions

20 August 2012

On 25 August 2012, members of the Federation of Renters Societies (FRS) will walk out of \
lectures in protest at cuts to staff pensions.
"""


def _main_events(store) -> dict[str, int]:
    return {Path(row[0]).name: row[1] for row in store.db.execute(
        "SELECT d.path, coalesce(e.consolidated_into, e.id) FROM events e"
        " JOIN documents d ON d.id = e.document_id WHERE e.main = 1")}


def _event(kind: str, start: str | None, precision: str, main: bool = False,
           date_confidence: float = 0.9) -> ExtractedEvent:
    return ExtractedEvent("t", kind, start, precision, "e", 0, 1, main=main,
                          field_confidence={"date": date_confidence})


def test_a_mail_and_a_release_of_one_petition_are_one_event_counting_two_documents(
        fresh_store, tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a-release.txt").write_text(_RELEASE, encoding="utf-8")
    (folder / "b-mail.txt").write_text(_MAIL, encoding="utf-8")
    import_paths(fresh_store, [folder])
    shown = _main_events(fresh_store)
    assert len(set(shown.values())) == 1  # both documents' main events are one event
    event = fresh_store.db.execute("SELECT source_count, start FROM events WHERE id = ?",
                                   [next(iter(shown.values()))]).fetchone()
    assert tuple(event) == (2, "2008-07-16")  # two documents, the petition's day


def test_a_mail_alone_is_one_event_its_petition(fresh_store, tmp_path: Path):
    (tmp_path / "mail.txt").write_text(_MAIL, encoding="utf-8")
    import_paths(fresh_store, [tmp_path / "mail.txt"])
    shown = fresh_store.db.execute(
        "SELECT id, kind, start, source_count FROM events WHERE consolidated_into IS NULL"
    ).fetchall()
    assert [tuple(row[1:]) for row in shown] == [("petition", "2008-07-16", 1)]
    assert _main_events(fresh_store) == {"mail.txt": shown[0][0]}


def test_only_a_main_event_dated_by_nothing_of_its_own_follows():
    assert stands_for_document(_event("other", "2008-07-17", "approximate", True, 0.4))
    assert stands_for_document(_event("letter", "2008-07-20", "day", True))
    assert not stands_for_document(_event("other", "2008-07-17", "approximate", True, 0.7))
    assert not stands_for_document(_event("strike", "2008-07-10", "day", True))


def test_the_main_event_follows_only_one_event_near_the_document_its_report_dates():
    mail = _event("other", "2008-07-17", "approximate", True, 0.4)
    petition = _event("petition", "2008-07-16", "day")
    own = [1, 2, 3]
    assert followed_join([mail, petition], [None, 7], own) == 7
    assert followed_join([mail, petition], [None, None], own) == 2  # the new event it became
    assert followed_join([mail, petition, petition], [None, 7, 8], own) is None  # which one?
    assert followed_join([mail, _event("petition", "2008-07", "month")], [None, 7], own) == 7
    assert followed_join([mail, _event("petition", "2008", "year")], [None, 7], own) is None
    assert followed_join([mail, _event("petition", "2006-07-16", "day")], [None, 7], own) is None
    assert followed_join([mail, petition], [3, 7], own) is None  # it joined one of its own


def test_a_mail_dated_only_by_its_opening_joins_the_walkout_its_text_tells(
        fresh_store, tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a-release.txt").write_text(_WALKOUT, encoding="utf-8")
    (folder / "b-mail.txt").write_text(_DATED_MAIL, encoding="utf-8")
    # Another body's walkout that day, told in other words (the same quote in
    # both mails would be most of their words: they would read as one report).
    other_mail = (_DATED_MAIL.replace("lectures in protest at cuts to staff pensions", "wards over night-shift rotas")
                  .replace("Federation of Renters Societies (FRS)", "Nurses Union (NU)")
                  .replace("Welsh Renters Network (WRN)", "Coastal Nurses Forum (CNF)")
                  .replace("Nobody takes this kind of action lightly, but we have run out of other options.",
                           "Shorter opening hours hurt night-shift nurses most.")
                  .replace("The university said it was disappointed by the decision and "
                           "remained open to talks.", "Volunteers will run information stalls."))
    (folder / "c-other.txt").write_text(other_mail, encoding="utf-8")
    import_paths(fresh_store, [folder])
    shown = _main_events(fresh_store)
    assert shown["b-mail.txt"] == shown["a-release.txt"]
    assert shown["c-other.txt"] != shown["a-release.txt"]  # another body, other words
