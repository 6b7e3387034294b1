"""A small file that expands (PDF bomb, DOCX full of text) costs one file, not the run."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pdf_builder import shared_stream_pdf, text_pdf

from timeline_app.core.readers import ReadError, read_file

SRC = Path(__file__).resolve().parents[2] / "src"
ONE_GB_KB = 1024 * 1024

_READ_IN_CHILD = """
import json, sys, time
from timeline_app.core.readers import ReadError, read_file
started = time.monotonic()
try:
    document = read_file(sys.argv[1])
    outcome = {"ok": True, "chars": len(document.text)}
except ReadError as exc:
    outcome = {"ok": False, "reason": str(exc)}
outcome["seconds"] = time.monotonic() - started
# VmHWM, not ru_maxrss: Linux carries the (large) pytest parent's high-water
# mark into a spawned child's ru_maxrss, so that would measure the parent.
with open("/proc/self/status", encoding="ascii") as status:
    outcome["peak_kb"] = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(json.dumps(outcome))
"""


def read_in_child(path: Path, timeout: float = 60) -> dict:
    """Read ``path`` in a fresh interpreter; its outcome, time and peak memory."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", _READ_IN_CHILD, str(path)], env=env,
                          capture_output=True, text=True, timeout=timeout, check=True)
    return json.loads(done.stdout)


def test_a_pdf_whose_pages_share_one_huge_stream_fails_fast_with_a_one_line_reason(tmp_path):
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(shared_stream_pdf(pages=5000, expanded_mb=70))
    assert bomb.stat().st_size < 1_200_000

    outcome = read_in_child(bomb)

    assert outcome["ok"] is False
    assert "decompression bomb" in outcome["reason"]
    assert "\n" not in outcome["reason"] and len(outcome["reason"]) < 200
    assert outcome["peak_kb"] < ONE_GB_KB / 2
    assert outcome["seconds"] < 20


def test_the_pages_of_a_pdf_share_one_content_budget(tmp_path, monkeypatch):
    import timeline_app.core.readers.pdf as pdf_reader

    monkeypatch.setattr(pdf_reader, "DECODED_CONTENT_BUDGET", 1000)
    path = tmp_path / "many.pdf"
    path.write_bytes(text_pdf([f"Page {n} of the rent strike diary." for n in range(200)]))

    with pytest.raises(ReadError, match=r"stopped at page \d+ of 200"):
        read_file(path)


def test_running_out_of_memory_on_a_pdf_page_fails_that_file_only(tmp_path, monkeypatch):
    from pypdf import PageObject

    def exhaust(self, *args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(PageObject, "extract_text", exhaust)
    path = tmp_path / "big.pdf"
    path.write_bytes(text_pdf(["Rent strike begins."]))

    with pytest.raises(ReadError, match="not enough memory") as caught:
        read_file(path)
    assert caught.value.__context__ is None  # no traceback (and page state) kept


def test_a_damaged_pdf_page_is_reported_by_a_message_not_a_kept_exception(tmp_path, monkeypatch):
    from pypdf import PageObject

    def broken(self, *args, **kwargs):
        raise ValueError("bad operator\nin content stream")

    monkeypatch.setattr(PageObject, "extract_text", broken)
    path = tmp_path / "broken.pdf"
    path.write_bytes(text_pdf(["One.", "Two."]))

    with pytest.raises(ReadError) as caught:
        read_file(path)
    assert str(caught.value) == "corrupt or unreadable PDF: bad operator in content stream"
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_a_docx_holding_more_text_than_the_size_limit_is_refused(tmp_path, monkeypatch):
    import timeline_app.core.readers as readers

    # The zip-bomb check usually refuses such a file first; lift it to reach this one.
    monkeypatch.setattr(readers, "DOCX_EXPANSION_FACTOR", 1000)
    document = docx.Document()
    for _ in range(400):
        document.add_paragraph("The tenants' union voted to continue the rent strike. " * 4)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "dense.docx"
    path.write_bytes(buffer.getvalue())
    limit = path.stat().st_size + 1024

    with pytest.raises(ReadError, match="too much text"):
        read_file(path, max_bytes=limit)
