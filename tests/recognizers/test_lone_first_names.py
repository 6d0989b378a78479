"""First names that are ordinary words, found where the draft uses them alone as a person."""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

import pytest

from recognizers.lone_first_names import lone_first_names
from tests.recognizers.prose import analysed_entities


def _opening(text: str, start: int, end: int) -> bool:
    return start == 0 or re.search(r"[.!?:]\s*$", text[:start]) is not None


def _found(text: str, known: Collection[str] = ()) -> set[str]:
    lower = {w.strip(".,") for w in text.split() if w.islower()}
    return set(lone_first_names([text], lambda w: w in known, _opening, lower))


@pytest.mark.parametrize("text, word", [
    ("In May 2011, Hope completed a new birth visit.", "Hope"),
    ("Later the mother told Autumn that the baby was unwell.", "Autumn"),
    ("The meeting agreed that Grace's manager would attend.", "Grace"),
    ("On 3 March, Mrs Adeyemi and Faith undertook a joint visit.", "Faith"),
    # opening a sentence or a table's cell, before a verb only people do: the capital names someone
    ("Hope visited the family.", "Hope"),
    ("Peace visited the family home on 23.07.11. The child was seen alone.", "Peace"),
    # ... or missing what only a person attends
    ("Jade missed three consecutive appointments at the practice.", "Jade"),
    ("Hope did not attend the appointment.", "Hope"), ("Autumn failed to attend school.", "Autumn"),
    # before a bracketed age, as siblings are listed
    ("Her sister Ava (aged 7) was at school.", "Ava"),
    ("Mason (4) was also subject to a plan.", "Mason"),  # opening its sentence
    # ... or an age set off by commas
    ("The baby's sibling Autumn, aged 3, had a bruise.", "Autumn"),
    ("Warren, then 15, was living with her aunt.", "Warren"),  # the age then, set off by commas
    # after a relative's role with its owner ("her daughter", "his partner", "Mia's brother")
    ("The health visitor saw her daughter Autumn at home.", "Autumn"),
    ("Later his partner Jade moved in.", "Jade"),
    # a first name that is also a town, where kin say it is a person
    ("Mum (\"Kerry\") said the baby had fallen.", "Kerry"),
    ("The baby stayed with Kerry's mother at weekends.", "Kerry"),
    ("Martin's death was unexpected.", "Martin"),  # what happens only to a person, with their possessive
    # set off by commas after a role
    # in brackets right after a relative's or worker's role
    ("Dad (Mark) collected him most days.", "Mark"),
    ("Summer stayed with her grandmother in Whitby.", "Summer"),  # staying or living with someone
    ("The social worker (Faith) met the family at the school.", "Faith"),
])
def test_an_ordinary_word_first_name_where_a_person_stands(text: str, word: str) -> None:
    assert _found(text) == {word}


@pytest.mark.parametrize("text, words", [
    # every sibling before a bracketed age, listed or not
    ("The siblings were Ava (7), Mia (5) and Leo (2).", {"Ava", "Mia", "Leo"}),
    # a possessive before a lower-case word, even opening the sentence; set off by commas after a role
    ("Poppy's key worker at Little Acorns Nursery, Jade, noticed she was withdrawn.", {"Poppy", "Jade"}),
])
def test_every_first_name_where_a_person_stands(text: str, words: set[str]) -> None:
    assert _found(text) == words


