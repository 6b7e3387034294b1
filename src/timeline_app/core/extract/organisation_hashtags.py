"""Which hashtags on a page are a group's name, and which only label a post.

``organisation_shapes`` reads a tag standing in a sentence ("members of #StopTheCuts") as the name of the
group behind it. Most tags are no such name: a row of tags, or a tag alone on its line, files a post under its
topics; a tag the page calls a campaign names what a body runs, and one followed by "protest" or "march" what
is done; a tag opening with a verb that tells the reader what to do ("#CancelRent"), or in the writer's own
voice ("#WeAreLakeland"), is a slogan. These readers tell them apart; they sit here, apart from the other
shapes, so that a rule about tags has a home of its own.
"""

from __future__ import annotations

import re

from .prefilter import literal_starts

# "#A #B and #C" too. Possessive runs of blanks: two optional runs side by side
# would split a long run every way before failing (quadratic in its length).
_TAG_LIST = re.compile(r"#\w+(?:(?:[ \t]*+(?:,[ \t]*+)?|,?[ \t]++and[ \t]++)#\w+)+")
# "#ClimateStrike", "#GeneralStrike": a tag ending in an action names a day of it
EVENT_TAG_ENDINGS = ("Strike", "Walkout", "March", "Protest", "Rally", "Day", "Week", "Demo", "Vigil")
# "#CancelRent", "#SaveOurSchools": a tag opening with a verb telling the reader what to do is a slogan, not a
# group's name (unless the page calls it a campaign).
# ("Free" is as often the adjective of a demand's name: "#FreeTuitionNow".)
_SLOGAN_VERBS = frozenset("""Cancel Stay Raise Fight Save End Stop Scrap Divest Shift Walk Toss Fund Defend Protect
    Bring Keep Ban Reject Support Join Pay Give Let Make Take Vote""".split())
_FIRST_WORD = re.compile(r"[A-Z][a-z]+")
_GROUP_BEFORE_TAG = re.compile(r"(?:\b(?:members|activists|volunteers|organi[sz]ers|supporters|workers)[ \t]+"
                               r"(?:of|from|with)|"
                               r"\b(?:coalition|group|movement|network|alliance))[ \t]+$", re.IGNORECASE)
# "workers with #StopTheCuts placards": the slogan on what they carry
_CARRIED_AFTER_TAG = re.compile(r"[ \t]+(?:placards?|banners?|badges?|signs?|t-shirts?|stickers?|posters?)\b")
_GROUP_AFTER_TAG = re.compile(r"[ \t]+(?:said|says|members|organi[sz]ers|activists|supporters|volunteers|coalition|"
                              r"group|movement)\b")
# "the #FeesMustFall protest" names an event, not a campaign group.
# ("#X Protestors": the people who protest under it, in a heading's capitals too)
TOPIC_AFTER_TAG = re.compile(r"[ \t]+(?:protests?|protest[eo]rs|march(?:es)?|rally|rallies|walkouts?|strikes?|"
                              r"demonstrations?|day|week|hashtag|trend|tweets?|posts?)\b", re.IGNORECASE)


# "the #FixTheFees campaign", "their campaign, #X", "a campaign known as #X": a tag the page calls a campaign
# names what a body runs, wherever else it stands.
CAMPAIGN_AFTER_TAG = re.compile(r"[ \t]+campaigns?\b")
CAMPAIGN_BEFORE_TAG = re.compile(r"\bcampaigns?(?:,|[ \t]+(?:called|named|dubbed|known[ \t]+as))?[ \t]*$")
# "#OurHarbour": a tag opening in the writer's own voice or with a refusal is a slogan, never a group's name
_VOICE_WORDS = frozenset("We Our My You Your They Their Us No".split())
_TAG_LINE = re.compile(r"^[ \t]*#(\w+)[ \t]*$", re.MULTILINE)


def listed_tags(text: str) -> set[str]:
    """Tags anywhere written in a row ("#FreePalestine #BDS #Divest4Palestine")
    or alone on a line label a post's topics; a campaign is a tag standing in a sentence."""
    return {tag.lstrip("#") for row in _TAG_LIST.finditer(text) for tag in re.findall(r"#\w+", row.group())} | \
        _tags_alone_on_lines(text)


def _tags_alone_on_lines(text: str) -> set[str]:
    """``set(_TAG_LINE.findall(text))``, the pattern tried only at the start of each line whose first
    non-blank character is a "#" (a multi-line "^" opening a pattern is tested at every position)."""
    starts = set()
    for at in literal_starts(text, ("#",)):
        line_start = text.rfind("\n", 0, at) + 1
        if not text[line_start:at].strip(" \t"):
            starts.add(line_start)
    matches = (_TAG_LINE.match(text, start) for start in starts)
    return {match[1] for match in matches if match}


def a_slogan(text: str, tag: re.Match[str]) -> bool:
    """Whether a tag opens with a verb telling the reader what to do ("CancelRent", "SaveOurLibrary"), and
    no words around it make it a group ("members of #StopTheCuts", "#StopTheCuts said")."""
    first = _FIRST_WORD.match(tag["tag"])
    if first is None or first.group() not in _SLOGAN_VERBS:
        return False
    return _CARRIED_AFTER_TAG.match(text, tag.end()) is not None or not _named_as_group(text, tag)


def _named_as_group(text: str, tag: re.Match[str]) -> bool:
    """Whether the words around a tag make it a group ("members of #X", "#X said")."""
    return _group_cue_before(text, tag) or _GROUP_AFTER_TAG.match(text, tag.end()) is not None


def _group_cue_before(text: str, tag: re.Match[str]) -> bool:
    """Whether words before a tag make it a group ("members of #X")."""
    return _GROUP_BEFORE_TAG.search(text, max(0, tag.start() - 40), tag.start()) is not None


def a_posting_tag(text: str, tag: re.Match[str]) -> bool:
    """Whether a tag is one to post under: in the writer's own voice or a refusal ("#WeAreLakeland",
    "#NoRetreat"), or a heading's topic before a colon ("[LIVE] #ArlenShutdown: updates"), unless it is a
    movement's "... Must Fall" name, which names the movement wherever it stands, or the text makes it a
    group ("members of #WeAreLakeland", "#WeAreLakeland said"; "#OurGuild members" are the writer's own)."""
    first = _FIRST_WORD.match(tag["tag"])
    in_voice = first is not None and first.group() in _VOICE_WORDS
    heading = text[tag.end() : tag.end() + 1] == ":" and _heads_its_line(text, tag.start()) and \
        not tag["tag"].endswith("MustFall")
    return (in_voice or heading) and not _group_cue_before(text, tag) and not _SAID_AFTER_TAG.match(text, tag.end())


_SAID_AFTER_TAG = re.compile(r"[ \t]+(?:said|says)\b")


def _heads_its_line(text: str, at: int) -> bool:
    """Whether the words before ``at`` on its line, if any, are no running sentence's: a short lead in
    capitals or brackets ("[CLOSED] "), not "A statement came from"."""
    start = text.rfind("\n", max(0, at - 24), at) + 1
    if start == 0 and at > 24:
        return False
    return not any(c.islower() for c in text[start:at])
