"""Analyse a document with Presidio: our recognisers plus spaCy NER, over every segment, in batches."""

from __future__ import annotations

import gc
import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult

from recognizers.catalogue import AGENCY_REFERENCE
from recognizers.enabled import default_recognizers
from recognizers.gazetteer import recognised_text
from recognizers.identifier_value import could_be_identifier, is_labelled_sort_code
from redactor.document import Document, Segment, lower_case_words
from redactor.forked import Forked, Tickets, can_fork
from redactor.mention import NAME_ENTITIES, Mention
from redactor.ner_filter import refine_ner
from redactor.ner_focus import artifacts, focus, ner_entities
from redactor.nlp import LocalSpacyNlpEngine, load_pipeline
from redactor.page_seams import Seam, address_rest, body_spans, context_seams, seams
from redactor.progress import Progress
from redactor.shaped_values import shaped_like_labelled
from redactor.text_only import TableFindings
from redactor.text_only import table_findings as find_tables

log = logging.getLogger(__name__)

SCORE_THRESHOLD = 0.4
# spaCy is run over chunks of at most this many characters, cut at line ends.
CHUNK_CHARS = 3000
BATCH = 4  # chunks analysed together (one spaCy batch); the unit shared between processes
FORK_CHARS = 60_000  # a draft this long (about 20 pages) or longer is analysed by two processes
_WARM_UP = ("Ms Ada Quill (born 3 March 2011, NHS number 401 023 2137) lived at 7 Elm Row, Bath BA1 1AA, then "
            "in Poland with Tom Quill; phone 07700 900123, ada@example.org. Riverside Primary School and Avon "
            "Police (crime ref 44/12345/19) told Northshire County Council on 04/05/2019.")
_SEAM = "seam"  # the segment id a finding has while it is judged in a seam's text


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a segment small enough for one spaCy call."""

    segment: Segment
    offset: int
    text: str


def chunks(segments: Sequence[Segment], limit: int = CHUNK_CHARS) -> Iterator[Chunk]:
    """Cut segments into chunks at line ends (never inside a line unless a line exceeds ``limit``)."""
    for seg in segments:
        text = seg.text
        start = 0
        while start < len(text):
            end = min(len(text), start + limit)
            if end < len(text):
                cut = text.rfind("\n", start, end)
                if cut > start:
                    end = cut + 1
                else:
                    space = text.rfind(" ", start, end)
                    end = space + 1 if space > start else end
            piece = text[start:end]
            if piece.strip():
                yield Chunk(seg, start, piece)
            start = end


def explain(result: RecognizerResult) -> str:
    """One line from Presidio's decision process: recogniser, pattern, context and validation."""
    exp = result.analysis_explanation
    if exp is None:
        return ""
    bits = [str(exp.recognizer)]
    if exp.pattern_name:
        bits.append(f"pattern '{exp.pattern_name}'")
    if exp.original_score is not None:
        bits.append(f"base score {exp.original_score:.2f}")
    if exp.score_context_improvement:
        bits.append(f"+{exp.score_context_improvement:.2f} from context '{exp.supportive_context_word}'")
    if exp.validation_result is not None:
        bits.append(f"checksum {'valid' if exp.validation_result else 'invalid'}")
    if exp.textual_explanation:
        bits.append(str(exp.textual_explanation))
    return "; ".join(bits)


@cache
def build_engine() -> AnalyzerEngine:
    """The Presidio analyzer with our recognisers and the local spaCy engine (cached per process)."""
    nlp_engine = LocalSpacyNlpEngine()
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    for rec in default_recognizers():
        registry.add_recognizer(rec)
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"],
                            default_score_threshold=SCORE_THRESHOLD)
    # The first calls compile each recogniser's patterns and read its word lists (about a second):
    # made here once, so a process forked to share an analysis starts with them.
    engine.analyze(text=_WARM_UP, language="en")
    # The libraries, the model and the recognisers live as long as the process: the cyclic collector
    # need not scan them again at each full collection (nor a forked child copy the pages it scans).
    gc.freeze()
    return engine


