"""A name owning a government, an administration, a regime or a cabinet
("protests against Jo Arlen's Government") is a person's, though no office
or speech verb stands beside it and the body's name holds it."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def test_a_leaders_government_keeps_the_leader():
    text = "The unions have signed a pact to begin protests against Edward Arlenga’s Government."
    assert {p.name for p in extract(ReadDocument(text=text, format="txt")).people} == {"Edward Arlenga"}
