"""Run spaCy's NER only where a name could be, and hand Presidio full-text artifacts.

NER is most of the analysis cost, yet a sentence with no capitalised word that could be a name
(and no place or company) cannot yield a finding the name judge accepts. Such sentences are blanked
(same length, so offsets hold) before NER; Presidio's context words still come from a tokenisation
of the full text, so pattern recognisers lose nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.language import Language

from recognizers.name_judge import could_hold_name
from redactor.nlp import LABEL_MAP

_SENTENCE = re.compile(r"[^\n.!?;]*(?:[.!?;]+|\n|$)")


def focus(text: str, lower_words: Collection[str]) -> str:
    """``text`` with every sentence that cannot hold a name replaced by spaces (newlines kept)."""
    out: list[str] = []
    for m in _SENTENCE.finditer(text):
        piece = m.group()
        if not piece:
            continue
        if could_hold_name(piece, lower_words):
            out.append(piece)
        else:
            out.append(re.sub(r"[^\n]", " ", piece))
    result = "".join(out)
    assert len(result) == len(text)
    return result


def ner_entities(nlp: Language, texts: Sequence[str]) -> Iterator[list[tuple[int, int, str]]]:
    """``(start, end, entity)`` NER candidates for each text (entity names as in ``LABEL_MAP``)."""
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=max(1, len(texts))), strict=True):
        # ``doc.text`` would be built again from every token at each use: the text given is the same.
        yield [(a, b, LABEL_MAP[e.label_]) for e in doc.ents if e.label_ in LABEL_MAP
               for a, b in _written(text, e.start_char, e.end_char)]


_BLANKED = re.compile(r"\s{3,}")


def _written(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The parts of an entity span that hold text: spaCy may take in the spaces of a blanked sentence
    beside a name ("<blanked sentence> Gabriel"), which would otherwise swallow that sentence."""
    pos = start
    for gap in _BLANKED.finditer(text, start, end):
        yield from _stripped(text, pos, gap.start())
        pos = gap.end()
    yield from _stripped(text, pos, end)


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def artifacts(nlp: Language, engine: Any, text: str, entities: list[tuple[int, int, str]],
              score: float) -> NlpArtifacts:
    """Presidio artifacts for ``text``: full tokenisation (for context words) plus the NER entities."""
    doc = nlp.make_doc(text)
    spans = []
    for start, end, label in entities:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return NlpArtifacts(entities=spans, tokens=doc, tokens_indices=[t.idx for t in doc],
                        lemmas=[t.lower_ for t in doc], nlp_engine=engine, language="en",
                        scores=[score] * len(spans))
