"""Word files (.docx): paragraph and table text, plus core properties.

A DOCX is a zip archive. Its directory is checked before anything is
decompressed, so a small file that would expand to gigabytes (a zip bomb)
is refused cheaply; the stdlib never inflates a member past the size the
directory declares, so the check cannot be dodged by lying sizes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import docx
import lxml.etree
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from timeline_app.core.models import ReadDocument
from timeline_app.core.readers.dates import iso_date
from timeline_app.core.readers.errors import ReadError, describe_limit
from timeline_app.core.readers.fields import clean_short_field

NOT_WORD_MESSAGE = "corrupt DOCX: not a valid Word file"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_PARTS = 10_000
_BLANK_RUNS = re.compile(r"\n{3,}")
# python-docx's default template: a file a script made from it says "python-docx" wrote it on this day, whoever
# wrote it and whenever (the stamps are the template's, not the document's).
_TEMPLATE_AUTHOR = "python-docx"
_TEMPLATE_CREATED = dt.datetime(2013, 12, 23, 23, 15, tzinfo=dt.timezone.utc)


def read_docx(data: bytes, max_expanded_bytes: int) -> ReadDocument:
    """Read a DOCX after checking it cannot expand past ``max_expanded_bytes``."""
    if data.startswith(_OLE_MAGIC):
        raise ReadError(f"{NOT_WORD_MESSAGE} (old .doc format or password-protected)")
    check_zip_directory(data, max_expanded_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = _block_lines(document)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, TypeError,
            AttributeError, IndexError):
        raise ReadError(NOT_WORD_MESSAGE) from None
    except lxml.etree.XMLSyntaxError:
        raise ReadError("corrupt DOCX: damaged document XML") from None

    text = _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")
    if not text.strip():
        raise ReadError("no text found")
    title, author, created = _core_properties(document)
    return ReadDocument(
        text=text,
        format="docx",
        title=title or _title_paragraph(document),
        published=created,
        source=author,
    )


def check_zip_directory(data: bytes, max_expanded_bytes: int) -> None:
    """Refuse archives that are not zips or whose members add up past the limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise ReadError(NOT_WORD_MESSAGE) from None
    if len(members) > _MAX_PARTS:
        raise ReadError(f"DOCX has over {_MAX_PARTS:,} parts (possible zip bomb)")
    if sum(member.file_size for member in members) > max_expanded_bytes:
        raise ReadError(
            f"DOCX expands to over {describe_limit(max_expanded_bytes)} (possible zip bomb)"
        )


def _block_lines(container: object) -> list[str]:
    """Text of paragraphs and tables in reading order; a table row per line."""
    lines: list[str] = []
    for block in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return lines


def _table_lines(table: Table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[object] = set()
        for cell in row.cells:
            # Merged cells are repeated by python-docx; keep each one once.
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            cell_text = " ".join(line for line in _block_lines(cell) if line.strip())
            if cell_text:
                cells.append(cell_text)
        if cells:
            lines.append("\t".join(cells))
    return lines


def _core_properties(document: object) -> tuple[str | None, str | None, str | None]:
    try:
        properties = document.core_properties  # type: ignore[attr-defined]
        created = properties.created
        return (
            clean_short_field(properties.title),
            None if properties.author == _TEMPLATE_AUTHOR else clean_short_field(properties.author),
            None if _is_template_stamp(created) else iso_date(created),
        )
    except (ValueError, TypeError, KeyError, AttributeError, lxml.etree.XMLSyntaxError):
        return None, None, None  # a damaged core.xml costs the metadata, not the text


def _is_template_stamp(created: object) -> bool:
    """Whether the created date is the default template's, which a script that never set it leaves behind."""
    if not isinstance(created, dt.datetime):
        return False
    stamp = created if created.tzinfo is not None else created.replace(tzinfo=dt.timezone.utc)
    return stamp == _TEMPLATE_CREATED


def _title_paragraph(document: object) -> str | None:
    for paragraph in document.paragraphs[:20]:  # type: ignore[attr-defined]
        style = paragraph.style.name if paragraph.style is not None else ""
        if style in ("Title", "Heading 1") and paragraph.text.strip():
            return clean_short_field(paragraph.text)
    return None
