"""The kind of a detected entity, which decides its suggested pseudonym."""

from __future__ import annotations

import pytest

from recognizers import catalogue as cat
from recognizers.kinds import classify


@pytest.mark.parametrize("name, context, kind", [
    ("Chloe Hartley", "Chloe Hartley, aged 4, was taken to nursery by her mother", "child"),
    ("Chloe Hartley", "the baby's sister Chloe Hartley was at school", "child"),
    ("Mrs Hartley", "Mrs Hartley was seen at the surgery", "adult"),
    ("Dawn Hartley", "Dawn Hartley, the social worker, visited", "adult"),
    # a professional's act: chairing a meeting, even a looked after child's review
    ("Jordan Meldon", "3.41 Jordan Meldon (JM) chaired a looked after review in February 2019; Urszula did not "
                      "attend but had completed a consultation form.", "adult"),
    ("Baby JW", "Baby JW was born at 32 weeks", "child"),
    # an agency's name is no child ("Children's Trust", "Children's Social Care"); a director is an adult
    ("Graham Tilby", "delivered by Graham Tilby (Assistant Director, Safeguarding (Partnerships, Birmingham "
                     "Children\u2019s Trust) and Jane Powell (Director of Safeguarding Birmingham Women\u2019s and "
                     "Children\u2019s NHS Trust) on effective", "adult"),
    ("Ruby Hartley", "Children's Social Care had no record of Ruby Hartley at school", "child"),
    # the role written right by the name decides, whatever other words stand in the window
    ("Leanne Brampton", "Tyler was born in 2016 and went to nursery. His mother, Leanne Brampton, lived nearby.",
     "adult"),
    ("Tyler Brampton", "Tyler Brampton was born in 2016. His mother and her partner, and his father, lived nearby.",
     "child"),
    ("Darren Whitlock", "Father B told SW1 that the grandmother would help. Mr B's brother, Darren Whitlock, was "
                        "staying", "adult"),
    ("Jayden Reid", "Name | Relationship | DOB\nJayden Reid | Subject child | 03.04.2015\nShannon Reid | Mother",
     "child"),
    ("Shannon Reid", "Jayden Reid\tSubject child\t03.04.2015\nShannon Reid\tMother\t1994\nMarco\tPartner",
     "adult"),
    ("Kayden", "the health visitor visited the mother and father at home; Kayden (aged 9 months) was weighed", "child"),
    ("Kai", "The boys, Tyler and Kai, were excluded from the academy. Kai's mother, Donna, blamed it", "child"),
    ("Ashley Pike", "Child R was born in March 2019 to Kayleigh Dunmore and Ashley Pike. She was a baby.", "adult"),
    ("Connor", "Mrs Dunmore's brother, Connor, took Child R to school", "adult"),
    # a record's label before the name, with a colon
    ("JAYDEN MICHAEL OKORO", "SUBJECT CHILD: JAYDEN MICHAEL OKORO (DOB 14.02.2016)\n\nMessages recovered: mum "
                             "kicked me out; my nan wont mind; the partner was there", "child"),
    ("Shannon Reid", "Child: Tyler Reid, born 2015\nMother: Shannon Reid, the boy's carer at school", "adult"),
    # a school year in brackets after the name, as an age is
    ("Tyler-Jay Whitmore", "Tyler-Jay Whitmore (Year 9) attended the academy until his exclusion. His SENCo, "
                           "Mrs Keane, completed a request; the head teacher agreed.", "child"),
    # the role, "was" or "is", then the name: "The Health Visitor was Catrin." among a child's cues
    ("Catrin", "Child R attended the nursery from September 2019. The Health Visitor was Catrin.", "adult"),
    ("Priya", "Child R, aged 3, was seen at school; her social worker is Priya.", "adult"),
])
def test_a_persons_kind(name: str, context: str, kind: str) -> None:
    assert classify(cat.PERSON, name, context) == kind


@pytest.mark.parametrize("entity, name, kind", [
    (cat.ORGANISATION, "Kent Police", "police_force"),
    (cat.ORGANISATION, "Oakfield Primary School", "school"),
    (cat.ORGANISATION, "The Limes Surgery", "gp"),
    (cat.ORGANISATION, "Ysgol Gymraeg Pwll Coch", "school"), (cat.ORGANISATION, "Meddygfa'r Llan", "gp"),
    (cat.ORGANISATION, "Ysbyty Glan Clwyd", "hospital"),
    # the kind is the head word's, which ends an English name: a county's hospital is a hospital
    (cat.ORGANISATION, "Royal Sussex County Hospital", "hospital"),
    (cat.ORGANISATION, "County Durham and Darlington NHS Foundation Trust", "hospital"),
    (cat.ORGANISATION, "Kent County Council", "local_authority"),
    (cat.ORGANISATION, "Borough Road Primary School", "school"), (cat.ORGANISATION, "County High School", "school"),
    (cat.ORGANISATION, "Hospital Road Surgery", "gp"), (cat.ORGANISATION, "Ysgol Uwchradd Caergybi", "school"),
    (cat.ORGANISATION, "GPS Tracking Ltd", "organisation"), (cat.ORGANISATION, "Surgeryville Ltd", "organisation"),
    (cat.UK_POSTCODE, "NR3 6DE", "address"),
    (cat.DATE_OF_BIRTH, "14/03/2012", "date_of_birth"),
])
def test_other_kinds(entity: str, name: str, kind: str) -> None:
    assert classify(entity, name, "") == kind
