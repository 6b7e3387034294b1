"""Roles read from the words around a name: who organised, who backed, who was the target."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.extract.roles import mention_roles
from timeline_app.core.models import ReadDocument


def _roles(sentence: str, *names: str) -> dict[str, str]:
    mentions = [(name, sentence.index(name), sentence.index(name) + len(name)) for name in names]
    return mention_roles(sentence, mentions)


def test_organised_by_makes_an_organiser_and_a_protest_against_makes_a_target():
    sentence = "A rally organised by the Tenants Action Group marched against Greyfield Council."
    assert _roles(sentence, "Tenants Action Group", "Greyfield Council") == {
        "Tenants Action Group": "organiser", "Greyfield Council": "target"}


def test_a_list_of_names_shares_the_verb_that_follows_it():
    sentence = "The Riverside Students' Union, Northgate Trades Council and Unite joined the picket."
    assert _roles(sentence, "Riverside Students' Union", "Northgate Trades Council", "Unite") == {
        "Riverside Students' Union": "supporter", "Northgate Trades Council": "supporter",
        "Unite": "supporter"}


def test_backed_by_and_signed_by_make_supporters():
    assert _roles("The strike is backed by Hillside Parents Forum.", "Hillside Parents Forum") == {
        "Hillside Parents Forum": "supporter"}
    assert _roles("The letter was signed by Dr Ann Cole and Marsh Lane Union.",
                  "Ann Cole", "Marsh Lane Union") == {
        "Ann Cole": "supporter", "Marsh Lane Union": "supporter"}


def test_a_body_that_calls_a_walkout_organises_it_and_the_one_it_calls_on_is_the_target():
    sentence = "Campus Climate Network called for a walkout and called on Eastbrook College to divest."
    assert _roles(sentence, "Campus Climate Network", "Eastbrook College") == {
        "Campus Climate Network": "organiser", "Eastbrook College": "target"}


def test_possessives_tell_whose_action_it_was_and_whose_plans_were_opposed():
    sentence = "Fair Rent Now's occupation opposed Lowmoor University's plans to raise rents."
    assert _roles(sentence, "Fair Rent Now", "Lowmoor University") == {
        "Fair Rent Now": "organiser", "Lowmoor University": "target"}


def test_the_place_where_students_walked_out_is_not_the_organiser():
    assert _roles("Students at Lowmoor University walked out at noon.", "Lowmoor University") == {}


def test_a_name_with_no_cue_is_only_mentioned():
    assert _roles("Eastbrook College has 12,000 students.", "Eastbrook College") == {}


def test_a_whole_document_gives_its_main_event_organisers_supporters_and_targets():
    text = (
        "Students occupy library over rent rises\n\n"
        "Published 3 March 2021\n\n"
        "Students began an occupation of the library on 4 March 2021 in an action organised by "
        "Fair Rent Now (FRN) against Lowmoor University. The University and College Union "
        "backed the occupation. A spokesperson for the National Trust said nothing.\n"
    )
    extraction = extract(ReadDocument(text, "txt"))
    main = next(e for e in extraction.events if e.main)
    assert main.roles.get("Fair Rent Now") == "organiser"
    assert main.roles.get("Lowmoor University") == "target"
    assert main.roles.get("University and College Union") == "supporter"
    assert "National Trust" not in main.roles


def test_a_short_form_in_brackets_and_a_named_part_do_not_hide_the_verb():
    sentence = ("The Northfield Tenants Federation (NTF) Housing Campaign is supporting "
                "residents who walk out today.")
    assert _roles(sentence, "Northfield Tenants Federation") == {
        "Northfield Tenants Federation": "supporter"}
    assert _roles("The Lakeside Union (LU) organised the march.", "Lakeside Union") == {
        "Lakeside Union": "organiser"}
