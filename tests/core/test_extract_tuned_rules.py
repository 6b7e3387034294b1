"""Generic rules found on the second tuning half of the real pages:
shouted words, topic tags and time zones are no organisations, and people
are not read out of headlines or bodies' names. Every example is written here."""

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _extract(text: str):
    return extract(ReadDocument(text=text, format="txt"))


def _orgs(text: str) -> set[str]:
    return {o.name for o in _extract(text).organisations}


def _people(text: str) -> set[str]:
    return {p.name for p in _extract(text).people}


def test_a_shouted_ordinary_word_is_no_acronym():
    names = _orgs("MEMBERS! Join the march on Friday. All members of Leeds Students' Union are welcome.")
    assert "MEMBERS" not in names


def test_a_row_of_topic_tags_is_no_campaign_but_a_tag_in_a_sentence_is():
    # (round 35: a tag telling the reader what to do, "#SaveOurLibrary", is a slogan, as real pages' labels have it)
    names = _orgs("Students rallied behind #LibraryMatters on the steps.\n#ClimateNow #GreenFuture #LibraryMatters2030")
    assert "LibraryMatters" in names
    assert not names & {"ClimateNow", "GreenFuture", "LibraryMatters2030"}


def test_a_time_zone_after_a_time_is_no_organisation():
    assert "ET" not in _orgs("Posted 03/04/2019 05:21 pm ET. Students of Northfield College marched.")


def test_a_person_described_by_an_age_noun_is_a_person():
    assert "Maja Lindqvist" in _people("The strikes were inspired by Danish teenager Maja Lindqvist, who skipped school.")


def test_a_school_named_like_a_person_is_no_person():
    text = "Pupils marched from the town hall.\nKeira High\nStudents from every school joined them."
    assert not any("High" in name for name in _people(text))


def test_a_verb_after_a_role_on_a_headline_is_no_name():
    text = "Union President Wins Vote of Confidence\n\nThe students' union president kept her post on Tuesday."
    assert "Wins Vote" not in _people(text)


def test_the_end_of_a_body_name_after_of_is_no_person():
    text = "Pupils joined the march. — Friends of Al Noor (@FriendsAlNoor) March 3, 2022"
    assert "Al Noor" not in _people(text)


def test_a_students_union_after_a_lower_case_of_keeps_its_institution():
    names = _orgs("Tom Baker has resigned as president of Northfield SU after a vote.")
    assert "Northfield SU" in names and "SU" not in names


def test_a_council_named_with_its_university_keeps_the_whole_name():
    names = _orgs("Ana Lopez, president of the Ashford University SRC, spoke to the crowd.")
    assert "Ashford University SRC" in names and "SRC" not in names


def test_a_given_name_inside_a_place_does_not_cut_a_university_name():
    assert "University of Prince Edward Island" in _orgs(
        "Students at the University of Prince Edward Island marched on Monday.")


def test_a_member_named_before_of_the_party_is_a_person_not_part_of_its_name():
    text = "Helen Ward and Sinead Doyle of the Green Party spoke at the rally."
    assert "Green Party" in _orgs(text)
    assert "Sinead Doyle" in _people(text)


def test_a_union_name_with_a_word_before_its_host_is_read_whole():
    names = _orgs("Students walked out on Friday. The United Sixth Form Students Union also mobilised for the strike.")
    assert names == {"United Sixth Form Students Union"}


def test_a_national_party_keeps_its_nation_but_a_campaign_does_not():
    text = ("Students marched on Friday. The rally was addressed by the Australian Democrats' spokesperson. "
            "Irish Fridays for Future strikes continue.")
    names = _orgs(text)
    assert "Australian Democrats" in names and "Democrats" not in names
    assert "Fridays for Future" in names and "Irish Fridays for Future" not in names


def test_a_party_owning_a_headquarters_is_the_party():
    assert "Green Party" in _orgs("Students marched on Friday to the Green Party's headquarters, where a sit-in began.")


def test_a_named_campaign_is_an_organisation():
    text = "Students occupied the library on Monday. Research by the Northfield Divestment Campaign shows the fund invests."
    assert "Northfield Divestment Campaign" in _orgs(text)


def test_an_acronym_spelled_out_in_lower_case_is_an_idea_not_a_body():
    text = ("Students marched on Monday against compulsory course fees (CCF). "
            "Northfield Students' Union said CCF would hurt the poorest.")
    assert "CCF" not in _orgs(text)


def test_an_acronym_only_met_as_a_room_is_a_place():
    text = ("About 40 students occupied the library on Monday and stayed the night in the MLR. "
            "Security stopped anyone entering the MLR, and lectures in the MLR were moved.")
    assert "MLR" not in _orgs(text)


def test_a_campaign_group_after_two_describing_words_is_named():
    text = "Tenants went on rent strike in March, backed by the student-led campaign group Northfield Cut the Rent."
    assert "Northfield Cut the Rent" in _orgs(text)


def test_a_double_surname_ending_a_clause_is_kept_whole():
    text = "Students rallied on Friday. They were addressed by the Labour Party's Maria Lopez Garrido. The march went on."
    assert "Maria Lopez Garrido" in _people(text)
