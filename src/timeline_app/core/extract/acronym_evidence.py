"""Whether the text gives evidence that an undefined acronym names a body.

Capitals alone do not make an organisation: on real pages an acronym the
text never spells out is as often an office ("PRO", "DCP"), a test or a
scheme ("NCEA", "EMA"), a place ("PNG"), a service ("SMS") or a channel's
short name as it is a union. Rules that list each such word do not carry
over to the next set of pages, so an acronym found on its own is reported
only when the text itself treats it as a body at one of its mentions at
least, in one of these ways:

* a body's word follows it: a possessive ("NTEU's", "NUS’"; a bare
  apostrophe after any other letter closes a quotation: "‘Withdraw NRC’"), a role ("president", "members",
  "spokesperson", "branch"), its people ("staff", "colleagues", "alumni"), a body's verb ("said", "has", "called"), or
  ", who" (people and bodies: "KMX, who are profiting"; "which" is for things
  too, a scheme's acronym among them), or an apposition ending in a type
  noun ("NSUI, student wing of X"; its words hold no article after the
  first: ", challenging the union's plan" is a clause, not an apposition);
* an office after a word that says which one ("our CUPE National
  Representative", "the NUS returning officer");
* it is told to act: "ordering TSC to stop payment", "want SUSU to support";
* a cue before it marks who acted: "by", "members of", "joined",
  "on behalf of", "according to", "told", "backed by", "affiliated to" (and "X affiliated"
  after it, with a hyphen or not), "students from", "50 from";
* it stands in a list beside a body found already ("Unite, PCS, FBU and
  RMT": found in turn, each proven acronym proving its neighbour, so the
  finder repeats its pass until nothing new is proven), amid a comma list
  of acronyms ("UP, PUP, UST"; a pair alone, "KCPE and KCSE candidates",
  "the SDM, DCP and ...", is as often tests or offices), or in a list
  (items parted by commas or "and" within one clause) one of whose items
  opens with a body found already ("the WTU, Harbourton Left Forum and the
  Arlen Workers' Party"; round 8: five bodies more, one false, on the tuning
  pages);
* a plural type noun and a bracket open before it ("the two headteachers'
  unions (NAHT and ASCL)"), or a body's type noun in lower case ("the
  dockers' union (OSN) walkout": the bracket gives that union's short name);
* it sits in brackets after a capitalised name whose letters do not spell
  it ("South African Students Congress (SASCO)").

An acronym the document defines, a known body, or one that spells a name
found in the same text needs none of this (``organisations``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_BODY_WORD_AFTER = re.compile(
    r"(?:['’]s(?![\w'’])|(?<=S)['’](?![\w'’])|[- \t]affiliat|-(?:backed|led\b|aligned|linked)|,[ \t]+who\b|"
    r"[ \t]+(?i:(?:deputy|assistant|acting|former|joint)[ \t]+)?"
    r"(?i:president|vice-president|spokes(?:person|man|woman)|leaders?|leadership|members?|membership|activists?|officials?|officers?|"
    r"chair(?:person|man|woman)?|secretary|general[ \t]+secretary|branch|chapter|executive|NEC|supporters?|"
    r"students|staff|workers|colleagues|employees|faculty|alumni|undergraduates|authorities|administration|management|lecturers|academics|campus|government|"
    r"union|association|group|party|federation|coalition|alliance|network|movement|wing|picket|pickets|strike|"
    r"strikes|ballot|walkout|rally|march|campaign|website|conference|delegates)\b|"
    r",[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:(?!(?:the|an?|its|their|our|his|her)[ \t])[\w-]+[ \t]+){0,3}(?:wing|group|union|body|organi[sz]ation|party|"
    r"federation|association|alliance|coalition|network|movement|council)\b|"
    r"[ \t]+(?:(?:still|recently|also|already|now|earlier|later|previously|then|again)[ \t]+)?"  # "the X still has"
    r"(?:said|says|has|have|had|is|was|are|were|will|would|announced|called|declared|demanded|demands|wants|"
    r"admitted|released|directs|directed|"
    r"urged|condemned|slammed|accused|organi[sz]ed|organi[sz]es|organi[sz]ing|led|leads|launched|issued|staged|"
    r"joined|vowed|threatened|insisted|rejected|warned|argued|claimed|added|stated|described|told|sent|"
    r"represents|backs|backed|support|supports|supported|opposes|opposed|welcomed|welcomes|calls|argues|"
    r"fully|strongly|also|declare|demand|threaten|vow|insist|warn|reject|condemn|attempted|tried|agreed|"
    r"decided|failed|responded)\b)"
)
# "our CUPE National Representative", "The NUS returning officer": an office after a word that says which one
_OFFICE_AFTER_A_WORD = re.compile(
    r"[ \t]+(?:(?:National|Branch|Local|General|returning)[ \t]+"
    r"(?i:representative|president|chair(?:person|man|woman)?|secretary|officer|organi[sz]er|executive|"
    r"coordinator|leader))\b")
# "ordering TSC to stop payment", "do not want SUSU to support the action": who is told to act on a dispute is a
# body (a person's initials are no acronym standing alone); what a body is wanted to do is what a body does
# ("want the HSE to negotiate"; "want the PFI to end" and "want DEI to stay" name schemes), what it is ordered
# to do may be to stop or end something too
_TOLD_TO_ACT_BEFORE = re.compile(r"\b(?:(?P<order>order(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?[ \t]+on|"
                                 r"direct(?:s|ed|ing)?|compel(?:s|led|ling)?|forc(?:e|es|ed|ing))|wants?|wanted|"
                                 r"ask(?:s|ed|ing)?)[ \t]+(?:the[ \t]+)?$")
_BODY_ACTS = (r"pay|support|meet|withdraw|act|look|review|reinstate|implement|negotiate|release|reverse|resolve|"
              r"address|recogni[sz]e|honou?r|respond|reconsider|rescind|intervene|engage|settle")
_TO_ACT_AFTER = re.compile(rf"[ \t]+to[ \t]+(?:{_BODY_ACTS})\b")
_TO_STOP_AFTER = re.compile(rf"[ \t]+to[ \t]+(?:{_BODY_ACTS}|stop|end|halt|suspend|drop|restore)\b")
_CUE_BEFORE = re.compile(
    r"(?i:\b(?:president|secretary|chair\w*|members?|leaders?|spokes\w+|officials?|officers?)[ \t]+of|\bat)"
    r"[ \t]+(?:the[ \t]+)?$|"  # right before the acronym, as every cue here
    r"(?:\bby|\bon[ \t]+behalf[ \t]+of|\bmembers?[ \t]+of|\bjoined|\baccording[ \t]+to|\btold|\bbacked[ \t]+by|"
    r"\bsupported[ \t]+by|"
    r"\bcalled[ \t]+by|\bled[ \t]+by|\baffiliat\w*[ \t]+(?:to|with)|\bwith[ \t]+the|\bfrom[ \t]+the|"
    r"\b(?:union|group|party|body|"
    r"organi[sz]ation|federation|association))[ \t]+(?:the[ \t]+)?$|"
    r"\b(?:unions|groups|parties|bodies|organi[sz]ations|federations|associations)[ \t]+\($|"
    r"\b(?:union|party|federation|association|confederation|coalition|alliance|movement)[ \t]+\($"
)
# "students from UCC", "50 from DIT": where people came from, a campus or a body (not "from NUI Arlen",
# the start of a longer name)
_PEOPLE_FROM = re.compile(r"(?:\b(?:students|staff|members|workers|delegates|delegations?|activists|academics|"
                          r"lecturers|pupils)|\d)[ \t]+from[ \t]+(?:the[ \t]+)?$")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
# A source cited at a sentence's start or after "as reported in" ("According to HNB, ...", "as reported in KTV,"),
# when a comma or "that" follows the acronym: not a statistic ("According to CPI figures"), a longer body
# ("According to PEN International") or a place ("reported in KH and Arlen")
_SOURCE_BEFORE = re.compile(r"\b(?:According[ \t]+to|[Aa]s[ \t]+reported[ \t]+in)[ \t]+(?:the[ \t]+)?$")
_SOURCE_ENDS = re.compile(r",|[ \t]+that\b")
_LIST_NEXT = re.compile(r"(?:,[ \t]*|/|[ \t]+(?:and|&|to)[ \t]+)(?:the[ \t]+)?(?P<word>[A-Z][\w&'’-]*)")
_LIST_BEFORE = re.compile(r"(?P<word>[A-Z][\w&'’-]*)(?:,[ \t]*|/|[ \t]+(?:and|&|to)[ \t]+)(?:the[ \t]+)?$")
_BRACKET_AFTER_NAME = re.compile(r"[A-Z][\w'’-]*[ \t]*\($")
_CLAUSE_ENDS = ".;:\n()"
_LIST_ITEM_GAP = re.compile(r",[ \t]*(?:and[ \t]+|&[ \t]+)?(?:the[ \t]+)?|[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?")
_LOOKBACK = 40


def has_body_evidence(text: str, mentions: Sequence[tuple[int, int]],
                      is_body_at: Callable[[int], bool], neighbours_only: bool = False) -> bool:
    """Whether the acronym met at ``mentions`` (its offsets in ``text``) is
    treated by the text as a body (see the module docstring). Being used
    twice is no evidence: pages repeat an office's or a place's abbreviation
    as often as a body's.
    ``is_body_at(offset)`` says whether a body already found covers an offset;
    ``neighbours_only`` asks again only what a body found since can change
    (the list neighbours), once the rest has said no."""
    return any(_marked_as_body(text, start, end, is_body_at, neighbours_only) for start, end in mentions)


def _marked_as_body(text: str, start: int, end: int, is_body_at: Callable[[int], bool],
                    neighbours_only: bool) -> bool:
    before = text[max(0, start - _LOOKBACK) : start]
    if not neighbours_only and (_BODY_WORD_AFTER.match(text, end) or _CUE_BEFORE.search(before) or
                                _OFFICE_AFTER_A_WORD.match(text, end) or
                                _told_to_act(text, before, end) or
                                before.endswith("(") and _BRACKET_AFTER_NAME.search(before) or
                                _PEOPLE_FROM.search(before) and not _NAME_GOES_ON.match(text, end) or
                                _SOURCE_BEFORE.search(before) and _SOURCE_ENDS.match(text, end)):
        return True
    following = _LIST_NEXT.match(text, end)
    if following and is_body_at(following.start("word")):
        return True
    preceding = _LIST_BEFORE.search(before)
    if preceding is not None and is_body_at(start - len(before) + preceding.start("word")):
        return True
    if not neighbours_only and following and preceding and _in_capitals(following["word"]) and \
            _in_capitals(preceding["word"]) and "/" not in following.group() + preceding.group():
        return True  # amid a list of acronyms ("UP, PUP, UST"); a pair alone ("KCPE and KCSE") may be tests
    return _listed_with_a_body(text, start, end, is_body_at)


_LIST_REACH = 1000


def _listed_with_a_body(text: str, start: int, end: int, is_body_at: Callable[[int], bool]) -> bool:
    """Whether the clause holding the mention is a list (a comma in it)
    one of whose other items opens with a body found already. The clause is
    read at most ``_LIST_REACH`` characters either side of the mention: a page
    of thousands of acronyms in one unbroken clause was read whole for each."""
    first = max(0, start - _LIST_REACH)
    low = max(text.rfind(mark, first, start) for mark in _CLAUSE_ENDS) + 1
    low = max(low, first)
    last = min(len(text), end + _LIST_REACH)
    ends = [at for at in (text.find(mark, end, last) for mark in _CLAUSE_ENDS) if at != -1]
    high = min(ends) if ends else last
    if "," not in text[low:high]:
        return False
    item_starts = [low] + [gap.end() for gap in _LIST_ITEM_GAP.finditer(text, low, high)]
    own = max(at for at in item_starts if at <= start)  # "X, Delhi Police PRO, said": its own item
    for at in item_starts:
        while at < high and text[at] in " \t":
            at += 1
        if at != own and at < high and text[at].isupper() and is_body_at(at):
            return True
    return False


def _told_to_act(text: str, before: str, end: int) -> bool:
    told = _TOLD_TO_ACT_BEFORE.search(before)
    return told is not None and (_TO_STOP_AFTER if told["order"] else _TO_ACT_AFTER).match(text, end) is not None


def _in_capitals(word: str) -> bool:
    return len(word) >= 2 and word.isupper()
