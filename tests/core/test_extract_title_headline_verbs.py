"""A headline reports its action in the present ("Tenants storm ...", "Porters warn ..."): that verb makes the
phrase before a boundary a whole title, as a past would (issue 16). Every text here is written for the test."""

from __future__ import annotations

from timeline_app.core.extract.titles import whole_title

# (headline, the title it makes)
_HEADLINES = (
    ("Tenants storm Harbourton council chamber in solidarity with the evicted families of Kea Holm",
     "Tenants storm Harbourton council chamber"),
    ("Lakeland Ferry Crews Descend On Arlen Harbour Office To Demand Back Pay For The Winter Season",
     "Lakeland Ferry Crews Descend On Arlen Harbour Office"),
)


def test_a_headline_in_the_present_ends_at_its_boundary():
    for headline, title in _HEADLINES:
        assert whole_title(headline, "protest") == title, headline
