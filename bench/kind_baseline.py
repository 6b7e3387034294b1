"""A baseline for kinds: a naive Bayes reading of a page's opening words.

Run:  PYTHONPATH=src python bench/kind_baseline.py [CHARS ...]

Trained on the tuning pages' labelled kinds (the splits bench/real/README.md
lists as tuning, gather12 to gather16 included), it tells the kind of the
held-out pages (test, gather10b, gather10d, gather11b, gather11d) and of the
blind pages (gather17a, gather17b, gather18a, gather18b) from the set of words in their
first CHARS characters (default 400, 1000 and 2000), and prints how many it
gets right. It answers one question: would a model learned from the
labelled pages alone beat the rules on unseen pages? It reads the texts as
the scorer does and prints only counts.
"""

from __future__ import annotations

import collections
import math
import re
import sys

sys.path.insert(0, "bench/real")
from scoring import load_pages  # noqa: E402

_UNION = ("gather10a,gather10c,gather11a,gather11c,gather9a,gather9b,hold7d,hold7k,hold7o,hold7p,hold8d,hold8k,hold8o,"
          "hold8p,tune,tune2,tune3k,tune3o,tune3p,tune3p2,tune3p3,tune3p4,tune7d,tune7k,tune7o,tune7p,tune8d,tune8k,"
          "tune8o,tune8p")
TUNING = ",".join([_UNION] + [f"gather{n}{half}" for n in range(12, 17) for half in "ab"])
UNSEEN = {"held-out": "test,gather10b,gather10d,gather11b,gather11d", "gather17 (blind)": "gather17a,gather17b",
          "gather18 (blind)": "gather18a,gather18b"}
_WORD = re.compile(r"[a-z]+")

Row = tuple[str, str]  # (kind, text)


def labelled(split: str) -> list[Row]:
    """(kind, text) of every page of ``split`` whose main event has a kind."""
    pages, _ = load_pages(split)
    rows = [((page.label["labels"].get("main_event") or {}).get("kind"), page.path.read_text(encoding="utf-8"))
            for page in pages]
    return [(kind, text) for kind, text in rows if kind]


class NaiveBayes:
    """Bernoulli naive Bayes over the set of words in a text's first ``chars`` characters."""

    def __init__(self, rows: list[Row], chars: int) -> None:
        self.chars = chars
        self.prior = collections.Counter(kind for kind, _ in rows)
        self.counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        for kind, text in rows:
            self.counts[kind].update(self.words(text))
        self.vocabulary = set().union(*self.counts.values())

    def words(self, text: str) -> set[str]:
        return set(_WORD.findall(text[:self.chars].lower()))

    def kind(self, text: str) -> str:
        words, total = self.words(text), sum(self.prior.values())
        return max(self.prior, key=lambda kind: self._score(kind, words, total))

    def _score(self, kind: str, words: set[str], total: int) -> float:
        score = math.log(self.prior[kind] / total)
        for word in self.vocabulary:
            p = (self.counts[kind][word] + 1) / (self.prior[kind] + 2)
            score += math.log(p if word in words else 1 - p)
        return score


def main() -> None:
    tuning = labelled(TUNING)
    for chars in [int(a) for a in sys.argv[1:]] or [400, 1000, 2000]:
        model = NaiveBayes(tuning, chars)
        for name, split in UNSEEN.items():
            rows = labelled(split)
            right = sum(model.kind(text) == kind for kind, text in rows)
            print(f"first {chars} characters, {name}: {right} of {len(rows)} ({right / len(rows):.1%})")


if __name__ == "__main__":
    main()
