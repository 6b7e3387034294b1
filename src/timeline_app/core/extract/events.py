"""Assemble events: pick the main event, date it honestly, list the others.

The main event is the dated sentence that best matches what the document is
about (its kind's words, "take place", "today", close to publication). When
no sentence dates it, the main event falls back to the publication date
marked ``approximate``; an undated document gets ``unknown`` precision with
the latest year it mentions as the "not before" bound, never a made-up day.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import ExtractedEvent
from .actless_dates import ActlessDates
from .date_resolution import date_confidence
from .dates import DateMention, ResolvedDate, resolve
from .times_of_day import find_times
from .sentence_dates import best_date_per_sentence
from .speech_dates import spoken_reference
from .further_events import headline_announces_a_further_event
from .kind_clauses import secondary_kind
from .kind_votes import cues_by_sentence
from .kinds import cue_matches
from .email_dates import sent_on_its_date_header
from .event_pruning import reports_nothing
from .forecast_dates import Forecasts
from .forwarded_dates import ForwardedDates
from .glossed_days import glossed_day
from .plan_dates import dates_what_follows
from .lede_sentence import find_lede
from .lede_years import dated_by_the_pages_year
from .weekday_dates import WeekdayFits
from .captions import looks_back
from .headline_days import headline_day_bonus
from .headline_years import dated_by_headline_year, headline_year
from .limit_dates import counts_since, in_a_condition, year_dates_no_event
from .main_date_exclusions import never_the_main_date
from .organisations import OrganisationMention
from .people import PersonMention
from .mention_names import MentionNames, merged_names
from .post_signatures import day_of_posts
from .published import Published
from .sentences import Span
from .title_actors import ActorNames
from .title_phrases import phrase_title
from .titles import event_title, whole_title
from .main_choice import choose_main
from .main_signals import Context, look_back_years, main_terms, stems
from .weekday_years import named_weekday, weekday_year

_MAIN_THRESHOLD = 3.0
_MAX_OTHER_EVENTS = 12
_TIME_LOOKAHEAD_SENTENCES = 3


@dataclass(frozen=True)
class _Candidate:
    resolved: ResolvedDate
    sentence: Span
    index: int
    score: float
    terms: tuple[float, ...] = ()


def _sentence_index(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


# long: the main event, then the other dated sentences: one pass that shares its reference date and cues
def build_events(
    text: str,
    sentences: list[Span],
    mentions: list[DateMention],
    published: Published,
    headline: Span | None,
    doc_kind: str,
    kind_confidence: float,
    organisation_mentions: tuple[OrganisationMention, ...],
    person_mentions: tuple[PersonMention, ...],
    title_hint: str | None = None,
    sentence_cues: list[dict[str, float]] | None = None,
    captions: Sequence[tuple[int, int]] = (),
    written: list[DateMention] | None = None,
) -> tuple[ExtractedEvent, ...]:
    """The main event first, then the other dated events in text order.
    ``captions``: (start, end) of the pictures' captions, never the lede;
    ``written``: every date the page writes, a caption's too (none of those
    is an event's, but one can say which Monday "on Monday" is)."""
    reference = published.as_date() or day_of_posts(text, mentions)  # an undated live blog's "today"
    starts = [s.start for s in sentences]
    if sentence_cues is None:
        sentence_cues = cues_by_sentence(cue_matches(text), starts)
    dateline = published.span
    context = Context(
        look_back=look_back_years(headline.text if headline else (title_hint or ""), reference),
        headline_stems=stems(headline.text if headline else (title_hint or "")),
        lede=find_lede(sentences, headline, published, captions),
        text=text,
    )
    context.further_headline = headline is not None and headline_announces_a_further_event(headline.text)
    candidates: list[_Candidate] = []
    year_of_headline = headline_year(headline, mentions) if reference is None else None
    # "> Date: Wed, 23 Oct 2002": the original's "today" (from every date written: a header's is no event's)
    forwarded = ForwardedDates(text, written if written is not None else mentions)
    forecasts = Forecasts((context.lede.start, headline.start if headline else context.lede.start), reference)
    indices = [_sentence_index(starts, mention.start) for mention in mentions]
    fits = WeekdayFits(mentions, _fitting_pool(mentions, written, text, captions) if reference is None else mentions)
    context.dated_twice = {index for index, following in zip(indices, indices[1:]) if index == following}
    actless = ActlessDates(text, mentions, indices, dateline)  # a post's line, a filing's date, a range's end
    for mention, index in zip(mentions, indices):
        sentence = sentences[index]
        if actless.dates_no_act(sentence, mention, index):
            continue
        resolved = resolve(mention, spoken_reference(sentence, mention, forwarded.reference(mention.start, reference)),
                           sentence.text)  # "'... tomorrow,' she said Tuesday": Tuesday's tomorrow
        if resolved is None and reference is None and named_weekday(mention) is not None:
            resolved = _dated_by_weekday(mention, sentence, fits.years)
        if resolved is None and reference is None and sentence.start == context.lede.start:
            resolved = fits.fitting_day(mention) or \
                dated_by_the_pages_year(mention, mentions, sentence.text)  # "On 10 March" beside "... 2023"
        if resolved is None and reference is None:  # "February 16th" under "... February 2009"
            resolved = dated_by_headline_year(mention, year_of_headline) or \
                glossed_day(text, mention, published.iso if published.precision == "month" else None)  # "today (18)"
        if resolved is None:
            if mention.day is not None or mention.relative is not None:
                context.undated_acts.add(index)  # "On April 9th, ..." on an undated page
            continue
        resolved = actless.ranged(resolved)  # "28 June–2 July": the act ends on the range's closing day
        if year_dates_no_event(sentence, mention, context.years_reached_back) if resolved.precision == "year" else \
                counts_since(sentence, mention.start, mention.end, to_a_day=True):
            continue  # "cut emissions by 2030", "the seventh strike since 2007", "... since the march of 3 May 2011"
        if in_a_condition(sentence, mention):
            continue  # "if tomorrow, all the staff decide to strike": what would be, no event
        terms = main_terms(resolved, sentence, sentence_cues[index], index, doc_kind, reference, headline, context)
        terms.append(headline_day_bonus(resolved, headline, reference))  # "Strike on March 7 2006" over a later "today"
        terms.append(-forecasts.penalty(resolved, sentence))  # "we expect the ballot will open on 22 March"
        candidates.append(_Candidate(resolved, sentence, index, sum(terms), tuple(terms)))

    lede_dated = any(c.sentence.start == context.lede.start for c in candidates)
    undated_lede = any(sentences[index].start == context.lede.start for index in context.undated_acts)

    def eligible(c: _Candidate) -> bool:
        return c.score >= _MAIN_THRESHOLD and not never_the_main_date(
            c.resolved, c.sentence, reference, doc_kind, context.lede, (c.index in context.undated_acts, undated_lede),
            doc_kind in sentence_cues[c.index]) and \
            not dates_what_follows(c.resolved, c.sentence, reference, context.lede, lede_dated,
                                   headline.text if headline else "", text)

    main_candidate = choose_main(candidates, eligible, sentence_cues)  # "next week" narrowed to its day
    organisations_named, people_named = MentionNames(organisation_mentions), MentionNames(person_mentions)
    actors = ActorNames(text, organisation_mentions)  # who a title too long for a whole phrase names
    # a mail's own "Date:" header dates the letter it is, to the day
    sent = main_candidate is None and doc_kind == "letter" and sent_on_its_date_header(text, published.span)
    years = [int(c.resolved.iso[:4]) for c in candidates] + context.years_reached_back
    main = _main_event(sentences, main_candidate, years, published, headline, doc_kind,
                       kind_confidence, organisations_named, people_named, title_hint, context.lede, actors, sent)
    events = [main]
    seen = {(main.start, main.precision)}  # one key per event made, those that report nothing too: the cap counts them
    if main_candidate is not None:  # (a main event planned "next week" is dated by the page: its week is no other)
        seen.add((main_candidate.resolved.iso, main_candidate.resolved.precision))
    kept = best_date_per_sentence(candidates, main_candidate)
    for candidate in candidates:
        resolved = candidate.resolved
        key = (resolved.iso, resolved.precision)
        if id(candidate) not in kept or key in seen or len(seen) > _MAX_OTHER_EVENTS:
            continue
        seen.add(key)
        kind, kind_conf = secondary_kind(candidate.sentence.text, sentence_cues[candidate.index], resolved.mention.start - candidate.sentence.start)
        if reports_nothing(candidate.sentence.text, resolved.precision, kind):
            continue  # no timeline entry: no title, names or time worked out for it
        if kind == main.kind and resolved.iso == main.start and resolved.precision == "approximate" and \
                candidate.sentence.start in (context.lede.start, main.evidence_start):
            continue  # a lede's "will walk out on strike this week" beside the strike's own day: the main event again
        date_conf = date_confidence(resolved)
        events.append(
            ExtractedEvent(
                title=event_title(candidate.sentence.text, resolved.mention.text, kind,
                                  actors.written_in(candidate.sentence)),
                kind=kind,
                start=resolved.iso,
                precision=resolved.precision,
                end=resolved.end_iso,
                evidence=candidate.sentence.text,
                evidence_start=candidate.sentence.start,
                evidence_end=candidate.sentence.end,
                time=_time_in(candidate.sentence) if resolved.precision == "day" else None,
                main=False,
                confidence=round(min(date_conf, kind_conf), 2),
                field_confidence={"date": date_conf, "kind": kind_conf, "title": 0.5},
                organisations=organisations_named.names_in(candidate.sentence),
                people=people_named.names_in(candidate.sentence),
            )
        )
    return tuple(events)


