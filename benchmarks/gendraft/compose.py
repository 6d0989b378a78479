"""Compose one draft review from a seed: cast, places, identifiers, sections, hidden text."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

from faker import Faker

from benchmarks.gendraft import identifiers as ids
from benchmarks.gendraft import places as pl
from benchmarks.gendraft import templates as tp
from benchmarks.gendraft.model import Doc, Entity, FootRef, K, M, Para, Piece, Split, plain
from benchmarks.gendraft.people import NameSource, Person

KINDS = {"cspr": 30, "scr": 20, "brief": 15, "rapid": 15, "response": 10, "partial": 10}
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")
PSEUDO_FIRST = ("Peter", "Tom", "Sam", "Amy", "Lucy", "Ben", "Ella", "Joe", "Kate", "Max")
PROF_ROLES = {  # slot: (role, titles, pseudonym)
    "SW": ("social worker", ("Ms", "Mr", "Mrs"), "the social worker"),
    "HV": ("health visitor", ("Ms", "Mrs"), "the health visitor"),
    "GPD": ("GP", ("Dr",), "the GP"),
    "T": ("designated safeguarding lead", ("Mrs", "Mr", "Ms", "Miss"), "the designated safeguarding lead"),
    "PO": ("police officer", ("PC", "DC", "DS"), "the police officer"),
    "PAED": ("consultant paediatrician", ("Dr",), "the consultant paediatrician"),
    "IRO": ("independent reviewing officer", ("Ms", "Mr"), "the IRO"),
    "PA": ("personal adviser", ("Ms", "Mr"), "the personal adviser"),
    "MW": ("community midwife", ("Ms", "Mrs"), "the midwife"),
}
PROF_ROLE_NAMES = {role for role, _, _ in PROF_ROLES.values()} | {"partnership business manager"}
FAMILY_SLOTS = ("C", "C2", "M", "F", "G", "YP")
MET = "Metropolitan Police Service"
ORG_SLOTS = ("SCHOOL", "GPP", "HOSP", "HOME", "NURSERY", "HOUSING", "OTHERLA", "OTHERFORCE", "TOWN", "ABROAD")
SLOT_RE = re.compile(r"\{(\w+)(?::(\w+))?\}")


class Skip(Exception):
    """A template needs something this draft does not have."""


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in ".-_"))


class Composer:
    def __init__(self, seed: int, index: int, attempt: int = 0) -> None:
        self.rng = rng = random.Random(f"redactor-generalisation-{seed}-{index}-{attempt}")
        kind = rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
        self.partly = kind == "partial" or rng.random() < 0.15
        if kind == "partial":
            kind = rng.choice(["cspr", "scr", "rapid"])
        self.doc = Doc(doc_id=f"gen-{seed}-{index:03d}", kind=kind)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(rng.randrange(2**31))
        self.area = rng.choice(pl.AREAS)
        others = [a for a in pl.AREAS if a.force != self.area.force]
        self.other_area = rng.choice(others)
        self.cited_area = rng.choice([a for a in others if a.name != self.other_area.name])
        self.end_year = rng.randint(2011, 2023)
        self.start = date(self.end_year - rng.randint(1, 5), rng.randint(1, 12), 1)
        self.end = date(self.end_year, rng.randint(1, 12), 28)
        self.review_date = self.end + timedelta(days=rng.randint(120, 500))
        era_new = self.end_year >= 2019
        if kind == "scr" or not era_new:
            self.board = rng.choice([f"{self.area.name} Safeguarding Children Board",
                                     f"{self.area.name} Local Safeguarding Children Board"])
            self.board_abbr = "LSCB"
            self.review_name = "Serious Case Review"
        else:
            self.board = rng.choice([f"{self.area.name} Safeguarding Children Partnership",
                                     f"{self.area.name} Children's Safeguarding Partnership"])
            self.board_abbr = "SCP"
            self.review_name = "Child Safeguarding Practice Review"
        self.towns = list(self.area.towns)
        rng.shuffle(self.towns)
        cited = {c[0] for c in tp.CITED}
        reserved = {self.area.name, self.other_area.name, self.cited_area.name, *(t for t, _ in self.area.towns),
                    *(t for t, _ in self.other_area.towns), *cited, *pl.NATIONAL_PLACES, *PSEUDO_FIRST,
                    "Child", "Adult", "Baby", "Police", "Force", "Council", "London", "Ofsted", "Partnership",
                    "Board", "Review", "Care", "Social", "Health", "Court", "Crown", "Royal"}
        self.names = NameSource(rng, reserved)
        self.letters = list("ABCDEFGHJKLMNPQRSTVWXYZ")
        rng.shuffle(self.letters)
        self.labels_used: set[str] = set()
        self.n_ent = 0
        self.slots: dict[str, Person] = {}
        self.profs: dict[str, list[Person]] = {}
        self.orgs: dict[str, tuple[str, list[str]]] = {}  # slot -> (entity id, forms)
        self.person_ids: dict[tuple[str, str], str] = {}  # (owner eid, format key) -> entity id
        self.values: dict[str, str] = {}  # entity id -> value (identifiers)
        self.date_entities: dict[date, str] = {}
        self.dob_entities: dict[str, str] = {}
        self.addresses: dict[str, str] = {}
        self.people: list[Person] = []
        self.footnotes = 0
        self.existing_label = ""
        self.author = ""
        self.partial_labels: dict[str, tuple[str, str]] = {}

    # ----- entities and people -----------------------------------------------------------------
    def entity(self, type_: str, role: str, canonical: str, pseudonym: str, action: str = "pseudonymise",
               register: bool = True) -> Entity:
        self.n_ent += 1
        e = Entity(f"E{self.n_ent}", type_, role, canonical, pseudonym, action, [], register)
        self.doc.entities[e.id] = e
        return e

    def letter(self) -> str:
        return self.letters.pop()

    def make_person(self, role: str, pseudonym: str, female: bool, locale: str, last: str | None = None,
                    title: str = "", adult: bool = True, dob: date | None = None) -> Person:
        first = self.names.first(locale, female)
        last = last or self.names.last(locale)
        e = self.entity("PERSON", role, f"{first} {last}", pseudonym)
        p = Person(e.id, first, last, female, locale, role, title=title, dob=dob)
        if adult and not title:
            p.title = self.rng.choice(["Ms", "Mrs", "Miss"] if female else ["Mr"])
        initials = (first[0] + last.replace("O'", "O").replace("-", " ").split()[-1][0]).upper()
        if initials.isalpha() and initials.isascii() and initials not in {q.initials for q in self.people} \
                and initials not in {"UK", "GP", "DC", "PC", "DS", "MP", "NI", "OK", "SW", "HV", "PA", "YP"}:
            p.initials = initials
        self.people.append(p)
        return p

    def cast_family(self) -> None:
        rng = self.rng
        loc = self.names.locale()
        fam_last = self.names.last(loc)
        child_dob = date(self.start.year - rng.randint(0, 15), rng.randint(1, 12), rng.randint(1, 28))
        if self.partly:
            self.existing_label = f"Child {self.letter()}"
            why = "case label already anonymised"
            self.partial_labels = {"C": (self.existing_label, why), "M": (f"{self.existing_label}'s mother", why),
                                   "OTHERLA": ("LA2", why), "OTHERFORCE": ("Police Force 1", why),
                                   "YP": ("YPA", why), "G": (f"Adult {self.letter()}", why),
                                   "SW": ("the social worker", "role label already anonymised")}
            self.labels_used.update(label for label, _ in self.partial_labels.values())
            label = self.letter()
        else:
            label = self.letter()
        cl = f"Child {label}"
        pseud = rng.choice([x for x in PSEUDO_FIRST]) if rng.random() < 0.2 else cl
        self.labels_used.add(pseud)
        if not self.partly:
            self.slots["C"] = self.make_person("subject child", pseud, rng.random() < 0.5, loc, fam_last,
                                               adult=False, dob=child_dob)
        if rng.random() < 0.7:
            sib_dob = date(child_dob.year + rng.choice([-3, -2, 2, 3, 4]), rng.randint(1, 12), rng.randint(1, 28))
            self.slots["C2"] = self.make_person(
                "sibling", rng.choice(["the sibling", f"Sibling {rng.randint(1, 3)}", "the younger sibling"]),
                rng.random() < 0.5, loc, fam_last, adult=False, dob=sib_dob)
            if self.partly:
                self.slots["C"] = self.slots["C2"]
        mother_p = rng.choice([f"{pseud}'s mother", "the mother", "Mother", f"Adult {self.letter()}"])
        if not self.partly:
            m_last = fam_last if rng.random() < 0.6 else self.names.last(loc)
            self.slots["M"] = self.make_person("mother", mother_p, True, loc, m_last,
                                               dob=date(child_dob.year - rng.randint(17, 38), rng.randint(1, 12),
                                                        rng.randint(1, 28)))
        f_loc = loc if rng.random() < 0.7 else self.names.locale()
        f_role, f_p = rng.choice([("father", "the father"), ("father", f"{pseud}'s father"),
                                  ("mother's partner", "the mother's partner"),
                                  ("mother's partner", f"Adult {self.letter()}")])
        self.slots["F"] = self.make_person(f_role, f_p, False, f_loc, None if f_role != "father" or
                                           rng.random() < 0.4 else fam_last,
                                           dob=date(child_dob.year - rng.randint(18, 45), rng.randint(1, 12),
                                                    rng.randint(1, 28)))
        if rng.random() < 0.5:
            self.slots["G"] = self.make_person("grandparent", rng.choice(["the maternal grandmother",
                                                                          "the grandparent"]),
                                               True, loc, None, title=rng.choice(["Mrs", "Ms"]))
        if rng.random() < 0.35:
            yl = self.letter()
            self.slots["YP"] = self.make_person("young person who harmed", f"YP{yl}", rng.random() < 0.3,
                                                self.names.locale(), adult=False,
                                                dob=date(child_dob.year - rng.randint(2, 5), rng.randint(1, 12),
                                                         rng.randint(1, 28)))
        if rng.random() < 0.25:  # a second family in the same review
            loc2 = self.names.locale()
            last2 = self.names.last(loc2)
            p2 = f"Child {self.letter()}"
            self.slots["C3"] = self.make_person("subject child (second family)", p2, rng.random() < 0.5, loc2,
                                                last2, adult=False,
                                                dob=date(child_dob.year + rng.randint(-4, 4), rng.randint(1, 12),
                                                         rng.randint(1, 28)))

    def prof(self, slot: str, new: bool = False) -> Person:
        people = self.profs.setdefault(slot, [])
        if people and not (new and len(people) < 3):
            return self.rng.choice(people)
        role, titles, pseud = PROF_ROLES[slot]
        if people:
            base = pseud.replace("the ", "").capitalize() if pseud.startswith("the ") else pseud
            for i, q in enumerate(people, 1):
                self.doc.entities[q.eid].pseudonym = f"{base} {i}"
            pseud = f"{base} {len(people) + 1}"
        female = self.rng.random() < 0.7
        title = self.rng.choice(titles)
        if title in ("Mr",):
            female = False
        if title in ("Ms", "Mrs", "Miss"):
            female = True
        p = self.make_person(role, pseud, female, self.names.locale(), title=title)
        people.append(p)
        return p

    def person_for(self, slot: str) -> Person:
        if slot in PROF_ROLES:
            return self.prof(slot, new=self.rng.random() < 0.15)
        if slot == "C" and "C3" in self.slots and self.rng.random() < 0.3:
            return self.slots["C3"]
        if slot not in self.slots:
            raise Skip(slot)
        return self.slots[slot]

    # ----- name forms ------------------------------------------------------------------------------
    def m(self, p: Person, form: str) -> M:
        p.forms_used.add(form)
        return M(p.eid, form)

    def ref(self, p: Person, allow_split: bool = False) -> list[Piece]:
        """A form of a person's name as an author would write it at this point."""
        rng = self.rng
        if not p.introduced:
            p.introduced = True
            if p.initials and rng.random() < 0.35:
                return [self.m(p, p.full), " (", self.m(p, p.initials), ")"]
            if p.title in ("Dr", "PC", "DC", "DS") and rng.random() < 0.5:
                return [self.m(p, f"{p.title} {p.full}")]
            if p.role in PROF_ROLE_NAMES and rng.random() < 0.5:
                return [f"the {p.role} " if rng.random() < 0.5 else f"{p.role} ", self.m(p, p.full)]
            return [self.m(p, p.full)]
        if allow_split and rng.random() < 0.5:
            self.doc.split_names += 1
            p.forms_used.add(p.first)
            return [Split(p.eid, p.first, p.last)]
        choices: list[str] = [p.full]
        if p.initials in p.forms_used:
            choices += [p.initials] * 2
        if p.title and p.role not in ("subject child", "sibling"):
            choices += [p.titled] * 3
        if p.role in ("subject child", "sibling", "subject child (second family)", "young person who harmed",
                      "mother", "father", "mother's partner") or rng.random() < 0.2:
            choices += [p.first] * 3
        return [self.m(p, rng.choice(choices))]

    # ----- organisations and places ------------------------------------------------------------------
    def org(self, slot: str) -> list[Piece]:
        if slot not in self.orgs or (slot == "SCHOOL" and len(self.orgs) and self.rng.random() < 0.1
                                     and not self.orgs.get("SCHOOL2")):
            key = slot if slot not in self.orgs else "SCHOOL2"
            self.orgs[key] = self.new_org(slot)
            slot = key
        eid, forms = self.orgs[slot]
        return [M(eid, self.rng.choice(forms) if self.rng.random() < 0.3 else forms[0])]

    def new_org(self, slot: str) -> tuple[str, list[str]]:
        rng, town = self.rng, self.towns[0][0]
        short: list[str] = []
        if slot == "SCHOOL":
            name = pl.school_name(rng, town)
            n = sum(1 for k in self.orgs if k.startswith("SCHOOL")) + 1
            e = self.entity("ORGANISATION", "school", name, rng.choice([f"School {n}", "the primary school",
                                                                         "the school"]) if n == 1 else f"School {n}")
        elif slot == "GPP":
            name = pl.gp_name(rng)
            e = self.entity("ORGANISATION", "GP practice", name, "GP Practice 1")
        elif slot == "HOSP":
            name = pl.hospital_name(rng, rng.choice(self.towns[1:] or self.towns)[0])
            e = self.entity("ORGANISATION", "hospital", name, rng.choice(["Hospital 1", "the hospital"]))
            if name.startswith("Royal ") and rng.random() < 0.5:
                short.append(name.rsplit(" ", 1)[0])
        elif slot == "HOME":
            name = pl.home_name(rng)
            e = self.entity("ORGANISATION", "children's home", name, "Children's Home 1")
        elif slot == "NURSERY":
            name = pl.nursery_name(rng)
            e = self.entity("ORGANISATION", "nursery", name, "the nursery")
        elif slot == "HOUSING":
            name = pl.housing_name(rng)
            e = self.entity("ORGANISATION", "housing provider", name, "the housing provider")
        elif slot == "OTHERLA":
            name = self.other_area.council
            pseud = rng.choice(["LA2", "the neighbouring authority", "another local authority"])
            if pseud in self.labels_used:
                pseud = "LA3"
            e = self.entity("ORGANISATION", "other local authority", name, pseud)
            if rng.random() < 0.5:
                short.append(self.other_area.name)
        elif slot == "OTHERFORCE":
            name = self.other_area.force
            e = self.entity("ORGANISATION", "other police force", name.removeprefix("the "),
                            "Police Force 2" if "Police Force 2" not in self.labels_used else "Police Force 3")
            name = name.removeprefix("the ")
        elif slot == "METFORCE":
            used = self.labels_used | {e.pseudonym for e in self.doc.entities.values()}
            name = MET
            e = self.entity("ORGANISATION", "other police force", name,
                            next(f"Police Force {n}" for n in range(2, 10) if f"Police Force {n}" not in used))
        elif slot == "TOWN":
            name = rng.choice(self.other_area.towns)[0]
            e = self.entity("LOCATION", "town the family moved to", name, "another area")
        elif slot == "ABROAD":
            country = rng.choice(list(pl.ABROAD))
            cname, cities = pl.ABROAD[country]
            name = rng.choice(cities)
            e = self.entity("LOCATION", "city abroad (family's origin)", name, cname)
        else:
            raise Skip(slot)
        return e.id, [name, *short]

    def address(self, owner: str) -> list[Piece]:
        if owner not in self.addresses or self.rng.random() < 0.15:
            town, area = self.rng.choice(self.towns)
            value = pl.address(self.rng, self.fake, town, area)
            e = self.entity("LOCATION", f"address ({owner})", value, "[redacted]", "redact", register=False)
            self.addresses[owner] = e.id
            self.values[e.id] = value
        eid = self.addresses[owner]
        return [M(eid, self.values[eid])]

    # ----- identifiers and dates -----------------------------------------------------------------------
    def ident(self, key: str, owner: str, when: date | None = None) -> list[Piece]:
        fmt = ids.BY_KEY[key]
        person = None if owner == "case" else self.person_for(owner)
        cache_key = (person.eid if person else f"case-{self.rng.random()}", key)
        if cache_key not in self.person_ids:
            ctx: dict[str, object] = {"year": (when or self.end).year, "when": when or self.end}
            if person:
                ctx.update(dob=person.dob or date(1985, 3, 4), female=person.female, surname=person.last,
                           forenames=[person.first] + ([person.middle] if person.middle else []),
                           country=person.country)
            value = fmt.make(self.rng, ctx)
            who = self.doc.entities[person.eid].pseudonym if person else "case"
            e = self.entity("IDENTIFIER", f"{fmt.role} ({who})", value, "[redacted]", "redact", register=False)
            self.person_ids[cache_key] = e.id
            self.values[e.id] = value
        eid = self.person_ids[cache_key]
        return [M(eid, self.values[eid])]

    def simple_id(self, kind: str, owner: str) -> list[Piece]:
        return self.simple_id_for(self.person_for(owner), kind)

    def simple_id_for(self, person: Person, kind: str) -> list[Piece]:
        """A phone number, e-mail address or social media account of ``person``."""
        key = (person.eid, kind)
        if key not in self.person_ids:
            rng = self.rng
            first, last = ascii_fold(person.first).lower(), ascii_fold(person.last).lower()
            if kind == "PHONE":
                value, role = ids.uk_phone(rng), "phone number"
            elif kind == "INTLPHONE":
                country = person.country if person.country in ids.INTL else rng.choice(list(ids.INTL))
                value, role = ids.intl_phone(rng, country), f"phone number ({country})"
            elif kind == "EMAIL":
                dom = rng.choice(["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "icloud.com",
                                  "live.co.uk"])
                value = rng.choice([f"{first}.{last}{rng.randint(1, 99)}@{dom}", f"{first[0]}{last}@{dom}",
                                    f"{first}{rng.randint(80, 99)}@{dom}"])
                role = "e-mail address"
            elif kind == "WORKEMAIL":
                value = f"{first}.{last}@{ascii_fold(self.area.name).lower().replace(' ', '')}.gov.uk"
                role = "work e-mail address"
            else:
                handle = rng.choice([f"{first}_{last[:1]}{rng.randint(1, 99)}", f"{first}.{last}{rng.randint(1, 9)}",
                                     f"x{first}{last[:3]}x"])
                value = rng.choice([f"instagram.com/{handle}", f"@{handle}", f"snapchat: {handle}",
                                    f"facebook.com/{first}.{last}.{rng.randint(1, 9)}", f"tiktok.com/@{handle}"])
                role = "social media account"
            who = self.doc.entities[person.eid].pseudonym
            e = self.entity("IDENTIFIER", f"{role} ({who})", value, "[redacted]", "redact", register=False)
            self.person_ids[key] = e.id
            self.values[e.id] = value
        eid = self.person_ids[key]
        return [M(eid, self.values[eid])]

    def dob(self, owner: str, style: int | None = None) -> list[Piece]:
        """A date of birth; ``style`` (a seed) writes every date of one table the same way."""
        p = self.person_for(owner)
        if p.dob is None:
            p.dob = date(1975 + self.rng.randint(0, 20), self.rng.randint(1, 12), self.rng.randint(1, 28))
        if p.eid not in self.dob_entities:
            who = self.doc.entities[p.eid].pseudonym
            e = self.entity("DATE", f"date of birth ({who})", p.dob.isoformat(), "[redacted]", "redact",
                            register=False)
            self.dob_entities[p.eid] = e.id
        rng = self.rng if style is None else random.Random(style)
        return [M(self.dob_entities[p.eid], ids.date_forms(rng, p.dob))]

    def event_date(self, when: date, sentence_start: bool) -> list[Piece]:
        r = self.rng.random()
        month_year = f"{ids.MONTHS[when.month - 1]} {when.year}"
        if r < 0.45:
            if when not in self.date_entities:
                e = self.entity("DATE", "date of an event in the child's life", when.isoformat(), month_year,
                                register=False)
                self.date_entities[when] = e.id
            form = self.rng.choice([f"{when.day} {ids.MONTHS[when.month - 1]} {when.year}",
                                    f"{ids.ordinal(when.day)} {ids.MONTHS[when.month - 1]} {when.year}",
                                    when.strftime("%d/%m/%Y"), when.strftime("%d.%m.%y")])
            return ["On " if sentence_start else "on ", M(self.date_entities[when], form)]
        if r < 0.6:
            abbr = f"{MONTH_ABBR[when.month - 1]} {when.year}"
            return ["In " if sentence_start else "in ", K(abbr, "month abbreviation and year")]
        return ["In " if sentence_start else "in ", K(month_year, "month-year date")]

    # ----- templates -------------------------------------------------------------------------------------
    def fill(self, template: str, when: date | None = None, allow_split: bool = False) -> list[Piece]:
        out: list[Piece] = []
        pos = 0
        when = when or self.end
        for m in SLOT_RE.finditer(template):
            out.append(template[pos:m.start()])
            out.extend(self.slot(m.group(1), m.group(2), when, allow_split and not out[:-1]))
            pos = m.end()
        out.append(template[pos:])
        return [p for p in out if p != ""]

    def slot(self, name: str, arg: str | None, when: date, allow_split: bool) -> list[Piece]:
        rng = self.rng
        if self.partly and name in self.partial_labels and (rng.random() < 0.8 or name not in self.slots):
            label, reason = self.partial_labels[name]
            return [K(label, reason)]
        if name in FAMILY_SLOTS or name in PROF_ROLES:
            return self.ref(self.person_for(name), allow_split=allow_split)
        if name == "METFORCE":
            # A force named with its own crime reference: the publisher's own force is named openly; any
            # other area's force is replaced like OTHERFORCE (the corpus policy for forces).
            if self.area.force.removeprefix("the ") == MET:
                return [K(MET, "police force named openly by the publisher")]
            return self.org("OTHERFORCE" if self.other_area.force.removeprefix("the ") == MET else name)
        if name in ORG_SLOTS:
            return self.org(name)
        if name == "ADDR":
            return self.address(rng.choice(["family", "family", "father", "other"]))
        if name == "ON_DATE":
            return self.event_date(when, True)
        if name == "on_date":
            return self.event_date(when, False)
        if name == "AGE":
            return [K(rng.choice([f"aged {rng.randint(1, 16)}", f"aged {rng.randint(2, 15)} years"]), "age")]
        if name == "DOB":
            return self.dob(arg or "C")
        if name.startswith("ID_"):
            return self.ident(name[3:], arg or "case", when)
        if name in ("PHONE", "INTLPHONE", "EMAIL", "WORKEMAIL", "SOCIAL"):
            return self.simple_id(name, arg or "M")
        if name == "VRM":
            value = ids.vehicle_registration(rng, when.year)
            e = self.entity("IDENTIFIER", "vehicle registration", value, "[redacted]", "redact", register=False)
            return [M(e.id, value)]
        if name == "FORCE":
            return [K(self.area.force, "police force named openly by the publisher")]
        if name == "AGENCY":
            return [K(rng.choice(tp.AGENCY_TYPES), "agency type")]
        if name == "LAW":
            return [K(rng.choice(tp.LAWS), "legislation")]
        raise Skip(name)

    def sentence(self, templates: list[str], when: date | None = None, allow_split: bool = False) -> list[Piece]:
        for _ in range(30):
            state = (self.rng.getstate(), self.n_ent)
            try:
                return self.fill(self.rng.choice(templates), when, allow_split)
            except Skip:
                self.rng.setstate(state[0])
                self.rng.random()
        return [self.rng.choice(tp.GENERIC)]

    # ----- helpers for blocks ---------------------------------------------------------------------------
    def para(self, pieces: list[Piece], style: str = "body", number: str | None = None) -> None:
        if number:
            head: list[Piece] = [K(number, "paragraph number") if self.rng.random() < 0.25 else number, " "]
            pieces = head + pieces
        self.doc.add(Para(pieces, style))  # type: ignore[arg-type]

    def heading(self, text: str | list[Piece], level: int = 1) -> None:
        pieces = [text] if isinstance(text, str) else text
        self.doc.add(Para(pieces, "heading1" if level == 1 else "heading2"))

    def footnote(self, pieces: list[Piece]) -> FootRef:
        self.footnotes += 1
        self.doc.footnotes[self.footnotes] = pieces
        return FootRef(self.footnotes)

    def join(self, *parts: list[Piece]) -> list[Piece]:
        out: list[Piece] = []
        for i, p in enumerate(parts):
            if i:
                out.append(" ")
            out.extend(p)
        return out

    def timeline(self, n: int) -> list[date]:
        days = (self.end - self.start).days
        return sorted(self.start + timedelta(days=self.rng.randint(0, days)) for _ in range(n))

    def review_day(self, offset: int) -> str:
        d = self.review_date + timedelta(days=offset)
        return self.rng.choice([f"{d.day} {ids.MONTHS[d.month - 1]} {d.year}", d.strftime("%d/%m/%Y"),
                                f"{ids.ordinal(d.day)} {ids.MONTHS[d.month - 1]} {d.year}"])

    def choose(self, fn: Callable[[], list[Piece]]) -> list[Piece]:
        try:
            return fn()
        except Skip:
            return []

    def child_label(self) -> list[Piece]:
        if self.partly:
            return [K(self.existing_label, "case label already anonymised")]
        return self.ref(self.slots["C"])

    def plain_text(self, pieces: list[Piece]) -> str:
        return plain(pieces)
