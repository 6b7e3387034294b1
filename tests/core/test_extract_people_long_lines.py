"""A page written as one very long line stays linear to read for people: the
checks run at each name look only at the few characters around it, never
search the whole line (or the sentence so far) again per name."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.person_attributions import quote_attribution, signs_under_closing
from timeline_app.core.extract.person_context import signed_after_dash


class _WholeSearchRefused(str):
    """Text whose whole-string searches and copies fail the test: slicing
    (a bounded look) gives back a plain string and is allowed."""

    def _refuse(self, *_args, **_kwargs):
        raise AssertionError("the whole text was searched for one name")

    rsplit = split = strip = rstrip = lstrip = find = rfind = index = rindex = _refuse


def test_a_dash_signature_is_found_at_a_lines_end():
    assert signed_after_dash("The rules were never explained. –", "")
    assert not signed_after_dash("- ", "")  # a bullet opening its line
    assert not signed_after_dash("A sentence before the name,", "")


def test_a_signature_check_reads_only_the_end_of_a_long_line():
    before = _WholeSearchRefused("Cara Bell, who are " * 5000)
    assert not signed_after_dash(before, " who are next")


@pytest.mark.parametrize("check", [quote_attribution, signs_under_closing])
def test_attribution_checks_read_only_around_a_name_on_a_long_line(check):
    text = _WholeSearchRefused("Cara Bell, who are " * 5000)
    start = len("Cara Bell, who are ") * 2500
    assert not check(text, start, start + len("Cara Bell"))
