"""Group mentions into entities and link every occurrence of every entity's forms across the document.

"Chloe Hartley", "Chloe", "Miss Hartley" and "CHLOE HARTLEY" become one person; an NHS number
written with and without spaces is one identifier. Once grouped, every form of every entity is
searched for in every segment (body, headers, footers, metadata, annotations, …) so a name
recognised once is covered everywhere.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from itertools import accumulate
from typing import Literal, get_args

from recognizers import catalogue as cat
from recognizers import gazetteer as gz
from recognizers.address_recognizer import building_name, district_names, street_name, unit_name
from recognizers.contact_blocks import contact_cards, is_office_detail, licence_notices, opening_letterhead
from recognizers.dates import MONTH_NAMES, is_month_of_date, parse_date
from recognizers.gazetteer import nickname_of
from recognizers.military_unit import is_unit, short_form_after
from recognizers.name_judge import AGENCY_ACRONYMS, ROLE_WORDS, identifying_words_remain, name_like
from recognizers.person_initials import PEOPLE_VERB_AFTER
from recognizers.person_name_recognizer import (
    KNOWN_AS_REASON,
    PARTICLES,
    SUBJECT_REASON,
    VOCABULARY_PAIR_REASON,
    WORD_PAIR_REASON,
    written_surname_first,
)
from recognizers.public import (
    cited_spans,
    is_national_body,
    is_national_place,
    is_nhs_body,
    is_public_email,
    is_public_url,
    is_regional_fire_service,
    is_regional_place,
    is_state_body,
)
from recognizers.public_people import strip_post_nominals
from recognizers.titles import (
    CIVIC,
    CLERGY,
    DOCTOR,
    HONOURS,
    MILITARY,
    MILITARY_PAIRS,
    NURSING,
    PERSONAL,
    POLICE_RANKS,
    PROFESSOR,
    alternation,
    titles,
)
from redactor.document import Document, lower_case_words
from redactor.forms import FormMatcher, normalise, word_like_forms
from redactor.guesses import in_heading, is_guess, opening_word, reconcile, typographic_capital
from redactor.mention import NAME_ENTITIES, Mention
from redactor.org_forms import acronym, first_word, headless_names, short_forms, trading_name
from redactor.page_seams import seams
from redactor.register import Kind, Register, RegisterEntry
from redactor.types import EntityType

# The titles only an adult is written with (a girl may be "Miss").
_ADULT_TITLES = alternation(("Mr", "Mrs", "Ms", "Mx"), DOCTOR, PROFESSOR, POLICE_RANKS, CIVIC, CLERGY, MILITARY_PAIRS,
                            MILITARY)
_ADULT_TITLE = re.compile(rf"(?:{_ADULT_TITLES})\.?\s")
# (… not the next day of a list: "9 April, 12 September")
_YEAR_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:\d{4}|\d{2}(?![ \t]*(?:st|nd|rd|th)?[ \t]*[A-Za-z]|[:.]\d)|')")
# A date form holding its year ("27/02/2022", "3 May 21"): what follows it is no year of its own.
_FORM_HAS_YEAR = re.compile(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b|[A-Za-z][ \t]+'?\d{2}$")
_TITLE_RX = re.compile(r"^(?:(?:The\s+)?Rt\.?\s+Hon|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|DC|PC|DS|DI|DCI|Sgt|Cllr|Rev"
                       r"|Baby|Sir|Dame|Councillor|Coun|Minister|Commissioner|Supt|Insp"
                       r"|(?:Detective\s+|Police\s+)?(?:Constable|Sergeant|(?:Chief\s+)?Inspector|Superintendent)"
                       rf"|{alternation(MILITARY_PAIRS, MILITARY, NURSING, CLERGY, HONOURS)})\.?\s+")
_COLLAR_NUMBER = re.compile(r"^\d{2,6}\s+(?=\S)")
# "Murdo Ferguson (MF)", "Jane Smith ('JS')", "Ann Lee (A.L.)".
_CAPITAL = "A-ZÀ-ÖØ-Þ"
# A lower-case particle may stand inside a name ("Gareth de Breit (GB)").
_PARTICLE = r"(?:de|da|di|du|del|della|der|den|van|von|ter|le|la|al|el|bin|binti|ben|bint|dos|das|y|ap|an)"
# A name word may open with an Irish mutation before its capital ("Ó hAlmhain", "Ní bhFaoláin").
# (… an organisation's longer name, joining words in it: "Severn Vale Health and Care NHS Trust (SVHCT)")
_DEFINED_INITIALS = re.compile(rf"([{_CAPITAL}][\w'\u2019-]*(?:\s+(?:(?:and|&|of|for)\s+)?(?:{_PARTICLE}\s+)?"
                               rf"(?:[hnt]|b|bh|d|g|m)?[{_CAPITAL}][\w'\u2019-]*){{1,6}})"
                               r"\s*\(\s*"
                               r"['\u2018\u2019\"]?((?:[A-Z]\.[ ]?){1,3}[A-Z]\.?|[A-Z]{2,6})['\u2018\u2019\"]?\s*\)")
# A person's name, then initials in quotes the draft says the person is written as ("Abdi is "AW" in several agency
# records", "Kwame was recorded as 'KO'"); and the initials first ("\u201cSW\u201d is Mr Sunny Wakefield").
_QUOTED_INITIALS = r"[\"'\u201c\u2018](?P<initials>[A-Z]{2,4})[\"'\u201d\u2019]"
_NAME_WORDS = rf"[{_CAPITAL}][\w'\u2019-]*(?:[ \t]+[{_CAPITAL}][\w'\u2019-]*){{0,3}}"
_SAID_TO_BE_INITIALS = re.compile(
    rf"(?P<name>{_NAME_WORDS})[ \t]+(?:is|was)[ \t]+(?:(?:also[ \t]+)?(?:recorded|referred[ \t]+to|known|written|"
    rf"shown|listed|identified|noted|called)[ \t]+as[ \t]+)?{_QUOTED_INITIALS}")
_INITIALS_SAID_TO_BE = re.compile(
    rf"{_QUOTED_INITIALS}[ \t]+(?:is|was|refers[ \t]+to|means|stands[ \t]+for)[ \t]+(?P<name>{_NAME_WORDS})")
_ANY_TITLE = alternation(PERSONAL, DOCTOR, PROFESSOR, POLICE_RANKS, CIVIC, CLERGY, MILITARY_PAIRS, MILITARY)
_TITLE_WORDS = re.compile(rf"\b(?:{_ANY_TITLE}|Baby)\b\.?")
_STRUCTURED = frozenset({*cat.IDENTIFIERS, cat.DATE_OF_BIRTH, cat.UK_ADDRESS, cat.UK_POSTCODE})
# A guess that joins names ("Ikenna Mensah / MF", "Winston and Bartosz") waits until the names exist.
_JOINER = re.compile(r"\s(?:and|&|with|of|or)\s|/|,")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_TITLES = frozenset(titles(PERSONAL, DOCTOR))
_INITIALS_AFTER = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*((?:[A-Z]\.?){2,4})[ \t\u00a0]*\)")
# Titles written in capitals ("PC Smith", "DS Jones"): never anyone's initials.
_TITLE_CAPITALS = frozenset({"DC", "PC", "DS", "DI", "DCI", "DSI", "DSU", "PS", "PCSO", "SGT", "CLLR", "DR", "MR",
                             "MRS", "MS", "MX", "HHJ", "QC", "KC"})
# A title and one capital, no initial before a name ("Mrs W said", not "Mr J. Smith"'s).
_TITLED_INITIAL = re.compile(rf"\b({alternation(PERSONAL, DOCTOR)})[ \u00a0]([A-Z])(?![\w'\u2019-]|\.[ \t]*[A-Z][a-z])")
_AFTER_PERSONAL_TITLE = re.compile(rf"\b{alternation(PERSONAL)}\.?[ \u00a0]+([A-Z][\w'\u2019-]*)")
_MONTH_NAMES = frozenset(m.casefold() for m in MONTH_NAMES)
_SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
_MONTH_SHORT = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_CALENDAR = _MONTH_NAMES | _MONTH_SHORT
_TIME_WORD_BEFORE = re.compile(r"\b(?i:in|since|from|until|till|during|early|late|mid|end\s+of|beginning\s+of)"
                               r"[ \t\u00a0]+\Z")
_PERSON_RULES = "PersonNameRecognizer"
_YEARLESS_DATES = "YearlessDateRecognizer"
_RELATIVE_NEXT = re.compile(r"[ \u00a0]+(?:mother|father|mum|dad|brother|sister|sibling|siblings|grandmother|"
                            r"grandfather|grandparents?|aunt|uncle|cousin|partner|boyfriend|girlfriend|friend|friends|"
                            r"husband|wife|son|daughter|stepfather|stepmother|carer|carers|parents?)\b")
_LOWER_WORD_NEXT = re.compile(r"[ \u00a0]+(?:[a-z]|(?:NHS|CHI|UPN|DOB|GP|NI)\b)")  # (or a personal number's label)
# Short capitals that are abbreviations in reviews, never someone's initials there.
_ACRONYMS = frozenset({"UK", "US", "GP", "CP", "SW", "HV", "LA", "PA", "YP", "AE", "ED", "IT", "ID", "TV", "HR",
                       "CC", "DC", "PC", "DS", "DI", "MP", "QC", "KC", "NB", "PS", "AM", "PM", "OK", "RE", "NHS",
                       "CID", "DOB", "FGM", "ADHD", "ASD", "CSC", "CSE", "CCE", "DV", "DA", "SEN", "EHC", "IRO",
                       "LAC", "CIN", "TAF", "CAF", "MAR", "OFS", "YOT", "YOS", "SPA", "MH", "AMH", "ICPC", "RCPC"})
# A role's or rank's abbreviation, which acts as a person wherever it stands ("GP visited"): never someone's initials.
_ROLE_ACRONYMS = frozenset({"GP", "SW", "HV", "PA", "YP", "DC", "PC", "DS", "DI", "PS", "MP", "QC", "KC", "IRO"})
# Abbreviations of things, not roles (A&E, emergency department, ID, TV, nota bene, a county council or a copy, human
# resources): they never act as a person.
_THING_ACRONYMS = frozenset({"AE", "ED", "ID", "TV", "NB", "OK", "RE", "CC", "HR"})
_CONFIDENT_RULE_SCORE = 0.6  # title, full name, initials + surname, name in a heading
_CONTEXT_NAMES = "SurnameContext"  # a first name found by the known surname it stands before
_INITIALS = "InitialsContext"  # a person's initials found by where the draft uses them
_LONE_NAMES = "LoneFirstName"  # an ordinary-word first name found by where the draft uses it
_UNITS = "MilitaryUnitRecognizer"  # an armed forces unit by its number
# Before a word that is a thing, not a person ("the Bill"); after one that is part of a longer name or a date.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)[ \u00a0]+$")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \u00a0]+[A-Z][\w'\u2019-]*)*")
# A name filling a table's cell or a bracket ("| Sunflower Seeds / CCS |", "Lesley (Little Stars)"): an agency's
# column or a signature gives the body's name there, whatever its capitals say.
_FILLS_FROM = re.compile(r"(?:^|[(|])[ \t\u00a0]*\Z", re.MULTILINE)
_FILLS_TO = re.compile(r"[ \t\u00a0]*(?:$|[)|]|/[ \t\u00a0]*[A-Z])", re.MULTILINE)
_NEXT_NAME_WORD = re.compile(r"[ \u00a0]+[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")
_RUNS_ON = re.compile(r"[ \u00a0]*(?:[A-Z]|\d|-[ \u00a0]*[A-Z])")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][\w'\u2019-]*)[ \u00a0]+$")
# Beside another person's initial or first name: "The Summer & D review", "the Summer and Kai families".
_AFTER_ANOTHER = re.compile(r"(?<![\w'\u2019-])(?P<other>[A-Z][a-z]+)[ \u00a0]+(?:&|and)[ \u00a0]+$")
_BESIDE_ANOTHER = re.compile(r"[ \u00a0]+(?:&|and)[ \u00a0]+(?P<other>[A-Z](?![\w'\u2019])|[A-Z][a-z]+(?![\w-]))")


@dataclass(slots=True)
class Entity:
    """A person, place, organisation, date or identifier, with all its mentions.

    Attributes:
        id: Stable id within the analysis (``R3`` from the register, ``E7`` detected).
        name: Canonical name (the register's, or the longest detected form).
        type: Register type.
        kind: Finer kind, used to suggest a pseudonym.
        forms: Surface forms that are replaced wherever they occur.
        source: ``register`` (the reviewer typed it), ``detected``, or ``manual`` (a manual redaction).
        entry: The register entry, for register entities.
        mentions: Every occurrence found, detected or linked.
        detectors: Recogniser names that found it.
    """

    id: str
    name: str
    type: EntityType
    kind: Kind
    forms: list[str]
    source: Literal["register", "detected", "manual"]
    entry: RegisterEntry | None = None
    mentions: list[Mention] = field(default_factory=list)
    detectors: set[str] = field(default_factory=set)
    entity_names: set[str] = field(default_factory=set)

    def add_detection(self, m: Mention) -> None:
        """Attach a mention a detector (or a rule of grouping) found, with what it was found as."""
        self.mentions.append(m)
        self.detectors.add(m.recognizer)
        self.entity_names.add(m.entity)

    @property
    def label(self) -> str:
        """The entity name its mentions get when linked: the register type, or what detection said most."""
        if self.source == "register" or not self.entity_names:
            return self.type
        found = Counter(m.entity for m in self.mentions if m.recognizer not in ("linked", "register"))
        return found.most_common(1)[0][0] if found else sorted(self.entity_names)[0]

    @property
    def score(self) -> float:
        """Highest confidence among its detected mentions (1.0 for register entities)."""
        if self.source == "register":
            return 1.0
        return max((m.score for m in self.mentions if m.recognizer not in ("linked",)), default=0.0)


def is_title(text: str) -> bool:
    """Whether ``text`` is a personal title alone (``Dr``, ``PC``, ``Mrs.``), which names no one."""
    return _TITLE_RX.fullmatch(text.strip() + " ") is not None


def names_no_one_alone(text: str) -> bool:
    """Whether ``text`` alone names no one: a personal title (``Dr``), a calendar word (``June``, ``May``),
    an organisation's head words (``Council``, ``Primary School``) or function words (``The``, ``of the``),
    as the part of a name a page break cuts off may be."""
    norm = normalise(text)
    key = norm.casefold().rstrip(".")
    return (is_title(text) or key in _CALENDAR or gz.org_head(norm) is not None
            or all(w in gz.FUNCTION_WORDS for w in key.split()))


def agency_words(text: str) -> bool:
    """Whether ``text`` is made only of agency or process vocabulary (``Service``, ``Care Services``):
    words of the public phrases kept everywhere, or function words."""
    words = normalise(text).casefold().split()
    return bool(words) and all(w in gz.generic_words() or w in gz.FUNCTION_WORDS for w in words)


def strip_title(name: str) -> str:
    """``Mrs Okafor`` -> ``Okafor``; ``PC 1978 Fraser`` -> ``Fraser`` (an officer's collar number goes too)."""
    bare = _TITLE_RX.sub("", name)
    return (_COLLAR_NUMBER.sub("", bare) if bare != name else bare).strip()


def identifier_key(text: str) -> str:
    """Normalised value of an identifier: letters and digits only, upper case."""
    return re.sub(r"[^0-9A-Za-z@.]", "", text).upper()


def register_kind(entry: RegisterEntry) -> Kind:
    """A best guess at what a register entry is, from its type (used for audit and suggestions)."""
    return {"PERSON": "person", "LOCATION": "place", "ORGANISATION": "organisation", "DATE": "date",
            "IDENTIFIER": "identifier"}[entry.type]  # type: ignore[return-value]


def detected_kind(entity: str, name: str, context: str) -> Kind:
    """Kind of a detected entity, from its recogniser entity name, its name and nearby text."""
    from recognizers.kinds import classify

    kind = classify(entity, name, context)
    return kind if kind in get_args(Kind) else "organisation"  # type: ignore[return-value]


class Grouper:
    """Builds entities from the register and the analysis mentions."""

    def __init__(self, document: Document, register: Register | None, keep: Iterable[str] = ()) -> None:
        self.document = document
        self.register = register or Register()
        self._keep_all = [*self.register.keep, *keep]
        # An acronym that spells a name ("CAIT": Cait) is kept only where written in capitals.
        self._keep_as_acronyms(gz.name_acronym_keys())
        self.entities: list[Entity] = []
        self._by_form: dict[str, Entity] = {}
        self._by_key: dict[str, Entity] = {}
        self._register_forms = FormMatcher(())
        self._lower_words = lower_case_words(document)
        self._keep_cache: dict[str, tuple[list[tuple[int, int]], list[int]]] = {}
        self._by_id: dict[str, Entity] = {}
        self._name_parts: dict[str, set[str]] = {}
        self._detected = 0
        self._derived: set[str] = set()
        self._segments = {seg.id: seg for seg in document.segments}
        self._letterhead = opening_letterhead(document.segments)
        # The letterhead's own words, one space between: its building and street are the issuer's wherever written.
        self._letterhead_words = " ".join(" ".join(self._segments[sid].text[a:b].split())
                                          for sid, (a, b) in self._letterhead.items())
        self._cited_cache: dict[str, list[tuple[int, int]]] = {}
        self._people: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        self._rule_bodies: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        self._cards_cache: dict[str, list[tuple[int, int]]] = {}
        self._licence_cache: dict[str, list[tuple[int, int]]] = {}
        self._office_details: set[str] = set()
        self._places_used: set[str] = set()
        self._titled: set[str] = set()
        self._public_surnames: set[str] = set()
        self._rule_surnames: set[str] = set()
        self._by_bare_name: dict[str, Entity] = {}
        self._vouched: set[str] = set()
        self._defined_initials: set[str] = set()
        self._alone_cache: dict[tuple[str, bool], bool] = {}
        self._titled_words: frozenset[str] | None = None
        self._years_of_days: dict[str, set[int]] | None = None
        self._days_in_figures: set[str] | None = None
        self._short_forms: set[str] = set()
        self._register_derived: set[str] = set()

    # -- building ---------------------------------------------------------------------------
    def _add(self, entity: Entity) -> Entity:
        self.entities.append(entity)
        self._by_id[entity.id] = entity
        for f in entity.forms:
            self._by_form.setdefault(normalise(f).casefold(), entity)
            self._index_name(entity, f)
        return entity

    def _add_form(self, entity: Entity, form: str) -> None:
        norm = normalise(form)
        if norm and norm.casefold() not in self._by_form:
            entity.forms.append(norm)
            self._by_form[norm.casefold()] = entity
            self._index_name(entity, norm)

    def _index_name(self, entity: Entity, form: str) -> None:
        """Remember first names and surnames of people's full-name forms (for lone "Chloe", "Hartley"), and
        the full names their titled forms hold ("Julian Wiśniewski" of "Baby Julian Wiśniewski")."""
        if entity.type != "PERSON":
            return
        form = natural_order(form)
        words, bare = form.split(), strip_title(form).split()
        if len(words) < 2:
            return
        parts = [words[-1]]  # the surname, after a title too ("Mrs Okafor")
        if len(bare) >= 2:
            self._by_bare_name.setdefault(" ".join(bare).casefold(), entity)
            parts.append(bare[0])  # the first name, never the title ("Baby")
            if (with_particles := _particle_surname(bare)) is not None:
                parts.append(with_particles)  # "de Brún" of "Cait de Brún"
            parts += _nicknames(bare)
        for w in parts:
            self._name_parts.setdefault(w.casefold(), set()).add(entity.id)

    def seed_register(self) -> None:
        """One entity per register entry, with its typed forms plus derived name forms."""
        for i, entry in enumerate(self.register.entries, start=1):
            ent = self._add(Entity(f"R{i}", entry.name, entry.type, register_kind(entry),
                                   [normalise(f) for f in entry.forms()], "register", entry))
            ent.detectors.add("register")
        # Derived forms after all typed forms, so a typed form always wins its owner.
        for ent in list(self.entities):
            assert ent.entry is not None
            for form in ent.entry.derived_forms():
                key = normalise(form).casefold()
                words = form.split()
                owner = self.register.titled_owner(words[0], words[1]) \
                    if len(words) == 2 and is_title(words[0]) else None
                if owner is not None and owner is not ent.entry:
                    continue  # "Ms Walsh" of a family sharing the surname: the mother's, not her son's
                if not self._is_keep_form(form) and key not in self._by_form:
                    self._add_form(ent, form)
                    self._register_derived.add(key)
        self._register_forms = FormMatcher(((f, e.id) for e in self.entities for f in e.forms), any_case=True)

    def covers_register_name(self, mention: Mention) -> bool:
        """Whether a guessed name span is just register names plus filler and keep phrases ("Ikenna Mensah /
        MF", "Pearl of Leicestershire Police").

        Such a span is not a new entity: the register's forms cover the names in it. A span with
        another capitalised word beside a register form ("Daniel Smith" when only "Daniel" is
        registered) is kept, so the other word is not left behind.
        """
        if mention.entity not in (cat.PERSON, cat.LOCATION, cat.ORGANISATION):
            return False
        if normalise(mention.text).casefold() in self._by_form:
            return False
        hits = [(h.start, h.end) for h in self._register_forms.finditer(mention.text)]
        if not hits:
            return False
        # Keep phrases in it are public ("Pearl of Leicestershire Police"): they stand, and leave no name.
        public = [(h.start, h.end) for h in self.keep.finditer(mention.text, overlapping=True)]
        rest = _TITLE_WORDS.sub(" ", _blank(mention.text, hits + public))
        return not identifying_words_remain(mention.text, rest, mention.entity, self._lower_words)

    def _unjoined_at_keep_phrases(self, mentions: list[Mention], texts: dict[str, str]) -> list[Mention]:
        """Names read over a page break whose part on one page ends a keep phrase begun before it there (or
        starts one that runs on after it) are no names over the break: "… a referral to the Multi-Agency
        Safeguarding Hub" | break | "Sihawukele Soduba arrived": "Hub" ends a public body's name. That part
        goes; the others stand as what they are alone. A part that is a whole keep phrase ("Autumn", "Police")
        is still judged with the rest of the name."""
        def in_longer_phrase(m: Mention) -> bool:
            hits = self._keep_overlapping(m.segment_id, texts[m.segment_id], m.start, m.end)
            if m.joined.startswith(m.text):  # the part before the break: a phrase begun before it
                return any(a < m.start and m.end <= b for a, b in hits)
            return any(a <= m.start and m.end < b for a, b in hits)  # after it: a phrase running on

        inside = {i for i, m in enumerate(mentions) if m.joined and in_longer_phrase(m)}
        if not inside:
            return mentions
        broken = {(mentions[i].joined, mentions[i].recognizer) for i in inside}
        return [replace(m, joined="") if (m.joined, m.recognizer) in broken else m
                for i, m in enumerate(mentions) if i not in inside]

    def _keep_as_acronyms(self, keys: frozenset[str]) -> None:
        """(Re)build the keep matcher: the keep list's one-word acronyms with these keys only in capitals."""
        acronyms = frozenset(normalise(k).casefold() for k in self._keep_all
                             if k.isupper() and gz.phrase_key(k) in keys)
        self.keep = FormMatcher(((k, "keep") for k in self._keep_all), any_case=True, capitals=acronyms)
        self._keep_forms = {normalise(k).casefold() for k in self._keep_all} - acronyms
        self._keep_acronyms = acronyms
        self._keep_cache = {}

    def _acronyms_named_by_people(self, mentions: Sequence[Mention]) -> frozenset[str]:
        """Keep-list acronyms that a person's full name found in the draft spells in title case ("Sudi
        Okafor" beside "SUDI"): in this draft that word is a name wherever it is not in capitals."""
        firsts: set[str] = set()
        for m in (m for m in mentions if m.entity == cat.PERSON):
            name = normalise(m.text)
            bare = strip_title(name).split()
            if len(name.split()) >= 2 and bare and not bare[0].isupper():
                firsts.add(bare[0].casefold())
        return gz.acronym_keys() & firsts  # the vocabulary's, never a board's area in capitals ("DUDLEY LSCB")

    def _vocabulary_word(self, word: str) -> bool:
        """Whether a word is keep vocabulary here: an acronym written as this draft's name ("Sudi") is not."""
        return gz.is_keep_phrase(word) and not (normalise(word).casefold() in self._keep_acronyms
                                                and not word.isupper())

    def _is_keep_form(self, text: str) -> bool:
        """Whether ``text`` is a whole keep phrase (an acronym that spells a name only in capitals)."""
        key = normalise(text).casefold()
        return key in self._keep_forms or (key in self._keep_acronyms and text.isupper())

    def in_keep(self, mention: Mention, segment_text: str) -> bool:
        """Whether a mention is public: inside a keep-list phrase, or made only of keep phrases and
        generic words ("Dudley Children's Services" when Dudley is kept; "Derby Serious Case Review").

        Identifiers, addresses and dates of birth are never kept this way.
        """
        if mention.entity in _STRUCTURED:
            return False
        if mention.joined:
            # A part of a name a page break splits ("Autumn" of "Autumn Burns-Smith", "Metropolitan Police"
            # of "Metropolitan Police Service") is judged whole, by the rules its words meet within a page.
            whole = normalise(mention.joined)
            hits = [(h.start, h.end) for h in self.keep.finditer(whole)]
            return self._kept_words(whole, mention.entity, whole, 0, len(whole), hits)
        s, e = mention.start, mention.end
        hits = self._keep_overlapping(mention.segment_id, segment_text, s, e)
        if mention.entity == cat.ORGANISATION and not is_guess(mention) and _branded(mention.text) \
                and not any(a <= s and e <= b for a, b in hits):
            return False  # "Aspire Recovery Partnership": a brand's word before the kind of body it is
        return self._kept_words(mention.text, mention.entity, segment_text, s, e, hits)

    def _held_by_keep(self, mention: Mention, segment_text: str) -> bool:
        """Whether a keep phrase holds all of a form's occurrence, as verification requires of a form left
        standing: one holding only part of it ("Hope Brennan" in "Brennan Review Guidance") leaves a survivor."""
        if mention.entity in _STRUCTURED:
            return False
        s, e = mention.start, mention.end
        return self._is_keep_form(mention.text) or any(
            a <= s and e <= b for a, b in self._keep_overlapping(mention.segment_id, segment_text, s, e))

    def _kept_words(self, name: str, entity: str, text: str, s: int, e: int, hits: list[tuple[int, int]]) -> bool:
        """Whether ``name`` (``text[s:e]``, a finding of ``entity``) is public given the keep phrases ``hits``
        overlapping it in ``text``."""
        if self._is_keep_form(name):
            return True
        if any(a <= s and e <= b for a, b in hits):
            return True
        inside = [(max(a, s) - s, min(b, e) - s) for a, b in hits]
        if not inside or entity not in (cat.PERSON, cat.LOCATION, cat.ORGANISATION):
            return False
        if entity != cat.PERSON and gz.police_force(name):
            # A listed force names the area it polices, whatever its words ("Metropolitan Police Service",
            # "West Midlands Police"): only a keep phrase that is itself a listed force's name (the board's
            # own force, the register's keep list, a force with a national remit) makes it public.
            return any(gz.police_force(text[a:b]) for a, b in hits)
        if entity == cat.ORGANISATION and gz.org_kind(name) in gz.PLACES_OF_CARE and not is_nhs_body(name):
            return False  # "Peterborough Children's Hospital": the board's area, but where the child was
        if entity == cat.ORGANISATION and is_unit(name):
            return False  # "3rd Battalion, The Gurkha Rangers": one unit, at one base, though "Gurkha" is public
        title = _TITLE_RX.match(name) if entity == cat.PERSON else None
        if title is not None:
            # "Ms Page": a title makes the word after it a surname, whatever else it is; only a keep phrase
            # holding the whole name after the title ("Dr Jane Smith" when Jane Smith chairs the panel) keeps it.
            # A keep phrase that starts at the word after the title and runs on past the finding is that
            # public person's full name, which the finding cut short ("Professor Elizabeth" of the author
            # "Elizabeth West", whose surname is also a compass word).
            named = len(name[title.end():].split()) >= 2
            end = s + len(strip_post_nominals(name))  # "The Rt Hon Michael Gove MP": the name ends before "MP"
            return any(a <= s + title.end() and end <= b and (named or (a == s + title.end() and end < b
                       and len(text[a:b].split()) >= 2)) for a, b in hits)
        full = text[s:e]
        return not identifying_words_remain(full, _blank(full, inside), entity, self._lower_words)

    def is_public(self, m: Mention) -> bool:
        """Whether a detected mention is public by what it is or where it stands: a nation, region or
        London, a metropolitan county or a police force's region; a statutory NHS body, a national body or a
        state's; a public body's website or role mailbox; or a name, web address or date inside a citation or
        reference-list entry.
        Personal identifiers are never public. A part of a finding a page break splits is judged by its
        whole text."""
        name = normalise(m.joined) if m.joined else m.text
        if m.entity == cat.LOCATION and (is_national_place(name) or is_regional_place(name)):
            return True
        if m.entity == cat.ORGANISATION and (is_nhs_body(name) or is_national_body(name) or is_state_body(name)
                                             or is_regional_fire_service(name)):
            return True
        if m.entity == cat.URL and is_public_url(name):
            return True
        if m.entity == cat.EMAIL_ADDRESS and is_public_email(name):
            return True
        if m.text in self._office_details and is_office_detail(m.entity, m.text):
            return True
        if m.entity in NAME_ENTITIES and m.entity != cat.PERSON and self._in_contact_card(m):
            return True  # the office's building, street and town ("St Blaise Building, Civic Centre, Bromley")
        if self._letterhead_words and m.entity in (cat.ORGANISATION, cat.LOCATION) and len(name.split()) >= 2 \
                and re.search(rf"(?<!\w){re.escape(' '.join(name.split()))}(?!\w)", self._letterhead_words):
            return True  # the letterhead's building or street written again ("London Road"; a town alone is not)
        if m.entity != cat.PERSON and m.entity != cat.DATE_OF_BIRTH and self._in_licence_notice(m):
            return True
        if m.entity not in NAME_ENTITIES and m.entity not in (cat.URL, cat.DATE_DAY):
            return False
        return any(a <= m.start and m.end <= b for a, b in self._cited(m.segment_id))

    def _in_contact_card(self, m: Mention) -> bool:
        """Whether a mention is inside a public body's contact card, or the letterhead that opens the
        report, that names no person."""
        cards = self._cards_cache.get(m.segment_id)
        if cards is None:
            text = self._segments[m.segment_id].text
            cards = self._cards_cache[m.segment_id] = contact_cards(text)
            if m.segment_id in self._letterhead:
                cards.append(self._letterhead[m.segment_id])  # the report's own letterhead, before its title
        people = self._people.get(m.segment_id, [])
        return any(a <= m.start and m.end <= b and not any(s < b and a < e for s, e in people) for a, b in cards)

    def _in_licence_notice(self, m: Mention) -> bool:
        """Whether a mention is inside a Crown copyright / Open Government Licence notice."""
        spans = self._licence_cache.get(m.segment_id)
        if spans is None:
            spans = self._licence_cache[m.segment_id] = licence_notices(self._segments[m.segment_id].text)
        return any(a <= m.start and m.end <= b for a, b in spans)

    def _cited(self, segment_id: str) -> list[tuple[int, int]]:
        spans = self._cited_cache.get(segment_id)
        if spans is None:
            seg = self._segments[segment_id]
            spans = cited_spans(seg.text, continued=seg.kind == "page")
            self._cited_cache[segment_id] = spans
        return spans

    def _written_as_words(self, m: Mention) -> bool:
        """Whether a pair of dictionary words read as a name ("Ever Shake" of a campaign's title) is words: the
        draft writes its second word in lower case after the first too ("\u2018Never, Ever shake a Baby\u2019"),
        where a surname keeps its capital wherever its name is written."""
        words = m.text.split()
        if m.recognizer != _PERSON_RULES or WORD_PAIR_REASON not in m.explanation or len(words) != 2 \
                or not words[1][:1].isupper() or words[1].isupper():
            return False
        pair = re.compile(rf"(?<![\w'\u2019-]){re.escape(words[0])}\s+{re.escape(words[1][0].lower() + words[1][1:])}"
                          r"(?![\w'\u2019-])")
        return any(pair.search(seg.text) for seg in self.document.segments)

    def _keep_overlapping(self, segment_id: str, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Keep-phrase occurrences overlapping ``start:end`` (all of a segment's are found once).

        Overlapping phrases are all found, as verification finds them: "the North" does not hide
        "North West" in "the North West".
        """
        cached = self._keep_cache.get(segment_id)
        if cached is None:
            hits = sorted({(h.start, h.end) for h in self.keep.finditer(text, overlapping=True)})
            cached = self._keep_cache[segment_id] = (hits, list(accumulate((b for _, b in hits), max)))
        hits, reach = cached  # reach[i]: the furthest end of hits[0..i]
        i = bisect.bisect_left(hits, (end, end))
        out = []
        while i > 0 and reach[i - 1] > start:
            i -= 1
            if hits[i][1] > start:
                out.append(hits[i])
        return out

    def add_mentions(self, mentions: Sequence[Mention]) -> list[Mention]:
        """Attach detected mentions to entities, creating new entities as needed.

        NER guesses are first weighed against the rules' findings (:func:`reconcile`); a guess made of
        names already known plus filler ("Winston and Bartosz", "Success with Winston") adds no entity.

        Returns:
            The mentions that were kept (not inside a keep phrase, not a combination of known names).
        """
        texts = {s.id: s.text for s in self.document.segments}
        if spelt := self._acronyms_named_by_people(mentions) - self._keep_acronyms:
            self._keep_as_acronyms(spelt | gz.name_acronym_keys())
        mentions = reconcile(mentions, texts, self._lower_words)
        mentions = self._without_days_of_dated_days(mentions)
        mentions = [m for m in mentions if not self._written_as_words(m)]
        mentions = [self._abbreviated_person(m, texts[m.segment_id]) for m in mentions]
        mentions = self._unjoined_at_keep_phrases(mentions, texts)
        # A public body's published contact card (naming no person) holds office details, public wherever written.
        # A name inside an address that also names the building by it is the street's ("Galley Hill Centre," /
        # "Galley Hill,"), no one's.
        address_spans: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        for m in mentions:
            if m.entity == cat.UK_ADDRESS:
                address_spans[m.segment_id].append((m.start, m.end))
        mentions = [m for m in mentions if not (m.entity == cat.PERSON and _inside(m, address_spans[m.segment_id])
                                                and _names_a_building_nearby(m, texts[m.segment_id]))]
        self._people = defaultdict(list)
        for m in mentions:  # (a guess that is a place or holds a digit, "Bromley", "Room B40A", names no one)
            if m.entity == cat.PERSON and not (is_guess(m) and (gz.is_uk_place(m.text) or any(
                    c.isdigit() for c in m.text))):
                self._people[m.segment_id].append((m.start, m.end))
        self._office_details = {m.text for m in mentions if is_office_detail(m.entity, m.text)
                                and self._in_contact_card(m)}
        # A place inside an NHS body's name ("Eastvale" in "Eastvale Community Health Services") is public too.
        bodies = defaultdict(list)
        self._rule_bodies = defaultdict(list)  # the bodies the rules read, public or not (see add_lone_first_names)
        for m in mentions:
            if m.entity == cat.ORGANISATION and is_nhs_body(m.text):
                bodies[m.segment_id].append((m.start, m.end))
            if m.entity == cat.ORGANISATION and not is_guess(m):
                self._rule_bodies[m.segment_id].append((m.start, m.end))
        # A personal title alone names no one ("… and Mr" cut back at a page's footer, its surname on the next page).
        mentions = [m for m in mentions if not (m.entity == cat.PERSON and not m.joined and is_title(m.text))]
        # A month's abbreviation after a word of time ("… In Feb" at a page's end, its year on the next page), or
        # written as a date's month ("Jun \u2013 Aug 2023"), is a date's month, though "Jan" is a first name too.
        mentions = [m for m in mentions if not (
            m.entity == cat.PERSON and m.text.casefold() in _MONTH_SHORT
            and (_TIME_WORD_BEFORE.search(texts[m.segment_id], max(0, m.start - 30), m.start)
                 or is_month_of_date(texts[m.segment_id], m.start, m.end)))]
        kept, public_people = [], []
        for m in mentions:
            if self.in_keep(m, texts[m.segment_id]):
                if m.entity == cat.PERSON:
                    public_people.append(m)
            elif not self.covers_register_name(m) and not self.is_public(m) \
                    and not (m.entity in NAME_ENTITIES and _inside(m, bodies[m.segment_id])):
                kept.append(m)
        self._public_surnames = _public_surnames(kept, public_people)
        kept = _without_public_surnames(kept, self._public_surnames, texts)
        public_names = {tuple(w.casefold() for w in words) for m in public_people
                        if len(words := strip_title(normalise(m.text)).split()) >= 2}
        kept = [m for m in kept if not (m.entity == cat.EMAIL_ADDRESS and _a_public_persons_mailbox(m.text,
                                                                                                     public_names))]
        # Surnames the draft writes after a title ("Ms Swift"): a full name ending in one is a person's.
        self._titled = {normalise(m.text).split()[-1].casefold() for m in kept
                        if m.entity == cat.PERSON and _TITLE_RX.match(normalise(m.text)) and len(m.text.split()) >= 2}
        # Surnames of people a rule read in full ("Aahil Best"): a family shares them.
        self._rule_surnames = {normalise(m.text).split()[-1].casefold() for m in kept
                               if m.entity == cat.PERSON and m.recognizer == _PERSON_RULES
                               and m.score >= _CONFIDENT_RULE_SCORE
                               and len(strip_title(normalise(m.text)).split()) >= 2}
        kept = [self._titled_surname_ends(m, texts[m.segment_id]) for m in kept]
        kept = _by_the_guessers_majority(kept)
        # A place inside an organisation's name that a rule read ("Aldershot" in "Aldershot District General
        # Hospital") is part of that name, replaced with it: no place of its own there (still a place used).
        # So is a town, or a street read as a person, inside an address ("86 Porter Skyway, Folkestone …").
        # A town inside a person's full name that a rule read is the person's surname ("Aldridge" in "PC Jenny
        # Aldridge"): no place there, nor a place used.
        named: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        people: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        addresses: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        for m in kept:
            if m.entity == cat.ORGANISATION and not is_guess(m):
                named[m.segment_id].append((m.start, m.end))
            elif m.entity == cat.PERSON and not is_guess(m) and len(strip_title(normalise(m.text)).split()) >= 2:
                people[m.segment_id].append((m.start, m.end))
            elif m.entity == cat.UK_ADDRESS:
                addresses[m.segment_id].append((m.start, m.end))
        kept = [m for m in kept if not (m.entity == cat.LOCATION and _strictly_inside(m, people[m.segment_id]))]
        # That surname alone before a verb only people do ("Aldridge later said …") or before "family" is the person
        # (the family) too; so is the first name alone before such a verb, or with a possessive before a noun ("Devon
        # worked", "Devon's public profile" of Devon Pascoe).
        names = [strip_title(normalise(texts[segment][a:b])).split() for segment, spans in people.items()
                 for a, b in spans]
        surnames, given = {w[-1].casefold() for w in names}, {w[0].casefold() for w in names}

        def persons_name(m: Mention) -> str | None:
            text, key = texts[m.segment_id], m.text.casefold()
            verb = _PEOPLE_VERB_LATER.match(text, m.end) is not None
            if key in surnames and (verb or _FAMILY_AFTER.match(text, m.end)):
                return "the surname"
            if key in given and (verb or _POSSESSIVE_BEFORE_NOUN.match(text, m.end)):
                return "the first name"
            return None

        kept = [replace(m, entity=cat.PERSON, explanation=f"{m.explanation}; {part} of someone named in full, before "
                        "a verb only people do") if m.entity == cat.LOCATION and (part := persons_name(m)) else m
                for m in kept]
        # (A guess that reads a first name the rules read in a full name as a place is no place: "Riley-Jay" of
        # "Riley-Jay BRADSHAW".)
        first_names = {words[0].casefold() for m in kept if m.entity == cat.PERSON and not is_guess(m)
                       and len(words := strip_title(normalise(m.text)).split()) >= 2}
        self._places_used = {normalise(m.text).casefold() for m in kept
                             if (m.entity == cat.LOCATION and not (is_guess(m) and m.text.casefold() in first_names))
                             or (m.entity == cat.ORGANISATION and not is_guess(m))}
        kept = [m for m in kept if not (
            (m.entity == cat.LOCATION and _strictly_inside(m, named[m.segment_id]))
            or (m.entity in (cat.LOCATION, cat.PERSON) and _strictly_inside(m, addresses[m.segment_id])))]
        # Dates of birth first, so a date also read as a plain date joins the date of birth; then people,
        # longer names first (a title aside: "Flt Lt Qureshi" is one word of a name), so "Chloe Hartley" exists
        # before a lone "Chloe" looks for its owner (and a guess joining names, "Ikenna Mensah / MF", comes after
        # the names it joins).
        order = sorted(kept, key=lambda m: (m.entity != cat.DATE_OF_BIRTH, m.entity != cat.PERSON,
                                            is_guess(m) and _JOINER.search(m.text) is not None,
                                            -len(strip_title(normalise(m.text)).split()), -len(m.text)))
        attached = []
        derived = False
        for m in order:
            if not derived and m.entity != cat.PERSON and m.entity != cat.DATE_OF_BIRTH:
                self._derive_person_forms()
                derived = True
            if is_guess(m) and self._combines_known_names(m, texts[m.segment_id]):
                continue
            ent = self._owner(m, texts[m.segment_id])
            ent.add_detection(m)
            attached.append(m)
            if m.recognizer == _UNITS and (short := short_form_after(texts[m.segment_id], m.end)):
                self._add_form(ent, short)  # "(2 WR)" after the unit: its short form, the same unit
        if not derived:
            self._derive_person_forms()
        self._break_keep_phrases(attached)
        return attached

    def _break_keep_phrases(self, attached: list[Mention]) -> None:
        """A keep phrase that a name the rules found starts inside and runs out of ("Sylhet Star" of "Sylhet Star
        Travels", read as a person's "Star Travels") is broken by that name's replacement: it holds its other words
        no longer, or they would stand in the output, no keep phrase around them, as survivors."""
        broken: defaultdict[str, set[tuple[int, int]]] = defaultdict(set)
        for m in attached:
            if is_guess(m) or m.joined:
                continue
            text = self._segments[m.segment_id].text
            broken[m.segment_id].update((a, b) for a, b in self._keep_overlapping(m.segment_id, text, m.start, m.end)
                                        if (a < m.start < b < m.end) or (m.start < a < m.end < b))
        for segment_id, spans in broken.items():
            if spans:
                hits = [h for h in self._keep_cache[segment_id][0] if h not in spans]
                self._keep_cache[segment_id] = (hits, list(accumulate((b for _, b in hits), max)))

    def _titled_surname_ends(self, m: Mention, text: str) -> Mention:
        """A guessed place or organisation of two or three plain capitalised words ending in a surname the
        draft writes after a title ("Kelechiwa Ubondu" where it also writes "Mrs Ubondu") is that family's
        person; one with an organisation word or a listed place in it stays what it was, unless it is a
        listed first name and the titled surname ("Aislinn Church" beside "Mrs Church"), which makes even a
        rule's organisation a person. A guess opening with a listed first name that is also an organisation
        word ("Charity Obi" beside "Mrs Obi") is a person too."""
        if m.entity == cat.PERSON:
            return m
        words = normalise(m.text).split()
        if len(words) == 2 and is_guess(m) and words[-1].casefold() in self._rule_surnames \
                and words[-1].casefold() not in self._titled and self._family_given_name(words):
            return Mention(m.segment_id, m.start, m.end, m.text, cat.PERSON, m.score, m.recognizer,
                           m.explanation + "; a first name before the surname of a person named in full", m.joined)
        if not 2 <= len(words) <= 3 or words[-1].casefold() not in self._titled:
            return m
        # A listed first name (no word too) before it makes even a rule's organisation a person's name:
        # "Aislinn Church" where the draft writes "Mrs Church" (a head word the rule took as a church's).
        first_name = len(words) == 2 and ((gz.is_first_name(words[0]) and not gz.is_english_word(words[0])) or (
            self._abbreviated_as_person(m, words, text) and self._unknown_given_name(words[0])))
        if not is_guess(m) and not (m.entity == cat.ORGANISATION and first_name):
            return m
        head = gz.org_head(words[-1])
        if head is not None and not first_name and not (head[1] and not gz.is_english_word(words[0])):
            return m  # a weak organisation word ("Hall") is the titled surname only after a name-like word
        # An organisation word closes an organisation's name: one opening a two-word guess that is a listed
        # first name is the first name ("Charity Obi" beside "Mrs Obi"), as the head word it is not.
        given = len(words) == 2 and is_guess(m) and gz.is_first_name(words[0]) and head is None
        if any(not (_plain_word(w) and w[:1].isupper() and not w.isupper())
               or ((gz.org_head(w) is not None or w.casefold() in gz.generic_words()) and not given)
               or gz.is_uk_place(w) for w in words[:-1]) \
                or not _plain_word(words[-1]) or gz.is_uk_place(words[-1]):
            return m
        return Mention(m.segment_id, m.start, m.end, m.text, cat.PERSON, m.score, m.recognizer,
                       m.explanation + "; ends in a surname the draft writes after a title", m.joined)

    @staticmethod
    def _abbreviated_as_person(m: Mention, words: list[str], text: str) -> bool:
        """Whether the draft defines a person's initials for the name ("Widisha Church (WC)")."""
        defined = _DEFINED_INITIALS.match(text, m.start)
        return defined is not None and normalise(defined.group(1)) == normalise(m.text) \
            and defined.group(2).replace(".", "") == "".join(w[0] for w in words).upper()

    def _family_given_name(self, words: list[str]) -> bool:
        """Whether a guessed two-word name is a first name no dictionary knows before a family's surname
        ("Baaqir Best" beside "Aahil Best"): no place, organisation word or other word of the draft."""
        first, surname = words
        if not (_plain_word(surname) and surname[:1].isupper() and not surname.isupper()):
            return False
        if gz.is_uk_place(surname) or gz.org_head(surname) is not None or first.casefold() == surname.casefold():
            return False
        return self._unknown_given_name(first)

    def _unknown_given_name(self, first: str) -> bool:
        """Whether a capitalised word can be a first name no list knows: no dictionary word, place,
        organisation word or word the draft writes in lower case."""
        if not (_plain_word(first) and first[:1].isupper() and not first.isupper()):
            return False
        if gz.is_english_word(first) or gz.is_uk_place(first) or gz.org_head(first) is not None \
                or first.casefold() in gz.generic_words():
            return False
        return name_like(first, self._lower_words)

    def _combines_known_names(self, m: Mention, segment_text: str) -> bool:
        """Whether a guessed name is only other entities' names plus filler and keep phrases ("Winston and
        Bartosz", "Yawer Ubay of Wiltshire Police").

        It must join two or more known entities, or hold a known person's name inside a guessed place
        or organisation ("Success with Winston"); a title with a known surname ("Mrs Bhogal") is the
        person's own form, not a combination.
        """
        if normalise(m.text).casefold() in self._by_form:
            return False
        parts = self._known_parts(m.text)
        owners = {self._by_form[key].id for _, _, key in parts}
        if not owners:
            return False
        if len(owners) == 1:
            only = self._by_id[next(iter(owners))]
            if m.entity == cat.PERSON or only.type != "PERSON" or only.source == "register":
                return False
        # Keep phrases in it are public ("Yawer Ubay of Wiltshire Police"): the person's name is linked as
        # theirs, and the force's name stands.
        public = [(h.start, h.end) for h in self.keep.finditer(m.text, overlapping=True)]
        rest = _TITLE_WORDS.sub(" ", _blank(m.text, [(a, b) for a, b, _ in parts] + public
                                            + opening_word(m, segment_text)))
        return not identifying_words_remain(m.text, rest, m.entity, self._lower_words)

    def _known_parts(self, text: str) -> list[tuple[int, int, str]]:
        """Known forms inside ``text`` (longest first at each word), as (start, end, form key)."""
        words = [(w.start(), w.start() + len(gz.strip_possessive(w.group()))) for w in _NAME_WORD.finditer(text)]
        out = []
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 6) - 1, i - 1, -1):
                key = normalise(text[words[i][0]:words[j][1]]).casefold()
                if key in self._by_form:
                    out.append((words[i][0], words[j][1], key))
                    i = j
                    break
            i += 1
        return out

    def _derive_person_forms(self) -> None:
        """First-name, surname and title + surname forms for every confident detected person.

        A guess does not spread: forms come only from a person the rules (or a clear first name and
        surname) vouch for, and a one-word form only when it is itself name-like in this draft (not a
        place the draft names, not an organisation word, not a word the draft writes in lower case).
        """
        for ent in list(self.entities):
            if ent.source != "detected" or ent.type != "PERSON" or ent.id in self._derived:
                continue
            self._derived.add(ent.id)
            full = [strip_title(f) for f in ent.forms if len(strip_title(f).split()) >= 2]
            if not full:
                self._add_titled_surname_alone(ent)
                continue
            if not self._confident(ent):
                continue
            # The name as the draft writes it in running text: a heading's capitals ("CLIVE TOMLINSON") found
            # first are no spelling to judge a first name by ("CLIVE" is never written alone).
            written = [w for w in (strip_title(normalise(m.joined or m.text)) for m in ent.mentions)
                       if len(w.split()) >= 2 and not w.isupper() and w.casefold() in {f.casefold() for f in full}]
            # (in the order running text writes it: a record's "BAINBRIDGE, Summer" is no first name's)
            name = max(written or full, key=lambda f: ("," not in f, len(f)))
            surname = natural_order(name).split()[-1]  # (a record's "GEBREHIWOT, Selam": its first word)
            for form in _person_forms(name):
                if self._is_keep_form(form) or (form.isupper() and not name.isupper() and not (
                        form == surname and len(form) >= 3 and form.casefold() not in gz.acronym_keys()
                        and re.search("[AEIOUY]", form) is not None)  # (a role's letters have none: "PDSN")
                        and not _INITIAL_AND_LETTERS.fullmatch(form)):
                    continue  # (a role's capitals that opened the name: "HV" of "HV Joanne Pritchard"; a record's
                    # surname in capitals ends it: "Tudora ZICHICHI")
                if len(form.split()) == 1 and not self._name_like_form(form) and not (
                        form == name.split()[0] and self._used_alone_as_name(form, ent)) and not (
                        form == surname and self._names_a_family(form)):
                    continue
                if len(form.split()) == 2 and form.split()[0] in _TITLES and not _plain_word(form.split()[1]):
                    continue
                self._add_form(ent, form)

    def _names_a_family(self, surname: str) -> bool:
        """Whether the draft writes a surname that is also a word ("gates") as a family's name: "the Gates children",
        "Both Gates siblings", "the Gates family's home" (never a place, an organisation or a vocabulary word)."""
        key = surname.casefold()
        if not _plain_word(surname) or not surname[:1].isupper() or key in gz.FUNCTION_WORDS or key in _CALENDAR \
                or self._vocabulary_word(surname) or gz.org_head(surname) is not None or key in self._places_used:
            return False
        family = re.compile(rf"(?<![\w'\u2019-])(?i:the|both|all)[ \u00a0]+{re.escape(surname)}[ \u00a0]+"
                            r"(?i:famil(?:y|ies)|children|siblings|household|twins|boys|girls|brothers|sisters)\b")
        return any(family.search(seg.text) for seg in self.document.segments)

    def _add_titled_surname_alone(self, ent: Entity) -> None:
        """A person the draft names only by title and surname ("Mr Khan") is named by the surname alone too
        ("Khan's referral"), where the surname is name-like here, no place, and, if also a word ("khan"), used
        alone as a name somewhere ("Mr Page": "Page 3" is a page)."""
        for form in list(ent.forms):
            words = form.split()
            if len(words) != 2 or words[0] not in _TITLES or strip_title(form) != words[1]:
                continue
            surname = words[1]
            if self._name_like_form(surname) and not gz.is_uk_place(surname) and not self._is_keep_form(surname) \
                    and (not gz.is_english_word(surname) or self._used_alone_as_name(surname, ent)):
                self._add_form(ent, surname)

    def _confident(self, ent: Entity) -> bool:
        """Whether a detected person is vouched for: a rule read a full name or a title ("Mrs Okafor"),
        a reviewer's list or table column named them, or NER's guess of two or more words ends in a
        name-like word that is no English word ("Autumn Gaičiūnas"), starts with a clear first name
        ("Aimee Page"), is a listed first name and surname where the draft writes the first name alone as a name
        ("Summer Parker" … "Later Summer said"), is a name-like first name before the surname of a person the rules
        vouch for (a family shares it: "Zuvelo Wise" beside "Tomasina Wise"), or is a word no list knows before a
        listed surname ("Udarsh Dale") or before any surname where the draft also writes that word alone as
        a name ("Musafet Johnston" … "Later Musafet said")."""
        if self._vouched_by_rules(ent):
            return True
        for m in ent.mentions:
            if not is_guess(m):
                continue
            words = strip_title(normalise(m.joined or m.text)).split()
            if len(words) == 2 and _plain_word(words[1]) and gz.org_head(words[1]) is None \
                    and self._unknown_given_name(words[0]) and self._used_alone_as_name(words[0], ent, listed=False):
                return True  # "Musafet Johnston" (a town's name too) where the draft writes "Later Musafet said"
            if len(words) < 2 or not self._surname_like(words[-1]):
                continue
            if (not gz.is_english_word(words[-1]) and self._name_like_form(words[-1])) or (
                    gz.is_first_name(words[0]) and not gz.is_english_word(words[0])):
                return True  # "Autumn Gaičiūnas", "Aimee Page"; not "Royal Northfield" alone
            if len(words) == 2 and not gz.is_english_word(words[0]) and self._name_like_form(words[0]) \
                    and words[-1].casefold() in self._family_surnames(ent):
                return True
            if len(words) == 2 and gz.is_surname(words[-1]) and not gz.is_uk_place(words[-1]) \
                    and self._unknown_given_name(words[0]) and not self._vocabulary_word(words[0]):
                return True  # "Udarsh Dale": a word no list knows before a listed surname, an ordinary word too
            if len(words) == 2 and gz.is_first_name(words[0]) and gz.is_surname(words[-1]) \
                    and not gz.is_uk_place(words[-1]) and self._used_alone_as_name(words[0], ent):
                return True  # "Summer Parker" where the draft writes "Later Summer said": two words, both names
        return False

    def _vouched_by_rules(self, ent: Entity) -> bool:
        """Whether a rule, a list or the draft's own titles vouch for a detected person (no guess alone): a
        weak rule reading (a first name and surname that are both ordinary words) counts where the draft
        also writes the first name on its own as a name, or writes neither word as a word ("Kerry Walsh")."""
        if ent.id in self._vouched:
            return True
        for m in ent.mentions:
            words = strip_title(normalise(m.joined or m.text)).split()
            if len(words) >= 2 and words[-1].casefold() in self._titled:
                return True  # "Amelia Swift" where the draft also writes "Ms Swift"
            if m.recognizer == _PERSON_RULES:
                if m.score >= _CONFIDENT_RULE_SCORE:
                    return True
                if len(words) == 2 and gz.is_first_name(words[0]) and self._used_alone_as_name(words[0], ent):
                    return True  # "Mason Hunt" (two ordinary words) where the draft writes "… concerning Mason."
                if len(words) == 2 and gz.is_first_name(words[0]) and self._surname_like(words[1]) \
                        and not any(self._written_as_a_word(w) for w in words):
                    return True  # "Kerry Walsh": words of a dictionary, but this draft writes neither as a word
            elif not is_guess(m):
                return True
        return False

    def _written_as_a_word(self, word: str) -> bool:
        """Whether the draft writes ``word`` in lower case (as "masons" or "mason's" too), or it is a month, a
        season or safeguarding vocabulary ("Foster"): an ordinary word here, whatever it names elsewhere."""
        key = word.casefold()
        return any(k in self._lower_words for k in (key, f"{key}s", f"{key}'s", f"{key}\u2019s")) \
            or key in _CALENDAR or key in gz.generic_words() or self._vocabulary_word(word)

    def _family_surnames(self, other_than: Entity) -> set[str]:
        """Surnames (folded) of the full names of other people the rules vouch for."""
        return {strip_title(f).split()[-1].casefold() for e in self.entities
                if e is not other_than and e.source == "detected" and e.type == "PERSON" and self._vouched_by_rules(e)
                for f in e.forms if len(strip_title(f).split()) >= 2}

    def _surname_like(self, word: str) -> bool:
        """A word that can end a person's name here: letters, not an organisation word or a place the
        draft names ("Surgery", "Northfield" when the draft has the town)."""
        return _plain_word(word) and gz.org_head(word) is None and word.casefold() not in self._places_used

    def _name_like_form(self, word: str) -> bool:
        """Whether a lone word taken from a person's name would still name them in this draft."""
        key = word.casefold()
        if not _plain_word(word) or len(word) < 2 or not word[:1].isupper():
            return False
        if key in gz.FUNCTION_WORDS or key in gz.generic_words() or self._vocabulary_word(word) or key in _CALENDAR:
            return False
        if gz.org_head(word) is not None or key in self._lower_words or key in self._places_used:
            return False
        return not (gz.is_uk_place(word) and not (gz.is_first_name(word) or gz.is_surname(word)))

    def _used_alone_as_name(self, word: str, person: Entity, listed: bool = True) -> bool:
        """Whether a first name that is also an ordinary word here ("Job", "Hope", "Will") stands on its own
        as a name somewhere in the draft: written in title case where a capital means something (not opening
        a sentence, heading or list item, unless a verb only people do follows: "3.79 Miles visited"), not
        after an article, and not running on into another capitalised word or a number ("Hope Street",
        "Summer 2016"). Its other forms stay name-like checks.

        An organisation word ("Charity", "Trust") must also never be written as a thing (see
        :meth:`_never_a_thing`): it would be replaced wherever it is written with a capital. A word no list
        holds is asked about with ``listed`` False ("Musafet")."""
        key = word.casefold()
        if (key, listed) in self._alone_cache:
            return self._alone_cache[key, listed]
        self._alone_cache[key, listed] = False
        month = key in _MONTH_NAMES
        if not (_plain_word(word) and word[:1].isupper() and (gz.is_first_name(word) or not listed)) \
                or (key in _CALENDAR and not month) \
                or key in gz.FUNCTION_WORDS or key in ROLE_WORDS \
                or (gz.org_head(word) is not None and not self._never_a_thing(word, person)) \
                or self._vocabulary_word(word) or key in self._places_used:
            return False
        alone = re.compile(rf"(?<![\w'\u2019&/.-]){re.escape(word)}(?![\w&/-])(?:['\u2019]s\b)?")
        for seg in self.document.segments:
            for hit in alone.finditer(seg.text):
                if month:  # a month's capital says nothing: a possessive or a verb only people do must follow
                    end = hit.start() + len(word)  # (the hit takes in a possessive)
                    if is_month_of_date(seg.text, hit.start(), end) or not (
                            hit.end() > end or PEOPLE_VERB_AFTER.match(seg.text, hit.end())):
                        continue
                    self._alone_cache[key, listed] = True
                    return True
                after = seg.text[hit.end():hit.end() + 40]
                before = seg.text[max(0, hit.start() - 12):hit.start()]
                # (a word quoted alone, "the death of “Ross”", is a name written so: its quote opens nothing)
                quoted = before.endswith(_QUOTES) and after[:1] in _QUOTES
                # (a possessive before a word in lower case, or a personal number's label, is someone's, where the
                # draft never writes the word in lower case: "Kerry's new tenancy", "Kerry's NHS number")
                # (before a relative, a possessive is a person's, though the draft writes the word: "Summer's mother")
                owned = hit.end() > hit.start() + len(word) and (
                    (key not in self._lower_words and _LOWER_WORD_NEXT.match(seg.text, hit.end()) is not None)
                    or _RELATIVE_NEXT.match(seg.text, hit.end()) is not None)
                by_position = typographic_capital(seg.text, hit.start()) and not quoted and not owned \
                    and not PEOPLE_VERB_AFTER.match(seg.text, hit.end())
                beside = _beside_another_person(after)
                if (by_position or in_heading(seg.text, hit.start(), hit.end())) and not (
                        beside or _after_another_person(seg.text[max(0, hit.start() - 40):hit.start()])):
                    continue  # a capital by position, unless a verb only people do follows ("3.79 Miles visited")
                    # or another person's name stands beside it ("Joanne and Summer", a heading naming children)
                if (_ARTICLE_BEFORE.search(before) or (_RUNS_ON.match(after) and not owned)) and not beside:
                    continue
                self._alone_cache[key, listed] = True
                return True
        return False

    def _never_a_thing(self, word: str, person: Entity) -> bool:
        """Whether the draft never writes ``word`` with a capital as a thing: after an article ("the Trust"),
        or beside another capitalised word ("Barnardo's Charity", "Charity Commission"), apart from the
        person's own full name and keep phrases."""
        surnames = {f.split()[-1] for f in person.forms if len(f.split()) >= 2 and f.split()[0] == word}
        written = re.compile(rf"(?<![\w'\u2019&/.-]){re.escape(word)}(?![\w&/-])")
        for seg in self.document.segments:
            for hit in written.finditer(seg.text):
                after = seg.text[hit.end():hit.end() + 40]
                before = seg.text[max(0, hit.start() - 40):hit.start()]
                if any(re.match(rf"[ \u00a0]+{re.escape(s)}(?![\w-])", after) for s in surnames):
                    continue  # the person's full name
                if any(a <= hit.start() and hit.end() <= b
                       for a, b in self._keep_overlapping(seg.id, seg.text, hit.start(), hit.end())):
                    continue
                previous = _CAPITALISED_BEFORE.search(before)
                if _ARTICLE_BEFORE.search(before) or _RUNS_ON.match(after) or (
                        previous is not None and previous.group(1).casefold() not in gz.FUNCTION_WORDS
                        and previous.group(1).casefold() not in _CALENDAR):
                    return False
        return True

    def _owner(self, m: Mention, segment_text: str) -> Entity:
        if m.joined:
            # A part of a name a page break splits belongs to the whole name's owner.
            m = Mention(m.segment_id, m.start, m.end, m.joined, m.entity, m.score, m.recognizer, m.explanation)
        norm = normalise(m.text)
        found = self._by_form.get(norm.casefold())
        if found is not None and m.entity == cat.PERSON and found.type == "PERSON" \
                and self._relative_of(found, segment_text, m.start):
            return self._relative(m, norm, found)
        if found is not None and not (m.entity == cat.DATE_OF_BIRTH and found.kind != "date_of_birth"):
            return found
        if m.entity in _STRUCTURED or m.entity == cat.DATE_DAY:
            # A date of birth and the same date read as a plain date share a key (the DOB wins).
            family = "DATE" if m.entity in (cat.DATE_OF_BIRTH, cat.DATE_DAY) else m.entity
            key = f"{family}:{identifier_key(m.text)}"
            if family == "DATE" and (day := parse_date(norm)) is not None and None not in (day.year, day.month,
                                                                                          day.day):
                key = f"DATE:{day.year:04}-{day.month:02}-{day.day:02}"  # one day however written ("3rd September
                # 2021", "3 September 2021", "03/09/2021"): one date, one decision
            ent = self._by_key.get(key)
            if ent is None:
                context = segment_text[max(0, m.start - 80): m.end + 80]
                ent = self._new(m, detected_kind(m.entity, norm, context))
                self._by_key[key] = ent
            else:
                self._add_form(ent, norm)
            return ent
        if m.entity == cat.PERSON:
            bare = strip_title(norm)
            owner = self._person_owner(bare)
            if owner is not None and self._relative_of(owner, segment_text, m.start):
                return self._relative(m, norm, owner)
            if owner is not None:
                self._add_form(owner, norm)
                return owner
        if m.entity == cat.PERSON and KNOWN_AS_REASON in m.explanation \
                and (named := self._goes_by(m, segment_text)) is not None:
            self._add_form(named, norm)  # 'Amelia-Rose Whitfield was known as "Millie"': her name too
            return named
        if m.entity == cat.PERSON and SUBJECT_REASON in m.explanation:
            return self._new(m, "child")  # the child the review is about, by its cover (its paragraph says no more)
        return self._new_by_context(m, norm, segment_text)

    def add_short_forms(self) -> None:
        """A common short form of a confident person's first name ("Mo" of Mohammed Iqbal, "Tom" of Thomas
        Brennan) that the draft writes alone with its capital is that person's form, where it shortens no
        other person's first name and the draft never writes it in lower case ("Will": "it will")."""
        owners: dict[str, set[str]] = defaultdict(set)
        for ent in self.entities:
            if ent.source != "detected" or ent.type != "PERSON" or not self._confident(ent):
                continue
            for form in ent.forms:
                words = strip_title(form).split()
                if len(words) >= 2:
                    for short in gz.short_forms_of(words[0]):
                        owners[short].add(ent.id)
        shorts = {short.title(): next(iter(ids)) for short, ids in owners.items() if len(ids) == 1
                  and short not in self._by_form and short not in self._lower_words and len(short) >= 2
                  and short not in gz.FUNCTION_WORDS and not self._is_keep_form(short.title())}
        if not shorts:
            return
        # Alone: no capitalised word runs on before or after it ("Tom Hill" is someone else).
        written = re.compile(r"(?<![\w'\u2019&/.-])(" + "|".join(map(re.escape, shorts))
                             + r")(?![\w&/-])(?!['\u2019](?!s\b))(?! [A-Z])")
        for seg in self.document.segments:
            for hit in written.finditer(seg.text):
                before = _CAPITALISED_BEFORE.search(seg.text, max(0, hit.start() - 40), hit.start())
                if before is not None and not gz.is_english_word(before.group(1)):
                    continue  # a name's later word ("Ikenna Tom")
                ent = self._by_id[shorts[hit.group(1)]]
                if hit.group(1) not in ent.forms:
                    self._add_form(ent, hit.group(1))

    def _relative(self, m: Mention, norm: str, person: Entity) -> Entity:
        """A new adult for ``person``'s relative named by title and the family's surname ("Dean's mother, Mrs
        Hollis"), who takes that titled form from ``person``."""
        relative = self._new(m, "adult")
        if norm in person.forms:
            person.forms.remove(norm)
        self._by_form[norm.casefold()] = relative
        relative.forms.append(norm)
        return relative

    def _relative_of(self, person: Entity, text: str, start: int) -> bool:
        """Whether the words before ``start`` name ``person``'s relative there ("Dean's mother, Mrs Hollis")."""
        m = _RELATIVE_BEFORE.search(text, max(0, start - 60), start)
        if m is None:
            return False
        whose = normalise(m.group("whose")).casefold()
        return any(whose == f.casefold() or whose == f.split()[0].casefold() for f in person.forms)

    def _person_around(self, text: str, start: int, end: int) -> Entity | None:
        """The person whose full name ends with ``text[start:end]`` and a word or two before it ("Muhammad Bilal
        Khan" around "Bilal Khan")."""
        before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
        if before is None:
            return None
        words = before.group().split()
        for k in range(1, len(words) + 1):
            if any(w.isupper() for w in words[-k:]):
                return None  # a role's capitals open the longer name ("HV Joanne Pritchard"): the inner is the name
            owner = self._by_form.get(normalise(" ".join([*words[-k:], text[start:end]])).casefold())
            if owner is not None and owner.type == "PERSON":
                return owner
        return None

    def _goes_by(self, m: Mention, segment_text: str) -> Entity | None:
        """The person named right before the words that give the name ``m`` someone goes by, in its sentence."""
        best: tuple[int, Entity] | None = None
        for ent in self.entities:
            if ent.type != "PERSON":
                continue
            for other in ent.mentions:
                if other.segment_id == m.segment_id and other.end <= m.start and m.start - other.end <= 60 \
                        and _GOES_BY_GAP.fullmatch(segment_text, other.end, m.start) \
                        and (best is None or other.end > best[0]):
                    best = (other.end, ent)
        return best[1] if best is not None else None

    def _person_owner(self, bare: str) -> Entity | None:
        """The one person whose name contains ``bare`` as its first name or surname, if unique."""
        words = bare.split()
        particles = len(words) >= 2 and all(w.casefold() in PARTICLES for w in words[:-1])
        if len(words) == 2 and len(words[1]) == 1 and words[1].isupper():
            # a given name and the surname's initial ("Hope B"): the one person of that given name and surname
            owners = {e.id for e in self.entities if e.type == "PERSON" and any(
                len(f.split()) >= 2 and f.split()[0].casefold() == words[0].casefold()
                and f.split()[-1][:1] == words[1] for f in e.forms)}
            if len(owners) == 1:
                return self._by_id[next(iter(owners))]
        if len(words) != 1 and not particles:
            return self._by_form.get(bare.casefold()) or self._by_bare_name.get(natural_order(bare).casefold())
        owners = self._name_parts.get(bare.casefold() if particles else words[0].casefold(), set())
        if not owners:
            # A short form of a first name used in the same draft ("Tom" for Thomas Brown).
            owners = {e.id for e in self.entities if e.type == "PERSON" and any(
                len(f.split()) >= 2 and nickname_of(words[0], f.split()[0]) for f in e.forms)}
        return self._by_id[next(iter(owners))] if len(owners) == 1 else None

    def _new_by_context(self, m: Mention, name: str, segment_text: str) -> Entity:
        """A new entity whose kind the words around ``m`` in its segment decide."""
        context = segment_text[max(0, m.start - _KIND_CONTEXT): m.end + _KIND_CONTEXT]
        return self._new(m, detected_kind(m.entity, name, context))

    def _new(self, m: Mention, kind: Kind) -> Entity:
        self._detected += 1
        return self._add(Entity(f"E{self._detected}",
                                normalise(m.text), m.type, kind, [normalise(m.text)], "detected"))

    def add_given_names(self) -> None:
        """A name-like word written directly before a confident person's surname ("Zuvelo Verrall-Obi" where
        the draft names Tomasina Verrall-Obi or Mrs Verrall-Obi) is a first name: the two words are a
        person's full name, and the first name a form of its own, though no name list knows it.

        The word must be capitalised as the surname is, and be no ordinary English word, function word,
        title, calendar word, place, organisation word, public phrase or word the draft writes in lower
        case: its capital alone (it may open a sentence) is no evidence. A listed first name that is also a
        word ("Heather") counts before a surname the draft writes after a title ("Ms Barker").
        """
        surnames: dict[str, str] = {}
        for ent in self.entities:
            if ent.source != "detected" or ent.type != "PERSON" or not self._confident(ent):
                continue
            for form in ent.forms:
                words = form.split()
                if len(words) < 2:
                    continue
                last = words[-1]
                # A surname that is also a word ("Best") still names the family before a first name; so does one
                # that is an organisation's word after a title ("Miss Hall": "Autumn Hall").
                titled = len(words) == 2 and words[0] in _TITLES and last.casefold() not in self._places_used
                if self._name_like_form(last) or (
                        _plain_word(last) and last[:1].isupper() and (self._surname_like(last) or titled)):
                    surnames.setdefault(last.casefold(), ent.id)
        if not surnames:
            return
        pattern = re.compile(r"(?<![\w'\u2019-])([^\W\d_][\w'\u2019-]*)[ \u00a0]+("
                             + "|".join(re.escape(k) for k in sorted(surnames, key=len, reverse=True))
                             + r")(?![\w-])", re.IGNORECASE)
        found = False
        for seg in self.document.segments:
            for hit in pattern.finditer(seg.text):
                word, surname = hit.group(1), hit.group(2)
                alone = _alone_on_line(seg.text, hit.start(), hit.end())
                if word.casefold() in surnames or not self._given_name_before(word, surname, alone):
                    continue
                full = normalise(hit.group())
                if full.casefold() in self._by_form:
                    continue
                m = Mention(seg.id, hit.start(), hit.end(), full, cat.PERSON, _CONFIDENT_RULE_SCORE,
                            _CONTEXT_NAMES, f"{_CONTEXT_NAMES}; a name-like word before the surname of a "
                            f"confident person")
                if self.in_keep(m, seg.text):
                    continue  # a public person ("Derek Benson, Independent Chair …") who shares the surname
                # Inside a longer name ("Bilal Khan" of "Muhammad Bilal Khan"), the words are that person's.
                whole = self._person_around(seg.text, hit.start(), hit.end())
                if whole is not None:
                    self._add_form(whole, m.text)
                owner = whole or self._owner(m, seg.text)  # (the owner ``_owner`` finds has the form already)
                owner.add_detection(m)
                found = True
        if found:
            self._derive_person_forms()

    def add_surnames_after_first_names(self) -> None:
        """A name-like word written directly beside a person the draft otherwise knows by one word ("Heracleea
        Aanei" on a running header where the text writes "Heracleea"; "Naathim Qaseem's parents" where a rule
        read "Qaseem" alone) completes their full name: the draft still names someone in full, and the other
        word is a form of its own.

        The word must be capitalised (all in capitals only after the name, as records write a surname: "Tudora
        ZICHICHI"), no ordinary English word, role, calendar word, place, organisation word or public phrase, and no
        form of someone else.
        """
        owners: dict[str, set[str]] = defaultdict(set)
        for ent in self.entities:
            if ent.source == "detected" and ent.type == "PERSON" \
                    and not any(len(strip_title(f).split()) >= 2 for f in ent.forms):
                for form in ent.forms:
                    if len(form.split()) == 1 and self._name_like_form(form):
                        owners[form].add(ent.id)
        known = {form: next(iter(ids)) for form, ids in owners.items() if len(ids) == 1}
        if not known:
            return
        alternation = "|".join(re.escape(f) for f in sorted(known, key=len, reverse=True))
        end = r"(?=['\u2019]s\b|(?![\w'\u2019-]))"  # the name's end, a possessive after it
        after = re.compile(rf"(?<![\w'\u2019-])(?P<known>{alternation})[ \u00a0]+(?P<word>[^\W\d_][\w-]*){end}")
        before = re.compile(rf"(?<![\w'\u2019-])(?P<word>[^\W\d_][\w-]*)[ \u00a0]+(?P<known>{alternation}){end}")
        # ... or alone in brackets beside it, as records write a surname and then the first name ("Owuor (Asmini)"):
        # the word in brackets is the form, no place ("Owuor (Leeds)": where they live)
        bracket, close = r"[ \u00a0]*\([ \u00a0]*", r"[ \u00a0]*\)"
        word = r"(?P<word>[^\W\d_][\w-]*)"
        in_brackets = (re.compile(rf"(?<![\w'\u2019-])(?P<known>{alternation}){bracket}{word}{close}"),
                       re.compile(rf"(?<![\w'\u2019-]){word}{bracket}(?P<known>{alternation}){close}"))
        found = False
        for seg in self.document.segments:
            hits = [(h, h.start(), h.end(), rx is after) for rx in (after, before) for h in rx.finditer(seg.text)]
            hits += [(h, h.start("word"), h.end("word"), False) for rx in in_brackets for h in rx.finditer(seg.text)
                     if not gz.is_place(h.group("word"))]
            for hit, start, stop, follows in hits:
                if not self._completes_name(hit.group("word"), capitals=follows):
                    continue
                m = Mention(seg.id, start, stop, normalise(seg.text[start:stop]), cat.PERSON,
                            _CONFIDENT_RULE_SCORE, _CONTEXT_NAMES,
                            f"{_CONTEXT_NAMES}; a name-like word beside a person's one-word name")
                if self.in_keep(m, seg.text) or self.is_public(m):
                    continue
                ent = self._by_id[known[hit.group("known")]]
                self._add_form(ent, m.text)
                ent.add_detection(m)
                self._derived.discard(ent.id)
                found = True
        if found:
            self._derive_person_forms()

    def _completes_name(self, word: str, capitals: bool = False) -> bool:
        """Whether ``word`` beside a one-word name can be the rest of it (see
        :meth:`add_surnames_after_first_names`); with ``capitals``, a word all in capitals after the name too, as
        records write a surname ("Tudora ZICHICHI"): three letters or more, and no acronym."""
        if word.isupper():
            if not capitals or len(word) < 3 or word.casefold() in gz.acronym_keys():
                return False
            word = word.title()
        return _plain_word(word) and word[:1].isupper() and not gz.is_english_word(word) \
            and word.casefold() not in ROLE_WORDS and word.casefold() not in self._by_form \
            and name_like(word, self._lower_words) and self._name_like_form(word)

    def _given_name_before(self, word: str, surname: str, alone_on_line: bool = False) -> bool:
        """Whether ``word``, written before a known ``surname``, can be a first name."""
        title_case = [w[:1].isupper() and not w.isupper() for w in (word, surname)]
        if not all(title_case) or not _plain_word(word) or word.casefold() == surname.casefold():
            return False
        key = word.casefold()
        # A listed first name that is also a word ("Heather", "Grace") before a surname the draft writes after
        # a title ("Ms Barker") is that person's, though it opens a sentence or a table cell; so is one on a
        # line holding only the two words (a cover's or list's line: "RHYS HILL" / "Grace Hill").
        word_name = gz.is_english_word(word) and gz.is_first_name(word) and (
            surname.casefold() in self._titled or (alone_on_line and not gz.is_uk_place(word)))
        if (gz.is_english_word(word) and not word_name) or key in ROLE_WORDS \
                or not (word_name or name_like(word, self._lower_words)):
            return False
        if key in self._by_form and not (word_name and self._known_only_alone(key)):
            return False  # a name the draft knows ("Okafor Eze" in a list of family names) is no unknown first name
        if word_name and surname.casefold() in self._titled:  # "Charity Friend" beside "Ms Friend", though
            return key not in self._lower_words and key not in _CALENDAR and key not in self._places_used  # an org word
        return self._name_like_form(word)

    def _known_only_alone(self, key: str) -> bool:
        """Whether a form is a person's whole name, one first name the draft writes alone ("Grace"): before a
        titled surname ("Grace Too" beside "Ms Too") the two words are one person's full name."""
        owner = self._by_form[key]
        return owner.type == "PERSON" and [f.casefold() for f in owner.forms] == [key]

    def add_initials(self) -> None:
        """Initials a draft defines for a person ("Murdo Ferguson (MF)") become that person's form, also where
        a PDF page break splits the definition ("Murdo" | footer, header | "Ferguson (MF)")."""
        texts: list[tuple[str | None, str]] = [(s.id, s.text) for s in self.document.segments]
        texts += [(None, seam.text) for seam in seams([s for s in self.document.segments if s.kind == "page"])]
        for segment_id, text in texts:
            for m in _DEFINED_INITIALS.finditer(text):
                full, initials = normalise(m.group(1)), m.group(2).replace(".", "").replace(" ", "")
                owner = self._by_form.get(full.casefold())
                words = strip_title(full).split()
                while owner is None and len(words) > 2:  # "… with Murdo Ferguson (MF)": drop leading words
                    words = words[1:]
                    owner = self._by_form.get(" ".join(words).casefold())
                if owner is None and segment_id is not None:
                    owner = self._person_defined(segment_id, m, initials)
                    words = strip_title(full).split()
                if owner is not None and owner.type != "PERSON":
                    self._abbreviation_of_thing(owner, " ".join(words), initials)
                    continue
                if owner is None:
                    continue
                # The initials abbreviate the name's last words ("Hub Tony Ellis (TE)": a word before it too).
                if any(_defines_initials(words[k:], initials) for k in range(max(1, len(words) - 1))):
                    self._add_form(owner, initials)
                    for dotted in _dotted(initials):  # "J.M.", "J. M.": the same initials, however written
                        self._add_form(owner, dotted)
                    if self._by_form.get(initials.casefold()) is owner:
                        self._defined_initials.add(initials)
                    if owner.source == "detected" and owner.id not in self._vouched:
                        # A name the draft abbreviates to initials, as it does people, is a person's.
                        self._vouched.add(owner.id)
                        self._derived.discard(owner.id)
        self._initials_said_to_be(texts)
        self._glossary_abbreviations(texts)
        for _, text in texts:  # the abbreviation first, its thing's name in brackets: "KWB (Kingsway Boys)"
            for m in _ABBREVIATION_THEN_NAME.finditer(text):
                owner = self._by_form.get(normalise(m.group("full")).casefold())
                if owner is not None and owner.type != "PERSON":
                    self._abbreviation_of_thing(owner, normalise(m.group("full")), m.group("abbr"))
        self._derive_person_forms()
        self._used_initials()

    def _initials_said_to_be(self, texts: list[tuple[str | None, str]]) -> None:
        """Initials in quotes that the draft says a person is written as ("Abdi is "AW" in agency records", ""SW" is
        Mr Sunny Wakefield") are that person's form, though another person shares them or they are a role's."""
        for _, text in texts:
            for m in (*_SAID_TO_BE_INITIALS.finditer(text), *_INITIALS_SAID_TO_BE.finditer(text)):
                initials, words = m.group("initials"), m.group("name").split()
                owner = None
                while words and owner is None:  # the longest run of the name's words that is a person's form
                    for k in range(len(words)):
                        owner = self._by_form.get(" ".join(words[k:]).casefold())
                        if owner is not None:
                            break
                    if owner is None:
                        words.pop()
                if owner is None or owner.type != "PERSON" or not any(
                        _defines_initials(bare, initials) for f in owner.forms
                        if len(bare := strip_title(natural_order(f)).split()) >= 2):
                    continue
                if initials.casefold() not in self._by_form:
                    self._add_form(owner, initials)
                    for dotted in _dotted(initials):
                        self._add_form(owner, dotted)
                if self._by_form.get(initials.casefold()) is owner:
                    self._defined_initials.add(initials)

    def _glossary_abbreviations(self, texts: list[tuple[str | None, str]]) -> None:
        """An abbreviation a key or glossary defines for an organisation, place or person the draft names ("WYP = West
        Yorkshire Police", "HBA – Hebble Brook Academy", "D&G: Dumfries and Galloway", "HN<tab>Holly Nash") is that
        entity's form, as the bracketed definition is ("Hebble Brook Academy (HBA)")."""
        for _, text in texts:
            for m in _GLOSSARY_ENTRY.finditer(text):
                words, owner = m.group("full").split(), None
                while words and (owner := self._by_form.get(" ".join(words).casefold())) is None:
                    words.pop()  # "GMP = Greater Manchester Police; …": the longest name the draft has
                if owner is None:
                    continue
                abbr, letters = m.group("abbr"), m.group("abbr").replace("&", "")
                if owner.type == "PERSON":
                    bare = strip_title(" ".join(words)).split()
                    if "&" not in abbr and bare and _defines_initials(bare, abbr) and abbr not in _ACRONYMS \
                            and abbr.casefold() not in self._by_form:
                        self._add_form(owner, abbr)  # "HN<tab>Holly Nash<tab>Return Home Interview worker"
                    continue
                self._abbreviation_of_thing(owner, " ".join(words), letters)
                if abbr != letters and letters in owner.forms:
                    self._add_form(owner, abbr)  # "D&G" as written

    def _abbreviation_of_thing(self, owner: Entity, full: str, initials: str) -> None:
        """An abbreviation the draft defines for a whole organisation's or place's name ("Zorbeck Primary
        Academy (ZPA)", "Heather Church (HC)") identifies as much as the name does: the entity's form. Not
        the initials of only its last words ("Zorbeck Child Protection Team (CPT)"), nor vocabulary's."""
        words = [w for w in full.split() if w.casefold() not in gz.FUNCTION_WORDS]
        branded = [w for w in words if w != "NHS"]  # an NHS body's initials leave "NHS" out ("SVHCT")
        if full.casefold() not in self._by_form or self._by_form[full.casefold()] is not owner \
                or not 2 <= len(initials) <= len(words) + 2 \
                or (initials not in _initials_of(words) and not _spelt_within(words, initials)
                    and not (branded and initials in _initials_of(branded))) \
                or initials in _ACRONYMS or initials in _TITLE_CAPITALS or gz.is_keep_phrase(initials) \
                or self._is_keep_form(initials):
            return
        self._add_form(owner, initials)

    def _after_titles(self) -> frozenset[str]:
        """Capitalised words (folded) the draft writes after a personal title ("Mrs Mason"), whatever they are."""
        if self._titled_words is None:
            self._titled_words = frozenset(w.casefold() for seg in self.document.segments
                                           for w in _AFTER_PERSONAL_TITLE.findall(seg.text))
        return self._titled_words

    def _person_defined(self, segment_id: str, m: re.Match[str], initials: str) -> Entity | None:
        """A new person for a name no rule found that the draft abbreviates to its initials and whose last
        word it writes after a personal title ("Lantern Mason (LM)" and "Mrs Mason"), though its words are
        ordinary words, the last perhaps a role's ("Lantern Tutor (LT)" and "Mrs Tutor"); or the person a
        rule found by that last word alone ("Chasmum Stevens-Bhalla (CB)", the rule reading only the
        surname), whose full name it is. Its words must be plain and capitalised, no place, organisation or
        public phrase."""
        spans = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group(1))]
        for k in range(max(0, len(spans) - 3), len(spans) - 1):
            words = [m.group(1)[a:b] for a, b in spans[k:]]
            surname = self._by_form.get(words[-1].casefold())
            if surname is not None and (surname.type != "PERSON" or surname.source != "detected"):
                surname = None
            named = _unknown_first_and_surname(words)
            if not _defines_initials(words, initials) or (
                    words[-1].casefold() not in self._after_titles() and surname is None and not named):
                continue
            if any(not (_plain_word(w) and w[:1].isupper() and not w.isupper()) or gz.org_head(w) is not None
                   or (gz.is_uk_place(w) and not (named and w is words[-1]))
                   or self._vocabulary_word(w) or w.casefold() in gz.FUNCTION_WORDS
                   or w in _TITLES or (w.casefold() in self._places_used and not (named and w is words[-1]))
                   for w in words) \
                    or any(w.casefold() in ROLE_WORDS for w in words[:-1]):
                return None
            start, end = m.start(1) + spans[k][0], m.end(1)
            mention = Mention(segment_id, start, end, m.string[start:end], cat.PERSON, _CONFIDENT_RULE_SCORE,
                              _INITIALS, f"{_INITIALS}; a name the draft abbreviates to its initials, its last word "
                              f"{'a found person' if surname is not None else 'written after a title'}")
            if surname is not None:  # "Chasmum Stevens-Bhalla": the found person's full name
                self._add_form(surname, mention.text)
                surname.mentions.append(mention)
                surname.detectors.add(mention.recognizer)
                ent = surname
            else:
                ent = self._add_person_from_usage(mention)
            self._vouched.add(ent.id)
            return ent
        return None

    def _used_initials(self) -> None:
        """A confident or registered person's initials ("RW" for Roy Walker) that the draft writes as a word on
        their own become that person's form, unless two people share them or they are a role's or title's ("GP", "PC");
        vocabulary's ("TA") only where the draft never writes them as a thing and somewhere as a person, and
        a function word's ("SO") only where every use of them acts as a person."""
        owners: dict[str, set[str]] = {}
        whole: dict[str, set[str]] = {}  # initials of every word of the name ("JB" of Joanne Birtles)
        for ent in self.entities:
            if ent.type != "PERSON" or ent.source == "manual" \
                    or (ent.source == "detected" and not self._confident(ent)):
                continue  # (a registered person is as sure as a confident one)
            # An initial written with its stop counts as its letter ("Dr P. Kaur": PK).
            full = [[w[0] if _INITIAL_WITH_STOP.fullmatch(w) else w for w in strip_title(f).split()]
                    for f in ent.forms if len(strip_title(f).split()) >= 2]
            for words in full:
                if all(_plain_word(w) and w[:1].isupper() for w in words):
                    for initials in _initials_of(words):
                        owners.setdefault(initials, set()).add(ent.id)
                    first_parts = [p for p in re.split(r"[-\u2010\u2011]", words[0]) if p]
                    if len(first_parts) == 2 and all(p[:1].isupper() for p in first_parts):
                        # a double first name's, as friends and notes write it ("KJ" of Kai-Jordan Bailey)
                        owners.setdefault("".join(_ascii_initial(p) for p in first_parts), set()).add(ent.id)
                    whole.setdefault("".join(_ascii_initial(w) for w in words), set()).add(ent.id)
        # Initials one name gives whole and others only by their first and last parts ("JB" of Joanne Birtles, and of
        # Jacinta Villiers-Brook's first and last parts) are that name's.
        owners = {i: (whole[i] if len(ids) > 1 and len(whole.get(i, ())) == 1 else ids) for i, ids in owners.items()}
        # (one person the grouping left as two, their name written two ways, owns them still: "Zuzanna Wiśniewska"
        # and the record's "WISNIEWSKA, Zuzanna", or "Aiyaan Chaudhry" and a record's misspelt "AYAAN CHAUDHRY")
        one_owner = {i: next(e.id for e in self.entities if e.id in ids)
                     for i, ids in owners.items() if _one_name([self._name_key(e) for e in ids])
                     and 2 <= len(i.replace("-", "")) <= 5  # (four or five of a hyphenated name's parts: "KAPDS")
                     and i not in _TITLE_CAPITALS}
        self._dotted_initials_used(one_owner)  # (stops make them initials, an abbreviation's letters too: "R.E.")
        unique = {i: owner for i, owner in one_owner.items() if i not in _ROLE_ACRONYMS}
        # A condition's or a thing's abbreviation ("DA": domestic abuse, "HR": human resources) is the person's only
        # where the draft never writes it as the thing and somewhere as a person ("DA took Billy to the clinic",
        # "chaired by HR's team manager"), as vocabulary's is; a role's ("GP", "SW") never, a role acting as one.
        candidates = {i: owner for i, owner in unique.items() if i.casefold() not in self._by_form
                      and ((not self._is_keep_form(i) and not gz.is_keep_phrase(i) and i not in _ACRONYMS)
                           or self._only_a_person(i))}
        # Initials that are also a word ("SO", "AS") are the person's only where every use of them acts as one.
        candidates = {i: owner for i, owner in candidates.items()
                      if i.casefold() not in gz.FUNCTION_WORDS or self._always_a_person(i)}
        if not candidates:
            return
        written = re.compile(r"(?<![\w&/.-])(" + "|".join(sorted(candidates, key=len, reverse=True)) + r")(?![\w&/-])")
        for seg in self.document.segments:
            for m in written.finditer(seg.text):
                ent = self._by_id[candidates[m.group(1)]]
                if m.group(1) not in ent.forms:
                    self._add_form(ent, m.group(1))
                    if gz.is_keep_phrase(m.group(1)):
                        self._defined_initials.add(m.group(1))  # the person's here, not the vocabulary's
                    elif ent.source == "register":
                        # (made from the registered name, never typed: it stands aside inside a label the draft
                        # uses, "Baby JW", as the name's other derived forms do)
                        self._register_derived.add(normalise(m.group(1)).casefold())

    def _name_key(self, entity_id: str) -> tuple[str, ...]:
        """A person's first name and surname, folded (case and accents), whichever order the name is written in;
        each person's own where neither is known."""
        words = strip_title(natural_order(self._by_id[entity_id].name)).split()
        if len(words) < 2:
            return (entity_id,)
        return (gz.without_accents(words[0]).casefold(), gz.without_accents(words[-1]).casefold())

    def _dotted_initials_used(self, owners: dict[str, str]) -> None:
        """A confident person's initials written with stops ("K.S.", "D. H.") are that person's form: stops make
        them initials, whatever word their letters spell."""
        if not owners:
            return
        written = re.compile(r"(?<![\w.])((?:[A-Z]\.[ ]?){1,2}[A-Z]\.?)(?![\w])")
        for seg in self.document.segments:
            for m in written.finditer(seg.text):
                form = m.group(1)
                owner = owners.get(re.sub(r"[. ]", "", form))
                if owner is not None and form.casefold() not in self._by_form:
                    self._add_form(self._by_id[owner], form)

    def _abbreviated_person(self, m: Mention, text: str) -> Mention:
        """An organisation or place read from a first name and an organisation or street word ("Harley-Jay
        Church", "Sandra Street") is a person where the draft abbreviates it to initials it then writes only
        as a person ("Harley-Jay Church (HC) … seen by HC", "Sandra Street (SS) … SS chaired")."""
        if m.entity not in (cat.ORGANISATION, cat.LOCATION):
            return m
        after = _INITIALS_AFTER.match(text, m.end)
        words = normalise(m.text).split()
        if after is None or not 2 <= len(words) <= 3:
            return m
        first = re.split(r"[-\u2010\u2011]", words[0])[0]
        initials = after.group(1).replace(".", "")
        if not gz.is_first_name(first) or gz.is_english_word(first) \
                or (gz.is_uk_place(first) and gz.place_ambiguity(first) != "name") \
                or not _defines_initials(words, initials) or not self._only_a_person(initials):
            return m
        return replace(m, entity=cat.PERSON, explanation=f"{m.explanation}; a first name the draft abbreviates "
                                                         f"to initials it writes only as a person ({initials})")

    def _only_a_person(self, initials: str) -> bool:
        """Whether vocabulary's capitals ("TA": teaching assistant) are written where a person stands and never
        as a thing (see :func:`recognizers.person_initials.used_as_a_person_only`)."""
        from recognizers.person_initials import used_as_a_person_only

        return used_as_a_person_only((seg.text for seg in self.document.segments), initials)

    def _always_a_person(self, initials: str) -> bool:
        """Whether ``initials`` are written somewhere, and everywhere act as a person (see
        :func:`recognizers.person_initials.acts_as_person`)."""
        from recognizers.person_initials import acts_as_person

        written = re.compile(rf"(?<![\w&/.-]){re.escape(initials)}(?![\w&/-])")
        hits = [(seg.text, m) for seg in self.document.segments for m in written.finditer(seg.text)]
        return bool(hits) and all(acts_as_person(text, m.start(), m.end()) for text, m in hits)

    def add_titled_initials(self) -> None:
        """A title and a surname's first letter ("Mrs W", "Mr C") is the one person the draft names with that title
        and a surname of that letter ("Mrs Whitfield"); where two could be meant ("Mr Clarke", "Mr Cole") it is
        left, and all are where the draft writes one no one it names could be (its own labels: "Mr A", "Mrs B")."""
        owners: dict[str, set[str]] = {}
        for ent in self.entities:
            if ent.type != "PERSON":
                continue
            for form in ent.forms:
                words = form.split()
                if len(words) == 2 and words[0] in _TITLES and len(words[1]) > 1 and words[1][:1].isupper():
                    owners.setdefault(f"{words[0]} {words[1][0]}", set()).add(ent.id)
        written = {f"{m.group(1)} {m.group(2)}" for seg in self.document.segments if owners
                   for m in _TITLED_INITIAL.finditer(seg.text)}
        if any(key not in owners for key in written):
            return  # the draft labels people so ("Mr A", "Mrs B" whom it never names): each is a label
        for key in sorted(written):
            if len(ids := owners[key]) == 1 and key.casefold() not in self._by_form:
                self._add_form(self._by_id[next(iter(ids))], key)

    def add_initials_used_as_people(self) -> None:
        """Initials the draft uses for a person it never names in full ("OP visited", "the DSL (KP)")
        become a person of their own (see :mod:`recognizers.person_initials`)."""
        from recognizers.person_initials import initials_used_as_people

        segments = self.document.segments

        def known(token: str) -> bool:
            key = token.casefold()
            if key in self._by_form or self._is_keep_form(token) or token in AGENCY_ACRONYMS \
                    or token in _TITLE_CAPITALS or token in gz.police_force_acronyms() or gz.org_head(token):
                return True  # an agency's or a force's acronym ("by SCB members", "GMP shows"), a title ("HHJ") or a
                # kind of body ("AFC", "HMP") is no one's initials
            # An abbreviation that is also a word ("AM": am, ante meridiem) or of a thing ("AE": A&E) is someone's
            # initials where every use of it acts as a person; a role's ("GP", "SW") acts as a person too.
            return token in _ACRONYMS and not ((key in gz.FUNCTION_WORDS or token in _THING_ACRONYMS)
                                               and self._always_a_person(token))

        found = initials_used_as_people((s.text for s in segments), known, self._lower_words)
        for token, (i, start, end) in found.items():
            self._add_person_from_usage(Mention(
                segments[i].id, start, end, token, cat.PERSON, _CONFIDENT_RULE_SCORE, _INITIALS,
                f"{_INITIALS}; capitals the draft uses where a person stands, never as a thing"))

    def add_lone_first_names(self) -> None:
        """First names that are ordinary words, written alone where a person stands ("In May, Hope completed
        a visit") become a person of their own (see :mod:`recognizers.lone_first_names`)."""
        from recognizers.lone_first_names import lone_first_names

        segments = self.document.segments

        def known(word: str) -> bool:
            key = word.casefold()
            return key in self._by_form or self._is_keep_form(word) or key in self._places_used \
                or key in self._public_surnames  # "Munro's findings", Eileen Munro's

        def opening(text: str, start: int, end: int) -> bool:
            return typographic_capital(text, start) or in_heading(text, start, end)

        bodies = self._rule_bodies  # (nor a word of a body's name: "Guy's and St Thomas' NHS Foundation Trust")

        def kept(i: int, start: int, end: int) -> bool:  # (a cited author too: "(Fish, Munro and Bairstow, 2008)")
            return any(a <= start and end <= b
                       for a, b in (*self._keep_overlapping(segments[i].id, segments[i].text, start, end),
                                    *self._cited(segments[i].id), *bodies.get(segments[i].id, ())))

        for word, (i, start, end) in lone_first_names((s.text for s in segments), known, opening,
                                                      self._lower_words, kept).items():
            m = Mention(segments[i].id, start, end, word, cat.PERSON, _CONFIDENT_RULE_SCORE, _LONE_NAMES,
                        f"{_LONE_NAMES}; a name written with a meaningful capital where a person stands")
            owner = self._by_form.get(word.split()[-1].casefold()) if " " in word else None
            if owner is not None and owner.type == "PERSON" and len(owner.forms) == 1:
                # "Ikrimah Aazim" where a guess read "Aazim" alone: the one person's full name.
                self._add_form(owner, word)
                owner.name = word
                owner.mentions.append(m)
                owner.detectors.add(m.recognizer)
            else:
                self._add_person_from_usage(m)
        self._derive_person_forms()

    def _add_person_from_usage(self, m: Mention) -> Entity:
        # A child or an adult by what is written by the name ("her daughter Autumn, aged 3"), as for any finding.
        ent = self._new_by_context(m, m.text, self._segments[m.segment_id].text)
        ent.add_detection(m)
        return ent

    # -- linking ----------------------------------------------------------------------------
    def add_dates_without_their_year(self) -> None:
        """A found day-precise date written again without its year ("the response on 22 July" after "drowned on
        Saturday 22 July 2023", "born 14th Feb" after "14/02/2023") is that date: its day and month are a form of it
        (a year after them is another date's, and is never linked)."""
        for ent in list(self.entities):
            if ent.type != "DATE" or ent.source != "detected":
                continue
            for form in list(ent.forms):
                parsed = parse_date(form)
                if parsed is None or parsed.day is None or parsed.month is None or parsed.year is None:
                    continue
                month = MONTH_NAMES[parsed.month - 1]
                # (its month written whole or cut short: "14th Feb", "14 Sept")
                months = dict.fromkeys([month, month[:3], *(["Sept"] if month == "September" else [])])
                for short in (f"{parsed.day}{suffix} {name}" for name in months
                              for suffix in ("", _ordinal(parsed.day))):
                    if normalise(short).casefold() in self._by_form or self._other_year(short, parsed.year):
                        continue
                    if not short.endswith(month) and self._with_a_year(short):
                        continue  # (a month cut short is another writing: "to 9 Sept 2023" may be a kept date)
                    self._add_form(ent, short)
                # ... or in figures, as notes write it ("closed on 13/09" after "13/09/2022"), where the draft writes
                # it so alone and never with another year (with a slash: "3.2" is a paragraph's number)
                for short in dict.fromkeys(f"{d}/{m}" for d in (str(parsed.day), f"{parsed.day:02}")
                                           for m in (str(parsed.month), f"{parsed.month:02}")):
                    if normalise(short).casefold() not in self._by_form and self._written_alone(short) \
                            and not self._other_year(short, parsed.year):
                        self._add_form(ent, short)

    def _written_alone(self, day_and_month: str) -> bool:
        """Whether the draft writes a day and month in figures with no year after it ("on 13/09 as")."""
        if self._days_in_figures is None:  # (read once)
            self._days_in_figures = {m.group() for seg in self.document.segments
                                     for m in _FIGURES_ALONE.finditer(seg.text)}
        return day_and_month in self._days_in_figures

    def _with_a_year(self, day_and_month: str) -> bool:
        """Whether the draft writes a day and month with a year after it, as written ("9 Sept 2023")."""
        return day_and_month.casefold() in self._days_with_years()

    def _other_year(self, day_and_month: str, year: int) -> bool:
        """Whether the draft writes a day and month with another year after it ("held on 11 May 2024" beside "11th
        May 2022"): then a form without the year would be read in the other date too, which may be kept."""
        return bool(self._days_with_years().get(day_and_month.casefold(), set()) - {year})

    def _without_days_of_dated_days(self, mentions: list[Mention]) -> list[Mention]:
        """Mentions less a day and month found without a year ("22 March") where the draft also writes that day with
        a year ("22 March 2021"). With one year it is that date's, which :meth:`add_dates_without_their_year` links;
        with several (one a kept review date, "22 March 2024"), replaced by itself it would survive inside the kept
        one, and verification would refuse the export: it is left alone."""
        if not any(m.recognizer == _YEARLESS_DATES for m in mentions):
            return mentions
        found = [parse_date(m.text) for m in mentions if m.entity in (cat.DATE_DAY, cat.DATE_OF_BIRTH)]
        written = [parse_date(day) for day in self._days_with_years()]  # (each written with a year after it)
        dated = {(p.day, p.month) for p in written if p is not None} | {
            (p.day, p.month) for p in found if p is not None and p.year is not None}

        def of_a_dated_day(m: Mention) -> bool:
            parsed = parse_date(m.text) if m.recognizer == _YEARLESS_DATES else None
            return parsed is not None and (parsed.day, parsed.month) in dated

        return [m for m in mentions if not of_a_dated_day(m)]

    def _days_with_years(self) -> dict[str, set[int]]:
        """Every day and month (folded, as written) the draft writes with a year, and their years (read once)."""
        if self._years_of_days is None:
            self._years_of_days = {}
            for seg in self.document.segments:
                for m in _DAY_MONTH_YEAR.finditer(seg.text):
                    key = " ".join(m.group("day").split()).casefold()
                    self._years_of_days.setdefault(key, set()).add(int(m.group("year")))
                for m in _FIGURES_YEAR.finditer(seg.text):  # ("13/09/2021", "6.9.22")
                    year = int(m.group("year"))
                    self._years_of_days.setdefault(m.group("day"), set()).add(year + 2000 if year < 100 else year)
        return self._years_of_days

    def add_family_plurals(self) -> None:
        """A person's surname in the plural after "the" names the family ("stayed with the Brennans", "the
        Rosses"): the plural the draft writes so is that person's form too."""
        # What the draft writes after "the", read once: each run of word characters, apostrophes and hyphens
        # there, cut at every point where a word ends ("Brennans's" holds "Brennans"), as a plural may end.
        after_the = {run[:k] for seg in self.document.segments for m in _AFTER_THE.finditer(seg.text)
                     for run in [m.group(1)] for k in range(1, len(run) + 1)
                     if k == len(run) or not (run[k].isalnum() or run[k] == "_")}
        for ent in list(self.entities):
            if ent.type != "PERSON":
                continue
            for form in list(ent.forms):
                if " " in form or len(form) < 3 or not form[:1].isupper() or not any(
                        f"{t} {form}" in ent.forms for t in _SURNAME_TITLES):
                    continue  # a surname: the entity has it after a title
                plural = form + ("es" if form.endswith(("s", "x", "z", "ch", "sh")) else "s")
                if plural in after_the:
                    self._add_form(ent, plural)

    def add_misspelt_surnames(self) -> None:
        """A word no list or dictionary holds, one letter off a person's long surname ("Wisnieska" of "Wisniewska",
        a letter dropped, doubled, changed or two swapped), is that surname misspelt in a record: its form too.
        Not a listed surname ("Johnson" beside "Johnston"), nor one that is a form already."""
        surnames: dict[str, Entity] = {}
        for ent in self.entities:
            if ent.type == "PERSON":
                for form in ent.forms:  # (the surname, as the person's titled form gives it: "Ms Wiśniewska")
                    title, _, surname = form.partition(" ")
                    if title in _SURNAME_TITLES and " " not in surname and len(surname) >= 8 \
                            and surname[:1].isupper() and not surname.isupper():
                        surnames.setdefault(gz.without_accents(surname).casefold(), ent)
        if not surnames:
            return
        words = {m.group() for seg in self.document.segments for m in _TITLE_CASE_WORD.finditer(seg.text)
                 if len(m.group()) >= 7}
        for word in sorted(words):
            key = gz.without_accents(word).casefold()
            if key in surnames or word.casefold() in self._by_form or gz.is_surname(word) or gz.is_first_name(word) \
                    or gz.is_english_word(word) or gz.is_place(word) or gz.is_keep_phrase(word):
                continue
            owners = {id(ent): ent for name, ent in surnames.items() if name[:3] == key[:3] and _one_edit(name, key)}
            if len(owners) == 1:
                self._add_form(next(iter(owners.values())), word)

    def add_possessives_without_apostrophe(self) -> None:
        """A person's one-word form with an "s" and no apostrophe, before a lower-case word ("Patricks bedroom",
        "Oyelarans partner"), is the name's possessive that lost its apostrophe: a form of that person. Not
        where the word is a word or a plural ("Cards were sent") or another entity's form."""
        owners: dict[str, Entity] = {}
        for ent in self.entities:
            if ent.type == "PERSON":
                for form in ent.forms:
                    if " " not in form and len(form) >= 3 and self._name_like_form(form) \
                            and not gz.is_word_or_plural(form + "s") and (form + "s").casefold() not in self._by_form:
                        owners.setdefault(form, ent)
        if not owners:
            return
        alternation = "|".join(re.escape(f) for f in sorted(owners, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w'\u2019-])({alternation})s(?=[ \u00a0]+[a-z])")
        for seg in self.document.segments:
            for hit in pattern.finditer(seg.text):
                ent = owners[hit.group(1)]
                if hit.group() not in ent.forms:
                    self._add_form(ent, hit.group())

    def add_street_names(self) -> None:
        """The street of a found address is a form of it ("the Ashgrove Terrace flat" after "Flat 2, 6 Ashgrove
        Terrace, Keighley"): written alone it still says where the family lived. A street every town has ("High
        Street"), a keep phrase or another entity's form is not one. So are the block a flat is in, the flat
        itself ("Flat 9" of "Flat 9, Havelock Court, …"), where no other address opens with that flat, and the
        district between the street and the town ("Moss Side" of "…, Denmark Road, Moss Side, Manchester")."""
        units = Counter(unit.casefold() for ent in self.entities if ent.source == "detected"
                        for unit in {unit_name(f) for f in ent.forms} if unit is not None)
        for ent in list(self.entities):
            if ent.source != "detected" or not any(m.entity == cat.UK_ADDRESS for m in ent.mentions):
                continue
            for form in list(ent.forms):
                unit = unit_name(form)
                for street in (street_name(form), building_name(form), unit if unit and units[unit.casefold()] == 1
                               else None, *district_names(form)):
                    if street is not None and not self._is_keep_form(street) \
                            and normalise(street).casefold() not in self._by_form:
                        self._add_form(ent, street)

    def add_organisation_short_forms(self) -> None:
        """A found organisation's name without its institutional head word ("Royal Peterborough" of "Royal
        Peterborough Hospital") is a form of it, where :func:`short_forms` finds it still specific.

        Only a name a rule found (not an NER guess) gives short forms, and none that is a keep phrase or
        another entity's form.
        """
        for ent in list(self.entities):
            if ent.source != "detected" or ent.type != "ORGANISATION" \
                    or all(is_guess(m) for m in ent.mentions):
                continue
            for form in list(ent.forms):
                for short in short_forms(form):
                    key = normalise(short).casefold()
                    if not self._is_keep_form(short) and key not in self._by_form:
                        self._add_form(ent, short)
                        self._short_forms.add(key)
            # A company's trading name ("Pathway Living" of "Pathway Living Ltd"), wherever it stands (a longer name
            # it opens is the company's too); a provider's name without its head word and its first word where the
            # draft writes them alone for it ("Anchor Point", "Horizons").
            for form in list(ent.forms):
                if (trading := trading_name(form)) is not None and not self._is_keep_form(trading) \
                        and normalise(trading).casefold() not in self._by_form:
                    self._add_form(ent, trading)
            for form in list(ent.forms):
                for short in [*headless_names(form), *filter(None, [first_word(form)])]:
                    if not self._is_keep_form(short) and normalise(short).casefold() not in self._by_form \
                            and self._written_alone_for(ent, short):
                        self._add_form(ent, short)

    def _written_alone_for(self, ent: Entity, word: str) -> bool:
        """Whether the draft writes a short form of an organisation's name alone for it: once at least inside a sentence
        ("remains at Horizons;", "moved into Coastline's house"), a capital that opens a sentence or a line proving
        nothing, and never before another capitalised word that does not go on into one of its names (then the word
        opens another name too: "Gofal Glan Cynon" beside "Gofal Cymuned Ltd")."""
        alone = False
        for seg in self.document.segments:
            for m in re.finditer(rf"(?<![\w'\u2019-]){re.escape(word)}(?![\w-])", seg.text):
                run = _CAPITALISED_RUN.match(seg.text, m.start())
                if any(f != word and (seg.text.startswith(f, m.start())
                                      or (run and len(run.group()) > len(word) and f.startswith(run.group())))
                       for f in ent.forms):
                    continue  # a longer form of its own, or the start of one ("Kindred Care" of "Kindred Care Ltd")
                if _NEXT_NAME_WORD.match(seg.text, m.end()):
                    return False
                alone = alone or not typographic_capital(seg.text, m.start()) \
                    or (" " in word and _FILLS_FROM.search(seg.text, 0, m.start()) is not None
                        and _FILLS_TO.match(seg.text, m.end()) is not None)
        return alone

    def add_organisation_acronyms(self) -> None:
        """An organisation's initials that the draft writes in capitals ("QEH" after "Queen Elizabeth Hospital") are
        its form, where no other organisation's name gives them and no one else owns them. Initials that are
        vocabulary ("CSC") or that only a model's guess gives are its form only where the draft defines them for
        it ("Prince Charles Hospital (PCH)", a glossary's line "FFP<tab>Fenland Fresh Produce Ltd")."""
        owners: dict[str, set[str]] = defaultdict(set)
        for ent in self.entities:  # (a registered body's too: the register names it, the draft its initials)
            if ent.source in ("detected", "register") and ent.type == "ORGANISATION":
                for form in ent.forms:
                    if (initials := acronym(form)) is not None:
                        owners[initials].add(ent.id)
        texts = [s.text for s in self.document.segments]
        written = {w for t in texts for w in _CAPITALS_RUN.findall(t) if w.isupper()} if owners else set()
        for initials, ids in owners.items():
            if len(ids) != 1 or initials.casefold() in self._by_form or initials not in written:
                continue
            ent = self._by_id[next(iter(ids))]
            if ((ent.source == "detected" and all(is_guess(m) for m in ent.mentions)) or self._is_keep_form(initials)
                    or initials.casefold() in gz.acronym_keys()) and not _defines(initials, ent.forms, texts):
                continue
            self._add_form(ent, initials)
        # A body named for two places by the initials of the two joined by "&" ("the L&D" of "Luton and Dunstable
        # University Hospital"), where the draft writes them and no other body's name gives them.
        joined: dict[str, set[str]] = defaultdict(set)
        for ent in self.entities:
            if ent.source == "detected" and ent.type == "ORGANISATION" and not all(is_guess(m) for m in ent.mentions):
                for form in ent.forms:
                    if (pair := _TWO_PLACES.match(form)) is not None:
                        joined[f"{pair.group(1)[0]}&{pair.group(2)[0]}"].add(ent.id)
        for letters, ids in joined.items():
            rx = re.compile(rf"(?<![\w&]){re.escape(letters)}(?![\w&])")
            if len(ids) == 1 and letters.casefold() not in self._by_form and not self._is_keep_form(letters) \
                    and letters.casefold() not in gz.acronym_keys() and any(rx.search(t) for t in texts):
                self._add_form(self._by_id[next(iter(ids))], letters)
        # A registered body's letters in brackets after its name ("… NHS Foundation Trust (JPUH)") or beside it on a
        # glossary's line ("JPUH – James Paget …"), its words' capitals in order: the draft defines them for it, though
        # the name has too many words for initials.
        for ent in self.entities:
            if ent.source != "register" or ent.type != "ORGANISATION":
                continue
            for form in [f for f in ent.forms if len(f.split()) >= 2]:
                for letters in _defined_letters([form], texts):
                    if letters.casefold() not in self._by_form and _abbreviates(form, letters):
                        self._add_form(ent, letters)

    def _short_form_outside_keep(self, segment_id: str, text: str, start: int, end: int) -> bool:
        """Whether a short form's occurrence stands outside a keep phrase. One that opens a longer name is the
        organisation's there too ("Royal Cornwall" in "Royal Cornwall Hospitals NHS Trust": the trust's name would
        name the hospital; verification reads the form there whatever follows it)."""
        return not any(a <= start and end <= b for a, b in self._keep_overlapping(segment_id, text, start, end))

    def link(self) -> None:
        """Find every occurrence of every entity's forms in every segment and record it."""
        all_forms = [(f, e.id) for e in self.entities for f in e.forms]
        word_like = word_like_forms((f for f, _ in all_forms), (s.text for s in self.document.segments))
        matcher = FormMatcher(all_forms, word_like)
        by_id = {e.id: e for e in self.entities}
        covered: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for e in self.entities:
            for m in e.mentions:
                covered.setdefault((e.id, m.segment_id), []).append((m.start, m.end))
        for seg in self.document.segments:
            # Overlapping hits too: a register name inside a longer detected address is still the
            # register's ("27 Larkspur Close" in "27 Larkspur Close, Westbridge WF10 9XJ"); the plan
            # decides who owns each character.
            for hit in matcher.finditer(seg.text, overlapping=True):
                if is_month_of_date(seg.text, hit.start, hit.end):
                    continue  # "Tom May" and "16th May 2015": the date's month, not the name
                if by_id[hit.key].type == "DATE" and not _FORM_HAS_YEAR.search(hit.form) \
                        and _YEAR_AFTER.match(seg.text, hit.end):
                    continue  # a birthday without its year ("DOB 14 March") inside a dated day ("14 March 2019")
                spans = covered.setdefault((hit.key, seg.id), [])
                if any(a <= hit.start and hit.end <= b for a, b in spans):
                    continue
                spans.append((hit.start, hit.end))
                ent = by_id[hit.key]
                mention = Mention(seg.id, hit.start, hit.end, seg.text[hit.start:hit.end], ent.label, 1.0,
                                  "register" if ent.source == "register" else "linked",
                                  f"occurrence of {ent.source} form '{hit.form}'")
                # A detected name is replaced everywhere, inside a citation too: what is left would be a
                # survivor of a replaced form, and the export would rightly refuse it.
                # Initials the draft defines for a person are theirs here, though the vocabulary knows them
                # as an abbreviation ("Teresa Abdi (TA)" and later "TA", not a teaching assistant).
                if normalise(hit.form).casefold() in self._short_forms:
                    # A short form is judged by its whole name (public or not already): only where it stands.
                    if not self._short_form_outside_keep(seg.id, seg.text, hit.start, hit.end):
                        continue
                elif self._yields_to_keep(ent, hit.form, mention.text) and self._held_by_keep(mention, seg.text):
                    continue
                ent.mentions.append(mention)
        self._link_over_page_breaks(matcher, by_id, covered)
        self._link_letter_spaced(matcher, by_id, covered)

    def _link_letter_spaced(self, matcher: FormMatcher, by_id: dict[str, Entity],
                            covered: dict[tuple[str, str], list[tuple[int, int]]]) -> None:
        """Forms written with their letters spaced out, as a title page's tracking extracts ("T I N A  M A R S H":
        a space between letters, two or more between words): each run is read closed up, and a form found in it
        is that entity's there, the run's letters from its first to its last."""
        for seg in self.document.segments:
            for run in _SPACED_LETTERS.finditer(seg.text):
                closed: list[str] = []  # the run closed up ...
                where: list[int] = []  # ... and each of its characters' place in the text
                for word in re.finditer(r"\S(?:[ \u00a0]\S)*", run.group()):
                    if closed:
                        closed.append(" ")
                        where.append(run.start() + word.start() - 1)
                    for k in range(0, len(word.group()), 2):
                        closed.append(word.group()[k])
                        where.append(run.start() + word.start() + k)
                text = "".join(closed)
                for hit in matcher.finditer(text.title() if text.isupper() or text.islower() else text):
                    start, end = where[hit.start], where[hit.end - 1] + 1
                    ent = by_id[hit.key]
                    if len(normalise(hit.form)) < 3 or ent.type not in ("PERSON", "LOCATION", "ORGANISATION"):
                        continue
                    spans = covered.setdefault((hit.key, seg.id), [])
                    if any(a <= start and end <= b for a, b in spans):
                        continue
                    spans.append((start, end))
                    ent.mentions.append(Mention(seg.id, start, end, seg.text[start:end], ent.label, 1.0,
                                                "register" if ent.source == "register" else "linked",
                                                f"occurrence of {ent.source} form '{hit.form}', its letters "
                                                "spaced out"))

    def _yields_to_keep(self, ent: Entity, form: str, written: str) -> bool:
        """Whether an occurrence of ``form`` stands aside inside a keep phrase: a detected entity's form (but
        not initials the draft defines for a person, or uses only as one), or a name form derived from a
        register entry, which the reviewer never typed ("West" of Kenneth West in "West Mercia Police"). A
        typed form is the reviewer's decision and is replaced wherever it is written."""
        if ent.source == "detected":
            return written not in self._defined_initials
        return normalise(form).casefold() in self._register_derived

    def _link_over_page_breaks(self, matcher: FormMatcher, by_id: dict[str, Entity],
                               covered: dict[tuple[str, str], list[tuple[int, int]]]) -> None:
        """Occurrences of forms a PDF page break splits ("Northfield High" | footer, header | "School"),
        as a part on each page that knows the whole form."""
        for seam in seams([s for s in self.document.segments if s.kind == "page"]):
            for hit in matcher.finditer(seam.text):
                if not seam.crosses(hit.start, hit.end):
                    continue  # wholly on one page: linked there
                ent = by_id[hit.key]
                whole = seam.text[hit.start:hit.end]
                texts = (seam.text[hit.start:seam.joint], seam.text[seam.joint + 1:hit.end])
                for part, text in zip(seam.parts(hit.start, hit.end), texts, strict=True):
                    spans = covered.setdefault((hit.key, part.segment_id), [])
                    if any(a <= part.start and part.end <= b for a, b in spans):
                        continue
                    mention = Mention(part.segment_id, part.start, part.end, text, ent.label, 1.0,
                                      "register" if ent.source == "register" else "linked",
                                      f"occurrence of {ent.source} form '{hit.form}' running over a page break",
                                      whole)
                    if self._yields_to_keep(ent, hit.form, text) \
                            and self.in_keep(mention, self._segments[part.segment_id].text):
                        continue
                    spans.append((part.start, part.end))
                    ent.mentions.append(mention)

    def _vocabulary_pair_only(self, e: Entity) -> bool:
        """Whether a person rests only on readings of a first name and a vocabulary surname ("Blair Foster")
        that the draft does not vouch for by writing the first name alone as a name."""
        found = [m for m in e.mentions if m.recognizer not in ("linked", "register")]
        return e.type == "PERSON" and bool(found) and all(VOCABULARY_PAIR_REASON in m.explanation for m in found) \
            and not self._vouched_by_rules(e)

    def finish(self) -> list[Entity]:
        """Drop detected entities left without mentions; name each by its longest form, as running text writes
        it rather than in a heading's capitals."""
        out = []
        for e in self.entities:
            if e.source == "detected":
                if not e.mentions or self._vocabulary_pair_only(e):
                    continue
                found = [normalise(m.joined or m.text) for m in e.mentions
                         if m.recognizer not in ("linked", "register")]
                e.name = max(found or e.forms, key=lambda f: (len(f), not f.isupper()))
                if e.kind == "child" and any(_ADULT_TITLE.match(normalise(m.text)) for m in e.mentions):
                    e.kind = "adult"  # "Mrs Dunmore": whatever the words around the first mention said
            e.mentions.sort(key=lambda m: (m.segment_id, m.start))
            out.append(e)
        return out


# A run of single letters spaced out: a space between letters, two or more between words ("T I N A  M A R S H").
_SPACED_LETTERS = re.compile(r"(?<!\S)[^\W\d_](?:[ \u00a0][^\W\d_]){2,}(?:[ \u00a0]{2,}[^\W\d_](?:[ \u00a0][^\W\d_])+)*"
                             r"(?!\S)")


def _names_a_building_nearby(m: Mention, text: str) -> bool:
    """Whether the words of a person's name also name a building right by it, before a building's word ("Galley
    Hill" of "Galley Hill Centre," / "Galley Hill,"): a street's and its building's name, no one's."""
    words = re.escape(normalise(m.text)).replace(r"\ ", r"\s+")
    near = text[max(0, m.start - _CARD_REACH):m.end + _CARD_REACH]
    return any(gz.org_head(b.group(1)) is not None or b.group(1).casefold() == "center"  # "Centre", "House": heads
               for b in re.finditer(rf"(?<!\w){words}[ \t]+([A-Z][a-z]+)\b", near))


_CARD_REACH = 200


_TITLE_CASE_WORD = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z\u00e0-\u017f]+(?![\w'\u2019-])")


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter dropped, added or changed, or two next to each other swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


# A body's name that opens with two places joined by "and" ("Luton and Dunstable University Hospital").
_TWO_PLACES = re.compile(r"([A-Z][a-z]+) and ([A-Z][a-z]+) [A-Z]")
# A key's or glossary's entry: capitals, "=", ":", a dash or a table's cell, and the name they stand for ("WYP = West
# Yorkshire Police", "D&G – Dumfries and Galloway", "QEH<tab>Queen Elizabeth Hospital", "HN | Holly Nash").
# A word of three to five letters standing alone, as initials are written in capitals ("QEH ED", not "QEHB" or "a/QEH").
_CAPITALS_RUN = re.compile(r"(?<![\w'\u2019&/.-])[^\W\d_]{3,5}(?![\w&/-])")
_ABBREVIATION_THEN_NAME = re.compile(r"(?<![\w&])(?P<abbr>[A-Z]{2,6})[ \t]*\([ \t]*(?P<full>[A-Z][\w'\u2019-]*"
                                    r"(?:[ \t]+(?:of|and|the|&|[A-Z][\w'\u2019-]*)){0,6})[ \t]*\)")
# (… or a plain space, where the name's words spell the abbreviation: "ELDC East Lindsey District Council")
_GLOSSARY_ENTRY = re.compile(r"(?<![\w&])(?P<abbr>[A-Z](?:[A-Z]|&(?=[A-Z])){1,5})"
                             r"(?:[ \t]*(?:=|:|[-\u2013\u2014]|\|)[ \t]*|\t+|[ ]{1,4})"
                             r"(?P<full>[A-Z][\w'\u2019-]*(?:[ \t]+(?:of|and|the|for|&|ap|ab|ferch|de|van|von|der|bin"
                             r"|[A-Z][\w'\u2019-]*)){0,6})")
# Between a person's name and a name they go by: ", known as", ", who was nicknamed", or quotes in brackets or after an
# age ('Connor ("Hexy")', 'COLE, 26, "Jay"').
_GOES_BY_GAP = re.compile(r"[ \t]*[,(]?[ \t]*(?:(?:who[ \t]+)?(?:was|is|were|had[ \t]+been|has[ \t]+been)[ \t]+)?"
                          r"(?:(?:also|always|often|usually)[ \t]+)?"
                          r"(?:known|nick-?named|went|goes|called|street[ \t-]?name)\b[^.!?;\n]*"
                          r"|[ \t]*(?:\([ \t]*|,[ \t]*\d{1,2},[ \t]*)[\"\u201c\u2018']")


_INITIAL_WITH_STOP = re.compile(r"[A-Z]\.")
_KIND_CONTEXT = 120  # characters either side of a finding that decide a new entity's kind
# Someone's relative named right after: "Dean's mother, Mrs Hollis", "Kerry-Ann's maternal grandmother, Mrs …".
_RELATIVE_BEFORE = re.compile(
    r"(?P<whose>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?)['\u2019]s[ \t]+(?:(?:maternal|paternal|late|"
    r"older|younger|elder)[ \t]+)?(?:mother|father|mum|dad|grandmother|grandfather|nan|grandma|grandad|"
    r"sister|brother|aunt|uncle|cousin|wife|husband|partner|stepfather|stepmother|son|daughter)[ \t]*,?[ \t]*$")
_WORDS_BEFORE = re.compile(r"(?:[\w'\u2019.-]+[ \u00a0]+){1,3}$")
# A family after a surname ("Thornton family members were invited"): the people's, though a town has the name.
_POSSESSIVE_BEFORE_NOUN = re.compile(r"['\u2019]s[ \t]+[a-z]")
_FAMILY_AFTER = re.compile(r"[ \t]+(?:family|families|household|siblings|children)\b")
# A verb only people do after a word, perhaps after an adverb ("Aldridge later said").
_PEOPLE_VERB_LATER = re.compile(r"(?:[ \t]+(?:later|then|also|again|subsequently|[a-z]{3,}ly))?"
                                + PEOPLE_VERB_AFTER.pattern)


# The kinds of body a brand names: a charity's, a firm's, a landlord's or a church's service, not a public body's.
_SERVICE_KINDS = frozenset({"charity", "company", "housing", "religious"})


def _branded(name: str) -> bool:
    """Whether a body's name the rules read by its kind's head opens with a brand's word: a capitalised word, a
    dictionary's perhaps, that is no safeguarding vocabulary, place or role ("Aspire" of "Aspire Recovery
    Partnership"), where "Recovery Partnership" alone is a kind of service."""
    words = normalise(name).split()
    if words and words[0] in ("The", "the"):
        words = words[1:]
    if len(words) < 2 or gz.org_kind(" ".join(words)) not in _SERVICE_KINDS or gz.police_force(" ".join(words)):
        return False
    first = words[0]
    return first.isalpha() and first[:1].isupper() and not first.isupper() \
        and first.casefold() not in gz.generic_words() and first.casefold() not in gz.FUNCTION_WORDS \
        and first.casefold() not in ROLE_WORDS and not gz.is_keep_phrase(first) and not gz.is_place(first) \
        and not gz.is_nationality(first) and gz.org_head(first) is None


def _a_public_persons_mailbox(address: str, public: set[tuple[str, ...]]) -> bool:
    """Whether an e-mail address's name is a public person's ("h.carrow@…", "helen.carrow@…" of the review's author,
    Helen Carrow): the first name or its initial, then the surname, and nothing else."""
    parts = [p for p in re.split(r"[._-]+", address.partition("@")[0].casefold()) if p]
    return len(parts) == 2 and any(parts[1] == name[-1] and parts[0] in (name[0], name[0][:1]) for name in public)


def _public_surnames(kept: list[Mention], public: list[Mention]) -> set[str]:
    """The surnames of the public people named in full, but those a private person the draft names in full
    has too ("Jayden Howell"), case-folded."""
    surnames = {words[-1].casefold() for m in public if len(words := strip_title(normalise(m.text)).split()) >= 2}
    return surnames - {words[-1].casefold() for m in kept
                       if m.entity == cat.PERSON and len(words := strip_title(normalise(m.text)).split()) >= 2}


def _without_public_surnames(kept: list[Mention], surnames: set[str], texts: dict[str, str]) -> list[Mention]:
    """``kept`` without the surname of a public person named in full (``surnames``), written alone or after a
    title ("Howell, who is also …", "Ms Held said"), or, where a town has that name, before a verb only people
    do ("Loughton told the House"): that is the public person."""
    if not surnames:
        return kept

    def public_surname(m: Mention) -> bool:
        words = strip_title(normalise(m.text)).split()
        if len(words) != 1 or words[0].casefold() not in surnames:
            return False
        return m.entity == cat.PERSON or (m.entity == cat.LOCATION and not _TITLE_RX.match(m.text)
                                          and _PEOPLE_VERB_LATER.match(texts[m.segment_id], m.end) is not None)

    return [m for m in kept if not public_surname(m)]


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start and m.end <= b for a, b in spans)


def _strictly_inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in spans)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by spaces."""
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _unknown_first_and_surname(words: list[str]) -> bool:
    """A word no dictionary or list knows before a listed surname, together no place ("Silondile Preston"):
    a first name and a surname, though the surname is a town's name too."""
    return len(words) == 2 and not gz.is_english_word(words[0]) and not gz.is_first_name(words[0]) \
        and not gz.is_surname(words[0]) and not gz.is_uk_place(words[0]) and not gz.is_world_city(words[0]) \
        and gz.is_surname(words[1]) and not gz.is_uk_place(" ".join(words))


def _one_name(keys: list[tuple[str, ...]]) -> bool:
    """Whether name keys (first name, surname) are one person's name written alike: the same surname, and first
    names a letter or two apart ("aiyaan" and a record's "ayaan"), not two relatives' ("adam" and "aisha"), or one
    the other's initial ("l." and "lauren"); or the same first name, and a long surname a letter apart ("gebrehiwet"
    and the Home Office's "gebrehiwot")."""
    keys = [(k[0].rstrip("."), *k[1:]) for k in keys]  # (a note's initial: "L. Whitworth")
    first = keys[0]
    return all(k == first or (len(k) == 2 == len(first) and (
        (k[1] == first[1] and SequenceMatcher(None, k[0], first[0]).ratio() >= 0.8)
        or (k[1] == first[1] and k[0][:1] == first[0][:1] and 1 in (len(k[0]), len(first[0])))
        or (k[0] == first[0] and len(first[1]) >= 6 and _one_edit(k[1], first[1])))) for k in keys[1:])


def _initials_of(words: list[str]) -> set[str]:
    """The ways a name's initials are written: "Blake Hughes-McCrory" -> BHM, BH, BM (first and last part)."""
    parts = [p for w in words for p in re.split(r"[-\u2010\u2011]", w) if p]
    letters = [_ascii_initial(p) for p in parts]
    word_letters = [_ascii_initial(w) for w in words]
    found = {"".join(letters), "".join(word_letters), letters[0] + letters[-1], word_letters[0] + word_letters[-1]}
    last = [p for p in re.split(r"[-\u2010\u2011]", words[-1]) if p]
    if len(words) >= 2 and len(last) == 2:  # "RO-T" of Reece Okonkwo-Tait, the surname's hyphen kept
        found.add(word_letters[0] + "-".join(_ascii_initial(p) for p in last))
    if len(words) >= 2 and any(_PREFIXED_SURNAME.fullmatch(p) for p in last):
        # "BOS" of Bernadette O'Sullivan, "NMcG" of Niall McGuinness, "CODM" of Chantelle O'Driscoll-Mensah
        found.add("".join(_ascii_initial(w) for w in words[:-1]) + "".join(
            m.group("prefix") + m.group("next") if (m := _PREFIXED_SURNAME.fullmatch(p)) else _ascii_initial(p)
            for p in last))
    return found


# A surname's prefix whose letters its initials keep ("O'Sullivan": OS, "McGuinness": McG).
_PREFIXED_SURNAME = re.compile(r"(?P<prefix>O(?=['\u2019])|Mc)['\u2019]?(?P<next>[A-Z])[\w'\u2019-]*")


def _spelt_within(words: list[str], initials: str) -> bool:
    """Whether ``initials`` take each word's first letter in order and, between them, only letters from inside the
    word before ("KWB" of "Kingsway Boys": K, W of "Kingsway", B), as a group's or a place's own abbreviation may."""
    def spell(k: int, rest: str) -> bool:
        if k == len(words):
            return not rest
        word = words[k].upper()
        if not rest or rest[0] != _ascii_initial(word):
            return False
        rest, inside = rest[1:], word[1:]
        for n in range(len(rest) + 1):  # the next n letters from inside this word, in order
            if n and (i := inside.find(rest[n - 1])) < 0:
                break
            if n:
                inside = inside[i + 1:]
            if spell(k + 1, rest[n:]):
                return True
        return False

    return len(words) >= 2 and spell(0, initials)


def _defines_initials(words: list[str], initials: str) -> bool:
    """Whether ``initials`` abbreviate the name ``words`` (also "MXF" for "Murdo Ferguson", and "TJ" for the
    double first name of "Tyler-James Boyd", as friends call him)."""
    joined = "".join(_ascii_initial(w) for w in words)
    first_parts = [p for p in re.split(r"[-\u2010\u2011]", words[0]) if p] if words else []
    return initials in _initials_of(words) or joined == initials[:1] + initials[-1:] \
        or (len(first_parts) >= 2 and initials == "".join(_ascii_initial(p) for p in first_parts))


def _ascii_initial(word: str) -> str:
    """The upper-case initial of a word, accents dropped ("Ó" -> "O")."""
    return unicodedata.normalize("NFKD", word[0])[0].upper()


def _beside_another_person(after: str) -> bool:
    """Whether the text after a word joins it to another person's initial or first name ("& D", "and
    Kai"): a name then, even after an article ("The Summer & D LCSPR"), but not beside a season or a month."""
    m = _BESIDE_ANOTHER.match(after)
    if m is None:
        return False
    other = m.group("other")
    return len(other) == 1 or _another_first_name(other)


def _after_another_person(before: str) -> bool:
    """Whether the text before a word joins it to another person's first name ("Joanne and "), one that is no
    ordinary word either."""
    m = _AFTER_ANOTHER.search(before)
    return m is not None and _another_first_name(m.group("other")) and not gz.is_english_word(m.group("other"))


def _another_first_name(word: str) -> bool:
    """Whether a word beside a name is another person's first name: listed, and no season, month or role."""
    key = word.casefold()
    return gz.is_first_name(word) and key not in _CALENDAR and key not in _SEASONS and key not in ROLE_WORDS


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone on its line (nothing but spaces beside it)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end:] if line_end == -1 else text[end:line_end]
    return not text[line_start:start].strip(" \t\u00a0") and not after.strip(" \t\u00a0")


def _plain_word(word: str) -> bool:
    """Letters only (with inner apostrophes or hyphens): "O'Neill", "Smith-Jones"; not "6DE"."""
    return _NAME_WORD.fullmatch(word) is not None


def _particle_surname(words: list[str]) -> str | None:
    """A name's surname with the particles before it ("de Brún", "van der Berg"), after a first name."""
    k = len(words) - 1
    while k > 1 and words[k - 1].casefold() in PARTICLES:
        k -= 1
    return " ".join(words[k:]) if k < len(words) - 1 else None


# Quotation marks around a word quoted alone ("the death of “Ross”").
_QUOTES = ("\u201c", "\u201d", "\u2018", "\u2019", '"', "'")
# What follows "the" ("the Brennans", "the O'Haras"); a look-ahead, so "the the Brennans" is read twice.
_AFTER_THE = re.compile(r"\b(?i:the)\s+(?=([^\W\d_][\w'\u2019-]*))")
# The titles a surname's forms take.
_SURNAME_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")


def _dotted(initials: str) -> list[str]:
    """Initials written with full stops ("JM" -> "J.M.", "J.M", "J. M.")."""
    return [".".join(initials) + ".", ".".join(initials), ". ".join(initials) + "."]


_QUOTE_MARKS = "\"'\u2018\u2019\u201c\u201d"


def natural_order(name: str) -> str:
    """A name with its surname first in capitals, as records write it ("SMITH, Kelly Ann"), in its natural order
    ("Kelly Ann SMITH"); any other name as it is."""
    parts = written_surname_first(name)
    return f"{parts[0]} {parts[1]}" if parts is not None else name


# A day and month with its year after it ("11 May 2024", "11th May, 2022").
_DAY_MONTH_YEAR = re.compile(r"(?<![\w/])(?P<day>\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+),?[ \t]+"
                             r"(?P<year>(?:19|20)\d\d)\b")


# A day and month in figures with no year after it, with a slash (see add_dates_without_their_year).
_FIGURES_ALONE = re.compile(r"(?<![\w/.])\d{1,2}/\d{1,2}(?![\w/]|\.\d)")
_FIGURES_YEAR = re.compile(r"(?<![\w/.])(?P<day>\d{1,2}[/.]\d{1,2})[/.](?P<year>(?:19|20)\d\d|\d\d)(?![\w/]|\.\d)")


def _ordinal(day: int) -> str:
    """The suffix of a day's ordinal ("st" of 1, 21 and 31; "nd", "rd"; "th")."""
    return "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _person_forms(full: str, surname_first: bool = False) -> list[str]:
    """A full name's forms: itself, the first name, the surname alone and after each title, the first name with the
    surname's initial. A surname's particles belong to it ("Cait de Brún": "de Brún", "Ms de Brún"; "Brún" and
    "Ms Brún" too). A name with its surname first ("SMITH, Kelly Ann") gives its natural order too ("Kelly Ann
    SMITH"); a Vietnamese one, written so, the name after its middle name's marker ("Lan" of "NGUYEN Thi Lan")."""
    natural = natural_order(full)
    if natural != full:
        return [full, *_person_forms(natural, surname_first=True)]
    words = full.split()
    first, last = words[0], words[-1]
    if len(words) == 2 and len(last) == 1:
        return [full, first]  # a given name and the surname's initial ("Nicky B"): no title goes with a letter
    if surname_first and len(words) >= 3 and gz.without_accents(first).casefold() in _VIETNAMESE_MARKERS:
        # "Thi Lan NGUYEN" (NGUYEN Thi Lan): the middle name marks the name; the person is called "Lan" ("My Linh",
        # "Linh" of Thi My Linh)
        called = list(dict.fromkeys([" ".join(words[1:-1]), words[-2]]))
        return [full, *called, last, *(f"{t} {last}" for t in _SURNAME_TITLES), *(f"{c} {last}" for c in called)]
    surnames = [last]
    if (with_particles := _particle_surname(words)) is not None:
        surnames.insert(0, with_particles)
    titled = [f"{t} {s}" for s in surnames for t in _SURNAME_TITLES]
    # the first name and the surname's initial, as records shorten a name ("Chase W" of Chase Whitlock)
    shortened = [f"{first} {last[0]}"] if len(words) >= 2 and last[:1].isupper() and last[:1].isalpha() else []
    # the first name and surname without the middle name, as records write them ("Kieran Matthews" of Kieran Lee
    # Matthews)
    if len(words) == 3 and _plain_word(words[1]) and words[1][:1].isupper() and words[1].casefold() not in PARTICLES:
        shortened.append(f"{first} {last}")
    # ... and a hyphenated first name's first part, where that is a first name itself ("Lexi" of Lexi-Mae)
    part = first.split("-")[0] if "-" in first else ""
    forms = [full, first, *surnames, *titled, *shortened, *_hyphenated_letters(first, last), *_nicknames(words),
             *([part] if len(part) >= 2 and part[:1].isupper() and gz.is_first_name(part) else [])]
    # ... and each written without its accents, as many records and systems write them ("Wisniewska", "Pawel")
    return forms + [bare for f in forms if (bare := gz.without_accents(f)) != f]


_INITIAL_AND_LETTERS = re.compile(r"[A-Z]\.? [A-Z]-[A-Z]")  # "H. M-S", "H M-S" (see _hyphenated_letters)


def _hyphenated_letters(first: str, last: str) -> list[str]:
    """A two-part surname's letters after a title or the first name's initial, as records shorten it ("Mrs M-S",
    "H. M-S" or "H M-S" of Harriet Montague-Sinclair); the letters alone are no one's."""
    parts = last.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p[1:2].islower() for p in parts) or not first[:1].isalpha():
        return []
    letters = f"{parts[0][0]}-{parts[1][0]}"
    initial = first[0].upper()
    return [*(f"{t} {letters}" for t in _SURNAME_TITLES), f"{initial}. {letters}", f"{initial} {letters}"]


