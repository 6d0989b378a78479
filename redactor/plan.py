"""Decisions on entities, and the replacement plan they produce for every segment."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from recognizers import catalogue as cat
from recognizers import gazetteer as gz
from recognizers.dates import generalise
from recognizers.pseudonyms import draft_labels
from recognizers.titles import DOCTOR, PERSONAL, PROFESSOR, alternation, titles
from redactor.board import DatePolicy
from redactor.document import Rect
from redactor.entities import Entity, agency_words, names_no_one_alone
from redactor.errors import UnreviewedError
from redactor.forms import tokens
from redactor.mention import NER, Mention
from redactor.page_seams import HOUSE_NUMBER
from redactor.register import REDACTED, PseudonymAllocator, Register
from redactor.report_dates import about_the_review
from redactor.types import Action, DecisionSource, EntityType, MentionKey


@dataclass(slots=True)
class Decision:
    """What happens to one entity.

    Attributes:
        entity_id: The entity decided on.
        action: ``replace`` every mention, or ``keep`` it unchanged.
        replacement: Text that replaces every mention (ignored for ``keep``).
        source: ``register``, ``accepted_suggestion`` or ``manual``.
        reviewed: False for a suggestion nobody has accepted or rejected yet.
    """

    entity_id: str
    action: Action
    replacement: str
    source: DecisionSource
    reviewed: bool = True


@dataclass(frozen=True, slots=True)
class Replacement:
    """One span of one segment to replace, with everything the audit log needs."""

    segment_id: str
    start: int
    end: int
    original: str
    replacement: str
    entity_id: str
    entity_name: str
    type: EntityType
    entity: str
    recognizer: str
    score: float
    source: DecisionSource
    explanation: str


@dataclass(frozen=True, slots=True)
class AreaRedaction:
    """A rectangle of a PDF page whose text, image pixels and drawings are all removed (drawn by the reviewer).

    Attributes:
        id: The manual redaction's id (``A12``).
        page: 0-based page.
        rect: PDF points in page coordinates (x0, y0, x1, y1).
        original: The draft's text under the rectangle, for the audit log.
    """

    id: str
    page: int
    rect: Rect
    original: str = ""


@dataclass(slots=True)
class Plan:
    """All replacements, by segment, plus the entities, decisions and manual areas behind them.

    ``overrides`` holds per-mention decisions that differ from their entity's (the reviewer's
    override of one mention, or a mention inside a keep-list phrase).
    """

    entities: list[Entity]
    decisions: dict[str, Decision]
    by_segment: dict[str, list[Replacement]] = field(default_factory=dict)
    overrides: Mapping[MentionKey, Decision] = field(default_factory=dict)
    areas: list[AreaRedaction] = field(default_factory=list)

    @property
    def replacements(self) -> list[Replacement]:
        """Every replacement, in segment order."""
        return [r for reps in self.by_segment.values() for r in reps]

    def decision_for(self, m: Mention, e: Entity) -> Decision:
        """The decision that applies to one mention: its override, else its entity's."""
        return self.overrides.get((m.segment_id, m.start, m.end)) or self.decisions[e.id]

    def replaced_forms(self) -> dict[str, str]:
        """Every surface form that was replaced, mapped to the entity name (what verify looks for)."""
        out: dict[str, str] = {}
        for e in self.entities:
            d = self.decisions.get(e.id)
            if d is not None and d.action == "replace":
                for f in e.forms:
                    out.setdefault(f, e.name)
            for m in e.mentions:
                if d is not None and self.decision_for(m, e).action == "replace":
                    if m.joined:  # a part of a name a page break splits: the whole is what identifies
                        out.setdefault(m.joined, e.name)
                        if names_no_one_alone(m.text) or (e.type != "PERSON" and agency_words(m.text)) \
                                or HOUSE_NUMBER.fullmatch(m.text.strip()):
                            continue  # a title or month on its own ('Dr' | break | 'Bitner') names no one,
                            # nor does agency vocabulary ('Metropolitan Police' | break | 'Service'), nor a house's
                            # number ('a visit to 80' | break | 'Market Close, Shrewsbury')
                    out.setdefault(m.text, e.name)
        return out

    def kept_spans(self) -> dict[str, list[tuple[int, int]]]:
        """Where a replaced form is deliberately left in the text, by segment.

        A mention the reviewer kept (an entity decided ``keep``, a mention overridden to ``keep``,
        a mention inside a keep-list phrase) whose text is also a replaced form stays in the output
        at its own position; verification masks exactly there. A kept mention that a replacement
        touches is not listed (what is left of it is checked).
        """
        replaced = {tuple(t for _, _, t in tokens(f)) for f in self.replaced_forms()}
        spans = {seg: sorted((r.start, r.end) for r in reps) for seg, reps in self.by_segment.items()}
        out: dict[str, list[tuple[int, int]]] = {}
        for e in self.entities:
            if e.id not in self.decisions:
                continue
            for m in e.mentions:
                if self.decision_for(m, e).action != "keep":
                    continue
                key = tuple(t for _, _, t in tokens(m.text))
                if key in replaced and not _covered(spans.get(m.segment_id, []), m.start, m.end):
                    out.setdefault(m.segment_id, []).append((m.start, m.end))
        return out


