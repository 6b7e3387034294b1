"""Whether a byline's "by" stands before an ordinal generation reads no long line again for each name.

A name with "3rd" after it ("Union president Kea Holm 3rd said") keeps it as a generation unless a byline's
"by" stands before it on its line; that was asked by searching back to the line's start for every such name,
so a one-line page of thousands of them read its own length once per name. The test counts the characters
the searches for a line break span, never a time.
"""

from __future__ import annotations

from timeline_app.core.extract.person_context import generation_after


class CountedText(str):
    """A page that counts the characters its backward searches span."""

    spanned = 0

    def rfind(self, sub, start=None, end=None):  # type: ignore[override]
        low = 0 if start is None else start
        high = len(self) if end is None else end
        CountedText.spanned += max(0, high - low)
        return str.rfind(self, sub, *(bound for bound in (start, end) if bound is not None))


_FILLER = " The workers marched through Westbrook and the union said talks would go on later." * 2


def _page(names: int) -> CountedText:
    return CountedText(" ".join(f"Union president Kea Holm 3rd said the strike goes on.{_FILLER}"
                                for _ in range(names)))


def test_generations_on_a_one_line_page_read_no_line_again_per_name():
    page = _page(1_000)
    ends = [at + len("Kea Holm") for at in range(len(page)) if page.startswith("Kea Holm", at)]
    CountedText.spanned = 0
    for end in ends:
        assert generation_after(page, end) is not None
    assert CountedText.spanned <= 2 * len(page)


def test_a_byline_s_by_on_the_line_still_refuses_the_ordinal():
    page = "Comment by steward Kea Holm 3rd said the strike goes on."
    assert generation_after(page, page.find(" 3rd")) is None
