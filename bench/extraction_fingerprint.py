"""Fingerprint everything extraction finds, to prove a speed change changed nothing.

Run:  PYTHONPATH=src python bench/extraction_fingerprint.py --out /tmp/before.json [FOLDER ...]
      PYTHONPATH=src python bench/extraction_fingerprint.py --out /tmp/after.json [FOLDER ...]
      cmp /tmp/before.json /tmp/after.json

Extracts every document of tests/data/labelled (with its reader metadata),
bench/real/texts, seeds/, the 3 KB documents ``bench/extraction.py`` times,
and every ``.txt``/``.md`` file of the extra FOLDERs given (for example a
synthetic archive from ``bench/corpus.py``), and about 200 of them again with
a user's aliases. Files go through ``read_file`` as an import reads them. Every field
of every ``Extraction`` (events, dates, kinds, titles, organisations,
people, roles, confidences) is written as JSON to ``--out``, one entry per
document, and a sha256 of the whole is printed. A pure speed change must
leave the file byte-identical.

The output holds text from the documents (titles, evidence), so write it
outside the repository; this script itself holds none.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from pathlib import Path

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument
from timeline_app.core.readers import read_file

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction import load_corpus, three_kb_documents  # noqa: E402  (bench/extraction.py)

# Aliases a user might have merged: exercises the alias paths of people and organisations.
ALIASES = {"nus": "National Union of Students", "the union": "University and College Union",
           "kclsu": "King's College London Students' Union"}


def documents(extra: list[Path]) -> list[tuple[str, ReadDocument]]:
    """Every document to fingerprint, named by where it came from."""
    corpus = load_corpus()
    found = [(f"labelled/{item.name}", item.doc) for item in corpus]
    found += [(f"3kb/{i:04d}", doc) for i, doc in enumerate(three_kb_documents(corpus))]
    folders = [ROOT / "bench" / "real" / "texts", ROOT / "seeds", *extra]
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in {".txt", ".md"} and path.name != "README.md":
                found.append((str(path.relative_to(folder.parent)), read_file(path)))
    return found


def fingerprint(docs: list[tuple[str, ReadDocument]]) -> dict[str, object]:
    """Every field extracted from each document, with and without aliases."""
    out: dict[str, object] = {}
    for name, doc in docs:
        out[name] = dataclasses.asdict(extract(doc))
    for name, doc in docs[:: max(1, len(docs) // 200)]:
        out[f"aliases:{name}"] = dataclasses.asdict(extract(doc, ALIASES))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where to write the JSON dump")
    parser.add_argument("folders", type=Path, nargs="*", help="extra folders of .txt/.md documents")
    args = parser.parse_args(argv)
    docs = documents(args.folders)
    data = json.dumps(fingerprint(docs), indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")
    args.out.write_bytes(data)
    print(f"{len(docs)} documents, sha256 {hashlib.sha256(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