def _dated_by_weekday(mention: DateMention, sentence: Span, years: set[int]) -> ResolvedDate | None:
    """"set to begin on Thursday, March 1st" on an undated page that dates
    other things in 2018: the one year its weekday fits (weekday_years.py)."""
    weekday = named_weekday(mention)
    year = weekday_year(mention, weekday, years) if weekday is not None else None
    return resolve(mention._replace(year=year), None, sentence.text) if year else None


def _chosen_date(resolved: ResolvedDate, published: Published) -> tuple[str, str, str | None]:
    """The chosen candidate's start, precision and end; an act only planned for "next week" (no day of its own
    yet) is, like an undated one, about when the page tells of it ("last week" still dates a past act before it)."""
    if published.iso is not None and resolved.precision == "approximate" and resolved.mention.relative == "next week":
        return published.iso, resolved.precision, resolved.end_iso
    return resolved.iso, resolved.precision, resolved.end_iso


def _main_event(sentences: list[Span], chosen: _Candidate | None, years: list[int],
                published: Published, headline: Span | None, doc_kind: str, kind_confidence: float,
                organisations_named: MentionNames, people_named: MentionNames, title_hint: str | None,
                lede_sentence: Span, actors: ActorNames, sent: bool = False) -> ExtractedEvent:
    # ``lede_sentence`` is ``find_lede(sentences, headline, published, captions)``, worked out once by the caller
    if chosen is not None:
        evidence = chosen.sentence
        start, precision, end = _chosen_date(chosen.resolved, published)
        date_conf = 0.9 if chosen.score >= 6 else 0.7
        time = _main_time(sentences, chosen, published) if precision == "day" else None
    else:
        evidence = lede_sentence
        time = None
        end = None
        if published.iso is not None:
            # The piece reports it without dating it: about when it was published.
            sent_day = sent and published.precision == "day"  # the mail the page is, sent that day
            start, precision, date_conf = published.iso, "day" if sent_day else "approximate", 0.4
        else:
            latest = max(years) if years else None
            start = f"{latest:04d}" if latest is not None else None
            precision, date_conf = "unknown", 0.2
    if headline is not None:
        title, title_conf = whole_title(headline.text, doc_kind, actors.written_in(headline)), 0.8
    elif title_hint:
        title, title_conf = phrase_title(title_hint), 0.7
    else:
        # no headline: the lede says what the piece reports, better than a dated later sentence
        opening = lede_sentence  # the headline is None here, so this is find_lede(sentences, None, ...)
        source = opening if opening.text else evidence
        title, title_conf = event_title(source.text, None, doc_kind, actors.written_in(source)) or "Untitled document", 0.4
    organisations = organisations_named.names_in(evidence)
    if headline is not None:
        organisations = merged_names(organisations_named.names_in(headline), organisations)
    lede = sentences[:3]
    for sentence in lede:
        organisations = merged_names(organisations, organisations_named.names_in(sentence))
    # The main event is what the document is about: like its people, every
    # organisation the document names takes part (the headline's and the
    # lede's first), so a campaign tag in the headline does not hide the
    # university behind it.
    organisations = merged_names(organisations, tuple(dict.fromkeys(m.name for m in organisations_named.all)))
    people = tuple(dict.fromkeys(m.name for m in people_named.all))
    return ExtractedEvent(
        title=title,
        kind=doc_kind,
        start=start,
        precision=precision,
        end=end,
        evidence=evidence.text,
        evidence_start=evidence.start,
        evidence_end=evidence.end,
        time=time,
        main=True,
        confidence=round(min(date_conf, kind_confidence, title_conf), 2),
        field_confidence={"date": date_conf, "kind": kind_confidence, "title": title_conf},
        organisations=organisations,
        people=people,
    )


