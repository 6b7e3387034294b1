"""Files for the reader tests: PDFs, Word documents and e-mails written on
the spot, and the two checks every reader test uses."""

from __future__ import annotations

import datetime as dt
import pathlib
from email.message import EmailMessage

import docx
import pytest
from fpdf import FPDF
from fpdf.enums import EncryptionMethod

from timeline_app.core.readers import ReadError, read_file

SEEDS = pathlib.Path(__file__).resolve().parents[2] / "seeds"

CURLY = "The union’s “day of action” began at 10.30am."


def write(tmp_path: pathlib.Path, name: str, data: bytes) -> pathlib.Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read_error(path: pathlib.Path, **kwargs: int) -> str:
    with pytest.raises(ReadError) as caught:
        read_file(path, **kwargs)
    return str(caught.value)


def make_pdf(
    tmp_path: pathlib.Path,
    pages: list[str],
    *,
    name: str = "doc.pdf",
    title: str | None = None,
    author: str | None = None,
    created: dt.datetime | None = None,
    user_password: str | None = None,
    owner_password: str | None = None,
) -> pathlib.Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.set_creation_date(created or dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc))
    if owner_password is not None:
        pdf.set_encryption(
            owner_password=owner_password,
            user_password=user_password,
            encryption_method=EncryptionMethod.RC4,
        )
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 10, text)
        else:
            pdf.rect(20, 20, 50, 50)  # a page with a drawing and no text
    path = tmp_path / name
    pdf.output(str(path))
    return path


def make_docx(
    tmp_path: pathlib.Path,
    paragraphs: list[str],
    *,
    table: list[list[str]] | None = None,
    title: str | None = None,
    author: str | None = None,
    created: dt.datetime | None = None,
) -> pathlib.Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table):
            for cell, value in zip(row.cells, values):
                cell.text = value
    properties = document.core_properties
    properties.title = title or ""
    properties.author = author or ""
    properties.created = created or dt.datetime(2000, 1, 1)
    path = tmp_path / "doc.docx"
    document.save(str(path))
    return path


def make_eml(
    tmp_path: pathlib.Path,
    *,
    subject: str = "Walkout on Tuesday",
    sender: str = "NUS Press Office <press@nus.org.uk>",
    date: str | None = "Tue, 07 Feb 2017 16:47:00 +0000",
    plain: str | None = None,
    html: str | None = None,
    charset: str = "utf-8",
) -> pathlib.Path:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = "newsdesk@example.org"
    if date is not None:
        message["Date"] = date
    if plain is not None:
        message.set_content(plain, charset=charset, cte="8bit" if charset != "utf-8" else None)
    if html is not None:
        if plain is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    return write(tmp_path, "mail.eml", message.as_bytes())

