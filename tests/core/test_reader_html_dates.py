"""The HTML reader takes a page's publication day from htmldate."""

from timeline_app.core.readers.html import extract_html


def _page(head: str, body: str = "<p>Students marched on the town hall today.</p>") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def test_json_ld_date_published_is_the_publication_day():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-10-14T09:00:00Z"}</script>'
    assert extract_html(_page(head)).published == "2019-10-14"


def test_original_date_is_preferred_over_the_modified_one():
    head = ('<meta property="article:modified_time" content="2022-05-18T10:00:00Z">'
            '<meta property="article:published_time" content="2015-03-21T08:00:00Z">')
    assert extract_html(_page(head)).published == "2015-03-21"


def test_a_page_without_any_date_has_no_publication_day():
    assert extract_html(_page("<title>About us</title>")).published is None
