"""A synthetic archive in the styles of real sources, with its answers.

``python bench/corpus.py OUT_DIR [-n 10000] [--seed 1] [--formats txt,html]``
writes N documents — press releases, news articles, blog posts, open letters
and e-mails — as .txt, .html, .md, .docx, .pdf and .eml, plus
``labels.jsonl``: for every file its published date, main event (date,
precision, kind), every event it reports, the organisations and the people
with roles. Benchmarks import it for speed; the labels let extraction
accuracy be measured at scale. ``--stories`` writes the ground truth for
consolidation instead: several documents per real-world event, with
distractors nearby (see ``corpus_stories``).

Everything comes from ``random.Random(seed)``: the same seed gives the same
texts and labels. The prose is assembled from templates written for this
project; it reads like the seeds (see ``seeds/``) without copying any source.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

#: Share of each format among generated originals (PDF/DOCX are slow to write
#: and rarer in real press archives, which are mostly saved web pages and text).
FORMAT_SHARES: dict[str, float] = {
    "txt": 0.44, "html": 0.31, "md": 0.08, "eml": 0.09, "docx": 0.04, "pdf": 0.04,
}
ALL_FORMATS = tuple(FORMAT_SHARES)
#: Of all documents, this share are whitespace-only copies (duplicates) and
#: this share copies with one sentence changed (distinct documents).
WHITESPACE_COPY_SHARE = 0.02
CHANGED_SENTENCE_SHARE = 0.01
UNDATED_SHARE = 0.06

FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2026, 6, 30)

MONTHS = ("January February March April May June July August September October "
          "November December").split()
MONTH_ABBR = ("Jan Feb March April May June July Aug Sept Oct Nov Dec").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

# ---------------------------------------------------------------- vocabulary
_GROUPS = ["Students", "Teachers", "Journalists", "Rail Workers", "Nurses", "Tenants",
           "Lecturers", "Postgraduates", "Care Workers", "Musicians", "Cleaners",
           "Librarians", "Researchers", "Migrants", "Young Workers", "Graduates",
           "Apprentices", "Disabled Students", "Parents", "Renters"]
_ADJECTIVES = ["National", "Scottish", "Welsh", "Northern", "Independent", "United",
               "Federated", "Progressive", "Radical", "Free", "Democratic", "Open",
               "Global", "Regional", "Metropolitan", "Coastal"]
_CAUSE_NOUNS = ["Fair Rents", "Free Education", "Climate Justice", "Migrant Rights",
                "Equal Pay", "Open Borders", "Safe Housing", "Public Libraries",
                "Peace", "Disability Rights", "Clean Air", "Living Wages", "Press Freedom",
                "Palestine Solidarity", "Racial Justice", "Mental Health"]
_THINGS = ["Arms Trade", "Tuition Fees", "Casual Contracts", "Fossil Fuels", "Deportations",
           "Pension Cuts", "Library Closures", "Austerity", "Evictions", "Surveillance"]
_CITIES = ["Sheffield", "Leeds", "Manchester", "Glasgow", "Cardiff", "Bristol", "Belfast",
           "Leicester", "Norwich", "Brighton", "Exeter", "Dundee", "Swansea", "Hull",
           "Liverpool", "Newcastle", "Birmingham", "Nottingham", "York", "Aberdeen",
           "Coventry", "Lancaster", "Durham", "Oxford", "Cambridge", "Reading", "Bath",
           "Plymouth", "Salford", "Sunderland"]
_ORG_SUFFIXES = ["Network", "Alliance", "Coalition", "Collective", "Forum", "Assembly",
                 "Action Group", "Federation", "Association", "Council"]

_FIRST = ["Amira", "Ben", "Chloe", "Dev", "Ellie", "Farid", "Grace", "Hamza", "Isla", "Jonah",
          "Kiran", "Layla", "Marcus", "Nadia", "Owen", "Priya", "Quentin", "Rosa", "Sami",
          "Tara", "Umar", "Vera", "Wes", "Yasmin", "Zoe", "Aled", "Bronwen", "Callum",
          "Deborah", "Eamon", "Fatima", "Gareth", "Hannah", "Idris", "Jess", "Kwame",
          "Lucia", "Mostyn", "Niamh", "Oluwaseun", "Patrick", "Rhiannon", "Siobhan",
          "Tomasz", "Ursula", "Viktor", "Wanjiru", "Xavier", "Yusuf", "Zainab"]
_LAST = ["Abbott", "Begum", "Carr", "Dimitrov", "Evans", "Fraser", "Gallagher", "Hussain",
         "Iqbal", "Jones", "Kowalski", "Lewis", "Mensah", "Nowak", "O'Brien", "Patel",
         "Quinn", "Rahman", "Singh", "Thomas", "Underwood", "Vaughan", "Williams", "Xu",
         "Young", "Zielinski", "Ahmed", "Byrne", "Chowdhury", "Doyle", "Ellis", "Fitzgerald",
         "Green", "Hughes", "Ibrahim", "Jenkins", "Kaur", "Lynch", "Morgan", "Nguyen",
         "Okafor", "Price", "Reid", "Shah", "Turner", "Walsh", "Yilmaz", "Zaman"]
_ROLES = ["president", "vice president (education)", "international students' officer",
          "general secretary", "campaigns officer", "press officer", "chair",
          "national organiser", "welfare officer", "spokesperson", "women's officer",
          "branch secretary", "co-ordinator", "treasurer", "black students' officer"]

_CAUSES = ["tuition fees", "the rent crisis", "cuts to mental health services",
           "the hostile environment policy", "climate inaction", "cuts to staff pensions",
           "casual contracts", "investment in arms companies", "the closure of the campus nursery",
           "visa charges for international students", "the loss of library hours",
           "the treatment of refugees", "cuts to bursaries", "outsourced cleaning staff",
           "the government's immigration bill", "racism on campus", "the war",
           "unsafe student housing", "fossil fuel sponsorship", "the cost of living"]
_BUILDINGS = ["the main library", "the vice-chancellor's office", "the senate house",
              "the arts tower", "the council chamber", "the student centre", "the old lecture theatre"]

#: kind -> (future phrase, past phrase); "{who}" is the actors, "{cause}" the issue.
_KIND_PHRASES: dict[str, tuple[str, str]] = {
    "walkout": ("{who} will walk out of lectures in protest at {cause}",
                "{who} walked out of lectures in protest at {cause}"),
    "campaign": ("{who} will launch a national campaign against {cause}",
                 "{who} launched a national campaign against {cause}"),
    "letter": ("{who} will publish an open letter about {cause}",
               "{who} published an open letter about {cause}"),
    "protest": ("{who} will march through {city} against {cause}",
                "{who} marched through {city} against {cause}"),
    "strike": ("{who} will go on strike over {cause}",
               "{who} went on strike over {cause}"),
    "occupation": ("{who} will occupy {building} over {cause}",
                   "{who} occupied {building} over {cause}"),
    "petition": ("{who} will hand in a petition on {cause} signed by {count} people",
                 "{who} handed in a petition on {cause} signed by {count} people"),
    "vote": ("{who} will vote on a motion about {cause}",
             "{who} voted on a motion about {cause}"),
}
_KIND_WEIGHTS = {"walkout": 3, "campaign": 3, "letter": 2, "protest": 3, "strike": 2,
                 "occupation": 1, "petition": 1, "vote": 1}
_HEADLINE = {
    "walkout": "{acr} calls on students to walk out over {cause}",
    "campaign": "{acr} launches campaign against {cause}",
    "letter": "Open letter to the {recipient} on {cause}",
    "protest": "Thousands expected to march in {city} over {cause}",
    "strike": "{acr} members to strike over {cause}",
    "occupation": "Students occupy {building} in {city}",
    "petition": "Petition on {cause} handed in by {acr}",
    "vote": "{acr} to vote on {cause}",
}
_QUOTES = [
    "We have been patient for too long, and patience has got us nowhere.",
    "This is about whether our institutions listen to the people they exist to serve.",
    "Nobody takes this kind of action lightly, but we have run out of other options.",
    "We want to send a clear message that students and staff stand together.",
    "The response so far has been a shrug, and a shrug is not good enough.",
    "Every one of us knows someone who has been affected by this.",
    "We are asking for something simple: to be treated fairly.",
    "Silence is a choice, and we are choosing not to be silent.",
    "Our members voted overwhelmingly for action, and we are acting on that mandate.",
    "If the decision is not reversed, this will only be the beginning.",
]
_CONTEXT = [
    "Organisers say the action is supported by branches across the country.",
    "The university said it was disappointed by the decision and remained open to talks.",
    "A spokesperson for the department declined to comment on the plans.",
    "Campaigners are planning to wear badges and hold teach-ins throughout the day.",
    "Supporters have been asked to share photographs using the campaign hashtag.",
    "Local councillors and several MPs have signalled their support.",
    "The move follows months of meetings that campaigners describe as fruitless.",
    "Those taking part have been reminded to look after each other and stay safe.",
    "More than a hundred societies have signed a joint statement backing the action.",
    "Staff and students say the issue has been building for several years.",
    "Critics argue that the action will do little to change the policy.",
    "The national body has published guidance for branches planning to take part.",
    "Similar actions have taken place at campuses in Scotland and Wales.",
    "Volunteers will run information stalls outside the main entrance.",
    "Attendance at earlier meetings surprised even the organisers.",
]
_RECIPIENTS = ["Vice-Chancellor", "Secretary of State for Education", "Board of Trustees",
               "Home Secretary", "Prime Minister", "University Council"]
_SITES = ["The Campus Courier", "Student Voice Daily", "The Northern Ledger",
          "Education Week UK", "The Quad", "Movement Notes", "The Left Margin"]


# ---------------------------------------------------------------- entities
@dataclass(frozen=True)
class Organisation:
    name: str
    acronym: str
    domain: str


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    organisation: Organisation


_STOP = {"of", "the", "and", "for", "on", "in", "&"}


def _acronym(name: str) -> str:
    words = [w for w in name.replace("'", "").split() if w.lower() not in _STOP]
    return "".join(w[0].upper() for w in words)


def make_organisations(rng: random.Random, count: int = 300) -> list[Organisation]:
    """A few hundred distinct organisations, each with a unique acronym."""
    makers = [
        lambda: f"{rng.choice(_ADJECTIVES)} Union of {rng.choice(_GROUPS)}",
        lambda: f"{rng.choice(_CITIES)} Students' Union",
        lambda: f"Campaign for {rng.choice(_CAUSE_NOUNS)}",
        lambda: f"Campaign Against {rng.choice(_THINGS)}",
        lambda: f"{rng.choice(_GROUPS)} for {rng.choice(_CAUSE_NOUNS)}",
        lambda: f"{rng.choice(_ADJECTIVES)} {rng.choice(_GROUPS)} {rng.choice(_ORG_SUFFIXES)}",
        lambda: f"{rng.choice(_CITIES)} {rng.choice(_CAUSE_NOUNS)} {rng.choice(_ORG_SUFFIXES)}",
        lambda: f"Federation of {rng.choice(_GROUPS)} Societies",
    ]
    found: list[Organisation] = []
    names: set[str] = set()
    acronyms: set[str] = set()
    attempts = 0
    while len(found) < count and attempts < count * 50:
        attempts += 1
        name = rng.choice(makers)()
        acronym = _acronym(name)
        if name in names or acronym in acronyms or len(acronym) < 2:
            continue
        names.add(name)
        acronyms.add(acronym)
        domain = acronym.lower() + rng.choice([".org.uk", ".org", ".ac.uk", ".net"])
        found.append(Organisation(name, acronym, domain))
    return found


def make_people(rng: random.Random, organisations: list[Organisation],
                count: int = 900) -> list[Person]:
    people: list[Person] = []
    seen: set[str] = set()
    while len(people) < count:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if name in seen:
            if len(seen) >= len(_FIRST) * len(_LAST):
                break
            continue
        seen.add(name)
        people.append(Person(name, rng.choice(_ROLES), rng.choice(organisations)))
    return people


# ---------------------------------------------------------------- dates
def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def format_full_date(day: date, rng: random.Random) -> str:
    """One date, with year, in one of the styles real sources use."""
    style = rng.randrange(6)
    if style == 0:
        return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == 1:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == 2:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == 3:
        return day.isoformat()
    if style == 4:
        return f"{_ordinal(day.day)} {MONTH_ABBR[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def format_dateline(day: date, rng: random.Random) -> str:
    """A published line at the top of a page; sometimes with a time (UK, day-first)."""
    if rng.random() < 0.2:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {rng.randrange(7, 20):02d}:" \
               f"{rng.randrange(60):02d} GMT"
    return format_full_date(day, rng)


def _random_day(rng: random.Random, first: date = FIRST_DAY, last: date = LAST_DAY) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


# ---------------------------------------------------------------- documents
@dataclass
class Event:
    start: str | None
    precision: str
    kind: str

    def label(self) -> dict:
        return {"date": self.start, "precision": self.precision, "kind": self.kind}


@dataclass
class Draft:
    """A document before it is rendered to a file format."""

    style: str
    title: str
    published: date | None
    paragraphs: list[str]
    main: Event
    events: list[Event]
    organisations: list[Organisation]
    people: list[Person]
    dateline: str | None = None
    author: str | None = None
    sender: Person | None = None
    extra: dict = field(default_factory=dict)


_STYLES = {"press_release": 0.32, "news": 0.30, "blog": 0.16, "open_letter": 0.12, "email": 0.10}


def _phrase(kind: str, tense: int, who: str, rng: random.Random, **fixed: str) -> str:
    """The sentence core for an event; ``fixed`` pins cause/city/building to the headline's."""
    words = {"cause": rng.choice(_CAUSES), "city": rng.choice(_CITIES),
             "building": rng.choice(_BUILDINGS), "count": f"{rng.randrange(2, 90) * 100:,}"}
    words.update(fixed)
    return _KIND_PHRASES[kind][tense].format(who=who, **words)