def suggest(entities: list[Entity], register: Register | None, texts: dict[str, str],
            dates: DatePolicy | None = None, labels: Sequence[str] | None = None) -> dict[str, Decision]:
    """Decisions for every entity: the register's for register entities, suggestions for the rest.

    Suggestions follow published practice: children Child A, B …; councils LA1 …; schools School 1
    (skipping any label the register or the draft already uses);
    identifiers, addresses and dates of birth ``[redacted]``; other day-precise dates are generalised
    to month and year, except dates about the review itself (its own date, versions, panel meetings,
    reporting periods: :func:`redactor.report_dates.about_the_review`).

    ``labels`` are the pseudonym labels the texts use, when already read (:func:`draft_labels`).
    """
    dates = dates or DatePolicy()
    # Never hand out a label the register or the draft itself already uses ("LA2", "Child K").
    taken = [e.pseudonym for e in (register.entries if register else [])]
    forms = (f for e in entities for f in e.forms if " " not in f)
    used = draft_labels(texts.values()) if labels is None else labels
    allocator = PseudonymAllocator([*taken, *used], avoid=forms)
    decisions: dict[str, Decision] = {}
    anonymised = register is None and already_anonymised(entities)
    # A council and its area share one label ("Leeds City Council" … "lived in Leeds": LA1 both), the register's first.
    areas = {area: e.entry.pseudonym for e in entities if e.source == "register" and e.entry is not None
             and e.type in ("ORGANISATION", "LOCATION") and (area := _council_area(e.name)) is not None}
    for e in entities:
        if e.source == "register":
            assert e.entry is not None
            decisions[e.id] = Decision(e.id, "replace", e.entry.pseudonym, "register")
        elif anonymised and (e.type == "PERSON" or e.detectors <= _GUESSES or e.kind in _AREAS):
            # In a review that names nobody in full, a lone first name is the board's own pseudonym, a
            # name only NER guessed (no head word, list or title behind it) is not worth a suggestion, and
            # the councils, forces and hospitals it names are named deliberately (a board names its own
            # area and the large public bodies in it; a school, which points at one child, is suggested).
            decisions[e.id] = Decision(e.id, "keep", "", "accepted_suggestion", reviewed=False)
        elif e.detectors == _OPERATION and _names_a_review(e.name, texts):
            # an operation the review is named after ("The Fenestra Serious Case Review"): the review's public name
            decisions[e.id] = Decision(e.id, "keep", "", "accepted_suggestion", reviewed=False)
        elif e.kind == "date":
            decisions[e.id] = _date_decision(e, texts, dates.day)
        elif e.kind == "date_of_birth" and dates.date_of_birth == "generalise":
            decisions[e.id] = Decision(e.id, "replace", generalise(e.name) or REDACTED, "accepted_suggestion",
                                       reviewed=False)
        else:
            area = _council_area(e.name) if e.kind == "local_authority" else None
            label = areas.get(area) if area is not None else None
            if label is None:
                label = allocator.allocate(e.kind)
                if area is not None:
                    areas[area] = label
            decisions[e.id] = Decision(e.id, "replace", label, "accepted_suggestion", reviewed=False)
    return decisions


