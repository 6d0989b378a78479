"""Drafts made the way the corpus makes them: real published reviews with synthetic identities put back.

A published review is already anonymised: its child is "Child Q", its councils "LA1", its people "Mr W",
"Sibling 2", or only a role ("the health visitor"). This module reverses that with people, places and
dates of birth the project has never seen, and writes exact ground truth in the corpus layout, so the
engine can be measured on the prose of real reviews rather than on our own templates:

* a person label ("Child Q", "Baby JW", "Young Person A", "Infant B", "Sibling 2", "Adult 1", "Father 2",
  "Mr W", "Ms M") becomes a name from a Faker locale (``gendraft.people``): the full name where the
  label first appears, then the forms authors use (first name; title and surname for adults);
* some roles ("the health visitor", "her social worker") become a professional's name, as drafts name
  them where the published text gives only the role;
* a council label ("LA1", "Local Authority 2") becomes a real English council's short name;
* a first name the board gave someone instead of a label ("Rachel", "Tom", "Daisy": a common first name from
  the lists of Faker's English-speaking locales (GB, IE, NZ, US), written alone wherever it occurs, never as a
  word in lower case, never declared "not her real name" or "who we shall refer to as …") becomes another first
  name, as the draft had the person's real one there; a label where the report declares it its own
  ("referred to in this report as “Child O”") stays there;
* a child's first mention sometimes gains a date of birth, which must be redacted.

Everything else in the text is the board's own published wording, so every capitalised word, number
and year outside a mention is a span the engine must keep (day-precise dates aside: the date policy
may shorten them). Words are chosen so that no variant occurs anywhere else in the text (the corpus
README's invariant: every word-bounded occurrence of a variant lies inside a mention).
"""

from __future__ import annotations

import calendar
import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from benchmarks.common import DAY_DATE
from benchmarks.gendraft.identifiers import date_forms
from benchmarks.gendraft.people import NameSource
from benchmarks.gendraft.places import AREAS

PERSON_LABEL = re.compile(
    r"(?<![\w-])(?:(?P<kind>Child|Baby|Infant|Young Person|Sibling|Adult|Father|Mother|Brother|Sister)"
    r" (?P<code>[A-Z]{1,3}|[1-9])|(?P<title>Mr|Mrs|Ms|Miss)\.? (?P<initial>[A-Z]))(?![\w-])")
COUNCIL_LABEL = re.compile(r"(?<![\w-])(?:LA ?\d{1,2}|Local Authority \d{1,2})(?![\w-])")
ROLE = re.compile(
    r"(?<![\w-])(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (?P<role>health visitor|social worker|school nurse|midwife|"
    r"family support worker|personal adviser|headteacher|head teacher|GP|community nurse|youth worker)(?![\w-])")
