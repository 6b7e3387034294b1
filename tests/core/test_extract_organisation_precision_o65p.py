"""Names that are no body (issue 16, stop 65): a reply that opens a quote before a lower-case "police" ("Yes
police officers fired"), which names no force, and a region written as a code ("police in KP", "MN teens",
"PH unionists"), which is a place. Texts written for the test."""

from __future__ import annotations

import pytest

from extracted import headed_page, organisation_names


def _names(body: str) -> list[str]:
    """The bodies found on a short invented page whose running text is ``body``."""
    return organisation_names(headed_page("Campus news", f"3 May 2021\n\n{body}"))


# (running text, a name that must not be found, a name that must be)
_CASES = [
    ("Teachers marched in Harbourton on Monday. \u201cYes police officers came at us with batons, and we held "
     "the line,\u201d said Kea Holm of the Lakeland Teachers Union.", "Yes Police", "Lakeland Teachers Union"),
    # a place before "police" still names the force
    ("Teachers marched on Monday and Harbourton police fired tear gas, said Kea Holm of the Lakeland Teachers "
     "Union.", None, "Harbourton Police"),
    ("Lawyers marched on Monday. Police in KP had moved against the Ostland Bar Council in April, said Mira "
     "Tane.", "KP", "Ostland Bar Council"),
    ("Unions demand the release of seven PH unionists, said Ama Lind of the Kea Holm Workers Alliance. The "
     "PH group met the KMW on Monday; the KMW said it would march.", "PH", "KMW"),
    ("The Twin Lakes group MN Teen Voices walked out on Monday with the Arlen Students Union.", "MN",
     "Arlen Students Union"),
    # a code still opens a body's name: the body keeps it
    ("The PH Students Union held a walkout on Monday, said Mira Tane.", "Students Union", "PH Students Union"),
    ("The NJ Nurses Union walked out on Monday, said Mira Tane.", "Nurses Union", "NJ Nurses Union"),
]


@pytest.mark.parametrize(("body", "absent", "present"), _CASES)
def test_no_body_in_a_reply_or_a_region_code(body: str, absent: str | None, present: str) -> None:
    names = _names(body)
    assert present in names
    if absent is not None:
        assert absent not in names
