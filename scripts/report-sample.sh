#!/usr/bin/env bash
# Redact the bundled sample Word draft as a reviewer would (sample register and board settings), then
# render pages of its redaction report to PNG under docs/ (needs pdftoppm from poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p out docs
.venv/bin/redactor redact fixtures/sample_draft.docx --register fixtures/sample_register.yaml \
  --board fixtures/sample_board.yaml --accept-all --reviewer "Sample Reviewer" -o out/sample_redacted.pdf
.venv/bin/redactor check-log out/sample_redacted.log.jsonl out/sample_redacted.pdf --draft fixtures/sample_draft.docx
for page in 1 2 6; do
  pdftoppm -png -r 70 -f "$page" -l "$page" -singlefile out/sample_redacted.report.pdf "docs/redaction-report-p$page"
done
pdftoppm -png -r 70 -f 1 -l 1 -singlefile out/sample_redacted.report-shareable.pdf docs/redaction-report-shareable-p1
echo "report: out/sample_redacted.report.pdf ($(pdfinfo out/sample_redacted.report.pdf | awk '/^Pages/ {print $2}') pages); PNGs in docs/"
