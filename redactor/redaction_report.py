"""The redaction report a legal adviser reads: a PDF made from the redaction log alone.

A title page (case, board, draft, reviewers, dates, hashes and versions), then a summary (entities
and their pseudonyms, redactions per page, decisions by reason and by reviewer, the review's history)
and every redaction with its page, original, replacement, basis, reason and who decided it. Tables
carry their header row onto each new page; every page after the title has a running header and
"Page n of N". The originals-free variant shows keyed hashes instead of original text, and leaves
out anything else that could quote it (file names, recognisers' reasons).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import pymupdf

from redactor.journal import JournalEntry
from redactor.redaction_log import keyed_hash, summary

PAGE = pymupdf.paper_rect("a4")
_NO_LANGUAGE = pymupdf.mupdf.fz_text_language_from_string(None)
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 48.0, 64.0, 56.0
BODY = 8.6
INK = (0.1, 0.1, 0.12)
GREY = (0.42, 0.42, 0.46)
RULE = (0.75, 0.75, 0.78)
HEAD_FILL = (0.9, 0.92, 0.95)
ZEBRA = (0.97, 0.97, 0.98)
_OPS = {"decide": "Decisions", "accept_all": "Bulk acceptances", "mark_reviewed": "Marked reviewed",
        "override": "Mention overrides", "merge": "Merges", "split": "Splits", "redact_text": "Manual redactions",
        "redact_area": "Area redactions", "remove_manual": "Manual redactions removed",
        "add_keep": "Keep phrases added",
        "remove_keep": "Keep phrases removed", "undo": "Undos", "redo": "Redos", "analysed": "Analyses",
        "export": "Exports", "export_refused": "Exports refused", "export_failed": "Exports failed"}


@cache
def _font(bold: bool) -> pymupdf.Font:
    return pymupdf.Font("hebo" if bold else "helv")


def _show(writer: pymupdf.TextWriter, x: float, y: float, text: str, size: float, bold: bool) -> None:
    """``writer.append`` without re-measuring everything written so far on each call.

    ``TextWriter.append`` bounds the page's whole text after every string, which made a report of a
    few thousand redactions take seconds; this calls the same MuPDF function without that.
    """
    trm = pymupdf.mupdf.fz_make_matrix(size, 0, 0, size, x, writer.rect.height - y)
    pymupdf.mupdf.fz_show_string(writer.this, _font(bold).this, trm, text, 0, 0, 0, _NO_LANGUAGE)


@cache
def _advance(ch: str, bold: bool) -> float:
    return float(_font(bold).text_length(ch, fontsize=1.0))


def _width(text: str, size: float, bold: bool) -> float:
    """Width in points (the fonts' advances added up, as MuPDF sets them: no kerning)."""
    return size * _advances(text, bold)


@lru_cache(maxsize=1 << 16)
def _advances(text: str, bold: bool) -> float:
    """A word's advance at 1 pt (words repeat: pseudonyms, reasons, column values)."""
    return sum(_advance(ch, bold) for ch in text)


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (words longer than a line are cut)."""
    lines: list[str] = []
    space = _width(" ", size, bold)
    for paragraph in (text or "").split("\n"):
        line, used = "", 0.0  # the line so far and its width (widths add up: no kerning)
        for word in paragraph.split():
            need = _width(word, size, bold)
            if (used + space + need if line else need) <= width:
                line, used = (f"{line} {word}", used + space + need) if line else (word, need)
                continue
            if line:
                lines.append(line)
            while need > width:
                cut = len(word) - 1
                while cut > 1 and _width(word[:cut], size, bold) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                need = _width(word, size, bold)
            line, used = word, need
        lines.append(line)
    return lines or [""]


def _num(value: float) -> str:
    """A number as PDF content streams write it (as MuPDF's %g: at most five decimals, no trailing zeros)."""
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: title, share of the width, and whether its text is bold."""

    title: str
    share: float
    bold: bool = False


class _Writer:
    """Lays text and tables out on A4 pages, a page at a time."""

    def __init__(self) -> None:
        self.doc = pymupdf.open()
        self.width = PAGE.width - 2 * MARGIN_X
        self.page: pymupdf.Page | None = None
        self.fills: list[tuple[pymupdf.Rect, tuple[float, ...]]] = []
        self.rules: list[tuple[pymupdf.Point, pymupdf.Point]] = []
        self.text: pymupdf.TextWriter | None = None
        self.y = 0.0

    def new_page(self) -> None:
        self._flush()
        self.page = self.doc.new_page(width=PAGE.width, height=PAGE.height)
        self.text = pymupdf.TextWriter(self.page.rect, color=INK)
        self.y = MARGIN_TOP

    def _flush(self) -> None:
        """Draw the page's fills, rules and text, each in one go (one content update per kind, not per row)."""
        if self.page is None or self.text is None:
            return
        shape = self.page.new_shape()
        m = shape.ipctm  # page to PDF coordinates, as Shape.draw_* apply it (the path is written in one go:
        # Shape's per-segment bookkeeping cost more than the rest of the report)

        def point(x: float, y: float) -> str:
            return f"{_num(x * m.a + y * m.c + m.e)} {_num(x * m.b + y * m.d + m.f)}"

        for colour in dict.fromkeys(c for _, c in self.fills):
            shape.draw_cont += "".join(f"{point(r.x0, r.y1)} {_num(r.width)} {_num(r.height)} re\n"
                                       for r, c in self.fills if c == colour)
            shape.finish(color=None, fill=colour)
        if self.rules:
            shape.draw_cont += "".join(f"{point(a.x, a.y)} m\n{point(b.x, b.y)} l\n" for a, b in self.rules)
            shape.finish(color=RULE, width=0.4)
        shape.commit()
        self.fills, self.rules = [], []
        self.text.write_text(self.page)

    def room(self, height: float) -> None:
        if self.page is None or self.y + height > PAGE.height - MARGIN_BOTTOM:
            self.new_page()

    def line(self, text: str, size: float = BODY, bold: bool = False, x: float = MARGIN_X,
             gap: float = 1.35) -> None:
        self.room(size * gap)
        assert self.text is not None
        _show(self.text, x, self.y + size, text, size, bold)
        self.y += size * gap

    def paragraph(self, text: str, size: float = BODY, bold: bool = False, after: float = 4.0) -> None:
        for ln in wrap(text, self.width, size, bold):
            self.line(ln, size, bold)
        self.y += after

    def heading(self, text: str, size: float = 12.5) -> None:
        self.room(size * 1.6 + 40)  # never a heading alone at the foot of a page
        self.y += 6
        self.line(text, size, bold=True, gap=1.6)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], size: float = BODY,
              header_row: bool = True) -> None:
        """A table whose header row is repeated on each page it runs onto."""
        widths = [c.share / sum(c.share for c in columns) * self.width for c in columns]
        pad = 3.0
        lead = size * 1.3

        def cells(values: Sequence[str], bold: Sequence[bool]) -> list[list[str]]:
            return [wrap(v, w - 2 * pad, size, b) for v, w, b in zip(values, widths, bold, strict=True)]

        head = cells([c.title for c in columns], [True] * len(columns))
        head_h = max(len(c) for c in head) * lead + 2 * pad

        def draw(values: list[list[str]], height: float, fill: tuple[float, ...] | None, bold: Sequence[bool]) -> None:
            assert self.page is not None and self.text is not None
            rect = pymupdf.Rect(MARGIN_X, self.y, MARGIN_X + self.width, self.y + height)
            if fill is not None:
                self.fills.append((rect, fill))
            self.rules.append((rect.bl, rect.br))
            x = MARGIN_X
            for lines, w, b in zip(values, widths, bold, strict=True):
                for i, ln in enumerate(lines):
                    _show(self.text, x + pad, self.y + pad + size + i * lead - size * 0.18, ln, size, b)
                x += w
            self.y += height

        def header() -> None:
            if header_row:
                draw(head, head_h, HEAD_FILL, [True] * len(columns))
            else:
                self.rules.append((pymupdf.Point(MARGIN_X, self.y), pymupdf.Point(MARGIN_X + self.width, self.y)))

        self.room(head_h + lead + 2 * pad)
        header()
        bold = [c.bold for c in columns]
        for n, values in enumerate(rows):
            body = cells(list(values), bold)
            height = max(len(c) for c in body) * lead + 2 * pad
            if self.y + height > PAGE.height - MARGIN_BOTTOM:
                self.new_page()
                header()
            draw(body, height, ZEBRA if n % 2 else None, bold)
        self.y += 10

    def finish(self, header: str, footer: str) -> bytes:
        """Running header and "Page n of N" on every page but the title page; the PDF's bytes."""
        self._flush()
        total = self.doc.page_count
        for page in self.doc:
            tw = pymupdf.TextWriter(page.rect, color=GREY)
            n = page.number + 1
            if n > 1:
                tw.append((MARGIN_X, 36), header, font=_font(False), fontsize=7.5)
                page.draw_line((MARGIN_X, 42), (PAGE.width - MARGIN_X, 42), color=RULE, width=0.5)
            label = f"Page {n} of {total}"
            tw.append((PAGE.width - MARGIN_X - _width(label, 7.5, False), PAGE.height - 30), label,
                      font=_font(False), fontsize=7.5)
            tw.append((MARGIN_X, PAGE.height - 30), footer, font=_font(False), fontsize=7.5)
            tw.write_text(page)
        self.doc.set_metadata({"title": header, "producer": "Redactor", "creator": "Redactor"})
        data: bytes = self.doc.tobytes(garbage=3, deflate=True)
        self.doc.close()
        return data


