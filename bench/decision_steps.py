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
import importlib
import inspect
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import load_corpus  # noqa: E402  (bench/extraction.py)
from real.scoring import load_pages  # noqa: E402

import timeline_app.core.extract as extract_package  # noqa: E402
from timeline_app.core.extract import published as published_module  # noqa: E402
from timeline_app.core.extract.kind_decision import KindChoice, choose_kind  # noqa: E402
from timeline_app.core.extract.lazy_pattern import LazyPattern  # noqa: E402
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


# Each step, turned off: (module, attribute, stand-in that does nothing). The module is the one that looks the
# attribute up when the code runs: a name imported with ``from m import f`` is looked up in the importing module,
# so patching ``m`` would do nothing there. "Class.method" patches the class; "__init__" is the package.
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
    return _module("lede_action").kind_from_opening(kind, opening, cues, totals, headed=False)


_NEVER = re.compile(r"(?!)")


def _caption_as_lede(sentences, headline, published, captions=()):  # noqa: ANN001, ANN202
    return _module("lede_sentence").find_lede(sentences, headline, published)


def _module(name: str) -> object:
    """A module of the extraction package by its file's name ("__init__": the package)."""
    return importlib.import_module(extract_package.__name__ + ("" if name == "__init__" else f".{name}"))


def target(step: str, module: str, dotted: str) -> tuple[object, str]:
    """The object that holds ``module.dotted`` and the attribute's name;
    exits naming ``step`` when the module or the attribute is gone (moved,
    renamed or removed): the table must follow the code."""
    try:
        owner = _module(module)
    except ImportError as error:
        raise SystemExit(f"decision_steps: step {step!r}: no module {module} ({error})") from error
    *path, name = dotted.split(".")
    for part in [*path, name]:
        if not hasattr(owner, part):
            raise SystemExit(f"decision_steps: step {step!r}: {module}.{dotted} is gone (moved, renamed or removed?)")
        held, owner = owner, getattr(owner, part)
    return held, name


@dataclass(frozen=True)
class Without:
    """A compiled pattern's stand-in: the pattern with the alternative held
    in ``module.name`` (a pattern string spliced into it when the module was
    read) made never to match; the other alternatives keep their groups."""

    module: str
    name: str

    def instead_of(self, step: str, pattern: re.Pattern[str] | LazyPattern) -> re.Pattern[str]:
        owner, name = target(step, self.module, self.name)
        alternative = getattr(owner, name)
        if alternative not in pattern.pattern:
            raise SystemExit(f"decision_steps: step {step!r}: {self.module}.{self.name} is no longer in the pattern")
        return re.compile(pattern.pattern.replace(alternative, _NEVER.pattern), pattern.flags)


