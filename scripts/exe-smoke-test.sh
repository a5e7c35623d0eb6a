#!/usr/bin/env bash
# Smoke test of the packaged program, run with an empty environment (env -i), as on an
# office PC where nothing is installed: version, convert the sample text to .xlsx and
# back to JSON, validate it, and start the window offscreen (it quits by itself).
set -euo pipefail
bundle=$(cd "${1:-dist/jxeditor}" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
sample="$root/../shared/samples/dalian-hitech-finance-2026.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -f "$sample" ]; then
  cp "$sample" "$work/tables.txt"
else  # no ../shared beside the checkout (e.g. GitHub Actions): start from the embedded sample
  echo "(../shared not found: starting from resources/sample-dalian-2026.json)"
  cp "$root/resources/sample-dalian-2026.json" "$work/start.json"
fi
cd "$work"

echo "== jxeditor-cli --version"
env -i "$bundle/jxeditor-cli" --version
echo "== convert text → xlsx → json"
env -i "$bundle/jxeditor-cli" convert "$(ls tables.txt start.json 2>/dev/null | head -n 1)" tables.xlsx
env -i "$bundle/jxeditor-cli" convert tables.xlsx tables.json
pdf_sample="$root/../shared/samples/department-overall-and-coded-projects-2023.txt"
if [ -f "$pdf_sample" ]; then
  echo "== convert text extracted from a PDF (one cell per line) → json"
  env -i "$bundle/jxeditor-cli" convert "$pdf_sample" pdf-text.json
fi
echo "== validate (exit 1 = problems found, which the sample has)"
set +e
env -i "$bundle/jxeditor-cli" validate tables.json > problems.txt
status=$?
set -e
tail -n 1 problems.txt
[ "$status" -le 1 ] || { echo "validate failed with status $status"; exit 1; }
echo "== editor window, offscreen, quits by itself"
env -i HOME="$work" QT_QPA_PLATFORM=offscreen "$bundle/jxeditor" --smoke tables.json
echo "exe smoke test: all passed"
