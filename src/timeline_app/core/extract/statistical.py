"""The optional statistical engine: a spaCy pipeline that proposes names.

The rules find organisations and people by their shape and the words around
them; a trained recogniser also finds names that have neither ("Sisters
Uncut announced", a politician named in passing). It is an extra
(``pip install '.[nlp]'`` plus a model the user installs) chosen by name
(``timeline-app import --nlp MODEL``, the import dialog's engine setting).
Nothing here imports spaCy until an engine is asked for, and each process
loads a model once, on its first document (each reader process its own).

The model only proposes: its PERSON and ORG spans go back through the rules
(``find_people`` and ``find_organisations`` with ``proposed=``), so acronyms,
aliases, canonical names and the person/organisation guard stay rule-driven.
It reads only where it can add something: a few words around each
capitalised run that no rule mention already covers (``reading_windows``).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import TimelineError
from .organisation_names import OrganisationResult
from .organisations import find_organisations
from .people import PeopleResult, find_people
from .proposal_checks import POSSESSIVE_INSIDE, Proposal, lower_case_words, plausible_body, plausible_person, trimmed
from .reading_windows import windows_worth_reading
from .sentences import Span

#: Pipeline parts a recogniser does not need; leaving them out roughly
#: halves the time per sentence of the small English models.
_UNNEEDED = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer"]
#: spaCy's labels for what the rules can take.
PERSON, ORGANISATION, PLACE = "PERSON", "ORG", "PLACE"
#: spaCy's labels for places (countries and cities, other places, buildings).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

_loaded: dict[str, Any] = {}


class EngineError(TimelineError):
    """The chosen engine cannot run here (spaCy or the model is not installed)."""


def engine_problem(name: str) -> str | None:
    """Why engine ``name`` cannot run here, as a sentence; None if it can.

    Cheap (nothing is loaded), so the command line and the window can refuse
    before an import starts rather than fail every document.
    """
    if importlib.util.find_spec("spacy") is None:
        return ("The statistical engine needs spaCy: install the extra with "
                "pip install 'timeline-app[nlp]'.")
    if Path(name).is_dir() or importlib.util.find_spec(name.replace("-", "_")) is not None:
        return None
    return (f"No spaCy model named {name!r} is installed: install one "
            f"(python -m spacy download {name}) or give the path of a model folder.")


def load_engine(name: str) -> Any:
    """The spaCy pipeline ``name`` (a package or a folder), loaded once per process."""
    engine = _loaded.get(name)
    if engine is None:
        problem = engine_problem(name)
        if problem:
            raise EngineError(problem)
        import spacy  # the [nlp] extra: imported only when an engine is chosen

        engine = spacy.load(name, exclude=_UNNEEDED)
        _loaded[name] = engine
    return engine


def propose(name: str, sentences: Sequence[Span]) -> list[Proposal]:
    """The PERSON, ORG and place entities (labelled ``PLACE``) engine
    ``name`` finds in ``sentences``, with offsets into the document."""
    if not sentences:
        return []
    engine = load_engine(name)
    found = []
    for sentence, doc in zip(sentences, engine.pipe(s.text for s in sentences)):
        for entity in doc.ents:
            label = PLACE if entity.label_ in _PLACE_LABELS else entity.label_
            if label in (PERSON, ORGANISATION, PLACE):
                found.append(Proposal(label, sentence.start + entity.start_char,
                                      sentence.start + entity.end_char))
    return found


def _joined(text: str, proposals: list[Proposal]) -> list[Proposal]:
    """Proposals with a person's name the model cut in two ("Rohith" then
    "Vemula", one space apart) joined again, and a PERSON span ended at a
    possessive ("Jean Charest's Liberals" is Jean Charest)."""
    joined: list[Proposal] = []
    for proposal in proposals:
        if proposal.label == PERSON:
            possessive = POSSESSIVE_INSIDE.search(text, proposal.start, proposal.end)
            if possessive:
                proposal = proposal._replace(end=possessive.start())
        last = joined[-1] if joined else None
        if last and last.label == proposal.label == PERSON and text[last.end:proposal.start] == " ":
            joined[-1] = last._replace(end=proposal.end)
        else:
            joined.append(proposal)
    return joined


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


# long: the one place where the model's proposals meet the rules, in the order the guard needs
def with_engine(name: str, text: str, lines: list[Span], sentences: list[Span],
                credits: list[tuple[int, int]], aliases: Mapping[str, str],
                people: PeopleResult, organisations: OrganisationResult,
                ) -> tuple[PeopleResult, OrganisationResult]:
    """The rules' people and organisations, with what engine ``name`` adds.

    A PERSON span that a rule read as an organisation, or that holds an
    organisational head word, is never a person; an ORG span that a rule
    read as a person stays a person; a span the document speaks against (a
    place, a part of a longer name, a slogan: ``proposal_checks``) is
    dropped. What is left goes back through the rules with ``proposed=``,
    which name, canonicalise and link it.
    """
    org_spans = [(m.start, m.end) for m in organisations.mentions]
    person_spans = [(m.start, m.end) for m in people.mentions]
    chosen = windows_worth_reading(text, sentences, org_spans + person_spans)
    proposals = [trimmed(text, p) for p in _joined(text, propose(name, chosen))
                 if not _overlaps(p.start, p.end, credits) and not _overlaps(p.start, p.end, org_spans + person_spans)]
    lower_words = lower_case_words(text) if proposals else set()
    body_names = [o.name for o in organisations.organisations]
    # a list holds things of one sort: a name listed after a body or a place is no person
    not_people = org_spans + [(p.start, p.end) for p in proposals if p.label in (ORGANISATION, PLACE)]
    new_people = [(p.start, p.end) for p in proposals
                  if p.label == PERSON and plausible_person(text, p.start, p.end, lower_words, body_names, not_people)]
    new_orgs = [(p.start, p.end) for p in proposals if p.label == ORGANISATION and plausible_body(text, p.start, p.end)]
    # An ORG span shadows a PERSON span over the same words: never both.
    new_people = [span for span in new_people if not _overlaps(*span, new_orgs)]
    if new_people:
        people = find_people(text, sentences, credits, aliases, proposed=new_people)
    if new_orgs or new_people:
        organisations = find_organisations(text, lines, aliases, [p.name for p in people.people],
                                           credits, proposed=new_orgs)
    return people, organisations
