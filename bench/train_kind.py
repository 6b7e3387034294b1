"""Learned weights for the main event's kind, over the rules' own signals.

Run:  PYTHONPATH=src python bench/train_kind.py            (cross-validate on TUNING, print counts)
      PYTHONPATH=src python bench/train_kind.py --unseen   (also score held-out and blind, counts only)

The rules (``kind_decision.choose_kind``) compute many signals — each
kind's cue weight in the headline, the lede and the body, the weighted vote,
the kind each override step leaves, whether the page is a letter, a
petition or a signing page — and combine them with hand-set weights and an
override chain. This script asks whether a small multinomial logistic
regression over those same signals (the rules' decision among them) weighs
them better, judged on pages the weights never saw.

How a page is scored: every tuning page is extracted once per kind with the
document's kind forced to that kind (``choose_kind`` patched), and the main
event's kind the scorer would see is kept (``decision_steps.outcome``; a
kind may still end as "none" or "other" downstream). A model is right on a
page when the kind it picks leads to the labelled main-event kind. Training
maximises the probability of the set of kinds that lead there; pages where
no kind does are left out. Cross-validation is 5-fold, grouped by split
(the pages of one split stay together), on the TUNING splits only. The
held-out and blind splits are scored only with ``--unseen``, as counts,
through the scorer (``real.scoring.evaluate_real``: an import through the
store, as ``bench/extraction.py --real`` does) with the model's kind in
place of the rules'. (The per-kind table reads each text as
``bench/decision_steps.py`` does, ``read_file`` then ``extract``; on the
tuning pages it counts the rules right on 562, the scorer on 560.)

Environment: KIND_L2S (comma-separated L2 strengths to try), KIND_CACHE (a
pickle path under /tmp for the tuning pages' signals and table, to rerun
the fits without re-extracting; it holds numbers and labels, no text).
Results and the decision: docs/extraction.md, "Round 16: learned weights
for the main event's kind".
"""

from __future__ import annotations

import argparse
import math
import os
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import timeline_app.core.extract as extract_package  # noqa: E402
from decision_steps import Item, outcome, real_items  # noqa: E402
from kind_baseline import TUNING  # noqa: E402
from real.scoring import RealReport, evaluate_real, load_pages  # noqa: E402
from timeline_app.core.extract import kind_decision  # noqa: E402
from timeline_app.core.extract.document_form import is_letter_itself, opens_with_salutation  # noqa: E402
from timeline_app.core.extract.kind_decision import KindChoice  # noqa: E402
from timeline_app.core.extract.petition_form import is_petition_itself, is_signing_page  # noqa: E402
from timeline_app.core.extract.signed_statement import is_signed_statement, opens_as_undersigned  # noqa: E402

HELD_OUT = "test,gather10b,gather10d,gather11b,gather11d"
BLIND = "gather17a,gather17b,gather18a,gather18b"
EVENT_KINDS = ("walkout", "campaign", "letter", "protest", "strike", "occupation", "petition", "vote", "other")
CUE_KINDS = EVENT_KINDS[:-1]
STEP_FEATURES = ("vote", "named action", "opening act", "final")
VARIANTS = ("shared", "shared+finalonly", "shared+norules", "perkind", "perkind+norules")
L2S = tuple(float(v) for v in os.environ.get("KIND_L2S", "0.03,0.1,0.3,1,10,100").split(","))
CACHE = os.environ.get("KIND_CACHE")  # a pickle of the tuning pages' signals, to rerun the fits faster


