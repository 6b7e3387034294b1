"""The acts an opening can state, as patterns: one per kind, said with a verb.

``lede_action`` reads the headline and lede for the act a report tells of;
the table of what such an act looks like ("went on strike", "occupied the
Chancellery Building", "wrote to the Prime Minister") is most of its bulk
and grows with every new rule, so it lives here, with the compiled search
(``ACT``, and ``ACT_LOWER`` tried only where ``ACT_WORD_STARTS`` finds one
of its first words) and the kind each named group stands for.
"""

from __future__ import annotations

import re

from .lazy_pattern import LazyPattern
from .literal_trie import alternation

#: Staff "practising picketing" (or "practicing"): a strike rehearsed, a word cue of ``kinds`` and, said as a
#: clause's verb, an act of the opening.
PRACTISING_PICKETING = r"practi[cs]ing[ \t]+picket(?:s|ing)?\b"

_A = r"(?:(?:a|an|the|their|its|his|her|two|three|several|mass|large|peaceful|silent|huge|joint|national|nationwide|" \
     r"coordinated|co-ordinated|series[ \t]+of|number[ \t]+of)[ \t]+)*"
_PLACE = (r"(?:building|buildings|offices?|hall|chancellery|chancellory|library|rooms?|department|headquarters|"
          r"theatre|suite|senate[ \t]+house|admin(?:istration)?[ \t]+block|"
          r"(?:[a-z]|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|top|ground)[ \t]+floors?\b)")
# What an occupation holds or pitches ("students pitched a tent city on the lawn by the library"); a camp holds
# its ground wherever it stands, outside a building too.
CAMP_WORDS = r"(?:encampments?|tent[ \t]+cit(?:y|ies)|protest[ \t]+camps?)"
_CAMPS = r"(?:sit-ins?|occupations?|" + CAMP_WORDS + ")"

MARCH = "march"
PICKET = "picket"
#: An act that is none of the app's kinds (a meeting, an agreement): the report is ``other``.
NO_KIND = "other"

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
# A strike booked for a day ("two strikes are set for 3 May", "staff were set to strike on Monday") is the page's
# act, as a rally announced is ...
_STRIKE_BOOKED = (r"(?<!hunger[ \t])\bstrikes?[ \t]+(?:are|is|were|was|have[ \t]+been|has[ \t]+been)[ \t]+"
                  r"(?:set|scheduled|planned|due|fixed)[ \t]+(?:for|to[ \t]+(?:begin|start|run|take[ \t]+place))\b|"
                  r"\b(?:are|is|were|was)[ \t]+(?:set|scheduled|due)[ \t]+to[ \t]+strike[ \t]+"
                  r"(?:on|from|for|next|this|again)\b")
# ... and so is a campaign said to be launched, in the passive ("a fair rents campaign will be launched at the
# rally"; not "the day the campaign was launched" nor "Our campaign was launched in 2019", a campaign told of before).
_CAMPAIGN_LAUNCHED = (r"(?<!the[ \t])\bcampaign[ \t]+(?:will[ \t]+be|is[ \t]+to[ \t]+be|has[ \t]+been|"
                      r"is[ \t]+being)[ \t]+(?:officially[ \t]+|formally[ \t]+)?(?:launched|kicked[ \t]+off)\b")
