"""The reviewer's work on a case: a state folded from the journal, laid over each draft's analysis.

Design, in short:

* **The journal is the truth.** Every reviewer operation is one journal entry. The undo stack is
  the list of operations currently in effect, in order; ``undo``/``redo`` entries move one
  operation between it and the redo stack. :class:`History` replays a journal into those two
  stacks, and :class:`ReviewState` is the fold of the operations in effect. Replaying after a
  crash therefore restores the decisions *and* both stacks exactly.
* **Decisions are recorded against the entity, not its position.** An entity's key is its type
  and normalised name (``PERSON:chloe hartley``). A decision made in one draft applies to the
  entity of the same key in every draft of the case, and survives re-analysis (a new engine
  version, an edited draft), because ids such as ``E7`` are never used to look it up. Merges are
  case-wide too: after "Chloe" is merged into "Chloe Hartley", an entity "Chloe" in another draft
  takes Chloe Hartley's decision.
* **Positional operations belong to one draft version.** Mention overrides, splits and single
  manual redactions are recorded with the draft's SHA-256 and applied only to that content.
  "Every occurrence" manual redactions and keep-list phrases are case-wide.
* **A decision reaches drafts where detection missed the entity.** When the reviewer replaced an
  entity in one draft and another draft's analysis has no entity of that type and name, the
  entity's forms are looked for in that draft too (outside its keep phrases) and replaced there
  with the same decision ("decided in another draft of the case").
* **The analysis of a draft is never re-run for a decision.** :class:`Overlay` keeps the engine's
  analysis (from the case cache) as the base and recomputes entities, decisions, mention
  overrides and manual areas from the base and the state: a pure function, so undo is exact.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from recognizers import catalogue as cat
from redactor.document import Document, Rect
from redactor.entities import Entity
from redactor.forms import FormMatcher, normalise, tokens, word_like_forms
from redactor.journal import JournalEntry, JournalError
from redactor.mention import Mention
from redactor.pipeline import Analysis
from redactor.plan import AreaRedaction, Decision
from redactor.types import Action, DecisionSource, MentionKey

# Operations the reviewer can undo; anything else (create, add_draft, export …) is a plain record.
UNDOABLE = frozenset({"decide", "accept_all", "mark_reviewed", "override", "merge", "split", "redact_text",
                      "redact_area", "remove_manual", "add_keep", "remove_keep"})
MANUAL_ENTITY = "MANUAL"
# Never kept because a keep-list phrase contains them: exact identifiers.
_STRUCTURED = frozenset({*cat.IDENTIFIERS, cat.DATE_OF_BIRTH, cat.UK_ADDRESS, cat.UK_POSTCODE})


def entity_key(e: Entity) -> str:
    """The case-wide identity of an entity: its type and normalised, case-folded name."""
    return f"{e.type}:{normalise(e.name).casefold()}"


def mention_key(m: Mention) -> MentionKey:
    """``(segment_id, start, end)`` of a mention."""
    return (m.segment_id, m.start, m.end)


@dataclass(frozen=True, slots=True)
class Choice:
    """What the reviewer chose for an entity or a mention."""

    action: Action
    replacement: str
    source: DecisionSource = "manual"


@dataclass(slots=True)
class ReviewState:
    """The effect of the operations in force, in a form the overlay can apply to any draft.

    Attributes:
        choices: Entity key -> the reviewer's decision.
        reviewed: Entity key -> reviewed flag (set by a decision or by marking).
        known: Entity key -> name, type, kind and forms when last decided (for the case register).
        overrides: Draft SHA-256 -> mention key -> choice.
        structure: Merges (case-wide) and splits (one draft), in order.
        manual: Manual redaction id -> the entry that made it.
        keep: Keep-list phrases added in the case.
        decided_by: Entity key -> the entry that made its current decision (for the redaction log).
        overridden_by: Draft SHA-256 -> mention key -> the entry that overrode it.
        kept_by: Keep-list phrase -> the entry that added it.
    """

    choices: dict[str, Choice] = field(default_factory=dict)
    reviewed: dict[str, bool] = field(default_factory=dict)
    known: dict[str, dict[str, Any]] = field(default_factory=dict)
    overrides: dict[str, dict[MentionKey, Choice]] = field(default_factory=dict)
    structure: list[JournalEntry] = field(default_factory=list)
    manual: dict[str, JournalEntry] = field(default_factory=dict)
    keep: list[str] = field(default_factory=list)
    decided_by: dict[str, JournalEntry] = field(default_factory=dict)
    overridden_by: dict[str, dict[MentionKey, JournalEntry]] = field(default_factory=dict)
    kept_by: dict[str, JournalEntry] = field(default_factory=dict)

    @classmethod
    def fold(cls, entries: Iterable[JournalEntry]) -> ReviewState:
        """The state after applying ``entries`` in order."""
        state = cls()
        for entry in entries:
            state.apply(entry)
        return state

    def apply(self, entry: JournalEntry) -> None:
        """Apply one operation."""
        a = entry.args
        if entry.op == "decide":
            self._choose(a, Choice(a["action"], a["replacement"], a.get("source", "manual")), entry)
        elif entry.op == "accept_all":
            for item in a["entities"]:
                self._choose(item, Choice(item["action"], item["replacement"], "accepted_suggestion"), entry)
        elif entry.op == "mark_reviewed":
            self.reviewed[a["key"]] = bool(a["reviewed"])
        elif entry.op == "override":
            sha = (entry.draft or {}).get("sha256", "")
            where = self.overrides.setdefault(sha, {})
            key = (a["segment_id"], a["start"], a["end"])
            if a["action"] is None:
                where.pop(key, None)
                self.overridden_by.get(sha, {}).pop(key, None)
            else:
                where[key] = Choice(a["action"], a["replacement"])
                self.overridden_by.setdefault(sha, {})[key] = entry
        elif entry.op in ("merge", "split"):
            self.structure.append(entry)
        elif entry.op in ("redact_text", "redact_area"):
            self.manual[a["id"]] = entry
        elif entry.op == "remove_manual":
            self.manual.pop(a["id"], None)
        elif entry.op == "add_keep":
            if a["phrase"] not in self.keep:
                self.keep.append(a["phrase"])
                self.kept_by[a["phrase"]] = entry
        elif entry.op == "remove_keep" and a["phrase"] in self.keep:
            self.keep.remove(a["phrase"])

    def _choose(self, item: dict[str, Any], choice: Choice, entry: JournalEntry) -> None:
        key = item["key"]
        self.choices[key] = choice
        self.reviewed[key] = True
        self.decided_by[key] = entry
        self.known[key] = {k: item[k] for k in ("name", "type", "kind", "forms") if k in item}


class History:
    """The journal replayed into undo and redo stacks (entries of undoable operations)."""

    def __init__(self) -> None:
        self.entries: list[JournalEntry] = []
        self.undo_stack: list[JournalEntry] = []
        self.redo_stack: list[JournalEntry] = []
        self._state: ReviewState | None = None

    def add(self, entry: JournalEntry) -> None:
        """Take one entry into account.

        Raises:
            JournalError: An undo or redo that does not match the stacks (a damaged journal).
        """
        if entry.op in UNDOABLE:
            self.undo_stack.append(entry)
            self.redo_stack.clear()
        elif entry.op in ("undo", "redo"):
            source, target = ((self.undo_stack, self.redo_stack) if entry.op == "undo"
                              else (self.redo_stack, self.undo_stack))
            if not source or source[-1].seq != entry.args.get("target"):
                raise JournalError(f"journal line {entry.seq}: {entry.op} of an operation that cannot be "
                                   f"{entry.op}ne there")
            target.append(source.pop())
        self.entries.append(entry)
        self._state = None

    @property
    def state(self) -> ReviewState:
        """The fold of the operations in effect (cached until the next entry)."""
        if self._state is None:
            self._state = ReviewState.fold(self.undo_stack)
        return self._state


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where a text occurs in a document."""

    segment_id: str
    start: int
    end: int
    text: str


