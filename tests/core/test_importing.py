"""The import pipeline: every file gets a result, bad files change nothing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from reader_files import make_docx, make_eml

from timeline_app.core.importing import (
    import_paths,
    import_seeds_if_empty,
)
from timeline_app.core.importing import seeds_dir as bundled_seeds_dir
from timeline_app.core.prepared import content_hash
from timeline_app.core.store import Store


def _copy_seeds(seeds: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in sorted(seeds.glob("*.txt")):
        shutil.copyfile(seed, folder / seed.name)
    return folder


def test_the_bundled_seeds_fill_an_empty_database_once(fresh_store):
    first = import_seeds_if_empty(fresh_store)
    assert first is not None and first.count("imported") == 4
    assert fresh_store.document_count() == 4
    assert import_seeds_if_empty(fresh_store) is None  # not empty any more
    assert fresh_store.document_count() == 4


def test_the_seed_folder_is_found_from_the_package(seeds_dir):
    assert sorted(p.name for p in bundled_seeds_dir().glob("*.txt")) == sorted(
        p.name for p in seeds_dir.glob("*.txt")
    )


def test_each_imported_document_has_exactly_one_main_event(fresh_store, seeds_dir):
    summary = import_paths(fresh_store, [seeds_dir])
    assert summary.ok and summary.count("imported") == 4
    mains = fresh_store.db.execute(
        "SELECT document_id, sum(main) FROM events GROUP BY document_id"
    ).fetchall()
    assert len(mains) == 4 and all(count == 1 for _doc, count in mains)


def test_importing_the_same_files_again_changes_nothing(fresh_store, seeds_dir):
    import_paths(fresh_store, [seeds_dir])
    events_before = fresh_store.event_count()
    again = import_paths(fresh_store, [seeds_dir])
    assert again.ok
    assert [r.status for r in again.results] == ["duplicate"] * 4
    assert all(r.reason == "already imported" for r in again.results)
    assert fresh_store.document_count() == 4 and fresh_store.event_count() == events_before


def test_the_same_text_with_other_spacing_is_a_duplicate(fresh_store, seeds_dir, tmp_path):
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    copy = tmp_path / "copy.txt"
    copy.write_text(seed.read_text(encoding="utf-8").replace("\n", "\r\n  "), encoding="utf-8")
    summary = import_paths(fresh_store, [seed, copy])
    assert [r.status for r in summary.results] == ["imported", "duplicate"]
    assert content_hash("a  b\n c") == content_hash("a b c")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.xyz", b"some text", "unsupported file type"),
        ("empty.txt", b"", "empty"),
        ("noise.txt", bytes(range(256)) * 64, "not a text file"),
        ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf", "PDF"),
        ("broken.docx", b"PK\x03\x04 not a real zip", "DOCX"),
    ],
)
def test_a_bad_file_fails_with_its_reason_and_the_others_still_import(
    fresh_store, seeds_dir, tmp_path, name, content, reason
):
    folder = _copy_seeds(seeds_dir, tmp_path / "docs")
    bad = folder / name
    bad.write_bytes(content)
    summary = import_paths(fresh_store, [folder, bad])
    failed = [r for r in summary.results if r.status == "failed"]
    assert len(failed) == 1 and failed[0].path == str(bad)
    assert reason.lower() in failed[0].reason.lower()
    assert "\n" not in failed[0].reason
    assert summary.count("imported") == 4 and fresh_store.document_count() == 4
    assert not summary.ok


def test_a_file_over_the_size_limit_is_refused_with_the_sizes(fresh_store, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 5000)
    summary = import_paths(fresh_store, [big], max_bytes=1000)
    (result,) = summary.results
    assert result.status == "failed" and "too large" in result.reason
    assert fresh_store.document_count() == 0


def test_a_missing_path_is_reported_not_raised(fresh_store, tmp_path):
    summary = import_paths(fresh_store, [tmp_path / "nowhere"])
    (result,) = summary.results
    assert result.status == "failed" and "no such file" in result.reason


def test_a_name_too_long_for_the_file_system_fails_alone(fresh_store, seeds_dir, tmp_path):
    too_long = tmp_path / ("x" * 300 + ".txt")
    summary = import_paths(fresh_store, [too_long, seeds_dir])
    assert summary.results[0].status == "failed"
    assert "name too long" in summary.results[0].reason.lower()
    assert summary.count("imported") == 4


def test_folders_are_searched_recursively_and_symlink_loops_end(fresh_store, seeds_dir, tmp_path):
    root = tmp_path / "archive"
    _copy_seeds(seeds_dir, root / "2015" / "press")
    os.symlink(root, root / "2015" / "loop")
    (root / "README.xyz").write_text("ignored when walking a folder")
    summary = import_paths(fresh_store, [root])
    assert summary.ok
    assert summary.count("imported") == 4


def test_progress_reports_n_of_total_and_cancel_stops_between_files(fresh_store, seeds_dir):
    seen: list[tuple[int, int]] = []
    summary = import_paths(
        fresh_store,
        [seeds_dir],
        progress=lambda done, total, path: seen.append((done, total)),
        cancel=lambda: len(seen) >= 2,
    )
    assert seen == [(0, 4), (1, 4)]
    assert summary.cancelled and summary.count("imported") == 2
    assert fresh_store.document_count() == 2
    rest = import_paths(fresh_store, [seeds_dir])
    assert rest.count("imported") == 2 and rest.count("duplicate") == 2


def test_a_full_database_stops_the_import_with_a_message(tmp_path, seeds_dir):
    store = Store.open(tmp_path / "small.db")
    try:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
        summary = import_paths(store, [seeds_dir])
        assert summary.stopped_reason and "full" in summary.stopped_reason
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = store.document_count()
        mains = store.db.execute("SELECT count(*) FROM events WHERE main = 1").fetchone()[0]
        assert mains == stored  # whole documents only
    finally:
        store.close()


def test_the_content_hash_still_means_what_older_databases_stored(tmp_path):
    # Documented rule: SHA-256 of the NFC text with every run of white space
    # (tabs, line breaks, no-break and em spaces, line separators) made one
    # space and none at the ends. Databases written before keep matching.
    import hashlib

    typed = "\u00a0Cafe\u0301 workers\u2003walk\tout\r\n\u2028today  "
    rule = hashlib.sha256("Caf\u00e9 workers walk out today".encode("utf-8")).hexdigest()
    assert content_hash(typed) == rule


def _small_archive(folder: Path, count: int = 80) -> Path:
    """``count`` distinct little press releases, one empty file and one
    re-spaced copy of the first: a folder big enough for worker processes."""
    folder.mkdir(parents=True, exist_ok=True)
    kinds = ["walked out of lectures", "occupied the library", "voted to strike"]
    for i in range(count):
        text = (
            f"Students at Northfield College {i} {kinds[i % 3]} on {i % 28 + 1} March "
            f"{2000 + i % 20} over rent.\n\nThe union said a petition would follow on "
            f"{i % 27 + 1} April {2000 + i % 20}.\n"
        )
        (folder / f"release-{i:03}.txt").write_text(text, encoding="utf-8")
    first = (folder / "release-000.txt").read_text(encoding="utf-8")
    (folder / "release-000-copy.txt").write_text(first.replace(" ", "  "), encoding="utf-8")
    (folder / "release-040-empty.txt").write_bytes(b"")
    return folder


def _outcomes(summary) -> list[tuple[str, str, str | None, int]]:
    return [(Path(r.path).name, r.status, r.reason, r.events) for r in summary.results]


def test_worker_processes_give_the_same_results_as_one_process(tmp_path, monkeypatch):
    import timeline_app.core.importing as importing

    folder = _small_archive(tmp_path / "archive")
    with Store.open(tmp_path / "one.db") as alone, Store.open(tmp_path / "pool.db") as pooled:
        by_one = import_paths(alone, [folder])

        def not_here(*args, **kwargs):
            raise AssertionError("a file was read in the importing process, not a worker")

        monkeypatch.setattr(importing, "import_one", not_here)
        by_pool = import_paths(pooled, [folder], workers=2)
        assert _outcomes(by_pool) == _outcomes(by_one)
        assert by_pool.count("imported") == 80
        assert by_pool.count("duplicate") == 1 and by_pool.count("failed") == 1
        (failed,) = [r for r in by_pool.results if r.status == "failed"]
        assert failed.path.endswith("release-040-empty.txt") and "empty" in failed.reason
        assert pooled.document_count() == alone.document_count() == 80
        assert pooled.event_count() == alone.event_count() > 80
        assert pooled.db.execute(
            "SELECT title, path, content_hash FROM documents ORDER BY id").fetchall() == \
            alone.db.execute("SELECT title, path, content_hash FROM documents ORDER BY id").fetchall()


def test_cancelling_a_run_with_workers_keeps_whole_documents_and_a_rerun_finishes(tmp_path):
    folder = _small_archive(tmp_path / "archive")
    with Store.open(tmp_path / "t.db") as store:
        seen: list[int] = []
        first = import_paths(store, [folder], workers=2,
                             progress=lambda done, total, path: seen.append(done),
                             cancel=lambda: len(seen) >= 30)
        # release-000.txt, then its re-spaced copy (a duplicate), then 28 more
        assert first.cancelled
        assert (first.count("imported"), first.count("duplicate")) == (29, 1)
        assert store.document_count() == 29
        lonely = store.db.execute(
            "SELECT count(*) FROM documents d WHERE (SELECT coalesce(sum(main), 0)"
            " FROM events e WHERE e.document_id = d.id) != 1").fetchone()[0]
        assert lonely == 0
        rest = import_paths(store, [folder], workers=2)
        assert rest.count("imported") == 51
        assert rest.count("duplicate") == 30  # the 29 stored before and the re-spaced copy
        assert rest.count("failed") == 1  # the empty file, as always
        assert store.document_count() == 80


class _DiesWhenUnpickled:
    """Kills the worker process that receives it, like a crash at start-up."""

    def __reduce__(self):
        return (os._exit, (3,))


def test_when_the_workers_die_every_file_is_still_handed_back_in_order(tmp_path):
    from timeline_app.core.parallel_import import prepared_in_order

    folder = _small_archive(tmp_path / "archive", count=20)
    files = sorted(folder.glob("*.txt"))
    handed = list(prepared_in_order(iter(files), workers=2,
                                    aliases={"nus": _DiesWhenUnpickled()}, max_bytes=10**6))
    # Nothing prepared by the dead workers; the caller does each file itself.
    assert handed == [(path, None) for path in files]


def test_a_word_document_typed_with_no_break_spaces_and_soft_hyphens_is_read_as_plain(fresh_store, tmp_path):
    # (Word keeps "14 March" and "Mr Reyes" on one line with no-break spaces; a hyphenated copy holds soft hyphens)
    path = make_docx(tmp_path, [
        "Westbrook students walk out over fees",
        "By Ana Lindqvist, 12\u00a0March\u00a02024",
        "Students at Westbrook\u00a0College walked out on 14\u00a0March, the West\u00adbrook Students\u2019 Union "
        "said.",
        "Its president, Mr\u00a0Tomas Reyes, said the college had refused to meet them.",
    ])
    assert import_paths(fresh_store, [path]).ok
    start, main_start, main_end, text = fresh_store.db.execute(
        "SELECT e.start, e.evidence_start, e.evidence_end, d.text FROM events e JOIN documents d"
        " ON d.id = e.document_id WHERE e.main = 1").fetchone()
    assert start == "2024-03-14"
    # the evidence span points into the document as stored, no-break spaces and soft hyphen and all
    assert text[main_start:main_end].startswith("Students at Westbrook\u00a0College walked out on 14\u00a0March")
    people = {name for (name,) in fresh_store.db.execute("SELECT name FROM people")}
    assert "Tomas Reyes" in people


def test_a_reply_that_quotes_a_wrapped_mail_is_read_through_its_quote_marks(fresh_store, tmp_path):
    # (a plain-text reply quotes the mail it answers after ">", wrapped at 72 characters as it was sent)
    quoted = [
        "Nurses at Harbourton General Hospital will strike on 20 March, said the",
        "head of the Harbourton Nurses' Association, Mira Tane, on Monday. Members",
        "of the association voted by 91 per cent to strike over staffing, and the",
        "hospital's managers said they would meet the union this week to avoid it.",
        "The union said that a second strike would follow in April if talks failed,",
        "and that the nurses of the Lakeland Community Trust would be asked to join",
        "them on the picket lines outside the hospital's main gates. The Lakeland",
        "Porters' Guild will join them too, its secretary, Kea Holm, told members.",
    ]
    body = "Worth adding to the timeline.\n\nOn Tue, 5 Mar 2024 at 09:12, Kea Holm wrote:\n" + \
        "".join(f"> {line}\n" for line in quoted)
    path = make_eml(tmp_path, subject="Re: Harbourton nurses", date="Wed, 06 Mar 2024 10:00:00 +0000", plain=body)
    assert import_paths(fresh_store, [path]).ok
    organisations = {name for (name,) in fresh_store.db.execute("SELECT name FROM organisations")}
    assert "Lakeland Porters' Guild" in organisations and "Porters' Guild" not in organisations
    start, main_start, main_end, text = fresh_store.db.execute(
        "SELECT e.start, e.evidence_start, e.evidence_end, d.text FROM events e JOIN documents d"
        " ON d.id = e.document_id WHERE e.main = 1").fetchone()
    assert start == "2024-03-20"
    # the evidence span points into the mail as stored, from the sentence's first word, quote marks and all
    assert text[main_start:main_end].startswith("Nurses at Harbourton General Hospital will strike on 20 March, said "
                                                "the\n> head of the Harbourton Nurses' Association")
