"""Score the real pages as a mail client or a plain-text layout would lay their lines out.

Run:  PYTHONPATH=src python bench/laid_out_pages.py --split SPLITS --form FORM [--misses]

Why: the real pages' texts were stored with each line as a browser gives it,
opening with its first word and ending with its last. A forwarded or
answered mail quotes what it carries line by line after ">", a plain-text
release indents its paragraphs, an editor leaves blanks at lines' ends, and
extraction reads a line from its first word (a dateline, a headline, a
field). This writes a copy of each page's text in one such layout to a
temporary folder and scores the copies against the same labels:

* ``quoted``: every line after "> ", a blank line after ">", as a reply or an
  inline forward quotes a mail;
* ``quoted-wrapped``: wrapped at 72 characters first (``wrapped_pages``), then
  quoted, as a plain-text mail is when it is answered;
* ``indented``: every line that is not blank after four blanks;
* ``tab-indented``: after a tab;
* ``line-end-blanks``: three blanks at the end of every line that is not blank.

The copies are deleted after; nothing is written into bench/real/texts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "real"))
sys.path.insert(0, str(HERE))

import scoring  # noqa: E402  (bench/real/scoring.py)
from wrapped_pages import mono_wrapped  # noqa: E402


def _each_line(text: str, laid_out: Callable[[str], str]) -> str:
    return "\n".join(laid_out(line) for line in text.split("\n"))


def quoted(text: str) -> str:
    """``text`` quoted as a reply quotes a mail: "> " before each line, ">" for a blank one."""
    return _each_line(text, lambda line: "> " + line if line.strip() else ">")


def quoted_wrapped(text: str) -> str:
    """``text`` wrapped at 72 characters, then quoted."""
    return quoted(mono_wrapped(text))


def indented(text: str) -> str:
    """``text`` with each line that is not blank indented by four blanks."""
    return _each_line(text, lambda line: "    " + line if line.strip() else line)


def tab_indented(text: str) -> str:
    """``text`` with each line that is not blank indented by a tab."""
    return _each_line(text, lambda line: "\t" + line if line.strip() else line)


def line_end_blanks(text: str) -> str:
    """``text`` with three blanks at the end of each line that is not blank."""
    return _each_line(text, lambda line: line + "   " if line.strip() else line)


FORMS: dict[str, Callable[[str], str]] = {"quoted": quoted, "quoted-wrapped": quoted_wrapped, "indented": indented,
                                          "tab-indented": tab_indented, "line-end-blanks": line_end_blanks}


def main(argv: list[str] | None = None) -> int:
    return scoring.rewritten_forms_main(__doc__.splitlines()[0], FORMS, "Laid-out copies", argv)


if __name__ == "__main__":
    sys.exit(main())