@pytest.mark.parametrize("text", [
    "Hope remained that the family would engage.",                 # capital only opening a sentence
    "Grace periods were agreed. Faith groups attended.",
    "Hope visited the family; there was little hope of change.",  # the draft writes the word in lower case
    "Grace missed its deadline; a grace period followed.", "Summer did not attend the pattern. It was summer.",
    "There was little hope; staff said Hope House visited.",        # runs on into an organisation word
    "They thought the Grace visited was late. Later Grace said.",   # after an article elsewhere
    "In May, Lahore visited.",                                      # no first name
    "On Monday, March visited the school.",                         # a calendar word
    "In May 2011, Hope was the aim of the plan.",                   # not where a person stands
    "The local authority commissioned Barnardo\u2019s to provide a parenting course.",  # a charity's name
    "The local authority commissioned Barnardo's to provide a parenting course.",
    "The plan was reviewed (3) times.", "Referrals by Will (2) and Grace periods",
    "The worker, Hope, however, did not visit.",  # no verb after the apposition
    "Her daughter Hope Street was the address.",  # running on into another capital
    "In May, Grace, 30 in total, were seen.",  # an age needs the word "aged" right after the comma
    "The review covered the period to Autumn 2019.",
    "The family moved to Kerry in 2015. Kerry's schools were told.",  # a town's possessive, no kin after
    "The Kerry family's mother",
    "The family moved to Kerry. Kerry County Council said it would help.",  # the council's verb
    # a compass word sharing a place's name with the next ("South & East Ayrshire": South Ayrshire)
    "This week a review of a child in South & East Ayrshire was published.",
    "Families in North and West Yorkshire were seen.",
    # a condition named after its describer
    "It was found that he had Alzheimer\u2019s disease.", "She was diagnosed with Asperger's syndrome.",
])
def test_no_lone_first_name(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text", [
    "In 2014, Mrs Ross completed a new birth visit.",          # a surname after a title
    "In 2014, Faith Walker completed a new birth visit.",      # a first name before a surname
    "In 2014, Álvaro Wood tried to contact her.",              # a surname after an accented first name
    "Research by Howe (2018) describes this pattern.",         # a cited author
    "In 2013, Mrs Sadaqat told Sa\u2019adatu that he left.",   # part of a longer word
])
def test_a_word_inside_a_longer_name_is_no_lone_first_name(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text, word", [
    # a role, "was" or "is", then the name ending the clause: the role is that person's
    ("The family's housing officer at Nottingham City Homes was Raj.", "Raj"),
    ("Her social worker was Priya and her health visitor was Gemma.", "Priya"),
    ("The health visitor is Faith, and she visited weekly.", "Faith"),
    # a listed first name that is no word, in a role's apposition or brackets too
    ("The housing officer, Raj, visited on Monday.", "Raj"),
    ("The social worker (Gemma) met the family at the school.", "Gemma"),
    # a relative's apposition after whose relative they are, a name that is also a word too
    ("The school contacted Child C\u2019s father, Dale, by phone.", "Dale"),
    ("Her grandmother, Hope, was not told.", "Hope"),
    ("The school contacted Child C\u2019s father, Martin, by phone.", "Martin"),  # a village's name too
    # a person's label, then the name alone in brackets
    ("Adult D (Fotima) was interviewed by police.", "Fotima"),
    ("Later Child B (Priya) moved school.", "Priya"),
])
def test_a_first_name_a_role_names(text: str, word: str) -> None:
    assert word in _found(text)


@pytest.mark.parametrize("text, word", [
    # a listed first name that is no word, where a person stands: NER's small model misses it alone
    ("Anna's school reported concerns about attendance.", "Anna"),
    ("When Ana was 4 years old, the family moved.", "Ana"),
    ("By then Ana was two years old.", "Ana"),
    ("Priya told the nurse that she was scared.", "Priya"),
    ("Mirela missed three appointments.", "Mirela"),
    ("Toki (aged 7) said she was hungry.", "Toki"),  # a city's name abroad, but no city has an age
    # a name that reads as an agency's acronym with an "s" ("Caius": CAIU) is no plural of it
    ("Caius's brother was seen at school.", "Caius"),
    # a name with letters beyond English's, no list or dictionary knows
    ("H\u00fcsn\u00fch\u00e2l's school reported concerns about attendance.", "H\u00fcsn\u00fch\u00e2l"),
    ("Later the mother told \u015e\u00fckuf\u0259 that the baby was unwell.", "\u015e\u00fckuf\u0259"),
])
def test_a_listed_first_name_where_a_person_stands(text: str, word: str) -> None:
    assert _found(text) == {word}


@pytest.mark.parametrize("text", [
    "The Anna Freud Centre's team visited.",  # part of a longer name
    "Mrs Priya's files were kept.",
    "Faith's role in recovery is well documented; faith matters.",  # the draft writes the word in lower case
    "The family moved to Florence in 2015.",  # a place
])
def test_no_listed_first_name_inside_another_name(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text", [
    "The officer was Polish and spoke to the mother.",          # a nationality, no first name
    "The worker was Raj Patel.",                                 # a full name, not a lone first name
    "The lead agency was Barnardo's.",                           # a charity
    "The health visitor was Monday.",                            # a calendar word
    "Her mother, Bradford Council and the school met.",          # a list, no apposition
    "The children, Hope House and the nursery were visited.",
    "Adult D (Leeds) was interviewed by police.",                # a place in a label's brackets
    "Child B (Appendix) sets out the chronology.",
])
def test_no_first_name_after_a_role_that_names_no_one(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text, word", [
    # a name in no list and no dictionary, written alone where a person stands: a person, whatever its place
    ("Later the mother told Ghiyaath that the baby was unwell.", "Ghiyaath"),
    ("Ghiyaath told the nurse that he was scared.", "Ghiyaath"),
    ("The review heard that Tsegereda's manager would attend.", "Tsegereda"),
    ("He was assaulted by a care leaver, Labeeb (YPA), also resident there.", "Labeeb"),
])
def test_a_name_no_list_knows_where_a_person_stands(text: str, word: str) -> None:
    assert _found(text) == {word}


