"""A union branch named by its members' workplace: "Lakeland Care Services Branch".

Trade unions name their branches after the service or firm whose staff they hold, and list them with the
word "Branch" last ("Harbourton Care Services Branch,"). The name's head word ("Services") ends the run
the other readers keep, so the branch lost its last word and read as the service itself. Only a "Branch"
that ends the name is taken: "Branch Secretary Jo Arlen" opens an office, and "X University Branch" is left
as it is (the university is a body of its own the page names too).
"""
from __future__ import annotations

import re

# " Branch" closing a name: the line, a list's comma, the sentence or a bracket ends there, or "and" goes on.
_BRANCH_AFTER = re.compile(r" Branch(?=[ \t]*(?:[\r\n,;.)]|$)| and )")
_SCHOOL_ENDINGS = frozenset("University College School Academy Institute".split())


def with_branch_after(text: str, name: str, end: int) -> tuple[str, int]:
    """``name`` (ending at ``end`` in ``text``) with a closing "Branch" after it, and its new end."""
    last = name.split()[-1] if name.split() else ""
    if not last or last in _SCHOOL_ENDINGS or last == "Branch" or not text.endswith(last, 0, end):
        return name, end
    found = _BRANCH_AFTER.match(text, end)
    if found is None:
        return name, end
    return f"{name} Branch", end + len(" Branch")
