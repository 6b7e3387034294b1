"""The import's in-memory copy of the shown events finds what the statements find.

Consolidation reads the stored events near each mention's date from memory
while importing (``store.consolidation_mirror``); if that copy ever answered
differently from the SQL it stands for, reports would be grouped differently
depending on how they were imported.
"""

from __future__ import annotations

import random
from pathlib import Path

from timeline_app.core.importing import import_paths
from timeline_app.core.models import KINDS
from timeline_app.core.partial_dates import stored_span
from timeline_app.core.store import Store
from timeline_app.core.store import consolidation_mirror
from timeline_app.core.store.consolidation_mirror import ConsolidationMirror

_WORDS = "fees rent march walkout strike occupation library pay cuts climate".split()
_DATES = [("2010-11-10", None, "day"), ("2010-11-12", None, "approximate"),
          ("2010-11", None, "month"), ("2010-11-08", "2010-11-20", "day"),
          ("2010-11-14", "2010-11-20", "approximate"), ("2010", None, "year"),
          (None, None, "unknown"), ("2010-10-28", None, "day"), ("2010-12", None, "month"),
          ("2010-11-15", None, "approximate"), ("2010-10", None, "month")]


def _fill(store: Store, rng: random.Random, count: int = 400) -> None:
    """Events of every kind and precision around November 2010, some hidden behind
    others, with sources (words, documents; letters stating other days) and links."""
    conn = store.db.conn
    conn.execute("BEGIN")
    for doc in range(1, 41):
        conn.execute("INSERT INTO documents (id, content_hash, text, imported_at)"
                     " VALUES (?, ?, 'x', '2024-01-01')", (doc, f"h{doc}"))
    for org in range(1, 9):
        conn.execute("INSERT INTO organisations (id, name, key) VALUES (?, ?, ?)",
                     (org, f"Org {org}", f"org {org}"))
    for event_id in range(1, count + 1):
        start, end, precision = rng.choice(_DATES)
        if start and precision == "day" and end is None and rng.random() < 0.5:
            start = f"2010-11-{rng.randint(1, 28):02d}"
        kind = rng.choice(KINDS)
        t0, t1, year = stored_span(start, end, precision)
        hidden = rng.randrange(1, event_id) if event_id > 5 and rng.random() < 0.2 else None
        conn.execute(
            'INSERT INTO events (id, title, kind, start, "end", precision, t_start, t_end, year,'
            " consolidated_into, source_count) VALUES (?, 't', ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (event_id, kind, start, end, precision, t0, t1, year, hidden))
        for n in range(rng.randint(0, 2)):
            words = " ".join(sorted(rng.sample(_WORDS, 3)))
            evidence = "On 20 November 2010 we march." if kind == "letter" else "x"
            conn.execute(
                "INSERT INTO event_sources (event_id, mention_id, document_id, source_key, title,"
                " kind, start, precision, evidence, added_at, words)"
                " VALUES (?, ?, ?, ?, 't', ?, ?, ?, ?, '2024-01-01', ?)",
                (hidden or event_id, event_id, rng.choice([None, *range(1, 41)]),
                 f"k{event_id}:{n}", kind, start, precision, evidence, words))
        for org in rng.sample(range(1, 9), rng.randint(0, 3)):
            conn.execute("INSERT INTO event_organisations (event_id, organisation_id)"
                         " VALUES (?, ?)", (event_id, org))
    conn.execute("COMMIT")


def _by_id(candidates):
    return sorted(candidates, key=lambda c: (c.event_id, c.start or ""))


def random_window(rng: random.Random) -> tuple:
    """A kind, a span of days and some organisations to read candidates for."""
    kind = rng.choice(KINDS)
    t0 = stored_span("2010-10-20", None, "day")[0] + rng.randint(0, 60)
    t1 = t0 + rng.choice([1, 1, 9, 30])
    orgs = rng.sample(range(1, 9), rng.randint(0, 3))
    narrowed = orgs if rng.random() < 0.3 else None
    return kind, t0, t1, orgs, narrowed


def compare_reads(store, mirror: ConsolidationMirror, window: tuple) -> int:
    """Every read of ``mirror`` in ``window`` against its statement; how many events were found."""
    kind, t0, t1, orgs, narrowed = window
    sql = store.consolidation_candidates(kind, t0, t1, narrowed, named_by=orgs)
    assert _by_id(mirror.consolidation_candidates(kind, t0, t1, narrowed,
                                                  named_by=orgs)) == _by_id(sql)
    assert _by_id(mirror.undated_candidates(kind, orgs)) == _by_id(
        store.undated_candidates(kind, orgs))
    assert _by_id(mirror.announcing_candidates(t0, t1, orgs)) == _by_id(
        store.announcing_candidates(t0, t1, orgs))
    return len(sql)


def test_every_read_answers_as_its_statement_does(fresh_store):
    rng = random.Random(7)
    _fill(fresh_store, rng)
    mirror = ConsolidationMirror(fresh_store.db.conn)
    assert mirror.ready()
    compared = sum(compare_reads(fresh_store, mirror, random_window(rng)) for _ in range(300))
    assert compared > 300  # the windows found events, not only empty answers


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def _archive(folder: Path) -> None:
    """Reports of a few actions, each told by several documents in other words."""
    actions = [("walked out over tuition fees", "10 November 2010", "National Union of Students"),
               ("occupied the library against cuts", "24 November 2010", "Leeds University Union"),
               ("marched against rent rises", "November 2010", "Acorn Tenants Union"),
               ("held a rent strike in the halls", "last Wednesday", "Acorn Tenants Union")]
    for n in range(24):
        what, when, who = actions[n % len(actions)]
        _write(folder, f"r{n:02d}.txt", f"Report {n}\n\nPublished 1{n % 9} November 2010.\n\n"
               f"On {when} the {who} {what}, report {n} says; members {what} again.\n")


def _groups(store: Store) -> list[tuple]:
    return store.db.execute(
        "SELECT d.path, e.evidence_start, coalesce(e.consolidated_into, e.id) FROM events e"
        " JOIN documents d ON d.id = e.document_id ORDER BY e.id").fetchall()


def assert_grouped_alike(tmp_path: Path, monkeypatch, imports: list[list[Path]],
                         *settings: dict[str, int]) -> None:
    """Import ``imports`` (one import per list) into one database per ``settings``
    (the copy's module constants to set first) and assert each groups the
    reports as the first does, with at least one event of several reports."""
    stores = []
    try:
        for number, values in enumerate(settings):
            for name, value in values.items():
                monkeypatch.setattr(consolidation_mirror, name, value)
            store = Store.open(tmp_path / f"grouped{number}.db")
            stores.append(store)
            for paths in imports:
                import_paths(store, paths)
        grouped = _groups(stores[0])
        assert all(_groups(store) == grouped for store in stores[1:])
        assert len({shown for *_, shown in grouped}) < len(grouped)
    finally:
        for store in stores:
            store.close()


def test_imports_group_reports_alike_with_and_without_the_copy(tmp_path, monkeypatch):
    _archive(tmp_path / "docs")
    with_copy = Store.open(tmp_path / "a.db")
    import_paths(with_copy, [tmp_path / "docs"])
    import_paths(with_copy, [tmp_path / "docs"])  # all duplicates: the copy is reused
    monkeypatch.setattr(consolidation_mirror, "MAX_EVENTS", 0)  # too large: statements
    without = Store.open(tmp_path / "b.db")
    import_paths(without, [tmp_path / "docs"])
    try:
        grouped = _groups(with_copy)
        assert grouped == _groups(without)
        assert len({shown for *_, shown in grouped}) < len(grouped)  # some reports joined
    finally:
        with_copy.close()
        without.close()


def test_an_edit_from_another_program_is_seen_by_the_next_import(tmp_path):
    """The copy is dropped when another connection wrote: a split made in the
    window between two imports decides where the next report goes."""
    _archive(tmp_path / "docs")
    store = Store.open(tmp_path / "a.db")
    first = sorted((tmp_path / "docs").iterdir())
    import_paths(store, first[:12])
    other = Store.open(tmp_path / "a.db")
    try:
        shown = other.db.execute("SELECT id FROM events WHERE consolidated_into IS NULL"
                                 " ORDER BY id").fetchall()
        with other.db.conn:
            other.db.execute("UPDATE events SET kind = 'other', start = NULL, t_start = NULL,"
                             " t_end = NULL, precision = 'unknown' WHERE id IN (%s)"
                             % ",".join(str(r[0]) for r in shown))
        import_paths(store, first[12:])
        rows = store.db.execute(
            "SELECT count(*) FROM events WHERE consolidated_into IN (%s)"
            " AND document_id > 12" % ",".join(str(r[0]) for r in shown)).fetchone()[0]
        assert rows == 0  # nothing joined the events another program made unmatchable
    finally:
        other.close()
        store.close()


def test_a_damaged_date_text_is_read_as_the_statements_read_it(fresh_store):
    """A stored event whose "end" is not UTF-8 (a damaged page) still loads the
    copy, and comes back with the replacement character as SQL returns it."""
    rng = random.Random(11)
    _fill(fresh_store, rng, count=60)
    conn = fresh_store.db.conn
    t0, t1, _ = stored_span("2010-11-10", None, "day")
    conn.execute('UPDATE events SET kind = \'walkout\', "end" = CAST(x\'32303130ff\' AS TEXT)'
                 " WHERE id = 3")
    conn.execute("UPDATE events SET t_start = ?, t_end = ?, precision = 'day',"
                 " consolidated_into = NULL WHERE id = 3", (t0, t1))
    mirror = ConsolidationMirror(conn)
    assert mirror.ready()
    found = {c.event_id: c for c in mirror.consolidation_candidates("walkout", t0, t1)}
    assert found[3].end == "2010\ufffd"
    assert _by_id(found.values()) == _by_id(
        fresh_store.consolidation_candidates("walkout", t0, t1))


def test_a_few_reads_into_a_large_database_do_not_load_the_copy(fresh_store):
    """A small import into a large archive reads with statements (it would wait
    for the whole copy otherwise); a longer one loads it and reads from memory."""
    rng = random.Random(5)
    _fill(fresh_store, rng, count=60)
    conn = fresh_store.db.conn
    highest = 3 * consolidation_mirror.EVENTS_PER_DEFERRED_READ
    conn.execute("INSERT INTO events (id, title, kind, precision, source_count)"
                 " VALUES (?, 'far', 'march', 'unknown', 1)", (highest,))
    mirror = ConsolidationMirror(conn)
    assert [mirror.ready() for _ in range(4)] == [False, False, False, True]
    assert mirror.loaded
    t0, t1, _ = stored_span("2010-11-10", None, "day")
    assert _by_id(mirror.consolidation_candidates("march", t0, t1)) == _by_id(
        fresh_store.consolidation_candidates("march", t0, t1))


def test_an_import_switching_to_the_copy_midway_groups_alike(tmp_path, monkeypatch):
    """The second half of an archive imported into the first: its first mentions
    read with statements, the rest from the copy loaded then, grouped as by SQL."""
    _archive(tmp_path / "docs")
    first, second = tmp_path / "first", tmp_path / "second"
    for path in sorted((tmp_path / "docs").iterdir()):
        _write(first if int(path.stem[1:]) < 12 else second, path.name, path.read_text())
    assert_grouped_alike(tmp_path, monkeypatch, [[first], [second]],
                         {"EVENTS_PER_DEFERRED_READ": 4, "MAX_EVENTS": 200_000},
                         {"EVENTS_PER_DEFERRED_READ": 1, "MAX_EVENTS": 0})
