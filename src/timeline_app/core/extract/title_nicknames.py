"""A nickname set beside an event, dropped before its title would be cut.

Reports name an action and then the name its organisers gave it, in quotes,
as an aside: "workers will down tools from Tuesday, dubbed the “Day of
Harbour Action”", "the march, billed as the “March of Ten Thousand”, went
through Arlen". When the sentence is too long for a title, a reader
shortening it by hand drops the nickname first: who acted and what they did
is the news, the nickname only repeats it. Only a closed quotation that
reads as a name (it opens with a capital letter or "#", after "the") is one:
"The strike, dubbed “illegal”, went ahead" keeps its judgement. Only the
sentence's first comma opens the aside: after an earlier one ("The leaders,
Jo Arlen and Mira Tane, billed as “the Harbour Two”, were arrested", "In
Harbourton, the march, billed as ...") the commas pair otherwise, and the
sentence is left as it is; a comma inside a number ("1,200") is no comma.
"""

from __future__ import annotations

import re

# ", dubbed (the) “Name”" up to a comma after it or the sentence's end; the quote opens as a name (a capital
# letter or "#", after "the") and is closed within 60 characters.
_NAMED_ASIDE = re.compile(r",[ \t]*(?:dubbed|nicknamed|billed[ \t]+as)[ \t]+(?:the[ \t]+)?"
                          r"[“\"](?:the[ \t]+)?[A-Z#][^“”\"\n]{0,59}[”\"](?P<comma>[ \t]*,|[ \t]*(?=[.;]|$))")
# A comma between words, not inside a number ("1,200").
_EARLIER_COMMA = re.compile(r",(?!\d)")


def _dropped(match: re.Match[str]) -> str:
    """Nothing for a nickname aside that the sentence's first comma opens; the aside itself after an earlier
    comma, whose pairing with the aside's commas a reader cannot tell."""
    return match.group() if _EARLIER_COMMA.search(match.string, 0, match.start()) else ""


def without_nickname(text: str) -> str:
    """``text`` without a quoted nickname set after an action by a comma ("..., dubbed the “Day of Action”")."""
    if "dubbed" not in text and "billed" not in text and "nicknamed" not in text:
        return text
    return _NAMED_ASIDE.sub(_dropped, text)
