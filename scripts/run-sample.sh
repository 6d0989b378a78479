#!/usr/bin/env bash
# Set up, then redact the bundled sample draft with its register and print where the outputs are.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p out
.venv/bin/redactor redact fixtures/sample_draft.docx --register fixtures/sample_register.yaml \
  --accept-all -o out/sample_redacted.pdf
