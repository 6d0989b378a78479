#!/usr/bin/env bash
# Set up, then open the desktop app on the bundled sample draft (with its register). On a machine
# with no display, say so and redact the sample headlessly instead, printing where the outputs are.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ "${QT_QPA_PLATFORM:-}" != "offscreen" ] && { [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; }; then
  echo "Opening the Redactor app on fixtures/sample_draft.pdf (decisions are saved as you go)."
  exec .venv/bin/redactor-gui fixtures/sample_draft.pdf --register fixtures/sample_register.yaml
fi
echo "No display found (DISPLAY is not set), so the app cannot open here." >&2
echo "Redacting the sample draft headlessly instead; run scripts/run-sample.sh on a desktop to review it in the app." >&2
mkdir -p out
# out/sample_redacted.* are this script's own outputs: a second run replaces them (--force).
.venv/bin/redactor redact fixtures/sample_draft.docx --register fixtures/sample_register.yaml \
  --accept-all --force -o out/sample_redacted.pdf
