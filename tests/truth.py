"""Check a redacted output against fixtures/sample_truth.json (our own synthetic ground truth)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from redactor.verify import output_texts

TRUTH = Path(__file__).resolve().parents[1] / "fixtures" / "sample_truth.json"


def _count(needle: str, hay: str) -> int:
    pat = r"(?<!\w)" + re.escape(" ".join(needle.split())).replace(r"\ ", r"\s+") + r"(?!\w)"
    return len(re.findall(pat, hay, flags=re.IGNORECASE))


def leaks_and_keeps(output: Path) -> tuple[list[str], list[str]]:
    """Surfaces of identifying entities still present, and keep strings that disappeared."""
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    texts = [t for _, t in output_texts(output)]
    hay = "\n".join(texts).replace("\u2019", "'")
    body = "\n".join(t for w, t in output_texts(output)
                     if "page" in w or w == output.name or "paragraph" in w)
    body = body.replace("\u2019", "'")
    leaks = [s for e in truth["entities"] for s in e["surfaces"] if _count(s.replace("\u2019", "'"), hay)]
    lost = [k for k in truth["keep"] if not _count(k, body)]
    return leaks, lost