# The middle names that mark a Vietnamese name (Thị a woman's, Văn a man's), which no one is called by.
_VIETNAMESE_MARKERS = frozenset({"thi", "van"})


def _nicknames(words: list[str]) -> list[str]:
    """The nicknames in quotes between a name's first and last words ('Tomasz "Tomek" Wiśniewski': "Tomek")."""
    return [w.strip(_QUOTE_MARKS) for w in words[1:-1] if w[:1] in _QUOTE_MARKS]


def _abbreviates(name: str, letters: str) -> bool:
    """Whether ``letters`` are capitals opening ``name``'s words, in order, the first word's first ("NNUH" of
    "Norfolk and Norwich University Hospitals NHS Foundation Trust")."""
    capitals = [w[0] for w in re.findall(r"[^\W\d_][\w'\u2019-]*", name) if w[0].isupper()]
    if not capitals or letters[0] != capitals[0]:
        return False
    rest = iter(capitals[1:])
    return all(c in rest for c in letters[1:])


def _defines(initials: str, names: Iterable[str], texts: Iterable[str]) -> bool:
    """Whether a text defines ``initials`` as one of ``names`` (see :func:`_defined_letters`)."""
    return initials in _defined_letters(names, texts)


def _defined_letters(names: Iterable[str], texts: Iterable[str]) -> set[str]:
    """The capitals a text defines as one of ``names``: in brackets after it ("Prince Charles Hospital (PCH)"), or
    on a glossary's line of the two ("FFP<tab>Fenland Fresh Produce Ltd", "RHC – Royal Hospital for Children",
    "Fenland Fresh Produce Ltd: FFP")."""
    name = "|".join(re.escape(n) for n in names)
    letters = r"([A-Z]{2,6})"
    pattern = re.compile(rf"(?<![\w-])(?:{name})[ \t]*\([ \t]*{letters}[ \t]*\)"
                         rf"|(?m:^)[ \t|]*{letters}[ \t]*(?:[\t|:=\u2013\u2014-][ \t]*)+(?:the[ \t]+)?(?:{name})\b"
                         rf"|(?m:^)[ \t|]*(?:{name})[ \t]*(?:[\t|:=\u2013\u2014-][ \t]*)+{letters}\b")
    return {next(g for g in m.groups() if g) for t in texts for m in pattern.finditer(t)}


