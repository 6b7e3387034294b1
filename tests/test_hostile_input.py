"""Hostile and broken files: each gets a clear one-line reason or imports
safely, the run always finishes, and the good file beside them still lands."""

from __future__ import annotations

import os
import random
import re
import zipfile
from pathlib import Path

from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store

GOOD_TEXT = "The National Union of Students (NUS) called a walkout on Tuesday 17 November 2015.\n"


def _import_with_good_neighbour(store: Store, folder: Path):
    """Import ``folder`` plus a known-good file; return (result by file name, summary)."""
    good = folder / "zz-good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    summary = import_paths(store, [folder])
    assert not summary.stopped_reason
    by_name = {Path(r.path).name: r for r in summary.results}
    assert by_name["zz-good.txt"].status == "imported"
    return by_name, summary


def _assert_clear_failure(result, *words: str) -> None:
    assert result.status == "failed", result
    reason = result.reason or ""
    assert reason and "\n" not in reason and "Traceback" not in reason and len(reason) < 200
    assert any(w in reason.lower() for w in words), reason


def _stored_text(store: Store, document_id: int) -> str:
    return store.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]


def test_empty_binary_and_nul_files_get_reasons_or_clean_text(fresh_store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.txt").write_bytes(random.Random(5).randbytes(20_000))
    (folder / "nul.txt").write_bytes(b"Students\x00 walked out\x00 on 3 March 2019.\x00\n")
    results, summary = _import_with_good_neighbour(fresh_store, folder)
    _assert_clear_failure(results["empty.txt"], "empty")
    _assert_clear_failure(results["noise.txt"], "not text", "binary")
    nul = results["nul.txt"]
    if nul.status == "imported":
        assert "\x00" not in _stored_text(fresh_store, nul.document_id)
    else:
        _assert_clear_failure(nul, "not text", "binary")


def test_a_file_over_the_size_limit_is_refused_and_a_large_allowed_one_imports(
    fresh_store, tmp_path
):
    folder = tmp_path / "in"
    folder.mkdir()
    limit = 50 * 1024 * 1024
    (folder / "huge.txt").write_bytes(b"a" * (limit + 1))  # one 50 MB line
    line = ("Students walked out in protest " * 70_000).encode()  # ~2 MB, one line
    (folder / "long-line.txt").write_bytes(line)
    results, summary = _import_with_good_neighbour(fresh_store, folder)
    _assert_clear_failure(results["huge.txt"], "too large", "limit")
    assert "50" in results["huge.txt"].reason
    assert results["long-line.txt"].status == "imported"


def test_undecodable_and_unusually_encoded_text_imports_without_mojibake(fresh_store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "latin.txt").write_bytes(
        "Students at the caf\u00e9 said \u201cenough\u201d on 3 March 2019.".encode("cp1252")
        + b"\xff\xfe broken")
    (folder / "utf16.txt").write_bytes(
        "Students walked out on 17 November 2015 in solidarity with migrants.".encode("utf-16-le"))
    (folder / "wrong-charset.html").write_bytes(
        b'<html><head><meta charset="utf-8"><title>Walkout</title></head><body><article>'
        + "<p>The union\u2019s officers said \u201cwe walk out today\u201d, on 17 November"
          " 2015, in solidarity with migrants and international students across the UK."
          "</p>".encode("cp1252") * 3
        + b"</article></body></html>")
    results, summary = _import_with_good_neighbour(fresh_store, folder)
    for name in ("latin.txt", "utf16.txt", "wrong-charset.html"):
        assert results[name].status == "imported", results[name]
    utf16 = _stored_text(fresh_store, results["utf16.txt"].document_id)
    assert "Students walked out on 17 November 2015" in utf16 and "\x00" not in utf16
    latin = _stored_text(fresh_store, results["latin.txt"].document_id)
    assert "caf\u00e9" in latin and "\u201cenough\u201d" in latin
    page = _stored_text(fresh_store, results["wrong-charset.html"].document_id)
    assert "union\u2019s" in page and "\u00e2\u20ac" not in page and "\ufffd" not in page


def test_html_with_scripts_frames_local_images_and_deep_nesting_imports_only_its_text(
    fresh_store, tmp_path
):
    folder = tmp_path / "in"
    folder.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-MARKER-4471", encoding="utf-8")
    (folder / "hostile.html").write_text(
        "<html><head><title>Occupation</title><script>alert('SCRIPT-MARKER')</script></head>"
        "<body><iframe src='https://example.invalid/IFRAME-MARKER'></iframe>"
        f"<img src='file://{secret}'><a href='javascript:alert(1)'>read more</a>"
        "<article><p>Students occupied the library on 4 May 2018 over rent, and the"
        " occupation lasted a week while the union negotiated with the university.</p>"
        "<p>More than two hundred students took part in the occupation of the library.</p>"
        "</article></body></html>", encoding="utf-8")
    depth = 10_000
    (folder / "nested.html").write_text(
        "<html><body>" + "<div>" * depth + "Students marched on 1 June 2020."
        + "</div>" * depth + "</body></html>", encoding="utf-8")
    results, summary = _import_with_good_neighbour(fresh_store, folder)
    hostile = results["hostile.html"]
    assert hostile.status == "imported", hostile
    text = _stored_text(fresh_store, hostile.document_id)
    assert "occupied the library" in text
    for marker in ("SCRIPT-MARKER", "IFRAME-MARKER", "SECRET-MARKER", "javascript:"):
        assert marker not in text
    nested = results["nested.html"]
    if nested.status == "imported":
        assert "Students marched" in _stored_text(fresh_store, nested.document_id)
    else:
        _assert_clear_failure(nested, "html")


def _zip_bomb_docx(path: Path, inflated_mb: int = 200) -> None:
    chunk = b"\x00" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(inflated_mb):
                member.write(chunk)


def test_a_docx_zip_bomb_is_refused_before_it_is_inflated(fresh_store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _zip_bomb_docx(folder / "bomb.docx")
    assert (folder / "bomb.docx").stat().st_size < 1024 * 1024  # small on disk
    results, summary = _import_with_good_neighbour(fresh_store, folder)
    _assert_clear_failure(results["bomb.docx"], "too large", "zip bomb", "expand", "docx")


def _pdf_bytes(text: str, **encryption: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    if encryption:
        pdf.set_encryption(**encryption)
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def test_pdfs_with_a_broken_xref_or_a_password_get_text_or_a_reason(fresh_store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    sentence = "Lecturers went on strike over pensions on 22 February 2018 across the country."
    data = _pdf_bytes(sentence)
    start = data.rindex(b"\nxref\n")  # the table itself, not "startxref"
    # Every cross-reference entry points at the wrong byte; the trailer stays.
    broken = data[:start] + re.sub(rb"\d{10} 00000 n", b"0000000009 00000 n", data[start:])
    assert broken != data
    (folder / "broken-xref.pdf").write_bytes(broken)
    (folder / "locked.pdf").write_bytes(
        _pdf_bytes(sentence, owner_password="owner", user_password="reader"))
    results, summary = _import_with_good_neighbour(fresh_store, folder)
    xref = results["broken-xref.pdf"]
    if xref.status == "imported":
        assert "strike over pensions" in _stored_text(fresh_store, xref.document_id)
    else:
        _assert_clear_failure(xref, "pdf", "corrupt", "damaged")
    _assert_clear_failure(results["locked.pdf"], "password", "encrypt")


def test_an_email_with_a_malformed_date_imports_undated(fresh_store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad-date.eml").write_bytes(
        b"From: Officer <officer@example.org>\r\nTo: members@example.org\r\n"
        b"Subject: Rent strike meeting\r\nDate: Blursday, 45 Smarch 20XX 99:99 +9999\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hi all, the rent strike continues and the next meeting is soon.\r\n")
    results, summary = _import_with_good_neighbour(fresh_store, folder)
    mail = results["bad-date.eml"]
    assert mail.status == "imported", mail
    row = fresh_store.db.execute(
        "SELECT title, published FROM documents WHERE id = ?", [mail.document_id]).fetchone()
    assert row[0] == "Rent strike meeting" and row[1] is None


def test_a_folder_with_a_symlink_loop_and_an_unreadable_file_finishes(fresh_store, tmp_path):
    folder = tmp_path / "in"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "a.txt").write_text("Students marched on 5 June 2021.", encoding="utf-8")
    os.symlink(folder, folder / "inner" / "loop")  # inner/loop -> in/ -> inner/ ...
    unreadable = folder / "locked.txt"
    if os.geteuid() != 0:
        unreadable.write_text("Students marched on 6 June 2021.", encoding="utf-8")
        unreadable.chmod(0)
    else:
        # Root reads any file regardless of its mode; a link to nothing is the
        # unreadable file root still meets (a moved or unmounted original).
        os.symlink(tmp_path / "moved-away.txt", unreadable)
    try:
        results, summary = _import_with_good_neighbour(fresh_store, folder)
    finally:
        if unreadable.exists():
            unreadable.chmod(0o644)
    assert results["a.txt"].status == "imported"
    assert sum(1 for r in summary.results if Path(r.path).name == "a.txt") == 1
    _assert_clear_failure(results["locked.txt"], "permission denied", "not found", "cannot read")
