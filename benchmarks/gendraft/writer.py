"""Write generated drafts in the corpus layout, cached by seed and generator version."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

from benchmarks.gendraft.sections import build
from benchmarks.gendraft.truth import Conflict, truth

GENERATOR_VERSION = 5
STAMP = ".generated.json"


def write_one(seed: int, index: int, out: Path, formats: tuple[str, ...]) -> tuple[Path, int]:
    """Generate draft ``index`` of ``seed`` into ``out/gen-<seed>-<index>`` (retrying on a conflict)."""
    folder = out / f"gen-{seed}-{index:03d}"
    stamp = folder / STAMP
    if stamp.exists():
        done = json.loads(stamp.read_text(encoding="utf-8"))
        if done.get("version") == GENERATOR_VERSION and set(formats) <= set(done.get("formats", [])):
            return folder, -1
    for attempt in range(20):
        doc = build(seed, index, attempt)
        try:
            text, t, register = truth(doc)
            break
        except Conflict:
            continue
    else:
        raise RuntimeError(f"draft {index} of seed {seed}: no conflict-free draft in 20 attempts")
    # Written to a private folder, then renamed: several engineers may generate the same seed at once.
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=out))
    tmp.chmod(0o755)
    (tmp / "draft.txt").write_text(text, encoding="utf-8")
    (tmp / "truth.json").write_text(json.dumps(t, indent=1, ensure_ascii=False), encoding="utf-8")
    (tmp / "register.yaml").write_text(yaml.safe_dump(register, allow_unicode=True, sort_keys=False, width=200),
                                       encoding="utf-8")
    made = ["txt"]
    if "docx" in formats or "pdf" in formats:
        from benchmarks.gendraft.office import write_docx, write_pdf

        write_docx(doc, tmp / "draft.docx")
        made.append("docx")
        if "pdf" in formats:
            write_pdf(doc, tmp / "draft.docx", tmp / "draft.pdf")
            made.append("pdf")
    (tmp / STAMP).write_text(json.dumps({"version": GENERATOR_VERSION, "formats": made, "attempts": attempt + 1}),
                             encoding="utf-8")
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
    try:
        os.replace(tmp, folder)
    except OSError:  # another process renamed its copy first: keep theirs
        shutil.rmtree(tmp, ignore_errors=True)
    return folder, attempt


def generate(seed: int, count: int, out: Path, formats: list[str],
             progress: Callable[[str], None] | None = None, workers: int = 2) -> list[Path]:
    """The folders of drafts 0..count-1 of ``seed`` (generated when missing or stale)."""
    out.mkdir(parents=True, exist_ok=True)
    fmts = tuple(formats)
    folders: list[Path] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(write_one, seed, i, out, fmts) for i in range(count)]
        for i, fut in enumerate(futures):
            folder, attempt = fut.result()
            folders.append(folder)
            if progress and attempt >= 0:
                progress(f"  generated {folder.name} ({i + 1}/{count})")
    return folders
