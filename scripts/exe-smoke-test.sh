#!/usr/bin/env bash
# Smoke test of the packaged program, run with an empty environment (env -i), as on an
# office PC where nothing is installed: version, convert the sample text to .xlsx and
# back to JSON, validate it, and start the window offscreen (it quits by itself).
set -euo pipefail
bundle=$(cd "${1:-dist/jxeditor}" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
samples="$root/tests/fixtures/samples"  # the published tables, inside the repository
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$samples/dalian-hitech-finance-2026.txt" "$work/tables.txt"
cd "$work"

echo "== the bundle carries our resources (every JSON of resources/, our translations)"
for name in "$root"/resources/*.json "$root"/resources/translations/*.qm; do
  rel=${name#"$root/"}
  [ -f "$bundle/_internal/$rel" ] || { echo "missing in the bundle: $rel"; exit 1; }
done
echo "== jxeditor-cli --version"
env -i "$bundle/jxeditor-cli" --version
echo "== convert text → xlsx → json"
env -i "$bundle/jxeditor-cli" convert tables.txt tables.xlsx
env -i "$bundle/jxeditor-cli" convert tables.xlsx tables.json
echo "== convert text extracted from a PDF (one cell per line) → json"
env -i "$bundle/jxeditor-cli" convert "$samples/department-overall-and-coded-projects-2023.txt" pdf-text.json
echo "== validate (exit 1 = problems found, which the sample has)"
set +e
env -i "$bundle/jxeditor-cli" validate tables.json > problems.txt
status=$?
set -e
tail -n 1 problems.txt
[ "$status" -le 1 ] || { echo "validate failed with status $status"; exit 1; }
echo "== convert json → pdf (drawn by the editor program: jxeditor --export-pdf)"
env -i HOME="$work" "$bundle/jxeditor-cli" convert tables.json tables.pdf
[ "$(head -c 5 tables.pdf)" = "%PDF-" ] || { echo "tables.pdf is no PDF"; exit 1; }
echo "tables.pdf: $(wc -c < tables.pdf) bytes"
echo "== editor window, offscreen, quits by itself"
env -i HOME="$work" QT_QPA_PLATFORM=offscreen "$bundle/jxeditor" --smoke tables.json
echo "== editor opens a workbook (read by jxeditor-cli --read-workbook-child beside it)"
env -i HOME="$work" QT_QPA_PLATFORM=offscreen "$bundle/jxeditor" --smoke tables.xlsx
echo "exe smoke test: all passed"
