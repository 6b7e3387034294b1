"""The HTML reader takes a page's publication day from htmldate."""

import pytest

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


def test_a_date_in_the_headline_is_not_the_publication_day():
    # a headline names the day of what it announces; the page itself says nothing of when it appeared
    page = ("<html><head><title>We Start Striking on October 19, 2022 | Porters Union</title></head><body><article>"
            "<h1>We Start Striking on October 19, 2022</h1><p>Porters will strike after talks failed.</p>"
            "</article></body></html>")
    assert extract_html(page).published is None


def test_a_date_in_a_sentence_is_left_to_extraction():
    # "07/02/2017" is 7 February on a UK page and 2 July on a US one: the text's rules know the country
    body = ("<p>Students walked out on 07/02/2017 across the country, the union said.</p>"
            "<p>The walkout was called by the national union.</p>")
    assert extract_html(_page("<title>Walkout</title>", body)).published is None


def test_a_headline_that_is_a_date_label_dates_the_page():
    page = ("<html><head><title>Branch Bulletin – 5 June 2012</title></head><body><div>"
            "<h1>Branch Bulletin – 5 June 2012</h1><p>Members voted to join the strike next week.</p></div>"
            "</body></html>")
    assert extract_html(page).published == "2012-06-05"


def test_a_byline_the_text_leaves_out_still_dates_the_page():
    page = ("<html><head><title>Lecturers strike</title></head><body><header class='masthead'><a href='/'>Courier</a>"
            "<nav><a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header><main><article class='story'>"
            "<h1>Lecturers strike at Calder Valley</h1><div class='article-author'>By Jo Marlowe | 27 February 2018"
            "</div><div class='story-body'><p>Lecturers at Calder Valley College began a three-day strike on Tuesday"
            " in a dispute over workload and the closure of the adult education department.</p><p>The staff"
            " association said picket lines were solid at all three campuses, and that students had joined staff at"
            " the gates.</p><p>Regional official Tom Brannigan said the college had until Monday to return to talks"
            " before further dates are announced.</p></div></article></main><footer class='site-footer'><p>All"
            " rights reserved.</p></footer></body></html>")
    content = extract_html(page)
    assert "27 February 2018" not in content.text
    assert content.published == "2018-02-27"


def test_a_footer_above_the_text_is_the_articles_own():
    # a Drupal node's "Submitted by ... on <date>" footer stands above its body
    page = ("<html><head><title>Drivers vote</title></head><body><div id='main'><h1>Bus drivers vote to strike</h1>"
            "<footer class='node__meta'>Submitted by webeditor on Tue, 05/17/2016 - 14:20</footer>"
            "<div class='content'><p>Bus drivers have voted to strike on 2 and 3 June after the company offered a pay"
            " rise of 1.5 per cent.</p><p>The union said 87 per cent of members voted yes.</p></div></div>"
            "<div id='footer'><p>Transport Workers Alliance</p></div></body></html>")
    assert extract_html(page).published == "2016-05-17"


def test_a_posts_footer_after_its_text_dates_the_page():
    # a hand-written page without <article>: the post's own footer follows its text
    page = ("<html><head><title>Branch news</title></head><body><section><h1>Branch meeting</h1>"
            "<p>Members met in the library and agreed to ballot for strike action over the pay offer.</p>"
            "<p>The ballot opens next month and closes three weeks later.</p></section>"
            "<footer><p>Posted by the committee, 24 January 2023</p></footer></body></html>")
    assert extract_html(page).published == "2023-01-24"


def test_an_element_marked_as_the_date_gives_the_publication_day():
    body = ('<div class="entry-meta">By Jo Marlowe <span class="posted-on">3 March 2015</span></div>'
            "<p>Students marched on the town hall today.</p>")
    assert extract_html(_page("<title>March</title>", body)).published == "2015-03-03"


