"""Round 37 (issue 16), from real pages: a word in lower case inside a name an
acronym defines, "Government" saying whose staff a body's members are,
bodies named after a right or with their state's code, supporters who rally
behind strikers, signers with bracketed affiliations, two-word particles and
initials written together, a students' union after "University College X",
and "Labour" on pages of countries without a Labour party in their news.
Each rule has guards: the same words where they say something else."""

from __future__ import annotations

import pytest

from extracted import organisation_names, person_names, read_text


def _kind(text: str) -> str:
    return read_text(text).events[0].kind


# -- a word in lower case inside a defined name -------------------------------------------------------------

def test_a_name_an_acronym_defines_may_hold_a_word_in_lower_case():
    text = ("Members of the Lakeland Union of Clinical officers (LUCO) and the Westbrook Nurses Union (WNU) "
            "said on Monday that they would walk out next week over unpaid allowances.")
    names = organisation_names(text)
    assert "Lakeland Union of Clinical officers" in names
    assert "Lakeland Union of Clinical" not in names


@pytest.mark.parametrize(("text", "wrong", "body"), [
    ("Westbrook Hospital staff (WHS) walked out on Monday over unpaid overtime, their union said.",
     "Westbrook Hospital staff", None),
    ("Leaders of the Ostland Transport Union and its members (OTUIM) walked out on Monday over pay.",
     "Ostland Transport Union and its members", "Ostland Transport Union"),
])
def test_a_body_s_people_after_its_name_are_no_part_of_it(text, wrong, body):
    names = organisation_names(text)
    assert not any(name.endswith(wrong) for name in names)
    assert body is None or body in names


def test_a_lower_case_office_after_a_body_s_of_is_no_part_of_its_name():
    text = "The Harbourton Union of Teachers regional office (HUTRO) said on Monday that schools would close."
    assert "Harbourton Union of Teachers regional office" not in organisation_names(text)


def test_a_lower_case_word_before_a_bracket_makes_no_body_without_a_head_word():
    text = "The workers at the Harbourton mills (HM) walked out on Monday over unpaid wages, their union said."
    assert "Harbourton mills" not in organisation_names(text)


# -- "Government" of its members' trade ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("A leader of the Association of Government Radiology Technicians told us the strike would begin at seven "
     "on Tuesday morning.", "Association of Government Radiology Technicians"),
    ("Members of the Union of Government Medical Officers said that the strike would begin on Tuesday.",
     "Union of Government Medical Officers"),
])
def test_government_after_of_says_whose_staff_the_members_are(text, body):
    assert body in organisation_names(text)


def test_government_before_a_town_stays_the_head_of_the_name():
    text = "Staff of the Westbrook Institute of Government Ostland office walked out on Monday over pay."
    assert not any(name.endswith("Government Ostland") for name in organisation_names(text))


def test_a_ministry_of_local_government_keeps_its_name():
    text = "Officials of the Ministry of Local Government said on Monday that the strike was illegal."
    assert "Ministry of Local Government" in organisation_names(text)


# -- bodies named after a right, or with their state's code -------------------------------------------------

def test_a_body_named_after_a_right_keeps_the_right():
    text = "Members of the Right to Food Campaign joined the march to the town hall in Harbourton on Saturday."
    assert "Right to Food Campaign" in organisation_names(text)
    assert "Food Campaign" not in organisation_names(text)


def test_a_listed_campaign_named_after_a_right_is_one_body():
    text = ("Marchers came from the Green Party, the Workers Party, and the Right to Work campaign, with many "
            "more behind them, and set off from the offices of the Lakeland Bank.")
    names = organisation_names(text)
    assert "Right to Work" in names
    assert "Right" not in names


@pytest.mark.parametrize("text", [
    "The marchers turned Right to Westbrook General Hospital on Monday, where nurses had walked out.",
    "The tenants won the Right to Harbourton Council records in court on Monday, their union said.",
    "The marchers turned Right to Harbourton Youth Forum on Monday, where the rally was held.",
])
def test_a_right_to_a_place_or_a_body_names_no_campaign(text):
    assert not any(name.startswith("Right to") for name in organisation_names(text))