def test_a_word_no_list_knows_that_the_draft_also_writes_in_lower_case_is_that_word() -> None:
    text = ("This is an example of adultification.\nFinding 2 \u2013 Adultification affected how her account was "
            "understood.")
    assert _found(text) == set()


@pytest.mark.parametrize("text, words", [
    # a relative's role or a role says so, wherever the capital stands (after a bracket, opening a line)
    ("Mum (Luke) and Dad (Maya) were both present.", {"Luke", "Maya"}),
    ("Molly \u2013 Mum; Bahadurjit \u2013 maternal grandmother", {"Molly", "Bahadurjit"}),
    ("Hope - older sister", {"Hope"}),
])
def test_kin_name_a_first_name_whatever_opens_it(text: str, words: set[str]) -> None:
    lower = {w.strip(".,;") for w in text.split() if w.islower()}
    assert set(lone_first_names([text], lambda w: False, lambda t, s, e: True, lower)) == words


@pytest.mark.parametrize("text", [
    "Early Help \u2013 Mum attended", "Leeds \u2013 mother and baby unit", "Summary \u2013 mother",
])
def test_no_kin_after_a_dash_names_a_thing(text: str) -> None:
    lower = {w.strip(".,;") for w in text.split() if w.islower()}
    assert set(lone_first_names([text], lambda w: False, lambda t, s, e: True, lower)) == set()


@pytest.mark.parametrize("text, words", [
    # a surname, then the first name or a role alone in brackets, then what a person does: both are the person's
    ("Owuor (Asmini) was interviewed by police.", {"Owuor", "Asmini"}),
    ("Later Gitau (Faith) told the nurse.", {"Gitau", "Faith"}),
    ("Owuor (Mother) told the nurse.", {"Owuor"}),
])
def test_a_name_and_a_name_in_brackets_where_a_person_stands(text: str, words: set[str]) -> None:
    assert _found(text) == words


@pytest.mark.parametrize("text, word", [
    # the one a practitioner sees, weighs or examines, for a reason or somewhere
    ("March 2019\tGP\tAdult H saw Mats for a cough and noted bruising.", "Mats"),
    ("The GP saw U\u011fan for a cough.", "U\u011fan"), ("The health visitor weighed Hope at home.", "Hope"),
    ("Dr Shah examined Ghiyaath on the ward.", "Ghiyaath"),
])
def test_a_name_a_practitioner_sees(text: str, word: str) -> None:
    assert _found(text) == {word}


@pytest.mark.parametrize("text", [
    "She visited Hope House on Monday.", "The panel saw Leeds for a day.", "They saw Appendix for details.",
    "The panel reviewed Hope for Families on 3 May.",
])
def test_no_thing_a_practitioner_sees_is_a_name(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text", [
    "The report (Appendix) was interviewed.", "Leeds (Yorkshire) was visited by police.",
    "Owuor (Asmini) was published in 2019.",  # no person's place after the bracket
])
def test_no_name_in_brackets_where_no_person_stands(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text, name", [
    # two names no list knows, before a verb a worker's name does or where a person stands
    ("In May 2018, Ikrimah Aazim completed a new birth visit at the home.", "Ikrimah Aazim"),
    ("Later the mother told Ghiyaath Oyelaran that the baby was unwell.", "Ghiyaath Oyelaran"),
    # before the pseudonym label the review gives them: the name it stands for (a first name may repeat)
    ("He was assaulted by a care leaver, Labeeb Labeeb (YPA), also resident there.", "Labeeb Labeeb"),
    ("The review concerns Ghiyaath Oyelaran (\u2018Child W\u2019) who died in 2019.", "Ghiyaath Oyelaran"),
])
def test_a_full_name_no_list_knows_where_a_person_stands(text: str, name: str) -> None:
    assert _found(text) == {name}


@pytest.mark.parametrize("text", [
    "In May 2018, Liquidlogic Mosaic recorded the contact.",  # not where a person stands? a system's verbs
    "The family moved from Rawalpindi Lahore completed.",     # places abroad
    "In May 2018, Ikrimah Aazim Centre completed a review.",   # part of a longer name
])
def test_no_unlisted_full_name_where_it_is_a_thing(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text", [
    "Ms Farrelly and Headteachers and Designated Safeguarding Leads met.",
    "Headteachers and Ms Farrelly met.",
])
def test_the_plural_of_a_public_word_is_no_name(text: str) -> None:
    """"Headteachers": no list holds the plural, but "Headteacher" is a public word; beside a titled name."""
    assert "Headteachers" not in _found(text)


