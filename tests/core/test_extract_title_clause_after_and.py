"""Titles of sentences that go on with "and" and a second clause, open with a body described before
its verb, or end on a passive's agent, a cause or a list of people's place (issue 16).

"... voted for the strike | and on Friday last week, the Ostland National Teachers' Union handed ...":
the "and" opens a clause of its own once the date set off by its comma goes, and its verb may
come after a long name, so the title ends before it rather than being cut. "A union | representing
about 2,000 cleaners ... | says its members have gone on strike": the description goes as a
headline drops it, the count's comma ("2,000") no clause's.

"Three further strike days have been announced | by ...": a passive is whole without its agent, even on a
verb that else waits for what it says ("announced | on Monday that ..."). "... badly disrupted | due
to a 48-hour strike": a cause only adds, as "because of" and "owing to" do. "Caterers, domestics and
ward staff | at two Lakeland hospitals | are to hold ...": a list of people is a subject whose
place may go, as one plural's does."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.titles import event_title

_HOSPITAL = (("Harbourton General Hospital", "Harbourton General Hospital"),)
_UNION = (("Ostland National Teachers' Union", "Ostland National Teachers' Union"),)


@pytest.mark.parametrize(("sentence", "written", "title"), [
    ("A union representing about 2,000 cleaners and porters at Harbourton General Hospital says its members "
     "have gone on strike.", _HOSPITAL, "Union says its members have gone on strike"),
    ("A band of Westbrook pupils have been staging a hunger strike and on March 3, they led a rally in "
     "Harbourton against the rent rise.", (),
     "A band of Westbrook pupils have been staging a hunger strike"),
    ("Some 1,500 out of 2 400 Lakeland teachers voted for the strike and on Friday last week, the Ostland "
     "National Teachers' Union handed the ministry a deadline to settle the matter before a walkout date is "
     "set.", _UNION, "Some 1,500 out of 2 400 Lakeland teachers voted for the strike"),
    ("Three further strike days have been announced by the Lakeland tram drivers' union, as the long row about "
     "staffing and wages goes on.", (), "Three further strike days have been announced"),
    ("Westbrook rail passengers are seeing their trips badly disrupted due to a 48-hour strike by signal staff.",
     (), "Westbrook rail passengers are seeing their trips badly disrupted"),
    ("Caterers, domestics and ward staff at two Lakeland hospitals are to hold a two-day strike over new rotas.",
     (), "Caterers, domestics and ward staff are to hold a two-day strike"),
])
def test_a_title_ends_before_a_second_clause_or_without_a_description(sentence: str, written: tuple, title: str):
    assert event_title(sentence, None, "strike", written) == title
