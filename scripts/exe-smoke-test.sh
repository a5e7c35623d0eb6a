#!/usr/bin/env bash
# Smoke test of the packaged program, run with an empty environment (env -i), as on an
# office PC where nothing is installed: version, convert the sample text to .xlsx and
# back to JSON, read .ods and .xls, validate it (and its review as PDF), compare two
# versions, export a PDF, and start the window offscreen (it quits by itself).
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
echo "== jxeditor-cli --version (pyproject.toml's)"
version=$(env -i "$bundle/jxeditor-cli" --version)
echo "$version"
[ "$version" = "jxeditor $(sed -n 's/^version *= *"\(.*\)"/\1/p' "$root/pyproject.toml" | head -n 1)" ] \
  || { echo "not pyproject.toml's version: $version"; exit 1; }
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
echo "== convert .ods and .xls workbooks → json"
env -i "$bundle/jxeditor-cli" convert "$root/tests/fixtures/dalian-sample.ods" ods.json
env -i "$bundle/jxeditor-cli" convert "$root/tests/fixtures/dalian-sample.xls" xls.json
echo "== diff: full-width digits and ％ are no change (the bundle's NFKC table), with the workbook"
sed 's/"≥95%"/"≥９５％"/g' tables.json > fullwidth.json
! cmp -s tables.json fullwidth.json || { echo "no target value ≥95% to write full-width"; exit 1; }
env -i "$bundle/jxeditor-cli" diff tables.json fullwidth.json --xlsx changes.xlsx
[ -s changes.xlsx ] || { echo "diff wrote no workbook"; exit 1; }
echo "== validate --report as PDF (drawn by the editor program: jxeditor --review-pdf)"
set +e
env -i HOME="$work" "$bundle/jxeditor-cli" validate tables.json --report review.pdf > /dev/null
status=$?
set -e
[ "$status" -le 1 ] && [ "$(head -c 5 review.pdf)" = "%PDF-" ] || { echo "validate --report review.pdf failed ($status)"; exit 1; }
echo "== convert json → pdf (drawn by the editor program: jxeditor --export-pdf)"
env -i HOME="$work" "$bundle/jxeditor-cli" convert tables.json tables.pdf
[ "$(head -c 5 tables.pdf)" = "%PDF-" ] || { echo "tables.pdf is no PDF"; exit 1; }
echo "tables.pdf: $(wc -c < tables.pdf) bytes"
echo "== editor window, offscreen, quits by itself"
env -i HOME="$work" QT_QPA_PLATFORM=offscreen "$bundle/jxeditor" --smoke tables.json
echo "== editor window validated in the window (--screenshot checks the document before its picture; --smoke no longer waits for that)"
env -i HOME="$work" QT_QPA_PLATFORM=offscreen "$bundle/jxeditor" --screenshot window.png tables.json
[ "$(head -c 4 window.png | tail -c 3)" = "PNG" ] || { echo "window.png is no PNG"; exit 1; }
echo "== editor opens a workbook (read by jxeditor-cli --read-workbook-child beside it)"
env -i HOME="$work" QT_QPA_PLATFORM=offscreen "$bundle/jxeditor" --smoke tables.xlsx
echo "exe smoke test: all passed"
