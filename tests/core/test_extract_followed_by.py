"""Round 20 (issue 16): a date its sentence puts after "followed by" dates
a later action, in the lede too: the report's event is the first one."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def test_the_action_first_in_a_followed_by_sequence_is_the_main_event():
    text = (" date 2017-07-03 Cleaners, porters and security staff at four London hospitals are to stage a three-day "
            "strike in a dispute over pay.\n\nMembers of the union employed by the contractor will walk out on "
            "Tuesday, followed by a seven-day stoppage from July 11 and a 14-day strike starting on July 25.\n\n"
            "Further strike action will also be planned for August and September.\n")
    main = next(e for e in extract(ReadDocument(text=text, format="txt")).events if e.main)
    assert (main.start, main.precision) == ("2017-07-04", "day")
