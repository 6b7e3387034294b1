"""Find organisations: acronym definitions, named bodies and bare acronyms.

Sources, most reliable first:
1. definitions "National Union of Students (NUS)" (or the reverse), checked
   by matching the acronym's letters against the name;
2. runs of capitalised words ending in an organisational head word
   ("... University", "... Union", "Office for Students");
3. names without a head word that the sentence marks as a body: a type noun
   in apposition ("the union Unite", "Reclaim These Streets, the group
   organising the vigil"), "organised/coordinated/led by X", "X, which
   organised", "spokesperson/co-founder/members of X";
4. a short curated list of well-known movement bodies whose names carry no
   such word (trade unions, campaigns, parties: ``KNOWN_MOVEMENT_BODIES``);
5. bare acronyms ("UCL") outside shouted headings and datelines, when the
   text treats them as a body or a name spells them (``acronym_evidence``).

Organisations merge within a document only by acronym definition or by the same normalised name,
never by similarity, so "University of Sheffield's Students' Union" stays apart from "University of Sheffield".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from .organisation_names import (
    HEADS,
    NOT_ORGANISATIONS,
    OrganisationMention,
    OrganisationResult,
    opens_or_ends_with_head,
    has_head_word,
    name_key,
    trim_leading,
    without_possessive,
)
from .organisation_context_names import context_name
from .given_names import GIVEN_NAMES
from .organisation_and_split import split_and
from .organisation_capital_joins import with_small_joins
from .organisation_code_prefix import with_code_before
from .organisation_named_body import is_an_office, named_body, names_a_ministers_portfolio, names_a_school_level
from .organisation_canonical import canonical_result
from .acronym_links import names_a_thing, regional_branch, spelled_by, state_branch
from .acronym_definitions import ACRONYM, defined_words, definitions
from .acronym_plural_definitions import plural_definitions
from .acronym_evidence import has_body_evidence
from .acronym_uses import is_no_body
from .defined_posts import names_a_post
from .party_members import counted_members
from .organisation_context import context_candidates, starts_word
from .organisation_cues import is_dateline, is_place_code_or_credit, is_signature_affiliation, \
    members_body_after_definition, place_after_run, with_definition_nation, with_name_tail
from .organisation_forms import campus_names, with_nation, with_slogan_before, with_word_before, \
    without_a_month_before, without_a_place_before_and
from .organisation_shapes import find_shaped_names
from .organisation_runs import CAP, MULTI_WORD_RUN, without_a_cut_name
from .organisation_federal_members import add_federal_members
from .organisation_spans import body_of_its_organ, split_run, with_listed_subjects_before
from .organisation_narrowing import narrowed
from .organisation_people_openers import with_people_word_before
from .organisation_kind_lists import kind_list_members
from .organisation_list_members import KeyRuns, listed_members
from .organisation_signatories import signatory_affiliations
from .organisation_town_mentions import short_institutions
from .organisation_titles import titles_an_activity
from .organisation_known import KNOWN_CAPITALS, KNOWN_MOVEMENT_BODIES, KNOWN, PORTFOLIO_AFTER, PORTFOLIO_BEFORE, \
    SLOGAN_AFTER, common_words_in_a_name, inside_a_longer_name, known_branch, labour_as_a_word, \
    unite_as_a_verb
from .organisation_lines import credit_line_ranges, credit_tail_ranges, in_shouting
from .prefilter import literal_starts, matches_starting_at
from .organisation_reading import OrganisationReading
from .sentences import Span, plain_apostrophes

# HEADS is also the people finder's test for "this is no person's name".
__all__ = ["HEADS", "KNOWN_MOVEMENT_BODIES", "OrganisationMention", "OrganisationResult", "credit_line_ranges",
           "find_organisations"]

#: Passes over acronyms still lacking evidence, each proving some by their proven neighbours.
_EVIDENCE_PASSES = 8
# A hospital's units, written as capitals alone ("the A&E department"), never a body; "A&E Nurses Union" is one.
# Capitals that stand alone as no body: a hospital's units, a session of questions ("Q&A sessions"; "the Q&A
# Society" is one), a wire service's credit ("(BUSINESS WIRE)").
_NEVER_BARE = frozenset(("A&E", "ICU", "Q&A", "BUSINESS", "WIRE"))
# Acronyms of a sector ("CSOs", civil society organisations): a body only where the page defines one so.
_SECTOR_ACRONYMS = frozenset(("CSO", "CSOS", "CBO", "CBOS"))
# "RSS-affiliated", "ABVP-backed": a body's acronym before a word of allegiance
_BARE_ACRONYM = re.compile(rf"(?P<acr>{ACRONYM}(?:-[A-Z]{{2,5}}(?![\w&-]))?)"  # "AFL-CIO": two joined by a hyphen
                           rf"(?![\w&]|-(?!(?:affiliat|back|led\b|run\b|align|link|support)))")
_SCHOOLS_UNION = re.compile(
    rf"(?P<generic>Students?['’]?s?['’]? Union|Student Union|Guild of Students|Union of Students)"
    rf"[ \t]+(?:at|of)[ \t]+(?:the[ \t]+)?(?P<host>(?:University|College)(?:[ \t]+(?:of[ \t]+)?(?:{CAP}))+)"
)
_SCHOOLS_UNION_STARTS = ("Student", "Guild of Students", "Union of Students")
# "WASHINGTON —" or "LONDON, Sept. 3 –" at a line start: a place, not a body.
_WIRE_PLACE = re.compile(r"[ \t]*(?:,[^\n—–]{0,30})?[ \t]*(?:\([A-Z]{2,}\)[ \t]*)?[—–]")


def find_organisations(text: str, lines: list[Span], aliases: Mapping[str, str] | None = None,
                       people: Collection[str] = (), skip: list[tuple[int, int]] | None = None,
                       proposed: Sequence[tuple[int, int]] = ()) -> OrganisationResult:
    """Organisations named in ``text`` with their canonical names.

    ``people`` are names already known to be people, which no context rule
    may turn into an organisation; ``skip`` are credit-line ranges (computed
    here when not given). The sources run most reliable first (see the
    module docstring); a later one never claims a start an earlier one took.
    ``proposed`` are spans the statistical engine read as organisations
    (``statistical``); they come after every rule but bare acronyms.
    """
    credits = (credit_line_ranges(lines, text) if skip is None else skip) + credit_tail_ranges(lines, text)
    reading = _Reading(without_a_cut_name(text), lines, credits)
    reading.add_definitions()
    reading.add_schools_unions()
    reading.add_shaped_names()
    reading.add_named_bodies()
    reading.add_known_bodies()
    reading.add_town_institutions()
    reading.add_names_marked_by_context(people)
    reading.add_proposed(proposed, people)
    reading.add_bare_acronyms(people)
    reading.add_kind_list_members(people)
    reading.add_listed_members(people)
    reading.add_signatory_affiliations(people)
    found = list({id(o): o for o in reading.by_key.values()}.values())
    return canonical_result(narrowed(found, reading.text, people), aliases or {})


def _ends_with_one_of(key: str, keys: Collection[str]) -> bool:
    """Whether ``key`` ends with a blank and one of ``keys``: each blank's tail looked up, so that the cost is the
    key's length, not the number of keys (a page of thousands of people)."""
    return any(key[at + 1 :] in keys for at, char in enumerate(key) if char == " ")


