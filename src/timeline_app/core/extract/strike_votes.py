"""A headline that reports a vote on a strike reports the vote.

"Members vote to strike", "Teachers vote for a walkout", "UBC TAs approve strike vote", "Teachers call for
strike vote", "NASUWT members vote for strike action", "Strike action
voted through at branch meeting", "Ballot gives union a mandate for strike
action": the strike words
outnumber the vote words in such a page (the strike is what the vote is
about, and the text talks of it), so the word vote calls it a strike; but
what happened is a ballot, and the strike, if it comes, is a later event.
"""

from __future__ import annotations

import re

__all__ = ["headline_names_strike_vote"]

_STRIKE_VOTE = re.compile(
    r"\bstrike[ \t]+(?:vote|ballot)s?\b"
    # said in the passive: "Strike action voted through at branch meeting", "Strike backed in ballot"
    r"|\b(?:strikes?|strike[ \t]+action|industrial[ \t]+action)[ \t]+"
    r"(?:(?:has|have)[ \t]+been[ \t]+|was[ \t]+|is[ \t]+)?"
    r"(?:voted|balloted|backed[ \t]+in[ \t]+(?:a[ \t]+|the[ \t]+)?ballot)\b"
    # a mandate or an authorisation for a strike is what a ballot gives
    r"|\b(?:mandate|authori[sz]ation)[ \t]+(?:for|to)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:strike|industrial[ \t]+action|walk[ \t-]?out)\b",
    re.IGNORECASE)
#: A vote for a strike: "Members vote to strike", "Teachers Vote for a Walkout", with a few words between
#: the vote and its side ("vote 'overwhelmingly' for", "voted by 84% in favour of") and the strike as what
#: the vote authorises or approves ("voted to authorize a strike"); no word between that says the vote
#: itself was hit ("Council vote delayed due to strike").
VOTE_FOR_A_STRIKE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|ballot(?:s|ed|ing)?)(?:[ \t]+(?!(?:delayed|postponed|disrupted|cancell?ed|suspended|"
    r"affected|hit|halted|due|owing|thanks|prior|closer)\b)[\w'‘’\"“”%.-]+){0,4}?[ \t]+(?:to|for|in[ \t]+favou?r[ \t]+of)[ \t]+"
    r"(?:(?:authori[sz]e|approve|back|support|take|hold|stage|begin|start|launch)[ \t]+)?"
    r"(?:(?:an?|the|further|more|national|nationwide|indefinite|all-out|[\w]+-day)[ \t]+){0,3}"
    r"(?:industrial[ \t]+(?:and|&)[ \t]+(?=strike[ \t]+action))?"  # "vote for industrial and strike action"
    r"(?:strikes?|industrial[ \t]+action|walk[ \t-]?outs?)\b",
    re.IGNORECASE)
# A ballot's yes: "approved taking part in the one-day strike", "failed to approve ... industrial action";
# not a deal that ends a strike, nor an authority's approval (``_AUTHORITY`` before it).
_APPROVED = re.compile(
    r"\b(?:approv(?:e|es|ed)[ \t]+(?:of[ \t]+)?|authori[sz](?:e|es|ed)[ \t]+)"
    r"(?:(?!(?:ending|end|ends|injunction|ban|against|without|deal|contract|agreement|offer|pay|rise|police)\b)"
    r"[^.;:!?\n]){0,60}?\b(?:strike|industrial[ \t]+action|walk[ \t-]?out)\b", re.IGNORECASE)
_AUTHORITY = re.compile(r"\b(?:minister|ministry|court|judge|government|council|board|police|management|employers?|"
                        r"secretary|president|governor|mayor|parliament|senate|regulator|commission|tribunal)\b",
                        re.IGNORECASE)
_AUTHORITY_REACH = 60


# A vote held on a strike, whichever way it goes: "Lakeland tutors won't vote on a strike", "Harbourton porters hold
# a ballot on strike action" (not a law's vote: "Vote on strike ban bill").
_VOTE_ON_A_STRIKE = re.compile(
    r"\b(?:vote|votes|voting|polls|referendum|ballot)[ \t]+on[ \t]+(?:(?:an?|the|its|their)[ \t]+)?"
    r"(?:[\w'’-]+[ \t]+){0,3}?"
    r"(?:strikes?|strike[ \t]+action|industrial[ \t]+action|walk[ \t-]?outs?)\b"
    r"(?![ \t-]+(?:pay|ban|bans|law|laws|bill|bills|legislation|rules?|fund|funds)\b)", re.IGNORECASE)
# ... but a vote told as what went before the news is no vote the headline reports ("Nurses strike after vote on
# strike action", "Dockers strike despite court ruling on vote on strike action").
_AFTER_A_VOTE = re.compile(r"\b(?:after|despite|following)(?:[ \t]+[\w'’-]+){0,3}?[ \t]+$", re.IGNORECASE)


def headline_names_strike_vote(headline: str) -> bool:
    """Whether ``headline`` reports a vote or ballot on strike action."""
    return _STRIKE_VOTE.search(headline) is not None or VOTE_FOR_A_STRIKE.search(headline) is not None or \
        _vote_on_a_strike(headline) or _approved_by_members(headline)


def _vote_on_a_strike(headline: str) -> bool:
    """Whether ``headline`` tells of a vote on a strike that is not what went before its news."""
    return any(_AFTER_A_VOTE.search(headline, max(0, vote.start() - 40), vote.start()) is None
               for vote in _VOTE_ON_A_STRIKE.finditer(headline))


def _approved_by_members(text: str) -> bool:
    """Whether ``text`` tells of a strike approved or authorised by no
    authority ("Members approve the one-day strike"; not "Minister approves
    ...", "Court authorises ...")."""
    approved = _APPROVED.search(text) if "pprov" in text or "uthori" in text else None
    return approved is not None and \
        _AUTHORITY.search(text, max(0, approved.start() - _AUTHORITY_REACH), approved.start()) is None