def _pick_kind(rng: random.Random) -> str:
    kinds = list(_KIND_WEIGHTS)
    return rng.choices(kinds, weights=[_KIND_WEIGHTS[k] for k in kinds])[0]


def _introduce(org: Organisation, introduced: set[str]) -> str:
    """First mention defines the acronym; later ones use it (as the seeds do)."""
    if org.acronym in introduced:
        return org.acronym
    introduced.add(org.acronym)
    return f"the {org.name} ({org.acronym})"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def make_draft(rng: random.Random, organisations: list[Organisation],
               people: list[Person]) -> Draft:
    style = rng.choices(list(_STYLES), weights=list(_STYLES.values()))[0]
    undated = rng.random() < UNDATED_SHARE
    orgs = rng.sample(organisations, rng.randint(1, 3))
    lead = orgs[0]
    speakers = rng.sample(people, rng.randint(1, 2))
    kind = "letter" if style == "open_letter" and rng.random() < 0.7 else _pick_kind(rng)
    introduced: set[str] = set()
    cause = rng.choice(_CAUSES)
    city = rng.choice(_CITIES)
    building = rng.choice(_BUILDINGS)
    title = _HEADLINE[kind].format(acr=lead.acronym, cause=cause, city=city,
                                   building=building, recipient=rng.choice(_RECIPIENTS))
    title = _cap(title)

    scene = {"cause": cause, "city": city, "building": building}
    published: date | None = None if undated else _random_day(rng)
    paragraphs: list[str] = []
    events: list[Event] = []

    # The main event and the sentence that reports it.
    who = _introduce(lead, introduced)
    who = f"Members of {who}" if rng.random() < 0.3 else _cap(who)
    if undated:
        main = Event(None, "unknown", kind)
        paragraphs.append(_phrase(kind, 0, who, rng, **scene) + ".")
    else:
        assert published is not None
        roll = rng.random()
        if style in ("news", "blog") and roll < 0.45:
            # Reported afterwards: a past event a few days before publication.
            day = max(FIRST_DAY, published - timedelta(days=rng.randrange(0, 8)))
            tense, when = 1, f"on {format_full_date(day, rng)}"
            main = Event(day.isoformat(), "day", kind)
        elif roll < 0.2:
            day = published
            tense = 0
            when = f"today ({WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]})"
            main = Event(day.isoformat(), "day", kind)
        elif roll < 0.75:
            day = min(LAST_DAY, published + timedelta(days=rng.randrange(1, 40)))
            tense = 0
            if day.year == published.year and rng.random() < 0.4:
                when = f"on {MONTHS[day.month - 1]} {day.day}"  # year implied by the dateline
            else:
                when = f"on {format_full_date(day, rng)}"
            main = Event(day.isoformat(), "day", kind)
        elif roll < 0.9:
            month = published.month % 12 + 1
            year = published.year + (1 if published.month == 12 else 0)
            tense, when = 0, f"in {MONTHS[month - 1]} {year}"
            main = Event(f"{year:04d}-{month:02d}", "month", kind)
        else:
            year = min(published.year + 1, LAST_DAY.year)
            tense, when = 0, f"in {year}"
            main = Event(f"{year:04d}", "year", kind)
        sentence = _phrase(kind, tense, who, rng, **scene)
        if rng.random() < 0.5:
            paragraphs.append(f"{sentence} {when}.")
        else:
            paragraphs.append(f"{_cap(when)}, {sentence[0].lower() + sentence[1:]}.")
    events.append(main)

    paragraphs.append(" ".join(rng.sample(_CONTEXT, 2)))

    # Quotes from people with their roles.
    for person in speakers:
        org = person.organisation
        if org not in orgs:
            orgs.append(org)
        named = _introduce(org, introduced)
        paragraphs.append(f"{person.name}, {named} {person.role}, said: "
                          f"“{rng.choice(_QUOTES)} {rng.choice(_QUOTES)}”")

    # Secondary events: relative dates, bare years, month-day without year.
    if published is not None:
        for _ in range(rng.randint(1, 3)):
            other = rng.choice(orgs)
            other_kind = _pick_kind(rng)
            actor = _introduce(other, introduced)
            choice = rng.randrange(3)
            if choice == 0 and published.year > FIRST_DAY.year:
                prev = (published.replace(day=1) - timedelta(days=1))
                paragraphs.append(f"Last month, {actor} "
                                  f"{_phrase(other_kind, 1, '', rng).strip()}.")
                events.append(Event(f"{prev.year:04d}-{prev.month:02d}", "month", other_kind))
            elif choice == 1:
                year = rng.randrange(max(FIRST_DAY.year, published.year - 15), published.year + 1)
                paragraphs.append(f"In {year}, {actor} "
                                  f"{_phrase(other_kind, 1, '', rng).strip()}.")
                events.append(Event(f"{year:04d}", "year", other_kind))
            else:
                earlier = published - timedelta(days=rng.randrange(1, 120))
                if earlier.year != published.year:
                    continue  # "On March 3" would then point at the wrong year
                paragraphs.append(f"On {MONTHS[earlier.month - 1]} {earlier.day}, {actor} "
                                  f"{_phrase(other_kind, 1, '', rng).strip()}.")
                events.append(Event(earlier.isoformat(), "day", other_kind))

    paragraphs.append(" ".join(rng.sample(_CONTEXT, rng.randint(1, 3))))
    if rng.random() < 0.5:
        paragraphs.append(f"{rng.choice(_QUOTES)}")

    return Draft(
        style=style, title=title, published=published, paragraphs=paragraphs, main=main,
        events=events, organisations=orgs, people=speakers,
        dateline=format_dateline(published, rng) if published else None,
        author=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        sender=speakers[0],
        extra={"site": rng.choice(_SITES), "recipient": rng.choice(_RECIPIENTS),
               "signatories": rng.sample(people, rng.randint(2, 5))},
    )


