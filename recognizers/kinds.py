"""Classify a detected entity into the kind that decides its suggested pseudonym (child, school, LA …)."""

from __future__ import annotations

import re
from typing import Final

from recognizers import catalogue as cat
from recognizers import gazetteer as gz

_ORG_KINDS: Final = (
    ("police_force", re.compile(r"\b(Police|Constabulary)\b")),
    ("local_authority", re.compile(r"\b(Council|Borough|County|Local Authority)\b")),
    ("gp", re.compile(r"\b(Surgery|Medical Centre|Medical Practice|Health Centre|Family Practice|GP|Meddygfa)\b")),
    ("hospital", re.compile(r"\b(Hospitals?|Infirmary|NHS (Foundation )?Trust|Healthcare Trust|Clinic|Ysbyty)\b")),
    ("school", re.compile(r"\b(School|Ysgol|Academy|College|Nursery|Grammar|High|Primary|Infants?|Juniors?|"
                          r"Pupil Referral Unit|PRU)\b")),
    ("childrens_home", re.compile(r"\b(Children'?s Home|House|Lodge|Hostel|Residential)\b")),
)
# Whole words: "Children's" in an agency's name ("Children's Trust") is no cue to a child.
_CHILD_CUES: Final = re.compile(
    r"\b(aged (?:[0-9]|1[0-7])\b|(?:[0-9]|1[0-7])[- ]year[- ]old|baby|infant|toddler|child|son|daughter|"
    r"pupil|sibling|brother|sister|young person|looked after|born|birth|school|nursery|teenager|boy|girl)\b",
    re.IGNORECASE,
)
_ADULT_CUES: Final = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Dr|mother|father|mum|dad|parent|stepfather|stepmother|partner|grandmother|"
    r"grandfather|worker|officer|manager|nurse|visitor|doctor|teacher|carers?|adviser|psychologist|"
    r"therapist|consultant|paediatrician|GP|practitioner|author|reviewer|chair(?:ed|s|ing)?|head|director|detective|"
    r"constable|"
    r"aged (?:1[89]|[2-9][0-9]))\b",
    re.IGNORECASE,
)


def classify(entity: str, name: str, context: str) -> str:
    """The kind of a detected entity.

    Args:
        entity: Recogniser entity name (``PERSON``, ``ORGANISATION``, ``UK_NHS`` …).
        name: The entity's text.
        context: Text around its first mention.

    Returns:
        One of the kinds the register knows (``child``, ``adult``, ``school``, ``identifier`` …).
    """
    if entity in cat.IDENTIFIERS:
        return "identifier"
    if entity in (cat.UK_ADDRESS, cat.UK_POSTCODE):
        return "address"
    if entity == cat.DATE_OF_BIRTH:
        return "date_of_birth"
    if entity == cat.DATE_DAY:
        return "date"
    if entity == cat.PERSON:
        child = len(_CHILD_CUES.findall(context))
        adult = len(_ADULT_CUES.findall(context)) + (2 if re.match(r"(Mr|Mrs|Ms|Dr)\b", name) else 0)
        if re.match(r"Baby\b", name):
            return "child"
        return "child" if child > adult else "adult"
    if entity == cat.ORGANISATION:
        for kind, rx in _ORG_KINDS:
            if rx.search(name):
                return kind
        return "hospital" if gz.org_kind(name) == "hospital" else "organisation"  # "Royal Sunderland"
    if entity == cat.LOCATION:
        from recognizers.gazetteer import local_authority

        return "local_authority" if local_authority(name) else "place"
    return "identifier"
