"""The hand-curated lists in ``recognizers/data`` are what their build scripts write: a list is changed by editing
its script and rebuilding, never by hand (a hand edit would be lost at the next rebuild)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

DATA = Path(__file__).resolve().parents[2] / "recognizers" / "data"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"build_{name}", DATA / "build" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("script, build, data_file", [
    ("vocabulary", "phrases", "keep_vocabulary.txt"),
    ("councils", "names", "local_authorities.txt"),
    ("police", "names", "police_forces.txt"),
    ("org_heads", "lines", "org_head_words.txt"),
])
def test_a_curated_list_is_what_its_script_builds(script: str, build: str, data_file: str) -> None:
    built = getattr(_script(script), build)()
    assert built == (DATA / data_file).read_text(encoding="utf-8").splitlines()
