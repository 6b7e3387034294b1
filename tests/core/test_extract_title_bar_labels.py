"""A page label set off by a bar ("Update | ", "Press Statement|") belongs to no timeline entry."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.titles import event_title


@pytest.mark.parametrize(("sentence", "title"), [
    # a short headline behind the label: the label alone goes
    ("Update | Lakeland pupils get ready to begin a week of class boycotts",
     "Lakeland pupils get ready to begin a week of class boycotts"),
    # no blank before the bar, a long sentence after it
    ("Press Statement|The Harbourton Porters Guild has voted to stop work at Westbrook General on Friday.",
     "The Harbourton Porters Guild has voted to stop work"),
    ("LIVE | Nurses from Arlen and Kea Holm gather outside the Ostland assembly for a pay rally",
     "Nurses from Arlen and Kea Holm gather outside the Ostland assembly"),
])
def test_bar_label_goes(sentence: str, title: str) -> None:
    assert event_title(sentence) == title


@pytest.mark.parametrize(("sentence", "title"), [
    # a bar inside the sentence, or after words that are no page label, stays where it is
    ("Westbrook Tutors | Lakeland Guild joint walkout",
     "Westbrook Tutors | Lakeland Guild joint walkout"),
    ("Pupils marched in Arlen | update to follow",
     "Pupils marched in Arlen | update to follow"),
    # another bar a few words on: a slogan or a breadcrumb, not a label, keeps its first word
    ("Live|Work|Play: Westbrook tenants march against the rent rise",
     "Live|Work|Play: Westbrook tenants march against the rent rise"),
    ("Update | 4 March 2025 | Nurses strike at Lakeland General over unpaid overtime",
     "Update | 4 March 2025 | Nurses strike at Lakeland General"),
])
def test_other_bars_stay(sentence: str, title: str) -> None:
    assert event_title(sentence) == title