def _council_area(name: str) -> str | None:
    """The council area a name gives, folded ("Isle of Wight Council" and "the Isle of Wight": isle of wight)."""
    area = gz.local_authority(name)
    return None if area is None else area.casefold()


_GUESSES = frozenset({NER, "linked"})
_AREAS = frozenset({"local_authority", "police_force", "hospital"})
_OPERATION = frozenset({"PoliceOperationRecognizer"})


def _names_a_review(name: str, texts: dict[str, str]) -> bool:
    """Whether the draft names a review after ``name`` ("The Fenestra Serious Case Review", "Fenestra SCR")."""
    title = re.compile(rf"\b(?i:{re.escape(name)})[ \t]+(?:(?i:serious[ \t]+case|(?:local[ \t]+)?child[ \t]+"
                       r"safeguarding[ \t]+practice|safeguarding[ \t]+adults?|thematic)[ \t]+(?i:review)"
                       r"|(?-i:SCR|CSPR|LCSPR|SAR))\b")
    return any(title.search(text) for text in texts.values())


def already_anonymised(entities: list[Entity]) -> bool:
    """Whether a draft reads as already anonymised: it names no private person in full (no first name
    and surname, no title and surname) and holds no personal identifier, date of birth or address.

    In such a review (a published one, or one the author has finished by hand) a person written only
    by a lone first name ("Peter", "Tom") is a pseudonym its board chose. One full name or one
    identifier anywhere is enough to show real names are still present, and then every lone first
    name is suggested for replacement as usual. The councils, police forces and hospitals such a
    review names are its board's choice too (kept); its schools, services and addresses are still
    suggested.
    """
    people = [e for e in entities if e.source == "detected" and e.type == "PERSON"]
    if any(e.source == "register" for e in entities):
        return False
    for e in entities:
        if e.source != "detected":
            continue
        if ((e.type in ("IDENTIFIER", "DATE") and e.kind != "date") or e.kind == "address") \
                and e.detectors != _OPERATION:  # (a police operation's name is no one's identifier)
            return False
    return not any(_full_name(m.joined or m.text) for e in people for m in e.mentions
                   if m.recognizer not in ("linked",))


# A label before a first name, as published reviews write their pseudonyms ("Baby Claire").
_LABELS: Final = frozenset({"baby", "child", "infant", "sibling", "young", "person", "adult"})


def _full_name(text: str) -> bool:
    """A first name and surname, or a title and a name ("Mrs Okafor"); not a name and what it owns ("Rachel's
    Story") or a name after a label ("Baby Claire")."""
    words = text.split()
    if any(re.search(r"['\u2019]s?$", w) for w in words[:-1]):
        return False
    words = [w for w in words if w.casefold() not in _LABELS]
    return len(words) >= 2


def _date_decision(e: Entity, texts: dict[str, str], policy: str) -> Decision:
    if policy == "keep":
        return Decision(e.id, "keep", "", "accepted_suggestion", reviewed=False)
    if policy == "redact":
        return Decision(e.id, "replace", REDACTED, "accepted_suggestion", reviewed=False)
    if about_the_review(e.mentions, texts):
        return Decision(e.id, "keep", "", "accepted_suggestion", reviewed=False)
    month_year = generalise(e.name)
    return Decision(e.id, "replace", month_year or REDACTED, "accepted_suggestion", reviewed=False)


def accept_all(decisions: dict[str, Decision]) -> None:
    """Mark every suggestion as reviewed and accepted (the headless 'approve everything')."""
    for d in decisions.values():
        d.reviewed = True


def unreviewed(entities: list[Entity], decisions: dict[str, Decision]) -> list[Entity]:
    """Entities whose decision is still an unreviewed suggestion."""
    return [e for e in entities if not decisions[e.id].reviewed]