# ---------------------------------------------------------------- rendering
def render_text(draft: Draft, headers_elsewhere: bool = False) -> str:
    """The document as plain text, laid out in its style (``headers_elsewhere``:
    an e-mail body whose Date is in the message's own headers)."""
    body = "\n\n".join(draft.paragraphs)
    lines: list[str] = []
    if draft.style == "press_release":
        lines += ["Back to press releases", "", draft.title, ""]
        if draft.dateline:
            lines += [draft.dateline, ""]
        lines += [body, "", "", "Notes to editors:", "",
                  f"  1. For more information please contact the {draft.organisations[0].acronym} "
                  f"press office at press@{draft.organisations[0].domain}"]
    elif draft.style == "news":
        if draft.dateline:
            lines += [draft.dateline, ""]
        lines += [draft.title, "", body, "", f"By {draft.author}"]
    elif draft.style == "blog":
        lines += [draft.title, ""]
        if draft.dateline:
            lines += [f"Posted on {draft.dateline} by {draft.author}", ""]
        lines += [body, "", "Share this:", "Twitter  Facebook  Email"]
    elif draft.style == "open_letter":
        recipient = draft.extra["recipient"]
        lines += [f"An open letter to the {recipient}", ""]
        if draft.dateline:
            lines += [draft.dateline, ""]
        lines += [f"Dear {recipient},", "", body, "", "Signed,"]
        lines += [f"{p.name}, {p.role}, {p.organisation.name}" for p in draft.extra["signatories"]]
    else:  # email body; "Sent:" when the text dates things only against that day
        if draft.extra.get("sent_line") and draft.dateline and not headers_elsewhere:
            lines += [f"Sent: {draft.dateline}", ""]
        lines += ["Hi all,", "", body, "", "Best wishes,", draft.sender.name if draft.sender else ""]
    return "\n".join(lines) + "\n"


