"""The engine's public API: analyse a draft against a register, decide, export verified outputs."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recognizers.keep import with_register_keep
from recognizers.pseudonyms import label_letters
from redactor.analysis import FORK_CHARS, Analyzer
from redactor.areas import verify_areas
from redactor.atomic import as_new_file, publish, refuse_existing, temp_path_beside
from redactor.audit import OutputFile, audit_files, build_audit, now, tool_versions
from redactor.board import BoardConfig
from redactor.convert import docx_to_pdf, libreoffice_version, soffice
from redactor.document import Document
from redactor.entities import Entity, group
from redactor.errors import LeakError, OutputError
from redactor.forked import Forked, can_fork
from redactor.hiding import HidingPlaces
from redactor.load import load, preparing, sha256_file, take_prepared
from redactor.mention import Mention
from redactor.nlp import model_version
from redactor.plan import AreaRedaction, Decision, Plan, accept_all, build_plan, require_reviewed, suggest
from redactor.progress import Progress
from redactor.register import Register
from redactor.render_docx import render_docx
from redactor.render_pdf import BoxRecord, render_pdf, scrub_pdf_file
from redactor.render_text import text_to_pdf
from redactor.text_only import TextOnly, text_only
from redactor.types import MentionKey
from redactor.unread import require_pages_dealt_with
from redactor.verify import Checker, Leak, verify_outputs
from redactor.verify_ocr import picture_leaks
from redactor.written import Expected, Written, apply_replacements, join_written

log = logging.getLogger(__name__)
ProgressFn = Callable[[Progress], None]
FinishFn = Callable[[dict[str, Any]], dict[Path, bytes]]


@dataclass(slots=True)
class Analysis:
    """A draft with its findings, entities and (suggested or confirmed) decisions."""

    document: Document
    register: Register | None
    register_path: Path | None
    mentions: list[Mention]
    entities: list[Entity]
    decisions: dict[str, Decision]
    keep: list[str] = field(default_factory=list)
    overrides: dict[MentionKey, Decision] = field(default_factory=dict)
    areas: list[AreaRedaction] = field(default_factory=list)
    reviewed_pages: set[int] = field(default_factory=set)  # unread (scanned, not OCR'd) pages a reviewer checked
    remove_images: bool = False  # the board removes every picture on export

    def texts(self) -> dict[str, str]:
        """Segment id -> text."""
        return {s.id: s.text for s in self.document.segments}

    def plan(self) -> Plan:
        """The replacement plan for the current decisions, mention overrides and manual areas."""
        return build_plan(self.entities, self.decisions, self.texts(), self.overrides, self.areas)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote."""

    outputs: list[Path]
    audit_json: Path
    audit_csv: Path
    redactions: int
    notes: list[str]
    verification: str
    reports: list[Path] = field(default_factory=list)


def analyse(path: Path, register_path: Path | None = None, *, board: BoardConfig | None = None,
            analyzer: Analyzer | None = None, progress: ProgressFn | None = None,
            password: str | None = None, register: Register | None = None) -> Analysis:
    """Load and analyse a draft.

    Args:
        path: The draft (PDF, DOCX or TXT).
        register_path: The case register YAML, if any.
        board: The board's settings (extra patterns, keep words, date policy); defaults if not given.
        analyzer: A prepared analyzer (built on first use if not given).
        progress: Progress callback.
        password: The password of an encrypted PDF draft.
        register: The register already read (an encrypted case's); ``register_path`` is then only recorded.

    Raises:
        PasswordError: The draft is encrypted and the password is missing or wrong.
        InputError: The draft cannot be read.
        RegisterError: The register cannot be read.
    """
    if register is None and register_path:
        register = Register.load(register_path)
    board = board or BoardConfig()
    document = load(path, password=password, progress=progress)
    analyzer = analyzer or Analyzer()
    keep_words = [*(register.keep if register else []), *_register_label_letters(register), *board.keep]
    if preparing(path, password):
        # The command line's early-load child finds them, while this process analyses the draft it gave back.
        early = functools.cache(lambda: _or_here(take_prepared(path, password), document))
        mentions = analyzer.analyze(document, progress, board.recognizers, lambda: early().tables)
        found = early()
    else:
        # What depends on the text alone is found, on a long draft, by a forked child while the
        # analysis runs (its two processes share the work that is left, see redactor.forked).
        long = sum(len(s.text) for s in document.segments) > FORK_CHARS
        with Forked(lambda: text_only(document), fork=long and can_fork()) as reading:
            mentions = analyzer.analyze(document, progress, board.recognizers, lambda: reading.result().tables)
            found = reading.result()
    keep = with_register_keep(keep_words, found.keep)
    entities = group(document, mentions, register, keep)
    decisions = suggest(entities, register, {s.id: s.text for s in document.segments}, board.dates, found.labels)
    return Analysis(document, register, register_path, mentions, entities, decisions, keep,
                    remove_images=board.images == "remove")


