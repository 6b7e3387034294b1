"""Tables that lay a page out are read as the blocks they hold; tables of figures stay tables (issue 16, stop 76).
Pages written for the test."""

from __future__ import annotations

from timeline_app.core.readers.html import extract_html

_LAID_OUT = """<html><head><title>Firefighters reject cuts</title></head><body>
<table class="contentpaneopen"><tr><td class="contentheading">Firefighters reject cuts</td></tr></table>
<table class="contentpaneopen"><tr><td valign="top" class="createdate">Tuesday, 07 March 2017 10:00</td></tr>
<tr><td valign="top"><p>Firefighters in the county have rejected plans to cut night cover at four stations.</p>
<p>A public meeting will be held next Thursday at the Corn Exchange.</p></td></tr></table></body></html>"""


def test_a_page_laid_out_in_tables_reads_as_its_paragraphs() -> None:
    page = extract_html(_LAID_OUT)
    lines = page.text.splitlines()
    assert "Firefighters in the county have rejected plans to cut night cover at four stations." in lines
    assert "A public meeting will be held next Thursday at the Corn Exchange." in lines
    assert "|" not in page.text
    assert page.published == "2017-03-07"


def test_a_table_of_figures_keeps_its_rows() -> None:
    page = extract_html("""<html><head><title>Ballot result</title></head><body><article>
<p>Members of the Harbourton branch have voted for strike action over the pay offer made by the council.</p>
<table><tr><th>Question</th><th>Yes</th><th>No</th></tr><tr><td>Strike action</td><td>812</td><td>95</td></tr>
</table></article></body></html>""")
    assert any("812" in line and "95" in line and "Strike action" in line for line in page.text.splitlines())


def test_a_table_of_figures_whose_cells_hold_paragraphs_keeps_its_rows() -> None:
    # a word processor's export wraps every cell's words in a paragraph
    page = extract_html("""<html><head><title>Pay scales 2019-20</title></head><body><article>
<p>The new pay scales for school support staff take effect from April, after the branch accepted the offer.</p>
<table><tr><td><p>Point</p></td><td><p>Annual</p></td><td><p>Hourly</p></td></tr>
<tr><td><p>1</p></td><td><p>£17,364</p></td><td><p>£9.00</p></td></tr>
<tr><td><p>2</p></td><td><p>£17,711</p></td><td><p>£9.18</p></td></tr></table></article></body></html>""")
    assert any("£17,364" in line and "£9.00" in line for line in page.text.splitlines())


def test_a_page_of_thousands_of_one_cell_rows_stays_a_table() -> None:
    # a page laid out has tens of parts; past the bound the reader leaves tables to trafilatura as they are,
    # whose fallback takes time quadratic in short blocks
    rows = "".join(f"<tr><td>Signatory {number}</td></tr>" for number in range(3000))
    page = extract_html(f"<html><head><title>Signatories</title></head><body><table>{rows}</table></body></html>")
    assert "| Signatory 2999 |" in page.text.splitlines()