class Analyzer:
    """Runs detection over a whole document.

    Args:
        processes: How many processes share a long draft's analysis (1 = this one alone; 2 = this
            one and a child forked for it, where the platform allows, see ``redactor.forked``).
    """

    def __init__(self, processes: int = min(2, os.cpu_count() or 1)) -> None:
        self.engine = build_engine()
        self.processes = processes

    def analyze(self, document: Document, progress: Callable[[Progress], None] | None = None,
                extra: Sequence[EntityRecognizer] = (),
                table_findings: Callable[[], TableFindings] | None = None) -> list[Mention]:
        """All findings in every segment of the document, in segment order.

        Args:
            document: The loaded draft.
            progress: Called with ``Progress(done, total)`` as chunks complete.
            extra: Further recognisers for this document (a board's own patterns and deny lists).
            table_findings: Gives the draft's tables' findings, found elsewhere (called once the
                chunks are analysed); without it they are found here, while a child analyses.
        """
        parts = list(chunks(document.segments))
        # Text running over a page break is analysed joined too, so a name it splits is found whole.
        joins = seams([s for s in document.segments if s.kind == "page"])
        lower_words = lower_case_words(document)
        pieces: list[Chunk | Seam] = [*parts, *joins]
        size = max(BATCH, -(-len(pieces) // Tickets.MAX))
        batches = [pieces[i:i + size] for i in range(0, len(pieces), size)]
        tickets = Tickets(len(batches))
        found: dict[int, tuple[list[Mention], list[Mention]]] = {}

        def share(report: Callable[[Progress], None] | None) -> dict[int, tuple[list[Mention], list[Mention]]]:
            """Analyse batches until none is left (this process and a forked child each take the next free one)."""
            done: dict[int, tuple[list[Mention], list[Mention]]] = {}
            while (k := tickets.take()) is not None:
                done[k] = self._batch(batches[k], lower_words, extra)
                if report is not None:
                    report(Progress(min(len(parts), (k + 1) * size), len(parts), "analysing"))
            return done

        # A child pays off on long drafts only (forking and its first calls cost a few tenths of a second).
        fork = self.processes > 1 and sum(len(c.text) for c in parts) > FORK_CHARS
        try:
            with Forked(lambda: share(None), fork=fork and can_fork()) as helper:
                # The tables depend on the text alone: read while the child takes the first batches
                # (the batches are shared as each process becomes free, so the two finish together).
                found_here = find_tables(document) if table_findings is None else None
                found.update(share(progress))
                found.update(helper.result())
        finally:
            tickets.close()
        mentions = [m for k in sorted(found) for m in found[k][0]]
        split = [m for k in sorted(found) for m in found[k][1]]
        pages = [s for s in document.segments if s.kind == "page"]
        mentions = within_bodies(mentions, pages)
        mentions += across_page_breaks(pages, mentions)
        mentions += running_references(document, mentions)
        mentions += shaped_like_labelled(document, mentions)
        from redactor.title_page import title_page_names

        mentions += title_page_names(document, mentions)
        if split:
            # A part of a split finding replaces what its page alone made of the same words.
            mentions = [m for m in mentions if m.entity not in NAME_ENTITIES or not any(
                p.segment_id == m.segment_id and p.start < m.end and m.start < p.end for p in split)] + split
        in_tables = found_here if table_findings is None else table_findings()
        assert in_tables is not None
        mentions = in_tables.without_labels(mentions, document)
        mentions.extend(in_tables.columns)
        # A bare short number (a row, list or paragraph number, an age, a count) is never an
        # identifier, whichever recogniser, column header or board pattern proposed it.
        # (a sort code after its label has a date's shape, and is one: "sort code 09-01-28")
        mentions = [m for m in mentions if m.type != "IDENTIFIER" or could_be_identifier(m.text)
                    or is_labelled_sort_code(document.segment(m.segment_id).text, m.start, m.end)]
        log.info("analysed %d chunks: %d mentions", len(parts), len(mentions))
        return mentions

    def _batch(self, pieces: Sequence[Chunk | Seam], lower_words: frozenset[str],
               extra: Sequence[EntityRecognizer]) -> tuple[list[Mention], list[Mention]]:
        """The findings of a few chunks (and seams): NER where a name could be, then every recogniser.

        Returns:
            The chunks' findings, and the parts of findings that cross a seam's page break.
        """
        nlp_engine: Any = self.engine.nlp_engine
        nlp = load_pipeline()
        score = float(nlp_engine.ner_model_configuration.default_score)
        seen = [recognised_text(p.text) for p in pieces]  # footnote marks and other spaces as spaces
        plain = [t.replace("\t", " ") for t in seen]  # ... and, to spaCy, tabs too (same length: offsets unchanged)
        mentions: list[Mention] = []
        split: list[Mention] = []
        for piece, recognised, text, ents in zip(
                pieces, seen, plain, ner_entities(nlp, [focus(t, lower_words) for t in plain]), strict=True):
            results = self.engine.analyze(text=recognised, language="en",
                                          nlp_artifacts=artifacts(nlp, nlp_engine, text, ents, score),
                                          return_decision_process=True, ad_hoc_recognizers=list(extra) or None)
            if isinstance(piece, Seam):
                split.extend(self._split_mentions(piece, results, lower_words))
            else:
                mentions.extend(self._mentions(piece, results, lower_words))
        return mentions, split

    @staticmethod
    def _mentions(chunk: Chunk, results: list[RecognizerResult], lower_words: frozenset[str]) -> Iterator[Mention]:
        for r, entity, recognizer, start, end in _spans(chunk.text, results, lower_words):
            yield Mention(chunk.segment.id, chunk.offset + start, chunk.offset + end, chunk.text[start:end], entity,
                          round(float(r.score), 3), recognizer, explain(r))

    @staticmethod
    def _split_mentions(seam: Seam, results: list[RecognizerResult], lower_words: frozenset[str]
                        ) -> Iterator[Mention]:
        """The findings that cross a seam's joint, as one mention on each page (each knowing the whole).

        A guess is judged whole, in the seam's text, before it is split: its parts alone ("Autumn")
        may read as ordinary words.
        """
        from redactor.guesses import reconcile

        found = [Mention(_SEAM, start, end, seam.text[start:end], entity, round(float(r.score), 3), recognizer,
                         explain(r)) for r, entity, recognizer, start, end in _spans(seam.text, results, lower_words)]
        for m in reconcile(found, {_SEAM: seam.text}, lower_words):
            if not seam.crosses(m.start, m.end):
                continue  # wholly on one page: that page's own analysis has it
            why = f"{m.explanation}; runs over a page break: '{m.text}'"
            texts = (seam.text[m.start:seam.joint], seam.text[seam.joint + 1:m.end])
            for part, text in zip(seam.parts(m.start, m.end), texts, strict=True):
                yield Mention(part.segment_id, part.start, part.end, text, m.entity, m.score, m.recognizer, why, m.text)


ACROSS_BREAK_SCORE = 0.6


def across_page_breaks(pages: Sequence[Segment], mentions: Sequence[Mention]) -> list[Mention]:
    """Identifiers that only the text before a page break shows to be identifiers.

    A label may end one page and its value start the next ("the car's registration" | footer and
    header | "was K123 ABC"). Wherever a sentence runs on over a break, the structured-identifier
    recognisers read the end of one page's body and the start of the next joined; a value found
    wholly on one page that no one of the page's own findings already covers whole is added there.
    """
    from recognizers.rescan import structured_findings

    taken: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        taken.setdefault(m.segment_id, []).append((m.start, m.end))
    out = []
    texts = {p.id: p.text for p in pages}
    for seam in context_seams(pages):
        if (rest := address_rest(seam)) is not None and not any(
                s < rest[1] and rest[0] < e for s, e in taken.get(seam.right[0], [])):
            a, b, entity = rest
            taken.setdefault(seam.right[0], []).append((a, b))
            out.append(Mention(seam.right[0], a, b, texts[seam.right[0]][a:b], entity, ACROSS_BREAK_SCORE,
                               "PageBreakContext", "the rest of a web address or handle the page before ends with"))
        for entity, start, end in structured_findings(seam.text):
            if seam.crosses(start, end):
                continue
            (segment, at), offset = (seam.left, start) if end <= seam.joint else (seam.right, start - seam.joint - 1)
            a, b = at + offset, at + offset + end - start
            if any(s <= a and b <= e for s, e in taken.get(segment, [])):
                continue  # (a part found alone, "07/04/17" of "0266 07/04/17", leaves the whole value to add)
            taken.setdefault(segment, []).append((a, b))
            side = "the end of the page before" if segment == seam.right[0] else "the start of the page after"
            out.append(Mention(segment, a, b, seam.text[start:end], entity, ACROSS_BREAK_SCORE, "PageBreakContext",
                               f"an identifier when read with {side} (a sentence runs over the page break)"))
    return out


_RUNNING_NUMBER = re.compile(r"(?<![\w/.,:+\-\u2013])\d{6,12}(?![\w/.,:\-])")
_PUBLIC_NUMBER_BEFORE = re.compile(r"(?i:charity|company|registered|registration|reg\.?)\b[^\d\n]{0,20}$")
RUNNING_REFERENCE_SCORE = 0.6


def running_references(document: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """Reference numbers a draft prints in its running header or footer ("… Practice Review (draft) –
    4460171   Page 2 of 3"): its case or file reference, which identifies the case as a labelled case
    number does, though no label says so. A run of six to twelve digits standing alone there, not found as
    something else and not a charity's or company's registration number (public), is one.
    """
    regions: list[tuple[Segment, int, int]] = []
    pages = [s for s in document.segments if s.kind == "page"]
    for page, (a, b) in zip(pages, body_spans(pages), strict=True):
        if a < b:
            regions += [(page, 0, a), (page, b, len(page.text))]
    regions += [(s, 0, len(s.text)) for s in document.segments if s.kind in ("header", "footer")]
    taken: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        taken.setdefault(m.segment_id, []).append((m.start, m.end))
    out = []
    for seg, a, b in regions:
        for hit in _RUNNING_NUMBER.finditer(seg.text, a, b):
            if any(s < hit.end() and hit.start() < e for s, e in taken.get(seg.id, [])) \
                    or _PUBLIC_NUMBER_BEFORE.search(seg.text, max(0, hit.start() - 40), hit.start()):
                continue
            out.append(Mention(seg.id, hit.start(), hit.end(), hit.group(), AGENCY_REFERENCE, RUNNING_REFERENCE_SCORE,
                               "RunningLineReference", "a reference number in the draft's running header or footer"))
    return out


# A label's colon or spaced dash ending a page's body ("snapchat:", "Snapchat \u2013"; not a word broken by a
# hyphen): what it labels is on the next page, not in the footer.
_LABEL_ENDS = re.compile(r"(?::|[ \t][\u2013-])[ \t]*\Z")


def within_bodies(mentions: list[Mention], pages: Sequence[Segment]) -> list[Mention]:
    """Findings on PDF pages cut back to the page's body where they run on into its running header or footer.

    A name ending a page's body ("… In June 2015, Harriet") is read on into the footer on the next
    line ("Harriet Medway", the board's name): as one finding it is neither the person nor the
    board. Only the body's part is kept (a finding with none left goes). Where the body ends with a label's
    colon ("… account (snapchat:"), a finding that starts the footer is the label's misread value, and goes.
    """
    bodies = {p.id: span for p, span in zip(pages, body_spans(pages), strict=True) if span[0] < span[1]}
    texts = {p.id: p.text for p in pages}
    out = []
    for m in mentions:
        body = bodies.get(m.segment_id)
        if body is not None and m.start >= body[1] and _LABEL_ENDS.search(texts[m.segment_id], body[0], body[1]) \
                and not texts[m.segment_id][body[1]:m.start].strip():
            continue  # "… account (snapchat:" ends the body: the footer's first word is read as its value
        if body is None or (body[0] <= m.start and m.end <= body[1]) or m.end <= body[0] or m.start >= body[1]:
            out.append(m)
            continue
        start, end = max(m.start, body[0]), min(m.end, body[1])
        text = m.text[start - m.start:end - m.start]
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        if start < end:
            out.append(replace(m, start=start, end=end, text=m.text[start - m.start:end - m.start]))
    return out


def _spans(text: str, results: list[RecognizerResult], lower_words: frozenset[str]
           ) -> Iterator[tuple[RecognizerResult, str, str, int, int]]:
    """Each result's (result, entity name, recogniser, start, end); NER spans refined, blank ones dropped."""
    for r in results:
        recognizer = str((r.recognition_metadata or {}).get("recognizer_name", ""))
        entity = r.entity_type
        spans = [(r.start, r.end)]
        if entity.startswith("NER_"):
            entity = entity[4:]
            spans = refine_ner(text, r.start, r.end, entity, lower_words)
        for start, end in spans:
            found = text[start:end]
            if found.strip() and not re.fullmatch(r"\W+", found):
                yield r, entity, recognizer, start, end