def require_reviewed(entities: list[Entity], decisions: dict[str, Decision]) -> None:
    """Refuse to export while suggestions are unreviewed.

    Raises:
        UnreviewedError: Listing each unreviewed entity with its suggestion.
    """
    pending = unreviewed(entities, decisions)
    if pending:
        lines = [f"{e.type.lower()} '{e.name}' -> {_describe(decisions[e.id])}" for e in pending]
        shown = "; ".join(lines[:12]) + (f"; … and {len(lines) - 12} more" if len(lines) > 12 else "")
        raise UnreviewedError(
            f"{len(pending)} finding(s) not in the register are unreviewed: {shown}. Add them to the "
            "register (or its keep list), or pass --accept-all to accept every suggestion",
            lines,
        )


def _describe(d: Decision) -> str:
    return "keep" if d.action == "keep" else repr(d.replacement)


def trust(m: Mention, e: Entity, d: Decision) -> int:
    """How much a mention's reading of its text is trusted when it overlaps another.

    Structured identifiers (an email, a phone number, a date of birth) are exact, so they beat a
    register name inside them ("chloe.hartley@…"); the reviewer's register beats anything else the
    engine guessed; addresses come next (so "Rose House, 4 Mill Lane" keeps the register's
    pseudonym for the house); free-text guesses (NER, gazetteers) come last.
    """
    if m.entity in cat.IDENTIFIERS or m.entity == cat.DATE_OF_BIRTH:
        return 4
    if d.source in ("register", "manual") or e.source == "register":
        return 3
    if m.entity in (cat.UK_ADDRESS, cat.UK_POSTCODE):
        return 2
    return 1