def test_a_words_plural_in_ies_is_no_name() -> None:
    assert "Chronologies" not in _found("Its framework (Firmin, 2020). Chronologies were provided by the agencies.")


@pytest.mark.parametrize("text", [
    "Later Liquidlogic recorded the contact.",          # a system's name does an agency's verbs, not a person's
    "The family moved from Rawalpindi and Lahore told.",  # places abroad
    "Later Ofsted told the school.",                   # a public body (keep phrase)
    "Later Ghiyaath Road was closed; the Ghiyaath told.",  # a thing somewhere: after an article
    "This follows the Guardian ad Litem's opposition to the plan.",  # part of a longer name
    "The family moved to Quillmarsh (LA2) in 2019.",    # a place's label
])
def test_no_unlisted_name_where_it_is_a_thing(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text", [
    "2. Scottish and Northern Irish agencies were told.",   # a nationality no dictionary holds
    "Later Romanian and Polish families told the school.",
    "The health visitor was Romanian.",
])
def test_a_nationality_is_no_lone_first_name(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text, known, expected", [
    # "and" joins a first name opening its sentence to a name already found: siblings named together
    ("Martin and Lucija were taken into care in 2017.", {"Lucija"}, {"Martin"}),
    ("Steven and Alkor were taken into care in 2017.", {"Alkor"}, {"Steven"}),
    ("Martin and Lucija were taken into care in 2017.", set(), set()),  # nothing found beside it
    ("Martin and Partners Solicitors acted.", {"Partners"}, set()),  # no first name after "and"
    # ... a full name found ("Anna and Ildik\u00f3 Kov\u00e1cs were the grandparents"), not a longer name's start
    ("Anna and Ildik\u00f3 Kov\u00e1cs were the paternal grandparents.", {"Ildik\u00f3 Kov\u00e1cs", "Ildik\u00f3"},
     {"Anna"}),
    ("Anna and Ildik\u00f3 Street were closed.", {"Ildik\u00f3"}, set()),
    ("Lori and Brandon Turner were the paternal grandparents.", {"Brandon Turner", "Brandon"}, {"Lori"}),
    ("Ehrentraud, Karl-August and Anna-Luise attended the family meeting.", {"Karl-August", "Anna-Luise"},
     {"Ehrentraud"}),  # hyphened first names found
    # ... or after "and", joined to a name found before it
    ("Kamil and \u015eazime were taken into care in 2017.", {"Kamil"}, {"\u015eazime"}),
    ("Later Kamil and Hope visited.", {"Kamil"}, {"Hope"}),
    ("Kamil and Care Leavers attended.", {"Kamil"}, set()),
    # ... or a slash, as notes join two people ("Yasti/Nomasonto were seen at home")
    ("Yasti/Nomasonto were seen at home.", {"Nomasonto"}, {"Yasti"}),
    ("Later Nomasonto/Yasti were seen at home.", {"Nomasonto"}, {"Yasti"}),
    ("Health/Education were told.", {"Education"}, set()),
    ("18/04/2023 GMP/CSC strategy meeting; ABE interview.", {"GMP"}, set()),  # agencies' letters
    # ... or a list's comma: the first of three names opening the sentence
    ("Octaviana, Lucija and Kamil attended the family meeting.", {"Lucija", "Kamil"}, {"Octaviana"}),
    ("Jade, Lucija and Kamil attended the family meeting.", {"Lucija", "Kamil"}, {"Jade"}),
    ("However, Lucija and Kamil attended.", {"Lucija", "Kamil"}, set()),
    ("She had lived in Paris, Rome and Madrid.", {"Rome", "Madrid"}, set()),  # cities abroad, listed as names too
    ("Ta\u00e7nur, \u00c7a\u011fla and Kamil attended the family meeting.", {"\u00c7a\u011fla", "Kamil"},
     {"Ta\u00e7nur"}),
])
def test_a_first_name_joined_to_a_found_name(text: str, known: set[str], expected: set[str]) -> None:
    assert _found(text, known) == expected


@pytest.mark.parametrize("text, word", [
    # a name joined by "and", "or" or "nor" to its own relative
    ("Precious and her mother attended the appointment.", "Precious"),
    ("Neither Bashaarat nor her mother attended the appointment.", "Bashaarat"),
    ("Either Pablo or his father collected her.", "Pablo"),
    ("The appointment was missed by Usyi and her older sister.", "Usyi"),
])
def test_a_name_joined_to_its_relative(text: str, word: str) -> None:
    assert _found(text) == {word}


