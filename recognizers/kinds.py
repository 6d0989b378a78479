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
_WELSH_HEADS: Final = ("Ysgol", "Ysbyty", "Meddygfa")
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


# A role written right by a name says who it is, whatever else the window holds: "His mother, Leanne", "Dawn,
# the social worker", a table row's "Jayden Reid | Subject child", "Kayden (aged 9 months)", "Tyler was born".
_CHILD_ROLES: Final = frozenset({
    "son", "daughter", "baby", "child", "infant", "toddler", "sibling", "nephew", "niece", "grandson",
    "granddaughter", "grandchild", "pupil", "boy", "girl", "twin", "teenager", "stepson", "stepdaughter",
    "boys", "girls", "children", "siblings", "twins", "sons", "daughters", "babies", "pupils", "grandchildren",
})
_ADULT_ROLES: Final = frozenset({
    "mother", "father", "mum", "dad", "parent", "partner", "stepfather", "stepmother", "grandmother", "grandfather",
    "grandparent", "aunt", "uncle", "carer", "boyfriend", "girlfriend", "husband", "wife", "lodger", "neighbour",
    "worker", "officer", "visitor", "nurse", "doctor", "teacher", "manager", "adviser", "advisor", "paediatrician",
    "midwife", "gp", "practitioner", "consultant", "psychologist", "therapist", "head", "headteacher", "director",
    "detective", "constable", "sergeant", "inspector", "solicitor", "interpreter", "landlord", "employer",
})
# Brothers, sisters and cousins are children or adults by whose they are: "Mrs Dunmore's brother" is an adult.
_KIN: Final = frozenset({"brother", "sister", "cousin", "half-brother", "half-sister", "stepbrother", "stepsister"})
_ROLE_BEFORE: Final = re.compile(
    r"(?:\b(?P<owner>[\w-]+)['\u2019]s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[Ii]ts))[ \t]+"
    r"(?:(?:late|maternal|paternal|older|oldest|younger|youngest|elder|eldest|new|twin|half|step|baby|birth|"
    r"foster|adult|teenage|infant|(?i:social|health|key|support|family|school|youth|housing|personal|class|lead|"
    r"duty|link))[ \t-]+)*(?P<role>[\w-]+)[ \t]*(?:,|[ \t](?:was|is))?[ \t]*"
    # the name may come later in a list after the role ("The boys, Tyler and Kai")
    r"(?:[A-Z][\w'\u2019-]*(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+))*$")
_ROLE_AFTER: Final = re.compile(
    r"[ \t]*(?:,|\(|\||\t|[-\u2013\u2014](?=[ \t]))[ \t]*(?:(?:the|a|an|his|her|their|subject|maternal|paternal|"
    r"older|younger|birth|foster|step|family|social|health|school|support|key|lead)[ \t]+)*(?P<role>[\w-]+)", re.I)
_AGE_AFTER: Final = re.compile(r"[ \t]*[,(][ \t]*(?:aged[ \t]+|age[ \t]+)?(?P<n>\d{1,2})(?![\d/.:])"
                               r"(?P<unit>[ \t]*(?:months?|weeks?|days?|m\b|w\b))?", re.I)
# A record's label before the name, opening its line: "SUBJECT CHILD: Jayden …", "Mother: Shannon Reid".
_LABEL_BEFORE: Final = re.compile(r"(?:^|\n)[ \t]*(?:(?i:subject|the)[ \t]+)?(?P<role>[A-Za-z-]+)[ \t]*:[ \t]*$")
_SCHOOL_YEAR_AFTER: Final = re.compile(r"[ \t]*[,(][ \t]*(?:in[ \t]+)?(?:Year|Yr|Y)[ \t]*\d{1,2}\b"
                                       r"|[ \t]*\((?:Reception|Nursery)\)")
_BORN_TO: Final = re.compile(r"\bborn\b[^.;\n]{0,60}?\bto[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+){0,4}(?:and[ \t]+)?$")
_BORN_AFTER: Final = re.compile(r"[ \t]+(?:was|is)[ \t]+born\b")
# Whose: a titled name ("Mrs Dunmore") or a parent's role ("mother").
_ADULT_OWNER: Final = re.compile(
    r"(?:\b(?:M[rs]s?|Mx|Dr)\.?[ \t]+[\w-]+|\b(?:mother|father|mum|dad|parent|partner|uncle|aunt|grandmother|"
    r"grandfather|stepfather|stepmother))$", re.I)


def _role_by_the_name(before: str, after: str) -> str | None:
    """"child" or "adult" when a role is written right by a person's name, else None."""
    if _BORN_AFTER.match(after):
        return "child"
    if _BORN_TO.search(before):
        return "adult"  # "born in March 2019 to Kayleigh Dunmore and Ashley Pike": the parents
    if _SCHOOL_YEAR_AFTER.match(after):
        return "child"  # "Tyler (Year 9)"
    if (age := _AGE_AFTER.match(after)) is not None:
        return "child" if age.group("unit") or int(age.group("n")) < 18 else "adult"
    for m in (_ROLE_BEFORE.search(before), _LABEL_BEFORE.search(before), _ROLE_AFTER.match(after)):
        if m is None:
            continue
        role = m.group("role").casefold()
        if role in _CHILD_ROLES:
            return "child"
        if role in _ADULT_ROLES:
            return "adult"
        if role in _KIN and m.re is _ROLE_BEFORE and m.group("owner") \
                and _ADULT_OWNER.search(before, max(0, m.start("owner") - 8), m.end("owner")):
            return "adult"
    return None


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
        if re.match(r"Baby\b", name):
            return "child"
        at = context.find(name)
        near = _role_by_the_name(context[:at], context[at + len(name):]) if at >= 0 else None
        if near is not None:
            return near
        child = len(_CHILD_CUES.findall(context))
        adult = len(_ADULT_CUES.findall(context)) + (2 if re.match(r"(Mr|Mrs|Ms|Dr)\b", name) else 0)
        return "child" if child > adult else "adult"
    if entity == cat.ORGANISATION:
        # The head word decides: it ends an English name ("Royal Sussex County Hospital", "Kent County
        # Council") and opens a Welsh one ("Ysgol Uwchradd Caergybi").
        heads = [(len(name) + 1 if m.group().startswith(_WELSH_HEADS) and m.start() == 0 else m.end(), kind)
                 for kind, rx in _ORG_KINDS for m in rx.finditer(name)]
        if heads:
            return max(heads, key=lambda head: head[0])[1]
        return "hospital" if gz.org_kind(name) == "hospital" else "organisation"  # "Royal Sunderland"
    if entity == cat.LOCATION:
        from recognizers.gazetteer import local_authority

        return "local_authority" if local_authority(name) else "place"
    return "identifier"
