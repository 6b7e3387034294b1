"""The profile as Markdown, from the core writer and the command line."""

from __future__ import annotations

import io

from profile_archive import build_profile_archive
from timeline_app.cli import main
from timeline_app.core.export.profile_export import md, profile_markdown, write_profile_markdown
from timeline_app.core.profiles import load_profile
from timeline_app.core.store import Store


def test_the_markdown_lists_counts_partners_and_documents_newest_first(fresh_store):
    build_profile_archive(fresh_store)
    nus = fresh_store.find_organisation_ids("NUS")[0]
    out = io.BytesIO()
    write_profile_markdown(fresh_store, "organisation", nus, out)
    text = out.getvalue().decode("utf-8")
    assert text.startswith("# National Union of Students\n")
    assert "- Events: 4" in text
    assert "| 2017 | 1 |" in text
    assert "| University and College Union | 2 |" in text
    assert text.index("Open letter") < text.index("Students walk out")


def test_markdown_in_a_name_is_shown_literally():
    assert md("[click](http://x) <b>*bold*</b> # h") == (
        r"\[click\]\(http://x\) \<b\>\*bold\*\</b\> \# h")


def test_a_person_profile_names_their_title(fresh_store):
    build_profile_archive(fresh_store)
    person = next(p["id"] for p in fresh_store.people() if p["name"] == "Jo Grady")
    text = profile_markdown(load_profile(fresh_store, "person", person))
    assert "- Title: UCU general secretary \\(2017\\)" in text


def test_the_command_line_writes_a_profile_found_by_acronym(tmp_path, capsys):
    db = tmp_path / "p.db"
    with Store.open(db) as store:
        build_profile_archive(store)
    out = tmp_path / "ucu.md"
    assert main(["export", "--db", str(db), "--format", "profile-md", "--entity", "UCU",
                 "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("# University and College Union\n")
    assert main(["export", "--db", str(db), "--format", "profile-md",
                 "--entity", "Mostafa Rajaai"]) == 0
    assert "# Mostafa Rajaai" in capsys.readouterr().out


def test_the_command_line_refuses_a_profile_without_a_known_entity(tmp_path, capsys):
    db = tmp_path / "p.db"
    with Store.open(db) as store:
        build_profile_archive(store)
    assert main(["export", "--db", str(db), "--format", "profile-md"]) == 2
    assert main(["export", "--db", str(db), "--format", "profile-md", "--entity", "Nobody"]) == 2
    assert "no organisation or person called 'Nobody'" in capsys.readouterr().err