class _Reading(OrganisationReading):
    """The steps that read a document for organisations, most reliable first (see the module
    docstring), each recording what it finds in the ``OrganisationReading`` they share."""

    def add_definitions(self) -> None:
        """"National Union of Students (NUS)" and "NUS (National Union of Students)"."""
        # "District Health Boards (DHBs)": a set of public bodies defined with its plural acronym
        for acronym, full, full_start in sorted([*definitions(self.text), *plural_definitions(self.text)],
                                                key=lambda found: found[2]):
            if self.skipped(full_start):
                continue
            # "All India Students' Association (AISA)": a word that opens sentences may begin the name
            words = defined_words(acronym, full.split()) or defined_words(acronym, trim_leading(full.split()))
            if not words or acronym in NOT_ORGANISATIONS or names_a_thing(words) or names_a_thing(full.split()) or \
                    names_a_school_level(words) or is_an_office(words):
                continue  # "Higher Education Contribution Scheme (HECS)", "... Conservation Act (EPBC)" name no body
            if not acronym.isupper() and not has_head_word(" ".join(words), words):
                continue  # a word in brackets ("(Park)", "(Asia)") defines a body only when a head word names one
            if not acronym.isupper() and not acronym[1:].islower() and not opens_or_ends_with_head(words):
                continue  # "(UiTH)" ends or opens with its head; "Lakeland Council Cost of Living Payment (LCCoLP)"
            name = without_possessive(" ".join(words))
            start = full_start + max(full.find(" ".join(words)), full.find(words[0]))  # "Auckland, Auckland University"
            if names_a_post(self.text, words, start):  # "your Tenancy Liaison Officer (TLO)": a post, not a body,
                self.covered[start:start + len(name)] = b"\x01" * len(name)  # nor its words ("Tenancy Liaison")
                continue
            if acronym in self.by_acronym and self.by_acronym[acronym].defined:
                self.mention(self.by_acronym[acronym], start, start + len(name))
                continue
            members = members_body_after_definition(self.text, acronym, name, start)  # "X (UiTH) Alumni Association"
            name, end = with_definition_nation(self.text, acronym, name, start)  # "X (NUS) Scotland"
            self.record(name, start, end, acronym, defined=True)
            if members is not None:
                body = self.record(members[0], start, members[3], members[2], defined=members[2] is not None)
                body.surfaces.append(members[1])
                self.by_key.setdefault(name_key(members[1]), body)  # "the HU Students Union" later is this body

    def add_schools_unions(self) -> None:
        """"Students' Union at the University of X" is X's students' union."""
        text = self.text
        for match in matches_starting_at(_SCHOOLS_UNION, text, literal_starts(text, _SCHOOLS_UNION_STARTS)):
            host = named_body(match["host"].split())
            if host:
                name = f"{' '.join(host)}'s {plain_apostrophes(match['generic'])}"
                self.record(name, match.start(), match.end())

    def add_shaped_names(self) -> None:
        """Branches, union locals, hashtags, campaign shapes and lists
        (``organisation_shapes``)."""
        defined = bytes(self.covered)  # "UCL Cut the Rent (UCL-CTR)" holds no campus "UCL Cut"
        for shaped in find_shaped_names(self.text):
            if self.skipped(shaped.start) or self.title_case(shaped.start) or \
                    any(self.covered[shaped.start : shaped.end]):
                continue  # a definition already holds part of it
            org = self.record(shaped.name, shaped.start, shaped.end)
            if shaped.surface and shaped.surface not in org.surfaces:
                org.surfaces.append(shaped.surface)
        for campus in campus_names(self.text):  # "UC Santa Cruz" stands even inside "UC Santa Cruz Police"
            if not (self.skipped(campus.start) or self.title_case(campus.start) or defined[campus.start]):
                self.record(campus.name, campus.start, campus.end)
        add_federal_members(self)  # "Goldsmiths, University of London", also on title-case signature lines

    def add_named_bodies(self) -> None:
        """Capitalised runs holding an organisational head word."""
        for match in MULTI_WORD_RUN.finditer(self.text):
            run = match.group()
            tokens = run.split()
            if HEADS.isdisjoint(tokens) and ("'" not in run and "’" not in run or not has_head_word(run, tokens)) and \
                    tokens[-1].rsplit("-", 1)[0] not in HEADS:  # (a head before an allegiance: "Alliance-run")
                continue  # no organisational word: named_body would say no
            if self.skipped(match.start()) or self.title_case(match.start()) and \
                    not is_signature_affiliation(self.text, match.start(), match.end()):
                continue
            if place_after_run(self.text, match.end(), tokens) or \
                    titles_an_activity(self.text, match.start(), match.end(), tokens):
                continue  # "the Student Services building": a place ("X Department's Foothill station" is X's)
            cursor = 0
            tokens = without_a_month_before(self.text, match.start(),  # "in September X Council": its date
                                            without_a_place_before_and(self.text, match.start(), tokens))
            for part in (p for piece in split_run(tokens) for p in split_and(piece)):
                part_at = match.group().find(part[0], cursor)
                cursor = part_at + len(" ".join(part))
                part = with_small_joins(part)  # "Harbourton College Of Music"
                words = None if names_a_ministers_portfolio(part) else named_body(part)  # (a minister's field)
                if words is None:
                    continue
                words = with_people_word_before(self.text, part, words, match.start() + part_at)
                name = " ".join(words)
                offset = match.group().find(words[0], part_at)
                start = match.start() + max(offset, 0)
                if self.taken(start):
                    continue  # already counted as part of a definition
                name, start = with_word_before(self.text, name, start, self.by_key)
                name, start = with_slogan_before(self.text, name, start)
                name, start = with_listed_subjects_before(self.text, name, start)
                name, start = with_code_before(self.text, name, start)  # "ABC-Harbourton Hospital", "K-P Bar Council"
                name, end = with_name_tail(self.text, name, start + len(name))
                name, start = body_of_its_organ(name, start)  # "the Executive Board of the UFT": the UFT
                self.record(name, start, end)

    def add_known_bodies(self) -> None:
        """The curated ``KNOWN_MOVEMENT_BODIES``, unless used as a slogan."""
        text = self.text
        for match in KNOWN.finditer(text):
            if not starts_word(text, match.start()) or self.skipped(match.start()) or self.taken(match.start()):
                continue
            branch, end = known_branch(text, match)
            if match.start() in self.line_starts and SLOGAN_AFTER.match(text, match.end()) or \
                    unite_as_a_verb(text, match.start(), match.end()) or \
                    PORTFOLIO_BEFORE.search(text, max(0, match.start() - 30), match.start()) or \
                    PORTFOLIO_AFTER.match(text, match.end()) or labour_as_a_word(text, match.start(), match.end()) or \
                    not branch and inside_a_longer_name(text, end) or \
                    counted_members(text, match.start(), end) or \
                    common_words_in_a_name(text, match.start(), end, match["base"]):
                continue
            defined = self.defined_acronym(match["base"])
            if defined is not None and not branch:  # "Congress of ... Trade Unions (Cosatu) ... Cosatu said"
                self.mention(defined, match.start(), end)
                continue
            # "Extinction Rebellion Youth", "Unison Scotland", "Oxfam GB", "ACORN Harbourton": a branch is its own body
            name, start = with_nation(text, KNOWN_MOVEMENT_BODIES[match["base"]], match.start())
            org = self.record(name := name + branch, start, end)
            if (surface := text[match.start():end]) != name and start == match.start() and surface not in org.surfaces:
                org.surfaces.append(surface)

    def add_town_institutions(self) -> None:
        """Universities named by town ("80 Oxford students"), as the page's fuller name when it has one."""
        for name, short, start, end in short_institutions(self.text, [o.name for o in self.by_key.values()]):
            if not (self.skipped(start) or self.taken(start)):
                org = self.record(name, start, end, name if name.isupper() else None)
                if short not in org.surfaces:
                    org.surfaces.append(short)

    def add_names_marked_by_context(self, people: Collection[str]) -> None:
        """Names the sentence marks as a body ("the union Unite", "organised
        by X", "X, a student group"); never a name known to be a person's."""
        for start, captured, apposition in context_candidates(self.text):
            if self.skipped(start) or self.shouting(start) or self.taken(start):
                continue
            words = context_name(captured.split(), single_ok=apposition)
            if not words:
                continue
            name = " ".join(words)
            if people and (not apposition or words[0] in GIVEN_NAMES):
                key = name_key(name)
                people_keys = self.person_keys(people)
                if key in people_keys or not apposition and _ends_with_one_of(key, people_keys):
                    continue  # "organised by Matt Carr": a person, also after an office ("led by Nazim ... Matt Carr");
                    # "the counsel to the union, Femi Adeyemi,": the union's counsel, in apposition to the union
            offset = captured.find(words[0])
            self.record(name, start + offset, start + offset + len(name))

    def add_proposed(self, proposed: Sequence[tuple[int, int]], people: Collection[str]) -> None:
        """Spans the statistical engine read as bodies, named as a context name is; never a person's."""
        for start, end in proposed:
            words = None if self.skipped(start) or self.taken(start) else \
                context_name(self.text[start:end].split(), single_ok=True)
            if words and name_key(name := " ".join(words)) not in self.person_keys(people):
                self.record_written(name, words, start, end)

    def add_bare_acronyms(self, people: Collection[str] = ()) -> None:
        """Acronyms on their own ("UCL"), outside shouted headings and datelines, and not a
        person's initials ("RM Kennedy")."""
        text = self.text
        initialled: dict[str, list[str]] = {}  # people named with initials, by them ("RM": "RM Kennedy")
        for person in people:
            initials, space, _ = person.partition(" ")
            if space and initials.isupper():
                initialled.setdefault(initials, []).append(person)
        bare = [m for m in _BARE_ACRONYM.finditer(text)
                if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_&-#")]
        outside_shouting: set[str] | None = None  # acronyms used outside shouted headings, when first needed
        for match in bare:
            acronym = match["acr"]
            if acronym in NOT_ORGANISATIONS or acronym in _NEVER_BARE or self.skipped(match.start()) or \
                    self.taken(match.start()) or acronym in _SECTOR_ACRONYMS and acronym not in self.by_acronym:
                continue
            if self.columns(match.start()):  # "INTUC     AITUC     HMS": a statement's signatories
                self.record(acronym, match.start(), match.end(), acronym)
                continue
            if in_shouting(text, match.start(), match.end()):
                continue
            if self.shouting(match.start()):  # off a shouted heading, the acronym is used outside one
                if outside_shouting is None:
                    outside_shouting = {m["acr"] for m in bare if not self.shouting(m.start())}
                if acronym not in outside_shouting or acronym not in self.by_acronym:
                    continue  # a word of a shouted heading ("DEMO 2012: EDUCATE, EMPOWER")
            if match.start() in self.line_starts and _WIRE_PLACE.match(text, match.end()) or \
                    is_dateline(text, match.start(), match.end(), self.line_starts) or \
                    is_place_code_or_credit(text, match.start(), match.end()):
                continue  # "WASHINGTON —" is where the story was filed; "Chicago, IL"; "(HT Photo)"
            if text[match.end() : match.end() + 1] in ("'", "’") and text[match.end() + 1 : match.end() + 2].isupper():
                continue  # part of a name in capitals ("O’NEILL")
            if any(text.startswith(person, match.start()) for person in initialled.get(acronym, ())):
                continue  # a person's initials
            if acronym not in self.by_acronym and acronym not in self.unproven and \
                    is_no_body(text, match.start(), match.end(), self.line_starts):
                continue  # "HUNDREDS of students", "STUDENTS!", "(VSU)" for a policy, "in the ACCR"
            self.add_bare_acronym(acronym, match.start(), match.end())
        # An acronym nothing links to a name needs evidence. A neighbour in a list counts once it is a body
        # itself ("SSANU, NASU declare"), so the pass repeats until no acronym is newly proven (at most
        # _EVIDENCE_PASSES times: a page-long chain of acronyms would otherwise cost its length squared).
        pending, again = dict(self.unproven), False
        for _ in range(_EVIDENCE_PASSES):  # bounded: each pass re-reads every pending mention
            if not pending:
                break
            proven = [a for a, mentions in pending.items()
                      if a in KNOWN_CAPITALS or has_body_evidence(text, mentions, self.taken, again)]
            for acronym in proven:
                for start, end in pending.pop(acronym):
                    self.record(acronym, start, end, acronym)
            if not proven:
                break
            again = True

    def add_kind_list_members(self, people: Collection[str]) -> None:
        """Names listed as bodies of a kind ("the councils ... are Arlen, Westshire"), not people's."""
        for start, end in kind_list_members(self.text):
            if self.skipped(start) or any(self.covered[start:end]) and not self.drop_cut_names(start, end):
                continue
            words = self.text[start:end].split()
            glued = words[0][:1].islower()  # "eThekweni Social Forum": a prefix glued to a capitalised name
            words = context_name([words[0][:1].upper() + words[0][1:]] + words[1:], single_ok=True)
            if words and glued:
                words[0] = words[0][:1].lower() + words[0][1:]
            if words and name_key(name := " ".join(words)) not in self.person_keys(people):
                self.record_written(name, words, start, end)

    def add_listed_members(self, people: Collection[str]) -> None:
        """Names listed among bodies found ("Ateneo de Manila, De La Salle University, ..."), not people's."""
        mentions = (m for org in self.by_key.values() for m in org.mentions)
        inside: KeyRuns | None = None  # "Cairo" beside "Cairo University" is its town (built when first needed)
        for start, end in listed_members(self.text, mentions, self.listed_state):
            words = None if self.skipped(start) or self.title_case(start) or self.shouting(start) else \
                context_name(self.text[start:end].split(), single_ok=True)
            if not words or (name := " ".join(words)).isupper():
                continue
            inside = inside or KeyRuns(list(self.by_key) + list(self.person_keys(people)))
            if name_key(name) not in inside:
                self.record_written(name, words, start, end)

    def add_signatory_affiliations(self, people: Collection[str]) -> None:
        """Bodies in a list of signatories' affiliations ("Andrew Copson, Chief Executive, Humanists UK") that
        no step before found."""
        for start, end in signatory_affiliations(self.text, people):
            if not (self.skipped(start) or any(self.covered[start:end])):
                self.record(self.text[start:end], start, end)

    def add_bare_acronym(self, acronym: str, start: int, end: int) -> None:
        region = regional_branch(self.text, end, acronym, self.branch_index)
        if region is not None:
            self.mention(region, start, end)
            return
        state = state_branch(self.text, start, end, acronym, acronym in self.by_acronym or acronym in KNOWN_CAPITALS)
        if state is not None:  # "CUPE Ontario President ...": the union's branch there
            self.record(state[0], start, state[1])
            return
        org = self.by_acronym.get(acronym) or spelled_by(acronym, self._spelling_candidates(acronym))
        if org is not None:
            org.acronym = org.acronym or acronym  # "CFS" for the "Canadian Federation of Students" found
            self.by_acronym.setdefault(acronym, org)
            self.mention(org, start, end)
            if acronym not in org.surfaces:
                org.surfaces.append(acronym)
            return
        self.unproven.setdefault(acronym, []).append((start, end))
