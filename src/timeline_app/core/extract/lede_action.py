"""The act the headline and lede say was done, over the words a report repeats.

A report's kind words count what it talks about, not what happened:
students who "marched through Harbourton against the long strike" by their
lecturers are on a protest, however often the strike is named; academics
who "in a letter to the President" condemn a police charge on "protesting
students" wrote a letter. A reader names the event by its verb and object
in the headline and the first sentences ("stormed the Chancellery
Building", "walked out of class", "have gone on strike", "announced a
boycott of the exams"). This module finds that act; it outranks the word
vote when the opening states one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from .kinds import NAMED_STRIKE_WEIGHT, OUTSIDE
from .lede_act_readings import (CAMPAIGN_LAUNCHED, MEETING_SET, STAFF, STRIKE_BOOKED, march_kind, no_kind_act,
                                pupils_walked_out, staff_sit_in)
from .page_furniture import is_page_furniture
from .literal_trie import alternation
from .sentences import Span

__all__ = ["act_in_opening", "kind_from_opening", "opening_texts"]

_A = r"(?:(?:a|an|the|their|its|his|her|two|three|several|mass|large|peaceful|silent|huge|joint|national|nationwide|" \
     r"coordinated|co-ordinated|series[ \t]+of|number[ \t]+of)[ \t]+)*"
_PLACE = (r"(?:building|buildings|offices?|hall|chancellery|chancellory|library|rooms?|department|headquarters|"
          r"theatre|suite|senate[ \t]+house|admin(?:istration)?[ \t]+block|"
          r"(?:[a-z]|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|top|ground)[ \t]+floors?\b)")
# What an occupation holds or pitches ("an overnight tent city was set up in the main quadrangle"); a camp holds
# its ground wherever it stands, outside a building too.
_CAMP_WORDS = r"(?:encampments?|tent[ \t]+cit(?:y|ies)|protest[ \t]+camps?)"
_CAMPS = r"(?:sit-ins?|occupations?|" + _CAMP_WORDS + ")"
# ... or near one ("staged a sit-in near Parliament"; said after a time phrase, "near" may stand inside)
_NEAR = re.compile(r"[ \t]*(?:on[ \t]+\w+day[ \t]+)?near\b", re.IGNORECASE)
_CAMPED = re.compile(r"\b" + _CAMP_WORDS + r"\b", re.IGNORECASE)
_MARCH = "march"
_PICKET = "picket"
#: An act that is none of the app's kinds (a meeting, an agreement): the report is ``other``.
_NO_KIND = "other"
# Up to two words before a form of action that are no cause it was taken for ("in support of", "in solidarity
# with": the action then is someone else's).
_NOT_A_CAUSE = r"(?:(?!(?:support|solidarity|protest|opposition|anger|defen[cs]e)\b)[\w-]+[ \t]+){0,2}?"
# "leave their labs and lecture halls today in a labor strike": the walkout is the strike's form.
_IN_A_STRIKE = re.compile(r"[^.;:!?]{0,80}?\b(?:in|as[ \t]+part[ \t]+of)[ \t]+(?:an?|the)[ \t]+" + _NOT_A_CAUSE +
                          r"strike\b", re.IGNORECASE)  # (not "in support of their teachers, who are on strike")
# The form a march took: "marched on Monday in a series of school walkouts across Ostland".
_IN_A_FORM = re.compile(r"[^.;:!?]{0,60}?\bin[ \t]+(?:an?[ \t]+(?:(?:series|wave|day)[ \t]+of[ \t]+)?|the[ \t]+)" +
                        _NOT_A_CAUSE + r"(?P<form>walk-?outs?|strikes?)\b", re.IGNORECASE)  # (not "in solidarity with strikes")
_SKIPPING = r"\b(?:skip|skipped|skipping|skips|miss|missed|missing|misses)[ \t]+"
_SCHOOL_STRIKE = re.compile(r"\b(?:school|climate|youth)[ \t]*strikes?(?:4climate|forclimate)?\b|\bstrikes?[ \t]+(?:for|4|over|on|against)[ \t]+"
                            r"(?:the[ \t]+)?climate\b|"
                            # pupils who skip school for a cause are on a school strike, however their day is told
                            + _SKIPPING + r"school\b", re.IGNORECASE)
# Pupils skipping school or classes, said in the opening, make the day a school strike even when no act
# is found ("rallied around the country on Friday, skipping school") or the act is a march.
SKIPS_SCHOOL = re.compile(_SKIPPING + r"(?:school|class|classes|lessons)\b", re.IGNORECASE)
#: Acts that a report of another action often mentions in passing, and the
#: share of the winning kind's words they need to be the report's act.
_DOCUMENT_ACTS = frozenset({"letter", "petition", "vote"})
_DOCUMENT_SHARE = 0.4
# A launch said as the lede's subject ("The launch today of the union's budget submission"), of
# anything but an action ("the launch of the fees campaign", "of a two-day strike"): no event of the kinds.
# A launch that is only where or when the act happened ("At the launch of the white paper, students
# walked out") leaves the act its own.
_LAUNCH_OF = (r"(?<![Aa]t[ \t])(?<![Dd]uring[ \t])(?<![Bb]efore[ \t])(?<![Aa]fter[ \t])(?<![Oo]utside[ \t])"
              r"(?<!disrupted[ \t])(?<!disrupt[ \t])(?<!interrupted[ \t])"
              r"\bthe[ \t]+launch[ \t]+(?:today[ \t]+|yesterday[ \t]+|tonight[ \t]+|this[ \t]+\w+[ \t]+)?of[ \t]+"
              r"(?![^.;:]{0,80}?\b(?:campaign|petition|strike|protest|letter|boycott|occupation|walkout|ballot|vote|"
              r"rall(?:y|ies)|march|demonstration|sit-in)s?\b)")
_STREET = r"(?:roads?|gates?|streets?|highways?|entrances?|traffic|junctions?|bridges?)"

# (kind, pattern). Each pattern is an act someone did or will do, said with a
# verb: the kind word as the verb's object or the verb itself. Purposes and
# objects of an act ("to protest the strike", "an end to the strike",
# "in solidarity with striking staff") are not acts and match nothing here.
_ACTS: tuple[tuple[str, str], ...] = (
    ("letter", r"\bin[ \t]+" + _A + r"(?:open[ \t]+|joint[ \t]+|public[ \t]+)?letter[ \t]+(?:to|addressed)\b|"
               r"^in[ \t]+(?:a|their|its)[ \t]+joint[ \t]+statement\b|"  # (opening its sentence: what the page reports)
               # writing to an office holder ("Unions write to PM over testing", "wrote to the Prime Minister")
               r"\b(?:wrote|write|writes|writing|written)[ \t]+to[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
               r"(?:pm|prime[ \t]+minister|president|premier|minister|chancellor|vice-chancellor|governor|mayor)\b"
               r"(?![ \t]+(?:before|after|ahead[ \t]+of)\b)|"  # (not "wrote to the Vice-Chancellor before the strike")
               r"\b(?:wrote|written|signed|issued|sent|penned|published|released)[ \t]+" + _A +
               r"(?:open[ \t]+|joint[ \t]+|public[ \t]+)letter\b|"
               # a page that opens as a letter does ("We write as faculty in support of ...", "I am writing to";
               # not "We write as the strike enters its second week")
               r"(?:(?<=^we[ \t])|(?<=^we[ \t]are[ \t])|(?<=^i[ \t]am[ \t]))writ(?:e|ing)[ \t]+"
               r"(?:to|on[ \t]+behalf|with|because|as[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:faculty|members|staff|students|"
               r"academics|scholars|researchers|teachers|lecturers|workers|residents|parents|alumni|doctors|nurses|"
               r"clinicians|citizens|tenants|signatories|colleagues|unions|organisations|organizations|groups|a[ \t]+"
               r"coalition|an?[ \t]+(?:group|alliance|network)))\b"),
    ("petition", r"\bpetition[ \t]+(?:has[ \t]+|had[ \t]+)?(?:garnered|collected|gathered|received|reached|attracted|"
                 r"passed|topped|hit)\b|"
                 r"\b(?:garner|collect|gather|receiv|reach|attract|top|pass|hit)\w*[ \t]+(?:more[ \t]+than[ \t]+|over[ \t]+|"
                 r"nearly[ \t]+|almost[ \t]+|about[ \t]+|some[ \t]+)?[\d,.]+[kK]?[ \t]+(?:[\w-]+[ \t]+)?signatures\b|"
                 r"\b(?:launched|started|signed|delivered|handed[ \t]+in|created|set[ \t]+up)[ \t]+" + _A +
                 r"(?:online[ \t]+)?petition\b"),
    # (walking out of a meeting or talks is leaving a room, not a walkout)
    ("walkout", r"\b(?:walked|walk|walking|walks)[ \t]+out[ \t]+(?:of|from|on|in|over|against)\b"
                r"(?![ \t]+(?:the[ \t]+|a[ \t]+)?(?:meeting|talks|negotiations|council|session|interview)s?\b)|"
                r"\b(?:staged|held|stage|hold|holding|staging|went[ \t]+ahead[ \t]+with|go[ \t]+ahead[ \t]+with|"
                r"began|begin|started|start)[ \t]+" + _A + r"(?:(?:first|second|third|fourth|fifth|sixth|latest|"
                r"new|another|further)[ \t]+)?(?:[\w]+-day[ \t]+)?walk-?outs?\b|"
                r"\b(?:walked|walk|walks)[ \t]+out(?=[ \t]*(?:$|[.!?,;:]))"),
    ("occupation", r"\bbarricad(?:ed|ing)[ \t]+themselves\b|"
                   # people who occupy campuses hold them ("Students occupy university campuses"; not stormed:
                   # police storm a campus too, and soldiers occupy one: see _search_act)
                   r"(?P<campus>\b(?:occupied|occupy|occupying|occupies)[ \t]+(?:the[ \t]+|their[ \t]+)?"
                   r"(?:[\w'’-]+[ \t]+){0,2}?campus(?:es)?\b)|"
                   r"\b(?:occupied|occupy|occupying|occupies|stormed|storming|storm|seized)(?![ \t]+(?:out|off)\b)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|part[ \t]+of[ \t]+(?:the[ \t]+)?)?"
                   r"(?:[\w'’-]+[ \t]+){0,4}?" + _PLACE + r"\b|"
                   r"\b(?:began|begun|staged|staging|stage|held|started|launched|entered|ended|continued|set[ \t]+up|"
                   r"carried[ \t]+out|carrying[ \t]+out|"
                   r"setting[ \t]+up|established|pitched)[ \t]+" + _A +
                   r"(?:\w+[ \t]+)?" + _CAMPS + r"\b|"
                   r"\b" + _CAMPS + r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,4}?" + _PLACE +
                   r"[ \t]+)?(?:began|begins|started|starts|continues|continued|entered|enters|"
                   r"ended|ends|(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:set[ \t]+up|pitched|erected))\b|"
                   r"\bday[ \t]+of[ \t]+(?:their|the|an?|its)[ \t]+(?:[\w-]+[ \t]+)?(?:sit-ins?|occupations?)\b|"
                   # workers who will not leave their workplace hold it ("Workers ... refused to leave company
                   # premises"; not "the man refused to leave the premises": see _search_act)
                   r"(?P<stayed>\brefus(?:e|ed|es|ing)[ \t]+to[ \t]+leave[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+)?"
                   r"premises\b)|"
                   # a venue occupied ("protesting students occupied the venue"; not "a meeting was occupied with ...")
                   r"\b(?<!\ba[ \t])(?<!\bthe[ \t])(?:occupied|occupying|occupy|occupies)[ \t]+the[ \t]+venue\b|"
                   # people who stay on inside a building are holding it ("students remain in the hall",
                   # "are still in the building", "refused to leave the office")
                   r"\b(?:(?:remain|remains|remained|remaining|(?:are|were|is|was)[ \t]+still)[ \t]+in(?:side)?|"
                   r"refus(?:e|ed|es|ing)[ \t]+to[ \t]+leave)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
                   r"(?:(?!(?:their|his|her|its|our|your|my)\b)[\w'’-]+[ \t]+){0,3}?" + _PLACE + r"\b"),
    ("strike", r"\b(?:went|gone|going|goes|(?<!to[ \t])go|are|were|is|was|been)[ \t]+on[ \t]+(?:an?[ \t]+|indefinite[ \t]+|"
               r"rent[ \t]+)?strike\b|"
               # "will start striking on 9 January", "embarked on an indefinite strike" (the words of other Englishes)
               r"\b(?:start|starts|started|begin|begins|began)[ \t]+striking\b|"
               r"\bembark(?:s|ed|ing)?[ \t]+on[ \t]+" + _A + r"(?:[\w-]+[ \t]+){0,2}?(?:strikes?|industrial[ \t]+action)\b|"
               r"\b(?:began|begin|begins|started|start|starts|launched|launch|declared|declare|declares)[ \t]+" + _A + r"(?:[\w-]+[ \t]+){0,2}?"
               r"(?:(?<!hunger[ \t])strikes?|(?:class|classes|lecture|lectures|exam|school)[ \t]+boycotts?)\b|"
               r"(?<!to[ \t])\b(?:took|take|taking|takes)[ \t]+(?:strike|industrial)[ \t]+action\b|"
               # a strike suspended or called off is still the strike's news
               r"(?<!to[ \t])\b(?:suspended|suspends|called[ \t]+off|calls[ \t]+off)[ \t]+(?:the|its|their)[ \t]+"
               r"(?:[\w-]+[ \t]+){0,3}?strikes?\b|"
               # ... or deferred or postponed ("midwives have deferred the industrial action set for Friday")
               r"(?<!to[ \t])\b(?:deferred|defers|postponed|postpones)[ \t]+"
               r"(?:(?:the|its|their)[ \t]+(?:[\w-]+[ \t]+){0,3}?)?(?:strikes?|industrial[ \t]+action)\b"
               # (not a strike put off until a ballot ends: the ballot is the news)
               r"(?![^.;:]{0,60}?\b(?:until|pending|while)\b[^.;:]{0,30}?\b(?:ballot|vote|voting|result)s?\b)|"
               # workers who answer a strike call strike ("heeded the union's strike call", "responded to the call to strike")
               # (not "did not heed", "few workers obeyed", "police responded to the strike call by arresting")
               r"(?P<call>(?<!to[ \t])(?<!not[ \t])(?<!n't[ \t])(?<!never[ \t])"
               r"\b(?:responded|respond|responds|heeded|heed|heeds|answered|obeyed|obey)[ \t]+(?:to[ \t]+)?"
               + _A + r"(?:(?:[\w-]+'s|[\w-]+s'|\d+|[a-z]+)[ \t]+){0,2}?"
               r"(?:strike[ \t]+call|call[ \t]+(?:to|for[ \t]+a)[ \t]+strike)\b(?![ \t]+by[ \t]+[a-z]+ing\b))|"
               # workers who down tools withdraw their work ("will down tools in a national shutdown")
               r"(?<![\w-])(?<!to[ \t])down(?:ed|ing|s)?[ \t]+(?:their[ \t]+)?tools\b|"  # (not "urged not to down tools")
               r"\bwalked[ \t]+off[ \t]+the[ \t]+job\b|(?<!to[ \t])(?<!no[ \t])\bstrik(?:e|es)[ \t]+(?:for|over|against)\b|"
               # a strike said to begin ("lecturers' strike begins nationwide")
               r"(?<!hunger[ \t])\bstrikes?[ \t]+(?:begins|began|begun|starts|started|commences|commenced|kicks[ \t]+off|kicked[ \t]+off)\b|"
               + STRIKE_BOOKED + "|"  # ... or booked for a day
               r"\bwithh[oe]ld(?:ing|s)?[ \t]+(?:their[ \t]+)?rent\b|"
               r"\b(?:boycott(?:ed|ing|s)?|refused[ \t]+to[ \t]+sit)[ \t]+(?:of[ \t]+)?(?:the[ \t]+|all[ \t]+)?"
               r"(?:[\w-]+[ \t]+)?(?:exams|examinations|classes|lectures)\b|"
               r"\bboycott[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?(?:[\w-]+[ \t]+)?(?:exams|examinations|classes|lectures)\b"),
    ("protest", r"\btook[ \t]+to[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:streets|roads)\b|"
                r"\bembark(?:s|ed|ing)?[ \t]+on[ \t]+" + _A + r"(?:[\w-]+[ \t]+){0,2}?"
                r"(?:protests?|demonstrations?|marches|march|rall(?:y|ies))\b|"
                # protesting somewhere ("students protest in Abuja"), not the purpose "in/to protest at"
                # (the verb after a plural subject, never the noun: "a major protest in", "students' protest at")
                r"(?<!in[ \t])(?<!to[ \t])(?:(?<=s[ \t])(?<!'s[ \t])(?<!’s[ \t])(?<!ss[ \t])(?<!us[ \t])(?<!its[ \t])"
                r"(?<!his[ \t])\bprotest|\bprotest(?:ed|ing))[ \t]+(?:in|at|outside|across)\b|"
                # a protest carried somewhere ("took its two-day protest to the National Assembly")
                r"\btook[ \t]+(?:its|their|his|her|our)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:protests?|demonstrations?)[ \t]+"
                r"(?:[^.;:,\n]{0,90}?[ \t])?to[ \t]+(?:the[ \t]+)?(?!(?:high|supreme|appeal|labour|industrial)[ \t]+court)"
                r"(?:[\w-]+[ \t]+)?(?:assembly|parliament|senate|congress|legislature|ministry|office|offices|"
                r"headquarters|hq|house|capitol|streets?|gates?|city[ \t]+hall|council)\b|"
                r"\bstorm(?:ed|ing)?[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?gates?\b|"
                # ("student-led protests" is a noun phrase, not an act)
                r"(?<!-)\b(?:staged|held|hold|holds|holding|stage|stages|staging|organised|organized|led|host|hosts|hosted|hosting)"
                r"[ \t]+" + _A + r"(?:[\w-]+[ \t]+|[‘'\"“][^’'\"”\n]{1,40}[’'\"”][ \t]+)?"
                r"(?:protests?|demonstrations?|demos?|rall(?:y|ies)|marches|march|vigils?)\b|"
                # a rally announced ("members will rally at City Hall")
                r"\bwill[ \t]+rally[ \t]+(?:at|outside|in|on)\b|"
                r"\bin[ \t]+(?:demos|demonstrations)\b|"
                # a protest launched ("launched a protest over the fee rise"), not a protest campaign
                r"\blaunch(?:ed|es|ing)?[ \t]+" + _A + r"(?:[\w-]+[ \t]+)?(?:protests?|demonstrations?)\b"
                r"(?![ \t]+campaigns?\b)|"
                # a boycott of anything but teaching (a ceremony, a visit): classes and exams are a strike's, above
                r"\bboycott(?:ed|s)[ \t]+(?:the|a|an|their|its)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:convocation|ceremony|graduation|"
                r"inauguration|visit|speech|event|celebrations?|meeting|elections?|polls?)\b|"
                # a shutdown called ("called for a nationwide shutdown of universities")
                r"\bcall(?:ed|s|ing)?[ \t]+for[ \t]+" + _A + r"(?:[\w-]+[ \t]+){0,2}?shut-?downs?\b|"
                # gathering somewhere to oppose something ("gathered at the hall to oppose the fee rise")
                r"\b(?:gathered|assembled|massed|converged)[ \t]+(?:at|outside|in|on|before)\b[^.;]{0,60}?\bto[ \t]+"
                r"(?:oppose|protest|denounce|condemn|demand|demonstrate)\b|"
                # a crowd gathered to hand something over ("assembled at Parliament and delivered a message",
                # "gathered outside the office to hand in a letter"): the rally is the act, the paper its means
                r"\b(?:gathered|assembled|massed|converged|rallied|marched)[ \t]+(?:at|outside|in|on|before|to)\b[^.;]{0,80}?"
                r"\b(?:and|to)[ \t]+(?:delivered|deliver|handed|hand|presented|present)\b|"
                r"\bblocked[ \t]+(?:the[ \t]+|a[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?" + _STREET + r"\b|"
                # protesters' blockades put up ("set up more blockades", "reactivated 20 highway blockades"; not a
                # navy's "blockade of the port", an "economic blockade", police "set up blockades": see _search_act)
                r"(?P<blockade>\b(?:set[ \t]+up|erected|reactivated)[ \t]+(?:(?:more|new|fresh|their|two|three|several|"
                r"\d+|road|highway|street|burning|makeshift)[ \t]+){0,3}blockades\b)"),
    ("campaign", r"\b(?:launch(?:ed|es|ing)?|kick(?:ed|s)?[ \t]+off)[ \t]+(?:of[ \t]+)?" + _A +
                 # (not "a campaign of industrial action": that is strikes)
                 r"(?:[\w'’#-]+[ \t]+){0,5}?campaigns?\b"
                 r"(?![ \t]+of[ \t]+(?:industrial[ \t]+action|strike[ \t]+action|strikes|walkouts)\b)|"
                 + CAMPAIGN_LAUNCHED),  # (or said in the passive)
    ("vote", r"\bratif(?:y|ied|ies|ying)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:contracts?|agreements?|deals?)\b|"
             # members who turn an offer down decide on it ("Nurses have rejected the latest offer", "teachers
             # spurn latest wage offer"; not "rejected the union's demands")
             r"(?P<rejected>\b(?:reject(?:s|ed)?|declin(?:e|es|ed)|spurn(?:s|ed)?|turn(?:s|ed)?[ \t]+down|"
             r"voted[ \t]+down)[ \t]+(?:(?:the|a|an|its|their)[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?offer\b)|"
             # "the offer put to the vote by secret ballot", "put to a members' ballot" (not "the bill was put to
             # a vote": a parliament's)
             r"\bput[ \t]+to[ \t]+(?:an?|the)[ \t]+(?:vote[ \t]+by[ \t]+)?(?:secret|members['’]?|membership|postal)[ \t]+"
             r"ballot\b|"
             # a ballot waiting for approval, the page's news ("awaiting approval from the ministry to proceed with
             # their secret ballot"; not a ballot in passing: "without waiting to conduct a ballot, drivers walked out")
             r"\bapproval[ \t]+(?:from[ \t]+(?:[\w'’-]+[ \t]+){1,4}?)?to[ \t]+(?:proceed|go[ \t]+ahead)[ \t]+with[ \t]+"
             r"(?:their|its|the|a)[ \t]+(?:[\w-]+[ \t]+){0,2}?ballot\b|"
             # "during the ongoing secret ballot" (not "Amid the ongoing ballot, staff walked out")
             r"(?:(?<=during[ \t]the[ \t])|(?<=\bin[ \t]the[ \t]))ongoing[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:ballot|vote)\b|"
             r"\b(?:participat(?:e|ed|es|ing)|took[ \t]+part|take[ \t]+part|taking[ \t]+part)[ \t]+in[ \t]+" + _A +
             r"(?:this[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:vote|ballot|referendum)\b|"
             r"\bvoted[ \t]+(?:[\w-]+[ \t]+)?(?:support|backing|approval)[ \t]+(?:for|of)\b|"
             # (a margin may come first: "voted by 81% to 19% in favour of", "voted 87 per cent for")
             r"\bvoted[ \t]+(?:by[ \t]+)?(?:[\d.]+[ \t]*(?:%|per[ \t]?cent)[ \t]+(?:to[ \t]+[\d.]+[ \t]*(?:%|per[ \t]?cent)[ \t]+)?)?"
             r"(?:unanimously[ \t]+|overwhelmingly[ \t]+)?(?:for|against|in[ \t]+favou?r|no[- ]confidence|in[ \t]+(?:a|the)[ \t]+(?:referendum|ballot)|"
             r"to[ \t]+(?:disaffiliate|affiliate|leave|remain|stay|reject|accept|approve))\b|"
             r"\b(?:survived|survives|lost|loses|passed|won|faces?|faced)[ \t]+(?:a[ \t]+)?(?:vote|motion)[ \t]+of[ \t]+"
             r"no[- ]confidence\b"),
    # Acts that are none of the kinds: an agreement signed, a meeting or a
    # conference held, a speaking tour, someone (re)appointed. A report that
    # opens with one is about it, whatever background its words repeat (but see
    # ``lede_act_readings.no_kind_act``).
    (_NO_KIND, r"(?<!the[ \t])(?<!newly[ \t])\bsign(?:ed|s|ing)?[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
               r"(?:agreement|accord|memorandum|partnership)\b|"
               r"\bheld[ \t]+" + _A + r"(?:its[ \t]+|their[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:meeting|conference|congress|forum|summit|"
               # (a campaign's launch is the campaign: "held the launch of the Fair Pay campaign")
               r"launch(?![ \t]+of[ \t]+(?:[\w'’#-]+[ \t]+){0,6}?campaigns?\b)|agm|hustings)s?\b|"
               + _LAUNCH_OF + "|"
               r"\b(?:tour|tours|toured|touring)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:to[ \t]+(?:discuss|talk|speak|promote|share)|"
               r"universities|campuses|colleges|the[ \t]+country)\b|"
               r"\b(?:was|were|been|is|are)[ \t]+(?:re-?appointed|re-?elected|elected|appointed|installed)[ \t]+as\b|"
               r"\b(?:stay|stays|staying)[ \t]+on[ \t]+as\b|"
               # a survey or poll taken, a court's order, talks held: reports about an action, not the action
               r"\b(?:conducted|carried[ \t]+out|commissioned)[ \t]+" + _A + r"(?:[\w-]+[ \t]+){0,2}?(?:survey|poll)s?\b|"
               r"\bin[ \t]+(?:a|an|the|its|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:survey|poll)[ \t]+(?:of|by)\b|"
               r"\b(?:survey|poll)[ \t]+(?:has[ \t]+)?(?:found|finds|shows|showed|revealed|reveals)\b|"
               r"\b(?:judge|court|tribunal)[ \t]+(?:[\w.'’-]+[ \t]+){0,5}?(?:has[ \t]+|had[ \t]+)?(?:ordered|orders|ruled|rules|"
               r"restrained|restrains|barred|bars|granted|grants|upheld|dismissed)\b|"
               r"\b(?:appeal|appealed|appealing|challenge|challenged)[ \t]+(?:the|a|its|this|that)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
               r"(?:ruling|judgment|judgement|verdict|injunction)\b|"
               + MEETING_SET + "|"  # ("are to meet with", "will meet on Monday to consider the offer")
               # a strike someone is ordered or required to end: the order is the news
               r"\b(?:required|ordered|directed|compelled|told|forced)[ \t]+to[ \t]+(?:suspend|end|halt|stop|call[ \t]+off)[ \t]+"
               r"(?:the|its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:strikes?|industrial[ \t]+action)\b|"
               # arrests made after the protest are news of their own
               r"\barrested[ \t]+(?:and[ \t]+detained[ \t]+)?(?:[\w()'’-]+[ \t]+){0,10}?(?:following|after)[ \t]+"
               r"(?:a|the|their|last)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:demonstration|protest|march|rally)s?\b|"
               r"\bkick(?:s|ed)?[ \t]+off[ \t]+with[ \t]+" + _A + r"(?:[\w'’()-]+[ \t]+){0,8}?(?:conference|congress|summit|"
               r"festival|celebrations?)\b|"
               r"\b(?:issued|released)[ \t]+(?:the[ \t]+following|a|an)[ \t]+(?:[\w-]+[ \t]+)?statement\b|"
               # an ultimatum given is a demand, not yet the action it threatens
               r"\b(?:gave|given|give|gives|giving|issued|issues|served|serves)[ \t]+(?:an?|the|its|their)[ \t]+"
               r"(?:[\w-]+[ \t]+){0,2}?ultimatum\b|"
               # (talks held or ended, not an act that "ended following intensive negotiations": their outcome)
               r"\b(?:held|holding|ended|concluded|resumed)[ \t]+(?!(?:following|after|amid|with|without|in)\b)" + _A +
               r"(?:[\w-]+[ \t]+){0,2}?(?:talks|negotiations)\b|"
               r"(?<!to[ \t])\breach(?:ed|es)?[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:agreement|deal|compromise)\b"),
    # Strikers, occupiers and protesters all march: a march says only that
    # something happened in the street, so it defers to the word vote.
    # A picket held somewhere is a strike's on a strike page, else a protest (as ``kinds`` settles its cues).
    (_PICKET, r"\bpicket(?:ed|ing)[ \t]+(?:on[ \t]+)?(?:\w+day[ \t]+)?(?:at|outside|in[ \t]+front[ \t]+of)\b"),
    (_MARCH, r"\b(?:marched|rallied|demonstrated)[ \t]+(?:to|through|on|in|against|outside|from|towards|down|into)\b|"
             r"\brall(?:y|ies)[ \t]+(?:behind|for)[ \t]+(?:the[ \t]+)?"
             r"(?:(?!(?:as|while|days?|weeks?)\b)[\w'’-]+[ \t]+){0,3}?strikers\b"),  # (supporters')
)
# What comes between a protest and the act that was its means: ", by walking out".
_BY_MEANS = re.compile(r"[^.;]{0,40}?\bby[ \t]+(?=\w+ing\b)", re.IGNORECASE)
_ACT = re.compile("|".join(f"(?P<a{i}>{pattern})" for i, (_, pattern) in enumerate(_ACTS)), re.IGNORECASE)
# The same acts matched on lower-cased text (every pattern above is written in
# lower case), tried only where one of their first words starts: found with
# str.find, which is many times faster than the engine trying the whole
# alternation at every position. Every alternative starts with one of these.
_ACT_LOWER = re.compile(_ACT.pattern)
_ACT_STARTS: tuple[str, ...] = (
    "in", "ongoing", "tent", "put", "wrote", "written", "write", "writing", "signed", "issued", "sent", "penned",
    "published", "released", "campaign",
    "petition", "garner", "collect", "gather", "receiv", "reach", "attract", "top", "pass", "hit", "launch", "start",
    "delivered", "handed", "created", "set", "walk", "stag", "held", "hold", "barricad", "occup", "storm", "seized",
    "beg", "entered", "ended", "continued", "established", "pitched", "sit-in", "encampment", "day", "went", "gone",
    "go", "are", "were", "is", "was", "been", "down", "embark", "took", "tak", "strik", "withh", "boycott", "refused",
    "organi", "led", "blocked", "voted", "ratif", "the launch", "surviv", "los", "won", "face", "marched", "rallied",
    "demonstrated", "protest", "sign", "tour", "stay", "serve", "kick", "participat", "take", "taking", "conducted",
    "carried", "commissioned", "survey", "poll", "judge", "court", "tribunal", "appeal", "challenge", "will",
    "concluded", "resumed", "declar", "gave", "required", "ordered", "directed", "compelled", "told", "forced",
    "given", "give", "call", "gathered", "assembled", "massed", "converged", "arrested", "remain", "refus", "host",
    "suspend", "called", "calls", "deferred", "defers", "postpone", "respond", "heed", "answered", "obey",
    "approval", "erected", "reactivated", "rally", "rallies", "reject", "declin", "spurn", "turn", "picket",
)
# Every alternative above opens with \b (after its look-behinds), so an act
# starts only where a word does: the first words are looked for there alone,
# in one pass (most offsets are turned down by the \b at once), instead of
# trying the act pattern wherever a first word hides inside a word ("in" in
# "painting", "top" in "stop").
_ACT_WORD_STARTS = re.compile(r"\b(?=(?:" + alternation(sorted(set(_ACT_STARTS), key=len, reverse=True)) + "))")
_GROUP_KIND = {f"a{i}": kind for i, (kind, _) in enumerate(_ACTS)}
# An act in the past perfect ("who had led a protest on Thursday") happened
# before the news the sentence tells: background, not the report's act.
_BACKGROUND = re.compile(r"\bhad[ \t]+(?:already[ \t]+|earlier[ \t]+|previously[ \t]+)?$")
# What a report says "comes after" (or "as", "amid") is the cause of its news, said
# before the act of it: "The strike comes after members voted for action".
_CAUSE = re.compile(r"\b(?:comes?|came|coming)[ \t]+(?:after|as|amid)[ \t]+[^,;:.]*$")
# An act on a condition is not done: "a walkout on Monday unless the board offers a deal".
_CONDITION = re.compile(r"\bunless[ \t]+(?:[\w'’-]+[ \t]+){1,3}$")
# An act others are urged to do is not done: "has urged the regions to embark on a peaceful protest" (in the
# urging's clause, the "to" of those urged: not "police urged them to leave, students went on to occupy").
_URGED = re.compile(r"\b(?:urged|urges|urging|called[ \t]+on|calls[ \t]+on|appealed[ \t]+to|appeals[ \t]+to|"
                    r"encouraged|encourages)\b(?:[ \t]+(?!(?:went|go|goes|going|gone|decided|decide|decides|began|"
                    r"begin|begins|begun|voted|vote|votes)\b)[^\s.,;:!?]+){0,14}?[ \t]+to[ \t]+$")
# An act threatened is not yet done: "ASUU threatens nationwide strike over ...".
_THREATENS = r"\bthreat(?:en|ens|ened|ening)"
_THREAT = re.compile(_THREATENS + r"[ \t]+(?:to[ \t]+)?(?:(?:an?|fresh|new|nationwide|national|indefinite|"
                     r"further|more|mass|general|another)[ \t]+){0,2}$")  # (not "threatened with eviction, marched")
# A headline that threatens an act ("Union threatens strike over pay cuts", "Doctors threaten to strike again")
# names what the page is about, the act to come: no later sentence's act outranks it.
_HEADLINE_THREAT = re.compile(_THREATENS + r"\b[^.;:]{0,40}?\b(?P<act>strik|walk-?out|occup|protest|"
                              r"boycott|shut-?down)")
# "... punish leaders who recently threatened to strike": in a page's first sentence (no headline above it), a
# threat told of someone, not the news; a headline's ("Unions that threaten shutdown get warning") still names it
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)[ \t]+(?:[a-z]+[ \t]+)?$")
_HEADLINE_CHARS = 120
# A sentence that opens on the weeks before the news tells its background.
_LATELY = re.compile(r"(?:in|over|during)[ \t]+(?:the[ \t]+)?(?:recent|past|last|previous)[ \t]+"
                     r"(?:(?:few|two|three|several)[ \t]+)?(?:days|weeks|months)\b", re.IGNORECASE)
_THREATENED_KIND = {"strik": "strike", "walkout": "walkout", "occup": "occupation", "protest": "protest",
                    "boycott": "strike", "shutdown": "strike"}  # (looked up without the hyphen)


def kind_from_opening(kind: str, opening: Sequence[str], cues: Iterable[tuple[int, str, float]],
                      totals: Mapping[str, float], headed: bool = True) -> str:
    """``kind`` from the word vote, or the act the opening states. A school
    or climate strike stays a strike when its pupils are said to rally or
    walk out, whether the opening names it or the vote found it (``cues``:
    the document's kind cues, where such a strike weighs
    ``NAMED_STRIKE_WEIGHT``); staff who walk out are on strike, when the
    page speaks of a strike too. A letter,
    petition or vote met in passing ("In a letter to students, the
    university said ...") names the act only when its words weigh at least
    40 % of the vote's winner (``totals``: the word vote), unless the
    headline states it (``headed``: ``opening`` starts with a headline):
    "Workers end strike, ratify contracts" reports the ratifying vote."""
    kind = _kind_from_act(kind, opening, cues, totals, headed)
    if kind == "protest" and any(("iss" in text or "kip" in text) and SKIPS_SCHOOL.search(text) for text in opening):
        return "strike"  # pupils who skipped school to rally
    return kind


def _kind_from_act(kind: str, opening: Sequence[str], cues: Iterable[tuple[int, str, float]],
                   totals: Mapping[str, float], headed: bool) -> str:
    """``kind_from_opening`` before a skipped school day is weighed."""
    found = _first_act(opening)
    if found is None:  # "joining #schoolstrike4climate, the pupils' global movement": a school strike
        return "strike" if kind == "protest" and any(_SCHOOL_STRIKE.search(text) for text in opening) else kind
    act, said_before, act_words, said_after, in_headline = found
    # "held a sit-in outside Westbrook town hall" holds no building; a camp pitched outside holds its
    # ground ("set up a tent city outside Congress")
    if act == "occupation" and (OUTSIDE.match(said_after) or _NEAR.match(said_after)) and \
            not _CAMPED.search(act_words):
        return "protest"
    if act == "occupation" and kind == "strike" and staff_sit_in(act_words, said_before):
        return "strike"  # "teachers reported for work but are staging sit-ins": staff who sit idle withhold work
    form = _IN_A_FORM.match(said_after) if act in (_MARCH, "protest") else None
    if form is not None:  # "took to the streets in a series of school walkouts": the walkouts are the act
        return "walkout" if form["form"].startswith("walk") else "strike"
    if act in (_MARCH, "protest") and in_headline and headed and not any(map(_SCHOOL_STRIKE.search, opening)) and \
            pupils_walked_out(opening[1:]):
        return "walkout"  # "Students stage protests" over "pupils walked out of school to join protests"
    if act == _PICKET:
        return "strike" if kind == "strike" else "protest"
    if act == _MARCH:
        return march_kind(kind, said_before, act_words, said_after, opening[1:])
    if act == _NO_KIND:
        return no_kind_act(kind, act_words, said_after, opening[0], in_headline)
    if act in ("protest", "walkout") and (
            any(_SCHOOL_STRIKE.search(text) for text in opening) or kind == "strike" and
            any(cue_kind == "strike" and weight >= NAMED_STRIKE_WEIGHT for _, cue_kind, weight in cues)):
        return "strike"
    if act == kind == "walkout" and totals.get("strike") and STAFF.search(said_before):
        return "strike"  # "teachers walk out over pay", on a page that calls it industrial action
    if act == kind or kind == "strike" and act == "walkout" and (STAFF.search(said_before) or
                                                                _IN_A_STRIKE.match(said_after)):
        return kind  # (staff who walk out, or anyone who walks out "in a labor strike", are on strike)
    if act in _DOCUMENT_ACTS and totals.get(act, 0.0) < _DOCUMENT_SHARE * totals.get(kind, 0.0) and \
            not (headed and in_headline):
        return kind
    if kind in _DOCUMENT_ACTS and totals.get(act, 0.0) < _DOCUMENT_SHARE * totals.get(kind, 0.0) and _states(opening, kind):
        return kind  # "held a rally and delivered a petition": the petition the page is about
    return act


def act_in_opening(opening: Iterable[str]) -> str | None:
    """The kind of the first act stated in ``opening`` (the headline, then
    the first body sentences, in reading order), or None when none states one."""
    found = _first_act(opening)
    return None if found is None else "protest" if found[0] in (_MARCH, _PICKET) else found[0]


def _first_act(opening: Iterable[str]) -> tuple[str, str, str, str, bool] | None:
    """The first act's kind, what its sentence says before it, its words and what follows. A protest
    said with its means ("staged a protest by leaving their lectures at noon")
    is the act of its means. A body sentence told as what went before ("In recent weeks, members
    have held rallies") states no act of the news."""
    for at, text in enumerate(opening):
        if at and _LATELY.match(text):
            continue
        threat = _HEADLINE_THREAT.search(text.lower()) if at == 0 and "hreat" in text else None
        if threat is not None and not (len(text) > _HEADLINE_CHARS and
                                       _RELATIVE_BEFORE.search(text, max(0, threat.start() - 20), threat.start())):
            return _THREATENED_KIND[threat["act"].replace("-", "")], text[:threat.start()], \
                text[threat.start():threat.end()], text[threat.end():], True
        match, lowered = _search_act(text)
        if match is None:
            continue
        kind = _GROUP_KIND[match.lastgroup]  # type: ignore[index]
        if kind == "protest":
            means = _BY_MEANS.match(lowered, match.end())
            if means is not None:
                narrower = _ACT.match(lowered, means.end())
                if narrower is not None:
                    kind = _GROUP_KIND[narrower.lastgroup]  # type: ignore[index]
        return kind, text[:match.start()], text[match.start():match.end()], text[match.end():], at == 0
    return None


def _states(opening: Iterable[str], kind: str) -> bool:
    """Whether ``opening`` states an act of ``kind`` anywhere (not only first)."""
    return any(_GROUP_KIND[match.lastgroup] == kind  # type: ignore[index]
               for text in opening for match in _ACT.finditer(text))


def _search_act(text: str) -> tuple[re.Match[str] | None, str]:
    """``_ACT.search(text)``, and the text it was matched on (lower-cased
    where that keeps every offset)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few scripts change length when lowered
        return _ACT.search(text), text
    for start in _ACT_WORD_STARTS.finditer(lowered):
        at = start.start()
        match = _ACT_LOWER.match(lowered, at)
        if match is not None and match["call"] and _FEW_OR_OTHERS.search(lowered, max(0, at - 40), at):
            continue  # "Few workers obeyed the strike call", "Police in X responded to the strike call"
        if match is not None and (match["blockade"] or match["campus"]) and \
                _AUTHORITY_SUBJECT.search(lowered, max(0, at - 30), at):
            continue  # "Police set up blockades on the road", "Soldiers occupied the campus": no protesters' act
        if match is not None and match["rejected"] and (_RELATIVE_BEFORE.search(lowered, max(0, at - 20), at) or
                                                        _VERB_AFTER.match(lowered, match.end())):
            continue  # "Nurses who rejected the offer walked out", "Staff having rejected the offer went on strike"
        if match is not None and match["stayed"] and not _WORKERS_BEFORE.search(lowered, max(0, at - 100), at):
            continue  # "the man refused to leave the premises and was arrested"
        if match is not None and not _BACKGROUND.search(lowered, max(0, at - 12), at) and \
                not _CAUSE.search(lowered, max(0, at - 60), at) and not _THREAT.search(lowered, max(0, at - 40), at) and \
                not _CONDITION.search(lowered, max(0, at - 40), at) and \
                not _URGED.search(lowered, max(0, at - 120), at):  # (a call on others to act: "urged X to embark on")
            return match, lowered
    return None, lowered


# An authority right before a blockade's or a campus occupation's verb: its subject ("Police set up blockades",
# "troops have erected ...", "Soldiers occupied the campus").
_AUTHORITY_SUBJECT = re.compile(r"\b(?:police|army|navy|troops|soldiers|authorities|government|officers)[ \t]+"
                                r"(?:have[ \t]+|had[ \t]+|also[ \t]+)?$")
# A main verb in an offer's rejection's clause, after it: the rejection only tells who acted ("Nurses who rejected
# the latest pay offer walked out"); not "rejected the offer, and walked out".
_VERB_AFTER = re.compile(r"(?:[ \t]+(?!(?:and|but|or|who|which|that|as|after|when|while|because|since|until)\b)"
                         r"[^\s.,;:!?]+){0,8}?[ \t]+(?:walked|went|staged|struck|downed|marched|began|started|voted|"
                         r"held|occupied|launched|stopped|took|are|were|will)\b")
_WORKERS_BEFORE = re.compile(r"\b(?:workers|staff|employees|strikers|protesters|students|nurses|teachers|miners)\b")
# Who answered a strike call, said before it: few or none of those called, or those who police it.
_FEW_OR_OTHERS = re.compile(r"\b(?:few|no|police|government|authorities|management|employers?)\b[^.;:!?]{0,30}$")
#: How many body sentences after the headline make the opening.
_LEDE_SENTENCES = 2
_LEDE_WORDS = 6


def opening_texts(headline: Span | None, title: str | None, body: Sequence[Span]) -> list[str]:
    """The headline (or the reader's title), then the first body sentences
    that read as sentences (six words or more, no page furniture)."""
    texts = [headline.text] if headline is not None else [title] if title else []
    for sentence in body:
        if len(texts) > _LEDE_SENTENCES:
            break
        if len(sentence.text.split()) >= _LEDE_WORDS and not is_page_furniture(sentence.text):
            texts.append(sentence.text)
    return texts
