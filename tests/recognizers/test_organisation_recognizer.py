"""Tests for UkOrganisationRecognizer: named schools, practices, hospitals, councils, forces, homes."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from recognizers.catalogue import ORGANISATION
from recognizers.organisation_recognizer import UkOrganisationRecognizer, find_organisations

RECOGNIZER = UkOrganisationRecognizer()


def _found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, [ORGANISATION])]


@pytest.mark.parametrize("text, expected", [
    # schools, colleges, nurseries
    ("She attended St Matthew's CE Primary School.", ["St Matthew's CE Primary School"]),
    ("She attended Oakwood Academy.", ["Oakwood Academy"]),
    ("When Oakwood Academy closed", ["Oakwood Academy"]),
    ("at Kingsmead Community College", ["Kingsmead Community College"]),
    ("Oak and Ash Primary School", ["Oak and Ash Primary School"]),
    ("Our Lady of Lourdes Catholic Primary School", ["Our Lady of Lourdes Catholic Primary School"]),
    ("Brookside Children's Centre", ["Brookside Children's Centre"]),
    ("Little Acorns Day Nursery", ["Little Acorns Day Nursery"]),
    ("Oakwood Academy's head", ["Oakwood Academy"]),
    ("Foster Carers and Oakwood Academy", ["Oakwood Academy"]),
    ("Winston Churchill Academy", ["Winston Churchill Academy"]),
    ("University of Sandford", ["University of Sandford"]),
    # GP practices and hospitals
    ("The Limes Surgery", ["The Limes Surgery"]),
    ("registered with the Limes Surgery", ["Limes Surgery"]),
    ("Fernhill Medical Centre", ["Fernhill Medical Centre"]),
    ("Park Road Health Centre", ["Park Road Health Centre"]),
    ("Royal Sandford Hospital", ["Royal Sandford Hospital"]),
    ("Sandford Teaching Hospitals NHS Trust", ["Sandford Teaching Hospitals NHS Trust"]),
    # councils, police, courts, prisons
    ("Kirklees Council", ["Kirklees Council"]),
    ("Sandford Borough Council", ["Sandford Borough Council"]),
    ("Sandford Metropolitan Borough Council", ["Sandford Metropolitan Borough Council"]),
    ("City of York Council", ["City of York Council"]),
    ("Bath and North East Somerset Council", ["Bath and North East Somerset Council"]),
    ("London Borough of Camden", ["London Borough of Camden"]),
    ("West Yorkshire Police", ["West Yorkshire Police"]),
    ("Avon and Somerset Constabulary", ["Avon and Somerset Constabulary"]),
    ("Sandford Police", ["Sandford Police"]),
    ("Sandford Crown Court", ["Sandford Crown Court"]),
    ("HMP Sandford", ["HMP Sandford"]),
    # Welsh names put the head word first: "Ysgol" (school), "Meddygfa" (surgery), "Ysbyty" (hospital)
    ("School: Ysgol Gymraeg Pwll Coch. GP: Meddygfa'r Llan.", ["Ysgol Gymraeg Pwll Coch", "Meddygfa'r Llan"]),
    ("She moved to Ysgol y Graig in Year 5", ["Ysgol y Graig"]),
    ("seen at Ysbyty Glan Clwyd", ["Ysbyty Glan Clwyd"]),
    # children's homes, only with a placement cue
    ("She was placed at Willow House, a residential unit.", ["Willow House"]),
    ("He lived at Beech Lodge for a year.", ["Beech Lodge"]),
    ("He was reported missing from Orchard Vale View and found the next day.", ["Orchard Vale View"]),
    ("moved to Willow House Children's Home", ["Willow House Children's Home"]),
    # companies, housing and charities
    ("Acme Motors Ltd", ["Acme Motors Ltd"]),
    ("Acme Motors Limited", ["Acme Motors Limited"]),
    ("Hargreaves & Sons Ltd", ["Hargreaves & Sons Ltd"]),
    ("Sandford Housing Association", ["Sandford Housing Association"]),
    ("Sandford Women's Aid", ["Sandford Women's Aid"]),
    ("Oakfield Trust", ["Oakfield Trust"]),
    # drug and alcohol services, and a church by its ministries
    ("a kit she had been given by Tees Recovery Hub", ["Tees Recovery Hub"]),
    ("delivered by Beacon Community Drug and Alcohol Team (Deptford).", ["Beacon Community Drug and Alcohol Team"]),
    ("through their church, Victory Harvest Ministries in Woolwich", ["Victory Harvest Ministries"]),
    ("Reference from Pastor Mike Orrell of New Life Church, Rochdale", ["New Life Church"]),
    ("and then Meadowlark Day Opportunities in Spalding two days a week", ["Meadowlark Day Opportunities"]),
    # sports clubs by their sport, an amateur boxing club by its letters; a young carers' service by its area
    ("She played goal attack for Croydon Comets Netball Club from the age of ten.", ["Croydon Comets Netball Club"]),
    ("he trained most evenings at Phoenix ABC, a boxing club", ["Phoenix ABC"]),
    ("supported by Leicester City Young Carers Service until May.", ["Leicester City Young Carers Service"]),
    ("She was referred to Birmingham Young Carers in May.", ["Birmingham Young Carers"]),
    # a regional adoption agency, named for its region ("Adopt East", "One Adoption West Yorkshire")
    ("The adoption was arranged by Adopt East in 2015.", ["Adopt East"]),
    ("Adopt South West offered support.", ["Adopt South West"]),
    ("via One Adoption West Yorkshire and the council", ["One Adoption West Yorkshire"]),
    ("Adoption UK and the Adoption Support Fund helped; the Adoption Panel met.", []),
    ("The Adoption and Children Act 2002 applies.", []),
    # a children's hospital, its name whole ("… (BRHC)" then abbreviates all of it)
    ("taken to the Bristol Royal Hospital for Children (BRHC) by ambulance", ["Bristol Royal Hospital for Children"]),
    # a hospital named with words a keep phrase also holds, none of them a hospital's descriptor
    ("Both children were taken to Great Western Hospital. Oliwia has recovered.", ["Great Western Hospital"]),
    # a hospital named for someone, with the possessive ("Guy's"), not a person's visit to one
    ("5.4 Guy's and St Thomas' NHS Foundation Trust \u2013 IMR extract", ["Guy's and St Thomas' NHS Foundation Trust"]),
    ("She was transferred to Guy's Hospital in London.", ["Guy's Hospital"]),
    ("Kelly's Hospital appointment was missed.", []),
    # ... or for a royal, by title: no one's first name ("Queen's Medical Centre", "King's College Hospital")
    ("She was taken to Queen's Medical Centre by ambulance.", ["Queen's Medical Centre"]),
    ("He was treated at King's College Hospital.", ["King's College Hospital"]),
    # a family hub and an advocacy service by name
    ("She attended Ormesby Family Hub for baby clinic.", ["Ormesby Family Hub"]),
    ("She was referred to Phoenix Rise Advocacy Service in May.", ["Phoenix Rise Advocacy Service"]),
    ("the local Family Hub and the Safeguarding Hub", []),
    ("She was referred to the Fens Migrant Support Hub in Wisbech.", ["Fens Migrant Support Hub"]),
    ('The HV recorded: "Mum\'s English limited. Language Line declined."', []),  # "limited" in lower case: a word
    # a prison after "HMP", whatever its words
    ("following his release from HMP The Mount on 30 June 2021.", ["HMP The Mount"]),
    ("He was held at HMP Low Newton.", ["HMP Low Newton"]), ("HMP Prison Service said", []),
    # a hospital named with its head first, after a saint ("the Hospital of St Cross")
    ("She was seen at the Hospital of St Cross minor injuries unit.", ["Hospital of St Cross"]),
    ("the Hospital of the future", []),
    ("She was found unconscious and taken to University Hospital Coventry by ambulance.",
     ["University Hospital Coventry"]),
    # an employment agency's or a warehouse's trading name by its kind
    ("through Vertex Staffing Services Ltd and", ["Vertex Staffing Services Ltd"]),
    ("employed by Vertex Staffing Services at the depot", ["Vertex Staffing Services"]),
    ("a picker at Meridian Sports Distribution in Mansfield", ["Meridian Sports Distribution"]),
    # a name the draft describes as a body, right after it, inside a sentence
    ("and a contact to Starting Point, the county's children's services front door, was made", ["Starting Point"]),
    ("Chelsea began an apprenticeship at Shear Elegance, a salon on George Street.", ["Shear Elegance"]),
    ("Last Tuesday, the team met.", []), ("She met Okafor, the team manager, in May.", []),
    ("She called Mrs Smith, a charity volunteer.", []), ("Sarah, the family support worker, visited.", []),
    # "The" inside a hospital's name
    ("admitted to the Queen Elizabeth The Queen Mother Hospital (QEQM) in Margate",
     ["Queen Elizabeth The Queen Mother Hospital"]),
    ("seen at The Royal London Hospital in May", ["The Royal London Hospital"]),
    # a GP practice named by ordinary words: "The" written with its capital inside a sentence, or registered there
    ("The family did not tell the school or The Hawthorn Practice.", ["The Hawthorn Practice"]),
    ("The child was registered at the Oak Tree Practice in 2019.", ["Oak Tree Practice"]),
    ("The child was registered at the Quillbury Family Practice in 2019.", ["Quillbury Family Practice"]),
    ("The family's GP changed in 2019, to the Willow Practice and later the Oak Tree Practice.",
     ["Willow Practice", "Oak Tree Practice"]),  # the sentence is about a GP
    # a listed force with its last word in lower case, as notes write it
    ("Mum says Met police treat him badly; Kent police attended.", ["Met police", "Kent police"]),
    # a pharmacy by name
    ("Chapel Lane Pharmacy delivered the bandages.", ["Chapel Lane Pharmacy"]),
    # a drug line by its name in quotes
    ('an adult network running the "DUBZ" line between two towns', ["DUBZ"]),
    ('a county line known to police as the "Blaze" line, which was', ["Blaze"]),
    ('on the "front" line of services', []),  # no capital: a word in quotes
    # a tutoring company, a recovery service, a homework club by name
    ("weekly online tutoring from Wendy Chen of Bright Minds Tuition.", ["Bright Minds Tuition"]),
    ("Referred to East Coast Recovery Service. DNA x3.", ["East Coast Recovery Service"]),
    ("Denisa starts attending Page Hall Homework Club in October.", ["Page Hall Homework Club"]),
    # a hotel, a private hire firm, a nursing agency, a gym by name
    ("driven to the Promenade View Hotel in Cleethorpes", ["Promenade View Hotel"]),
    ("Seen dropped off by a taxi (Brook Private Hire).", ["Brook Private Hire"]),
    ("Nightingale Direct Nursing supplied the nurses.", ["Nightingale Direct Nursing"]),
    ("Amir works at Forth Fitness.", ["Forth Fitness"]),
    ("Community Nursing visited twice.", []), ("The Hotel was closed.", []),
    # a fire and rescue or ambulance service by its county or region
    ("Norfolk Fire and Rescue Service did a safe and well visit.", ["Norfolk Fire and Rescue Service"]),
    ("a home fire safety check by Lincolnshire Fire & Rescue", ["Lincolnshire Fire & Rescue"]),
    ("Crews from West Midlands Ambulance Service attended.", ["West Midlands Ambulance Service"]),
    ("The Fire and Rescue Service visited.", []), ("an ambulance service crew", []),
    # a street group by its area
    ("He was a member of the Kingsway Boys and later the Hyson Green Mandem.", ["Kingsway Boys", "Hyson Green Mandem"]),
    ("The Year 9 Boys were told.", []), ("Asian Boys attended the group.", []), ("the boys' crew met", []),
    # a caravan site by name
    ("They lived at Willow Drove Caravan Site near Spalding.", ["Willow Drove Caravan Site"]),
    # ... a plural's apostrophe inside the name ("Travellers' Site")
    ("The trailer on Pitch 7, Longford Meadow Travellers' Site, Coventry.", ["Longford Meadow Travellers' Site"]),
    ("the Brookside Women\u2019 Refuge", []),  # (no plural: the apostrophe ends the name)
    # a name right before the URN that registers it, whatever its words
    ("7\tSep 2021\tThe Cedars, URN SC447019\tChildren's home", ["The Cedars"]),
    ("Elmcroft (URN 136482) is a residential special school.", ["Elmcroft"]),
    # a hospital's unit or ward named after someone
    ("spent 7 weeks on the Florence Marsh Neonatal Unit (FMNU).", ["Florence Marsh Neonatal Unit"]),
    ("Staff on the Ada Holroyd Children's Ward recorded it.", ["Ada Holroyd Children's Ward"]),
    ("She was moved to the Neonatal Unit.", []), ("the Children's Ward", []),
    # a law report's court code before a court's name is the citation's, not the court's name
    ("(Kenig v Anonymous [2023] UKHL Lewes Crown Court 2023)", ["Lewes Crown Court"]),
    ("[2019] EWCA Civ Exeter County Court", ["Exeter County Court"]),
    # a community's centre named for its area and its people
    ("The Partnership should work with the Hackney Vietnamese Family Centre and other groups",
     ["Hackney Vietnamese Family Centre"]),
    # a pub, by its inn's or arms' word, though its name is everyday words
    ("working as a kitchen porter at the Anchor Inn on the harbour", ["Anchor Inn"]),
    ("drinking in the Kings Arms most nights", ["Kings Arms"]),
])
def test_finds_organisations(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    # A force with a national remit names no area: the keep vocabulary holds it.
    "Police Scotland", "Police Service of Northern Ireland", "British Transport Police",
    "Children's Social Care", "the Local Authority", "the Police", "The Police said", "the Constabulary",
    "the NHS", "CAMHS", "Ofsted", "the Hospital", "the School", "Primary School", "the local primary school",
    "the GP Surgery", "Youth Offending Service", "Foster Care Centre", "Independent Fostering Agency",
    "the City Council", "County Council", "Metropolitan Borough Council", "the Crown Court",
    "Willow House", "a detached house",
    "a night at the Premier Inn", "the Holiday Inn Express",  # a chain's name: the keep vocabulary holds it
    "The family visited Ocean View.", "In my view it was sound.",
    "Aaliyah's School", "The Children's Society", "Women's Aid",
    "Sure Start Children's Centre", "Learning Trust", "Nursing and Midwifery Council",
    "National Crime Agency", "Maternity Unit", "the Royal Hospital", "Multi-Agency Safeguarding Hub",
    "Introduction\nOakwood", "the Emergency Duty Team",
    # a type of school, every word a descriptor: no school is named
    "Technology College", "attended a Specialist Sports College", "the Business and Enterprise College",
    # a head word that belongs to the vocabulary phrase after it
    "Westbridge Safeguarding Children Partnership\nChild Safeguarding Practice Review\nChild H",
    "Westbridge Safeguarding Children Partnership\nPractice Review: Child M",
    "Westbridge Safeguarding Practice Review", "the Practice Review Group",
    # practice as the work done, not a surgery
    "This is an example of The Good Practice expected.", "It showed The Reflective Practice.",
    "Staff were registered at the Social Work Practice.", "the Good Practice guidance",
    "The GP followed Good Practice guidance.", "The GP noted the Reflective Practice sessions.",
    # safeguarding practice is the work too: a board's event, not a surgery
    "Hampshire Safeguarding Practice Week: Learning from Reviews", "the Westbridge Safeguarding Practice Forum",
    # an agency word of the keep vocabulary before a weak head names no body of its own
    "the Welsh Government and the Inspectorates Group as appropriate", "the Inspectorate Group",
    # a board's abbreviation names the board, whose groups are public: no body of its own
    "reported to the QSCP Safeguarding Assurance Group and overseen", "the WLSCB Case Review Group's minutes",
    # a place's name after "a": any one of its schools, none named ("strip-searched in a Hackney School")
    "strip-searched in a Hackney School in 2020", "placed in an Essex Children's Home",
    "the police came", "Police Scotland police officers", "Met with police",
    "Ofsted (URN 136482) inspected it", "the home's Ofsted URN SC447019 was", "in 2021, URN SC447019 was",
    "the ABC model of care", "She was a young carer. Young Carers week was in June.",
    "taken to the General Hospital", "the Community Hospital ward", "admitted to the City Hospital",
    "seen at the Children's Hospital", "District General Hospital staff",
])
def test_ignores_generic_agencies(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    # "and" joins two bodies when the left one is whole: an agency's name, or a name with its own head word
    ("4.3 Quillbury Children's Social Care and Kings College Hospital 23", ["Kings College Hospital"]),
    ("Quillbury Children's Services and Eastvale General Hospital", ["Eastvale General Hospital"]),
    ("Quillbury Social Care & Eastvale Hospital", ["Eastvale Hospital"]),
    # one body: the left side has no head of its own, or the right side is only agency words
    ("Heatherwood and Wexham Park Hospitals NHS Trust", ["Heatherwood and Wexham Park Hospitals NHS Trust"]),
    ("Quillbury Mental Health and Social Care Trust", ["Quillbury Mental Health and Social Care Trust"]),
    ("Bath and North East Somerset Council", ["Bath and North East Somerset Council"]),
    # a trust named for a list of towns, commas between: one body
    ("including Croydon Council, Barking, Havering and Redbridge University Hospitals NHS Trust, the Home Office",
     ["Croydon Council", "Barking, Havering and Redbridge University Hospitals NHS Trust"]),
    ("the family moved to Barking, then Havering and Redbridge Hospital", ["Havering and Redbridge Hospital"]),
])
def test_two_bodies_joined_by_and(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a line that ends short of the others (its next word would have fitted) ends its paragraph
    ("these cases should influence inter-, and intra-, agency\nworking in Quillbury and Eastvale\n"
     "Practice across all agencies will reflect on the learning\nfrom these cases", []),
    ("Summary of the learning for agencies and for the panel\nThe child was seen at Quillbury\n"
     "Hospital staff were asked to review the discharge plan\n", []),
    # a wrapped line: the name runs on
    ("On the Monday the child was taken by ambulance to the Royal\nQuillbury Hospital, where the doctors",
     ["Royal\nQuillbury Hospital"]),
    ("she was seen at the Royal\nQuillbury Hospital the next day.", ["Royal\nQuillbury Hospital"]),
    ("Then she registered with the Quillbury\nSurgery", ["Quillbury\nSurgery"]),
    # a narrow table cell's wrapped lines after a wide one's: the cell's own next line is short too
    ("the child was seen by the nurse and referred on to the paediatric team\nQuillbury Primary\nSchool",
     ["Quillbury Primary\nSchool"]),
    # a key table: the word before the break ends its own cell (a column gap before it), so the next
    # row does not continue it
    (" Boyfriend of mother                        BML\n Primary School                             SCH1", []),
    (" Mother                  Quillbury\n Hospital                 H1", []),
    # a list of partners, one a line: a force's whole name on its line is a name of its own
    ("The report can be read here\n\nNHS South London\nMet Police\nNHS Croydon Health Services\n", ["Met Police"]),
    ("Partners\nCroydon Council\nSouth Wales Police\n", ["Croydon Council", "South Wales Police"]),
])
def test_names_over_line_breaks(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("She attended Oakwood Academy.", [(13, 28)]),
    ("registered with the Limes Surgery", [(20, 33)]),
])
def test_exact_offsets(text: str, expected: list[tuple[int, int]]) -> None:
    assert [(r.start, r.end) for r in RECOGNIZER.analyze(text, [ORGANISATION])] == expected


@pytest.mark.parametrize("text, score, kind", [
    ("Kirklees Council", 0.85, "council"), ("Thames Valley Police", 0.85, "police"),
    ("Oakwood Academy", 0.7, "school"), ("HMP Sandford", 0.75, "prison"),
    ("Ysgol Pwll Coch", 0.75, "school"), ("Meddygfa Taf", 0.75, "gp"),
    ("placed at Willow House", 0.55, "childrens_home"), ("Oakfield Trust", 0.45, "charity"),
])
def test_scores_and_kinds(text: str, score: float, kind: str) -> None:
    (result,) = RECOGNIZER.analyze(text, [ORGANISATION])
    assert result.score == score
    assert result.recognition_metadata["org_kind"] == kind
    assert [s.kind for s in find_organisations(text)] == [kind]


def test_result_metadata() -> None:
    (result,) = RECOGNIZER.analyze("Oakwood Academy", [ORGANISATION])
    assert result.entity_type == ORGANISATION
    assert result.recognition_metadata[RecognizerResult.RECOGNIZER_NAME_KEY] == "UkOrganisationRecognizer"
    assert RECOGNIZER.analyze("Oakwood Academy", ["PERSON"]) == []
    assert RECOGNIZER.supported_language == "en"


def test_empty_text() -> None:
    assert find_organisations("") == []


def test_long_text() -> None:
    paragraph = ("Aaliyah attended Oakwood Academy and St Matthew's CE Primary School; the GP at the Limes "
                 "Surgery referred her to CAMHS and Children's Social Care. Kirklees Council and West "
                 "Yorkshire Police attended. The Care Order was made.\n")
    text = paragraph * 1500  # about 330 KB
    found = find_organisations(text)  # speed: benchmarks/recognizer_speed.py
    assert len(found) == 7500


@pytest.mark.parametrize("text, expected", [
    # "Royal" and a town alone: the town's hospital, as people call it
    ("She was seen at Royal Sunderland for a child protection medical.", ["Royal Sunderland"]),
    ("In Oct 2016, Rona was admitted to the Royal Bolton with a head injury.", ["Royal Bolton"]),
    ("He was taken to Royal Derby.", ["Royal Derby"]),
])
def test_royal_and_a_town_is_its_hospital(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "A parcel was sent by Royal Mail.",                    # not a town
    "Her father served in the Royal Navy and the Royal Air Force.",
    "The Royal College of Paediatrics and Child Health advises.",
    "The family moved to Royal Tunbridge Wells in 2019.",   # a town whose name starts with Royal
])
def test_royal_without_a_town_is_no_hospital(text: str) -> None:
    assert _found(text) == []