@pytest.mark.parametrize("text, word", [
    # a name, then who they are set off by commas: a person's noun, perhaps whose ("a friend of the family")
    ("Amy, a friend of the family, said she had seen bruises.", "Amy"),
    ("Usyi, a neighbour, called the police.", "Usyi"),
    ("Later Kamil, Child A's uncle, was spoken to.", "Kamil"),
    ("Jade, the nursery key worker, noticed a bruise.", "Jade"),
    # ... or who they are in brackets
    ("An interview with Cormack (Child A's sister), then aged 17, was arranged.", "Cormack"),
    ("Later Faith (maternal aunt) offered to care for him.", "Faith"),
])
def test_a_name_set_off_by_who_they_are(text: str, word: str) -> None:
    assert _found(text) == {word}


@pytest.mark.parametrize("text, word", [
    # the one a practitioner speaks with, on the phone or about something
    ("Notes: spoke with Pablo on the phone about the missed appointment.", "Pablo"),
    ("The social worker spoke to Usyi about the school.", "Usyi"),
    ("The nurse phoned Hope again on 3 May.", "Hope"),
])
def test_a_name_a_practitioner_speaks_with(text: str, word: str) -> None:
    assert _found(text) == {word}


@pytest.mark.parametrize("text", [
    "Luton, a town in Bedfordshire, was visited.", "Hope, a charity for young carers, offered support.",
    "Barnardo's, a children's charity, ran the service.", "The team spoke with Leeds about the transfer.",
    "Appendix (Child A's family) lists them.", "Either Hope House or its annexe was used.",
    "Summary and her mother's account follow.",
])
def test_no_thing_set_off_or_joined_so_is_a_name(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text, word", [
    # a sentence's adverb or "Both" before the name is no part of it
    ("Thereafter Udarsh stayed with friends.", "Udarsh"), ("Both Amondi and her son were arrested.", "Amondi"),
    ("Subsequently Kiume stayed with friends.", "Kiume"),
    # a first name that is also a town, before what only people do
    ("Thereafter Martin stayed with friends.", "Martin"), ("The next day Kerry told the nurse.", "Kerry"),
    # what happens only to a person
    ("Uluğbey was excluded from school in Year 9.", "Uluğbey"), ("Rory was excluded from school.", "Rory"),
    ("Alison was collected from school by her aunt.", "Alison"),
    ("Marina was not brought to 3 appointments.", "Marina"),
    ("Thereafter Marina was described by school as withdrawn.", "Marina"),
    ("Thereafter Amber alleged that her stepfather had hit her.", "Amber"),
    ("Thereafter Amber drowned in the bath.", "Amber"), ("Thereafter Amber had a baby in 2019.", "Amber"),
    ("Thereafter Amber was found by police in a park.", "Amber"),
    ("Thereafter Amber was known to the Youth Offending Team.", "Amber"),
    ("This was the last contact, according to Nam.", "Nam"),
    ("Tınal is a Polish national who came to the UK in 2010.", "Tınal"),
    ("In interview Benjamin admitted shaking the baby.", "Benjamin"),
    ("Professionals were unaware that Crystal had moved to Leeds.", "Crystal"),
    ("Professionals were unaware that Crystal had moved.", "Crystal"),
    # ... an adverb between the name and the verb ("Otýlie later told", "Mehin then said")
    ("Otýlie later told the review author that nobody had asked.", "Otýlie"),
    ("Thereafter Amber also disclosed that she had been hit.", "Amber"),
    # ... what is done only to a person: invited, left in someone's care, placed with carers, seen alone
    ("A strategy meeting was held; Keziah was not invited.", "Keziah"),
    ("On the day of the incident Nhiên was left in the care of a family friend.", "Nhiên"),
    ("Thereafter Amber was placed with foster carers.", "Amber"),
    ("Thereafter Amber was seen alone by the social worker.", "Amber"),
    ("Thereafter Gemma tested positive for cannabis at birth.", "Gemma"),
    # ... or a parent with the children ("Mehin and the children moved to a refuge")
    ("Mehin and the children moved to a refuge in 2018.", "Mehin"),
    ("Thereafter Amber and her children stayed in a hotel.", "Amber"),
    # ... a relative clause that only a person takes ("Makini, who was 16, was living …")
    ("Makini, who was 16, was living in supported accommodation.", "Makini"),
    ("The review heard that Laura, who had moved schools, was anxious.", "Laura"),
    # ... sharing a bedroom, returning home, with her relatives in a list
    ("Patience shared a bedroom with her two sisters.", "Patience"),
    ("Mwanajuma returned home the following day.", "Mwanajuma"),
    ("Bambad, her mother and her brother lived in a two-bedroom flat.", "Bambad"),
    # ... pleading guilty, drinking, engaging with services, taken into police protection or care, and a possessive
    # before a GP
    ("Milo pleaded guilty to neglect.", "Milo"), ("Alan had been drinking heavily that night.", "Alan"),
    ("Laimonis engaged well with the youth worker.", "Laimonis"),
    ("Thereafter Amber did not engage with CAMHS.", "Amber"),
    ("Acarkan was taken into police protection.", "Acarkan"), ("Thereafter Amber was taken into care.", "Amber"),
    ("Jack's GP referred her to CAMHS.", "Jack"),
    # ... what only a child or a person is or does: the subject of a plan, the youngest of the children, sleeping or
    # living somewhere, leaving school, growing older, spending the night, referred, coming to services' attention
    ("Baytal was the subject of a Child in Need plan.", "Baytal"),
    ("Çağa is the youngest of four children.", "Çağa"),
    ("Jalees was sleeping on a sofa at a friend's house.", "Jalees"),
    ("Tekbay left school at 16 without qualifications.", "Tekbay"),
    ("As Chawish grew older, her behaviour deteriorated.", "Chawish"),
    ("Dionýz spent the night at a friend's flat.", "Dionýz"),
    ("Caroline was referred to the Channel programme.", "Caroline"),
    ("Mabad first came to the attention of services in 2015.", "Mabad"),
    # ... a chronology's note, without "was" ("03/04/2019 Rita seen at school")
    ("Chronology: 03/04/2019 Rita seen at school; no concerns.", "Rita"),
    # ... set off after "the" and a relative's role ("The paternal aunt, Özerdinç, was assessed")
    ("The paternal aunt, Özerdinç, was assessed as a kinship carer.", "Özerdinç"),
    # ... alone in brackets after someone's initials ("K.W. (Steven) was interviewed")
    ("K.W. (Steven) was interviewed.", "Steven"), ("Later KW (Mabad) was interviewed.", "Mabad"),
    # ... a word no list knows as the subject of any verb ("Zilfa had been on the waiting list", "Kiapo had a
    # boyfriend"): nothing else a review writes so is unknown to every list
    ("Zilfa had been on the waiting list for CAMHS for 11 months.", "Zilfa"),
    ("Âlemşah had no contact with her birth father.", "Âlemşah"),
    ("Wanjiru reported feeling suicidal to her GP.", "Wanjiru"),
    ("Kiapo had a boyfriend, who was 22.", "Kiapo"),
    # ... after "a man called", "a girl named"
    ("She had a relationship with a man called Blake.", "Blake"),
    ("She met a girl named Çolpan at the park.", "Çolpan"),
    # ... becoming pregnant, having a boyfriend, running away, hiding
    ("Carol became pregnant at 15.", "Carol"), ("Then Mercy ran away from home.", "Mercy"),
    ("During the home visit Tiffany hid behind the sofa.", "Tiffany"),
    # ... beginning to attend somewhere, a history of self-harm, letters sent to them, with their friend
    ("Kelvin began attending the Pupil Referral Unit in September 2018.", "Kelvin"),
    ("Then Mark had a history of self-harm and was known to CAMHS.", "Mark"),
    ("Letters were sent to Çolpan but were returned.", "Çolpan"),
    ("Then Mercy and her friend ran away.", "Mercy"),
    # ... an aside set off by dashes between the name and the verb ("Tara – known to friends as "Gee" – had been")
    ("Tara \u2013 known to friends as \"Gee\" \u2013 had been excluded twice.", "Tara"),
    ("Later Ghiyaath \u2014 then 15 \u2014 told his teacher.", "Ghiyaath"),
    # ... a first name that is also a village, with its age ("When Heather was 3 years old")
    ("When Heather was 3 years old, she was admitted to hospital.", "Heather"),
    # ... an age said bare ("Mary was 15 when she first went missing")
    ("Mary was 15 when she first went missing.", "Mary"), ("At the time Tınal was 17.", "Tınal"),
    # ... a person's mood ("Ann was always smiling")
    ("\u201cAnn was always smiling,\u201d said her teacher.", "Ann"),
    # ... after a sentence that ended with another name ("Seen with mum Reshoni. Laura (brother) also present.")
    ("Seen with mum Reshoni. Laura (brother) also present.", "Laura"),
])
def test_a_name_where_only_a_person_stands(text: str, word: str) -> None:
    assert _found(text) == {word}


