"""spaCy and Presidio imported without the parts the engine never runs, the same classes otherwise."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

_PROBE = """
import json, sys
if sys.argv[1] == "lean":
    from redactor.lean_imports import install
    install()
import presidio_analyzer, spacy
from presidio_analyzer.predefined_recognizers import NhsRecognizer, SpacyRecognizer, UkNinoRecognizer
from recognizers.enabled import default_recognizers
from redactor.nlp import load_pipeline
found = {
    "cli": "spacy.cli.download" in sys.modules,
    "url": "presidio_analyzer.predefined_recognizers.generic.url_recognizer" in sys.modules,
    "classes": [f"{c.__module__}.{c.__qualname__}" for c in (NhsRecognizer, SpacyRecognizer, UkNinoRecognizer)],
    "ours": sorted(f"{type(r).__module__}.{type(r).__qualname__}:{r.name}" for r in default_recognizers()),
    "pipes": load_pipeline().pipe_names,
}
import presidio_analyzer.predefined_recognizers as pr
found["star"] = "UrlRecognizer" in pr.__all__
found["listed"] = sorted(map(str, pr.PREDEFINED_RECOGNIZERS))
found["url_after"] = "presidio_analyzer.predefined_recognizers.generic.url_recognizer" in sys.modules
print(json.dumps(found))
"""


def _probe(mode: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def probes() -> tuple[dict[str, object], dict[str, object]]:
    return _probe("plain"), _probe("lean")


def test_unused_parts_are_not_imported(probes: tuple[dict[str, object], dict[str, object]]) -> None:
    plain, lean = probes
    assert plain["cli"] and plain["url"]  # what a plain import does
    assert not lean["cli"] and not lean["url"]


def test_same_classes_and_recognisers(probes: tuple[dict[str, object], dict[str, object]]) -> None:
    plain, lean = probes
    for key in ("classes", "ours", "pipes"):
        assert lean[key] == plain[key], key


def test_a_name_of_the_package_itself_imports_it_whole(probes: tuple[dict[str, object], dict[str, object]]) -> None:
    plain, lean = probes
    assert lean["listed"] == plain["listed"] and len(lean["listed"]) > 5  # type: ignore[arg-type]
    assert lean["url_after"] and lean["star"] and plain["star"]


def test_spacy_info_says_it_is_not_loaded() -> None:
    code = ("from redactor.lean_imports import install\ninstall()\nimport spacy\n"
            "try:\n    spacy.info()\nexcept RuntimeError as exc:\n    print(exc)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert "not loaded" in done.stdout