_ACT_WITHOUT_LAUNCH = Without("lede_act_patterns", "_LAUNCH_OF")
STEPS: dict[str, list[tuple[str, str, object]]] = {
    # what every later step reads: a hard-wrapped text's paragraphs (wrapped_lines)
    "text: hard-wrapped lines read as paragraphs (70)": [("text_as_read", "unwrapped", lambda text: text)],
    # the kind chain (kind_decision.choose_kind) and what feeds it
    "kind: name cues dropped": [("__init__", "without_name_cues", _cues_kept)],
    "kind: event's own name (15)": [("kind_names", "names_the_event", _no)],
    "kind: caption in lede": [("kind_decision", "_in_caption", _no)],
    "kind: named action": [("kind_decision", "prefer_named_action", _same_kind)],
    "kind: opening act": [("kind_decision", "kind_from_opening", _no_lede_act)],
    "kind: strike vote": [("kind_decision", "headline_names_strike_vote", _no),
                          ("kind_decision", "lede_names_strike_vote", _no)],
    "kind: skipped school": [("lede_action", "SKIPS_SCHOOL", _NEVER)],
    "kind: ballot result": [("kind_decision", "reports_ballot_result", _no)],
    "kind: a vote for a strike or a walkout": [("strike_votes", "VOTE_FOR_A_STRIKE", _NEVER)],
    "kind: hand-over gathering": [("kind_decision", "hands_over_at_gathering", _no)],
    "kind: resignation": [("kind_decision", "announces_resignation", _no)],
    "kind: letter form": [("kind_decision", "is_letter_itself", _no), ("kind_decision", "is_signed_statement", _no),
                          ("kind_decision", "opens_as_undersigned", _no)],
    "kind: petition form": [("kind_decision", "is_petition_itself", _no)],
    "kind: petition signing": [("kind_decision", "is_signing_page", _no)],
    "kind: salutation": [("kind_decision", "opens_with_salutation", _no)],
    "kind: salutation under an address (15)": [("document_form", "under_address", _no)],
    "kind: headline document act": [("kind_decision", "kind_from_opening", _headline_acts_in_passing)],
    "kind: comes-after cause": [("lede_action", "_CAUSE", _NEVER)],
    "kind: launch of a paper": [("lede_action", "ACT", _ACT_WITHOUT_LAUNCH),
                                ("lede_action", "ACT_LOWER", _ACT_WITHOUT_LAUNCH)],
    "kind: no event": [("__init__", "reports_no_event", _no)],
    # (the kind of the other events, never the main one: it moves no figure here, and is switched off for a look)
    "kind: other events' cause clause (15b)": [("kind_clauses", "_without_cause",
                                                 lambda _sentence, scores, _at: scores)],
    # the main date (events.build_events, the signals of main_signals.main_terms, and their hooks)
    "date: caption/page-date ranges": [("__init__", "caption_ranges", _empty),
                                       ("__init__", "page_date_ranges", _empty)],
    "date: post lines": [("actless_dates", "is_post_line", _no), ("actless_dates", "signs_a_post", _no)],
    "date: forwarded reference": [("forwarded_dates", "ForwardedDates.reference", _own_reference)],
    "date: weekday year": [("events", "_dated_by_weekday", _nothing)],
    "date: headline year": [("events", "dated_by_headline_year", _nothing)],
    "date: meeting day": [("main_signals", "dates_a_meeting", _no)],
    "date: counted day": [("main_signals", "is_counted_day", _no)],
    "date: event phrase": [("main_signals", "Context.has_event_phrase", _no)],
    "date: held then (hours, schedule line)": [("main_signals", "held_then", _no)],
    "date: look-back years": [("events", "look_back_years", _no_look_back)],
    "date: further event": [("further_events", "announces_a_further_event", _no)],
    "date: headline stems": [("main_signals", "Context.shared_stems", lambda self, sentence: 0)],
    "date: statement day": [("main_signals", "dates_a_statement", _no)],
    "date: headline day bonus": [("events", "headline_day_bonus", _zero)],
    "date: forecast penalty": [("forecast_dates", "Forecasts.penalty", _zero)],
    "date: threshold": [("events", "_MAIN_THRESHOLD", float("-inf"))],
    "date: excl. publication year": [("main_date_exclusions", "_only_the_publication_year", _no)],
    "date: excl. past week": [("main_date_exclusions", "_a_past_week_after_the_lede", _no)],
    "date: excl. undated background": [("main_date_exclusions", "_undated_page_background", _no)],
    "date: excl. no act (limit/writing)": [("main_date_exclusions", "_dates_no_act", _no)],
    "date: dated writing (14b)": [("writing_dates", "dated_as_writing", _no)],
    "date: title stamp (14b)": [("date_stamps", "_title_stamp", _nothing)],
    "date: dotted date line (14b)": [("date_stamps", "_dotted_lines", _empty)],
    "date: mail date header (14b)": [("events", "sent_on_its_date_header", _no)],
    "date: excl. wish (14b)": [("main_date_exclusions", "_dates_a_wish", _no)],
    "date: clock line (14b)": [("post_lines", "_is_clock_line", _no)],
    "date: what follows a done lede (14b)": [("events", "dates_what_follows", _no)],
    "date: weekday fits a written day (14b)": [("weekday_dates", "WeekdayFits.fitting_day", _nothing)],
    "date: lede day in the page's year (14b)": [("events", "dated_by_the_pages_year", _nothing)],
    "date: this weekday to come (15)": [("date_resolution", "this_weekday_to_come", _no)],
    "date: labelled year and month (15)": [("published", "labelled_month", _nothing)],
    "date: excl. later plan under a done lede (15)": [("main_date_exclusions", "_a_later_plan_under_a_done_lede", _no)],
    "date: excl. later year (15b)": [("main_date_exclusions", "_a_later_year", _no)],
    "date: excl. plan voted for (15b)": [("main_date_exclusions", "_a_plan_voted_for", _no)],
    "date: caption never the lede (15b)": [("events", "find_lede", _caption_as_lede)],
    "date: a petition's own page's day (15b)": [("__init__", "dated_as_signed_petition",
                                                  lambda events, *_args: events)],
    "date: caption's day fits the lede's weekday (15b)": [("events", "_fitting_pool",
                                                            lambda mentions, written, *_args: mentions)],
}


def check_steps() -> None:
    """Every patch target of ``STEPS`` still there (exits naming the first
    step whose target is gone), before any page is read."""
    for step, patches in STEPS.items():
        _swaps(step, patches)


def _swaps(step: str, patches: list[tuple[str, str, object]]) -> list[tuple[object, str, object, object]]:
    """(owner, attribute, original, stand-in) of each patch; exits naming ``step`` when a target is gone (a
    ``Without`` stand-in is the attribute's pattern without an alternative)."""
    swaps = []
    for module, dotted, stand_in in patches:
        owner, name = target(step, module, dotted)
        original = inspect.getattr_static(owner, name)  # a class's own function, not a bound one
        swaps.append((owner, name, original,
                      stand_in.instead_of(step, original) if isinstance(stand_in, Without) else stand_in))
    return swaps


@contextmanager
def turned_off(step: str, patches: list[tuple[str, str, object]]) -> Iterator[None]:
    """Each (module, attribute) replaced by its stand-in, put back after."""
    swaps = _swaps(step, patches)
    try:
        for owner, name, _, stand_in in swaps:
            setattr(owner, name, stand_in)
        yield
    finally:
        for owner, name, original, _ in reversed(swaps):
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
    recorders = [("__init__", "choose_kind", recording_kind), ("published", "_found", recording_found)]
    with turned_off("recording", recorders):
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
        with turned_off(step, patches):
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
    check_steps()  # a step whose target moved stops the run here, before the pages are read
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
