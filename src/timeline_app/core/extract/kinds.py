"""Find the cues that say what kind of event a document or a sentence reports.

Each cue is a phrase with a kind and a weight ("open letter": a letter, 6);
``cue_matches`` finds them all in one pass. The weighted vote over them
(the headline counts most, the opening sentences next, the rest of the
text least) is ``kind_votes``'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .byline_dates import MONTH_NAME
from .kind_backdrop import backdrop_weight, group_refuses
from .kind_hashtags import names_campaign
from .kind_withheld_work import (BACK_TO_WORK, SHUT_DOWN_ECONOMY, TRADE_BOYCOTT, shut_by_people, told_back_to_work,
                                 traders_stop_trade)
from .lede_act_patterns import PRACTISING_PICKETING
from .prefilter import folded, literal_matches

# The words that may stand between a workplace's staff and their boycott: the rest of their body's name and
# the time of it ("doctors association (yda) boycotted", "lawyers continued to boycott"; not "doctors said
# patients had boycotted").
_SUBJECTS_WORDS = (r"(?:(?:association|associations|union|unions|federation|council|of|the|junior|senior|young|"
                   r"resident|house|\([a-z]{2,8}\)|continued|continue|to|will|have|had|also|again|today|yesterday)"
                   r"[ \t]+){0,3}")

# A month's name, or its short form, opening a date ("on May 9", "on Sept. 9"), as the lower-cased text has it.
_MONTH = MONTH_NAME.lower() + r"\b"
# A campaign's hashtag ("#FreeTheFive").
_HASHTAG = r"#[a-z]\w+"

# A check in code that a cue found at an offset counts there: (the text, the text lower-cased, the offset).
CueCheck = Callable[[str, str, int], bool]

# (kind, pattern, weight), or (kind, pattern, weight, check) for a cue that counts only where its check says so
# (its actor read before it, a hashtag that is no headline's tag). Strong phrases ("open letter") outweigh words that
# also appear in passing ("campaign of pressure"). All cues are compiled into
# one alternation of named groups so that scoring a text costs one regex
# pass. Earlier alternatives win where two could start at the same place,
# which is how phrases override their words: "open letter" is one letter cue
# worth both, "strike ballot" is a vote (the strike has not happened yet),
# "register to vote" is no event at all (kind None).
# The cues are matched against the lower-cased text: without case-folding
# flags and without a word-boundary test in front, the engine can jump
# between possible first letters instead of trying every position, which
# makes this single pass several times faster. Word starts, and the two cues
# that care about case (lower-case "march", a capitalised salutation), are
# checked in code against the original text.
_CUE_LIST: tuple[tuple[str | None, str, float] | tuple[str | None, str, float, CueCheck], ...] = (
    ("letter", r"open letter\b", 6.0),
    # a letter written in protest is the letter ("Protest Letter to the Vice-Chancellor", "a letter of protest")
    ("letter", r"protest letters?\b|letters? of protest\b", 6.0),
    # (a strike "sanction", "authorization" or "mandate", said with "vote" or alone, is the vote, not the strike;
    # so is "voted 92% to 8% in favour of industrial action", "voted by a large majority for industrial and
    # strike action")
    ("vote", r"(?:strike|industrial action) ballot(?:s|ed|ing)?\b|"
             r"strike[ \t-]+(?:authori[sz]ation|sanction|mandate)(?:[ \t]+(?:votes?|ballots?))?\b|"
             r"ballot(?:s|ed|ing)?\b(?:[ \t]+(?:\d{1,3}(?:,\d{3})+|\w+)){0,5}?[ \t]+(?:on|for|over)[ \t]+"
             r"(?:strike|industrial action|"
             r"(?:industrial and strike|strike and industrial) action)\b|"
             r"vot(?:e|es|ed|ing)\b(?:[ \t]+[\w%]+){0,5}?[ \t]+(?:for|to)[ \t]+(?:(?:implement|begin|launch|stage|support)[ \t]+)?"
             r"(?:strikes?|industrial action|(?:industrial and strike|strike and industrial) action|go on strike|"
             r"take (?:strike|industrial) action)\b|"
             r"back(?:s|ed|ing)?[ \t]+(?:strikes?|industrial action)[ \t]+in[ \t]+(?:a[ \t]+|the[ \t]+)?ballot\b", 4.0),
    # a ballot's turnout or result is the vote's news, whatever it decides
    ("vote", r"ballot[ \t]+(?:turnout|result)s?\b|turnout[ \t]+(?:in|for|of)[ \t]+(?:the|a|its|their)[ \t]+ballot\b", 4.0),
    # a share of the vote is a ballot's result: "won 75 percent approval", "62% voted in favour"
    ("vote", r"(?:per[ \t]?cent|%)[ \t]+(?:approval|support|backing|in favou?r|of (?:the )?(?:vote|votes|ballots)|"
             r"voted|(?:said|voting)[ \t]+yes|majority[ \t]+(?:in favou?r|against|for|voted|voting))\b", 4.0),
    (None, r"regist(?:er|ered|ering|ration)[ \t]+to[ \t]+vote\b", 0.0),
    ("walkout", r"walk(?:ed|ing|s)?[- ]?outs?\b", 3.0),
    ("campaign", r"campaign(?:s|ing)?\b", 2.0),
    ("campaign", _HASHTAG, 1.0, names_campaign),  # (not a headline's tag: ``kind_hashtags``)
    ("letter", r"letter\b|joint[ \t]+statements?\b", 2.0),  # (a statement signed together is a letter's form)
    ("letter", r"ultimatum\b|signator(?:y|ies)\b", 1.5),
    ("letter", r"undersigned\b|we are writing\b|we write\b", 3.0),
    # a salutation line opens a letter ("To the trustees", "Dear Vice-Chancellor")
    ("salutation", r"(?m:(?<![^\n])(?:to the|dear)[ \t][^\n]{2,60}$)", 3.0),
    # a camp held outside a parliament or an office for weeks is an encampment (before "protest" takes its word)
    ("occupation", r"tent[ \t-]+cit(?:y|ies)\b|protest[ \t]+camps?\b", 2.0),
    # people protesting inside a building hold it ("women protesting inside the Chancellery for a week"); not a
    # hall, a chamber, a lobby or a library, where people protest at a meeting or a speech ("protesters inside the
    # council chamber heckled the mayor"; so not ``lede_action._PLACE``, what an occupation of a room holds)
    ("occupation", r"protest(?:ed|ers|ors|ing)[ \t]+inside[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?"
                   r"(?:building|block|offices?|chancellery|headquarters|ministry|premises)\b", 2.5),
    # (those who protest are "protesters" or, in the other spelling, "protestors")
    ("protest", r"protest(?:s|ed|ers|ors|ing)?\b|demonstrat(?:ion|ions|ors|ed|ing)\b|rall(?:y|ies|ied)\b|"
                r"vigils?\b", 2.0),
    # the words of other Englishes: a "demo", an official "gheraoed" (surrounded), an "agitation", a
    # "satyagraha" (a sit-down by the road, a fast), a "dharna" (a sit-down outside an office until it answers;
    # both in lower case only, checked in code: "Dharna" is also a given name)
    ("protest", r"demos?\b|gherao(?:s|ed|ing)?\b|dharnas?\b(?![.@]\w)|agitat(?:ion|ions|ing|ed|ors?)\b|"
                r"sat(?:h)?yagrahas?\b", 2.0),
    # a union's motorcade drives its protest through the streets ("the union's president led a motorcade to the
    # capital"); not a dignitary's or a funeral's (checked in code)
    ("motorcade", r"motorcades?\b", 2.0),
    # activists arrested where they were protesting ("dozens of activists were arrested on Friday outside a bank")
    ("protest", r"activists[ \t]+(?:were|have[ \t]+been|had[ \t]+been)[ \t]+arrested(?:[ \t]+\w+){0,2}?[ \t]+"
                r"(?:at|outside|during|while|near|in[ \t]+front[ \t]+of)\b|"
                # a headline's "activists arrested for spray painting banks": for what they did in protest
                r"activists[ \t]+arrested[ \t]+(?:for|after|while)[ \t]+(?:spray[ \t-]+)?"
                r"(?:painting|blocking|blockading|occupying|protesting|spraying|glu(?:e)?ing|chaining|locking|"
                r"disrupting|marching|picketing|staging|demonstrating|trespassing|defacing|clashing)\b", 2.0),
    # a campus "shutdown" is mostly students closing it by protest
    ("protest", r"shut-?downs?\b", 1.0),  # light: a staff union's shutdown is its strike
    ("march", r"march(?:es|ed|ing)?\b", 2.0),  # lower case only in the original: "March" is a month
    ("protest", r"days? of action\b", 3.5),  # a coordinated day of protests, also when named
    # a hunger strike is a strike (as the pages that report one call it), though of food, not of work or rent: read
    # as "hunger" and made a strike cue last, so that it turns no picket into a strike's
    ("hunger", r"hunger[ \t-]+strikes?\b", 2.5),
    (None, r"hunger[ \t-]+strik(?:ing|ers?)\b", 0.0),  # the people on one, for whom others march or picket
    # a "practice" picket rehearses a strike still to come: workers rally, none stops work (quoted, or held
    # as such, or "practising picketing": not a GP practice's picket line, nor "best practice picketing
    # guidance"); the page's other pickets are its rehearsals too (settled with the pickets below)
    ("practice", r"(?:[‘“'\"]practice[’”'\"]|(?:mount(?:s|ed|ing)?|hold(?:s|ing)?|held|conduct(?:s|ed|ing)?|"
                 r"stag(?:e|es|ed|ing))[ \t]+(?:a[ \t]+|their[ \t]+)?practice)[ \t]+picket(?:s|ing)?\b|"
                 + PRACTISING_PICKETING, 2.0),
    # a lockout is the employer's act, shutting staff out: its news is no action of theirs
    ("other", r"lock-?outs?\b", 2.0),
    ("strike", r"strik(?:e|es|ing)\b|industrial action\b|picket[ \t]+lines?\b", 2.5),
    # a picket is a strike's on a page that speaks of one (or of a walkout, or says staff struck), else a
    # protest outside an office ("100 people picketing outside the MP's office"): settled once the page's cues
    # are known
    ("picket", r"picket(?:s|ing|ed)?\b", 2.5),
    # a territory's occupation is no sit-in: "Israel's occupation of Palestine", "illegal occupation"
    (None, r"(?:illegal|military|israeli|israel's|israel’s|russian|russia's|russia’s|foreign|colonial)[ \t]+occupation\b|"
           r"occupation[ \t]+of[ \t]+(?:palestine|ukraine|the west bank|the occupied|gaza|iraq|afghanistan|tibet|"
           r"kashmir|crimea|western sahara|east timor|cyprus)\b", 0.0),
    # marchers who "occupy city streets" hold no building: they march
    ("protest", r"occup(?:y|ies|ied|ying)[ \t]+(?:the[ \t]+)?(?:\w+[ \t]+)?(?:streets|roads|highways?)\b"
                r"(?![ \t]+(?:authority|agency|department|ministry|board|commission|offices?))", 2.5),
    ("occupation", r"occup(?:ation|ations|y|ied|ying)\b|sit-ins?\b|encampments?\b", 2.5),
    # a building taken over is held: "Building Takeover", "took over the admin building"
    ("occupation", r"(?:building|campus|hall|office|offices|library)[ \t]+takeovers?\b|takeovers?[ \t]+of[ \t]+(?:the[ \t]+)?"
                   r"(?:\w+[ \t]+){0,2}?(?:building|hall|offices?|library)\b", 2.5),
    # pupils who miss school to act on a cause are on a school strike
    ("strike", r"(?:miss|missed|missing|skip|skipped|skipping|skips|misses)[ \t]+(?:school|classes|lessons)\b", 3.0),
    # a class boycott withdraws students from teaching as a strike withdraws work, and lawyers who boycott the
    # courts (not defendants or families) or doctors who boycott the outpatient departments (not villagers)
    # withdraw theirs;
    # a stop-work meeting or march, or a "two-hour stoppage", is staff's strike
    ("strike", r"(?:class|classes|lecture|lectures|exam|exams)[ \t]+boycotts?\b|"
               r"boycott(?:s|ed|ing)?[ \t]+(?:of[ \t]+)?(?:the[ \t]+|all[ \t]+|their[ \t]+)?"
               r"(?:classes|lectures|exams|examinations)\b|"
               r"(?:doctors|medics|consultants|physicians|nurses)[ \t]+" + _SUBJECTS_WORDS +
               r"boycott(?:s|ed|ing)?[ \t]+(?:the[ \t]+)?"
               r"(?:(?:outdoor|out-?patient)[ \t]+(?:patient[ \t]+)?departments|opds)\b|"
               r"(?:lawyers|attorneys|barristers)[ \t]+" + _SUBJECTS_WORDS +
               r"boycott(?:s|ed|ing)?[ \t]+(?:the[ \t]+)?(?:courts|court[ \t]+proceedings)\b(?!['’])|"
               r"stop-?work\b|(?:work[ \t]+)?stoppages?\b|"
               # a group that refuses to go to class or to work withholds it ("still refusing to go to class";
               # who refuses is checked in code: ``kind_backdrop.group_refuses``)
               r"refus(?:e|es|ed|ing)[ \t]+to[ \t]+(?:go[ \t]+(?:back[ \t]+)?to|attend|return[ \t]+to)[ \t]+"
               r"(?:classes|class|lectures|school|work)\b", 2.5),
    # South Asia's general strike: a "bandh" or "hartal" closes shops, transport and colleges
    ("strike", r"bandhs?\b|hartals?\b", 2.5),
    # a country's economy shut down is its general strike ("Labour pledges to shut down the economy")
    # (shut by people, checked in code: ``kind_withheld_work``; not "lockdowns shut down the economy")
    ("strike", SHUT_DOWN_ECONOMY, 2.5, shut_by_people),
    # "industry action", industrial action (not an "industry action plan", nor "industry action on plastic waste";
    # "took industry action on 9 May", "for better pay", "to win back pay" keep it)
    ("strike", r"industry[ \t]+action\b(?![ \t]+(?:plans?|groups?|networks?|agenda|programmes?|forums?)\b|"
               r"[ \t]+on\b(?![ \t]+(?:\d|[a-z]+day\b|the[ \t]+\d|" + _MONTH + r")))", 2.5),
    # staff told to go back to work are out of it (who is told is checked in code: ``kind_withheld_work``)
    ("strike", BACK_TO_WORK, 2.5, told_back_to_work),
    # the other words for withholding work: a "sick-out", a "go-slow", a "stayaway", "downed tools",
    # "withdrew their labour" (not "services": contractors and sponsors withdraw those), "walked off the job",
    # "walk off jobs on Oct. 7", called "to remain off the jobs for two days" (not one who "walks off the job
    # mid-shift", nor people "walking off their jobs to travel" or who "walk off jobs without notice": they
    # quit; nor staff "told to stay off the job site")
    ("strike", r"walk(?:ed)?[ \t-]+off[ \t]+(?:(?:the|their)[ \t]+jobs?\b(?![ \t]+mid-?shift)|jobs[ \t]+(?:on|from|over|across)\b)|"
               r"sick-?outs?\b|go-slows?\b|stay-?aways?\b|stay(?:ed|ing)?[ \t]+away[ \t]+from[ \t]+work\b|"
               r"(?<=\bto[ \t])(?<!told[ \t]to[ \t])(?<!ordered[ \t]to[ \t])(?<!advised[ \t]to[ \t])"
               r"(?<!forced[ \t]to[ \t])(?:stay|remain)[ \t]+off[ \t]+(?:the|their)[ \t]+jobs\b"
               r"(?![ \t]+(?:sites?|lists?|boards?|centres?|centers?|fairs?|market)\b)|"
               r"down(?:ed|ing|s)?[ \t]+(?:their[ \t]+)?tools\b|withdr(?:ew|aw|awn|awing|aws)[ \t]+(?:their|its)[ \t]+"
               r"labou?r\b(?![ \t]+(?:court|case|dispute|relations))|withdrawal[ \t]+of[ \t]+labou?r\b", 2.5),
    # a boycott of goods or firms is a consumers' campaign, kept up for weeks ("urged shoppers to boycott the
    # chain's products", "a business boycott"), unlike a boycott of classes or courts, which withholds work
    # (not a possessive's: "boycotted the firms' consultation meetings", nor "boycott company talks" or other
    # meetings, where work is withheld; and "a business boycott", asked of in passing, never over a strike cue)
    ("campaign", r"(?:consumer|product)[ \t]+boycotts?\b|boycott(?:s|ed|ing)?[ \t]+(?:of[ \t]+)?"
                 r"(?:[\w'’-]+[ \t]+){0,2}?(?:goods|products|produce|brands|companies|businesses|firms|stores|shops|"
                 r"supermarkets|retailers)(?![\w'’-])"
                 r"(?![ \t]+(?:talks|meetings?|consultations?|negotiations|events?)\b)", 3.0),
    ("campaign", r"business[ \t]+boycotts?\b", 2.4),  # (just under a strike cue: a strike named beside it wins)
    # traders who stop trading strike (who stops is checked in code: ``kind_withheld_work``); after the boycotts of
    # goods and firms, which keep their words ("boycotted business owners' stores")
    ("strike", TRADE_BOYCOTT, 2.5, traders_stop_trade),
    ("petition", r"petition(?:s|ed|ing)?\b", 3.0),
    ("vote", r"vot(?:e|es|ed|ing)\b|referend(?:um|ums|a)\b|ballot(?:s|ed)?\b|motions?\b|disaffiliat\w*|no[- ]confidence\b", 2.0),
)
# Protest words read only in lower case: capitalised they are names ("the Salt Satyagraha", "Dharna Mehta").
_LOWER_CASE_ONLY = ("satyagr", "sathyagr", "dharn")
_CUES = re.compile("|".join(f"(?P<c{i}>{cue[1]})" for i, cue in enumerate(_CUE_LIST)))
_GROUP_KIND = {f"c{i}": (cue[0], cue[2]) for i, cue in enumerate(_CUE_LIST)}
# The cues' checks in code, by group.
_CUE_CHECKS: dict[str, CueCheck] = {f"c{i}": cue[3] for i, cue in enumerate(_CUE_LIST) if len(cue) > 3}
# The first word of every cue. They are found with str.find (see
# ``prefilter.literal_matches``, which reports them exactly as a regex
# alternation of these literals would, only several times faster), and the
# full cue pattern is then tried only there.
_ANCHORS: tuple[str, ...] = (
    "open", "strik", "industrial", "ballot", "activists", "motorcade", "turnout", "vot", "back", "percent",
    "per cent", "%", "regist", "walk", "campaign", "#", "letter", "ultimatum", "signator", "undersigned", "we",
    "to the", "dear", "protest", "demonstrat", "rall", "vigil", "demo", "gherao", "dharn", "agitat", "shut", "hunger",
    "bandh", "lawyers", "attorneys", "barristers", "doctors", "medics", "consultants", "physicians", "nurses",
    "hartal", "satyagr", "sathyagr", "sick", "go-slow", "stay", "remain", "down", "withdr", "march", "day of action",
    "illegal", "military", "israel", "russia", "foreign", "colonial", "building", "campus", "hall", "office",
    "library", "takeover", "tent", "miss", "skip", "practicing", "practising", "‘practice", "“practice", "'practice",
    '"practice', "mount", "hold", "held", "conduct", "stag", "class", "lecture", "exam", "boycott", "stop", "refus",
    "work stoppage", "days of action", "picket", "occup", "sit-in", "encampment", "petition", "referend", "motion",
    "disaffiliat", "no", "joint", "consumer", "business", "product", "resume", "return", "industry", "lock",
)
# "we" and "no" occur in hundreds of words; they start a cue only in these
# phrases, and as anchors they can only hide an anchor starting at their
# second letter ("wencampment", "nopen", "noccup"), so they are kept just
# where one of these begins, which leaves the cues found unchanged.
_SHORT_ANCHORS = {
    "we": ("we are writing", "we write", "wencampment"),
    "no": ("no-confidence", "no confidence", "nopen", "noccup"),
}

# School and climate strikes are strikes even when reported as rallies or
# walkouts: a strike cue with one of these around it weighs this much. Checked
# in code at each strike cue, so that "school", a common word, is no anchor.
_NAMED_STRIKE_BEFORE = re.compile(r"(?:school|climate|youth)[ \t]+$")
_NAMED_STRIKE_AFTER = re.compile(r"[ \t]+(?:for|4|over|on|against)[ \t]+(?:the[ \t]+)?climate\b")
NAMED_STRIKE_WEIGHT = _NAMED_STRIKE_WEIGHT = 6.0
# What others do for a hunger strike, or a time since it: its page reports their march or rally, not the strike
# (the cue stays a protest's, as it was before hunger strikes were strikes)
_HUNGER_BACKED = re.compile(r"\b(?:in[ \t]+support[ \t]+of|supporting|solidarity|to[ \t]+back|backs|backed|backing|"
                            r"anniversary|since|remember(?:s|ed|ing)?|commemorat\w*|celebrat\w*|to[ \t]+mark|marking)\b"
                            r"(?:[ \t]+[\w'’-]+){0,4}?[ \t]+$")
_STRIKE_GROUP = next(f"c{i}" for i, cue in enumerate(_CUE_LIST) if cue[0] == "strike")

# A motorcade that people lead, hold or join ("led a motorcade", "joined the motorcade"); not "the president's
# motorcade", nor "a motorcade carried the coffin".
_JOINED_MOTORCADE = re.compile(r"\b(?:led|held|staged|organi[sz]ed|joined|mounted|took[ \t]+part[ \t]+in)[ \t]+"
                               r"(?:a|the|their|its)[ \t]+(?:[\w-]+[ \t]+)?$")

# What stands before a word of a web address's path, and how far back its start is looked for.
_ADDRESS_MARKS = "/-_.=+"
_ADDRESS_CHARS = 300

# A picket outside a seat of government is a protest there, whatever the page says of strikes: no one withholds
# work from a parliament ("members picketed outside Parliament", "a picket in front of the minister's office").
_SEAT_PICKET = re.compile(r"[ \t]+(?:outside|in[ \t]+front[ \t]+of|at)[ \t]+(?:the[ \t]+gates?[ \t]+of[ \t]+)?"
                          r"(?:[\w'’.-]+[ \t]+){0,3}?(?:parliament|legislature|national[ \t]+assembly|capitol|"
                          r"state[ \t]?house|city[ \t]+hall|ministry|embassy|consulate|high[ \t]+commission|"
                          r"(?:mp|mpp|mla|minister|premier|governor|senator|mayor|councill?or)['’]?s?[ \t]+"
                          r"(?:constituency[ \t]+|electorate[ \t]+)?offices?)\b")

# "walk out on strike" (not "on striker Dan Moss's testimonial", "on strike talks", "on strike day").
_ON_STRIKE_AFTER = re.compile(r"[ \t]+on[ \t]+strike(?![\w-])(?![ \t]+(?:days?|talks|negotiations|pay|ballots?|motions?|"
                              r"bills?|legislation|laws?)\b)")

# A sit-in held outside a building, in front of it or in the street: a protest, not an occupation
# ("a sit-in on Sunday night in front of the town hall"; not "near the desk inside the hall").
OUTSIDE = re.compile(r"[ \t]*(?:(?:on[ \t]+)?(?:(?:late|early)[ \t]+)?(?:\w+day|last|this)[ \t]+"
                     r"(?:(?:night|morning|evening|afternoon)[ \t]+)?)?(?:outside|in[ \t]+front[ \t]+of|"
                     r"at[ \t]+the[ \t]+gates?[ \t]+of|on[ \t]+the[ \t]+(?:steps|road|street|lawn)s?)\b", re.IGNORECASE)

# A "sit-in protest" is a protest of sitting down, unless it is said to be held inside a building ("a sit-in
# protest in Harbourton"; not "a sit-in protest in the administrative block", "at the Vice-Chancellor's offices").
_SIT_IN_PROTEST = re.compile(r"[ \t]+protests?\b(?![ \t]+(?:in|inside|at|into)[ \t]+(?:the[ \t]+)?"
                             r"(?:[\w'’-]+[ \t]+){0,3}?(?:building|block|offices?|chambers?|hall|library|headquarters|"
                             r"lobby|premises|faculty|department)\b)")


def cue_matches(text: str) -> list[tuple[int, str, float]]:
    """(offset, kind, weight) for every kind cue in ``text``, in one pass."""
    lowered = folded(text) or text.lower()  # folded: the document is usually lower-cased already
    if len(lowered) != len(text):  # a few scripts change length when lowered
        lowered = "".join(c.lower()[:1] or c for c in text)
    found = []
    claimed_to = 0
    for at, _ in literal_matches(lowered, _ANCHORS, _SHORT_ANCHORS):
        if at < claimed_to:
            continue
        match = _CUES.match(lowered, at)
        if match is None:
            continue
        claimed_to = match.end()
        kind, weight = _GROUP_KIND[match.lastgroup]  # type: ignore[index]
        if kind is None:
            continue
        if not _starts_word(text, lowered, at, kind):
            continue
        if kind == "picket" and _SEAT_PICKET.match(lowered, match.end()):
            kind = "protest"
        if match.lastgroup == _STRIKE_GROUP and lowered.startswith("strik", at) and (
                _NAMED_STRIKE_BEFORE.search(lowered, max(0, at - 16), at)
                or _NAMED_STRIKE_AFTER.match(lowered, match.end())):
            weight = _NAMED_STRIKE_WEIGHT
        if kind == "protest" and found:  # "down tools in protest of ...": the act's reason, not the act
            weight = backdrop_weight(lowered, found, at) or weight
        elif kind == "strike" and lowered.startswith("refus", at) and not group_refuses(lowered, at, match.end()):
            continue  # "children refusing to go to school because of anxiety": no withdrawal
        if kind == "hunger" and _HUNGER_BACKED.search(lowered, max(0, at - 60), at):
            kind = "protest"  # "marched in support of the hunger strike", "the anniversary of ...": others' act
        if kind == "protest" and lowered.startswith(_LOWER_CASE_ONLY, at) and not text[at].islower():
            continue  # "the Salt Satyagraha", "Satyagraha Ashram": a name, a book, a film
        if kind == "occupation" and lowered.startswith("sit-in", at) and (
                OUTSIDE.match(lowered, match.end()) or _SIT_IN_PROTEST.match(lowered, match.end())):
            kind = "protest"  # a sit-in in front of the ministry holds no building, nor a "sit-in protest" in a town
        if kind == "walkout" and _ON_STRIKE_AFTER.match(lowered, match.end()):
            kind = "strike"  # "will walk out on strike this week": the walkout is the strike
        if match.lastgroup in _CUE_CHECKS and not _CUE_CHECKS[match.lastgroup](text, lowered, at):
            continue  # "hope to resume work", "shoppers boycotted business", "#Tag: The news": not the cue
        if kind == "motorcade":
            if not _JOINED_MOTORCADE.search(lowered, max(0, at - 40), at):
                continue
            kind = "protest"
        elif kind == "march":
            if not text[at].islower():
                continue
            kind = "protest"
        elif kind == "salutation":
            if not text[at].isupper():
                continue
            kind = "letter"
        found.append((at, kind, weight))
    kinds = {kind for _, kind, _ in found}
    if "picket" in kinds or "practice" in kinds:
        found = _pickets_settled(found, kinds, "struck" in lowered)
    if "hunger" in kinds:
        found = [(at, "strike" if kind == "hunger" else kind, weight) for at, kind, weight in found]
    return found


def _starts_word(text: str, lowered: str, at: int, kind: str) -> bool:
    """Whether the cue at ``at`` starts a word of the text's sentences: not inside a word (nor a campaign's hashtag
    after "&", an HTML entity's "&#"), nor a word of a web address's slug ("/activists-occupying-office-2023"),
    which no sentence says."""
    if not at or text[at] == "%":
        return True  # a share follows its number: "75%" is no word start to check
    before = text[at - 1]
    if before.isalnum() or before == "_" or (before == "&" and text[at] == "#" and kind == "campaign"):
        return False
    return before not in _ADDRESS_MARKS or not _in_address(lowered, at)


def _in_address(lowered: str, at: int) -> bool:
    """Whether offset ``at`` lies inside a web address (the word run back to the last space holds "://" or
    opens on "www."); looked at only a bounded way back."""
    start = max(0, at - _ADDRESS_CHARS)
    for gap in " \t\n":
        start = max(start, lowered.rfind(gap, start, at) + 1)
    token = lowered[start:at]
    return "://" in token or token.startswith("www.")


def _pickets_settled(found: list[tuple[int, str, float]], kinds: set[str],
                     struck: bool) -> list[tuple[int, str, float]]:
    """The page's pickets made strike cues on a page that speaks of a strike, else protest cues; a page
    that speaks of practice pickets rehearses with every picket until its first strike cue."""
    picket = "strike" if "strike" in kinds or "walkout" in kinds or struck else "protest"
    # where rehearsing ends: the first strike cue, or (no practice) before the first cue
    rehearsed_to = 0
    if "practice" in kinds:
        rehearsed_to = next((at for at, kind, _ in found if kind in ("strike", "walkout")), found[-1][0] + 1)
    settled = []
    for at, kind, weight in found:
        if kind == "picket":
            kind = "protest" if at < rehearsed_to else picket
        elif kind == "practice":
            kind = "protest"
        settled.append((at, kind, weight))
    return settled