def signals(text, text_lines, text_sentences, headline, title, all_cues, per_sentence, choice: KindChoice) -> dict:
    """What the rules computed for one page, as plain numbers: per kind and for the page."""
    headline_cues = (kind_decision.cues_within(all_cues, headline.start, headline.end) if headline is not None
                     else kind_decision.cue_scores(title) if title else {})
    body = [i for i, s in enumerate(text_sentences) if headline is None or s.start >= headline.end]
    lede = [i for i in body[:kind_decision._LEDE_SENTENCES] if not kind_decision._in_caption(text, text_sentences[i])]
    per_kind = {}
    steps = dict(choice.steps)
    totals = {k: headline_cues.get(k, 0.0) * kind_decision.HEADLINE_WEIGHT for k in CUE_KINDS}
    for i in body:
        for k, v in per_sentence[i].items():
            totals[k] = totals.get(k, 0.0) + v * (kind_decision.LEDE_WEIGHT if i in lede else kind_decision.BODY_WEIGHT)
    all_votes = sum(totals.values()) or 1.0
    for k in EVENT_KINDS:
        per_kind[k] = {
            "headline": math.log1p(headline_cues.get(k, 0.0)),
            "lede": math.log1p(sum(per_sentence[i].get(k, 0.0) for i in lede)),
            "first": float(bool(lede) and per_sentence[lede[0]].get(k, 0.0) > 0),
            "body": math.log1p(sum(per_sentence[i].get(k, 0.0) for i in body if i not in lede)),
            "sentences": math.log1p(sum(1 for i in body if per_sentence[i].get(k, 0.0) > 0)),
            "share": totals.get(k, 0.0) / all_votes,
            "vote": float(steps["vote"] == k),
            "named action": float(steps["named action"] == k),
            "opening act": float(steps["opening act"] == k),
            "final": float(choice.kind == k),
        }
    page = {
        "headed": float(headline is not None or bool(title)),
        "no cues": float(not all_cues),
        "letter itself": float(is_letter_itself(text_lines)),
        "signed statement": float(is_signed_statement(text, text_lines)),
        "undersigned": float(opens_as_undersigned(text_lines)),
        "salutation": float(opens_with_salutation(text_lines)),
        "petition itself": float(is_petition_itself(text_lines)),
        "signing page": float(is_signing_page(text, text_lines)),
        "confidence": choice.confidence,
    }
    return {"kind": per_kind, "page": page, "rules": choice.kind, "letter": choice.letter}


def collect(items: Sequence[Item]) -> tuple[list[dict], list[dict[str, str]], list[str]]:
    """Per page: the rules' signals, the scored main kind for each forced kind, and the label."""
    real = kind_decision.choose_kind
    sigs: list[dict] = []
    forced: list[str | None] = [None]

    def patched(*arguments) -> KindChoice:  # noqa: ANN002
        choice = real(*arguments)
        if forced[0] is None:
            sigs.append(signals(*arguments, choice))
            return choice
        kind = forced[0]
        return KindChoice(kind, choice.confidence, choice.letter and kind == "letter", choice.steps)

    table: list[dict[str, str]] = [{} for _ in items]
    extract_package.choose_kind = patched
    try:
        for forced[0] in (None, *EVENT_KINDS):
            for row, page in zip(table, items):
                got = outcome(page, extract_package.extract(page.doc))["kind"][0]
                row[forced[0] or "rules"] = got
    finally:
        extract_package.choose_kind = real
    labels = [page.label["main_event"]["kind"] for page in items]
    return sigs, table, labels


# ---- models: a design tensor X[page, kind, feature]; p(kind) = softmax(X @ w) ----

def design(sigs: Sequence[dict], variant: str) -> tuple[np.ndarray, list[str]]:
    """Feature tensor for one model variant, and the names of its weights.

    ``shared``: each per-kind signal has one weight for every kind (the
    headline's cue weight counts the same for a strike as for a protest);
    page signals and a bias have one weight per kind. ``perkind``: every
    per-kind signal has its own weight per kind too. ``norules`` drops the
    step and final-decision signals (the cue weights alone); ``finalonly``
    keeps the rules' final kind but drops the kinds of the steps before."""
    base = variant.split("+")[0]
    drop = set(STEP_FEATURES) if "norules" in variant else set(STEP_FEATURES[:-1]) if "finalonly" in variant else set()
    kind_names = [n for n in sigs[0]["kind"]["walkout"] if n not in drop]
    page_names = ["bias", *sigs[0]["page"]]
    names = []
    if base == "shared":
        names += [f"kind:{n}" for n in kind_names]
    else:
        names += [f"{k}:{n}" for k in EVENT_KINDS for n in kind_names]
    names += [f"{k}:page:{n}" for k in EVENT_KINDS for n in page_names]
    index = {n: j for j, n in enumerate(names)}
    x = np.zeros((len(sigs), len(EVENT_KINDS), len(names)))
    for p, s in enumerate(sigs):
        for c, k in enumerate(EVENT_KINDS):
            for n in kind_names:
                x[p, c, index[f"kind:{n}" if base == "shared" else f"{k}:{n}"]] = s["kind"][k][n]
            x[p, c, index[f"{k}:page:bias"]] = 1.0
            for n, v in s["page"].items():
                x[p, c, index[f"{k}:page:{n}"]] = v
    return x, names


