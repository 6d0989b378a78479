"""The long fuzz run (not part of the test suite): mutated drafts through the loaders, and many more
Hypothesis examples of the property tests.

    .venv/bin/python scripts/fuzz.py [--minutes 30] [--seed N] [--seeds FILE ...] [--examples 500] [--out DIR]

1. Mutation fuzzing for ``--minutes``: mutants of the seed drafts (small PDF, DOCX and TXT files made
   here, the repository's ``fixtures/`` drafts, and any ``--seeds`` you add) are loaded one after
   another; anything but a loaded document or the engine's clean error is a crash. Each crash is
   saved to ``--out`` (default ``fuzz-crashes/``) with its traceback, to reproduce with
   ``redactor analyze FILE``.
2. The property tests (``tests/redactor/test_property_redaction.py``) with ``--examples`` random
   drafts each (Hypothesis, a fresh random seed every run).

Exit 0 when nothing was found, 1 otherwise. Runs on one core; stop it at any time with Ctrl+C.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.redactor.mutate import fuzz  # noqa: E402
from tests.redactor.test_fuzz_loaders import seeds as made_seeds  # noqa: E402

FIXTURES = ["sample_draft.pdf", "sample_draft.docx", "sample_draft.txt", "sample_draft_utf16.txt",
            "sample_draft_cp1252.txt", "scanned.pdf", "sample_draft_incremental.pdf"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=30.0, help="how long to mutate drafts (default 30)")
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: a new one, printed)")
    ap.add_argument("--seeds", type=Path, nargs="*", default=[], help="more drafts to mutate")
    ap.add_argument("--examples", type=int, default=500, help="Hypothesis examples per property test (0: skip)")
    ap.add_argument("--out", type=Path, default=Path("fuzz-crashes"), help="where crashing mutants are saved")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    print(f"mutation fuzzing for {args.minutes:g} min, seed {seed}", flush=True)
    found = 0
    with tempfile.TemporaryDirectory(prefix="redactor-fuzz-") as tmp:
        work = Path(tmp)
        seeds = made_seeds(work) + [ROOT / "fixtures" / f for f in FIXTURES if (ROOT / "fixtures" / f).exists()]
        seeds += args.seeds
        deadline = time.monotonic() + 60 * args.minutes
        rng = random.Random(seed)
        total = 0
        while time.monotonic() < deadline:
            runs, crashes = fuzz(seeds, 1, rng, work, keep_going=lambda: time.monotonic() < deadline)
            total += runs
            for crash in crashes:
                found += 1
                args.out.mkdir(parents=True, exist_ok=True)
                stem = args.out / f"crash-{found:03d}-{Path(crash.seed).stem}"
                stem.with_suffix(Path(crash.seed).suffix).write_bytes(crash.mutant)
                stem.with_suffix(".txt").write_text(crash.error, encoding="utf-8")
                print(f"CRASH {found}: {crash.seed}: {crash.error.strip().splitlines()[-1]}", flush=True)
    print(f"{total} mutants loaded, {found} crash(es)" + (f", saved in {args.out}/" if found else ""), flush=True)
    if args.examples > 0:
        env = {**os.environ, "REDACTOR_FUZZ_EXAMPLES": str(args.examples)}
        pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                  str(ROOT / "tests" / "redactor" / "test_property_redaction.py")]
        print(f"property tests, {args.examples} examples each", flush=True)
        found += subprocess.run(pytest, cwd=ROOT, env=env, check=False).returncode != 0
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
