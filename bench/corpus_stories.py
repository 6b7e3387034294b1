"""Ground truth for consolidation: real-world events each reported by several documents.

``python bench/corpus.py OUT_DIR --stories`` writes, instead of independent
documents, *stories*: one real-world event (kind, lead organisation, cause,
place, day) described by 1–5 documents in different styles, wordings and
date styles — absolute ("10 November 2010", "November 10, 2010"), relative
to the dateline ("yesterday", "last Wednesday"), year-less ("on November 10"
under a dated page) and month-only ("in November 2010"). An e-mail that dates
its report only against the day it was sent ("yesterday", "on November 10")
shows that day as its "Sent:" line, as a saved mail does: without it no reader
could tell which day, or even which year, it means. Half the stories
have distractors: other events by the same organisation on nearby days
(three to twenty-five days away), over other causes. ``labels.jsonl`` gains
``"story"`` on every line: documents with the same story describe the same
event. The documents render with the corpus's own templates and formats.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import corpus as base

#: How many reports a story gets, and how often.
REPORT_COUNTS = {1: 0.25, 2: 0.25, 3: 0.25, 4: 0.15, 5: 0.10}
DISTRACTOR_SHARE = 0.5
_KINDS = ("walkout", "campaign", "letter", "protest", "strike", "occupation", "petition")
_OPENERS = ["", "As planned, ", "Despite the rain, ", "After weeks of talks, ",
            "In a show of strength, "]
_HEADLINES = {
    "walkout": ["{acr} students walk out over {cause}", "Walkout over {cause} at {city}",
                "Lecture halls empty as students protest {cause}"],
    "campaign": ["{acr} launches campaign against {cause}", "New campaign on {cause}",
                 "Campaigners take on {cause}"],
    "letter": ["Open letter on {cause}", "{acr} writes to ministers about {cause}",
               "Letter signed by hundreds on {cause}"],
    "protest": ["Thousands march in {city} over {cause}", "{city} march against {cause}",
                "Protesters fill {city} streets over {cause}"],
    "strike": ["{acr} members strike over {cause}", "Strike over {cause} begins",
               "Picket lines over {cause}"],
    "occupation": ["Students occupy {building}", "Occupation of {building} over {cause}",
                   "{acr} occupation in {city}"],
    "petition": ["Petition on {cause} handed in", "{acr} petition on {cause}",
                 "Thousands sign petition on {cause}"],
}


@dataclass
class Story:
    """One real-world event."""

    number: int
    kind: str
    lead: base.Organisation
    cause: str
    city: str
    building: str
    day: date


def _when(story: Story, published: date, rng: random.Random) -> tuple[str, int, str, str]:
    """(phrase, tense, labelled start, precision) for one report of ``story``."""
    day = story.day
    after = (published - day).days
    style = rng.randrange(5)
    if after == 1 and style < 2:
        return "yesterday", 1, day.isoformat(), "day"
    if 1 < after < 7 and style < 2:
        return f"last {base.WEEKDAYS[day.weekday()]}", 1, day.isoformat(), "day"
    tense = 1 if after > 0 else 0
    if style == 2 and published.year == day.year:
        return f"on {base.MONTHS[day.month - 1]} {day.day}", tense, day.isoformat(), "day"
    if style == 3:
        return (f"in {base.MONTHS[day.month - 1]} {day.year}", tense,
                f"{day.year:04d}-{day.month:02d}", "month")
    return f"on {base.format_full_date(day, rng)}", tense, day.isoformat(), "day"


def make_report(story: Story, rng: random.Random, organisations: list[base.Organisation],
                people: list[base.Person]) -> base.Draft:
    """One document about ``story``, in a style, wording and date style of its own."""
    style = rng.choices(list(base._STYLES), weights=list(base._STYLES.values()))[0]
    published = story.day + timedelta(days=rng.choice([-20, -9, -3, -1, 0, 1, 2, 4, 6, 15]))
    when, tense, start, precision = _when(story, published, rng)
    introduced: set[str] = set()
    who = base._introduce(story.lead, introduced)
    who = f"Members of {who}" if rng.random() < 0.3 else base._cap(who)
    scene = {"cause": story.cause, "city": story.city, "building": story.building}
    sentence = base._phrase(story.kind, tense, who, rng, **scene)
    opener = rng.choice(_OPENERS)
    if rng.random() < 0.5:
        lead_paragraph = f"{opener}{sentence[0].lower() if opener else sentence[0]}" \
                         f"{sentence[1:]} {when}."
    else:
        lead_paragraph = f"{base._cap(when)}, {sentence[0].lower() + sentence[1:]}."
    title = base._cap(rng.choice(_HEADLINES[story.kind]).format(
        acr=story.lead.acronym, **scene))
    speakers = rng.sample(people, rng.randint(1, 2))
    paragraphs = [lead_paragraph, " ".join(rng.sample(base._CONTEXT, 2))]
    orgs = [story.lead]
    for person in speakers:
        if person.organisation not in orgs:
            orgs.append(person.organisation)
        named = base._introduce(person.organisation, introduced)
        paragraphs.append(f"{person.name}, {named} {person.role}, said: "
                          f"“{rng.choice(base._QUOTES)}”")
    paragraphs.append(" ".join(rng.sample(base._CONTEXT, rng.randint(1, 2))))
    main = base.Event(start, precision, story.kind)
    return base.Draft(
        style=style, title=title, published=published, paragraphs=paragraphs, main=main,
        events=[main], organisations=orgs, people=speakers,
        dateline=base.format_dateline(published, rng), author=f"{rng.choice(base._FIRST)} "
        f"{rng.choice(base._LAST)}", sender=speakers[0],
        extra={"site": rng.choice(base._SITES), "recipient": rng.choice(base._RECIPIENTS),
               "signatories": rng.sample(people, rng.randint(2, 4)),
               "sent_line": style == "email" and str(story.day.year) not in when},
    )


def _story(number: int, rng: random.Random, organisations: list[base.Organisation],
           lead: base.Organisation | None = None, near: date | None = None,
           avoid: str | None = None) -> Story:
    if near is None:
        day = base._random_day(rng, date(1995, 1, 1), date(2025, 6, 30))
    else:
        day = near + timedelta(days=rng.choice([-1, 1]) * rng.randint(3, 25))
    cause = rng.choice([c for c in base._CAUSES if c != avoid])
    return Story(number, rng.choice(_KINDS), lead or rng.choice(organisations), cause,
                 rng.choice(base._CITIES), rng.choice(base._BUILDINGS), day)


def story_drafts(n: int, rng: random.Random, organisations: list[base.Organisation],
                 people: list[base.Person]):
    """Yield ``(story number, Draft)`` until ``n`` documents, stories in a shuffled
    order (reports of one story are not neighbours in the folder)."""
    drafts: list[tuple[int, base.Draft]] = []
    number = 0
    while len(drafts) < n:
        story = _story(number, rng, organisations)
        stories = [story]
        if rng.random() < DISTRACTOR_SHARE:
            for _ in range(rng.randint(1, 2)):
                number += 1
                stories.append(_story(number, rng, organisations, story.lead, story.day,
                                      story.cause))
        number += 1
        for one in stories:
            counts = list(REPORT_COUNTS)
            for _ in range(rng.choices(counts, weights=list(REPORT_COUNTS.values()))[0]):
                drafts.append((one.number, make_report(one, rng, organisations, people)))
    drafts = drafts[:n]
    rng.shuffle(drafts)
    return drafts
