"""Which step decided each real page's kind, main date and publication date,
and how often each step is right.

    PYTHONPATH=src python bench/decision_steps.py --split SPLITS [--pages] [--no-ablation]
    PYTHONPATH=src python bench/decision_steps.py --labelled [--pages]

Three tables, over every page of the split (texts as ``bench/real/README.md``
says, read as an import reads them: ``readers.read_file`` then ``extract``):

- kind, by the step of ``kind_decision.choose_kind`` that set the main
  kind last (the vote when no later step changed it; "no event" when the
  page was said to report none): pages it decided, right, wrong;
- main date and publication date, by route (the scored sentence date,
  the publication date as ``approximate``, ``unknown``; which branch of
  ``published.find_published`` returned);
- for every step, turned off one at a time (its hook made to do nothing):
  pages whose kind, main date (start and precision) or publication date
  changed, how many of those it made right (right with it, wrong without),
  how many it made wrong (the reverse) and how many stay wrong either way.
  A step that changes nothing is never decisive on these pages: a candidate
  to remove. A step that makes as many wrong as right is a candidate to
  narrow or merge.

``--pages`` also prints each miss (with the kind chain's trail: the kind
each step left) and each page whose field a step changed. Run it on the
tuning union only: it names pages. ``--labelled`` runs the same over
tests/data/labelled instead (written here: a step decisive only there was
written for it). ``bench/extraction.py --real`` stays the measure (it
imports through the store); this explains it.
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import load_corpus  # noqa: E402  (bench/extraction.py)
from real.scoring import load_pages  # noqa: E402

import timeline_app.core.extract as extract_package  # noqa: E402
from timeline_app.core.extract import events as events_module  # noqa: E402
from timeline_app.core.extract import kind_decision, lede_action, main_date_exclusions, published as published_module  # noqa: E402
from timeline_app.core.extract import (  # noqa: E402
    date_resolution, date_stamps, document_form, further_events, kind_clauses, kind_names, post_lines, strike_votes,
    writing_dates)
from timeline_app.core.extract.kind_decision import KindChoice, choose_kind  # noqa: E402
from timeline_app.core.extract.weekday_dates import WeekdayFits  # noqa: E402
from timeline_app.core.models import ReadDocument  # noqa: E402
from timeline_app.core.readers import read_file  # noqa: E402

FIELDS = ("kind", "main date", "published")


@dataclass(frozen=True)
class Item:
    """A page read once: its id, the document an import reads, its labels
    (``published`` and ``main_event``, as pages.json's ``labels`` hold them)."""

    id: str
    doc: ReadDocument
    label: dict


def real_items(split: str) -> tuple[list[Item], list[str]]:
    pages, skipped = load_pages(split)
    return [Item(page.id, read_file(page.path), page.label["labels"]) for page in pages], skipped


def labelled_items() -> list[Item]:
    return [Item(item.name, item.doc, item.label) for item in load_corpus()]


def outcome(page: Item, extraction) -> dict[str, tuple[object, object]]:
    """(got, want) per field, judged as ``real.scoring.score_page`` judges
    them (an undated event with ``unknown`` precision is right)."""
    want = page.label["main_event"]
    main = next((e for e in extraction.events if e.main), None)
    if extraction.reports_no_event:
        kind = "none"
    else:
        kind = main.kind if main else "none"
    if want["kind"] == "none" and not extraction.reports_no_event:
        kind = main.kind if main else "other"
    start = main.start if main else None
    precision = main.precision if main else "unknown"
    date_got, date_want = (start, precision), (want["start"], want["precision"])
    if want["start"] is None and precision == "unknown":
        date_got = date_want
    return {"kind": (kind, want["kind"]), "main date": (date_got, date_want),
            "published": (extraction.published, page.label["published"])}


def _right(pair: tuple[object, object]) -> bool:
    return pair[0] == pair[1]


# Each step, turned off: (module, attribute, stand-in that does nothing).
def _same_kind(kind, *_args, **_keywords):  # noqa: ANN001, ANN002, ANN003, ANN202
    return kind


def _no(*_args, **_keywords) -> bool:  # noqa: ANN002, ANN003
    return False


def _nothing(*_args, **_keywords) -> None:  # noqa: ANN002, ANN003
    return None


def _zero(*_args, **_keywords) -> float:  # noqa: ANN002, ANN003
    return 0.0


def _empty(*_args, **_keywords) -> list:  # noqa: ANN002, ANN003
    return []


def _cues_kept(text, cues, *_args):  # noqa: ANN001, ANN002, ANN202
    return cues


def _own_reference(self, offset, reference):  # noqa: ANN001, ANN202
    return reference


def _no_lede_act(kind, *_args, **_keywords):  # noqa: ANN001, ANN002, ANN003, ANN202
    return kind


def _no_look_back(*_args) -> frozenset[int]:  # noqa: ANN002
    return frozenset()


def _headline_acts_in_passing(kind, opening, cues, totals, **_keywords):  # noqa: ANN001, ANN003, ANN202
    return lede_action.kind_from_opening(kind, opening, cues, totals, headed=False)


_NEVER = re.compile(r"(?!)")
_LEDE = events_module.find_lede


def _caption_as_lede(sentences, headline, published, captions=()):  # noqa: ANN001, ANN202
    return _LEDE(sentences, headline, published)


@contextmanager
def _acts_without(*names: str) -> Iterator[None]:
    """The opening-act patterns rebuilt without the alternatives ``names``
    (module constants of ``lede_action`` spliced into ``_ACTS``)."""
    saved = lede_action._ACT, lede_action._ACT_LOWER
    pattern = saved[0].pattern
    for name in names:
        pattern = pattern.replace(getattr(lede_action, name), _NEVER.pattern)
    lede_action._ACT = re.compile(pattern, re.IGNORECASE)
    lede_action._ACT_LOWER = re.compile(pattern)
    try:
        yield
    finally:
        lede_action._ACT, lede_action._ACT_LOWER = saved


ex, kd, ev, ex_mod = extract_package, kind_decision, events_module, main_date_exclusions
STEPS: dict[str, list[tuple[object, str, object]]] = {
    # the kind chain (kind_decision.choose_kind) and what feeds it
    "kind: name cues dropped": [(ex, "without_name_cues", _cues_kept)],
    "kind: event's own name (15)": [(kind_names, "names_the_event", _no)],
    "kind: caption in lede": [(kd, "_in_caption", _no)],
    "kind: named action": [(kd, "prefer_named_action", _same_kind)],
    "kind: opening act": [(kd, "kind_from_opening", _no_lede_act)],
    "kind: strike vote": [(kd, "headline_names_strike_vote", _no), (kd, "lede_names_strike_vote", _no)],
    "kind: skipped school": [(lede_action, "SKIPS_SCHOOL", _NEVER)],
    "kind: ballot result": [(kd, "reports_ballot_result", _no)],
    "kind: a vote for a strike or a walkout": [(strike_votes, "VOTE_FOR_A_STRIKE", _NEVER)],
    "kind: hand-over gathering": [(kd, "hands_over_at_gathering", _no)],
    "kind: resignation": [(kd, "announces_resignation", _no)],
    "kind: letter form": [(kd, "is_letter_itself", _no), (kd, "is_signed_statement", _no),
                          (kd, "opens_as_undersigned", _no)],
    "kind: petition form": [(kd, "is_petition_itself", _no)],
    "kind: petition signing": [(kd, "is_signing_page", _no)],
    "kind: salutation": [(kd, "opens_with_salutation", _no)],
    "kind: salutation under an address (15)": [(document_form, "under_address", _no)],
    "kind: headline document act": [(kd, "kind_from_opening", _headline_acts_in_passing)],
    "kind: comes-after cause": [(lede_action, "_CAUSE", _NEVER)],
    "kind: launch of a paper": [(None, "_LAUNCH_OF", _acts_without)],
    "kind: no event": [(ex, "reports_no_event", _no)],
    # (the kind of the other events, never the main one: it moves no figure here, and is switched off for a look)
    "kind: other events' cause clause (15b)": [(kind_clauses, "_without_cause", lambda _sentence, scores, _at: scores)],
    # the main date (events.build_events and its hooks)
    "date: caption/page-date ranges": [(ex, "caption_ranges", _empty), (ex, "page_date_ranges", _empty)],
    "date: post lines": [(ev, "is_post_line", _no), (ev, "signs_a_post", _no)],
    "date: forwarded reference": [(ev.ForwardedDates, "reference", _own_reference)],
    "date: weekday year": [(ev, "_dated_by_weekday", _nothing)],
    "date: headline year": [(ev, "dated_by_headline_year", _nothing)],
    "date: meeting day": [(ev, "dates_a_meeting", _no)],
    "date: counted day": [(ev, "is_counted_day", _no)],
    "date: event phrase": [(ev._Context, "has_event_phrase", _no)],
    "date: held then (hours, schedule line)": [(ev, "held_then", _no)],
    "date: look-back years": [(ev, "_look_back_years", _no_look_back)],
    "date: further event": [(further_events, "announces_a_further_event", _no)],
    "date: headline stems": [(ev._Context, "shared_stems", lambda self, sentence: 0)],
    "date: statement day": [(ev, "dates_a_statement", _no)],
    "date: headline day bonus": [(ev, "headline_day_bonus", _zero)],
    "date: forecast penalty": [(ev.Forecasts, "penalty", _zero)],
    "date: threshold": [(ev, "_MAIN_THRESHOLD", float("-inf"))],
    "date: excl. publication year": [(ex_mod, "_only_the_publication_year", _no)],
    "date: excl. past week": [(ex_mod, "_a_past_week_after_the_lede", _no)],
    "date: excl. undated background": [(ex_mod, "_undated_page_background", _no)],
    "date: excl. no act (limit/writing)": [(ex_mod, "_dates_no_act", _no)],
    "date: dated writing (14b)": [(writing_dates, "dated_as_writing", _no)],
    "date: title stamp (14b)": [(date_stamps, "_title_stamp", _nothing)],
    "date: dotted date line (14b)": [(date_stamps, "_dotted_lines", _empty)],
    "date: mail date header (14b)": [(ev, "sent_on_its_date_header", _no)],
    "date: excl. wish (14b)": [(ex_mod, "_dates_a_wish", _no)],
    "date: clock line (14b)": [(post_lines, "_is_clock_line", _no)],
    "date: what follows a done lede (14b)": [(ev, "dates_what_follows", _no)],
    "date: weekday fits a written day (14b)": [(WeekdayFits, "fitting_day", _nothing)],
    "date: lede day in the page's year (14b)": [(ev, "dated_by_the_pages_year", _nothing)],
    "date: this weekday to come (15)": [(date_resolution, "this_weekday_to_come", _no)],
    "date: labelled year and month (15)": [(published_module, "labelled_month", _nothing)],
    "date: excl. later plan under a done lede (15)": [(ex_mod, "_a_later_plan_under_a_done_lede", _no)],
    "date: excl. later year (15b)": [(ex_mod, "_a_later_year", _no)],
    "date: excl. plan voted for (15b)": [(ex_mod, "_a_plan_voted_for", _no)],
    "date: caption never the lede (15b)": [(ev, "find_lede", _caption_as_lede)],
    "date: a petition's own page's day (15b)": [(ex, "dated_as_signed_petition", lambda events, *_args: events)],
    "date: caption's day fits the lede's weekday (15b)": [(ev, "_fitting_pool", lambda mentions, written, *_args: mentions)],
}


@contextmanager
def turned_off(patches: list[tuple[object, str, object]]) -> Iterator[None]:
    """Each (owner, attribute) replaced by its stand-in, put back after; an
    owner of None means the stand-in is a context that turns ``name`` off."""
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in patches if owner is not None]
    with ExitStack() as contexts:
        try:
            for owner, name, stand_in in patches:
                if owner is None:
                    contexts.enter_context(stand_in(name))  # type: ignore[operator]
                else:
                    setattr(owner, name, stand_in)
            yield
        finally:
            for owner, name, original in saved:
                setattr(owner, name, original)