# ... and a meeting set, none of the kinds: with someone ("are to meet with the minister"), or a body's meeting
# called to weigh a step ("will meet on Monday to consider the offer"; ``lede_act_readings`` reads what it weighs).
TO_WEIGH = r"to[ \t]+(?:consider|discuss|decide|review|deliberate)\b"
_MEETING_SET = (r"\b(?:is|are|was|were|will)[ \t]+(?:to[ \t]+)?meet[ \t]+with\b|"
                r"\b(?:is|are|will)[ \t]+(?:to[ \t]+)?meet[ \t]+(?:(?:on|between|this|next|today|tomorrow)\b"
                r"[^.;:]{0,40}?[ \t])?" + TO_WEIGH)

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
                 r"\b(?:garner|collect|gather|receiv|reach|attract|top|pass|hit)\w*[ \t]+"
                 r"(?:more[ \t]+than[ \t]+|over[ \t]+|nearly[ \t]+|almost[ \t]+|about[ \t]+|some[ \t]+)?"
                 r"[\d,.]+[kK]?[ \t]+(?:[\w-]+[ \t]+)?signatures\b|"
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
                   r"\b(?:occupied|occupy|occupying|occupies|stormed|storming|storm|seized)"
                   r"(?![ \t]+(?:out|off)\b)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|part[ \t]+of[ \t]+(?:the[ \t]+)?)?"
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
    ("strike", r"\b(?:went|gone|going|goes|(?<!to[ \t])go|are|were|is|was|been)[ \t]+on[ \t]+(?:an?[ \t]+|"
               r"indefinite[ \t]+|rent[ \t]+)?strike\b|"
               # "will start striking on 9 January", "embarked on an indefinite strike" (the words of other Englishes)
               r"\b(?:start|starts|started|begin|begins|began)[ \t]+striking\b|"
               r"\bembark(?:s|ed|ing)?[ \t]+on[ \t]+" + _A +
               r"(?:[\w-]+[ \t]+){0,2}?(?:strikes?|industrial[ \t]+action)\b|"
               r"\b(?:began|begin|begins|started|start|starts|launched|launch|declared|declare|declares)[ \t]+" +
               _A + r"(?:[\w-]+[ \t]+){0,2}?"
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
               # workers who answer a strike call strike ("heeded the union's strike call", "responded to the call
               # to strike")
               # (not "did not heed", "few workers obeyed", "police responded to the strike call by arresting")
               r"(?P<call>(?<!to[ \t])(?<!not[ \t])(?<!n't[ \t])(?<!never[ \t])"
               r"\b(?:responded|respond|responds|heeded|heed|heeds|answered|obeyed|obey)[ \t]+(?:to[ \t]+)?"
               + _A + r"(?:(?:[\w-]+'s|[\w-]+s'|\d+|[a-z]+)[ \t]+){0,2}?"
               r"(?:strike[ \t]+call|call[ \t]+(?:to|for[ \t]+a)[ \t]+strike)\b(?![ \t]+by[ \t]+[a-z]+ing\b))|"
               # workers who down tools withdraw their work ("will down tools in a national shutdown")
               # (not "urged not to down tools")
               r"(?<![\w-])(?<!to[ \t])down(?:ed|ing|s)?[ \t]+(?:their[ \t]+)?tools\b|"
               r"\bwalked[ \t]+off[ \t]+the[ \t]+job\b|"
               r"(?<!to[ \t])(?<!no[ \t])\bstrik(?:e|es)[ \t]+(?:for|over|against)\b|"
               # a strike said to begin ("lecturers' strike begins nationwide")
               r"(?<!hunger[ \t])\bstrikes?[ \t]+"
               r"(?:begins|began|begun|starts|started|commences|commenced|kicks[ \t]+off|kicked[ \t]+off)\b|"
               + _STRIKE_BOOKED + "|"  # ... or booked for a day
               r"\bwithh[oe]ld(?:ing|s)?[ \t]+(?:their[ \t]+)?rent\b|"
               r"\b(?:boycott(?:ed|ing|s)?|refused[ \t]+to[ \t]+sit)[ \t]+(?:of[ \t]+)?(?:the[ \t]+|all[ \t]+)?"
               r"(?:[\w-]+[ \t]+)?(?:exams|examinations|classes|lectures)\b|"
               r"\bboycott[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?(?:[\w-]+[ \t]+)?"
               r"(?:exams|examinations|classes|lectures)\b"),
    ("protest", r"\btook[ \t]+to[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:streets|roads)\b|"
                r"\bembark(?:s|ed|ing)?[ \t]+on[ \t]+" + _A + r"(?:[\w-]+[ \t]+){0,2}?"
                r"(?:protests?|demonstrations?|marches|march|rall(?:y|ies))\b|"
                # protesting somewhere ("students protest in Abuja"), not the purpose "in/to protest at"
                # (the verb after a plural subject, never the noun: "a major protest in", "students' protest at")
                r"(?<!in[ \t])(?<!to[ \t])(?:(?<=s[ \t])(?<!'s[ \t])(?<!’s[ \t])(?<!ss[ \t])(?<!us[ \t])(?<!its[ \t])"
                r"(?<!his[ \t])\bprotest|\bprotest(?:ed|ing))[ \t]+(?:in|at|outside|across)\b|"
                # a protest carried somewhere ("took its two-day protest to the National Assembly")
                r"\btook[ \t]+(?:its|their|his|her|our)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:protests?|demonstrations?)[ \t]+"
                r"(?:[^.;:,\n]{0,90}?[ \t])?to[ \t]+(?:the[ \t]+)?"
                r"(?!(?:high|supreme|appeal|labour|industrial)[ \t]+court)(?:[\w-]+[ \t]+)?"
                r"(?:assembly|parliament|senate|congress|legislature|ministry|office|offices|"
                r"headquarters|hq|house|capitol|streets?|gates?|city[ \t]+hall|council)\b|"
                r"\bstorm(?:ed|ing)?[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?gates?\b|"
                # ("student-led protests" is a noun phrase, not an act)
                r"(?<!-)\b(?:staged|held|hold|holds|holding|stage|stages|staging|organised|organized|led|host|hosts|"
                r"hosted|hosting)[ \t]+" + _A + r"(?:[\w-]+[ \t]+|[‘'\"“][^’'\"”\n]{1,40}[’'\"”][ \t]+)?"
                r"(?:protests?|demonstrations?|demos?|rall(?:y|ies)|marches|march|vigils?)\b|"
                # a rally announced ("members will rally at City Hall")
                r"\bwill[ \t]+rally[ \t]+(?:at|outside|in|on)\b|"
                r"\bin[ \t]+(?:demos|demonstrations)\b|"
                # a protest launched ("launched a protest over the fee rise"), not a protest campaign
                r"\blaunch(?:ed|es|ing)?[ \t]+" + _A + r"(?:[\w-]+[ \t]+)?(?:protests?|demonstrations?)\b"
                r"(?![ \t]+campaigns?\b)|"
                # a boycott of anything but teaching (a ceremony, a visit): classes and exams are a strike's, above
                r"\bboycott(?:ed|s)[ \t]+(?:the|a|an|their|its)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
                r"(?:convocation|ceremony|graduation|inauguration|visit|speech|event|celebrations?|meeting|"
                r"elections?|polls?)\b|"
                # a shutdown called ("called for a nationwide shutdown of universities")
                r"\bcall(?:ed|s|ing)?[ \t]+for[ \t]+" + _A + r"(?:[\w-]+[ \t]+){0,2}?shut-?downs?\b|"
                # a strike rehearsed: staff who rally at the gate with no one off work, said as the clause's own verb
                # ("are practising picketing"; not "many of them practising picketing", "who spent March practising
                # picketing", nor a quote: "We have been practising picketing," said ...; see ``lede_action``)
                r"(?P<rehearsal>\b(?:are|is|were|was|been|be)[ \t]+(?:already[ \t]+|now[ \t]+|still[ \t]+)?"
                + PRACTISING_PICKETING + r"(?![^\"“”.;!?\n]{0,60}[.!?]?[\"”]))|"
                # gathering somewhere to oppose something ("gathered at the hall to oppose the fee rise")
                r"\b(?:gathered|assembled|massed|converged)[ \t]+(?:at|outside|in|on|before)\b[^.;]{0,60}?\bto[ \t]+"
                r"(?:oppose|protest|denounce|condemn|demand|demonstrate)\b|"
                # a crowd gathered to hand something over ("assembled at Parliament and delivered a message",
                # "gathered outside the office to hand in a letter"): the rally is the act, the paper its means
                r"\b(?:gathered|assembled|massed|converged|rallied|marched)[ \t]+"
                r"(?:at|outside|in|on|before|to)\b[^.;]{0,80}?"
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
                 + _CAMPAIGN_LAUNCHED),  # (or said in the passive)
    ("vote", r"\bratif(?:y|ied|ies|ying)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:contracts?|agreements?|deals?)\b|"
             # members who turn an offer down decide on it ("Nurses have rejected the latest offer", "teachers
             # spurn latest wage offer"; not "rejected the union's demands")
             r"(?P<rejected>\b(?:reject(?:s|ed)?|declin(?:e|es|ed)|spurn(?:s|ed)?|turn(?:s|ed)?[ \t]+down|"
             r"voted[ \t]+down)[ \t]+(?:(?:the|a|an|its|their)[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?offer\b)|"
             # "the offer put to the vote by secret ballot", "put to a members' ballot" (not "the bill was put to
             # a vote": a parliament's)
             r"\bput[ \t]+to[ \t]+(?:an?|the)[ \t]+(?:vote[ \t]+by[ \t]+)?"
             r"(?:secret|members['’]?|membership|postal)[ \t]+ballot\b|"
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
             r"\bvoted[ \t]+(?:by[ \t]+)?"
             r"(?:[\d.]+[ \t]*(?:%|per[ \t]?cent)[ \t]+(?:to[ \t]+[\d.]+[ \t]*(?:%|per[ \t]?cent)[ \t]+)?)?"
             r"(?:unanimously[ \t]+|overwhelmingly[ \t]+)?"
             r"(?:for|against|in[ \t]+favou?r|no[- ]confidence|in[ \t]+(?:a|the)[ \t]+(?:referendum|ballot)|"
             r"to[ \t]+(?:disaffiliate|affiliate|leave|remain|stay|reject|accept|approve))\b|"
             r"\b(?:survived|survives|lost|loses|passed|won|faces?|faced)[ \t]+(?:a[ \t]+)?"
             r"(?:vote|motion)[ \t]+of[ \t]+no[- ]confidence\b"),
    # Acts that are none of the kinds: an agreement signed, a meeting or a
    # conference held, a speaking tour, someone (re)appointed. A report that
    # opens with one is about it, whatever background its words repeat (but see
    # ``lede_act_readings.no_kind_act``).
    (NO_KIND, r"(?<!the[ \t])(?<!newly[ \t])\bsign(?:ed|s|ing)?[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
               r"(?:agreement|accord|memorandum|partnership)\b|"
               r"\bheld[ \t]+" + _A + r"(?:its[ \t]+|their[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
               r"(?:meeting|conference|congress|forum|summit|"
               # (a campaign's launch is the campaign: "held the launch of the Fair Pay campaign")
               r"launch(?![ \t]+of[ \t]+(?:[\w'’#-]+[ \t]+){0,6}?campaigns?\b)|agm|hustings)s?\b|"
               + _LAUNCH_OF + "|"
               r"\b(?:tour|tours|toured|touring)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
               r"(?:to[ \t]+(?:discuss|talk|speak|promote|share)|universities|campuses|colleges|the[ \t]+country)\b|"
               r"\b(?:was|were|been|is|are)[ \t]+(?:re-?appointed|re-?elected|elected|appointed|installed)[ \t]+as\b|"
               r"\b(?:stay|stays|staying)[ \t]+on[ \t]+as\b|"
               # a survey or poll taken, a court's order, talks held: reports about an action, not the action
               r"\b(?:conducted|carried[ \t]+out|commissioned)[ \t]+" + _A +
               r"(?:[\w-]+[ \t]+){0,2}?(?:survey|poll)s?\b|"
               r"\bin[ \t]+(?:a|an|the|its|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:survey|poll)[ \t]+(?:of|by)\b|"
               r"\b(?:survey|poll)[ \t]+(?:has[ \t]+)?(?:found|finds|shows|showed|revealed|reveals)\b|"
               r"\b(?:judge|court|tribunal)[ \t]+(?:[\w.'’-]+[ \t]+){0,5}?(?:has[ \t]+|had[ \t]+)?"
               r"(?:ordered|orders|ruled|rules|restrained|restrains|barred|bars|granted|grants|upheld|dismissed)\b|"
               r"\b(?:appeal|appealed|appealing|challenge|challenged)[ \t]+(?:the|a|its|this|that)[ \t]+"
               r"(?:[\w-]+[ \t]+){0,2}?"
               r"(?:ruling|judgment|judgement|verdict|injunction)\b|"
               + _MEETING_SET + "|"  # ("are to meet with", "will meet on Monday to consider the offer")
               # a strike someone is ordered or required to end: the order is the news
               r"\b(?:required|ordered|directed|compelled|told|forced)[ \t]+to[ \t]+"
               r"(?:suspend|end|halt|stop|call[ \t]+off)[ \t]+"
               r"(?:the|its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:strikes?|industrial[ \t]+action)\b|"
               # arrests made after the protest are news of their own
               r"\barrested[ \t]+(?:and[ \t]+detained[ \t]+)?(?:[\w()'’-]+[ \t]+){0,10}?(?:following|after)[ \t]+"
               r"(?:a|the|their|last)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:demonstration|protest|march|rally)s?\b|"
               r"\bkick(?:s|ed)?[ \t]+off[ \t]+with[ \t]+" + _A +
               r"(?:[\w'’()-]+[ \t]+){0,8}?(?:conference|congress|summit|festival|celebrations?)\b|"
               r"\b(?:issued|released)[ \t]+(?:the[ \t]+following|a|an)[ \t]+(?:[\w-]+[ \t]+)?statement\b|"
               # an ultimatum given is a demand, not yet the action it threatens
               r"\b(?:gave|given|give|gives|giving|issued|issues|served|serves)[ \t]+(?:an?|the|its|their)[ \t]+"
               r"(?:[\w-]+[ \t]+){0,2}?ultimatum\b|"
               # (talks held or ended, not an act that "ended following intensive negotiations": their outcome)
               r"\b(?:held|holding|ended|concluded|resumed)[ \t]+(?!(?:following|after|amid|with|without|in)\b)" + _A +
               r"(?:[\w-]+[ \t]+){0,2}?(?:talks|negotiations)\b|"
               r"(?<!to[ \t])\breach(?:ed|es)?[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
               r"(?:agreement|deal|compromise)\b"),
    # Strikers, occupiers and protesters all march: a march says only that
    # something happened in the street, so it defers to the word vote.
    # A picket held somewhere is a strike's on a strike page, else a protest (as ``kinds`` settles its cues).
    (PICKET, r"\bpicket(?:ed|ing)[ \t]+(?:on[ \t]+)?(?:\w+day[ \t]+)?(?:at|outside|in[ \t]+front[ \t]+of)\b"),
    (MARCH, r"\b(?:marched|rallied|demonstrated)[ \t]+(?:to|through|on|in|against|outside|from|towards|down|into)\b|"
             r"\brall(?:y|ies)[ \t]+(?:behind|for)[ \t]+(?:the[ \t]+)?"
             r"(?:(?!(?:as|while|days?|weeks?)\b)[\w'’-]+[ \t]+){0,3}?strikers\b"),  # (supporters')
)
# What comes between a protest and the act that was its means: ", by walking out".
BY_MEANS = re.compile(r"[^.;]{0,40}?\bby[ \t]+(?=\w+ing\b)", re.IGNORECASE)
# (Compiled when first used: ``ACT_LOWER`` finds the acts of almost every page, so most processes never need it.)
ACT = LazyPattern("|".join(f"(?P<a{i}>{pattern})" for i, (_, pattern) in enumerate(_ACTS)), re.IGNORECASE)
# The same acts matched on lower-cased text (every pattern above is written in
# lower case), tried only where one of their first words starts: found with
# str.find, which is many times faster than the engine trying the whole
# alternation at every position. Every alternative starts with one of these.
ACT_LOWER = re.compile(ACT.pattern)
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
    "be ", "be\t",  # (the rehearsal's "be practising": not every "because", "before" or "between")
)
# Every alternative above opens with \b (after its look-behinds), so an act
# starts only where a word does: the first words are looked for there alone,
# in one pass (most offsets are turned down by the \b at once), instead of
# trying the act pattern wherever a first word hides inside a word ("in" in
# "painting", "top" in "stop").
ACT_WORD_STARTS = re.compile(r"\b(?=(?:" + alternation(sorted(set(_ACT_STARTS), key=len, reverse=True)) + "))")
GROUP_KIND = {f"a{i}": kind for i, (kind, _) in enumerate(_ACTS)}