def _or_here(early: Any, document: Document) -> TextOnly:
    """What the early-load child found of the text alone, or, where it found nothing, the same found here."""
    return early if isinstance(early, TextOnly) else text_only(document)


def _register_label_letters(register: Register | None) -> list[str]:
    """The letters of the register's person labels ("BW" of "Child BW") that no registered entity lists as its own
    form: where the draft writes them alone, they are the label, kept as written."""
    if register is None:
        return []
    forms = {f for e in register.entries for f in e.forms()}
    return [letters for letters in label_letters(e.pseudonym for e in register.entries) if letters not in forms]


def output_names(document: Document, out_pdf: Path) -> list[Path]:
    """The files an export of ``document`` to ``out_pdf`` writes, besides the logs."""
    twin = {"docx": ".docx", "txt": ".txt"}.get(document.format)
    return [out_pdf, out_pdf.with_suffix(twin)] if twin else [out_pdf]


def pdf_output(draft: Path, output: Path) -> Path:
    """The PDF to write for ``-o output``: ``output`` itself, or, when it names the Word or text copy of a
    draft of that kind ("-o review.docx" for a Word draft), the PDF beside it (the copy is written too)."""
    suffix = output.suffix.lower()
    if suffix in (".docx", ".txt") and suffix == draft.suffix.lower():
        return output.with_suffix(".pdf")
    return output


def check_output_path(draft: Path, out_pdf: Path) -> None:
    """Refuse an output name that is not a PDF, is the draft itself, or lies in something that is not a folder.

    Raises:
        OutputError: With the reason.
    """
    if out_pdf.suffix.lower() != ".pdf":
        raise OutputError(f"{out_pdf}: the output must be a .pdf file name (or .docx for a Word draft, "
                          ".txt for a text draft)")
    copy = out_pdf.with_suffix(draft.suffix) if draft.suffix.lower() in (".docx", ".txt") else out_pdf
    if draft.resolve() in (out_pdf.resolve(), copy.resolve()):
        raise OutputError("the output would overwrite the draft; choose another name")
    if out_pdf.parent.exists() and not out_pdf.parent.is_dir():
        raise OutputError(f"{out_pdf.parent}: not a folder")


def refuse_existing_outputs(draft: Path, out_pdf: Path, audit_json: Path | None, *, overwrite: bool) -> None:
    """Refuse, before a long analysis, the outputs that already exist and that an export of ``draft`` would write.

    The export checks every file again (the case's reports too) just before it writes them.

    Raises:
        OutputError: Naming the files that exist.
    """
    twin = {".docx": ".docx", ".txt": ".txt"}.get(draft.suffix.lower())
    audit_json = audit_json or out_pdf.with_suffix(".audit.json")
    refuse_existing([out_pdf, *([out_pdf.with_suffix(twin)] if twin else []), audit_json,
                     audit_json.with_suffix(".csv")], overwrite=overwrite)


