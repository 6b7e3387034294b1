"""The four bundled seeds: the smallest honest check of extraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import PRECISIONS, Extraction, ReadDocument

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed(prefix: str) -> tuple[str, Extraction]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, extract(ReadDocument(text=text, format="txt"))


def _main(result: Extraction):
    mains = [e for e in result.events if e.main]
    assert len(mains) == 1
    return mains[0]


def _org_names(result: Extraction) -> set[str]:
    return {o.name for o in result.organisations}


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_every_seed_event_points_at_its_own_sentence(prefix):
    text, result = _seed(prefix)
    for event in result.events:
        assert text[event.evidence_start : event.evidence_end] == event.evidence
        assert event.precision in PRECISIONS
        assert set(event.organisations) <= _org_names(result)
        assert set(event.people) <= {p.name for p in result.people}


def test_press_release_2015_is_a_walkout_today_at_half_past_ten():
    _, result = _seed("000")
    assert result.published == "2015-11-17"
    assert result.published_precision == "day"
    assert result.title == "Students walk out in solidarity with migrants"
    main = _main(result)
    assert (main.kind, main.start, main.precision, main.time) == ("walkout", "2015-11-17", "day", "10:30")
    nus = next(o for o in result.organisations if o.acronym == "NUS")
    assert nus.name == "National Union of Students"
    assert _org_names(result) == {"National Union of Students"}
    assert [(p.name, p.role) for p in result.people] == [("Mostafa Rajaai", "NUS international students' officer")]


def test_phone_number_in_notes_to_editors_is_not_a_date():
    text, result = _seed("000")
    phone_at = text.index("07866 695010")
    assert all(not (e.evidence_start <= phone_at < e.evidence_end) for e in result.events)


def test_article_2017_reads_numeric_dateline_day_first_and_dates_the_walkout():
    _, result = _seed("001")
    assert result.published == "2017-02-07"
    main = _main(result)
    assert (main.kind, main.start, main.precision) == ("walkout", "2017-02-20", "day")
    assert main.time is None  # 16:47 is when the article went up, not the walkout
    last_month = [e for e in result.events if e.start == "2017-01"]
    assert len(last_month) == 1 and last_month[0].precision == "month"
    assert "executive order" in last_month[0].evidence


def test_article_2017_finds_nus_and_both_people_but_not_photo_credit_or_theresa_may():
    _, result = _seed("001")
    assert _org_names(result) - {"Guardian"} == {"NUS"}  # the paper a speaker told is labelled optional
    assert {p.name for p in result.people} == {"Mostafa Rajaai", "Matt Carr"}
    roles = {p.name: p.role for p in result.people}
    assert roles["Matt Carr"].lower() == "organiser"
    assert not any(e.start and e.start.startswith("2017-05") for e in result.events)


def test_blog_2016_is_the_we_are_international_campaign_with_two_sheffield_bodies():
    _, result = _seed("002")
    assert result.published == "2016-09-22"
    main = _main(result)
    assert main.kind == "campaign"
    assert "#WeAreInternational" in main.title
    brexit = [e for e in result.events if e.start == "2016"]
    assert len(brexit) == 1 and brexit[0].precision == "year"
    names = _org_names(result)
    assert "University of Sheffield" in names
    assert "University of Sheffield's Students' Union" in names
    assert [p.name for p in result.people] == ["Ana Gabriela Popa"]


def test_undated_open_letter_stays_undated_with_not_before_2022():
    _, result = _seed("003")
    assert result.published is None
    assert result.source == "Canary"
    main = _main(result)
    assert main.kind == "letter"
    assert main.precision in ("unknown", "approximate")
    assert main.start == "2022"
    assert {"2022", "2017"} <= {e.start for e in result.events if e.precision == "year"}
    assert not any(e.start in ("0180", "0052") for e in result.events)


def test_undated_open_letter_finds_the_student_bodies_by_acronym_definition():
    _, result = _seed("003")
    by_acronym = {o.acronym: o.name for o in result.organisations if o.acronym}
    assert by_acronym["NUS"] == "National Union of Students"
    assert by_acronym["KCLSU"] == "King's College London Student Union"
    assert by_acronym["FOSIS"] == "Federation of Student Islamic Societies"
    assert "University of Birmingham Guild of Students" in _org_names(result)
    assert "King's College London" in _org_names(result)  # distinct from its student union


HEADLINE_TITLES = {
    "000": "Students walk out in solidarity with migrants",
    "001": "NUS Calls On Students To Walk Out Of University In Protest Of Donald Trump's 'Racist Agenda'",
    "002": "UK Higher Education Supports #WeAreInternational",
}


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_every_seed_gets_a_short_title_from_its_own_opening(prefix):
    text, result = _seed(prefix)
    title = result.title
    assert title and title.strip() == title and "\n" not in title
    assert len(title) <= 100
    assert title.rstrip("…") in text[:600]  # its heading or first line, not something from further down
    if prefix in HEADLINE_TITLES:
        assert title == HEADLINE_TITLES[prefix]


def test_undated_open_letter_without_a_heading_is_titled_by_its_first_line():
    text, result = _seed("003")
    assert result.title.startswith("In an open letter addressed to the National Union of Students")
    assert result.title.endswith("…")  # cut at a word boundary, not mid-word
    assert text.startswith(result.title.rstrip("…"))


def test_a_letter_opening_with_a_salutation_is_titled_by_its_first_sentence_not_the_greeting():
    result = extract(ReadDocument(
        text="Dear Vice-Chancellor,\n\nWe, the undersigned students and staff, call on the university to divest "
             "from fossil fuels. We ask for an answer by March.",
        format="txt",
    ))
    assert result.title == "We, the undersigned students and staff, call on the university to divest from fossil fuels"


def test_imported_seeds_are_all_stored_with_a_title(fresh_store):
    from timeline_app.core.importing import import_seeds_if_empty

    import_seeds_if_empty(fresh_store)
    titles = [document["title"] for document in fresh_store.documents()]
    assert len(titles) == 4
    assert all(title and title.strip() for title in titles)
