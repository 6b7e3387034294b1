"""A headline run into the "<Sender> Press release" label before it makes a title without the label, naming who
acts, not one cut after the label's words (issue 16). Every text here is written for the test."""

from __future__ import annotations

from timeline_app.core.extract.titles import event_title


def test_a_release_label_before_a_headline_is_dropped() -> None:
    sentence = ("Harbourton Porters Guild Press release Porters of the Westbrook yard announce a walkout over the "
                "loss of their night allowance.")
    title = event_title(sentence)
    assert not title.endswith("…")
    assert "Press release" not in title
    assert title.startswith("Porters of the Westbrook yard announce a walkout")


def test_a_release_label_with_a_colon_is_dropped_too() -> None:
    title = event_title("Ostland Tenants Union Media Statement: Tenants of Kea Holm begin a rent strike against the "
                        "landlord's rise of a fifth in the rent of every flat.")
    assert title.startswith("Tenants of Kea Holm begin a rent strike")
    assert not title.endswith("…")


def test_a_sentence_about_a_press_release_keeps_its_subject() -> None:
    # guard: "Press release on ..." runs on as a sentence; no headline follows the words
    title = event_title("Press Release on the stoppage of the Westbrook porters, who walked out of the yard over the "
                        "loss of their night allowance.")
    assert title.startswith("Press Release on the stoppage")
