"""The optional statistical engine, wired with a blank spaCy pipeline whose
entity ruler stands in for a trained model (no model file needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")  # the [nlp] extra, listed in the test extras

from timeline_app.cli import main  # noqa: E402 - after the spaCy check
from timeline_app.core.extract import extract  # noqa: E402
from timeline_app.core.extract.reading_windows import sentences_worth_reading  # noqa: E402
from timeline_app.core.extract.statistical import engine_problem  # noqa: E402
from timeline_app.core.extract.sentences import lines, sentences  # noqa: E402
from timeline_app.core.importing import import_paths  # noqa: E402
from timeline_app.core.models import ReadDocument  # noqa: E402
from timeline_app.core.store import Store  # noqa: E402

TEXT = (
    "Tenants march on the council\n\n"
    "On 3 March 2021 tenants marched from the station to the town hall. "
    "Quiet Harbour joined the march, and Ifeoma Adeyemi spoke to the crowd. "
    "Their demands were read out, and Westfield Union handed them in. "
    "Adeyemi has lived on the estate for twenty years, and many from Quiet Harbour stayed with her until dusk.\n"
)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> str:
    """A blank English pipeline that 'recognises' a few names by pattern,
    saved as a model folder, the way a user's installed model is loaded."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "ORG", "pattern": "Quiet Harbour"},
        {"label": "PERSON", "pattern": "Ifeoma Adeyemi"},
        # a model's mistake the guard must refuse: an organisation's name as a person
        {"label": "PERSON", "pattern": "Westfield Union"},
        # a name the model cuts in two, and one it runs into a possessive
        {"label": "PERSON", "pattern": "Tendai"},
        {"label": "PERSON", "pattern": "Okonjo"},
        {"label": "PERSON", "pattern": [{"LOWER": "oluwaseun"}, {"LOWER": "bakare"}, {"ORTH": "’s"},
                                        {"LOWER": "allies"}]},
    ])
    folder = tmp_path_factory.mktemp("model") / "ruler_model"
    nlp.to_disk(folder)
    return str(folder)


def _names(extraction) -> tuple[set[str], set[str]]:
    return ({o.name for o in extraction.organisations}, {p.name for p in extraction.people})


def test_the_rules_alone_miss_names_that_have_no_cue():
    orgs, people = _names(extract(ReadDocument(text=TEXT, format="txt")))
    assert "Quiet Harbour" not in orgs
    assert "Ifeoma Adeyemi" not in people


def test_the_engine_adds_its_organisations_and_people(model_dir):
    orgs, people = _names(extract(ReadDocument(text=TEXT, format="txt"), nlp=model_dir))
    assert "Quiet Harbour" in orgs
    assert "Ifeoma Adeyemi" in people


def test_an_organisation_the_model_calls_a_person_stays_an_organisation(model_dir):
    orgs, people = _names(extract(ReadDocument(text=TEXT, format="txt"), nlp=model_dir))
    assert "Westfield Union" in orgs
    assert "Westfield Union" not in people


def test_a_firm_the_model_calls_a_person_and_the_page_always_writes_whole_is_no_person(tmp_path):
    # a model reads firms, outlets and places as people ("Vita Cortex", "Hang Seng"); a report writes a
    # person's surname alone after the first mention, and a firm's name whole each time
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Brackwater Dunmore"},
                                               {"label": "PERSON", "pattern": "Ifeoma Adeyemi"}])
    nlp.to_disk(tmp_path / "model")
    text = ("Cleaners walk out\n\n"
            "On 3 March 2021 cleaners walked out against Brackwater Dunmore over pay, and "
            "Ifeoma Adeyemi joined the picket line with them. "
            "The pickets blame Brackwater Dunmore for cutting their hours twice this year. "
            "Adeyemi has cleaned the offices for twenty years.\n")
    people = _names(extract(ReadDocument(text=text, format="txt"), nlp=str(tmp_path / "model")))[1]
    assert "Ifeoma Adeyemi" in people
    assert "Brackwater Dunmore" not in people


