"""Names that are no body (issue 16, stop 60): a province or a country spelled out before its code in brackets,
whatever finder read it (the United Nations and the European Union, listed among world regions, stay bodies); a
tag in the writer's own voice or heading a page before a colon; a fuel, a vehicle or a territory before its
code. Texts written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _reads(text: str, kept: set[str], dropped: set[str]) -> None:
    """The organisations of ``text`` hold every name in ``kept`` and none in ``dropped``."""
    orgs = {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}
    assert kept <= orgs and not dropped & orgs, orgs


def test_a_province_before_its_code_is_no_body():
    _reads("Nurses march\n\nNurses in Nova Scotia (NS) and in Khyber Pakhtunkhwa (KP) walked to the capital on "
           "Tuesday, the Lakeland Nurses Union said.\n", {"Lakeland Nurses Union"},
           {"Nova Scotia", "Khyber Pakhtunkhwa", "NS", "KP"})


def test_the_united_nations_and_the_european_union_stay_bodies():
    _reads("Appeal sent\n\nThe Westbrook Tenants Union wrote to the United Nations (UN) and the European Union (EU) "
           "on Friday.\n", {"Westbrook Tenants Union", "United Nations", "European Union"}, set())


def test_a_tag_in_the_writers_own_voice_is_a_slogan():
    _reads("Pay talks\n\nThe Lakeland Porters Guild told members to post #WeAreLakeland and “#NoRetreat” while "
           "#ArlenRising said it would join the picket on Monday.\n", {"Lakeland Porters Guild", "ArlenRising"},
           {"WeAreLakeland", "NoRetreat"})


def test_a_tag_heading_a_page_before_a_colon_is_its_topic():
    _reads("#HarbourtonShutdown: updates from the gates\n\nDock workers stopped work on Monday, the Harbourton "
           "Dockers Union said, and #BrackwaterRising said it would march.\n",
           {"Harbourton Dockers Union", "BrackwaterRising"}, {"HarbourtonShutdown"})


def test_a_must_fall_tag_heading_a_page_still_names_the_movement():
    _reads("#WestbrookFeesMustFall: a week of sit-ins\n\nStudents held the hall for a week, the Westbrook "
           "University SRC said on Monday.\n", {"WestbrookFeesMustFall"}, set())


def test_a_fuel_a_vehicle_or_a_territory_before_its_code_is_no_body():
    _reads("Fuel protest\n\nDrivers of every Shared Route Vehicle (SRV) in the Ostland Capital Territory (OCT) parked "
           "on Monday over the price of Dual Purpose Kerosene (DPK), the Ostland Drivers Union (ODU) said.\n",
           {"Ostland Drivers Union"}, {"Shared Route Vehicle", "Ostland Capital Territory", "Dual Purpose Kerosene",
                                       "SRV", "OCT", "DPK"})


def test_a_name_ending_in_protest_is_an_event():
    _reads("Campus news\n\nThe University of Arlen Students Union (UASU) called a march. A note from the press desk "
           "of the UASU Silent Protest Team said on Monday that the sit-in goes on.\n",
           {"University of Arlen Students Union"}, {"UASU Silent Protest"})


def test_a_tag_the_text_makes_a_group_stays_a_body():
    _reads("Nurses march\n\nMembers of #WeAreHarbourton walked through Westbrook on Tuesday.\n",
           {"WeAreHarbourton"}, set())
    _reads("Nurses march\n\n#WeAreLakeland said on Tuesday that its nurses would march again.\n",
           {"WeAreLakeland"}, set())


def test_a_tag_before_a_colon_inside_a_sentence_is_no_heading():
    _reads("Tenants march\n\nA statement came from #LakelandTenantsUnited: the tenants will march on Friday.\n",
           {"LakelandTenantsUnited"}, set())


def test_a_firm_named_for_what_it_makes_stays_a_body():
    _reads("Plant strike\n\nWorkers at Westbrook Electric Vehicles (WEV) walked out on Tuesday. WEV said it "
           "would meet the union.\n", {"Westbrook Electric Vehicles"}, set())
    _reads("Depot strike\n\nDrivers at Arlen Spirit (AS) stopped work on Monday, and AS called it unlawful.\n",
           {"Arlen Spirit"}, set())
