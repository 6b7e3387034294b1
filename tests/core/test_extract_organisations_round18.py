"""Companies and services that speak or employ, and "Labour" as a word
(issue 16, round 18: "Irish Rail says", "Air India pilots", "Transport NSW
has cautioned", "Arriva Yorkshire bus workers" were missed or filed as a
person; "Organised Labour", "Labour unions" and "Labour Minister X" were
filed as the party). Texts written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _read(text: str) -> tuple[set[str], set[str]]:
    found = extract(ReadDocument(text=text, format="txt"))
    return {o.name for o in found.organisations}, {p.name for p in found.people}


def test_a_service_that_speaks_is_an_organisation():
    orgs, people = _read("Rail strike on Sunday\n\nWorkers at Harbour Rail will strike on Sunday. "
                         "Harbour Rail says it expects no trains to run. Last night a Coastal Airways "
                         "spokesperson said flights would go ahead, and Metro Transit has cautioned commuters.\n")
    assert {"Harbour Rail", "Coastal Airways", "Metro Transit"} <= orgs, orgs
    assert not people & {"Harbour Rail", "Coastal Airways", "Metro Transit"}, people


def test_a_service_word_opens_the_name_too():
    orgs, _ = _read("Pilots strike\n\nPilots walked out on Monday. Air Westland pilots said they were "
                    "owed months of pay, and Air Westland management said talks would resume.\n")
    assert "Air Westland" in orgs, orgs


def test_a_body_that_announces_and_has_staff_is_no_person():
    orgs, people = _read("Bus strike\n\nHarbour Coaches bus workers began an indefinite strike on Monday. "
                         "Harbour Coaches announced it would run no services. Nigel Featham, the union's "
                         "organiser, said drivers were determined.\n")
    assert "Harbour Coaches" in orgs, orgs
    assert "Harbour Coaches" not in people and "Nigel Featham" in people, people


def test_a_person_speaking_of_staff_stays_a_person():
    orgs, people = _read("Nurses strike\n\nUnion delegate Liandra Okoro said nurses were fed up. "
                         "Liandra Okoro said the hospital was short of beds.\n")
    assert "Liandra Okoro" in people and "Liandra Okoro" not in orgs, (orgs, people)


def test_a_person_with_an_office_of_a_service_is_no_body():
    orgs, people = _read("Rail strike\n\nTransport Secretary Grant Shapps said the strike was wrong. "
                         "Vyalar Ravi said flights would resume.\n")
    assert not any("Shapps" in o or "Ravi" in o for o in orgs), orgs


def test_labour_as_a_word_or_a_portfolio_is_not_the_party():
    orgs, _ = _read("Unions march\n\nThe Organised Labour stated that wages must rise. Labour unions stormed "
                    "the gates of the assembly. Labour Minister Mallikarjun Kharge said talks had failed, and "
                    "the Labour and Social Protection Cabinet Secretary said the same.\n")
    assert "Labour" not in orgs, orgs


def test_labour_the_party_is_still_found():
    orgs, _ = _read("Councillors back the strike\n\nLabour councillor Jane Doe said the bin strike must end. "
                    "Labour said it would vote against the cuts, and a Labour minister resigned.\n")
    assert "Labour" in orgs, orgs


def test_an_airline_is_named_by_its_head_word():
    orgs, _ = _read("Pilots strike\n\nThe merger with domestic operator Coastal Airlines in 2007 left the "
                    "pilots with two pay scales, and pilots struck on Monday.\n")
    assert "Coastal Airlines" in orgs, orgs


def test_a_union_named_before_the_word_union_is_still_found():
    orgs, _ = _read("Bus strike\n\nDrivers walked out after members of the Unite union turned down a pay offer.\n")
    assert "Unite" in orgs, orgs


def test_an_acronym_written_as_a_word_is_defined_by_its_letters():
    orgs, _ = _read("Workers march\n\nThe spokesperson for the Harbour Transport and Allied Workers Union "
                    "(Htawu) said workers would march on Monday. The group marched (Photo) past parliament.\n")
    assert "Harbour Transport and Allied Workers Union" in orgs, orgs
    assert "Allied Workers Union" not in orgs and "Photo" not in orgs, orgs


def test_a_repeated_initial_may_be_written_once_in_an_acronym():
    orgs, _ = _read("Doctors strike\n\nThe Lakeland Medical Physicians, Pharmacists, and Dentists Union (LMPDU) "
                    "said the strike would go on from Monday.\n")
    assert "Lakeland Medical Physicians, Pharmacists, and Dentists Union" in orgs, orgs
    assert "Dentists Union" not in orgs, orgs


def test_a_listed_town_stays_out_of_the_next_bodys_definition():
    orgs, _ = _read("Staff strike\n\nThe union balloted staff from Westbrook, Westbrook University of Technology "
                    "(WUT), Arlen and Ostland, who will strike on Monday.\n")
    assert "Westbrook University of Technology" in orgs, orgs
    assert not any(name.startswith("Westbrook, ") for name in orgs), orgs


def test_kind_before_two_names_lists_two_bodies():
    orgs, _ = _read("Bus strike\n\nDrivers struck on Monday. The company made an agreement with other local "
                    "operators Harbour Bus and Transwell to accept tickets.\n")
    assert {"Harbour Bus", "Transwell"} <= orgs, orgs


def test_a_company_name_is_no_person():
    _, people = _read("Garment workers protest\n\nWorkers at Harbour Textile Limited protested on Monday, and "
                      "Westbay Hotels said talks would resume. Fletcher Residential declined to comment. Tenet "
                      "Healthcare announced it would scale back services.\n")
    assert not people & {"Harbour Textile Limited", "Westbay Hotels", "Fletcher Residential", "Tenet Healthcare"}, \
        people


def test_a_title_after_a_capital_the_is_no_person():
    _, people = _read("Journalists strike\n\nWorkers at The Harbour Republic and The Desert Moon will stage "
                      "strikes, and journalists at The Westbay Star are withholding bylines. Mary Byrne said "
                      "the strike was overdue.\n")
    assert not people & {"Desert Moon", "Westbay Star", "Harbour Republic"}, people
    assert "Mary Byrne" in people, people


def test_signing_an_order_backs_nothing():
    found = extract(ReadDocument(text="Students walk out\n\nGovernor Jane Hale signed an executive order cutting "
                                      "grants on Monday 20 February 2017, and students walked out of classes.\n",
                                 format="txt"))
    assert all(e.roles.get("Jane Hale") != "supporter" for e in found.events), [(e.title, e.roles) for e in found.events]


# What a review with invented probes found in the first form of these rules (round 18).
def test_a_person_with_staff_or_members_stays_a_person():
    orgs, people = _read("Strike at the plant\n\nElon Musk said the strike was insane. Elon Musk's staff in "
                         "Berlin did not join. Obert Masaraure said teachers would strike; Obert Masaraure "
                         "members marched.\n")
    assert {"Elon Musk", "Obert Masaraure"} <= people, people
    assert not orgs & {"Elon Musk", "Obert Masaraure"}, orgs


def test_an_acronym_then_a_persons_name_is_a_person():
    orgs, _ = _read("General strike\n\nTUC Festus Osifo said the strike was total.\n")
    assert not any("Osifo" in name for name in orgs), orgs


def test_a_surname_that_is_a_trade_word_stays_a_person():
    orgs, people = _read("Lecturers strike\n\nComedian Mark Steel joined striking lecturers on the picket line. "
                         "Mark Steel said the cuts were absurd. Moses Kotane Power said the workers were right.\n")
    assert "Mark Steel" in people, people
    assert not any("Power" in name for name in orgs), orgs


def test_a_place_with_a_service_word_is_no_body():
    orgs, _ = _read("Plant strike\n\nBattersea Power Station staff said they would strike on Monday, and "
                    "Water Street customers said shops were shut.\n")
    assert not orgs & {"Battersea Power Station", "Water Street"}, orgs


def test_labour_with_another_party_or_a_ministry_for_a_field_is_the_party():
    for text in ("Cuts vote\n\nLabour and Green Cabinet members in Brighton opposed the cuts.\n",
                 "Strike talks\n\nLabour Minister for Health Wes Streeting said the strike was wrong.\n"):
        orgs, _ = _read(text)
        assert "Labour" in orgs, (text, orgs)


def test_people_after_a_kind_of_body_are_no_bodies():
    orgs, people = _read("Election debate\n\nThe leaders of both parties Rishi Sunak and Keir Starmer said the "
                         "strikes must end, as the unions Sharon Graham and Mick Lynch represent voted.\n")
    assert not orgs & {"Rishi Sunak", "Keir Starmer", "Sharon Graham", "Mick Lynch"}, orgs


def test_two_carriers_joined_by_and_are_two_names():
    orgs, _ = _read("Flights cancelled\n\nRyanair and British Airways cancelled flights on Monday as staff struck.\n")
    assert "Ryanair and British Airways" not in orgs, orgs
    assert "British Airways" in orgs, orgs


def test_a_word_in_brackets_defines_no_body_without_a_head_word():
    orgs, _ = _read("Residents protest\n\nResidents of Parktown And Rosebank Kensington (Park) protested on "
                    "Monday against the new tolls.\n")
    assert not any(name.startswith("Parktown") for name in orgs), orgs


def test_a_well_known_body_that_speaks_is_no_person():
    orgs, people = _read("Students march in Dublin\n\nFianna Fáil TDs met students who marched on Monday 3 March "
                         "2024. Fianna Fáil said it backed the students.\n")
    assert "Fianna Fáil" in orgs and "Fianna Fáil" not in people, (orgs, people)


def test_a_paper_named_as_an_organ_is_no_person():
    orgs, people = _read("Workers protest dismissals\n\nMembers of the union mounted protests, reported Ang Bayan, "
                         "official organ of the party, on June 7, 2023.\nAng Bayan said the union protested on "
                         "May 30.\n")
    assert "Ang Bayan" in orgs and "Ang Bayan" not in people, (orgs, people)
    _, people = _read("Strike\n\nTom Byrne, a newspaper columnist, said the strike began.\n")
    assert "Tom Byrne" in people, people


def test_review_two_bodies_and_roles():
    orgs, people = _read("Water strike\n\nSevern Trent Water said it would talk. Severn Trent Water staff walked "
                         "out. NHS Greater Glasgow said wards were open.\n")
    assert {"Severn Trent Water", "NHS Greater Glasgow"} <= orgs and not people, (orgs, people)
    orgs, _ = _read("Pilots strike\n\nBosnia and Herzegovina Airlines cancelled flights as pilots struck, and "
                    "Labour Minister of State Shobha Karandlaje said talks had failed.\n")
    assert "Bosnia and Herzegovina Airlines" in orgs and "Labour" not in orgs, orgs


def test_a_long_chain_of_names_joined_by_and_reads_without_error():
    orgs, _ = _read("Staff walk out\n\nStaff at " + "Alpha and " * 1000 + "Beta Airways walked out on Monday.\n")
    assert isinstance(orgs, set)


def test_backing_a_bill_or_judging_a_strike_is_no_part_in_it():
    found = extract(ReadDocument(text="Rail strike\n\nPrime Minister Rishi Sunak called the strikes unacceptable on "
                                      "Monday 4 March 2024, and Minister Jane Hale backed the minimum service levels "
                                      "bill as workers struck.\n", format="txt"))
    roles = {name: role for e in found.events for name, role in e.roles.items()}
    assert roles.get("Rishi Sunak") != "organiser" and roles.get("Jane Hale") != "supporter", roles


def test_a_spokesman_called_a_mouthpiece_stays_a_person():
    orgs, people = _read("Strike\n\nThe strike would continue, said Joe Ajaero, the mouthpiece of the Nigeria "
                         "Labour Congress.\n")
    assert "Joe Ajaero" in people and "Joe Ajaero" not in orgs, (orgs, people)


def test_a_speaking_body_is_found_across_tabs_and_a_long_text_without_spaces_stays_fast():
    orgs, _ = _read("Rail strike\n\nTrains were cancelled, and\tIrish\tRail said services would resume on Monday.\n")
    assert "Irish Rail" in orgs or "Irish\tRail" in orgs or any("Irish" in o for o in orgs), orgs