def render_html(draft: Draft, rng: random.Random) -> str:
    esc = html.escape
    meta = ""
    if draft.published and rng.random() < 0.6:
        meta = (f'<meta property="article:published_time" '
                f'content="{draft.published.isoformat()}T09:00:00+00:00">\n')
    byline = f'<p class="byline">{esc(draft.dateline)}</p>' if draft.dateline else ""
    paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in draft.paragraphs)
    site = esc(draft.extra["site"])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(draft.title)} | {site}</title>
{meta}<style>body {{ font-family: sans-serif; }} .byline {{ color: #666; }}</style>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/campaigns">Campaigns</a></li><li><a href="/about">About us</a></li></ul></nav></header>
<main><article>
<h1>{esc(draft.title)}</h1>
{byline}
{paragraphs}
<p class="author">By {esc(draft.author or "")}</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Council confirms budget timetable</a></li>
<li><a href="/b">Sports centre reopens after refit</a></li></ul></aside>
<footer><p>&copy; {site}. All rights reserved.</p><p><a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def render_markdown(draft: Draft, rng: random.Random) -> str:
    body = "\n\n".join(draft.paragraphs)
    if draft.published and rng.random() < 0.5:
        return (f"---\ntitle: \"{draft.title}\"\ndate: {draft.published.isoformat()}\n---\n\n"
                f"{body}\n")
    head = f"# {draft.title}\n\n"
    if draft.dateline:
        head += f"*{draft.dateline}*\n\n"
    return head + body + "\n"


def render_eml(draft: Draft, rng: random.Random) -> bytes:
    message = EmailMessage()
    sender = draft.sender
    assert sender is not None
    local = sender.name.lower().replace(" ", ".").replace("'", "")
    message["From"] = f"{sender.name} <{local}@{sender.organisation.domain}>"
    message["To"] = f"members@{draft.organisations[0].domain}"
    message["Subject"] = draft.title
    if draft.published:
        moment = datetime(draft.published.year, draft.published.month, draft.published.day,
                          rng.randrange(7, 22), rng.randrange(60), tzinfo=timezone.utc)
        message["Date"] = format_datetime(moment)
    message.set_content(render_text(draft, headers_elsewhere=True))
    return bytes(message)


def render_docx(draft: Draft) -> bytes:
    from docx import Document  # imported lazily: only needed when DOCX is generated

    document = Document()
    document.core_properties.title = draft.title
    document.core_properties.author = draft.author or ""
    if draft.published:
        document.core_properties.created = datetime(draft.published.year, draft.published.month,
                                                    draft.published.day, 9, 0)
    document.add_heading(draft.title, level=1)
    if draft.dateline:
        document.add_paragraph(draft.dateline)
    for paragraph in draft.paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


#: PDF core fonts speak Latin-1 only; typographic quotes become plain ones.
_LATIN1 = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def render_pdf(draft: Draft) -> bytes:
    from fpdf import FPDF  # imported lazily: only needed when PDF is generated

    pdf = FPDF()
    pdf.set_title(draft.title.translate(_LATIN1))
    pdf.set_author((draft.author or "").translate(_LATIN1))
    stamp = draft.published or date(2000, 1, 1)
    pdf.set_creation_date(datetime(stamp.year, stamp.month, stamp.day, 9, 0,
                                   tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, draft.title.translate(_LATIN1), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    if draft.dateline:
        pdf.multi_cell(0, 6, draft.dateline, new_x="LMARGIN", new_y="NEXT")
    for paragraph in draft.paragraphs:
        text = paragraph.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def _whitespace_variant(text: str, rng: random.Random) -> str:
    """The same words with other spacing and line endings: a duplicate."""
    words = text.split(" ")
    out = []
    for word in words:
        out.append(word)
        out.append("  " if rng.random() < 0.05 else " ")
    varied = "".join(out[:-1])
    varied = varied.replace("\n\n", "\n \n\n" if rng.random() < 0.5 else "\n\n\n")
    return varied.replace("\n", "\r\n") + "   \r\n"


def _labels(draft: Draft, rel: str, fmt: str) -> dict:
    return {
        "file": rel,
        "format": fmt,
        "style": draft.style,
        "title": draft.title,
        "published": draft.published.isoformat() if draft.published else None,
        "main": draft.main.label(),
        "events": [e.label() for e in draft.events],
        "organisations": [{"name": o.name, "acronym": o.acronym} for o in draft.organisations],
        "people": [{"name": p.name, "role": p.role} for p in draft.people],
    }


def _choose_format(draft: Draft, rng: random.Random, formats: tuple[str, ...]) -> str:
    if draft.style == "email" and "eml" in formats:
        return "eml"
    pool = [f for f in formats if f != "eml"] or list(formats)
    return rng.choices(pool, weights=[FORMAT_SHARES[f] for f in pool])[0]


def _render(draft: Draft, fmt: str, rng: random.Random) -> bytes:
    if fmt == "txt":
        return render_text(draft).encode("utf-8")
    if fmt == "html":
        return render_html(draft, rng).encode("utf-8")
    if fmt == "md":
        return render_markdown(draft, rng).encode("utf-8")
    if fmt == "eml":
        return render_eml(draft, rng)
    return render_docx(draft) if fmt == "docx" else render_pdf(draft)


def generate_stories(out: Path, n: int, rng: random.Random,
                     formats: tuple[str, ...]) -> Path:
    """Ground truth for consolidation (see ``corpus_stories``): ``n`` documents
    reporting shared real-world events; each label line has its ``story``."""
    import corpus_stories

    organisations = make_organisations(rng)
    people = make_people(rng, organisations)
    labels_path = out / "labels.jsonl"
    with labels_path.open("w", encoding="utf-8") as labels_file:
        for index, (story, draft) in enumerate(
                corpus_stories.story_drafts(n, rng, organisations, people)):
            fmt = _choose_format(draft, rng, formats)
            rel = f"{draft.published.year}/{index:06d}-{draft.style.replace('_', '-')}.{fmt}"
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(_render(draft, fmt, rng))
            labels_file.write(json.dumps(dict(_labels(draft, rel, fmt), story=story),
                                         ensure_ascii=False) + "\n")
    return labels_path


def generate(out_dir: str | Path, n: int = 10_000, seed: int = 1,
             formats: tuple[str, ...] | None = None, stories: bool = False) -> Path:
    """Write ``n`` documents and ``labels.jsonl`` under ``out_dir``; returns the labels path.

    ``formats`` limits the file types (e.g. ``("txt",)`` for the plain-text
    benchmark and fast tests); by default all six appear in their shares.
    ``stories`` writes the consolidation ground truth instead (several
    documents per real-world event, labelled with its ``story``).
    """
    formats = tuple(formats or ALL_FORMATS)
    unknown = set(formats) - set(ALL_FORMATS)
    if unknown:
        raise ValueError(f"unknown formats: {', '.join(sorted(unknown))}")
    rng = random.Random(seed)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if stories:
        return generate_stories(out, n, rng, formats)
    organisations = make_organisations(rng)
    people = make_people(rng, organisations)
    originals: list[tuple[str, str, dict]] = []  # (rel path, text, labels) of .txt files
    labels_path = out / "labels.jsonl"
    with labels_path.open("w", encoding="utf-8") as labels_file:
        for index in range(n):
            roll = rng.random()
            if originals and roll < WHITESPACE_COPY_SHARE:
                source_rel, text, source_labels = rng.choice(originals)
                rel = f"copies/{index:06d}-copy.txt"
                data = _whitespace_variant(text, rng).encode("utf-8")
                labels = dict(source_labels, file=rel, duplicate_of=source_rel)
            elif originals and roll < WHITESPACE_COPY_SHARE + CHANGED_SENTENCE_SHARE:
                source_rel, text, source_labels = rng.choice(originals)
                changed = text.replace(rng.choice(_CONTEXT), rng.choice(_CONTEXT), 1)
                if changed == text:
                    changed = text.rstrip("\n") + "\n\n" + rng.choice(_CONTEXT) + "\n"
                rel = f"copies/{index:06d}-edited.txt"
                data = changed.encode("utf-8")
                labels = dict(source_labels, file=rel, variant_of=source_rel)
            else:
                draft = make_draft(rng, organisations, people)
                fmt = _choose_format(draft, rng, formats)
                folder = str(draft.published.year) if draft.published else "undated"
                rel = f"{folder}/{index:06d}-{draft.style.replace('_', '-')}.{fmt}"
                if fmt == "txt":
                    text = render_text(draft)
                    data = text.encode("utf-8")
                elif fmt == "html":
                    data = render_html(draft, rng).encode("utf-8")
                elif fmt == "md":
                    data = render_markdown(draft, rng).encode("utf-8")
                elif fmt == "eml":
                    data = render_eml(draft, rng)
                elif fmt == "docx":
                    data = render_docx(draft)
                else:
                    data = render_pdf(draft)
                labels = _labels(draft, rel, fmt)
                if fmt == "txt":
                    originals.append((rel, text, labels))
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            labels_file.write(json.dumps(labels, ensure_ascii=False) + "\n")
    return labels_path


def read_labels(labels_path: str | Path) -> list[dict]:
    """The labels written by :func:`generate`, one dict per document."""
    with Path(labels_path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("-n", type=int, default=10_000, help="number of documents (default 10000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default=",".join(ALL_FORMATS),
                        help="comma-separated subset of: " + ", ".join(ALL_FORMATS))
    parser.add_argument("--stories", action="store_true",
                        help="several documents per real-world event, labelled by story "
                             "(ground truth for bench/consolidation.py)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        labels = generate(args.out_dir, args.n, args.seed,
                          tuple(f.strip() for f in args.formats.split(",") if f.strip()),
                          stories=args.stories)
    except ValueError as exc:
        parser.error(str(exc))
    elapsed = time.perf_counter() - started
    print(f"wrote {args.n} documents and {labels} in {elapsed:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