def export(analysis: Analysis, out_pdf: Path, audit_json: Path | None = None, *, accept: bool = False,
           progress: ProgressFn | None = None, finish: FinishFn | None = None, overwrite: bool = False
           ) -> ExportResult:
    """Write the redacted outputs, verify them by re-reading, then publish them atomically.

    PDF drafts give ``out_pdf``; DOCX drafts also give a redacted ``.docx`` (and the PDF is made from
    it by LibreOffice when installed); TXT drafts also give a ``.txt``. The audit log goes to
    ``audit_json`` (default ``<out>.audit.json``) with a ``.csv`` twin.

    Args:
        analysis: The analysed draft.
        out_pdf: Where the redacted PDF goes.
        audit_json: Where the JSON audit log goes.
        accept: Accept every unreviewed suggestion first (``--accept-all``).
        progress: Progress callback.
        finish: Called with the audit record once the outputs are verified, before anything is
            published; may add to its rows and returns further files (path -> bytes) to publish
            with the outputs (the case's redaction log and reports).
        overwrite: Replace outputs, logs and reports that already exist (``--force``); without it an
            existing file is never touched.

    Raises:
        UnreviewedError: Suggestions remain unreviewed and ``accept`` is false, or (``UnreadPagesError``)
            pages without a text layer were not read by OCR and are neither reviewed nor redacted.
        LeakError: Verification found identifying text; nothing is published.
        OutputError: The outputs cannot be written, or exist and ``overwrite`` is false.
    """
    started = now()
    document = analysis.document
    check_output_path(document.path, out_pdf)
    if accept:
        accept_all(analysis.decisions)
    require_reviewed(analysis.entities, analysis.decisions)
    require_pages_dealt_with(document, analysis.reviewed_pages, analysis.areas)
    plan = analysis.plan()
    audit_json = audit_json or out_pdf.with_suffix(".audit.json")
    written = [*output_names(document, out_pdf), audit_json, audit_json.with_suffix(".csv")]
    if len({p.resolve() for p in written}) < len(written) or document.path.resolve() in {p.resolve() for p in written}:
        raise OutputError(f"writing {', '.join(p.name for p in written)} would overwrite the draft or one "
                          "output with another; choose another output name")
    refuse_existing(written, overwrite=overwrite)
    finals: list[Path] = [out_pdf]
    temps: dict[Path, Path] = {}
    notes = list(document.warnings)
    boxes: dict[str, list[BoxRecord]] = {}
    libreoffice: str | None = None
    expected: list[Expected] = []
    try:
        temps[out_pdf] = temp_path_beside(out_pdf)
        if document.format == "pdf":
            rendering = render_pdf(document, plan, temps[out_pdf], progress, out_pdf.name,
                                   remove_images=analysis.remove_images)
            boxes = rendering.boxes
            expected.append(rendering.expected)
        elif document.format == "docx":
            out_docx = out_pdf.with_suffix(".docx")
            finals.append(out_docx)
            temps[out_docx] = temp_path_beside(out_docx)
            places = render_docx(plan, document.path, temps[out_docx], pictures=document.of_kind("image_text"),
                                 remove_images=analysis.remove_images)
            expected.append(Expected(temps[out_docx], "places", out_docx.name, places))
            if soffice():
                docx_to_pdf(temps[out_docx], temps[out_pdf])
                scrub_pdf_file(temps[out_pdf], HidingPlaces.of(plan))
                libreoffice = libreoffice_version()
                flow, floating = _word_layout(places)
                expected.append(Expected(temps[out_pdf], "relaid", out_pdf.name, flow=flow, floating=floating))
            else:
                notes.append("LibreOffice is not installed: the PDF was typeset from the redacted text, "
                             "without the Word layout")
                body = _redacted_body(analysis, plan)
                text_to_pdf(body.text, temps[out_pdf])
                expected.append(Expected(temps[out_pdf], "relaid", out_pdf.name, flow=[body]))
        else:
            out_txt = out_pdf.with_suffix(".txt")
            finals.append(out_txt)
            temps[out_txt] = temp_path_beside(out_txt)
            body = _redacted_body(analysis, plan)
            temps[out_txt].write_text(body.text, encoding="utf-8")
            text_to_pdf(body.text, temps[out_pdf])
            expected += [Expected(temps[out_txt], "places", out_txt.name, {"text": body}),
                         Expected(temps[out_pdf], "relaid", out_pdf.name, flow=[body])]
        checker = _checker(analysis, plan)
        verification = verify_outputs(expected, checker, _replaced_entities(plan))
        leaks = verification.leaks
        if plan.areas:
            leaks += verify_areas(temps[out_pdf], plan.areas)
        if document.format == "pdf":
            leaks += picture_leaks(temps[out_pdf], out_pdf.name, document, checker)
        if leaks:
            raise LeakError(_leak_message(leaks), [str(leak) for leak in leaks], leaks)
        outputs = [OutputFile(p, sha256_file(temps[p])) for p in finals]
        verified = verification.statement()
        audit = build_audit(document, plan, boxes, outputs, tool_versions(model_version(), libreoffice),
                            started, analysis.register_path, notes, verified)
        extra = finish(audit) if finish is not None else {}
        files = {**extra, **audit_files(audit, audit_json)}
        refuse_existing(extra, overwrite=overwrite)
        for path, data in files.items():
            temps[path] = temp_path_beside(path)
            temps[path].write_bytes(data)
        for p in finals:  # the redacted files are read like any new file; the logs (original names) are not
            as_new_file(temps[p])
        # All or nothing; logs and reports first, the outputs last (the PDF last of all): a PDF is
        # never there without its log.
        publish([(temps[p], p) for p in [*files, *reversed(finals)]], overwrite=overwrite)
        temps.clear()
    finally:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
    return ExportResult(finals, audit_json, audit_json.with_suffix(".csv"), len(plan.replacements), notes, verified,
                        list(extra))


