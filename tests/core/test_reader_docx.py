"""Word files: paragraphs, tables and core properties; files that are not
Word documents, and zip bombs, are refused."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx

from timeline_app.core.readers import read_file

from reader_files import make_docx, read_error, write


def test_docx_paragraphs_tables_and_core_properties(tmp_path):
    path = make_docx(
        tmp_path,
        ["Students will walk out on Tuesday.", "The union backs the action."],
        table=[["Campus", "Time"], ["Leeds", "10.30am"]],
        title="Walkout notice",
        author="Students’ Union",
        created=dt.datetime(2017, 2, 7, 16, 47),
    )

    document = read_file(path)

    assert document.format == "docx"
    assert document.text == (
        "Students will walk out on Tuesday.\nThe union backs the action.\n"
        "Campus\tTime\nLeeds\t10.30am"
    )
    assert (document.title, document.source, document.published) == (
        "Walkout notice", "Students’ Union", "2017-02-07",
    )


def test_word_file_a_script_made_from_the_default_template_has_no_date_or_author(tmp_path):
    # python-docx's template says "python-docx" wrote every such file on 23 December 2013
    document = docx.Document()
    document.add_paragraph("Students will walk out on Tuesday.")
    path = tmp_path / "made.docx"
    document.save(str(path))

    read = read_file(path)

    assert (read.published, read.source) == (None, None)


def test_word_file_a_script_dated_keeps_its_date(tmp_path):
    document = docx.Document()
    document.add_paragraph("Students will walk out on Tuesday.")
    document.core_properties.created = dt.datetime(2013, 12, 23, 9, 0)
    document.core_properties.author = "Leeds University Union"
    path = tmp_path / "dated.docx"
    document.save(str(path))

    read = read_file(path)

    assert (read.published, read.source) == ("2013-12-23", "Leeds University Union")


def test_file_that_is_not_a_zip_is_not_a_valid_word_file(tmp_path):
    path = write(tmp_path, "fake.docx", b"This is a plain text file pretending to be Word.")

    assert read_error(path) == "corrupt DOCX: not a valid Word file"


def test_zip_without_a_word_document_is_not_a_valid_word_file(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    path = write(tmp_path, "other.docx", buffer.getvalue())

    assert read_error(path) == "corrupt DOCX: not a valid Word file"


def test_docx_zip_bomb_is_refused_before_expanding(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", bytes(5 * 1024 * 1024))
    path = write(tmp_path, "bomb.docx", buffer.getvalue())
    assert path.stat().st_size < 64 * 1024

    # The expansion limit is four times the file-size limit: 4 MB here.
    assert read_error(path, max_bytes=1024 * 1024) == (
        "DOCX expands to over 4 MB (possible zip bomb)"
    )
