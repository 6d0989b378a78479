"""A case: one register, several drafts, cached analyses, and a journal of every reviewer operation.

This is the API the desktop app builds on; every reviewer action is a method here, headless.

The case folder holds::

    case.json        marks the folder as a case (format, version, creation time)
    register.yaml    the register imported when the case was created (the base register)
    board.yaml       the board settings the case uses (copied in, so re-exports match)
    journal.jsonl    the append-only, hash-chained journal (see redactor.journal)
    .redactor/       analyses cached by draft content, register, board settings and engine

Files are owner-only (0600) and folders 0700: findings identify people. A case created with a
passphrase keeps its journal, register and cached analyses sealed (AES-256-GCM, scrypt-derived key:
see :mod:`redactor.case_crypto`); ``case.json`` and the board settings stay readable.

Decisions and the journal (see :mod:`redactor.review` for the design): every operation appends one
entry and returns a :class:`Change` (the pages and entities it touched). Decisions are recorded
against the entity's type and name, never its id, so they apply to the same person or place in
every draft of the case and survive re-analysis; :attr:`Case.register` promotes them into a
register (base register plus every decision and keep phrase), which :meth:`Case.save_register`
writes out. Analysing a draft whose content, register, board settings and engine are unchanged
is a cache read; a decision re-plans in memory and re-renders only the pages it touches. Undo and
redo are journalled too, so reopening a case (even after a crash) restores the decisions and both
stacks exactly; a torn last journal line is set aside and reported in :attr:`Case.recovered`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import pymupdf
import yaml

from redactor.analysis import Analyzer
from redactor.analysis_cache import analysis_from_json, analysis_to_json, engine_fingerprint
from redactor.areas import clip_rect, redact_areas, text_under
from redactor.audit import installed_versions
from redactor.board import BoardConfig, ReasonCode
from redactor.case_crypto import SealedDataError, Sealer
from redactor.case_view import CaseView, located
from redactor.document import Rect
from redactor.entities import Entity
from redactor.errors import Cancelled, CaseError, InputError, OutputError, RedactorError, RegisterError, UnreviewedError
from redactor.export_rows import describe_rows
from redactor.find_text import FindHit, find_text
from redactor.forked import Forked, can_fork
from redactor.forms import normalise
from redactor.journal import Journal, JournalEntry, utc_now
from redactor.journal_refs import decision_ref, entity_basis, entity_ref, mention_basis, short
from redactor.load import sha256_file
from redactor.load_pdf import open_pdf, page_segment
from redactor.pipeline import Analysis, ExportResult, ProgressFn, analyse, check_output_path, export
from redactor.plan import require_reviewed
from redactor.plan import unreviewed as pending_entities
from redactor.private_files import file_hash, file_ref, private_dir, private_write
from redactor.progress import Progress
from redactor.redaction_log import LOG_SUFFIX, LogRow, log_bytes, log_rows, redactions_csv
from redactor.register import REDACTED, Register, RegisterEntry
from redactor.render_pdf import redact_page, redact_pictures, remove_page_images
from redactor.review import History, entity_key, mention_key
from redactor.types import Action, MentionKey

CASE_FILE = "case.json"
JOURNAL_FILE = "journal.jsonl"
REGISTER_FILE = "register.yaml"
BOARD_FILE = "board.yaml"
CACHE_DIR = ".redactor"
CACHE_VERSION = 1
CASE_FORMAT = "redactor-case"
CASE_VERSION = 1
PARALLEL_REPORT_ROWS = 200  # an export with this many redactions makes its two report PDFs at once
CancelFn = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class Change:
    """What one reviewer operation changed, for the app to refresh.

    Attributes:
        pages: 0-based pages whose rendering changed (empty for formats without pages).
        entity_ids: Entities added, changed or removed.
        description: Plain English, e.g. "Pseudonym of 'Chloe Hartley' set to 'Child Q'".
    """

    pages: frozenset[int]
    entity_ids: frozenset[str]
    description: str


class Case:
    """A case folder. Use :meth:`Case.create` or :meth:`Case.open`.

    Attributes:
        folder: The case folder.
        reviewer: Who is reviewing (recorded in every journal entry); may be changed at any time.
        board: The board settings the case uses.
        recovered: A message when opening found and set aside a torn last journal entry, else None.
    """

    def __init__(self, folder: Path, journal: Journal, *, reviewer: str = "", board: BoardConfig | None = None,
                 analyzer: Analyzer | None = None, sealer: Sealer | None = None) -> None:
        self.folder = folder
        self._sealer = sealer
        self.reviewer = reviewer
        self.board = board or BoardConfig()
        self.journal = journal
        self.recovered = journal.recovered
        self._analyzer = analyzer
        self._history = History()
        for entry in journal.entries:
            self._history.add(entry)
        self._views: dict[str, CaseView] = {}
        self._previews: dict[Path, pymupdf.Document] = {}
        self._lock = threading.RLock()
        self._cache = True
        if self.recovered:
            self._history.add(self.journal.append("recovered", {"message": self.recovered,
                                                                "description": "Journal recovered after a crash"},
                                                  reviewer=reviewer))

    # -- creating and opening ------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, *, register_path: Path | None = None, board: BoardConfig | None = None,
               reviewer: str = "", analyzer: Analyzer | None = None, cache: bool = True,
               passphrase: str | None = None) -> Case:
        """Make a new case folder, importing a register and board settings.

        ``cache=False`` keeps analyses in memory only (a one-off case, as ``redactor redact DRAFT`` makes).
        With a ``passphrase`` the journal, the register and cached analyses are stored encrypted;
        opening the case then needs it.

        Raises:
            CaseError: The folder is already a case, or cannot be written.
            RegisterError / BoardConfigError: The register or board settings cannot be read.
        """
        folder = Path(folder)
        if cls.is_case(folder):
            raise CaseError(f"{folder}: already a case; open it instead")
        if folder.exists() and not folder.is_dir():
            raise CaseError(f"{folder}: not a folder")
        register = Register.load(register_path) if register_path is not None else None
        board = board or BoardConfig()
        sealer, sealing = Sealer.create(passphrase) if passphrase is not None else (None, None)
        try:
            private_dir(folder)
            if register_path is not None and register is not None:
                data = register_path.read_bytes()
                private_write(folder / REGISTER_FILE, sealer.seal(data, b"register") if sealer else data)
            if board.path is not None:
                private_write(folder / BOARD_FILE, board.path.read_bytes())
                board = BoardConfig.load(folder / BOARD_FILE)
            journal = Journal.open(folder / JOURNAL_FILE, create=True, sealer=sealer)
        except OSError as exc:
            raise CaseError(f"{folder}: cannot create the case ({exc.strerror})") from exc
        journal.append("create", {
            "case": folder.name,
            "register": file_ref(folder / REGISTER_FILE, register_path),
            "board": file_ref(folder / BOARD_FILE, board.path),
            "board_name": board.name,
            "versions": installed_versions(),
            "hash_key": secrets.token_hex(32),  # keys the originals-free hashes of this case's reports
            "description": f"Case {folder.name} created",
        }, reviewer=reviewer, basis={"kind": "manual"})
        marker = {"format": CASE_FORMAT, "version": CASE_VERSION, "created": utc_now(),
                  **({"encryption": sealing} if sealing else {})}
        private_write(folder / CASE_FILE, json.dumps(marker, indent=2).encode("utf-8"))
        case = cls(folder, journal, reviewer=reviewer, board=board, analyzer=analyzer, sealer=sealer)
        case._cache = cache
        return case

    @classmethod
    def open(cls, folder: Path, *, reviewer: str = "", analyzer: Analyzer | None = None,
             passphrase: str | None = None) -> Case:
        """Open a case folder, replaying its journal.

        Args:
            passphrase: The passphrase of an encrypted case (ignored for a case that is not encrypted).

        Raises:
            CasePassphraseError: An encrypted case, and the passphrase is missing (``.wrong`` False) or
                wrong (``.wrong`` True).
            CaseError: Not a case folder, a newer format, or a damaged journal (the message says which line).
        """
        folder = Path(folder)
        if not folder.is_dir():
            raise CaseError(f"{folder}: no such folder")
        try:
            marker = json.loads((folder / CASE_FILE).read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise CaseError(f"{folder}: not a Redactor case (no {CASE_FILE})") from exc
        except (OSError, ValueError) as exc:
            raise CaseError(f"{folder}: {CASE_FILE} is damaged ({type(exc).__name__})") from exc
        if not isinstance(marker, dict) or marker.get("format") != CASE_FORMAT:
            raise CaseError(f"{folder}: not a Redactor case ({CASE_FILE} is something else)")
        if int(marker.get("version", 0)) > CASE_VERSION:
            raise CaseError(f"{folder}: made by a newer Redactor (case format {marker['version']}); update Redactor")
        sealer = Sealer.unlock(marker["encryption"], passphrase, folder.name) if "encryption" in marker else None
        board = BoardConfig.load(folder / BOARD_FILE) if (folder / BOARD_FILE).exists() else BoardConfig()
        journal = Journal.open(folder / JOURNAL_FILE, sealer=sealer)
        return cls(folder, journal, reviewer=reviewer, board=board, analyzer=analyzer, sealer=sealer)

    @staticmethod
    def is_encrypted(folder: Path) -> bool:
        """Whether ``folder`` is a case whose stored data is encrypted (opening it needs the passphrase)."""
        try:
            marker = json.loads((Path(folder) / CASE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return isinstance(marker, dict) and "encryption" in marker

    @property
    def encrypted(self) -> bool:
        """Whether this case's journal, register and cached analyses are stored encrypted."""
        return self._sealer is not None

    @staticmethod
    def is_case(folder: Path) -> bool:
        """Whether ``folder`` is a case folder."""
        try:
            marker = json.loads((Path(folder) / CASE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return isinstance(marker, dict) and marker.get("format") == CASE_FORMAT

    # -- drafts, register ------------------------------------------------------------------------
    @property
    def register_path(self) -> Path | None:
        """The case's base register file, if it has one."""
        path = self.folder / REGISTER_FILE
        return path if path.exists() else None

    @property
    def drafts(self) -> list[Path]:
        """The case's drafts, in the order they were added."""
        out: list[Path] = []
        for e in self._history.entries:
            if e.op == "add_draft":
                path = Path(e.args["path"])
                path = path if path.is_absolute() else self.folder / path
                if path not in out:
                    out.append(path)
        return out

    def add_draft(self, path: Path) -> None:
        """Add a draft to the case (a no-op if it is already there).

        Raises:
            InputError: The file does not exist.
        """
        path = Path(path).resolve()
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        with self._lock:
            if path in [p.resolve() for p in self.drafts]:
                return
            try:
                stored = str(path.relative_to(self.folder.resolve()))
            except ValueError:
                stored = str(path)
            entry = self.journal.append("add_draft", {"path": stored, "description": f"Draft {path.name} added"},
                                        reviewer=self.reviewer, draft={"name": path.name,
                                                                       "sha256": sha256_file(path)})
            self._history.add(entry)

    @property
    def register(self) -> Register:
        """The case's current register: the base register with every decision and keep phrase promoted into it."""
        reg = self._base_register() or Register()
        by_key = {f"{e.type}:{normalise(e.name).casefold()}": e for e in reg.entries}
        state = self._history.state
        for key, choice in state.choices.items():
            info = state.known.get(key)
            if not info or key.startswith(("manual:", "split:")):
                continue
            entry = by_key.get(key)
            if choice.action == "keep":
                if entry is not None:
                    reg.entries.remove(entry)
                    del by_key[key]
                if info["name"] not in reg.keep:
                    reg.keep.append(info["name"])
            elif entry is not None:
                entry.pseudonym = choice.replacement
            else:
                entry = RegisterEntry(info["name"], info["type"], choice.replacement,
                                      [f for f in info.get("forms", []) if f != info["name"]])
                reg.entries.append(entry)
                by_key[key] = entry
        reg.keep.extend(k for k in state.keep if k not in reg.keep)
        return reg

    def _base_register(self) -> Register | None:
        """The register imported when the case was created (unsealed in an encrypted case), if any.

        Raises:
            RegisterError: It cannot be read (or, sealed, does not open with the case key).
        """
        path = self.register_path
        if path is None:
            return None
        if self._sealer is None:
            return Register.load(path)
        try:
            data = self._sealer.open(path.read_bytes(), b"register")
            return Register.from_dict(yaml.safe_load(data.decode("utf-8")) or {}, REGISTER_FILE)
        except (OSError, SealedDataError, yaml.YAMLError, UnicodeDecodeError) as exc:
            raise RegisterError(f"{path}: the case register cannot be read ({exc})") from exc

    def save_register(self, path: Path) -> None:
        """Write :attr:`register` as register YAML (to start another case, or to run the CLI with it)."""
        self.register.save(path)
        os.chmod(path, 0o600)

    # -- analysis ------------------------------------------------------------------------------------
    def _cache_path(self, draft: Path) -> Path:
        h = hashlib.sha256()
        for part in (sha256_file(draft), file_hash(self.register_path), file_hash(self.board.path),
                     engine_fingerprint()):
            h.update(part.encode())
        return self.folder / CACHE_DIR / f"{h.hexdigest()}.json"

    def analyse(self, draft: Path, progress: ProgressFn | None = None, cancel: CancelFn | None = None, *,
                password: str | None = None) -> Analysis:
        """The draft's analysis with the case's decisions applied (the draft is added to the case if new).

        NLP runs only when the draft's content, the register, the board settings or the engine
        changed since the analysis was cached. May be called from a worker thread.

        Raises:
            Cancelled: ``cancel()`` returned True (checked between chunks of analysis).
            PasswordError: An encrypted PDF draft, and ``password`` is missing or wrong.
            InputError: The draft cannot be read.
        """
        draft = Path(draft)
        self.add_draft(draft)
        base = self._base_analysis(draft, progress, cancel, password)
        base.remove_images = self.board.images == "remove"
        with self._lock:
            view = CaseView(base, draft)
            view.apply(self._history.state)
            self._views[base.document.sha256] = view
            self._journal_analysis(view)
        return base

    def _journal_analysis(self, view: CaseView) -> None:
        """Record every suggestion the engine made, the first time this draft version is analysed by this engine."""
        sha, engine = view.ref["sha256"], engine_fingerprint()
        if any(e.op == "analysed" and (e.draft or {}).get("sha256") == sha and e.args.get("engine") == engine
               for e in self._history.entries):
            return
        base = view.overlay
        found = []
        for e in base.base_entities:
            d = base.base_decisions[e.id]
            pages = sorted({p + 1 for m in e.mentions if (p := view.page_of(m.segment_id)) is not None})
            found.append({**entity_ref(e, base.base_keys[e.id]), "suggestion": d.action,
                          "replacement": d.replacement, "reviewed": d.reviewed, "mentions": len(e.mentions),
                          "pages": pages, "basis": entity_basis(e)})
        pending = sum(not x["reviewed"] for x in found)
        desc = f"{view.path.name} analysed: {len(found)} finding(s), {pending} suggestion(s) to review"
        self._record(view, "analysed", {"engine": engine, "versions": installed_versions(), "entities": found,
                                        "description": desc})

    def _base_analysis(self, draft: Path, progress: ProgressFn | None, cancel: CancelFn | None,
                       password: str | None) -> Analysis:
        cached = self._cache_path(draft)
        if cached.exists():
            try:
                stored = cached.read_bytes()
                stored = self._sealer.open(stored, b"cache") if self._sealer is not None else stored
                found = analysis_from_json(json.loads(stored), draft, self.register_path, self._base_register())
            except (KeyError, ValueError, TypeError, SealedDataError):
                cached.unlink(missing_ok=True)  # unreadable (older format, not sealed by this case's key): recompute
            else:
                if found.document.format == "pdf":
                    open_pdf(draft, password).close()  # an encrypted draft still needs its password
                    found.document = replace(found.document, password=password or None)
                return found
        if cancel is not None and cancel():
            raise Cancelled("analysis cancelled")
        self._analyzer = self._analyzer or Analyzer()
        result = analyse(draft, self.register_path, board=self.board, analyzer=self._analyzer,
                         progress=_cancellable(progress, cancel, "analysis"), password=password,
                         register=self._base_register())
        if self._cache:
            private_dir(cached.parent)
            data = json.dumps(analysis_to_json(result), ensure_ascii=False).encode("utf-8")
            private_write(cached, self._sealer.seal(data, b"cache") if self._sealer is not None else data)
        return result

    def warnings(self, analysis: Analysis) -> list[str]:
        """Operations that no longer apply to this draft (e.g. a split made on an earlier version)."""
        return list(self._view(analysis).warnings)

    @property
    def reason_codes(self) -> tuple[ReasonCode, ...]:
        """The reasons a reviewer can give (the board settings' list)."""
        return self.board.reasons

    def _check_reason(self, reason: str | None) -> str | None:
        if reason is None or reason == "":
            return None
        if self.board.reason(reason) is None:
            raise CaseError(f"unknown reason code {reason!r}; the board's codes are: "
                            + ", ".join(r.code for r in self.board.reasons))
        return reason

    def log_rows(self, *, reviewer: str | None = None, reason: str | None = None, kind: str | None = None,
                 page: int | None = None, op: str | None = None) -> list[LogRow]:
        """The journal as rows for the Log view, filtered by reviewer, reason code, kind, 1-based page or operation."""
        return log_rows(self._history.entries, reviewer=reviewer, reason=reason, kind=kind, page=page, op=op)

    def _view(self, analysis: Analysis) -> CaseView:
        view = self._views.get(analysis.document.sha256)
        if view is None or view.analysis is not analysis:
            raise CaseError("this analysis was not made by this case (or a newer one replaced it); "
                            "call case.analyse(draft) again")
        return view

    # -- reviewer operations ---------------------------------------------------------------------
    def decide(self, analysis: Analysis, entity_id: str, action: Action, replacement: str = "", *,
               reason: str | None = None) -> Change:
        """Decide an entity: replace every mention with ``replacement`` (``REDACTED`` to redact), or keep it.

        A decision marks the entity reviewed. It applies to the same entity (type and name) in every
        draft of the case.

        Raises:
            CaseError: Unknown entity, unknown action, or ``replace`` without a replacement text.
        """
        return self._decide(analysis, entity_id, action, replacement, "manual", reason)

    def accept(self, analysis: Analysis, entity_id: str, *, reason: str | None = None) -> Change:
        """Accept the engine's suggestion for an entity (its suggested pseudonym, or keep)."""
        view = self._view(analysis)
        entity = view.entity(entity_id)
        suggested = view.overlay.base_decisions.get(entity_id) or analysis.decisions[entity.id]
        return self._decide(analysis, entity_id, suggested.action, suggested.replacement, "accepted_suggestion",
                            reason)

    def _decide(self, analysis: Analysis, entity_id: str, action: Action, replacement: str, source: str,
                reason: str | None) -> Change:
        view = self._view(analysis)
        e = view.entity(entity_id)
        if action not in ("replace", "keep"):
            raise CaseError(f"unknown decision {action!r}: use 'replace' or 'keep'")
        replacement = replacement.strip() if action == "replace" else ""
        if action == "replace" and not replacement:
            raise CaseError("a replacement text is needed (use [redacted] to redact)")
        old = analysis.decisions[e.id]
        if action == "keep":
            desc = f"'{e.name}' kept unchanged"
        elif replacement == REDACTED:
            desc = f"'{e.name}' redacted"
        else:
            desc = f"Pseudonym of '{e.name}' set to '{replacement}'"
        if source == "accepted_suggestion":
            desc = f"Suggestion accepted: {desc}"
        args = {**entity_ref(e, view.overlay.keys[e.id]), "action": action, "replacement": replacement,
                "source": source, "description": desc}
        return self._do(view, "decide", args, prev=decision_ref(old), basis=entity_basis(e), reason=reason)

    def mark_reviewed(self, analysis: Analysis, entity_id: str, reviewed: bool = True) -> Change:
        """Mark an entity reviewed (or not) without changing its decision."""
        view = self._view(analysis)
        e = view.entity(entity_id)
        desc = f"'{e.name}' marked {'reviewed' if reviewed else 'not reviewed'}"
        args = {"key": view.overlay.keys[e.id], "entity_id": e.id, "name": e.name, "reviewed": bool(reviewed),
                "description": desc}
        return self._do(view, "mark_reviewed", args, prev={"reviewed": analysis.decisions[e.id].reviewed},
                        basis=entity_basis(e))

    def accept_all(self, analysis: Analysis, *, reason: str | None = None) -> Change | None:
        """Accept every unreviewed suggestion at once (journalled as one bulk acceptance); None if none."""
        view = self._view(analysis)
        pending = self.unreviewed(analysis)
        if not pending:
            return None
        items = [{**entity_ref(e, view.overlay.keys[e.id]), "action": analysis.decisions[e.id].action,
                  "replacement": analysis.decisions[e.id].replacement, "basis": entity_basis(e)} for e in pending]
        desc = f"{len(items)} suggestion(s) accepted in bulk"
        return self._do(view, "accept_all", {"entities": items, "description": desc}, prev=None,
                        basis={"kind": "bulk"}, reason=reason)

    def override_mention(self, analysis: Analysis, key: MentionKey, action: Action | None, replacement: str = "", *,
                         reason: str | None = None) -> Change:
        """Decide one mention differently from its entity; ``action=None`` returns it to the entity's decision.

        Raises:
            CaseError: No such mention, or ``replace`` without a replacement text.
        """
        view = self._view(analysis)
        e, m = view.mention(key)
        if action not in ("replace", "keep", None):
            raise CaseError(f"unknown decision {action!r}: use 'replace', 'keep' or None")
        replacement = replacement.strip() if action == "replace" else ""
        if action == "replace" and not replacement:
            raise CaseError("a replacement text is needed (use [redacted] to redact)")
        where = located(view, m.segment_id)
        if action is None:
            desc = f"'{m.text}' {where} returned to the decision for '{e.name}'"
        elif action == "keep":
            desc = f"'{m.text}' {where} kept unchanged"
        else:
            desc = f"'{m.text}' {where} replaced with '{replacement}'"
        current = analysis.overrides.get(mention_key(m))
        args = {"segment_id": m.segment_id, "start": m.start, "end": m.end, "text": m.text, "entity_id": e.id,
                "key": view.overlay.keys[e.id], "action": action, "replacement": replacement, "description": desc}
        return self._do(view, "override", args, prev=decision_ref(current) if current else None,
                        basis={"kind": "manual", "mention": mention_basis(m)}, reason=reason)

    def merge(self, analysis: Analysis, into_id: str, other_id: str) -> Change:
        """Merge one entity into another ("Chloe" into "Chloe Hartley"): it takes the other's decision.

        Raises:
            CaseError: Unknown entities, or the same entity twice.
        """
        view = self._view(analysis)
        into, other = view.entity(into_id), view.entity(other_id)
        if into.id == other.id:
            raise CaseError("choose two different entities to merge")
        if "manual" in (into.source, other.source):
            raise CaseError("manual redactions cannot be merged; remove and redo them instead")
        desc = f"'{other.name}' merged into '{into.name}'"
        args = {"into": view.overlay.keys[into.id], "other": view.overlay.keys[other.id], "into_id": into.id,
                "other_id": other.id, "into_name": into.name, "other_name": other.name, "description": desc}
        return self._do(view, "merge", args, prev={"other": decision_ref(analysis.decisions[other.id])},
                        basis={"kind": "manual"})

    def split(self, analysis: Analysis, entity_id: str, keys: list[MentionKey]) -> Change:
        """Move some mentions of an entity to a new entity (``Change.entity_ids`` names it); it starts unreviewed.

        Raises:
            CaseError: No keys, keys not of this entity, or all of its mentions.
        """
        view = self._view(analysis)
        e = view.entity(entity_id)
        own = {mention_key(m): m for m in e.mentions}
        chosen: list[MentionKey] = list(dict.fromkeys((str(k[0]), int(k[1]), int(k[2])) for k in keys))
        if not chosen:
            raise CaseError("choose the mentions to split off")
        if any(k not in own for k in chosen):
            raise CaseError(f"some of those mentions are not mentions of '{e.name}'")
        if len(chosen) == len(own):
            raise CaseError("a split must leave at least one mention with the entity")
        seq = len(self.journal.entries) + 1
        name = normalise(own[chosen[0]].text)
        desc = f"{len(chosen)} mention(s) of '{e.name}' split off as '{name}'"
        args = {"id": f"S{seq}", "key": view.overlay.keys[e.id], "entity_id": e.id, "name": name,
                "keys": [list(k) for k in chosen], "description": desc}
        return self._do(view, "split", args, prev=None, basis={"kind": "manual"})

    def redact_text(self, analysis: Analysis, segment_id: str, start: int, end: int, replacement: str = REDACTED,
                    every_occurrence: bool = False, *, reason: str | None = None) -> Change:
        """Redact a selected text; with ``every_occurrence`` every occurrence of it, in every segment and draft.

        Raises:
            CaseError: Unknown segment, or an empty selection.
        """
        view = self._view(analysis)
        try:
            seg = analysis.document.segment(segment_id)
        except KeyError as exc:
            raise CaseError(f"no segment {segment_id!r} in {view.path.name}") from exc
        if not 0 <= start < end <= len(seg.text):
            raise CaseError("the selection is outside the text")
        while start < end and seg.text[start].isspace():
            start += 1
        while end > start and seg.text[end - 1].isspace():
            end -= 1
        text = seg.text[start:end]
        if not any(ch.isalnum() for ch in text):
            raise CaseError("select some words to redact")
        replacement = replacement.strip() or REDACTED
        seq = len(self.journal.entries) + 1
        where = "everywhere" if every_occurrence else located(view, segment_id)
        desc = f"'{normalise(text)}' redacted {where}"
        if replacement != REDACTED:
            desc += f" (replaced with '{replacement}')"
        args = {"id": f"M{seq}", "segment_id": segment_id, "start": start, "end": end, "text": text,
                "replacement": replacement, "every_occurrence": bool(every_occurrence), "description": desc}
        return self._do(view, "redact_text", args, prev=None, basis={"kind": "manual"}, reason=reason)

    def redact_area(self, analysis: Analysis, page: int, rect: tuple[float, float, float, float], *,
                    reason: str | None = None) -> Change:
        """Redact a rectangle of a PDF page (PDF points): its text, image pixels and drawings are removed.

        Raises:
            CaseError: Not a PDF draft, no such page, or an (almost) empty rectangle.
        """
        view = self._view(analysis)
        if analysis.document.format != "pdf":
            raise CaseError(f"{view.path.name} is a {analysis.document.format.upper()} draft: area redactions "
                            "are for PDF pages; select the text to redact instead")
        if not 0 <= page < analysis.document.page_count:
            raise CaseError(f"no page {page + 1} in {view.path.name}")
        source = self._source(view.path, analysis.document.password)[page]
        clipped = clip_rect(tuple(float(v) for v in rect), tuple(source.rect))  # type: ignore[arg-type]
        if clipped is None:
            raise CaseError("the rectangle is empty or outside the page")
        seg = page_segment(source)
        original = text_under(seg.text, seg.boxes, clipped) if seg.boxes is not None else ""
        seq = len(self.journal.entries) + 1
        desc = f"Area redacted on page {page + 1}" + (f" ('{short(original)}')" if original else "")
        args = {"id": f"A{seq}", "page": page, "rect": list(clipped), "original": original, "description": desc}
        return self._do(view, "redact_area", args, prev=None, basis={"kind": "manual"}, reason=reason)

    def remove_manual(self, analysis: Analysis, manual_id: str) -> Change:
        """Remove a manual redaction (text or area).

        Raises:
            CaseError: No manual redaction with that id is in force.
        """
        view = self._view(analysis)
        made = self._history.state.manual.get(manual_id)
        if made is None:
            raise CaseError(f"no manual redaction {manual_id!r}")
        what = f"'{short(made.args['text'])}'" if made.op == "redact_text" else f"area on page {made.args['page'] + 1}"
        desc = f"Manual redaction of {what} removed"
        return self._do(view, "remove_manual", {"id": manual_id, "description": desc}, prev=made.args,
                        basis={"kind": "manual"})

    def add_keep(self, analysis: Analysis, phrase: str, *, reason: str | None = None) -> Change:
        """Add a phrase to the case's keep list: mentions inside it are never changed (identifiers excepted).

        Raises:
            CaseError: An empty phrase.
        """
        view = self._view(analysis)
        phrase = normalise(phrase)
        if not any(ch.isalnum() for ch in phrase):
            raise CaseError("the keep phrase is empty")
        desc = f"'{phrase}' added to the keep list"
        return self._do(view, "add_keep", {"phrase": phrase, "description": desc}, prev=None,
                        basis={"kind": "manual"}, reason=reason)

    def remove_keep(self, analysis: Analysis, phrase: str) -> Change:
        """Remove a phrase from the case's keep list.

        Raises:
            CaseError: The phrase is not on the case's keep list.
        """
        view = self._view(analysis)
        phrase = normalise(phrase)
        if phrase not in self._history.state.keep:
            raise CaseError(f"'{phrase}' is not on the case's keep list")
        desc = f"'{phrase}' removed from the keep list"
        return self._do(view, "remove_keep", {"phrase": phrase, "description": desc}, prev=None,
                        basis={"kind": "manual"})

    @property
    def keep_phrases(self) -> list[str]:
        """Phrases added to the keep list in this case."""
        return list(self._history.state.keep)

    def manual_redactions(self, analysis: Analysis) -> list[JournalEntry]:
        """The manual redactions (text and area) in force for this draft, as the entries that made them."""
        sha = self._view(analysis).ref["sha256"]
        return [e for e in self._history.state.manual.values()
                if (e.draft or {}).get("sha256") == sha or e.args.get("every_occurrence")]

    # -- undo / redo -----------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        """Whether there is an operation to undo."""
        return bool(self._history.undo_stack)

    @property
    def can_redo(self) -> bool:
        """Whether there is an undone operation to redo."""
        return bool(self._history.redo_stack)

    @property
    def undo_text(self) -> str:
        """What undo would undo ("" if nothing)."""
        stack = self._history.undo_stack
        return str(stack[-1].args.get("description", stack[-1].op)) if stack else ""

    @property
    def redo_text(self) -> str:
        """What redo would redo ("" if nothing)."""
        stack = self._history.redo_stack
        return str(stack[-1].args.get("description", stack[-1].op)) if stack else ""

    def undo(self, analysis: Analysis) -> Change | None:
        """Undo the last operation in force (of any draft of the case); None if there is none."""
        return self._undo_redo(analysis, "undo")

    def redo(self, analysis: Analysis) -> Change | None:
        """Redo the last undone operation; None if there is none."""
        return self._undo_redo(analysis, "redo")

    def _undo_redo(self, analysis: Analysis, op: Literal["undo", "redo"]) -> Change | None:
        view = self._view(analysis)
        with self._lock:
            stack = self._history.undo_stack if op == "undo" else self._history.redo_stack
            if not stack:
                return None
            target = stack[-1]
            desc = f"{op.capitalize()}: {target.args.get('description', target.op)}"
            return self._do(view, op, {"target": target.seq, "description": desc}, prev=None,
                            basis={"kind": "manual"})

    def history(self) -> list[JournalEntry]:
        """Every journal entry, in order (the basis of the redaction log)."""
        return list(self._history.entries)

    # -- applying operations ---------------------------------------------------------------------
    def _do(self, view: CaseView, op: str, args: dict[str, Any], *, prev: Any, basis: dict[str, Any],
            reason: str | None = None) -> Change:
        reason = self._check_reason(reason)
        if "page" not in args and "pages" not in args and (pages := _entry_pages(view, args)):
            args = {**args, "pages": pages}  # the Log view's page filter (redaction_log.log_rows)
        with self._lock:
            entry = self.journal.append(op, args, reviewer=self.reviewer, draft=view.ref, prev=prev, basis=basis,
                                        reason=reason)
            self._history.add(entry)
            return self._refresh(view, str(args["description"]))

    def _refresh(self, view: CaseView, description: str) -> Change:
        state = self._history.state
        for other in self._views.values():
            if other is not view:
                other.apply(state)
        a = view.analysis
        old_entities, old_decisions, old_overrides = list(a.entities), a.decisions, a.overrides
        old_plan, old_areas = view.plan, {x.id: x for x in a.areas}
        view.warnings = view.overlay.apply(state, a)
        ids: set[str] = set()
        segments: set[str] = set()
        before = {e.id: e for e in old_entities}
        for e in a.entities:
            o = before.pop(e.id, None)
            if o is e and old_decisions.get(e.id) == a.decisions[e.id]:
                continue
            old_keys = {mention_key(m) for m in o.mentions} if o is not None else set()
            new_keys = {mention_key(m) for m in e.mentions}
            if old_keys != new_keys or old_decisions.get(e.id) != a.decisions[e.id]:
                ids.add(e.id)
                segments.update(k[0] for k in old_keys | new_keys)
        for gone in before.values():
            ids.add(gone.id)
            segments.update(m.segment_id for m in gone.mentions)
        for key in set(old_overrides) | set(a.overrides):
            if old_overrides.get(key) != a.overrides.get(key):
                ids.add((a.overrides.get(key) or old_overrides[key]).entity_id)
                segments.add(key[0])
        view.replan(segments)
        pages = {page for seg_id in segments if (page := view.page_of(seg_id)) is not None
                 and old_plan.by_segment.get(seg_id) != view.plan.by_segment.get(seg_id)}
        new_areas = {x.id: x for x in a.areas}
        for area_id in set(old_areas) ^ set(new_areas):
            pages.add((old_areas.get(area_id) or new_areas[area_id]).page)
        return Change(frozenset(pages), frozenset(ids), description)

    # -- questions -------------------------------------------------------------------------------
    def unreviewed(self, analysis: Analysis) -> list[Entity]:
        """Entities whose decision is still an unreviewed suggestion."""
        return pending_entities(analysis.entities, analysis.decisions)

    def find(self, analysis: Analysis, text: str, *, match_case: bool = False,
             whole_words: bool = True) -> list[FindHit]:
        """Every occurrence of ``text`` in every segment of the draft (line breaks and spacing ignored)."""
        return find_text(analysis.document, text, match_case=match_case, whole_words=whole_words)

    def preview_page(self, analysis: Analysis, page: int, zoom: float = 1.0) -> bytes:
        """PNG of one PDF page as it will be exported under the current decisions."""
        document = analysis.document
        if document.format != "pdf":
            raise CaseError("page previews are for PDF drafts; other formats are typeset on export")
        view = self._views.get(document.sha256)
        plan = view.plan if view is not None and view.analysis is analysis else analysis.plan()
        source = self._source(document.path, document.password)
        reps = plan.by_segment.get(f"page:{page}", [])
        single = pymupdf.open()
        single.insert_pdf(source, from_page=page, to_page=page)
        if reps:
            cache = view.boxes if view is not None else {}
            if page not in cache:
                cache[page] = page_segment(single[0]).boxes  # the same page, so the same boxes every time
            boxes = cache[page]
            if boxes is not None:
                redact_page(single[0], boxes, reps)
        redact_pictures(single[0], source, document, plan, page, view.picture_boxes if view is not None else None)
        redact_areas(single[0], (a for a in plan.areas if a.page == page))
        if analysis.remove_images:
            remove_page_images(single[0])
        png: bytes = single[0].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom)).tobytes("png")
        single.close()
        return png

    def _source(self, path: Path, password: str | None) -> pymupdf.Document:
        source = self._previews.get(path)
        if source is None:
            source = open_pdf(path, password)
            self._previews[path] = source
        return source

    # -- export ----------------------------------------------------------------------------------
    def export(self, analysis: Analysis, out_pdf: Path, *, accept_all: bool = False,
               progress: ProgressFn | None = None, cancel: CancelFn | None = None,
               audit_json: Path | None = None, overwrite: bool = False) -> ExportResult:
        """Export the draft with the case's decisions; verified, then journalled with the outputs' SHA-256.

        Args:
            analysis: The draft's analysis (from :meth:`analyse`).
            out_pdf: Where the redacted PDF goes (DOCX/TXT twins beside it).
            accept_all: Accept every unreviewed suggestion first (journalled as a bulk acceptance).
            progress: Progress callback.
            cancel: Checked between pages; True stops the export and writes nothing.
            audit_json: Where the audit log goes (default ``<out>.audit.json``).
            overwrite: Replace outputs that exist (the app asks first); otherwise they are never touched.

        Raises:
            UnreviewedError: Findings are unreviewed and ``accept_all`` is false (nothing written).
            LeakError: Verification found identifying text; ``.leaks`` say where. Nothing is published.
            Cancelled: The export was cancelled; nothing is published.
            OutputError: The outputs cannot be written.
        """
        view = self._view(analysis)
        out_pdf = Path(out_pdf)
        check_output_path(analysis.document.path, out_pdf)
        if out_pdf.resolve().parent.is_relative_to(self.folder.resolve()):
            private_dir(out_pdf.parent)  # exports kept in the case: the audit log names people
        if accept_all:
            self.accept_all(analysis)
        try:
            require_reviewed(analysis.entities, analysis.decisions)
        except UnreviewedError as exc:
            self._record(view, "export_refused", {"output": str(out_pdf), "unreviewed": len(exc.unreviewed),
                                                  "description": f"Export refused: {len(exc.unreviewed)} "
                                                                 "finding(s) unreviewed"})
            raise
        try:
            return export(analysis, out_pdf, audit_json, progress=_cancellable(progress, cancel, "export"),
                          finish=lambda audit: self._finish_export(view, out_pdf, audit), overwrite=overwrite)
        except (RedactorError, OSError) as exc:
            self._record(view, "export_failed", {"output": str(out_pdf), "error": str(exc),
                                                 "description": f"Export to {out_pdf.name} failed"})
            if isinstance(exc, OSError):
                raise OutputError(f"{out_pdf}: cannot write the outputs ({exc.strerror})") from exc
            raise

    def _finish_export(self, view: CaseView, out_pdf: Path, audit: dict[str, Any]) -> dict[Path, bytes]:
        """Once the outputs are verified: complete the audit rows, journal the export, make the log and reports."""
        from redactor.redaction_report import report_pdf

        describe_rows(self._history, view, self.board, audit["redactions"])
        outputs = audit["outputs"]
        register = self.register_path
        args = {
            "output": str(out_pdf), "outputs": outputs, "redactions": audit["redactions"],
            "entities": audit["entities"], "summary": audit["summary"], "notes": audit["notes"],
            "versions": audit["versions"], "started": audit["started"],
            "draft_sha256": view.ref["sha256"], "pages": view.analysis.document.page_count,
            "register": {"file": REGISTER_FILE, "sha256": sha256_file(register)} if register else None,
            "board": {"name": self.board.name, "sha256": file_hash(self.board.path)} if self.board.path else None,
            "description": f"Exported {out_pdf.name} ({len(audit['redactions'])} redactions, verified)",
        }
        self._record(view, "export", args)
        entries = self.history()
        key = str(entries[0].args.get("hash_key", ""))
        stem = out_pdf.with_suffix("")
        # The two report PDFs of a long export are made at once: the shareable one, and the shareable
        # audit rows, in a forked child; the log and the other report here.
        with Forked(lambda: (report_pdf(entries, entries[-1], key), redactions_csv(entries[-1], key)),
                    fork=len(audit["redactions"]) >= PARALLEL_REPORT_ROWS and can_fork()) as shareable:
            log, report = log_bytes(entries), report_pdf(entries, entries[-1], None)
            shareable_report, shareable_rows = shareable.result()
        return {stem.with_name(stem.name + LOG_SUFFIX): log,
                stem.with_name(stem.name + ".report.pdf"): report,
                stem.with_name(stem.name + ".report-shareable.pdf"): shareable_report,
                stem.with_name(stem.name + ".audit-shareable.csv"): shareable_rows}

    def _record(self, view: CaseView, op: str, args: dict[str, Any]) -> None:
        with self._lock:
            entry = self.journal.append(op, args, reviewer=self.reviewer, draft=view.ref, basis={"kind": "manual"})
            self._history.add(entry)

    def close(self) -> None:
        """Close any source files held open for previews."""
        for doc in self._previews.values():
            doc.close()
        self._previews.clear()


def _cancellable(progress: ProgressFn | None, cancel: CancelFn | None, what: str) -> ProgressFn | None:
    if cancel is None:
        return progress

    def tick(p: Progress) -> None:
        if cancel():
            raise Cancelled(f"{what} cancelled")
        if progress is not None:
            progress(p)

    return tick


__all__ = ["CACHE_DIR", "Case", "Change", "FindHit", "Rect", "engine_fingerprint", "entity_key"]


def _entry_pages(view: CaseView, args: dict[str, Any]) -> list[int]:
    """The 1-based pages an entry is about: its mention's or text's segment, else every mention of its entities."""
    segments: set[str] = set()
    if isinstance(args.get("segment_id"), str):
        segments.add(args["segment_id"])
    else:
        for field in ("entity_id", "into_id", "other_id"):
            entity_id = args.get(field)
            if isinstance(entity_id, str):
                with contextlib.suppress(CaseError):
                    segments.update(m.segment_id for m in view.entity(entity_id).mentions)
    return sorted({page + 1 for seg in segments if (page := view.page_of(seg)) is not None})
