"""Titles, sources and subjects are capped and made one line where they enter."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from pdf_builder import text_pdf

from timeline_app.core.readers import SHORT_FIELD_MAX_CHARS, clean_short_field, read_file

HOSTILE = "Rent\x00 strike\x1b[31m\n\r\t update\x85\x9f\u2028now \ud800"


def is_safe_one_line(value: str | None) -> bool:
    return value is not None and len(value) <= SHORT_FIELD_MAX_CHARS and all(
        ch.isprintable() or ch == " " for ch in value) and "\ud800" not in value


def test_a_short_field_loses_control_characters_and_line_breaks():
    assert clean_short_field(HOSTILE) == "Rent strike [31m update now \ufffd"


def test_a_long_field_is_cut_with_an_ellipsis():
    cut = clean_short_field("word " * 10_000_000)

    assert len(cut) == SHORT_FIELD_MAX_CHARS and cut.endswith("…")


def test_nothing_but_blanks_and_controls_is_no_field():
    assert clean_short_field(" \x00\t\x7f ") is None
    assert clean_short_field(None) is None


def test_a_huge_email_subject_becomes_a_capped_title(tmp_path: Path):
    path = tmp_path / "long.eml"
    path.write_bytes(b"From: Tenants\x07 Union <union@example.org>\r\n"
                     b"Subject: " + b"Rent strike " * 400_000 + b"\r\n"
                     b"Date: Mon, 2 Mar 2020 09:00:00 +0000\r\n\r\nThe strike continues.\r\n")

    document = read_file(path)

    assert is_safe_one_line(document.title) and document.title.endswith("…")
    assert document.source == "Tenants Union"
    assert document.published == "2020-03-02"


def test_an_html_title_with_control_characters_is_one_clean_line(tmp_path: Path):
    title = "Rent\x1b strike\u0085 " + "x" * 5000
    page = f"<html><head><title>{title}</title></head><body><p>Strike today.</p></body></html>"
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")

    document = read_file(path)

    assert is_safe_one_line(document.title) and document.title.startswith("Rent strike x")


def test_a_markdown_heading_is_capped(tmp_path: Path):
    path = tmp_path / "notes.md"
    path.write_text("# " + "Strike " * 1000 + "\n\nThe strike began.\n", encoding="utf-8")

    assert is_safe_one_line(read_file(path).title)


def test_pdf_and_docx_metadata_titles_are_capped(tmp_path: Path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(text_pdf(["The strike began."], title="Report " * 500))
    document = docx.Document()
    # Word's core properties hold at most 255 characters: the title comes
    # from a Title paragraph instead (XML itself forbids most controls).
    document.core_properties.author = "Union\tSecretary"
    document.add_paragraph("Minutes of the\tmeeting " * 500, style="Title")
    document.add_paragraph("The strike began.")
    buffer = io.BytesIO()
    document.save(buffer)
    word = tmp_path / "minutes.docx"
    word.write_bytes(buffer.getvalue())

    assert is_safe_one_line(read_file(pdf).title)
    word_document = read_file(word)
    assert is_safe_one_line(word_document.title)
    assert word_document.source == "Union Secretary"