def test_structured_data_in_the_body_gives_the_publication_day():
    body = ('<p>Students marched on the town hall today.</p>'
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-10-14"}</script>')
    assert extract_html(_page("<title>March</title>", body)).published == "2019-10-14"


def test_a_time_element_in_a_sentence_gives_the_publication_day():
    body = '<p>Posted <time datetime="2016-09-22">yesterday</time> by the union.</p>'
    assert extract_html(_page("<title>March</title>", body)).published == "2016-09-22"


def test_a_date_in_the_pages_own_address_dates_the_page():
    head = '<meta property="og:url" content="https://union.example/news/2017/02/07/walkout/">'
    assert extract_html(_page(head)).published == "2017-02-07"


_TENANTS = ("<html><head><title>Rent strike at Harbour Road</title></head><body><article>"
            "<h1>Tenants begin rent strike at Harbour Road</h1>"
            "<p>Tenants of the Harbour Road blocks have stopped paying rent in protest at repairs that have not been "
            "done for years, the tenants union said.</p></article><footer><p>{line}</p>"
            "<p>Harbour Road Tenants Union, 4 Quay Street</p></footer></body></html>")


@pytest.mark.parametrize("line", [
    "Page last updated: 12 May 2024",
    "Last modified 12/05/2024",
    'Updated <time datetime="2024-05-12">12 May</time>',
    "Page last reviewed: 12 May 2024",
])
def test_a_line_saying_when_the_page_changed_does_not_date_it(line: str) -> None:
    # the text's rules never take an "updated" date for the page's: the reader does not either
    assert extract_html(_TENANTS.format(line=line)).published is None


@pytest.mark.parametrize("line", [
    "By Jo Marlowe | 3 May 2017 | Updated 5 May 2017",
    "Published 3 May 2017, updated 5 May 2017",
    "Posted 3 May 2017",
])
def test_a_line_saying_when_the_page_appeared_still_dates_it(line: str) -> None:
    assert extract_html(_TENANTS.format(line=line)).published == "2017-05-03"


@pytest.mark.parametrize("marked", [
    '<dd class="published"><span class="icon-calendar"></span> Published: 12 March 2015</dd>',
    '<dd class="create">Created: 12 March 2015</dd>',
    '<dd class="published">Thursday, 12 March 2015 10:15</dd>',
])
def test_a_date_the_page_marks_as_its_publication_dates_it(marked: str) -> None:
    # Joomla's article details: htmldate passes over a <dd>, and trafilatura leaves it out of the text
    page = ('<html><head><title>Rent strike</title></head><body><div class="item-page"><dl class="article-info">'
            f'<dt>Details</dt>{marked}</dl><p>Tenants of the Harbour Road blocks have stopped paying rent in protest '
            'at repairs that have not been done for years, the tenants union said.</p></div></body></html>')
    assert extract_html(page).published == "2015-03-12"


@pytest.mark.parametrize("line", [
    '<ul class="events"><li>Date: 12 March 2015, Harbour Road</li></ul>',
    '<dl class="article-info"><dd class="hits">Hits: 12 March 2015</dd></dl>',
])
def test_a_date_not_marked_as_the_publication_leaves_the_page_undated(line: str) -> None:
    page = ('<html><head><title>Rent strike</title></head><body><div class="item-page">'
            f'{line}<p>Tenants of the Harbour Road blocks have stopped paying rent in protest '
            'at repairs that have not been done for years, the tenants union said.</p></div></body></html>')
    assert extract_html(page).published is None


@pytest.mark.parametrize(("marked", "day"), [
    ('<td class="createdate">07.03.2010 09:12</td>', "2010-03-07"),
    ('<td class="newsdate"><b>14 February 2006</b></td>', "2006-02-14"),
])
def test_a_table_cell_the_page_marks_as_its_date_dates_it(marked: str, day: str) -> None:
    page = ('<html><head><title>Bin crews walk out</title></head><body><table><tr><td>Branch news</td></tr>'
            f'<tr>{marked}</tr><tr><td><p>Refuse collectors employed by the contractor walked out this morning after '
            'two drivers were suspended, the branch said.</p></td></tr></table></body></html>')
    assert extract_html(page).published == day