def report_pdf(entries: Sequence[JournalEntry], export: JournalEntry, key: str | None = None) -> bytes:
    """The redaction report of one export, from the log's entries up to it.

    Args:
        entries: The log's entries (the export's and all before it).
        export: The export entry reported on.
        key: The case's hash key: given, the report is the originals-free variant.
    """
    shareable = key is not None

    def orig(text: str) -> str:
        return keyed_hash(key, text) if key is not None else text

    a = export.args
    rows = sorted(a["redactions"], key=lambda r: (r["page"] or 10**6, _natural(r.get("segment_id") or ""),
                                                  r.get("start") or 0))
    info = summary(export)
    create = entries[0]
    draft_name = (export.draft or {}).get("name", "")
    draft_sha = str((export.draft or {}).get("sha256", ""))
    draft_label = f"draft {draft_sha[:12]}" if shareable else draft_name
    case_name = str(create.args.get("case", "")) if not shareable else "(not shown: a folder name can identify)"
    board = str(create.args.get("board_name") or (a.get("board") or {}).get("name") or "not named")
    reviewers = sorted({r.get("decided_by") for r in rows if r.get("decided_by")})
    w = _Writer()
    w.new_page()
    w.y = 120
    w.line("Redaction report", 26, bold=True, gap=1.5)
    w.line(draft_label, 13, gap=1.6)
    w.line("Originals-free variant: original text is shown as keyed hashes; for sharing beyond the board."
           if shareable else "Contains the original text: for the board and its legal adviser only.", 9.5, gap=3)
    facts = [
        ("Case", case_name), ("Board", board), ("Draft", draft_label), ("Draft SHA-256", draft_sha),
        ("Exported", _when(export.time)), ("Exported by", export.reviewer or "not recorded"),
        ("Review began", _when(create.time)),
        ("Decisions by", ", ".join(reviewers) or "not recorded"),
        ("Redactions", str(len(rows))),
    ]
    if a.get("pages"):
        facts.append(("Pages in the draft", str(a["pages"])))
    for o in a["outputs"]:
        name = o["path"].rsplit("/", 1)[-1]
        facts.append((f"Output {name.rsplit('.', 1)[-1].upper()}" if shareable else f"Output {name}", o["sha256"]))
    if a.get("register"):
        facts.append(("Register SHA-256", a["register"]["sha256"]))
    if a.get("board"):
        facts.append(("Board settings SHA-256", a["board"]["sha256"]))
    facts.append(("Log", f"{export.seq} entries; last entry's hash {export.hash}"))
    versions = a.get("versions", {})
    facts.append(("Software", ", ".join(f"{k} {v}" for k, v in versions.items() if k in (
        "redactor", "presidio-analyzer", "spacy", "model", "pymupdf", "libreoffice"))))
    w.table([Column("", 1.1, bold=True), Column("", 3.4)], facts, size=8.4, header_row=False)
    w.paragraph("To check that a PDF is the one this report describes, that the log is intact, and that "
                "each redaction is where the log says and its original text is gone: "
                "redactor check-log LOG.jsonl OUT.pdf --draft DRAFT (exit 0 intact, 1 tampered or mismatched).",
                8.4)

    w.new_page()
    w.heading("1  Summary")
    w.heading("1.1  Entities and their pseudonyms", 10.5)
    ents = sorted(info["entities"], key=lambda e: (-e["count"], e["entity"]))
    w.table([Column("Entity", 2.4), Column("Type", 1.1), Column("Kind", 1.1), Column("Replaced by", 2.0),
             Column("Redactions", 0.8)],
            [[orig(e["entity"]) if e["type"] != "AREA" else "area redaction", e["type"].title(),
              e["kind"].replace("_", " "), ", ".join(sorted(e["replacements"])) or "removed", str(e["count"])]
             for e in ents])
    w.heading("1.2  Redactions per page", 10.5)
    pages = list(info["per_page"].items())
    per_row = 6
    grid = [[x for p, n in pages[i:i + per_row] for x in (str(p), str(n))] for i in range(0, len(pages), per_row)]
    for g in grid:
        g.extend([""] * (2 * per_row - len(g)))
    w.table([Column(t, 1.0, bold=t == "Page") for _ in range(per_row) for t in ("Page", "Redactions")], grid)
    w.heading("1.3  Decisions by reason", 10.5)
    w.table([Column("Reason", 3.0), Column("Redactions", 1.0)],
            [[k, str(v)] for k, v in sorted(info["per_reason"].items(), key=lambda kv: -kv[1])])
    w.heading("1.4  Decisions by reviewer", 10.5)
    w.table([Column("Reviewer", 3.0), Column("Redactions", 1.0)],
            [[k, str(v)] for k, v in sorted(info["per_reviewer"].items(), key=lambda kv: -kv[1])])
    w.heading("1.5  The review's history", 10.5)
    w.table([Column("Operation", 2.0), Column("Reviewer", 2.0), Column("Count", 0.8)], _history(entries))

    w.heading("2  Every redaction")
    w.paragraph("Basis: register (typed by the reviewer in the case register), manual (selected by the reviewer), "
                "or the recogniser that found it with its score; below it, how it was decided. A reason marked * "
                "was not chosen by the reviewer: it is the default for the entity's kind. Times are UTC.", 8.0)
    table_rows = []
    for i, r in enumerate(rows, 1):
        basis = r.get("basis", "")
        if basis == "recogniser":
            basis = f"{str(r['recognizer']).removesuffix('Recognizer')} {float(r['score']):.2f}"
        how = r.get("how", "")
        basis = basis if not how or how == r.get("basis") else f"{basis}\n{how}"
        original = orig(r["original"]) if r["original"] else "(area)"
        reason = (r.get("reason") or r.get("reason_code") or "") + ("" if r.get("reason_given") else " *")
        who = f"{r.get('decided_by') or '-'}\n{_when(r.get('decided_at') or '').removesuffix(' UTC')}"
        replacement = r["replacement"] or ("removed" if r["action"] == "removed" else "")
        table_rows.append([str(i), place(r["location"], r["page"]), original, replacement, basis, reason, who])
    w.table([Column("#", 0.4), Column("Where", 0.95), Column("Original", 1.85, bold=not shareable),
             Column("Replacement", 1.35), Column("Basis", 1.75), Column("Reason", 1.55), Column("Decided by", 1.4)],
            table_rows, size=7.6)
    variant = "originals-free" if shareable else "board copy: contains original text"
    return w.finish(f"Redaction report – {draft_label} – {board} – {variant}",
                    f"Log entry {export.seq}, hash {export.hash[:16]}…  Exported {_when(export.time)}")


