"""Names that a rule read as a body but that name an event, a document, a
building or a court.

A head-word run or a shape ends where the capitals end, so "the National
School Walkout", "a UCU Open Letter", "the Tuition and Other Fee Increase"
look like bodies. What a name ends with settles it: an action day, a protest, a
walkout, a letter or a rise is what a body does, never who acts. Words that
also end real groups' names ("Rent Strike", "Women's March", "...
Campaign", "... Fund") are not listed, nor "Scheme": a pension scheme is
a party to talks ("Universities Superannuation Scheme"). A meeting ("the
Students' Association AGM", "the Union OGM") is where a body decides, not
a body; an insurance ("National Care Insurance (NCI)") is a scheme a
movement asks for (its fund, "... Insurance Fund", is a body).

A name ending in "Centre" or "Center" is a building where students meet
or sit in ("Kimmel Center", "Admiralty Centre", "the Campus Center"); a
centre that is a body is named for its work ("Centre for Latin American
Studies") and keeps its head word before "for" or "of", or after its work
and a name of its own ("Southern Poverty Law Center", "Chinatown Workers
Center", "Islington Legal Advice Centre"; a "Student Advice Centre" is a
students' union's room, and "the Queen's University Law Centre" a unit of
the university).

Most courts are left out too: a court decides a dispute a movement brings
(an injunction, an appeal); like a parliament it is where something happens,
not one of the bodies that act. A university's own "University Court" (its
governing body) stays, and so does a court of labour disputes ("the Labour
Court", "the National Industrial Court"): unions and employers are called
before it as to talks, and reports name it as one of the dispute's bodies.
So does a court a page names as a party to its story: one whose name says
which court of law it is ("the Durban High Court", "the Constitutional
Court", "the International Criminal Court", "the Consumer Court", "the
International Court of Justice", "the Supreme Court of Canada"), which
protesters march to, petition or appeal to by name. "The Supreme Court"
alone stays out: pages cite it for the law it laid down rather than as a
party, and readers leave it unlisted.

A body's own event or paper written after its whole name ("the Ostland
Union of Students National Conference", "... Annual Report", "Westbrook
University Walkout", "... Day of Action") names that body: the name is cut before the event and
the words that describe it ("National", "Annual"), when what is left is a
body's name as it stands. Otherwise it is kept or dropped as above ("the
No Fees Activists Conference" has no body's name before its event). Nor does an event of every school of a
level ("the National High School Walkout"): what is left is a describer and a level of schooling, no school.

A head word followed by what a body charges or gives ("Other School Fees",
"Free School Meals", "University Loans", "Union Dues", "Secondary School
Education") names that thing,
not a body; a campaign against it carries its own word before ("Campaign
Against Fees", "Student Solidarity Group Against Fee Hike") and is kept.

Names made of a platform and a group word ("the Facebook Group") are a
page on that platform, not a body; names made of a task and an organ ("our
Branch Committee", "the Trustee Board") are an organ of the page's own
body (labellers list such organs in passing at most).

A name written only after an ordinal ("the 3rd Convocation of Westbrook
University", "the 10th Congress of the Ostland Union of Students") is one
occurrence of a gathering: bodies are not numbered by their sittings, so the
body is what follows "of", when that is a body's name as it stands.

A project that is a work of building ("the Kea Bay Reclamation Project") is a site, a name addressing its payer
("Pay As You Earn") a scheme, "Riot Police" a kind of unit, not which force, and a centre named for what it serves
that the page only ever stands outside or inside ("outside the Centre for Kea Student Life") its building.

A code in capitals before "Strike" alone ("the KTU Strike: lecturers ...") is that union's strike; a group named
for a strike carries more words ("Westbrook Rent Strike", "School Strike 4 Climate").

A rank or an office in capitals before one name ("DCP Arlen said", "SSP Tane") is a person's title, not a
body's code.

No body's name opens and ends with the same head word: in "Department of
Transport Department Order 12" the second "Department" opens the order's
name, so the body is "Department of Transport".
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .day_counts import ORDINALS
from .nationalities import NATIONALITIES
from .organisation_named_body import named_body, names_a_school_level
from .organisation_names import GENERIC, HEADS, REGION_CODES
from .organisation_office_holders import names_office_holders
from .organisation_sectors import names_a_sector
from .places import names_a_region

_EVENT_ENDINGS = frozenset("""Walkout Walkouts Letter Increase Increases Day Week Ballot Referendum Petition
    Centre Center AGM EGM OGM SGM Meeting Meetings Summit Insurance Protest Protests""".split())
# Places whose names end in a head word: "solidarity with Gaza and the West Bank".
_PLACES_NAMED_LIKE_BODIES = frozenset({"West Bank", "Left Bank", "South Bank"})
# Bodies the list of world regions names as regions: "the United Nations", "the European Union" act.
_BODIES_LISTED_AS_REGIONS = frozenset({"United Nations", "European Union"})
# The work a centre that is a body is named for, right before "Centre" or "Center".
_WORK_BEFORE_CENTRE = frozenset("""Law Legal Policy Research Rights Justice Advocacy Advice Action Workers Worker
    Resource Resources Solidarity Medical""".split())  # "Arlen Medical Center": a hospital, whose staff strike
# A centre that federates trade unions is a body ("All India United Trade Union Centre", "Trade Union
# Co-ordinating Centre"); a "Trade Union Centre" or a "Student Union Centre" is a building.
_TRADE_UNION_CENTRE = re.compile(r"(?:\bUnited[ \t]+Trade[ \t]+Unions?|\bTrade[ \t]+Unions?[ \t]+Co-?ordinati(?:on|ng)|"
                                 r"\bTrade[ \t]+Unions)[ \t]+Cent(?:re|er)$")
_EVENT_INSIDE = (" Day of ", " Week of ")  # "National Day of Action for Education"
# A body's own events and papers, and the words describing them, after its name.
_OWN_EVENTS = frozenset("""Walkout Walkouts Letter Day Week Ballot Referendum Petition AGM EGM OGM SGM Meeting
    Meetings Summit Conference Report Elections Election""".split())
# What a body working for elections wants them to be ("Coalition for Free Elections").
_FAIR_ELECTIONS = frozenset("Fair Free Clean Credible Transparent Honest Peaceful Democratic".split())
# A headline's verb between a body and its event, in title case ("... Holding Day of Action", "... Calls Walkout")
_HEADLINE_ACTS = frozenset("""Holds Holding Hosts Hosting Calls Calling Announces Announcing Plans Planning Launches
    Launching Stages Staging Organises Organising Organizes Organizing Marks Marking Declares Declaring""".split())
_EVENT_DESCRIBERS = frozenset("National Annual General Special Extraordinary Emergency Biennial Regional".split())
# What a body charges its members or gives them, after a head word ("School Fees", "School Meals").
# ("Senior Secondary School Education": the schooling a level gives, a minister's portfolio, no school)
_CHARGES = frozenset("""Fees Fee Meals Lunches Uniforms Dues Loans Loan Grants Grant Holidays Exams Examinations
    Education""".split())
# An organ named only by its task or its members ("the Branch Committee", "the Trustee Board"): the page's
# own body's, never a body of its own ("City Council", "Highland Council" name their place and stay).
_ORGAN_TASKS = frozenset("""Branch Trustee Trustees Executive Steering Management Governing Standing Coordination
    Coordinating Organising Organizing Negotiating Bargaining Advisory Finance Investment Selection
    Full""".split())  # "the Full Council": a council's whole sitting
_ORGANS = frozenset("Committee Board Council".split())
# A court of labour disputes hears a strike's parties, who meet there as at talks ("the Labour Court",
# "the Industrial Court", "the Employment and Labour Relations Court"): a party to the dispute, unlike other courts.
_DISPUTE_WORDS = frozenset("Labour Labor Industrial Employment".split())
# The words that make "X Court" a court a page names as a party ("the High Court", "the Constitutional
# Court", "the International Criminal Court"; "Court of Justice" too), not a building ("Union Court").
_COURT_KINDS = frozenset("High Constitutional Criminal Consumer".split())
# A kind of police unit, not which force ("Riot Police ran into the square").
_POLICE_UNITS = frozenset("Riot Anti-Riot Anti-riot Traffic Military Secret Mounted".split())
# Ranks and offices written in capitals before a person's name (police and district ranks, a chief minister, a
# chief police officer, an officer on special duty), or alone for the one who holds them ("the SDM has ordered").
_RANKS = frozenset("DCP ACP SSP DSP ASP IGP DIG DGP SHO SDM CM CPO OSD".split())
_PLATFORMS = frozenset("Facebook WhatsApp Twitter Instagram Telegram Signal YouTube TikTok Reddit Discord".split())
_PLATFORM_GROUPS = frozenset("Group Groups Page Channel Community Chat".split())
# What a project that is a work of building makes or takes ("the Harbourton Bay Reclamation Project", "the Kea
# Dam Project"): a site a movement opposes, not a body ("The Hunger Project" is named for its cause).
_WORKS = frozenset("""Reclamation Construction Expansion Redevelopment Regeneration Dam Pipeline Highway Expressway
    Railway Road Bridge Mining Infrastructure Irrigation Hydropower Hydroelectric Dredging""".split())


def names_no_body(name: str, text: str, mentions: Collection[tuple[int, int]]) -> bool:
    """Whether ``name``, found by a rule, names an event, a document, a
    building or a court rather than a body (see the module docstring); ``text`` and the name's ``mentions`` in it
    (read twice) may have a field's service speak or call a name of offices a body."""
    words = name.split()
    padded = f" {name} "
    if name in _PLACES_NAMED_LIKE_BODIES or names_a_place(name) or names_a_sector(words, text, mentions) or \
            name in NATIONALITIES:
        return True  # a place, a field's service ("the Health Service"), a nation's adjective ("Welsh")
    if len(words) == 2 and (words[0] in _PLATFORMS and words[1] in _PLATFORM_GROUPS or
                            words[0] in _ORGAN_TASKS and words[1] in _ORGANS or
                            words[1] == "Police" and words[0] in _POLICE_UNITS):
        return True
    if words[-1] in _EVENT_ENDINGS and not (words[-1] in ("Centre", "Center") and len(words) >= 3 and
                                            words[-2] in _WORK_BEFORE_CENTRE and HEADS.isdisjoint(words[:-2])
                                            and words[-3] not in GENERIC or _TRADE_UNION_CENTRE.search(name)) or \
            any(map(padded.__contains__, _EVENT_INSIDE)):
        return True
    if len(words) == 2 and words[0] in _RANKS and words[1] not in HEADS and words[1][1:].islower() or name in _RANKS \
            or names_office_holders(words, text, mentions):
        return True  # a titled person, the holder of an office, or those of one ("Ward Chairpersons")
    if words[-2:] == ["General", "Assembly"] and _a_sitting_held(words, text, mentions):
        return True  # "a planned General Assembly": a meeting students call, not the body it gathers
    if len(words) == 2 and words[1] in ("Strike", "Strikes") and words[0].isupper() and len(words[0]) >= 2:
        return True  # a union's strike
    if len(words) >= 2 and words[-1] in _CHARGES and words[-2] in HEADS and not _a_body_of_education(words):
        return True  # "Other School Fees": what a school charges
    if len(words) >= 2 and words[-1] in ("Project", "Projects") and words[-2] in _WORKS or "You" in words[1:]:
        return True  # a work of building; a scheme addressing its payer ("Pay As You Earn"), no body
    head = words[: words.index("of")] if "of" in words else words
    if head[-1:] != ["Court"]:
        return False
    if any(word.endswith(("'s", "’s")) for word in head):
        return True  # "The Labour Party's High Court": a body's case before a court
    return head[-2:-1] != ["University"] and not _hears_labour_disputes(head) and \
        not (head[-2:-1] and head[-2] in _COURT_KINDS or _court_of_law_named(words))