@pytest.mark.parametrize("text", [
    "Thereafter Leeds stayed in special measures.",
    "The date had moved to June.", "The Trust admitted failings.",
    "The Trust later admitted failings.", "Leeds was not invited to bid.",
    "The plan was left in the care of the school.",
    "Thereafter Leeds and the children's services board agreed.",
    "Thereafter Leeds, who had the contract, agreed.", "Thereafter Ofsted, who inspected it, agreed.",
    "In 2019 Leeds was 15th in the table.", "Then Leeds was 15 miles away.",
    "Then Leeds returned to the table.", "Then Leeds shared a platform with Hull.", "Then Leeds, her home town, grew.",
    "The Trust pleaded guilty.", "Then Leeds was taken into account.",
    "Then Leeds was the subject of an inspection.", "Then Leeds is the largest of the cities.",
    "Then Leeds was living up to its name.",
    "Then Leeds had a plan.", "The Ofsted inspection had begun.", "In 2019 Barnardo's ran the service.",
    "Then Leeds was 3 years old.", "Then Leeds had a history of flooding.", "Letters were sent to Leeds.",
    "The area called Leeds was", "a film called Frozen",
    "The chair is Mr Tony Howell. Howell, who is also the director, agreed.",
])
def test_no_thing_where_a_person_might_stand_is_a_name(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text, word", [
    # a name before its agency or role's letters in brackets, as a chronology's row gives a practitioner
    ("Strategy discussion: Yaghnam (CSC), DS Smith.", "Yaghnam"), ("Call from Hope (HV) to the GP.", "Hope"),
    ("Strategy discussion: Caroline (CSC), DS Smith.", "Caroline"),  # opening its clause after a colon
    # ... or before a job title in brackets, as minutes list who was present
    ("Present: Donna (Team Manager), DS Smith.", "Donna"), ("Call from Hope (school nurse) to the GP.", "Hope"),
    ("Attendees: Caroline (Designated Safeguarding Lead), DS Smith.", "Caroline"),
    # the sender of a message, a letter or a call
    ("Text message from Blessing to her mother.", "Blessing"), ("A letter from Kaiser was found.", "Kaiser"),
    ("Phone call from Lan on 3 May.", "Lan"),
])
def test_a_name_by_its_agency_or_as_a_sender(text: str, word: str) -> None:
    assert _found(text) == {word}