def _kind_step(choice: KindChoice) -> str:
    """The last step that changed the kind, or the vote when none did."""
    deciding = choice.steps[0][0]
    for (_, before), (name, after) in zip(choice.steps, choice.steps[1:]):
        if after != before:
            deciding = name
    return deciding


def _published_branches() -> dict[int, str]:
    """Line of each ``_found(...)`` return in ``find_published`` -> branch
    name, in the order the module's docstring gives them."""
    names = ["labelled header date", "header dateline", "first-appeared note", "run-on headline date",
             "labelled line anywhere", "closing source line", "late date line", "digest mail header"]
    source, first = inspect.getsourcelines(published_module.find_published)
    lines = [first + i for i, line in enumerate(source) if "return _found(" in line]
    if len(lines) != len(names):
        raise SystemExit(f"find_published has {len(lines)} returns of a text date, this script knows {len(names)}")
    return dict(zip(lines, names))


def routes(pages: list[Item]) -> tuple[list[dict], dict[str, dict]]:
    """Each page's outcome and, per field, the step or route that decided it."""
    chosen: list[KindChoice] = []
    branch: list[str] = []
    branches = _published_branches()
    found = published_module._found

    def recording_kind(*arguments, **keywords) -> KindChoice:  # noqa: ANN002, ANN003
        choice = choose_kind(*arguments, **keywords)
        chosen.append(choice)
        return choice

    def recording_found(*arguments):  # noqa: ANN002, ANN202
        branch.append(branches.get(sys._getframe(1).f_lineno, "?"))
        return found(*arguments)

    results, deciders = [], {}
    with turned_off([(ex, "choose_kind", recording_kind), (published_module, "_found", recording_found)]):
        for page in pages:
            chosen.clear()
            branch.clear()
            extraction = extract_package.extract(page.doc)
            result = outcome(page, extraction)
            main = next((e for e in extraction.events if e.main), None)
            kind_route = "no event" if extraction.reports_no_event else _kind_step(chosen[0])
            if main is None:
                date_route = "no main event"
            else:
                date_route = {"approximate": "publication date (approximate)",
                              "unknown": "unknown (latest year)"}.get(main.precision, "scored sentence date")
                if main.precision == "approximate" and main.field_confidence.get("date") != 0.4:
                    date_route = "scored sentence date"  # "last week": a relative date, scored
            if extraction.published is None:
                published_route = "none"
            else:
                published_route = branch[0] if branch else "metadata"
            results.append(result)
            trail = " > ".join(f"{name} {kind}" for name, kind in chosen[0].steps)
            deciders[page.id] = {"kind": kind_route, "main date": date_route, "published": published_route,
                                 "trail": trail}
    return results, deciders


