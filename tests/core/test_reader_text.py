"""Plain text files: read back exactly as written, with newlines tidied and
NUL bytes dropped; binary data and blank files are refused."""

from __future__ import annotations

import random

import pytest

from timeline_app.core.readers import read_file

from reader_files import SEEDS, read_error, write


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seeds_read_back_exactly_as_written(seed):
    document = read_file(seed)

    assert document.text == seed.read_bytes().decode("utf-8")
    assert document.format == "txt"


def test_seed_curly_quotes_survive_without_mojibake():
    text = read_file(SEEDS / "001_fd522c965bac0882.txt").text

    assert "government’s “complicity” with Donald Trump’s “racist agenda”" in text
    assert "â€" not in text


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
