"""Initials a draft uses for a person it never names in full, found by where the draft uses them."""

from __future__ import annotations

import pytest

from recognizers.person_initials import acts_as_person, initials_used_as_people


def _found(text: str, known: frozenset[str] = frozenset()) -> set[str]:
    lower = {w for w in text.split() if w.islower()}
    return set(initials_used_as_people([text], lambda t: t in known, lower))


@pytest.mark.parametrize("text, token", [
    ("A health visiting entry reads \"CO'N weighed and measured, AO'N engaged well\".", "AO'N"),  # Irish initials
    ("NMcG told the social worker he would move out.", "NMcG"),
    ("Probation\tInitial appt - Darren attends. GTW notes he looks sweaty.", "GTW"),  # a practitioner's note
    ("In May 2016 TQ visited the family home.", "TQ"),
    ("The strategy meeting was chaired by TQ's team manager.", "TQ"),
    ("Mrs Adeyemi and TQ undertook a joint visit.", "TQ"),
    ("TQ and PC Lorrimer undertook a joint visit.", "TQ"),
    ("TQ and Zofia Brennock undertook a joint visit.", "TQ"),
    ("In December 2013, TQ and Dariusz undertook a joint visit.", "TQ"),  # and a first name: both do it
    ("It was as planned. AS and police officer Chidimma Eze undertook a joint visit.", "AS"),  # a role, a name
    ("The child told TQ that she was scared.", "TQ"),
    ("She was found by TQ in a car.", "TQ"),
    ("The designated safeguarding lead (TQB) made a referral.", "TQB"),
    ("On 3 May the DSL (TQ) rang the duty desk.", "TQ"),
    ("TQ made a referral to the Multi-Agency Safeguarding Hub.", "TQ"),
    ("Neither Mrs Adeyemi nor OH attended; OH told the nurse.", "OH"),  # capitals of a word not written here
    # Capitals of a word the draft writes in lower case, in mixed-case prose where only a person stands:
    ("As agreed, AS visited the family as planned.", "AS"),
    ("The plan was as before. AS's daughter told the nurse.", "AS"),
    ("This is as it was. IS and Mrs Adeyemi undertook a joint visit.", "IS"),
    ("It was as bad as before. AS at Northgate Pupil Referral Unit noticed that he was hungry.", "AS"),
    ("As before, TQ at Hollins Primary School noticed a bruise.", "TQ"),
    # Capitals of Roman-numeral letters that make no Roman numeral (V, L and D never repeat):
    ("On 11.10.20, Ms Kendal told VV that Jeremy had left.", "VV"),
    # Numerals of large values are initials where a person stands ("MM": 2000; "CC": 200)
    ("In March 2019, MM and Jean Long (JL) undertook a joint visit.", "MM"),
    ("Later CC and Mrs Adeyemi undertook a joint visit.", "CC"),
    ("LL visited the family home.", "LL"), ("The child told VX that she was scared.", "VX"),
    # the subject of a past action on something new: a practitioner's work ("completed a single assessment")
    ("In March 2014, NN completed a single assessment which concluded the case.", "NN"),
    ("On 22 May 2010, SG completed a new birth visit at the flat.", "SG"),
    ("In Aug 2009, Shehu disclosed to Alison Kirk that AO had hit Kerry-Ann Danjuma with a belt.", "AO"),
    ("She said JD punched him twice.", "JD"),
    ("TQ had visited the home twice.", "TQ"),
    ("On 09/11/2020, EA and Ivy McElroy undertook a joint visit.", "EA"),
    # a meeting's actions: initials, "to", then what they are to do
    ("Actions: SJ to complete the S47 enquiry.", "SJ"),
    ("Actions: PK to share records with the GP.", "PK"),
    # what happens only to a person: born, taken or admitted to hospital
    ("On 22/11/2020, LM was taken to Didcot District General Hospital by ambulance.", "LM"),
    ("In May 2019, RT was admitted to hospital with a fracture.", "RT"), ("Later JW was born at home.", "JW"),
    ("In 2018, KO was arrested and interviewed.", "KO"),
    # a relative's or partner's role right before them
    ("The family (the mother, and her partner KB) were not informed.", "KB"),
    ("Her boyfriend DW was not known to services.", "DW"),
    # a practitioner's role right before them, or defined after them, as chronologies list them
    ("CSC single assessment (social worker DK). Outcome: Early Help.", "DK"),
    ("Plan: liaise CWO re other children. Social worker: HK.", "HK"),  # the role labels them, a colon between
    ("Health visitor HF completes a 3-year review.", "HF"),
    ("[practitioners by initials - KB = social worker]", "KB"),
    ("Practitioners: RT (social worker, 2020).", "RT"),
    # ... or signing a note, a comma and their role after them ('… on waiting list. – MW, dental nurse"')
    ('"Sibling also on waiting list. \u2013 MW, dental nurse"', "MW"), ("Seen today.\nGK, school nurse\n", "GK"),
])
def test_initials_where_a_person_stands(text: str, token: str) -> None:
    assert _found(text) == {token}


