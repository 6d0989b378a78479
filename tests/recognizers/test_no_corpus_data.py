"""No identifying string from the evaluation corpus may appear in the recognisers' code or data.

Detection must come from general knowledge. This test reads every ``truth.json`` under the shared
corpus (``../shared/corpus/*/*/truth.json`` beside the repository) and checks that none of these
appears, case-insensitively and as whole words, in any file under ``recognizers/`` (code, data, build
scripts, README; gzip files are decompressed):

- the canonical name and variants of every identifying PERSON, ORGANISATION or LOCATION entity with
  two or more words, leaving out bare references ("the School") and keep phrases ("Primary School");
- every IDENTIFIER or DATE string (of five or more characters: a bare year identifies nobody).

In the list files (one entry a line) a string must lie on one line: two neighbouring entries are no
copy of a name.

Entities the truth marks ``"action": "keep"`` are public and skipped. So are places, councils and
police forces that the public registers shipped in ``recognizers/data`` hold ("Thames Valley Police",
"Newcastle upon Tyne"): those lists are complete public gazetteers, not copies of case material.

The failure message names files and entity types only, never the strings, so running this test
shows nothing of the corpus.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from recognizers import gazetteer as gz

ROOT = Path(__file__).resolve().parents[2]
RECOGNIZERS = ROOT / "recognizers"
CORPUS_DIRS = (ROOT.parent / "shared" / "corpus", Path("/work/shared/corpus"))
TYPE_KEYS = ("type", "coarse_type", "entity_type", "kind", "label", "category")
NAME_TYPES = ("PERSON", "ORGANISATION", "ORGANIZATION", "ORG", "LOCATION", "PLACE", "GPE", "LOC")
PLACE_TYPES = ("ORGANISATION", "ORGANIZATION", "ORG", "LOCATION", "PLACE", "GPE", "LOC")
MIN_IDENTIFIER_CHARS = 5


def _corpus() -> Path | None:
    for path in CORPUS_DIRS:
        if path.is_dir():
            return path
    return None


def _entity_type(entity: dict[str, Any]) -> str:
    for key in TYPE_KEYS:
        value = entity.get(key)
        if isinstance(value, str) and value:
            return value.upper()
    return ""


def _forms(entity: dict[str, Any]) -> list[str]:
    forms = [entity.get("canonical"), *(entity.get("variants") or [])]
    return [f.strip() for f in forms if isinstance(f, str) and f.strip()]


def _in_public_register(form: str) -> bool:
    return gz.is_uk_place(form) or bool(gz.local_authority(form)) or bool(gz.police_force(form))


def _is_generic(form: str) -> bool:
    """A bare reference such as "the School" or "the Local Authority": no name in it to copy."""
    words = form.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return len(words) < 2 or gz.is_keep_phrase(" ".join(words))


def identifying_strings(truth: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """``(entity type, string)`` pairs that must not appear in the recognisers."""
    for entity in truth.get("entities", []):
        if not isinstance(entity, dict) or entity.get("action") == "keep":
            continue
        kind = _entity_type(entity)
        for form in _forms(entity):
            has_digit = any(c.isdigit() for c in form)
            is_name_type = any(t in kind for t in NAME_TYPES)
            if is_name_type or (not kind and not has_digit):
                if _is_generic(form) or (any(t in kind for t in PLACE_TYPES) and _in_public_register(form)):
                    continue
                yield kind or "NAME", form
            elif len(re.sub(r"\s", "", form)) >= MIN_IDENTIFIER_CHARS:
                yield kind or "IDENTIFIER", form


def _file_text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace").casefold().replace("\u2019", "'")


def _recogniser_files() -> list[Path]:
    return [p for p in sorted(RECOGNIZERS.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc",)]


def _pattern(form: str, across_lines: bool = True) -> re.Pattern[str]:
    """Whole-word, any-spacing pattern; in a list file (one entry a line) a match stays on one line."""
    space = r"\s+" if across_lines else r"[^\S\n]+"
    words = re.escape(form.casefold().replace("\u2019", "'")).replace(r"\ ", space)
    return re.compile(rf"(?<!\w){words}(?!\w)")


def test_no_corpus_string_in_recognisers() -> None:
    corpus = _corpus()
    if corpus is None:
        pytest.skip("no shared corpus beside the repository")
    truths = sorted(corpus.glob("*/*/truth.json"))
    if not truths:
        pytest.skip("the shared corpus holds no truth.json")
    needles: dict[str, str] = {}
    for path in truths:
        truth = json.loads(path.read_text(encoding="utf-8"))
        for kind, form in identifying_strings(truth):
            needles.setdefault(form.casefold(), kind)
    files = {path: _file_text(path) for path in _recogniser_files()}
    hits: Counter[tuple[str, str]] = Counter()
    for form, kind in needles.items():
        in_code, in_list = _pattern(form), _pattern(form, across_lines=False)
        for path, text in files.items():
            pattern = in_list if path.name.endswith((".txt", ".txt.gz")) else in_code
            if form.split()[0] in text and pattern.search(text):
                hits[(str(path.relative_to(ROOT)), kind)] += 1
    # Name files and types only: the strings themselves must not be shown.
    summary = ", ".join(f"{path} ({kind}) x{count}" for (path, kind), count in sorted(hits.items()))
    assert not hits, f"{sum(hits.values())} corpus string(s) found in: {summary}"


def test_helpers_on_a_made_up_truth() -> None:
    truth = {"entities": [
        {"id": "e1", "type": "PERSON", "canonical": "Imogen Testperson", "variants": ["Imogen", "Ms Testperson"]},
        {"id": "e2", "type": "LOCATION", "canonical": "Newcastle upon Tyne", "variants": []},
        {"id": "e3", "type": "ORGANISATION", "canonical": "Testville Academy", "variants": []},
        {"id": "e4", "type": "IDENTIFIER", "canonical": "TV-000-111", "variants": []},
        {"id": "e5", "type": "DATE", "canonical": "2001", "variants": []},
        {"id": "e6", "type": "ORGANISATION", "canonical": "Department for Education", "action": "keep"},
        {"id": "e7", "type": "ORGANISATION", "canonical": "the School", "variants": ["the Primary School"]},
    ]}
    assert sorted(identifying_strings(truth)) == [
        ("IDENTIFIER", "TV-000-111"), ("ORGANISATION", "Testville Academy"), ("PERSON", "Imogen Testperson"),
        ("PERSON", "Ms Testperson"),
    ]
    assert _pattern("Testville Academy").search("at testville\nacademy today")
    assert not _pattern("Testville Academy").search("testville academyx")
    assert not _pattern("Testville Academy", across_lines=False).search("testville\nacademy")