def fit(x: np.ndarray, ok: np.ndarray, l2: float, steps: int = 3000) -> np.ndarray:
    """Weights maximising sum log p(acceptable kinds) - l2/2 |w|^2 (Adam, full batch)."""
    w = np.zeros(x.shape[2])
    m, v = np.zeros_like(w), np.zeros_like(w)
    rate, b1, b2 = 0.05, 0.9, 0.999
    n = len(x)
    for t in range(1, steps + 1):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        q = p * ok
        q /= q.sum(axis=1, keepdims=True)
        grad = -np.einsum("pk,pkd->d", q - p, x) / n + l2 * w / n
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= rate * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
    return w


def predict(x: np.ndarray, w: np.ndarray) -> list[str]:
    return [EVENT_KINDS[i] for i in (x @ w).argmax(axis=1)]


def acceptable(table: Sequence[dict[str, str]], labels: Sequence[str]) -> np.ndarray:
    return np.array([[row[k] == label for k in EVENT_KINDS] for row, label in zip(table, labels)], dtype=float)


def folds(splits: Sequence[str], k: int = 5) -> list[int]:
    """A fold per page: whole splits dealt, largest first, to the emptiest fold."""
    sizes: dict[str, int] = {}
    for split in splits:
        sizes[split] = sizes.get(split, 0) + 1
    load, of_split = [0] * k, {}
    for split, size in sorted(sizes.items(), key=lambda item: (-item[1], item[0])):
        f = load.index(min(load))
        of_split[split] = f
        load[f] += size
    return [of_split[split] for split in splits]


def cross_validate(x: np.ndarray, ok: np.ndarray, fold: list[int], l2: float) -> np.ndarray:
    """Each page's kind index, picked by weights fitted on the other folds."""
    picked = np.zeros(len(x), dtype=int)
    fold_array = np.array(fold)
    for f in sorted(set(fold)):
        train = (fold_array != f) & (ok.sum(axis=1) > 0)
        w = fit(x[train], ok[train], l2)
        test = fold_array == f
        picked[test] = (x[test] @ w).argmax(axis=1)
    return picked


def gated(sigs: Sequence[dict], ok: np.ndarray, fold: list[int], variant: str, l2: float) -> None:
    """Keep the rules' kind unless the model's pick beats it by a margin of
    probability: does the model know when the rules are wrong?"""
    x, _ = design(sigs, variant)
    fold_array, prob = np.array(fold), np.zeros(ok.shape)
    for f in sorted(set(fold)):
        w = fit(x[fold_array != f], ok[fold_array != f], l2)
        z = x[fold_array == f] @ w
        z = np.exp(z - z.max(axis=1, keepdims=True))
        prob[fold_array == f] = z / z.sum(axis=1, keepdims=True)
    rows = np.arange(len(x))
    rules = np.array([EVENT_KINDS.index(s["rules"]) for s in sigs])
    margin = prob.max(axis=1) - prob[rows, rules]
    for threshold in (0.0, 0.3, 0.5, 0.7, 0.9):
        final = np.where(margin > threshold, prob.argmax(axis=1), rules)
        changed, right = final != rules, ok[rows, final].astype(bool)
        print(f"  {variant:22} l2={l2:<6} margin>{threshold}: right {int(right.sum())}"
              f" (changed {int(changed.sum())}, right {int((changed & right).sum())})")


FROZEN = ("shared", 0.3)  # the variant and L2 the cross-validation chose (docs/extraction.md, round 16)