class Overlay:
    """One draft's analysis as the engine made it, and the reviewer's state laid over it.

    Args:
        analysis: A fresh analysis (from the pipeline or the case cache): it becomes the base.
    """

    def __init__(self, analysis: Analysis) -> None:
        self.document: Document = analysis.document
        self.base_entities = list(analysis.entities)
        self.base_decisions = {k: _copy(d) for k, d in analysis.decisions.items()}
        self.base_keep = list(analysis.keep)
        self.base_keys = {e.id: entity_key(e) for e in self.base_entities}
        self.keys: dict[str, str] = dict(self.base_keys)
        self._texts = {s.id: s.text for s in self.document.segments}
        self._tokens: dict[str, list[tuple[int, int, str]]] = {}
        self._occurrences: dict[str, list[Occurrence]] = {}
        self._keep_spans: tuple[tuple[str, ...], dict[str, list[tuple[int, int]]]] | None = None
        self._linked: tuple[tuple[tuple[str, tuple[str, ...]], ...], dict[str, list[Occurrence]]] | None = None
        self._base_keep_index: dict[str, list[tuple[int, int]]] | None = None

    # -- finding text ----------------------------------------------------------------------------
    def occurrences(self, text: str) -> list[Occurrence]:
        """Every occurrence of ``text`` as a whole-word form in every segment (as the verifier matches it)."""
        norm = normalise(text)
        found = self._occurrences.get(norm.casefold())
        if found is None:
            matcher = FormMatcher([(norm, "x")])
            found = []
            for seg in self.document.segments:
                for hit in matcher.finditer(seg.text, self._segment_tokens(seg.id)):
                    found.append(Occurrence(seg.id, hit.start, hit.end, seg.text[hit.start:hit.end]))
            self._occurrences[norm.casefold()] = found
        return found

    def _segment_tokens(self, segment_id: str) -> list[tuple[int, int, str]]:
        toks = self._tokens.get(segment_id)
        if toks is None:
            toks = tokens(self._texts[segment_id])
            self._tokens[segment_id] = toks
        return toks

    def _keep_index(self, phrases: list[str]) -> dict[str, list[tuple[int, int]]]:
        """Sorted spans of every keep-list phrase, per segment (cached for the current list)."""
        if self._keep_spans is not None and self._keep_spans[0] == tuple(phrases):
            return self._keep_spans[1]
        index: dict[str, list[tuple[int, int]]] = {}
        for phrase in phrases:
            for occ in self.occurrences(phrase):
                index.setdefault(occ.segment_id, []).append((occ.start, occ.end))
        for seg_id, spans in index.items():
            index[seg_id] = _union(spans)
        self._keep_spans = (tuple(phrases), index)
        return index

    # -- applying the state ------------------------------------------------------------------------
    def apply(self, state: ReviewState, analysis: Analysis) -> list[str]:
        """Set ``analysis``'s entities, decisions, overrides, areas and keep list from the base and the state.

        Returns:
            Warnings about operations that no longer apply (a split of an entity the draft no longer has).
        """
        sha = self.document.sha256
        warnings: list[str] = []
        entities = list(self.base_entities)
        keys = dict(self.base_keys)
        base = dict(self.base_decisions)
        alias: dict[str, str] = {}
        for entry in state.structure:
            a = entry.args
            if entry.op == "merge":
                alias[a["other"]] = a["into"]
                _merge(entities, keys, a["into"], a["other"])
            elif (entry.draft or {}).get("sha256") == sha and not _split(entities, keys, base, a, state, alias):
                warnings.append(f"the split of '{a['name']}' no longer applies to this draft")
        overrides: dict[MentionKey, Decision] = {}
        for mid, entry in state.manual.items():
            a = entry.args
            if entry.op == "redact_text" and (a["every_occurrence"] or (entry.draft or {}).get("sha256") == sha):
                ent = self._manual_entity(mid, entry, overrides)
                if ent is None:
                    warnings.append(f"the manual redaction of '{a['text']}' no longer applies to this draft")
                    continue
                entities.append(ent)
                keys[mid] = f"manual:{mid}"
                base[mid] = Decision(mid, "replace", a["replacement"], "manual")
        entities.extend(self._from_other_drafts(state, keys, alias))
        decisions = {e.id: _decision(e, keys[e.id], base.get(e.id), state, alias) for e in entities}
        self._apply_keep(state.keep, entities, decisions, overrides)
        owners = {mention_key(m): e.id for e in entities for m in e.mentions}
        for key, choice in state.overrides.get(sha, {}).items():
            owner = owners.get(key)
            if owner is not None:
                overrides[key] = Decision(owner, choice.action, choice.replacement, "manual")
        analysis.entities = entities
        analysis.decisions = decisions
        analysis.overrides = overrides
        analysis.areas = [AreaRedaction(mid, e.args["page"], _rect(e.args["rect"]), e.args.get("original", ""))
                          for mid, e in state.manual.items()
                          if e.op == "redact_area" and (e.draft or {}).get("sha256") == sha]
        analysis.keep = [*self.base_keep, *(k for k in state.keep if k not in self.base_keep)]
        self.keys = keys
        return warnings

    def _from_other_drafts(self, state: ReviewState, keys: dict[str, str], alias: dict[str, str]) -> list[Entity]:
        """Entities the reviewer decided to replace in another draft (or an earlier analysis) that this
        analysis did not find: their forms are looked for here too, so a name decided once is replaced in
        every draft of the case even where detection missed it."""
        present = {_resolve(k, alias) for k in keys.values()}
        wanted = tuple(sorted((key, tuple(info.get("forms") or [info["name"]]))
                              for key, info in state.known.items()
                              if state.choices[key].action == "replace" and ":" in key
                              and not key.startswith(("manual:", "split:")) and _resolve(key, alias) not in present
                              and key not in present))
        if not wanted:
            return []
        if self._linked is None or self._linked[0] != wanted:
            self._linked = (wanted, self._link(wanted))
        out = []
        for key, found in self._linked[1].items():
            info = state.known[key]
            entity_id = "C" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
            why = f"decided in another draft of the case as '{info['name']}'"
            mentions = [Mention(o.segment_id, o.start, o.end, o.text, info["type"], 1.0, "case", why) for o in found]
            out.append(Entity(entity_id, info["name"], info["type"], info.get("kind", "person"),
                              [normalise(f) for f in info.get("forms") or [info["name"]]], "detected", None,
                              mentions, {"case"}, {info["type"]}))
            keys[entity_id] = key
        return out

    def _link(self, wanted: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, list[Occurrence]]:
        forms = [(f, key) for key, fs in wanted for f in fs if f.strip()]
        matcher = FormMatcher(forms, word_like_forms((f for f, _ in forms), self._texts.values()))
        keep = self._base_keep()
        found: dict[str, list[Occurrence]] = {}
        for seg in self.document.segments:
            spans = keep.get(seg.id, [])
            for hit in matcher.finditer(seg.text, self._segment_tokens(seg.id)):
                i = bisect.bisect_right(spans, (hit.start, len(seg.text) + 1))
                if i and spans[i - 1][1] >= hit.end:
                    continue  # inside a phrase that is never changed
                found.setdefault(hit.key, []).append(Occurrence(seg.id, hit.start, hit.end,
                                                                seg.text[hit.start:hit.end]))
        return found

    def _base_keep(self) -> dict[str, list[tuple[int, int]]]:
        """Spans of the analysis's own keep list (vocabulary, register, board), per segment (found once)."""
        if self._base_keep_index is None:
            matcher = FormMatcher(((k, "keep") for k in self.base_keep), any_case=True)
            index: dict[str, list[tuple[int, int]]] = {}
            for seg in self.document.segments:
                spans = [(h.start, h.end) for h in matcher.finditer(seg.text, self._segment_tokens(seg.id))]
                if spans:
                    index[seg.id] = _union(spans)
            self._base_keep_index = index
        return self._base_keep_index

    def _manual_entity(self, mid: str, entry: JournalEntry,
                       overrides: dict[MentionKey, Decision]) -> Entity | None:
        a = entry.args
        why = f"manual redaction by {entry.reviewer or 'the reviewer'}"
        hits = self.occurrences(a["text"])
        chosen = (a["segment_id"], a["start"], a["end"])
        if not a["every_occurrence"]:
            text = self._texts.get(a["segment_id"], "")
            if text[a["start"]:a["end"]] != a["text"]:
                return None
            if all((h.segment_id, h.start, h.end) != chosen for h in hits):
                hits = [*hits, Occurrence(*chosen, a["text"])]
        if not hits:
            return None
        mentions = [Mention(h.segment_id, h.start, h.end, h.text, MANUAL_ENTITY, 1.0, "manual", why) for h in hits]
        if not a["every_occurrence"]:
            for m in mentions:
                if mention_key(m) != chosen:
                    overrides[mention_key(m)] = Decision(mid, "keep", "", "manual")
        return Entity(mid, normalise(a["text"]), "IDENTIFIER", "identifier", [normalise(a["text"])], "manual",
                      None, mentions, {"manual"}, {MANUAL_ENTITY})

    def _apply_keep(self, phrases: list[str], entities: list[Entity], decisions: dict[str, Decision],
                    overrides: dict[MentionKey, Decision]) -> None:
        """Mentions inside a keep-list phrase are kept; an entity all of whose mentions are kept is kept."""
        if not phrases:
            return
        index = self._keep_index(phrases)
        for e in entities:
            if e.source == "manual":
                continue
            kept = 0
            for m in e.mentions:
                spans = index.get(m.segment_id)
                if m.entity in _STRUCTURED or not spans:
                    continue
                i = bisect.bisect_right(spans, (m.start, len(self._texts[m.segment_id]) + 1))
                if i and spans[i - 1][1] >= m.end:
                    overrides[mention_key(m)] = Decision(e.id, "keep", "", "manual")
                    kept += 1
            if kept and kept == len(e.mentions):
                decisions[e.id] = Decision(e.id, "keep", "", "manual", reviewed=True)


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans covering the same characters."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _copy(d: Decision) -> Decision:
    return Decision(d.entity_id, d.action, d.replacement, d.source, d.reviewed)