@pytest.mark.parametrize(("text", "body"), [
    ("The rally was supported by the Rural Women's Association of NSW and the Lakeland Farmers Federation.",
     "Rural Women's Association of NSW"),
    ("A statement from the Communist Party of the USA said the strikers had its full support.",
     "Communist Party of the USA"),
])
def test_a_body_keeps_its_state_or_country_code(text, body):
    assert body in organisation_names(text)


@pytest.mark.parametrize(("text", "cut"), [
    ("Pilots of the Harbourton Union of US Airline Pilots walked out on Monday over pay.", "Harbourton Union of US"),
    ("The Lakeland Federation of the US and Canada said its members would strike.", "Lakeland Federation of the US"),
    ("The Westbrook Union of the UK, Ireland and Ostland said its members would strike.", "Westbrook Union of the UK"),
])
def test_a_code_inside_a_longer_name_ends_no_name(text, cut):
    assert cut not in organisation_names(text)


def test_a_place_after_a_town_name_takes_no_code():
    text = "Students of the University of Lakeland of the UK marched to the town hall on Friday."
    assert "University of Lakeland of the UK" not in organisation_names(text)


# -- supporters who rally behind strikers -------------------------------------------------------------------

def test_supporters_who_rally_behind_strikers_hold_a_protest():
    text = ("Supporters rally behind Westbrook strikers\n\nHundreds of supporters gathered in the heat at a rally "
            "to support the two locals of the Lakeland Union. The locals went on strike on June 22 over pay, and "
            "the strike goes on.")
    assert _kind(text) == "protest"


@pytest.mark.parametrize("text", [
    "Lakeland unions rally behind Harbourton bus strikers\n\nBus drivers in Harbourton began an indefinite "
    "strike on Monday over unpaid wages, and the Lakeland unions pledged funds.",
    "Dockers rally for fourth day as strikers hold firm\n\nDockers at Harbourton port stayed out on strike for "
    "a fourth day on Thursday.",
    "Teachers strike enters second week as parents rally behind strikers\n\nThe strike by Lakeland teachers "
    "entered its second week on Monday, with schools closed.",
])
def test_backing_for_strikers_with_no_gathering_stays_a_strike(text):
    assert _kind(text) == "strike"


def test_a_strike_in_protest_at_something_is_no_gathering_of_supporters():
    text = ("Lakeland unions rally behind Harbourton bus strikers\n\nBus drivers in Harbourton began an indefinite "
            "strike on Monday in protest at unpaid wages.")
    assert _kind(text) == "strike"


def test_strikers_who_rally_are_on_strike():
    text = ("Strikers rally outside Westbrook town hall\n\nThe two locals of the Lakeland Union went on strike on "
            "June 22 over pay. The strike goes on, and strikers rallied outside the town hall on Friday.")
    assert _kind(text) == "strike"


# -- signers with bracketed affiliations, two-word particles ------------------------------------------------

SIGNED = """Our staff support the students who speak out for justice and for a fair hearing.


Prof. Dr. Sara Brack (University of Lakeland)

Prof. Dr. Marieke van den Brook (Westbrook University, Harbourton)

Prof. Dr. Annemie Halstead (Free University of Lakeland)

Dr. Looi van Kassel (Arlen University)
"""


def test_signers_with_titles_and_bracketed_affiliations_are_people():
    assert {"Sara Brack", "Marieke van den Brook", "Annemie Halstead", "Looi van Kassel"} <= set(person_names(SIGNED))


def test_signers_bracketed_affiliations_are_bodies():
    assert {"University of Lakeland", "Westbrook University", "Free University of Lakeland",
            "Arlen University"} <= set(organisation_names(SIGNED))


def test_a_bracketed_name_cut_by_a_capitalised_of_names_no_body():
    text = "Rev. Ama Lind (Harbourton Council Of Churches, Ostland)\n\nNurses at Harbourton General stayed out."
    assert "Harbourton Council" not in organisation_names(text)


def test_a_headline_with_a_bracket_is_no_signer():
    text = "Bus Strike Day Two (Update From The Union Office)\n\nDrivers of the Lakeland Bus Company stayed out."
    assert "Update From The Union Office" not in organisation_names(text)


