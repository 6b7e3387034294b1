"""A clause boundary that fits a title is seen even when the word that marks it runs past the title's last
character, and when a quotation opens on it (issue 16). Every text here is written for the test."""

from __future__ import annotations

from timeline_app.core.extract.titles import event_title


def test_a_title_ends_where_a_quoted_purpose_opens_at_its_limit():
    sentence = ("The Arlen guild said its crane drivers at Kea Holm would stop all work “in protest at the new "
                "night rota”, which the port imposed without a word in May")
    assert event_title(sentence) == "The Arlen guild said its crane drivers at Kea Holm would stop all work"

