"""Kinds, round 64 (w3): "protestors", the other spelling of those who protest, is a protest cue."""

from __future__ import annotations

from extracted import main_kind


def test_protestors_is_a_protest_word() -> None:
    body = ("Hundreds of protestors filled the square in front of Harbourton town hall on Monday 3 March 2025, "
            "calling on the council to cut rents.")
    assert main_kind("", body) == "protest"