# "a ", "an emergency ", "a planned ": an indefinite article, and at most one small word, right before a name
_ONE_OF_MANY_BEFORE = re.compile(r"\b[Aa]n?(?:[ \t]+[a-z]+)?[ \t]+$")
# what may follow a sitting's name: a stop, a preposition, a verb; not a noun the article governs ("a General
# Assembly resolution", "a General Assembly delegate": the body's)
_SITTING_AFTER = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:of|on|in|at|to|for|by|with|was|is|will|would|has|had|"
                            r"and|[a-z]+ed)\b")


def _a_sitting_held(words: list[str], text: str, mentions: Collection[tuple[int, int]]) -> bool:
    """Whether a "General Assembly" named by no more than what describes a sitting ("Extraordinary General
    Assembly") is only ever one sitting among many ("a General Assembly", "an emergency General Assembly"):
    a meeting of members. A body so named ("the General Assembly") is the one of its name."""
    if not mentions or not set(words[:-2]) <= _EVENT_DESCRIBERS:
        return False
    return all(_ONE_OF_MANY_BEFORE.search(text, max(0, start - 24), start) and _SITTING_AFTER.match(text, end)
               for start, end in mentions)


def _a_body_of_education(words: list[str]) -> bool:
    """Whether a name ending in a head word and "Education" is a body that gives it ("Lakeland Board of School
    Education": another head word or an "of"/"for" before the level), not the schooling itself."""
    return words[-1] == "Education" and (not HEADS.isdisjoint(words[:-2]) or not {"of", "for"}.isdisjoint(words))


