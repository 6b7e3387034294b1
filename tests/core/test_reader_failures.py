"""What every reader shares: the formats it accepts, and a bad, missing,
oversized or unreadable file refused with a one-line reason."""

from __future__ import annotations

import os
import pathlib

import pytest

from timeline_app.core.readers import SUPPORTED_SUFFIXES, read_file

from reader_files import read_error, write


def test_supported_suffixes_are_the_formats_the_pipeline_imports():
    assert SUPPORTED_SUFFIXES == {
        ".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".eml",
    }


def test_unsupported_suffix_is_named(tmp_path):
    path = write(tmp_path, "sheet.xyz", b"data")

    assert read_error(path) == "unsupported file type .xyz"


def test_zero_byte_file_is_empty(tmp_path):
    path = write(tmp_path, "nothing.pdf", b"")

    assert read_error(path) == "empty file"


def test_file_over_the_default_limit_says_its_size_and_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(int(61.2 * 1024 * 1024))  # sparse: no disk or time spent

    assert read_error(path) == "too large: 61.2 MB, limit is 50 MB"


def test_single_long_line_is_read_when_within_the_limit(tmp_path):
    line = ("walkout " * 40_000).encode("ascii")  # one 320 kB line, no newline
    path = write(tmp_path, "line.txt", line)

    assert read_file(path, max_bytes=len(line)).text == line.decode("ascii")
    assert read_error(path, max_bytes=300 * 1024) == "too large: 312.5 KB, limit is 300 KB"


def test_unreadable_file_reports_permission_denied(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", b"text")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    # Tests run as root in CI, where chmod cannot take read access away.
    monkeypatch.setattr(pathlib.Path, "open", refuse)

    assert read_error(path) == "cannot read file: permission denied"


def test_missing_file_is_reported_not_raised(tmp_path):
    assert read_error(tmp_path / "gone.txt") == "cannot read file: file not found"


def test_folder_with_a_document_suffix_is_refused(tmp_path):
    (tmp_path / "notes.txt").mkdir()

    assert read_error(tmp_path / "notes.txt") == "cannot read file: it is a folder"


def test_named_pipe_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")

    assert read_error(tmp_path / "pipe.txt") == "cannot read file: not a regular file"


def test_library_failure_becomes_a_read_error_naming_the_format(tmp_path, monkeypatch):
    import timeline_app.core.readers.html as html_reader

    def explode(*args, **kwargs):
        raise RuntimeError("internal parser state\nmore detail")

    monkeypatch.setattr(html_reader.trafilatura, "bare_extraction", explode)
    path = write(tmp_path, "page.html", b"<html><body><p>Walkout today.</p></body></html>")

    assert read_error(path) == "cannot read HTML file: internal parser state more detail"


def test_running_out_of_memory_is_not_disguised_as_a_bad_file(tmp_path, monkeypatch):
    import timeline_app.core.readers.html as html_reader

    def exhaust(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(html_reader.trafilatura, "bare_extraction", exhaust)
    path = write(tmp_path, "page.html", b"<html><body><p>Walkout today.</p></body></html>")

    with pytest.raises(MemoryError):
        read_file(path)