def learned_choose_kind(variant: str, w: np.ndarray):  # noqa: ANN201
    """``choose_kind`` with its kind replaced by the model's pick over the rules' signals."""
    real = kind_decision.choose_kind

    def choose(*arguments) -> KindChoice:  # noqa: ANN002
        choice = real(*arguments)
        x, _ = design([signals(*arguments, choice)], variant)
        kind = predict(x, w)[0]
        return KindChoice(kind, choice.confidence, choice.letter and kind == "letter",
                          (*choice.steps, ("learned", kind)))
    return choose


def report_figures(report: RealReport) -> dict[str, object]:
    """A scorer's report as counts: no page named (``bench/train_org_filter.py`` reads its reports so too)."""
    return {"pages": report.pages, "skipped": len(report.skipped), **report.right,
            "orgs tp/fp/fn": (report.orgs.tp, report.orgs.fp, report.orgs.fn),
            "people tp/fp/fn": (report.people.tp, report.people.fp, report.people.fn),
            "orgs as people": report.orgs_as_people, "titles <= 70": (report.short_titles, report.titles)}


def aggregates(split: str) -> dict[str, object]:
    """The scorer's counts for ``split``: no page named."""
    return report_figures(evaluate_real(split))


def print_compared(rules: dict[str, object], learned: dict[str, object], rule_name: str, width: int) -> None:
    """Each figure of the rules beside the learned model's, a changed one marked."""
    for field, value in rules.items():
        mark = "" if learned[field] == value else "   <- changed"
        print(f"  {field:16} {rule_name} {value!s:{width}} learned {learned[field]!s:{width}}{mark}")


def score_unseen(sigs: Sequence[dict], ok: np.ndarray) -> None:
    """Fit the frozen design on all of TUNING and print the rules' and the
    model's aggregate counts on the held-out and blind splits."""
    variant, l2 = FROZEN
    x, _ = design(sigs, variant)
    w = fit(x, ok, l2)
    for name, split in (("TUNING (in sample)", TUNING), ("HELD-OUT", HELD_OUT), ("BLIND", BLIND), ("gather17", "gather17a,gather17b"),
                        ("gather18", "gather18a,gather18b")):
        rules = aggregates(split)
        extract_package.choose_kind = learned_choose_kind(variant, w)
        try:
            learned = aggregates(split)
        finally:
            extract_package.choose_kind = kind_decision.choose_kind
        print(f"{name} ({split}):")
        print_compared(rules, learned, "rules", 16)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--unseen", action="store_true")
    args = parser.parse_args()
    items, _ = real_items(TUNING)
    splits = [page.label["split"] for page in load_pages(TUNING)[0]]
    if CACHE and Path(CACHE).exists():
        sigs, table, labels = pickle.loads(Path(CACHE).read_bytes())
    else:
        sigs, table, labels = collect(items)
        if CACHE:
            Path(CACHE).write_bytes(pickle.dumps((sigs, table, labels)))
    ok = acceptable(table, labels)
    rules = sum(row["rules"] == label for row, label in zip(table, labels))
    print(f"TUNING: {len(items)} pages; rules right {rules}; some kind right {int((ok.sum(axis=1) > 0).sum())}")
    fold = folds(splits)
    for variant in VARIANTS:
        x, _ = design(sigs, variant)
        for l2 in L2S:
            picked = cross_validate(x, ok, fold, l2)
            right = ok[np.arange(len(x)), picked].astype(bool)
            changed = np.array([EVENT_KINDS[i] != s["rules"] for i, s in zip(picked, sigs)])
            print(f"  {variant:22} l2={l2:<6} cross-validated right {int(right.sum())}"
                  f" (changed from the rules' kind: {int(changed.sum())}, right {int((changed & right).sum())},"
                  f" wrong {int((changed & ~right).sum())})")
    for variant in ("shared+norules", "perkind+norules"):
        gated(sigs, ok, fold, variant, 0.3)
    if args.unseen:
        score_unseen(sigs, ok)


if __name__ == "__main__":
    main()