def _rect(values: list[float]) -> Rect:
    x0, y0, x1, y1 = (float(v) for v in values)
    return (x0, y0, x1, y1)


def _resolve(key: str, alias: dict[str, str]) -> str:
    seen = {key}
    while key in alias and alias[key] not in seen:
        key = alias[key]
        seen.add(key)
    return key


def _decision(e: Entity, key: str, base: Decision | None, state: ReviewState, alias: dict[str, str]) -> Decision:
    root = _resolve(key, alias)
    choice = state.choices.get(root) or state.choices.get(key)
    if choice is not None:
        d = Decision(e.id, choice.action, choice.replacement, choice.source, reviewed=True)
    elif base is not None:
        d = Decision(e.id, base.action, base.replacement, base.source, base.reviewed)
    else:
        d = Decision(e.id, "replace", "[redacted]", "accepted_suggestion", reviewed=False)
    reviewed = state.reviewed.get(root, state.reviewed.get(key))
    if reviewed is not None:
        d.reviewed = reviewed
    return d


def _find(entities: list[Entity], keys: dict[str, str], key: str) -> int | None:
    return next((i for i, e in enumerate(entities) if keys.get(e.id) == key), None)


def _merge(entities: list[Entity], keys: dict[str, str], into: str, other: str) -> None:
    """Merge the entity keyed ``other`` into the one keyed ``into``, where this draft has both."""
    i, j = _find(entities, keys, into), _find(entities, keys, other)
    if i is None or j is None or i == j:
        return
    a, b = entities[i], entities[j]
    seen = {mention_key(m) for m in a.mentions}
    mentions = sorted([*a.mentions, *(m for m in b.mentions if mention_key(m) not in seen)],
                      key=lambda m: (m.segment_id, m.start))
    forms = list(dict.fromkeys([*a.forms, *b.forms]))
    entities[i] = Entity(a.id, a.name, a.type, a.kind, forms, a.source, a.entry, mentions,
                         a.detectors | b.detectors, a.entity_names | b.entity_names)
    del entities[j]
    del keys[b.id]