def _by_the_guessers_majority(mentions: list[Mention]) -> list[Mention]:
    """A guessed person whose words the guesser reads more often as one place or body is that ("Colwick Country
    Park": a person once, a place twice)."""
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if is_guess(m):
            votes[normalise(m.text).casefold()][m.entity] += 1
    retyped = {}
    for key, count in votes.items():
        other, n = count.most_common(1)[0]
        if count[cat.PERSON] and other != cat.PERSON and n > count[cat.PERSON]:
            retyped[key] = other
    if not retyped:
        return mentions
    return [replace(m, entity=retyped[key]) if is_guess(m) and m.entity == cat.PERSON
            and (key := normalise(m.text).casefold()) in retyped else m for m in mentions]


def group(document: Document, mentions: Sequence[Mention], register: Register | None,
          keep: Iterable[str] = ()) -> list[Entity]:
    """Group mentions into entities and link all their occurrences.

    Args:
        document: The loaded draft.
        mentions: Findings from analysis.
        register: The case register (may be ``None``).
        keep: Extra phrases never to change (the default keep vocabulary).

    Returns:
        Register entities first (in register order), then detected ones by first appearance.
    """
    g = Grouper(document, register, keep)
    g.seed_register()
    g.add_mentions(mentions)
    g.add_given_names()
    g.add_short_forms()
    g.add_surnames_after_first_names()
    g.add_initials()
    g.add_titled_initials()
    g.add_initials_used_as_people()
    g.add_lone_first_names()
    g.add_organisation_short_forms()
    g.add_organisation_acronyms()
    g.add_street_names()
    g.add_dates_without_their_year()
    g.add_family_plurals()
    g.add_misspelt_surnames()
    g.add_possessives_without_apostrophe()
    g.link()
    return g.finish()