@pytest.mark.parametrize("text", [
    "Referral from Leeds (CSC) to the MASH.", "A letter from Ofsted was received.", "Text message from School.",
    "A letter from Appendix 2 (CSC).", "Present: Leeds (Team Manager).", "Call from Ofsted (Inspection Manager).",
])
def test_no_place_or_body_by_an_agency_or_as_a_sender_is_a_name(text: str) -> None:
    assert _found(text) == set()


def test_a_name_opening_its_brackets_after_initials_is_theirs() -> None:
    """A capital after an opening bracket is one by position (the engine's reading): the name alone in brackets after
    someone's initials, where a person stands, is still a name ("K.W. (Steven) was interviewed")."""
    from redactor.guesses import typographic_capital

    text = "Later K.W. (Steven) was interviewed by police. The box (Hope) was blue."
    lower = {w.strip(".,") for w in text.split() if w.islower()}
    found = lone_first_names([text], lambda w: False, lambda t, a, b: typographic_capital(t, a), lower)
    assert set(found) == {"Steven"}


@pytest.mark.parametrize("text, word", [
    # a month's name is a person's only where a verb only people do or kin say so, and it is no date's month
    ("April was not brought to the appointment by her mother.", "April"),
    ("Later April said she was happy at school.", "April"),
    ("The health visitor saw April's mother at home.", "April"),
    ("June told her teacher about the bruise.", "June"),
    ("Her daughter May (aged 7) was at school.", "May"),
])
def test_a_months_name_where_only_a_person_stands(text: str, word: str) -> None:
    assert _found(text) == {word}


@pytest.mark.parametrize("text", [
    "In April she was seen. By June the case was closed.",
    "April 2019 was the first meeting.",
    "April was a difficult month for the family.",
    "Following June's strategy meeting, the case was closed.",
    "May we thank the family for their help.",
    "From April to June the family were seen weekly.",
    "The review covered April and May 2019.",
])
def test_a_months_name_as_a_month(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text, word", [
    # a speaker's name before a colon in a transcript of messages, a line beside it a speaker's too
    ("The messages read:\nGörsev: where r u\nChild A: at home", "Görsev"),
    ("Child A: leave me alone\nZilfa: u ok?\nChild A: no", "Zilfa"),
])
def test_a_speakers_name_in_a_transcript(text: str, word: str) -> None:
    assert _found(text) == {word}


