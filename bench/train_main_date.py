"""Learned weights for choosing the main event's date (round 16).

Run:  PYTHONPATH=src python bench/train_main_date.py [--cache /tmp/options.pkl]           # 5-fold CV on TUNING
      PYTHONPATH=src python bench/train_main_date.py [--cache /tmp/options.pkl] --unseen  # held-out and blind

The first gathers the tuning pages' options (about two minutes; ``--cache``
keeps them, outside the repository) and prints, for every feature set and
regularisation, the main event date and precision counts of models each
fitted without the fold it scores, beside the rules'. The second fits the
design cross-validation chose (``FROZEN``) on every tuning page and prints
the real scorer's aggregate figures for the rules and for the weights on
the held-out and blind pages; it reads no page's result alone, and a round
runs it at most twice.

Why: the rules score each dated sentence of a page with a hand-weighted sum
of signals (``main_choice.MAIN_TERMS``) and then turn some down (a threshold,
``never_the_main_date``, ``dates_what_follows``) or swap them
(``day_in_the_week``); with no candidate left, the page's own date (or, on an
undated page, its latest year) stands. This script keeps those signals and
learns how to weigh them: a conditional logit (a softmax over one page's
options: each candidate date, and "no candidate") fitted on the labelled
tuning pages, the positive being every option whose final main date the
scorer (bench/real/scoring.py) counts right. Options are found by running
``extract`` on each page with ``events.choose_main`` wrapped; each distinct
option is run once more, forced, so that the later steps (a letter's date
line, a petition's own page) give the final date. Only counts are printed.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kind_baseline import TUNING  # noqa: E402
from scoring import load_pages  # noqa: E402

from timeline_app.core.extract import events as events_module  # noqa: E402
from timeline_app.core.extract import extract  # noqa: E402
from timeline_app.core.extract.main_choice import MAIN_TERMS  # noqa: E402
from timeline_app.core.readers import read_file  # noqa: E402

HELD_OUT = "test,gather10b,gather10d,gather11b,gather11d"
BLIND = "gather17a,gather17b,gather18a,gather18b"

#: Per-candidate flags beside the rules' signals, then the "no candidate" option's own features.
FLAGS = ("excluded", "below_threshold", "rules_choice")
EXTRAS = ("relative", "year_only", "after_reference", "undated_page", "repeated", "runner_up", "best_gap")
NULL_FEATURES = ("none_bias", "none_rules_choice", "none_has_published")


@dataclasses.dataclass
class PageOptions:
    """One page: each option's features and whether the scorer counts its date (and precision) right."""

    split: str
    features: np.ndarray  # options x features; the last row is "no candidate"
    right: np.ndarray  # bool per option: main event date right
    precise: np.ndarray  # bool per option: main event precision right
    rules: int  # the option the rules pick


class _Recorder:
    """Wraps ``events.choose_main``: records the candidates, optionally forces a choice."""

    def __init__(self) -> None:
        self.original = events_module.choose_main
        self.force: object = "rules"  # "rules", None (no candidate) or a candidate index
        self.seen: tuple | None = None

    def __call__(self, candidates, eligible, cues):
        rules = self.original(candidates, eligible, cues)
        if self.force == "rules":
            excluded = [not eligible(dataclasses.replace(c, score=math.inf)) for c in candidates]
            self.seen = (list(candidates), excluded, None if rules is None else candidates.index(rules))
            return rules
        return None if self.force is None else candidates[self.force]


class _Learned:
    """Stands in for ``events.choose_main`` (and watches ``build_events`` for
    the page's date): picks the option the weights score highest."""

    def __init__(self, weights: np.ndarray) -> None:
        self.weights = weights
        self.original = events_module.choose_main
        self.build = events_module.build_events
        self.published: str | None = None

    def build_events(self, *args, **kwargs):
        self.published = args[3].iso
        return self.build(*args, **kwargs)

    def __call__(self, candidates, eligible, cues):
        rules = self.original(candidates, eligible, cues)
        excluded = [not eligible(dataclasses.replace(c, score=math.inf)) for c in candidates]
        chosen = None if rules is None else candidates.index(rules)
        rows = option_rows(candidates, excluded, chosen, self.published)
        pick = int(np.argmax(np.array(rows) @ self.weights))
        return candidates[pick] if pick < len(candidates) else None

    def __enter__(self) -> _Learned:
        events_module.choose_main = self
        events_module.build_events = self.build_events
        import timeline_app.core.extract as package
        package.build_events = self.build_events
        return self

    def __exit__(self, *exc) -> None:
        import timeline_app.core.extract as package
        events_module.choose_main = self.original
        events_module.build_events = package.build_events = self.build


def option_rows(candidates, excluded: list[bool], rules: int | None, published: str | None) -> list[list[float]]:
    """Each candidate's features, then the "no candidate" option's."""
    others = [(c, c.score >= events_module._MAIN_THRESHOLD and not x) for c, x in zip(candidates, excluded)]
    rows = [_features(c, excluded[i], i == rules, published, others) for i, c in enumerate(candidates)]
    width = len(MAIN_TERMS) + len(FLAGS) + len(EXTRAS)
    return rows + [[0.0] * width + [1.0, float(rules is None), float(published is not None)]]


