"""A weekday or a date an action is called for: still to come, whatever the tense.

"The union has called a national strike for Thursday", said on a Saturday,
means the Thursday ahead, although "has called" is past: the weekday is what
the strike is called for, not when the calling happened. A calling verb and
an article come before the action ("planned a march for", "demand a picket
for"); without them the weekday may be one the action had ("The planned
strike for Monday went ahead", "called the strike for Monday a success"), so
the sentence's tense decides as usual, and so it does before a possessive or
a noun ("a march for Monday's victims", "the protest for Friday prayers") or
when the clause goes on in the past ("called a strike for Monday, which went
ahead").

A day and month after "have called for a strike on" is likewise the strike's
day ("have called for a strike on 24 September", published on the 6th), though
"called a strike on" alone may be the day the call was made, and a plain past
("unions called for a strike on 2 April, which shut the port"), a clause after
the date going on in the past ("..., and thousands walked out") or a sentence
looking back ("a year ago", "in the past") tells of one gone.

So is a date after an announcement the page dates by its own day ("NUS has
today announced a national walkout on 14 March", "Unite yesterday confirmed
a 48-hour strike by bus drivers from 22 February", "have announced strikes
on"): the verb has its day (today's, or the present perfect's now), so the
date is the action's, unless a new clause comes between ("has today
confirmed that members walked out on") or a preposition names what the
announcement is about ("has today announced legal action over the strike
on"), which may have a day of its own.
"""

from __future__ import annotations

import re

# The actions a day is called or announced for.
_ACTIONS = (r"strikes?|walk-?outs?|protests?|march|rall(?:y|ies)|demonstrations?|shutdown|stay-?aways?|picket|"
            r"sit-ins?|boycott|stoppages?")
# A verb of calling, an article, up to three words, the action and "for", right before the weekday
_ACTION_FOR = re.compile(r"\b(?:call(?:s|ed|ing)?|demand(?:s|ed|ing)?|announc(?:e|es|ed|ing)|plann?(?:s|ed|ing)?|"
                         r"declar(?:e|es|ed|ing)|schedul(?:e|es|ed|ing)|set|organi[sz](?:e|es|ed|ing))[ \t]+an?[ \t]+"
                         r"(?:[\w-]+[ \t]+){0,3}?(?:" + _ACTIONS + r")[ \t]+"
                         r"for[ \t]+(?:this[ \t]+|next[ \t]+)?$", re.IGNORECASE)
# After the weekday: a possessive or a noun it describes; the clause going on in the past
_NOUN_AFTER_WEEKDAY = re.compile(r"['’]s\b|[ \t]+(?:prayers?|victims?|dead|services?|market)\b")
_WENT_AHEAD_AFTER = re.compile(r"[^.;]{0,40}?\b(?:went[ \t]+ahead|had[ \t]+been|was[ \t]+(?:a|held|called[ \t]+off)|"
                               r"broke[ \t]+up|ended|took[ \t]+place|passed[ \t]+off)\b")
_ACTION_FOR_CHARS = 80
# Looking back, near the date; a clause after the date going on in the past ("and thousands walked out", "; the
# strike was solid")
_LOOKING_BACK = re.compile(r"\b(?:ago|in[ \t]+the[ \t]+past|previously)\b", re.IGNORECASE)
_LOOKING_BACK_CHARS = 120
_PAST_CLAUSE_AFTER = re.compile(r"[^.]{0,60}?(?:,|;|\band\b|\bbut\b|\bwhich\b)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
                                r"(?:\w{3,}ed|was|were|went|took|shut|struck|stayed|stood|saw)\b")
# Calling for an action now ("have called for", "are calling for"), up to three words, the action and "on", right
# before a date
_ACTION_ON = re.compile(r"\b(?:ha(?:s|ve)[ \t]+called|(?:is|are)[ \t]+calling)[ \t]+for[ \t]+an?[ \t]+"
                        r"(?:[\w-]+[ \t]+){0,3}?(?:" + _ACTIONS + r")[ \t]+on[ \t]+(?:the[ \t]+)?$",
                        re.IGNORECASE)

# An announcement dated by the page's own day: "has (today)", "today", "yesterday", "this week" before the verb.
_ANNOUNCED = (r"\b(?:ha(?:s|ve)(?:[ \t]+(?:today|now|this[ \t]+week))?|today|yesterday|"
              r"this[ \t]+(?:morning|week))[ \t]+"
              r"(?:announced|called|confirmed|declared|named|scheduled|set|unveiled|revealed|"
              r"(?:given|gave|issued|served)[ \t]+notice[ \t]+of)[ \t]+")
# Words of the action's noun phrase, never a new clause's ("that", "who", a past verb)
_CLAUSE_WORD = (r"(?!(?:that|which|who|when|after|since|because|as|it|they|we|he|she|was|were|went|took|began)\b|"
                r"\w+ed\b)")
# Before or after the action, never a preposition that names what the announcement is about, which may have a
# day of its own ("has today announced legal action over the strike on 14 June")
_TOPIC_WORD = r"(?!(?:over|about|against|into|regarding|concerning|following|after|since)\b)"
_ANNOUNCED_ON = re.compile(_ANNOUNCED + r"(?:" + _CLAUSE_WORD + _TOPIC_WORD + r"[\w'’-]+[ \t]+){0,4}?"
                           r"(?:" + _ACTIONS + r"|marches|shutdowns|pickets|boycotts|industrial[ \t]+action|"
                           r"occupations?|ballots?|lobby|vigils?)"
                           r"(?:[ \t]+" + _CLAUSE_WORD + _TOPIC_WORD + r"[\w'’-]+){0,8}?[ \t]+"
                           r"(?:on|from|for|(?:starting|beginning)(?:[ \t]+on)?)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_ANNOUNCED_CHARS = 160


def called_for(sentence: str, at: int, end: int) -> bool:
    """Whether the weekday at ``sentence[at:end]`` is the one an action is called for (see the module docstring)."""
    return _ACTION_FOR.search(sentence, max(0, at - _ACTION_FOR_CHARS), at) is not None and \
        not _NOUN_AFTER_WEEKDAY.match(sentence, end) and not _WENT_AHEAD_AFTER.match(sentence, end)


def called_for_on(sentence: str, at: int, end: int) -> bool:
    """Whether the date at ``sentence[at:end]`` is the day an action is called for ("have called for a strike on")
    or announced ("has today announced a walkout on")."""
    return (_ACTION_ON.search(sentence, max(0, at - _ACTION_FOR_CHARS), at) is not None or
            _ANNOUNCED_ON.search(sentence, max(0, at - _ANNOUNCED_CHARS), at) is not None) and \
        not _PAST_CLAUSE_AFTER.match(sentence, end) and \
        _LOOKING_BACK.search(sentence, max(0, at - _LOOKING_BACK_CHARS), end + _LOOKING_BACK_CHARS) is None
