"""Speed of the rule-based recognisers and the gazetteer on long text (moved out of the unit tests).

    .venv/bin/python benchmarks/recognizer_speed.py

Times, in a fresh interpreter each, loading every gazetteer list, and each rule recogniser's finder over
about 300 KB of review-like text (median of 5 runs). Targets: lists load in under 0.6 s; each finder
handles 300 KB in under 3 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PARAGRAPH = (
    "Following the Initial Child Protection Conference, Aaliyah Okafor and Mr Brennan met the Social "
    "Worker at Oakwood Academy; the GP at the Limes Surgery referred her to CAMHS. The family moved from "
    "Leeds to Reading, then to Newcastle upon Tyne. Kirklees Council and West Yorkshire Police attended.\n"
)

CASES = {
    "gazetteer load": ("from recognizers import gazetteer as gz", "gz.preload()"),
    "person names": ("from recognizers.person_name_recognizer import find_person_names as f", "f(TEXT)"),
    "places": ("from recognizers.place_recognizer import find_uk_places as f", "f(TEXT)"),
    "organisations": ("from recognizers.organisation_recognizer import find_organisations as f", "f(TEXT)"),
}
LIMITS = {"gazetteer load": 0.6}


def _time(setup: str, stmt: str) -> float:
    code = (f"import time\nTEXT = {PARAGRAPH!r} * 1100\n{setup}\n"
            + ("from recognizers import gazetteer as _gz\n_gz.preload()\n" if "gz.preload" not in stmt else "")
            + f"t = time.perf_counter()\n{stmt}\nprint(time.perf_counter() - t)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> int:
    failed = 0
    print(f"{'what':<16} {'median s':>9} {'limit':>6}  met")
    for name, (setup, stmt) in CASES.items():
        median = statistics.median(_time(setup, stmt) for _ in range(5))
        limit = LIMITS.get(name, 3.0)
        failed += median > limit
        print(f"{name:<16} {median:>9.3f} {limit:>6.1f}  {'yes' if median <= limit else 'NO'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