KEEP_TOKEN = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*[A-Za-z]|\d[\d,./-]*\d|\d)(?![\w'’-])")
UPPER_LABEL = re.compile(
    r"(?<![\w-])(?P<kind>CHILD|BABY|INFANT|YOUNG PERSON|SIBLING|ADULT) (?P<code>[A-Z]{1,3}|[1-9])(?![\w-])")
# (A number label is one digit: "the Voice of the Child 49" is a page number in a contents list.)
MONTHS = frozenset(calendar.month_name[1:])  # "June", "May", "April", "August" are Faker first names too
# A name the board declares invented stays as it is: the engine must keep it.
DECLARED = re.compile(r"\s*\((?:not (?:his|her|their|the child['’]s) real name|a pseudonym|pseudonym)|"
                      r",? as (?:she|he|they) (?:is|are|was|were) (?:known|called|referred to)", re.IGNORECASE)
# ... or the words before it declare it the report's own ("referred to in this report as “Child O”", "who we
# shall refer to as Patricia"): a draft writes the report's name there too, never a real one.
DECLARED_BEFORE = re.compile(
    r"(?:(?:referred to|called|named)(?: in this (?:report|review|summary))? as|refer to (?:(?:him|her|them) )?as|"
    r"given the pseudonym|(?:uses|used|using) the (?:name|pseudonym)|(?:shall|will) be known as)"
    r"[ \t]*[\"'‘“]?[ \t]*\Z", re.IGNORECASE)
# After a first name: a capitalised word (not after a possessive) makes it part of a full name ("Eileen Munro").
FULL_NAME_AFTER = re.compile(r"[ \t]+[A-Z](?!(?:ndependent|uthor|eview|verview|eport|xecutive|ummary|"
                             r"erious|ase|earning|ublished|ublication)\b)")
# ... and after a first name it ends one ("Caroline Mark"; not "When John", a sentence's first word).
FULL_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+\Z")
# a word (not a full stop or a line's start) just before a capitalised word: that word opens no sentence
WORD_BEFORE = re.compile(r"[A-Za-z,][ \t]+\Z")
# ... unless it is one of the words a review writes before its own name for someone ("Review Louise")
LABELS_BEFORE_NAME = {"Review", "Report", "Summary", "Briefing", "SCR", "CSPR", "LCSPR", "DHR", "SAR", "Mother",
                      "Father", "Mum", "Dad", "Sister", "Brother", "Baby", "Child", "Family", "Grandmother",
                      "Grandfather", "Nan", "Aunt", "Uncle", "Stepfather", "Stepmother", "Partner", "Cousin", "Son",
                      "Daughter"}
# ... or a participle that opens a title's phrase ("the Circumstances Concerning Josh")
PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing")
CHILD_KINDS = {"Child", "Baby", "Infant", "Young Person", "Sibling", "Brother", "Sister"}


@dataclass
class Entity:
    eid: str
    type: str
    role: str
    canonical: str
    pseudonym: str
    action: str = "pseudonymise"
    forms: list[str] = field(default_factory=list)  # the forms, in order of use
    title: str = ""
    first: str = ""
    last: str = ""
    uses: int = 0


def _declared_before(text: str, start: int) -> bool:
    """Whether the words just before ``start`` declare what follows the report's own name."""
    return DECLARED_BEFORE.search(text, max(0, start - 60), start) is not None


# Faker's English-speaking locales: the board's own first names are looked for in their lists
ENGLISH_LOCALES = ("en_GB", "en_IE", "en_NZ", "en_US")


@cache
def _first_names_by_sex() -> tuple[tuple[bool, tuple[str, ...]], ...]:
    """``(female, names)`` from Faker's English-speaking locales, each name once, the first locale's sex first."""
    import importlib

    seen: set[str] = set()
    out: list[tuple[bool, tuple[str, ...]]] = []
    for locale in ENGLISH_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for female, names in ((True, provider.first_names_female), (False, provider.first_names_male)):
            fresh = tuple(n for n in names if n not in seen)
            seen.update(fresh)
            out.append((female, fresh))
    return tuple(out)


@cache
def _first_names() -> frozenset[str]:
    """The first names the board's own names are taken from."""
    return frozenset(n for _, names in _first_names_by_sex() for n in names)


def _occurs(word: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text) is not None


class Reseeder:
    """Puts synthetic identities back into one published text."""

    def __init__(self, text: str, seed: int) -> None:
        self.text = text
        self.rng = random.Random(seed)
        self.names = NameSource(self.rng, reserved=set(re.findall(r"[A-Z][\w'’-]+", text)))
        self.entities: dict[str, Entity] = {}
        self.councils = [a for a in AREAS if not _occurs(a.name, text)]
        self.rng.shuffle(self.councils)

    def _new(self, key: str, type_: str, role: str, canonical: str, pseudonym: str) -> Entity:
        e = Entity(f"E{len(self.entities) + 1}", type_, role, canonical, pseudonym)
        self.entities[key] = e
        return e

    def _female(self, at: int) -> bool:
        """Whether the text speaks of the person named at ``at`` as "she" (by the pronouns after it)."""
        after = self.text[at:at + 400]
        she = len(re.findall(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself|girl|daughter)\b", after))
        he = len(re.findall(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself|boy|son)\b", after))
        return she > he if she != he else self.rng.random() < 0.5

    def person(self, label: str, kind: str, title: str, role: str, at: int = 0) -> Entity:
        if label in self.entities:
            return self.entities[label]
        female = {"Mother": True, "Sister": True, "Father": False, "Brother": False, "Mrs": True, "Ms": True,
                  "Miss": True, "Mr": False}.get(kind or title)
        if female is None:
            female = self._female(at)
        locale = self.names.locale()
        first, last = self.names.first(locale, female), self.names.last(locale)
        e = self._new(label, "PERSON", role, f"{first} {last}", label)
        e.first, e.last = first, last
        if kind not in CHILD_KINDS:
            e.title = title or ("Mrs" if female and self.rng.random() < 0.5 else "Ms" if female else "Mr")
        return e

    def person_form(self, e: Entity) -> str:
        e.uses += 1
        if e.uses == 1:
            return e.canonical
        if e.title:
            return self.rng.choice([f"{e.title} {e.last}", f"{e.title} {e.last}", e.canonical])
        return self.rng.choice([e.first, e.first, e.first, e.canonical])

    def board_first_names(self) -> list[tuple[str, bool]]:
        """The first names the board wrote alone for people (``(name, female)``), in order of first use."""
        found: dict[str, tuple[int, bool]] = {}
        for female, names in _first_names_by_sex():
            for name in names:
                hits = list(re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", self.text))
                if not hits or name in found or name in MONTHS or _occurs(name.lower(), self.text):
                    continue
                if any(DECLARED.match(self.text, h.end()) or FULL_NAME_AFTER.match(self.text, h.end())
                       or self._first_name_before(h.start()) or _declared_before(self.text, h.start())
                       for h in hits):
                    continue
                found[name] = (hits[0].start(), female)
        return [(n, f) for n, (_, f) in sorted(found.items(), key=lambda kv: kv[1][0])]

    def _first_name_before(self, start: int) -> bool:
        """Whether a first name stands just before ``start`` ("Caroline Mark"): the name there is a surname.

        So is a capitalised word the text never writes in lower case, where it opens no line or sentence
        ("Authors Nicky Stanley"; not "Case Review Claire", "his Mother Claire")."""
        m = FULL_NAME_BEFORE.search(self.text, max(0, start - 40), start)
        if m is None:
            return False
        word = m.group().strip()
        if word in _first_names():
            return True
        return (WORD_BEFORE.search(self.text, max(0, m.start() - 20), m.start()) is not None
                and word not in LABELS_BEFORE_NAME and not PARTICIPLE.fullmatch(word)
                and not _occurs(word.lower(), self.text))

    def council(self, label: str) -> Entity | None:
        if label not in self.entities:
            if not self.councils:
                return None
            area = self.councils.pop()
            self._new(label, "ORGANISATION", "local authority", area.name, label)
        return self.entities[label]

    def dob(self, owner: Entity) -> tuple[str, Entity]:
        born = date(2000, 1, 1) + timedelta(days=self.rng.randrange(0, 20 * 365))
        value = date_forms(self.rng, born)
        e = self._new(f"dob:{owner.eid}", "DATE", f"date of birth ({owner.pseudonym})", value, "[redacted]")
        e.action = "redact"
        return value, e

    def build(self, doc_id: str, source: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
        text = self.text
        spans: list[tuple[int, int, str, Entity]] = []  # start, end, fixed replacement (or ""), entity
        for m in PERSON_LABEL.finditer(text):
            if _declared_before(text, m.start()):
                continue
            kind, title = m["kind"] or "", m["title"] or ""
            e = self.person(m[0], kind, title, f"{kind or title} {m['code'] or m['initial']}".strip(), m.end())
            spans.append((m.start(), m.end(), "", e))
        for m in UPPER_LABEL.finditer(text):
            if _declared_before(text, m.start()):
                continue
            kind = m["kind"].title()
            e = self.person(f"{kind} {m['code']}", kind, "", f"{kind} {m['code']}", m.end())
            spans.append((m.start(), m.end(), e.canonical.upper(), e))
        # (in sorted order: a set's order changes from process to process, and with it the draw)
        roles = {r for r in sorted({m["role"].casefold() for m in ROLE.finditer(text)}) if self.rng.random() < 0.5}
        for m in ROLE.finditer(text):
            if m["role"].casefold() in roles and not any(s < m.end() and m.start() < e for s, e, *_ in spans):
                key = f"role:{m['role'].casefold()}"
                e = self.entities.get(key) or self.person(key, "", "", m["role"], m.end())
                e.pseudonym = e.pseudonym if e.pseudonym != key else m[0]
                spans.append((m.start(), m.end(), "", e))
        for name, female in self.board_first_names():
            e = self._new(f"name:{name}", "PERSON", f"person the board calls {name}", "", name)
            locale = self.names.locale()
            e.first, e.last = self.names.first(locale, female), self.names.last(locale)
            e.canonical = f"{e.first} {e.last}"  # the full name where it first appears, then the first name
            for m in re.finditer(r"(?<![\w-])(?:" + re.escape(name) + "|" + re.escape(name.upper()) + r")(?![\w-])",
                                 text):
                if not any(s < m.end() and m.start() < e_ for s, e_, *_ in spans):
                    spans.append((m.start(), m.end(), "" if m[0] == name else e.first.upper(), e))
        for m in COUNCIL_LABEL.finditer(text):
            c = self.council(m[0])
            if c:
                spans.append((m.start(), m.end(), c.canonical, c))
        spans.sort(key=lambda s: s[0])
        out: list[str] = []
        mentions: list[dict[str, Any]] = []
        written = 0

        def write(piece: str, entity: Entity | None = None) -> None:
            nonlocal written
            if entity is not None:
                mentions.append({"start": written, "end": written + len(piece), "text": piece,
                                 "entity_id": entity.eid})
                if piece not in entity.forms:
                    entity.forms.append(piece)
            out.append(piece)
            written += len(piece)

        pos = 0
        for start, end, fixed, e in spans:
            if start < pos:
                continue
            write(text[pos:start])
            write(fixed or self.person_form(e), e)
            pos = end
            if e.type == "PERSON" and e.uses == 1 and not e.title and self.rng.random() < 0.5:
                value, d = self.dob(e)
                write(self.rng.choice([" (date of birth ", " (DOB: ", " (born ", " (d.o.b. "]))
                write(value, d)
                write(")")
        write(text[pos:])
        draft = "".join(out)
        self._check(draft, mentions)
        keep = self._keep(draft, mentions)
        entities = [e for e in self.entities.values() if e.forms]
        truth = {
            "doc_id": doc_id, "source_seed": source, "split": "reseeded",
            "entities": [{"id": e.eid, "type": e.type, "role": e.role, "canonical": e.canonical,
                          "variants": e.forms, "pseudonym": e.pseudonym, "action": e.action} for e in entities],
            "mentions": mentions, "keep": keep, "hidden": [], "published_text": self.text,
            # day-precise dates of the board's text: left to the date policy (not keep, not mentions)
            "policy_dates": [{"start": d.start(), "end": d.end(), "text": d[0]} for d in DAY_DATE.finditer(draft)
                             if not any(m["start"] < d.end() and d.start() < m["end"] for m in mentions)],
        }
        register = {"entities": [{"name": e.canonical, "type": e.type, "pseudonym": e.pseudonym,
                                  "variants": [f for f in e.forms if f != e.canonical and not f.isupper()]}
                                 for e in entities if e.action == "pseudonymise"], "keep": []}
        return draft, truth, register

    @staticmethod
    def _check(draft: str, mentions: list[dict[str, Any]]) -> None:
        """The corpus invariant: every word-bounded occurrence of a variant lies inside a mention."""
        spans = [(m["start"], m["end"]) for m in mentions]
        for m in mentions:
            assert draft[m["start"]:m["end"]] == m["text"]
            for hit in re.finditer(r"(?<!\w)" + re.escape(m["text"]) + r"(?!\w)", draft):
                if not any(s <= hit.start() and hit.end() <= e for s, e in spans):
                    raise ValueError(f"variant {m['text']!r} also at {hit.start()} outside a mention")

    @staticmethod
    def _keep(draft: str, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Capitalised words and numbers of the board's own text (not day-precise dates, not mentions)."""
        taken = [(m["start"], m["end"]) for m in mentions]
        taken += [(d.start(), d.end()) for d in DAY_DATE.finditer(draft)]
        keep = []
        for k in KEEP_TOKEN.finditer(draft):
            if any(s < k.end() + 2 and k.start() - 2 < e for s, e in taken):
                continue  # touching a mention ("Child A's" pieces) or a date
            keep.append({"start": k.start(), "end": k.end(), "text": k[0], "reason": "published wording"})
        return keep


def write_office(folder: Path, formats: tuple[str, ...]) -> None:
    """draft.docx (a paragraph per blank-line block, each line ending in a line break, as the
    page's lines are headings, list items and rows) and, from it, draft.pdf by LibreOffice."""
    import docx

    from benchmarks.gendraft.office import soffice_pdf

    d = docx.Document()
    for block in (folder / "draft.txt").read_text(encoding="utf-8").split("\n\n"):
        lines = [line.strip() for line in block.strip().split("\n")]
        if any(lines):
            run = d.add_paragraph().add_run(lines[0])
            for line in lines[1:]:
                run.add_break()
                run.add_text(line)
    tmp = folder / ".draft.docx"
    d.save(str(tmp))
    tmp.replace(folder / "draft.docx")
    if "pdf" in formats:
        soffice_pdf(folder / "draft.docx", folder / "draft.pdf")


def reseed(text: str, doc_id: str, source: str, out: Path, seed: int,
           formats: tuple[str, ...] = ("txt",)) -> Path | None:
    """Write ``out/doc_id`` (draft.txt, truth.json, register.yaml); None when the text has no labels."""
    for attempt in range(10):
        try:
            draft, truth, register = Reseeder(text, seed * 1000 + attempt).build(doc_id, source)
            break
        except ValueError:
            continue
    else:
        return None
    if not truth["mentions"]:
        return None
    folder = out / doc_id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "draft.txt").write_text(draft, encoding="utf-8")
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False), encoding="utf-8")
    (folder / "register.yaml").write_text(yaml.safe_dump(register, allow_unicode=True, sort_keys=False),
                                          encoding="utf-8")
    if "docx" in formats or "pdf" in formats:
        write_office(folder, formats)
    return folder
