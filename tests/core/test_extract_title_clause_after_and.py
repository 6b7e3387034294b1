"""Titles of sentences that go on with "and" and a second clause, open with a body described before
its verb, or end on a passive's agent, a cause or a list of people's place (issue 16).

"... voted for the strike | and on Tuesday this week, the Ostland National Teachers' Union gave ...":
the "and" opens a clause of its own once the date set off by its comma goes, and its verb may
come after a long name, so the title ends before it rather than being cut. "A union | representing
about 2,000 cleaners ... | says its members have gone on strike": the description goes as a
headline drops it, the count's comma ("2,000") no clause's.

"Two more strike dates have been announced | by ...": a passive is whole without its agent, even on a
verb that else waits for what it says ("announced | on Monday that ..."). "... severely disrupted | due
to a 24-hour strike": a cause only adds, as "because of" and "owing to" do. "Cleaners, porters and
security staff | at four Westbrook hospitals | are to stage ...": a list of people is a subject whose
place may go, as one plural's does."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.titles import event_title

_HOSPITAL = (("Harbourton General Hospital", "Harbourton General Hospital"),)
_UNION = (("Ostland National Teachers' Union", "Ostland National Teachers' Union"),)


@pytest.mark.parametrize(("sentence", "written", "title"), [
    ("A union representing about 2,000 cleaners and porters at Harbourton General Hospital says its members "
     "have gone on strike.", _HOSPITAL, "Union says its members have gone on strike"),
    ("A group of Westbrook students have been sitting on a hunger strike and on November 16, they took out a "
     "march protesting against the fee hike.", (),
     "A group of Westbrook students have been sitting on a hunger strike"),
    ("About 2,000 out of 3 000 Lakeland teachers voted for the strike and on Tuesday this week, the Ostland "
     "National Teachers' Union gave an ultimatum to the ministry to make a final decision before the strike date "
     "is announced.", _UNION, "About 2,000 out of 3 000 Lakeland teachers voted for the strike"),
    ("Two more strike dates have been announced by Ostland's biggest rail workers' union, in the worsening dispute "
     "over jobs, pay and conditions.", (), "Two more strike dates have been announced"),
    ("Harbourton bus users are having their journeys severely disrupted due to a 24-hour strike over pay and "
     "conditions.", (), "Harbourton bus users are having their journeys severely disrupted"),
    ("Cleaners, porters and security staff at four Westbrook hospitals are to stage a three-day strike in a "
     "dispute over pay.", (), "Cleaners, porters and security staff are to stage a three-day strike"),
])
def test_a_title_ends_before_a_second_clause_or_without_a_description(sentence: str, written: tuple, title: str):
    assert event_title(sentence, None, "strike", written) == title