@pytest.mark.parametrize("text", [
    "Görsev: a town in the north of the county.",  # one line alone: a heading's label
    "Recommendations:\nChild A: seen alone at every visit",
    "Liquidlogic: the council's case record system\nMosaic: the other council's system",  # a glossary
])
def test_no_speaker_without_a_transcript(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text", [
    # roles and kin the first-name lists also hold ("Staff", "Gran"): opening a sentence they are who they say
    "The child attended the school. Staff described her as quiet.",
    "Gran told the social worker that she was worried.",
    "Nanny collected her from school most days.",
    "Owner said the flat was let to the family.", "Builder told police he had seen the child.",
    "Lodger said he heard shouting.", "Witness said the car drove off.",
    # a child's words for a parent, quoted
    'She told her teacher that "he shouted and Mama cried and I hid".', 'He said "Papa hit me" at school.',
    # ... in Somali, Kurdish and Polish ("Hooyo", "Dayê": a mother; "Tata": a father)
    'Abdirahman called his mother "Hooyo" at home.', 'Later Tata said he would come.',
    # ... in Urdu and Hindi ("Nani", "Dadi": a grandmother)
    'Practitioners assumed that having "Nani and Dadi around" would be protective.',
    # a word's "-ing" form the dictionary lacks is no name no list knows
    "Finding 3 \u2013 Cuckooing was not recognised as exploitation.",
    # ... nor a word's noun the dictionary lacks ("disengage" + "-ment": "engage" with a prefix)
    "The case was closed when the child disengaged. Disengagement was not understood as a sign of risk.",
    "Reengagement was attempted twice and failed.",
    "She had been sleeping with her mother. Resuscitation was attempted by the ambulance crew.",
    # a service, as a chronology or a recommendation names it
    "Recommendation 3: Midwifery and Health Visiting services should audit interpreters.",
])
def test_a_role_that_is_also_a_listed_first_name_is_no_name(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.model
def test_welsh_words_for_grandparents_are_no_names(tmp_path: Path) -> None:
    """"Mamgu", "Nain": a grandmother, as a Welsh child calls her."""
    text = ("The maternal grandmother, Gwenllian Davies, lived nearby. Iolo called her Mamgu. He was often "
            "collected late by \"Nain\" \u2013 the paternal grandmother. Iolo has since told his Mamgu that he "
            "was scared.\n")
    names = {e.name for e in analysed_entities(tmp_path, text)}
    assert not names & {"Mamgu", "Nain"}, names


@pytest.mark.model
def test_a_first_name_in_a_bodys_name_is_the_bodys_though_the_body_is_public(tmp_path: Path) -> None:
    """"Guy's" of "Guy's and St Thomas' NHS Foundation Trust" names the trust, which the review names openly."""
    text = ("Lambeth Safeguarding Children Partnership\nChild Safeguarding Practice Review: Child N\n\n"
            "Kemi Adeyemi moved to Margate with her son Dayo in May 2022.\n\n"
            "5.4 Guy's and St Thomas' NHS Foundation Trust \u2013 IMR extract\nThe midwife saw Kemi twice.\n"
            "[2] Guy's and St Thomas' NHS Foundation Trust IMR, para 5.2.\n")
    names = {e.name for e in analysed_entities(tmp_path, text)}
    assert "Guy" not in names, names


@pytest.mark.model
def test_cases_benefits_and_leaders_named_where_a_person_stands_are_no_one(tmp_path: Path) -> None:
    """A child's competence and a police warning by their cases' names, Parliament's record, a benefit and a
    school's leaders, written where a person would stand ("Her UC went in", "I have asked SLT to consider")."""
    text = ("Priya Lomas, aged 15, was seen by Dr Okafor, who considered Fraser competence. Police gave her "
            "brother an Osman warning in May 2023. Her UC went in on Tuesday and she had nothing by Friday. "
            "The head of year wrote: \"I have asked SLT to consider a managed move.\" See Hansard for the "
            "debate. Following R (G) v London Borough of Southwark [2009] UKHL 26, a joint Southwark "
            "assessment was due. The Southwark assessment was not completed.\n")
    names = {e.name for e in analysed_entities(tmp_path, text)}
    assert not names & {"Fraser", "Osman", "UC", "SLT", "Hansard", "Southwark"}, names
