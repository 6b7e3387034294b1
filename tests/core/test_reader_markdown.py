"""Markdown: the first heading or front matter gives the title (and date),
and the syntax does not reach the text."""

from __future__ import annotations

from timeline_app.core.readers import read_file

from reader_files import write


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