@pytest.mark.parametrize("text", [
    "The MASH visited; CSC told the school; the GP saw him.",         # known abbreviations (keep list)
    "TQ visited the home. Later the TQ was closed.",                   # written with an article elsewhere
    "TQ visited. The TQ 12 form was sent.",                            # with a number elsewhere
    "Child TQ visited his aunt. TQ told her.",                         # a pseudonym label
    "The Tenancy Quorum (TQ) visited the flat.",                       # an abbreviation the draft defines
    "Her mother (MQ) and her father (FQ) visited.",                    # role labels: Mother Q, Father Q
    "Maternal Grandmother (MGM) would help. MGM told her.",            # a compound role's initials
    "her paternal grandfather (PGF) visited; PGF said so; her stepfather (SF) said it too.",
    "Abusive Head Trauma (AHT) was seen.",                             # no person's place
    "TQ was recorded. The TQ assessment.",                             # not where a person stands
    "The CCTV was taken to the station; the DVD was admitted into evidence.",  # a thing taken or admitted
    "ADHD was diagnosed; she told NO one; IT support was given.",      # known words, a word's capitals
    "She was NOT told; it IS made clear; they ALL attended.",          # a word's capitals for emphasis
    "Oh dear, she said. The oh was long; OH was later.",               # a word the draft writes in lower case
    "It was as planned. The plan was approved by AS and the board.",   # a word's capitals: only a person's verb,
    "It was as planned. She told AS much.",                            # possessive or name says it is a person
    "It was as planned. ADVICE AS GIVEN TO THE FAMILY",                # capitals in a heading
    "Adoption Support (AS) visited the family, as agreed.",            # an abbreviation the draft defines
    "As agreed, the family was visited as planned.",                   # the word itself
    "It was as planned. The AS visited the home.",                     # with an article
    "Part IV visited the question; Henry VIII told us.",               # Roman numerals
    "Chapter XI told the story; Part VI visited it; Pope Pius XII said so; Part XL made it.",
    "OVERVIEW REPORT CHILD E JANE DOE",                                # capitals in a heading
    "school and multi-agency team (MAT) visited the home. MAT told her.",  # a hyphenated word's two initials
    "TQ was completed in May. TQ completed the form.",                 # passive, or no new object
    "The CSC completed a single assessment.",                          # known abbreviation
    "Malcolm Newsam CBE and Gary Ridgway",                             # an honour after a name
    "statutory guidance issued by HM Government to provide analysis",  # the start of a phrase we keep
    "The CP plan was due to end; the ICPC to be convened.",           # a thing's capitals, no action verb
    "Her partner PTSD was diagnosed.",                                  # known
    "Her mother UK born and raised.",                                   # known
    "The pathway for Rapid Reviews and JCR Children’s Referral Form.",  # after words, not a person's name
    "Key: HV = health visitor; IRO = Independent Reviewing Officer",   # the role's own abbreviation
    "Present: the QA, school nurse and a teacher.",  # a list of roles: no signing
    # a glossary's entry spells the capitals out in vocabulary; they are its, wherever else they stand
    "Strategy meeting, chair TM Sunita Rahman. TM agreed the plan.\n| TM - team manager | MGM - maternal grandmother |"
    "\nMGM collected her.",
    # ... or a body's name ("KCC – Kent County Council"): the body, though it "left" or "was under pressure"
    "KCC \u2013 Kent County Council\nKCC was under significant pressure. Ms Bankole left KCC. See KCC's statements.",
    "CMW \u2013 Community Midwife\nShe saw the CMW.",  # a compound's capitals: fewer words than capitals
    "The district nursing notes kept by DN Moffatt are good.\nDN\tDistrict Nurse",  # a role's, by its glossary
])
def test_capitals_that_are_not_a_persons_initials(text: str) -> None:
    assert _found(text, frozenset({"MASH", "CSC", "GP", "ADHD", "CP", "ICPC", "PTSD", "UK"})) == set()


def test_that_before_initials_says_nothing_of_them() -> None:
    """"Mum said … and that LR 'says that about everyone'": "that" joins a clause; it makes no thing of the
    capitals a person's verbs follow elsewhere."""
    text = ("The TA recorded that LR said he was her boyfriend. LR was smiling. Mum said he was a friend and that "
            "LR 'says that about everyone'.")
    assert _found(text, frozenset()) == {"LR"}


@pytest.mark.parametrize("text, acts", [
    ("In January 2021, SO completed a new birth visit.", True),  # before a verb in the past tense
    ("Later SO told the GP.", True),
    ("SO's manager agreed.", True),
    ("It was SO cold that night.", False),  # emphasis after an auxiliary
    ("WHY SO MANY VISITS WERE MISSED", False),  # a heading in capitals
    ("SO, the plan failed.", False),
    ("and SO the plan failed", False),
    # told or asked something: only a person is ("SO was informed by Northumbria Police the same week")
    ("In Feb 2020 SO was informed by the police.", True), ("Later SO was asked to attend.", True),
    ("It was SO informed a choice.", False),
    ("On 04.01.20, Sorana told SO that Obinna had sent messages.", True),  # after "told": whom she told
])
def test_capitals_that_are_a_word_acting_as_a_person(text: str, acts: bool) -> None:
    start = text.index("SO")
    assert acts_as_person(text, start, start + 2) == acts