def _checker(analysis: Analysis, plan: Plan) -> Checker:
    """What verification looks for: every replaced form, and identifiers not deliberately kept."""
    kept = [text for e in plan.entities if e.id in plan.decisions
            for text in [*(e.forms if plan.decisions[e.id].action == "keep" else []),
                         *(m.text for m in e.mentions if plan.decision_for(m, e).action == "keep")]]
    return Checker(plan.replaced_forms(), analysis.keep, kept, (s.text for s in analysis.document.segments))


def _replaced_entities(plan: Plan) -> int:
    return sum(1 for e in plan.entities if e.id in plan.decisions and plan.decisions[e.id].action == "replace")


def _word_layout(places: dict[str, Written]) -> tuple[list[Written], list[Written]]:
    """The written Word text in reading order (the body) and what a layout may put anywhere."""
    flow = [w for key, w in places.items() if key.startswith("docx:word/document.xml:")]
    floating = [w for key, w in places.items()
                if (key.startswith("docx:") and not key.startswith("docx:word/document.xml:")) or key == "core:title"]
    return flow, floating


def _leak_message(leaks: list[Leak]) -> str:
    shown = "; ".join(str(leak) for leak in leaks[:5])
    more = f" (and {len(leaks) - 5} more)" if len(leaks) > 5 else ""
    return f"verification FAILED, nothing was written: {len(leaks)} leak(s): {shown}{more}"


def _redacted_body(analysis: Analysis, plan: Plan) -> Written:
    """The redacted text of the body segments, paragraph per line, with where each replacement went.

    The cells of a Word table row share a line, tab-separated as in a text export of the table, so
    they are typeset apart and read back as cells: never a form made of neighbouring cells.
    """
    kept = plan.kept_spans()
    rows: list[list[Written]] = []
    prev: tuple[int, int, int] | None = None
    for seg in analysis.document.segments:
        if seg.kind not in ("body", "page"):
            continue
        written = apply_replacements(seg.text, plan.by_segment.get(seg.id, []), kept.get(seg.id, ()))
        if rows and seg.cell and prev and seg.cell[:2] == prev[:2] and seg.cell[2] > prev[2]:
            rows[-1].append(written)
        else:
            rows.append([written])
        prev = seg.cell
    return join_written(join_written(row, "\t") for row in rows)
