"""The command line: a public interface with stable names and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.cli import build_parser, main


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *args],
        capture_output=True, text=True, timeout=120, cwd=cwd,
    )


def test_import_prints_a_line_per_file_and_a_summary(tmp_path, seeds_dir, capsys):
    db = tmp_path / "t.db"
    assert main(["import", str(seeds_dir), "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("imported ") for line in out) == 4
    assert out[-1] == "4 imported, 0 duplicate, 0 failed"


def test_import_again_is_all_duplicates_and_still_succeeds(tmp_path, seeds_dir, capsys):
    db = tmp_path / "t.db"
    main(["import", str(seeds_dir), "--db", str(db)])
    capsys.readouterr()
    assert main(["import", str(seeds_dir), "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0 imported, 4 duplicate, 0 failed"


def test_import_exits_1_when_a_file_failed_but_keeps_the_others(tmp_path, seeds_dir, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    db = tmp_path / "t.db"
    assert main(["import", str(seeds_dir), str(bad), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "failed     " in out and "empty" in out
    assert "4 imported, 0 duplicate, 1 failed" in out


def test_usage_errors_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["import"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_a_database_that_is_not_ours_exits_2_with_a_sentence(tmp_path, seeds_dir, capsys):
    db = tmp_path / "notes.db"
    db.write_text("not a database")
    assert main(["import", str(seeds_dir), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "not a Timeline database" in err and "Traceback" not in err


def test_export_json_has_the_documented_keys(tmp_path, seeds_dir, capsys):
    db = tmp_path / "t.db"
    main(["import", str(seeds_dir), "--db", str(db), "-q"])
    out = tmp_path / "out.json"
    assert main(["export", "--db", str(db), "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 4
    for doc in data["documents"]:
        assert {"id", "title", "source", "path", "published", "published_precision"} <= doc.keys()
    assert sum(e["main"] for e in data["events"]) == 4
    for event in data["events"]:
        assert {"id", "document_id", "main", "title", "kind", "start", "end", "precision",
                "organisations", "people", "evidence", "confidence"} <= event.keys()
        assert event["precision"] in ("day", "month", "year", "approximate", "unknown")


def test_export_of_an_unknown_format_exits_2(tmp_path, capsys):
    db = tmp_path / "t.db"
    assert main(["export", "--db", str(db), "--format", "docx"]) == 2
    assert "unknown export format" in capsys.readouterr().err


def test_every_command_is_documented_in_the_readme():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name in commands:
        assert f"timeline-app {name}" in readme, f"README does not mention `timeline-app {name}`"


def test_python_dash_m_runs_the_same_command_line(tmp_path, seeds_dir):
    result = _run("import", str(seeds_dir), "--db", str(tmp_path / "t.db"), "-q")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "4 imported, 0 duplicate, 0 failed"


def _many_documents(folder: Path, count: int = 70) -> Path:
    """Enough little documents for the import to start worker processes."""
    folder.mkdir()
    for i in range(count):
        (folder / f"note-{i:02}.txt").write_text(
            f"Staff at Riverside School {i} walked out on {i % 28 + 1} May 2018 over pay.\n",
            encoding="utf-8")
    return folder


def test_import_with_jobs_0_and_jobs_2_gives_the_same_lines(tmp_path, capsys):
    folder = _many_documents(tmp_path / "docs")
    assert main(["import", str(folder), "--db", str(tmp_path / "one.db"), "--jobs", "0"]) == 0
    alone = capsys.readouterr().out
    pooled = _run("import", str(folder), "--db", str(tmp_path / "pool.db"), "--jobs", "2")
    assert pooled.returncode == 0, pooled.stderr
    assert pooled.stderr == ""
    lines = pooled.stdout.splitlines()
    assert lines[-1] == "70 imported, 0 duplicate, 0 failed"
    assert lines == alone.splitlines()


def test_jobs_must_be_a_whole_number_not_below_zero(tmp_path, capsys):
    for bad in ("-1", "two"):
        with pytest.raises(SystemExit) as exc:
            main(["import", str(tmp_path), "--jobs", bad])
        assert exc.value.code == 2
        assert "--jobs" in capsys.readouterr().err