def test_a_firms_possessive_name_is_counted_by_its_name_not_its_s(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([
        {"label": "PERSON", "pattern": [{"ORTH": "Westland"}, {"ORTH": "Tavi"}, {"ORTH": "'s"}]}])
    nlp.to_disk(tmp_path / "model")
    text = ("Cleaners march again\n\n"
            "On 3 March 2021 cleaners marched against Westland Tavi's plans for their pay. It's the third march, "
            "it's cold and it's wet. Westland Tavi's managers said nothing.\n")
    people = _names(extract(ReadDocument(text=text, format="txt"), nlp=str(tmp_path / "model")))[1]
    assert not any(name.startswith("Westland") for name in people), people


def test_a_surname_with_an_apostrophe_is_counted_by_its_letters(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Ifeoma O'Dowd"}])
    nlp.to_disk(tmp_path / "model")
    text = ("Tenants march on the council\n\n"
            "On 3 March 2021 tenants marched to the town hall, and Ifeoma O'Dowd spoke to the crowd. "
            "O'Dowd has lived on the estate for twenty years.\n")
    assert "Ifeoma O'Dowd" in _names(extract(ReadDocument(text=text, format="txt"), nlp=str(tmp_path / "model")))[1]


def test_a_name_cut_in_two_is_joined_and_a_possessive_ends_a_name(model_dir):
    text = ("Tenants march on the council\n\n"
            "On 3 March 2021 tenants marched with Tendai Okonjo from the estate committee. "
            "Councillors complained that Oluwaseun Bakare’s allies had blocked the vote again.\n")
    people = _names(extract(ReadDocument(text=text, format="txt"), nlp=model_dir))[1]
    assert {"Tendai Okonjo", "Oluwaseun Bakare"} <= people
    assert not {"Tendai", "Okonjo"} & people


def test_the_users_aliases_still_name_what_the_engine_found(model_dir):
    result = extract(ReadDocument(text=TEXT, format="txt"),
                     {"quiet harbour": "Quiet Harbour Tenants"}, nlp=model_dir)
    assert "Quiet Harbour Tenants" in _names(result)[0]


def test_the_model_reads_only_sentences_with_a_name_left_to_explain():
    text = ("In March the long march began at noon. Then Mary Jones spoke to the crowd outside. "
            "It was very cold on that Monday. Contact Us About News\n")
    chosen = sentences_worth_reading(text, sentences(text, lines(text)), [])
    assert [s.text for s in chosen] == ["Then Mary Jones spoke to the crowd outside."]
    explained = [(text.index("Mary"), text.index("Mary") + len("Mary Jones"))]
    assert sentences_worth_reading(text, sentences(text, lines(text)), explained) == []


def test_import_with_readers_loads_the_engine_in_each_reader(model_dir, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        (folder / f"doc{i}.txt").write_text(TEXT.replace("2021", str(2015 + i)), encoding="utf-8")
    with Store.open(tmp_path / "t.db") as store:
        summary = import_paths(store, [folder], workers=1, isolate=True, nlp=model_dir)
        assert summary.count("imported") == 3
        assert "Quiet Harbour" in {o["name"] for o in store.organisations()}
        assert "Ifeoma Adeyemi" in {p["name"] for p in store.people()}


def test_the_command_line_takes_a_model_and_refuses_a_missing_one(model_dir, tmp_path, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "cli.db")
    assert main(["import", "--nlp", str(tmp_path / "no_such_model"), "--db", db, str(doc)]) == 2
    assert "No spaCy model" in capsys.readouterr().err
    assert main(["import", "--nlp", model_dir, "--db", db, "-q", str(doc)]) == 0
    with Store.open(db) as store:
        assert "Ifeoma Adeyemi" in {p["name"] for p in store.people()}


def test_a_missing_model_is_named_in_a_sentence(tmp_path):
    problem = engine_problem(str(Path(tmp_path) / "absent"))
    assert problem is not None and problem.endswith(".")
