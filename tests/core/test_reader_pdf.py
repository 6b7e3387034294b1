"""PDF files: every page's text and the info dictionary; broken, truncated
and encrypted files are recovered or refused with a reason."""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.core.readers import read_file

from reader_files import make_pdf, read_error, write


def test_pdf_text_of_every_page_and_its_info_dictionary(tmp_path):
    path = make_pdf(
        tmp_path,
        ["Students walk out in solidarity with migrants.", "The NUS supports the action."],
        title="Walkout press release",
        author="NUS Press Office",
        created=dt.datetime(2015, 11, 17, 9, 30, tzinfo=dt.timezone.utc),
    )

    document = read_file(path)

    assert document.format == "pdf"
    assert "Students walk out in solidarity with migrants." in document.text
    assert "The NUS supports the action." in document.text
    assert (document.title, document.source, document.published) == (
        "Walkout press release", "NUS Press Office", "2015-11-17",
    )


def test_pdf_with_broken_cross_reference_table_is_recovered(tmp_path):
    path = make_pdf(tmp_path, ["Open letter to the board of directors."])
    data = path.read_bytes()
    damaged = re.sub(rb"startxref\s+\d+", b"startxref\n999999", data)
    damaged = re.sub(rb"xref\n0 \d+", b"xref\n0 999", damaged, count=1)
    assert damaged != data
    path.write_bytes(damaged)

    assert "Open letter to the board of directors." in read_file(path).text


def test_file_that_is_not_a_pdf_is_corrupt(tmp_path):
    path = write(tmp_path, "fake.pdf", b"Just some words in a file named like a PDF.")

    assert read_error(path) == "corrupt or unreadable PDF: not a PDF file"


def test_truncated_pdf_is_corrupt_with_the_reason(tmp_path):
    data = make_pdf(tmp_path, ["Open letter to the board of directors."]).read_bytes()
    path = write(tmp_path, "cut.pdf", data[: len(data) // 2])

    assert read_error(path).startswith("corrupt or unreadable PDF: ")


def test_password_protected_pdf_is_reported_as_encrypted(tmp_path):
    path = make_pdf(
        tmp_path, ["Confidential minutes."], owner_password="own", user_password="secret"
    )

    assert read_error(path) == "PDF is encrypted"


def test_pdf_locked_only_against_editing_is_read(tmp_path):
    path = make_pdf(tmp_path, ["Minutes of the emergency meeting."], owner_password="own")

    assert "Minutes of the emergency meeting." in read_file(path).text


def test_pdf_of_drawings_only_has_no_text(tmp_path):
    path = make_pdf(tmp_path, [""])

    assert read_error(path) == "no text found"