def names_a_place(name: str) -> bool:
    """Whether ``name`` is a country, a region or a province ("teachers from Nova Scotia (NS)"), or one written as a
    code ("police in KP"), whatever finder took it; the United Nations and the European Union, listed among regions,
    are bodies."""
    return name in REGION_CODES or names_a_region(name) and name not in _BODIES_LISTED_AS_REGIONS


def _court_of_law_named(words: list[str]) -> bool:
    """"Court of Justice", "Court of Appeal", "Supreme Court of Canada": "Court of" and what the court
    judges or the place it sits for, ending the name (not "the Court of Public Opinion", "the Food Court of
    Canada Place", "the Royal Court of Spain")."""
    at = words.index("Court") if "Court" in words else -1
    if at < 0 or words[at + 1 : at + 2] != ["of"] or words[at - 1 : at] and words[at - 1] in _NO_COURT_OF_LAW:
        return False
    after = words[at + 2 :]
    return bool(after) and (after[0] in _COURT_MATTERS or len(after) == 1 and names_a_region(after[0]))


_COURT_MATTERS = frozenset("Justice Appeal Appeals Session Cassation Arbitration Claims Auditors".split())
# A court for games, food or a monarch's household
_NO_COURT_OF_LAW = frozenset("Food Tennis Royal Basketball Squash Netball Badminton Racquet".split())


