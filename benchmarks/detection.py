"""Detection without a register: Redactor vs plain Presidio on every dev-corpus draft and format.

    .venv/bin/python benchmarks/detection.py [--out DIR]

For each draft and format, runs ``redactor redact DRAFT --accept-all`` with NO register and scores
the PDF with the corpus scorer; in the same run, plain Presidio (default recognisers, same spaCy
model) analyses the same text and every finding is replaced, and that output is scored too.
Prints a table: identifying mentions, leaks, recall and keep rate for both.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import FORMATS, draft_text, drafts, plain_presidio, redact, replace_findings, score


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="keep outputs here (default: a temporary folder)")
    args = ap.parse_args()
    folders = drafts()
    if not folders:
        print("no dev corpus found next to the repository (../shared/corpus/dev)")
        return 1
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="redactor-detection-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    presidio = plain_presidio()
    header = (f"{'draft':<18} {'format':<6} {'mentions':>8} | {'Redactor leaks':>14} {'recall':>7} {'keep':>6} | "
              f"{'Presidio leaks':>14} {'recall':>7} {'keep':>6} | better")
    print(header)
    print("-" * len(header))
    failures = 0
    for folder in folders:
        truth = folder / "truth.json"
        for name in FORMATS:
            draft = folder / name
            if not draft.exists():
                continue
            fmt = draft.suffix[1:]
            out = out_dir / f"{folder.name}-{fmt}.pdf"
            proc = redact(draft, out)
            if proc.returncode != 0:
                print(f"{folder.name:<18} {fmt:<6} redactor failed: {proc.stderr.strip().splitlines()[-1:]}")
                failures += 1
                continue
            ours = score(truth, out)
            text = draft_text(draft)
            ref_out = out_dir / f"{folder.name}-{fmt}-presidio.txt"
            ref_out.write_text(replace_findings(text, presidio.analyze(text=text, language="en")), encoding="utf-8")
            ref = score(truth, ref_out)
            better = ours["recall"] > ref["recall"] and ours["keep_rate"] > ref["keep_rate"]
            failures += not better or ours["recall"] < 0.98 or ours["keep_rate"] < 0.90
            print(f"{folder.name:<18} {fmt:<6} {ours['identifying_mentions']:>8} | {ours['leaks']:>14} "
                  f"{ours['recall']:>7.4f} {ours['keep_rate']:>6.3f} | {ref['leaks']:>14} {ref['recall']:>7.4f} "
                  f"{ref['keep_rate']:>6.3f} | {'yes' if better else 'NO'}")
    print(f"\noutputs in {out_dir}")
    print("targets: recall >= 0.98 and keep >= 0.90 on every row, both higher than plain Presidio")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
