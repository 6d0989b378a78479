"""Re-open a written output and look everywhere for text that should be gone."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from redactor.forms import FormMatcher, tokens, word_like_forms
from redactor.load_docx import load_docx
from redactor.load_pdf import TEXT_FLAGS, container_segments, open_pdf


@dataclass(frozen=True, slots=True)
class Leak:
    """A surface form found in an output.

    Attributes:
        where: Which file and place ("out.pdf page 3", "out.docx document property title").
        form: The form found.
        entity: The entity it belongs to.
        context: A few words around it, with the form in brackets.
    """

    where: str
    form: str
    entity: str
    context: str

    def __str__(self) -> str:
        return f"{self.where}: '{self.form}' ({self.entity}) in \"{self.context}\""

    @property
    def page(self) -> int | None:
        """The 1-based page the leak is on, when it is on a page."""
        m = re.search(r"\bpage (\d+)", self.where)
        return int(m.group(1)) if m else None


def pdf_texts(path: Path) -> Iterator[tuple[str, str]]:
    """Every text a PDF holds: page text (unclipped), annotations, fields, links, outline, metadata."""
    with open_pdf(path) as doc:
        for page in doc:
            yield f"{path.name} page {page.number + 1}", page.get_text("text", flags=TEXT_FLAGS)
        for seg in container_segments(doc):
            yield f"{path.name} {seg.where}", seg.text
        for i in range(doc.embfile_count()):
            yield f"{path.name} embedded file {i + 1}", doc.embfile_get(i).decode("utf-8", "replace")


def docx_texts(path: Path) -> Iterator[tuple[str, str]]:
    """Every text a .docx holds (all stories, deleted revisions, field codes, links, properties)."""
    for seg in load_docx(path, "").segments:
        yield f"{path.name} {seg.where}", seg.text


def output_texts(path: Path) -> Iterator[tuple[str, str]]:
    """All text of an output file, by place."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return pdf_texts(path)
    if suffix == ".docx":
        return docx_texts(path)
    return iter([(path.name, path.read_text(encoding="utf-8"))])


def _variants(text: str) -> Iterable[str]:
    """The text as-is and, if a word is hyphenated across lines, with it joined up."""
    yield text
    if re.search(r"-[ \t]*\n", text):
        yield re.sub(r"-[ \t]*\n\s*", "", text)


def find_leaks(texts: Iterable[tuple[str, str]], forms: dict[str, str], allowed: Iterable[str],
               tolerated: Mapping[tuple[str, ...], int] | None = None) -> list[Leak]:
    """Occurrences of any form outside the allowed phrases (pseudonyms, keep list).

    Args:
        texts: ``(where, text)`` pairs to search.
        forms: Surface form -> entity name.
        allowed: Phrases the output may contain even if a form occurs inside them.
        tolerated: Forms (as folded tokens) the reviewer deliberately left in the text, with how many
            times: up to that many occurrences of the form in ``texts`` are not leaks; more are all reported.
    """
    texts = list(texts)
    word_like = word_like_forms(forms, (t for _, t in texts))
    matcher = FormMatcher(((f, e) for f, e in forms.items()), word_like)
    allowed_matcher = FormMatcher((a, "ok") for a in allowed)
    leaks: list[Leak] = []
    seen: set[tuple[str, str, str]] = set()
    for where, text in texts:
        for variant in _variants(text):
            toks = tokens(variant)
            masked = [(h.start, h.end) for h in allowed_matcher.finditer(variant, toks)]
            for hit in matcher.finditer(variant, toks):
                if any(a <= hit.start and hit.end <= b for a, b in masked):
                    continue
                lo, hi = max(0, hit.start - 30), min(len(variant), hit.end + 30)
                context = " ".join((variant[lo:hit.start] + "[" + variant[hit.start:hit.end] + "]"
                                    + variant[hit.end:hi]).split())
                # The same place read two ways (two PDF extractions) reports a leak once.
                if (where, hit.form, context) not in seen:
                    seen.add((where, hit.form, context))
                    leaks.append(Leak(where, hit.form, hit.key, context))
    if tolerated:
        found = Counter(_folded(leak.form) for leak in leaks)
        leaks = [leak for leak in leaks if found[_folded(leak.form)] > tolerated.get(_folded(leak.form), 0)]
    return leaks


def _folded(form: str) -> tuple[str, ...]:
    return tuple(t for _, _, t in tokens(form))


def verify_files(paths: Iterable[Path], forms: dict[str, str], allowed: Iterable[str],
                 tolerated: Mapping[tuple[str, ...], int] | None = None) -> list[Leak]:
    """Verify several outputs of one export; a file that cannot be re-read is itself a failure.

    ``tolerated`` (see :func:`find_leaks`) applies to each file on its own.

    Raises:
        redactor.errors.InputError: An output could not be re-opened.
    """
    allowed = list(allowed)
    leaks: list[Leak] = []
    for path in paths:
        leaks.extend(find_leaks(output_texts(path), forms, allowed, tolerated))
    return leaks


def pdf_history_clean(path: Path) -> bool:
    """True when the PDF has a single revision (no incremental updates holding old text)."""
    data = path.read_bytes()
    with pymupdf.open(path) as doc:
        return data.count(b"%%EOF") <= 1 and not doc.is_dirty