def _hears_labour_disputes(head: list[str]) -> bool:
    """"Labour Court", "Industrial Court", "Labour Relations Court", "Labour Appeal Court": the word of labour
    right before "Court", or before its "Relations" or "Appeal"."""
    before = head[-2:-1] if head[-2:-1] not in (["Relations"], ["Appeal"], ["Appeals"]) else head[-3:-2]
    return bool(before) and before[0] in _DISPUTE_WORDS


def body_before_event(name: str) -> str | None:
    """The body's name before its own event or paper ("Ostland Union of
    Students" in "Ostland Union of Students National Conference"), or None."""
    words = name.split()
    if words[-1] in ("Elections", "Election") and "for" in words[1:-2] and words[-2] in _FAIR_ELECTIONS:
        return None  # "Coalition for Clean and Fair Elections": the elections it works for, not its own
    if words[-1] in _OWN_EVENTS:
        end = len(words) - 1
    elif any(map(f" {name} ".__contains__, _EVENT_INSIDE)):  # "... Union of Students Day of Action"
        end = next(i for i, w in enumerate(words) if w in ("Day", "Week") and words[i + 1 : i + 2] == ["of"])
    else:
        return None
    while end > 0 and words[end - 1] in _EVENT_DESCRIBERS:
        end -= 1
    before = words[:end]
    if len(before) >= 3 and before[-1] in _HEADLINE_ACTS and (before[-2] in HEADS or before[-2].endswith("s")):
        # "Ostland Union of Students Holds Day of Action": a headline's verb after a word that can end a body's
        # name, the body before it ("Westbrook Institute of Family Planning Week" keeps its "Planning")
        before = before[:-1]
    if names_a_school_level([w for w in before if w not in _EVENT_DESCRIBERS]):
        return None  # "the National High School Walkout": schools of a level walking out, no school's own event
    return " ".join(before) if len(before) >= 2 and named_body(before) == before else None


def without_repeated_head(name: str) -> str | None:
    """"Department of Transport" for "Department of Transport Department"
    (a head word that opens and ends a name), or None."""
    words = name.split()
    if len(words) >= 4 and words[0] == words[-1] and words[0] in HEADS and words[1] == "of":
        return " ".join(words[:-1])
    return None


# "the 3rd ", "the tenth ": an ordinal right before a name
_ORDINAL_BEFORE = re.compile(rf"(?:\b\d{{1,3}}(?:st|nd|rd|th)|\b(?:first|{'|'.join(ORDINALS)}|[a-z]+teenth|[a-z]+ieth))"
                             r"[ \t]+$", re.IGNORECASE)


def body_after_occurrence(name: str, text: str, mentions: list[tuple[int, int]]) -> str | None:
    """The body after "of" in a numbered gathering ("Westbrook University" in
    "the 3rd Convocation of Westbrook University"), when every mention has an
    ordinal right before it; otherwise None."""
    words = name.split()
    if "of" not in words[1:3] or not mentions:
        return None
    rest = words[words.index("of") + 1 :]
    rest = rest[1:] if rest[:1] == ["the"] else rest
    if len(rest) < 2 or named_body(rest) != rest:
        return None
    if not all(_ORDINAL_BEFORE.search(text, max(0, start - 14), start) for start, _ in mentions):
        return None
    return " ".join(rest)


# Where a mention stands when its name is a building's: "outside the Centre for X", "in front of the Centre".
_AT_A_BUILDING = re.compile(r"(?:\b(?:[Oo]utside|[Ii]nside)(?:[ \t]+of)?|\bin[ \t]+front[ \t]+of|\b[Oo]pposite)"
                            r"(?:[ \t]+the)?[ \t]+$")


def a_centre_stood_at(name: str, text: str, mentions: list[tuple[int, int]]) -> bool:
    """Whether ``name`` is a centre named for what it serves ("the Centre for Kea Student Life") that the page
    only ever stands outside, inside or opposite: its building, where a body of that kind is written as one
    that acts or speaks."""
    if not name.startswith(("Centre ", "Center ")):
        return False
    written = [start for start, _ in mentions if text[start - 1 : start] != "("]  # not its code in brackets
    return bool(written) and all(_AT_A_BUILDING.search(text, max(0, start - 20), start) for start in written)