def _split(entities: list[Entity], keys: dict[str, str], base: dict[str, Decision], a: dict[str, Any],
           state: ReviewState, alias: dict[str, str]) -> bool:
    """Move some mentions of an entity to a new entity; False if that no longer applies.

    The new entity starts with the decision its mentions had (so nothing is revealed by splitting),
    unreviewed, so the reviewer decides it.
    """
    i = _find(entities, keys, a["key"])
    if i is None:
        return False
    e = entities[i]
    chosen = {(k[0], k[1], k[2]) for k in a["keys"]}
    moved = [m for m in e.mentions if mention_key(m) in chosen]
    if not moved or len(moved) == len(e.mentions):
        return False
    rest = [m for m in e.mentions if mention_key(m) not in chosen]
    moved_forms = list(dict.fromkeys(normalise(m.text) for m in moved))
    entities[i] = Entity(e.id, e.name, e.type, e.kind, list(e.forms), e.source, e.entry, rest,
                         set(e.detectors), set(e.entity_names))
    new_id = a["id"]
    entities.insert(i + 1, Entity(new_id, a["name"], e.type, e.kind, moved_forms, "detected", None, moved,
                                  set(e.detectors), set(e.entity_names)))
    keys[new_id] = f"split:{new_id}"
    d = _decision(e, keys[e.id], base.get(e.id), state, alias)
    base[new_id] = Decision(new_id, d.action, d.replacement, d.source, reviewed=False)
    return True
