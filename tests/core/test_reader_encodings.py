"""Text that is not plain UTF-8 (byte order marks, UTF-16, Windows-1252,
stray or invalid bytes) still reads as the words its author wrote."""

from __future__ import annotations

import codecs

import pytest

from timeline_app.core.readers import read_file

from reader_files import CURLY, write


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