def _scored(label: dict, main) -> tuple[bool, bool]:
    """(date right, precision right) as ``scoring.score_page`` counts them."""
    want = label["main_event"]
    start, precision = (main.start, main.precision) if main else (None, "unknown")
    date_right = start == want["start"] or (want["start"] is None and precision == "unknown")
    return date_right, precision == want["precision"]


def _features(candidate, excluded: bool, chosen: bool, published: str | None, others: list) -> list[float]:
    """``others``: the page's candidates with, for each, whether it is eligible."""
    resolved = candidate.resolved
    reference_none = published is None
    eligible = sorted((c.score for c, ok in others if ok), reverse=True)
    mine = candidate.score >= events_module._MAIN_THRESHOLD and not excluded
    row = list(candidate.terms)
    row += [float(excluded), float(candidate.score < events_module._MAIN_THRESHOLD), float(chosen)]
    row += [float(resolved.mention.relative is not None), float(resolved.precision == "year"),
            float(published is not None and resolved.iso[:10] > published), float(reference_none),
            math.log(sum(c.resolved.iso == resolved.iso for c, _ in others)),
            float(mine and len(eligible) > 1 and candidate.score == eligible[1] != eligible[0]),
            max(-10.0, candidate.score - eligible[0]) / 10 if mine else 0.0]
    return row + [0.0] * len(NULL_FEATURES)


def collect(split: str) -> list[PageOptions]:
    """Every page of ``split``: its options, their features and outcomes."""
    recorder = _Recorder()
    events_module.choose_main = recorder
    pages, _ = load_pages(split)
    out = []
    try:
        for page in pages:
            document = read_file(page.path)
            recorder.force = "rules"
            extraction = extract(document)
            candidates, excluded, rules = recorder.seen
            label = page.label["labels"]
            # options with one date and precision end the same way: run each once
            outcome: dict[object, tuple[bool, bool]] = {}
            right, precise = [], []
            for i, candidate in enumerate(candidates):
                key = (candidate.resolved.iso, candidate.resolved.precision, candidate.resolved.end_iso)
                if key not in outcome:
                    recorder.force = i
                    outcome[key] = _scored(label, extract(document).events[0])
                right.append(outcome[key][0])
                precise.append(outcome[key][1])
            recorder.force = None
            none_right = _scored(label, extract(document).events[0])
            rows = option_rows(candidates, excluded, rules, extraction.published)
            right.append(none_right[0])
            precise.append(none_right[1])
            assert _scored(label, extraction.events[0]) == (right[-1 if rules is None else rules],
                                                            precise[-1 if rules is None else rules])
            out.append(PageOptions(page.label["split"], np.array(rows), np.array(right), np.array(precise),
                                   len(candidates) if rules is None else rules))
    finally:
        events_module.choose_main = recorder.original
    return out


def feature_names() -> list[str]:
    return list(MAIN_TERMS) + list(FLAGS) + list(EXTRAS) + list(NULL_FEATURES)


def fit(pages: list[PageOptions], mask: np.ndarray, l2: float, prior: np.ndarray, steps: int = 1500) -> np.ndarray:
    """Weights maximising the mean log-probability of each page's right options
    (pages with none right are left out), minus ``l2`` |w - prior|^2; Adam, full batch."""
    usable = [p for p in pages if p.right.any()]
    x = np.vstack([p.features for p in usable]) * mask
    right = np.concatenate([p.right for p in usable])
    starts = np.cumsum([0] + [len(p.right) for p in usable])[:-1]
    page_of = np.repeat(np.arange(len(usable)), [len(p.right) for p in usable])
    w = prior * mask
    m, v = np.zeros_like(w), np.zeros_like(w)
    rate = 0.05
    for step in range(1, steps + 1):
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[page_of])
        p = e / np.add.reduceat(e, starts)[page_of]
        q = np.where(right, p, 0.0)
        q = q / np.add.reduceat(q, starts)[page_of]
        grad = 2 * l2 * (w - prior) * mask - ((q - p) @ x) / len(usable)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w = w - rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return w * mask


def choose(page: PageOptions, w: np.ndarray) -> int:
    """The highest-scored option (the earliest on a tie, as the rules break ties by text order)."""
    s = page.features @ w
    return int(np.flatnonzero(s >= s.max() - 1e-9)[0])


def rules_prior() -> np.ndarray:
    """The rules as weights: each signal at 1, an excluded or below-threshold candidate far down."""
    names = feature_names()
    prior = np.zeros(len(names))
    for i, name in enumerate(names):
        if name in MAIN_TERMS:
            prior[i] = 1.0
    # "no candidate" passes every turned-down candidate and no eligible one
    prior[names.index("excluded")] = -100.0
    prior[names.index("below_threshold")] = -100.0
    prior[names.index("none_bias")] = events_module._MAIN_THRESHOLD - 0.01
    return prior