_NAMES = frozenset({cat.PERSON, cat.ORGANISATION, cat.LOCATION})
_EDGE = " \t\n,;:/()[]-\u2013\u2014&+"


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps any of the sorted, non-overlapping spans."""
    i = bisect.bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start


def build_plan(entities: list[Entity], decisions: dict[str, Decision], texts: dict[str, str],
               overrides: Mapping[MentionKey, Decision] | None = None,
               areas: Iterable[AreaRedaction] = (), only: Collection[str] | None = None) -> Plan:
    """Turn decisions into non-overlapping replacements per segment (of the ``only`` segments, if given).

    Where mentions overlap, each character goes to the most trusted mention covering it (then the
    longest); consecutive characters with the same winner become one replacement, trimmed of
    spaces and punctuation at its edges. So "Ikenna Mensah / MF" guessed as one name by NER
    becomes "Child Z / YPA" from the register, and nothing inside the overlap is left unreplaced.
    """
    plan = Plan(entities, decisions, overrides=overrides or {}, areas=list(areas))
    raw: dict[str, list[tuple[Mention, Entity, Decision]]] = defaultdict(list)
    for e in entities:
        d = decisions[e.id]
        if d.action != "replace" and not overrides:
            continue
        for m in e.mentions:
            if only is not None and m.segment_id not in only:
                continue
            dm = overrides.get((m.segment_id, m.start, m.end), d) if overrides else d
            if dm.action == "replace":
                raw[m.segment_id].append((m, e, dm))
    for seg_id, items in raw.items():
        items.sort(key=lambda t: (t[0].start, -(t[0].end - t[0].start)))
        groups: list[list[tuple[Mention, Entity, Decision]]] = []
        end = -1
        for item in items:
            if groups and item[0].start < end:
                groups[-1].append(item)
                end = max(end, item[0].end)
            else:
                groups.append([item])
                end = item[0].end
        reps: list[Replacement] = []
        for group in groups:
            reps.extend(_resolve(group, texts[seg_id]))
        plan.by_segment[seg_id] = _with_titles(reps, texts[seg_id])
    return plan


def _resolve(group: list[tuple[Mention, Entity, Decision]], text: str) -> list[Replacement]:
    if len(group) == 1:
        m, e, d = group[0]
        return [_replacement(m, e, d, m.start, m.end, text, group)]
    lo = min(m.start for m, _, _ in group)
    hi = max(m.end for m, _, _ in group)
    levels: list[float] = [trust(*item) for item in group]
    for i, (m, e, _) in enumerate(group):
        if e.source != "detected" or m.entity not in (*_NAMES, cat.UK_ADDRESS):
            continue
        inside = [x for j, (x, xe, _) in enumerate(group) if levels[j] == 3 and m.start <= x.start
                  and x.end <= m.end and (x.start, x.end) != (m.start, m.end)]
        if not inside:
            continue
        if m.entity == cat.UK_ADDRESS:
            if all(x.type == "PERSON" for x in inside):
                # A street named like a registered person ("Victoria Mews"): part of the address.
                levels[i] = 3.5
            continue
        if m.entity == cat.PERSON and all(x.type == "PERSON" for x in inside):
            # Another, longer person's name ("Daniel Smith" when "Daniel" is registered): a name is
            # one unit, so it wins over the part inside it.
            levels[i] = 3.5
        # Otherwise (a guessed organisation around a registered person) the register's name keeps its
        # pseudonym and the guessed remainder still gets the guess's own: its other words read as a
        # name, so they are not left in the clear.
    ranked = sorted(range(len(group)), key=lambda i: (levels[i], group[i][0].end - group[i][0].start,
                                                      group[i][0].score), reverse=True)
    owner = [-1] * (hi - lo)
    for i in ranked:
        m = group[i][0]
        for c in range(m.start - lo, m.end - lo):
            if owner[c] == -1:
                owner[c] = i
    out: list[Replacement] = []
    c = 0
    while c < len(owner):
        j = c
        while j < len(owner) and owner[j] == owner[c]:
            j += 1
        a, b = lo + c, lo + j
        m, e, d = group[owner[c]]
        if (a, b) != (m.start, m.end):
            while a < b and text[a] in _EDGE:
                a += 1
            while b > a and text[b - 1] in _EDGE:
                b -= 1
        if b > a and any(ch.isalnum() for ch in text[a:b]):
            out.append(_replacement(m, e, d, a, b, text, group))
        c = j
    return out


# A personal title straight before a name, on the same line ("Dr " of "Dr Noor Wright"), as written or in capitals.
_JOINING_TITLES: Final = titles(PERSONAL, DOCTOR, PROFESSOR)
_TITLE_BEFORE: Final = re.compile(
    rf"(?<![\w.])(?:{alternation(_JOINING_TITLES)}|{alternation(t.upper() for t in _JOINING_TITLES)})\.?[ \t\u00a0]+$")


def _with_titles(reps: list[Replacement], text: str) -> list[Replacement]:
    """Each replaced person's name with the title written before it: the register may name a person without
    one ("Noor Wright"), and "Dr Noor Wright" is then "Consultant paediatrician 1", not "Dr Consultant
    paediatrician 1" (a title left beside a pseudonym reads wrong, and "Dr" or "MR" may be the initials)."""
    out: list[Replacement] = []
    for r in reps:
        title = _TITLE_BEFORE.search(text, max(0, r.start - 12), r.start) if r.type == "PERSON" and r.replacement \
            else None
        if title is not None and (not out or out[-1].end <= title.start()):
            r = replace(r, start=title.start(), original=text[title.start():r.end])
        out.append(r)
    return out


def _replacement(m: Mention, e: Entity, d: Decision, start: int, end: int, text: str,
                 group: list[tuple[Mention, Entity, Decision]]) -> Replacement:
    detected = [x for x, xe, _ in group if xe.id == e.id and x.recognizer not in ("register", "linked")]
    best = max(detected, key=lambda x: x.score) if detected else m
    new = d.replacement
    if d.replacement != REDACTED and e.kind in ("date", "date_of_birth") and m.entity in (cat.DATE_DAY,
                                                                                        cat.DATE_OF_BIRTH):
        new = generalise(m.joined or m.text) or d.replacement
    if m.joined and not _starts_joined(m):
        new = ""  # a later part of a finding a page break splits: its replacement stands once, at the start
    return Replacement(m.segment_id, start, end, text[start:end], new, e.id, e.name, e.type, m.entity,
                       best.recognizer, best.score, d.source, best.explanation)


def _starts_joined(m: Mention) -> bool:
    """Whether ``m`` is the first part of the whole finding a page break splits ("Maisie" of "Maisie Kowalczyk")."""
    return " ".join(m.joined.split()).startswith(" ".join(m.text.split()))