def _fitting_pool(mentions: list[DateMention], written: list[DateMention] | None, text: str,
                  captions: Sequence[tuple[int, int]]) -> list[DateMention]:
    """The dates an undated lede's bare weekday may be: every date the page
    writes, a caption's too (a photo "at the rally, 3 March 2014" above "the
    union on Monday called a walkout": that Monday), unless the caption shows
    an earlier day ("File photo: ... during the strike of March 3, 2014")."""
    if written is None:
        return mentions
    earlier = [(start, end) for start, end in captions if looks_back(text[start:end])]
    return [m for m in written if not any(start <= m.start < end for start, end in earlier)] if earlier else written


def _time_in(sentence: Span) -> str | None:
    times = find_times(sentence.text)
    return times[0][2] if times else None


def _main_time(sentences: list[Span], chosen: _Candidate, published: Published) -> str | None:
    """Time of the main event: in its sentence, or in the next few sentences
    ("This action – taking place at 10.30am") unless they date something else."""
    own = _time_in(chosen.sentence)
    if own:
        return own
    for sentence in sentences[chosen.index + 1 : chosen.index + 1 + _TIME_LOOKAHEAD_SENTENCES]:
        if published.span and sentence.start <= published.span[0] < sentence.end:
            continue
        found = _time_in(sentence)
        if found:
            return found
    return None