def _mask(variant: str) -> np.ndarray:
    names = feature_names()
    keep = set(MAIN_TERMS) | set(FLAGS) | set(NULL_FEATURES)
    if variant in ("plain", "plain+extras"):
        keep -= {"rules_choice", "none_rules_choice"}
    if variant.endswith("extras"):
        keep |= set(EXTRAS)
    return np.array([1.0 if name in keep else 0.0 for name in names])


def folds(pages: list[PageOptions], k: int = 5) -> list[int]:
    """A fold per page; the pages of one split stay together, folds of about equal size."""
    sizes: dict[str, int] = {}
    for page in pages:
        sizes[page.split] = sizes.get(page.split, 0) + 1
    load, of_split = [0] * k, {}
    for split in sorted(sizes, key=lambda s: (-sizes[s], s)):
        fold = load.index(min(load))
        of_split[split] = fold
        load[fold] += sizes[split]
    return [of_split[page.split] for page in pages]


def cross_validate(pages: list[PageOptions], variant: str, l2: float, anchored: bool) -> tuple[int, int, int, int]:
    """(date right, precision right, dates the rules miss and it gets, dates the rules get and it misses)
    over the tuning pages, each scored by a model fitted without its fold."""
    fold_of = folds(pages)
    mask = _mask(variant)
    prior = rules_prior() if anchored else np.zeros(len(mask))
    right = precise = fixed = broken = 0
    for fold in sorted(set(fold_of)):
        train = [p for p, f in zip(pages, fold_of) if f != fold]
        w = fit(train, mask, l2, prior)
        for page, f in zip(pages, fold_of):
            if f == fold:
                pick = choose(page, w)
                right += bool(page.right[pick])
                precise += bool(page.precise[pick])
                fixed += bool(page.right[pick] and not page.right[page.rules])
                broken += bool(page.right[page.rules] and not page.right[pick])
    return right, precise, fixed, broken


def rules_counts(pages: list[PageOptions]) -> tuple[int, int]:
    return sum(bool(p.right[p.rules]) for p in pages), sum(bool(p.precise[p.rules]) for p in pages)


def _cached(split: str, cache: Path | None) -> list[PageOptions]:
    import pickle

    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    pages = collect(split)
    if cache:
        cache.write_bytes(pickle.dumps(pages))
    return pages


VARIANTS = ("plain", "plain+extras", "rules", "rules+extras")
L2S = (0.001, 0.003, 0.01, 0.03, 0.1, 1.0)
#: The design cross-validation chose (docs/extraction.md, round 16): the rules'
#: signals and own choice, pulled toward zero.
FROZEN = ("rules", 0.01, False)
_FIELDS = ("main_event_date", "main_event_precision", "main_event_kind", "published_date",
           "organisations_precision", "organisations_recall", "people_precision", "people_recall",
           "organisations_stored_as_people", "titles_within_70")


def frozen_weights(pages: list[PageOptions]) -> np.ndarray:
    variant, l2, anchored = FROZEN
    mask = _mask(variant)
    return fit(pages, mask, l2, rules_prior() if anchored else np.zeros(len(mask)))


def compare_unseen(weights: np.ndarray) -> None:
    """Rules and learned weights through the real scorer: aggregate figures only."""
    from scoring import evaluate_real

    for name, split in (("tuning (in-sample)", TUNING), ("held-out", HELD_OUT), ("blind", BLIND)):
        rules = evaluate_real(split).as_dict()
        with _Learned(weights):
            learned = evaluate_real(split).as_dict()
        print(f"{name}: {rules['pages']} pages")
        for field in _FIELDS:
            print(f"  {field:<32} rules {rules[field]:.4f}  learned {learned[field]:.4f}"
                  f"{'' if rules[field] == learned[field] else '  changed'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the tuning pages' options here (outside the repository)")
    parser.add_argument("--variant", choices=VARIANTS, help="only this feature set")
    parser.add_argument("--l2", type=float, help="only this regularisation")
    parser.add_argument("--anchored", choices=("yes", "no"), help="only pulled toward the rules' weights, or to zero")
    parser.add_argument("--unseen", action="store_true",
                        help="fit the frozen design on every tuning page; score held-out and blind pages")
    args = parser.parse_args()
    pages = _cached(TUNING, args.cache)
    if args.unseen:
        weights = frozen_weights(pages)
        print("frozen weights:", ", ".join(f"{n} {w:.3g}" for n, w in zip(feature_names(), weights) if w))
        compare_unseen(weights)
        return
    r, q = rules_counts(pages)
    print(f"tuning pages {len(pages)}; with a right option {sum(p.right.any() for p in pages)}")
    print(f"rules: main event date {r}, precision {q}")
    for variant in [args.variant] if args.variant else VARIANTS:
        for anchored in [args.anchored == "yes"] if args.anchored else (True, False):
            for l2 in [args.l2] if args.l2 is not None else L2S:
                r, q, fixed, broken = cross_validate(pages, variant, l2, anchored)
                print(f"{variant:<14} anchored={anchored!s:<5} l2={l2:<6} 5-fold: date {r}, precision {q} "
                      f"(fixes {fixed}, breaks {broken})", flush=True)


if __name__ == "__main__":
    main()
