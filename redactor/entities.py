"""Group mentions into entities and link every occurrence of every entity's forms across the document.

"Chloe Hartley", "Chloe", "Miss Hartley" and "CHLOE HARTLEY" become one person; an NHS number
written with and without spaces is one identifier. Once grouped, every form of every entity is
searched for in every segment (body, headers, footers, metadata, annotations, …) so a name
recognised once is covered everywhere.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

from recognizers import catalogue as cat
from recognizers.gazetteer import nickname_of
from recognizers.name_judge import identifying_words_remain
from redactor.analysis import Mention
from redactor.document import Document, lower_case_words
from redactor.forms import FormMatcher, normalise, word_like_forms
from redactor.register import Kind, Register, RegisterEntry
from redactor.types import EntityType

_TITLE_RX = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|DC|PC|DS|DI|DCI|Sgt|Cllr|Rev|Baby)\.?\s+")
# "Murdo Ferguson (MF)", "Jane Smith ('JS')", "Ann Lee (A.L.)".
_DEFINED_INITIALS = re.compile(r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\s*\(\s*['\u2018\u2019\"]?"
                               r"((?:[A-Z]\.?){2,4})['\u2018\u2019\"]?\s*\)")
_TITLE_WORDS = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|DC|PC|DS|DI|DCI|Sgt|Cllr|Rev|Baby)\b\.?")
_STRUCTURED = frozenset({*cat.IDENTIFIERS, cat.DATE_OF_BIRTH, cat.UK_ADDRESS, cat.UK_POSTCODE})


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


def strip_title(name: str) -> str:
    """``Mrs Okafor`` -> ``Okafor``."""
    return _TITLE_RX.sub("", name).strip()


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
        keep_all = [*self.register.keep, *keep]
        self.keep = FormMatcher((k, "keep") for k in keep_all)
        self._keep_forms = {normalise(k).casefold() for k in keep_all}
        self.entities: list[Entity] = []
        self._by_form: dict[str, Entity] = {}
        self._by_key: dict[str, Entity] = {}
        self._register_forms = FormMatcher(())
        self._lower_words = lower_case_words(document)
        self._keep_cache: dict[str, list[tuple[int, int]]] = {}
        self._by_id: dict[str, Entity] = {}
        self._name_parts: dict[str, set[str]] = {}
        self._detected = 0

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
        """Remember first names and surnames of people's full-name forms (for lone "Chloe", "Hartley")."""
        words = form.split()
        if entity.type == "PERSON" and len(words) >= 2:
            for w in (words[0], words[-1]):
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
                if normalise(form).casefold() not in self._keep_forms:
                    self._add_form(ent, form)
        self._register_forms = FormMatcher((f, e.id) for e in self.entities for f in e.forms)

    def covers_register_name(self, mention: Mention) -> bool:
        """Whether a guessed name span is just register names plus filler ("Ikenna Mensah / MF").

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
        rest = _TITLE_WORDS.sub(" ", _blank(mention.text, hits))
        return not identifying_words_remain(mention.text, rest, mention.entity, self._lower_words)

    def in_keep(self, mention: Mention, segment_text: str) -> bool:
        """Whether a mention is public: inside a keep-list phrase, or made only of keep phrases and
        generic words ("Dudley Children's Services" when Dudley is kept; "Derby Serious Case Review").

        Identifiers, addresses and dates of birth are never kept this way.
        """
        if mention.entity in _STRUCTURED:
            return False
        if normalise(mention.text).casefold() in self._keep_forms:
            return True
        s, e = mention.start, mention.end
        hits = self._keep_overlapping(mention.segment_id, segment_text, s, e)
        if any(a <= s and e <= b for a, b in hits):
            return True
        inside = [(max(a, s) - s, min(b, e) - s) for a, b in hits]
        if not inside or mention.entity not in (cat.PERSON, cat.LOCATION, cat.ORGANISATION):
            return False
        full = segment_text[s:e]
        return not identifying_words_remain(full, _blank(full, inside), mention.entity, self._lower_words)

    def _keep_overlapping(self, segment_id: str, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Keep-phrase occurrences overlapping ``start:end`` (all of a segment's are found once)."""
        hits = self._keep_cache.get(segment_id)
        if hits is None:
            hits = [(h.start, h.end) for h in self.keep.finditer(text)]
            self._keep_cache[segment_id] = hits
        i = bisect.bisect_left(hits, (end, end))  # hits are sorted and do not overlap
        out = []
        while i > 0 and hits[i - 1][1] > start:
            i -= 1
            out.append(hits[i])
        return out

    def add_mentions(self, mentions: Sequence[Mention]) -> list[Mention]:
        """Attach detected mentions to entities, creating new entities as needed.

        Returns:
            The mentions that were kept (not inside a keep phrase).
        """
        texts = {s.id: s.text for s in self.document.segments}
        kept = [m for m in mentions
                if not self.in_keep(m, texts[m.segment_id]) and not self.covers_register_name(m)]
        # Longer names first, so "Chloe Hartley" exists before a lone "Chloe" looks for its owner.
        # Dates of birth first, so a date also read as a plain date joins the date of birth; then
        # longer names first, so "Chloe Hartley" exists before a lone "Chloe" looks for its owner.
        order = sorted(kept, key=lambda m: (m.entity != cat.DATE_OF_BIRTH, m.entity != cat.PERSON,
                                            -len(m.text.split()), -len(m.text)))
        for m in order:
            ent = self._owner(m, texts[m.segment_id])
            ent.mentions.append(m)
            ent.detectors.add(m.recognizer)
            ent.entity_names.add(m.entity)
        return kept

    def _owner(self, m: Mention, segment_text: str) -> Entity:
        norm = normalise(m.text)
        found = self._by_form.get(norm.casefold())
        if found is not None and not (m.entity == cat.DATE_OF_BIRTH and found.kind != "date_of_birth"):
            return found
        if m.entity in _STRUCTURED or m.entity == cat.DATE_DAY:
            # A date of birth and the same date read as a plain date share a key (the DOB wins).
            family = "DATE" if m.entity in (cat.DATE_OF_BIRTH, cat.DATE_DAY) else m.entity
            key = f"{family}:{identifier_key(m.text)}"
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
            if owner is not None:
                self._add_form(owner, norm)
                return owner
        context = segment_text[max(0, m.start - 120): m.end + 120]
        ent = self._new(m, detected_kind(m.entity, norm, context))
        if m.entity == cat.PERSON and len(strip_title(norm).split()) >= 2:
            for form in _person_forms(strip_title(norm)):
                if form.casefold() not in self._keep_forms:
                    self._add_form(ent, form)
        return ent

    def _person_owner(self, bare: str) -> Entity | None:
        """The one person whose name contains ``bare`` as its first name or surname, if unique."""
        words = bare.split()
        if len(words) != 1:
            return self._by_form.get(bare.casefold())
        owners = self._name_parts.get(words[0].casefold(), set())
        if not owners:
            # A short form of a first name used in the same draft ("Tom" for Thomas Brown).
            owners = {e.id for e in self.entities if e.type == "PERSON" and any(
                len(f.split()) >= 2 and nickname_of(words[0], f.split()[0]) for f in e.forms)}
        return self._by_id[next(iter(owners))] if len(owners) == 1 else None

    def _new(self, m: Mention, kind: Kind) -> Entity:
        self._detected += 1
        return self._add(Entity(f"E{self._detected}",
                                normalise(m.text), m.type, kind, [normalise(m.text)], "detected"))

    def add_initials(self) -> None:
        """Initials a draft defines for a person ("Murdo Ferguson (MF)") become that person's form."""
        for seg in self.document.segments:
            for m in _DEFINED_INITIALS.finditer(seg.text):
                full, initials = normalise(m.group(1)), m.group(2).replace(".", "")
                owner = self._by_form.get(full.casefold())
                words = strip_title(full).split()
                while owner is None and len(words) > 2:  # "… with Murdo Ferguson (MF)": drop leading words
                    words = words[1:]
                    owner = self._by_form.get(" ".join(words).casefold())
                if owner is None or owner.type != "PERSON":
                    continue
                if "".join(w[0] for w in words).upper() in (initials, initials[:1] + initials[-1:]) or \
                        (words[0][0] + words[-1][0]).upper() == initials:
                    self._add_form(owner, initials)

    # -- linking ----------------------------------------------------------------------------
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
                spans = covered.setdefault((hit.key, seg.id), [])
                if any(a <= hit.start and hit.end <= b for a, b in spans):
                    continue
                spans.append((hit.start, hit.end))
                ent = by_id[hit.key]
                mention = Mention(seg.id, hit.start, hit.end, seg.text[hit.start:hit.end], ent.label, 1.0,
                                  "register" if ent.source == "register" else "linked",
                                  f"occurrence of {ent.source} form '{hit.form}'")
                if ent.source == "detected" and self.in_keep(mention, seg.text):
                    continue
                ent.mentions.append(mention)

    def finish(self) -> list[Entity]:
        """Drop detected entities left without mentions; name each by its longest form."""
        out = []
        for e in self.entities:
            if e.source == "detected":
                if not e.mentions:
                    continue
                e.name = max(e.forms, key=len)
            e.mentions.sort(key=lambda m: (m.segment_id, m.start))
            out.append(e)
        return out


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by spaces."""
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _person_forms(full: str) -> list[str]:
    words = full.split()
    first, last = words[0], words[-1]
    return [full, first, last, *(f"{t} {last}" for t in ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"))]


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
    g.add_initials()
    g.link()
    return g.finish()