@pytest.mark.parametrize("name", ["Jan van der Berg", "Ana de la Cruz"])
def test_a_two_word_particle_stays_inside_a_name(name):
    text = f"{name} said the strike at the Lakeland depot would go on until the company paid what it owed."
    assert name in person_names(text)


def test_a_body_named_with_a_particle_makes_no_person():
    text = "The rector of the Universidad de la Plata said on Monday that classes would resume next week."
    assert not any(name.startswith("de ") for name in person_names(text))


def test_a_surname_with_a_particle_after_a_sentence_s_first_word_is_a_person():
    text = "Yesterday de Klerk said the strike at the Lakeland mine would end once the company paid."
    assert "de Klerk" in person_names(text)


def test_a_surname_with_a_particle_after_an_office_is_a_person():
    text = "Tenants will rally at the rent board on Monday, when Mayor de Blasio opens a housing fair nearby."
    assert "de Blasio" in person_names(text)


# -- two initials written together --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("\"We need fewer cuts,\" said RM Kenning, chair of the Lakeland College faculty division.", "RM Kenning"),
    ("The general secretary of the Lakeland Police Association PJ Stoner said that 2,400 officers would strike.",
     "PJ Stoner"),
])
def test_two_initials_written_together_before_a_surname_make_a_name(text, name):
    assert name in person_names(text)


@pytest.mark.parametrize("text", [
    "The UK Government said on Monday that the strike by the Lakeland Nurses Union was illegal.",
    "Reporters from the NZ Herald said the strike at the Harbourton depot would go on.",
    "Workers walked out on 4 March at the plant, and UK Music said the dispute should go to talks.",
    "Workers walked out on 4 March, and a spokesperson for JP Morgan said it would keep its branches open.",
    "The strike was calm, said PC Jones, who was at the picket outside the Harbourton depot on Monday.",
    "Work at the Harbourton depot stopped on Monday, said KP Haulage, the contractor that runs it.",
    "The union said JP Morgan, Harbourton Bank and Lakeland Trust had all cut jobs before the strike.",
])
def test_a_code_or_a_company_before_a_word_makes_no_name(text):
    assert person_names(text) == []


# -- a students' union after "University College X" ---------------------------------------------------------

def test_a_students_union_after_university_college_x_keeps_its_college():
    text = ("Present at the protest were the national president Gary Redmond, University College Lakeland SU "
            "President Ben Honan, and others who stayed the night in the department's lobby.")
    names = organisation_names(text)
    assert "University College Lakeland SU" in names
    assert "Lakeland SU" not in names


def test_a_students_union_after_a_longer_name_is_no_shorter_union():
    text = "Students said on Monday that the New Westbrook University SU had called a rent strike for the spring."
    assert "Westbrook University SU" not in organisation_names(text)


def test_a_students_union_after_the_university_keeps_the_university():
    text = "The Westbrook University SU said on Monday that students would walk out of lectures on Friday."
    assert organisation_names(text) == ["Westbrook University SU"]


# -- "Labour" on pages of countries without a Labour party in their news ------------------------------------

@pytest.mark.parametrize("text", [
    "Labour pledges to shut down Kenya\n\nThe unions of Kenya called a general strike in Nairobi from Monday.",
    "Harare unions say the stayaway is on\n\nLabour is protesting the wage freeze decreed in Zimbabwe last month.",
])
def test_labour_on_a_page_of_a_country_without_a_labour_party_is_no_body(text):
    assert "Labour" not in organisation_names(text)


@pytest.mark.parametrize("text", [
    "Labour pledges to back the strike\n\nLabour MPs joined the picket line in London on Monday.",
    "Nurses strike in Nairobi\n\nThe British Labour Party sent a message of support to the nurses in Kenya.",
    "Nurses from Kenya and Ghana joined the walkout at Harbourton General. Labour said the pay award must be funded.",
    "The strike in Lagos began on 4 March, and Tunde Hollis, who ran on the Labour ticket for governor, joined it.",
    "Union leaders from Kenya met in Nairobi, and Jo Hollis, the Labour deputy leader, sent a message of support.",
    "The Canadian owners of the Harbourton quarry locked out the crew. Labour said the council must step in.",
])
def test_labour_where_a_labour_party_stands_stays_the_party(text):
    assert any("Labour" in name for name in organisation_names(text))