_PARTS = (("document.xml", "body"), ("header", "header"), ("footer", "footer"), ("footnotes", "footnote"),
          ("endnotes", "endnote"), ("comments", "comment"))


def place(location: str, page: int | None) -> str:
    """Where a redaction is, as a reader would say it: ``p. 3``, ``body ¶13``, ``header ¶1``, ``property title``."""
    if page:
        rest = location.removeprefix(f"page {page}").strip()
        return f"p. {page}, {rest}" if rest else f"p. {page}"
    m = re.match(r"word/([\w.]+?)(\d*)\.xml paragraph (\d+)$", location)
    if m:
        part = next((label for key, label in _PARTS if m.group(1).startswith(key.split(".")[0])), m.group(1))
        return f"{part} ¶{int(m.group(3)) + 1}"
    if location.startswith("word/") and " picture " in location:
        return "picture " + location.rsplit(" ", 1)[-1].replace("descr", "description")
    if "link" in location:
        return "link"
    return location.replace("document property ", "property ").replace("document setting ", "setting ")


def _natural(text: str) -> tuple[tuple[int, str], ...]:
    """A sort key that orders "paragraph 9" before "paragraph 10"."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"(\d+)", text))


def _when(iso: str) -> str:
    """``2026-11-23T10:04:05.123456+00:00`` -> ``2026-11-23 10:04 UTC``."""
    if len(iso) < 16:
        return iso
    return f"{iso[:10]} {iso[11:16]} UTC"


def _history(entries: Sequence[JournalEntry]) -> list[list[str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for e in entries:
        if e.op in _OPS:
            counts[(_OPS[e.op], e.reviewer or "not recorded")] += 1
    order = list(_OPS.values())
    return [[op, who, str(n)] for (op, who), n in sorted(counts.items(), key=lambda kv: (order.index(kv[0][0]),
                                                                                         kv[0][1]))]


__all__ = ["Column", "report_pdf", "wrap"]