def route_table(pages: list[Item], results: list[dict], deciders: dict[str, dict], field: str) -> list[str]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for page, result in zip(pages, results):
        counts[deciders[page.id][field]]["right" if _right(result[field]) else "wrong"] += 1
    rows = [f"| {field}: decided by | pages | right | wrong | precision |", "| --- | ---: | ---: | ---: | ---: |"]
    for route, count in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
        total = count["right"] + count["wrong"]
        rows.append(f"| {route} | {total} | {count['right']} | {count['wrong']} | {count['right'] / total:.0%} |")
    return rows


def ablation_table(pages: list[Item], results: list[dict], show_pages: bool) -> list[str]:
    rows = ["| step turned off | field | pages changed | made right | made wrong | wrong either way |",
            "| --- | --- | ---: | ---: | ---: | ---: |"]
    for step, patches in STEPS.items():
        field = "kind" if step.startswith("kind:") else "main date"
        tally: Counter[str] = Counter()
        with turned_off(patches):
            for page, before in zip(pages, results):
                after = outcome(page, extract_package.extract(page.doc))
                for name in (field, "published"):
                    if after[name][0] == before[name][0]:
                        continue
                    key = name if name == field else "published"
                    tally[key, "changed"] += 1
                    verdict = "right" if _right(before[name]) else "wrong" if _right(after[name]) else "either"
                    tally[key, verdict] += 1
                    if show_pages:
                        print(f"  {step}: {page.id} {name} {before[name][0]} -> {after[name][0]} "
                              f"(want {before[name][1]})")
        for key in sorted({k for k, _ in tally} | {field}):
            rows.append(f"| {step} | {key} | {tally[key, 'changed']} | {tally[key, 'right']} | "
                        f"{tally[key, 'wrong']} | {tally[key, 'either']} |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--split", help="splits joined by commas, as for extraction.py --real")
    source.add_argument("--labelled", action="store_true", help="tests/data/labelled instead of real pages")
    parser.add_argument("--pages", action="store_true", help="print each page a step changed")
    parser.add_argument("--no-ablation", action="store_true", help="only the route tables (quick)")
    args = parser.parse_args()
    pages, skipped = (labelled_items(), []) if args.labelled else real_items(args.split)
    results, deciders = routes(pages)
    totals = {f: sum(_right(r[f]) for r in results) for f in FIELDS}
    print(f"{len(pages)} pages: " + ", ".join(f"{f} {totals[f]} right ({totals[f] / len(pages):.1%})"
                                                for f in FIELDS) + "\n")
    for field in FIELDS:
        print("\n".join(route_table(pages, results, deciders, field)) + "\n")
    if args.pages:
        for page, result in zip(pages, results):
            for field in FIELDS:
                if not _right(result[field]):
                    trail = f" ({deciders[page.id]['trail']})" if field == "kind" else ""
                    print(f"MISS {page.id} {field} by {deciders[page.id][field]}: got {result[field][0]}, "
                          f"want {result[field][1]}{trail}")
    if not args.no_ablation:
        print("\n".join(ablation_table(pages, results, args.pages)))
    for line in skipped:
        print("skipped", line)


if __name__ == "__main__":
    main()
