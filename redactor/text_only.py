"""What a draft's text alone gives, without the NLP engine: found beside the engine's start-up or its analysis.

The command line finds it in the child that reads the draft while this process imports the NLP
libraries (``redactor.load.load_early``); otherwise a child finds it while the analysis runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from recognizers.keep import document_keep_phrases
from recognizers.pseudonyms import draft_labels
from redactor.document import Document
from redactor.mention import NAME_ENTITIES, NER, Mention
from redactor.tables import column_mentions, header_labels, tables
from redactor.types import MentionKey


@dataclass(frozen=True, slots=True)
class TableFindings:
    """What the draft's tables say.

    Attributes:
        header_labels: Header cells that label a column (a guessed name that is exactly one is no name).
        columns: Values under a header that names an identifier, a date of birth or a person.
    """

    header_labels: frozenset[MentionKey]
    columns: tuple[Mention, ...]

    def without_labels(self, mentions: list[Mention], document: Document) -> list[Mention]:
        """``mentions`` less the names found at a header label, and the NER guesses that are exactly a header
        label's word elsewhere (a header repeated on a later page over one row's end, no table to read there)."""
        texts = {s.id: s.text for s in document.segments}
        words = {texts[seg][a:b] for seg, a, b in self.header_labels if seg in texts}
        return [m for m in mentions if m.entity not in NAME_ENTITIES or not (
            (m.segment_id, m.start, m.end) in self.header_labels or (m.recognizer == NER and m.text in words))]


@dataclass(frozen=True, slots=True)
class TextOnly:
    """The keep phrases, the pseudonym labels the draft uses, and its tables' findings."""

    keep: tuple[str, ...]
    labels: tuple[str, ...]
    tables: TableFindings


def table_findings(document: Document) -> TableFindings:
    """The header labels and column values of every table in the draft."""
    found = tables(document)
    return TableFindings(frozenset(header_labels(document, found)), tuple(column_mentions(document, found)))


def text_only(document: Document) -> TextOnly:
    """Everything :class:`TextOnly` holds, for one draft."""
    return TextOnly(tuple(document_keep_phrases(document)), tuple(draft_labels(s.text for s in document.segments)),
                    table_findings(document))
