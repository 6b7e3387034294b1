"""Names that are no body (issue 16, stop 60): a province or a country spelled out before its code in brackets,
whatever finder read it (the United Nations and the European Union, listed among world regions, stay bodies).
Texts written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _reads(text: str, kept: set[str], dropped: set[str]) -> None:
    """The organisations of ``text`` hold every name in ``kept`` and none in ``dropped``."""
    orgs = {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}
    assert kept <= orgs and not dropped & orgs, orgs


def test_a_province_before_its_code_is_no_body():
    _reads("Nurses march\n\nNurses in Nova Scotia (NS) and in Khyber Pakhtunkhwa (KP) walked to the capital on "
           "Tuesday, the Lakeland Nurses Union said.\n", {"Lakeland Nurses Union"},
           {"Nova Scotia", "Khyber Pakhtunkhwa", "NS", "KP"})


def test_the_united_nations_and_the_european_union_stay_bodies():
    _reads("Appeal sent\n\nThe Westbrook Tenants Union wrote to the United Nations (UN) and the European Union (EU) "
           "on Friday.\n", {"Westbrook Tenants Union", "United Nations", "European Union"}, set())
