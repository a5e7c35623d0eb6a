#!/usr/bin/env bash
# Smoke test of the Windows bundle under Wine, as on a Chinese office PC: from a folder
# with a Chinese name, on the sample text saved as GBK (Notepad's "ANSI"): version,
# text → .xlsx → JSON (which must equal the Linux command line's JSON byte for byte),
# .ods and .xls → JSON, validate (redirected output in UTF-8, --json, the review as PDF),
# diff (full-width forms are no change), the editor window with --smoke offscreen and as a
# real Wine window on Xvfb, and a screenshot; the bundle at most 55,000,000 bytes.
# Usage: scripts/windows-smoke-test.sh [BUNDLE] [OUTDIR]
#        (defaults dist-windows/jxeditor and build/windows-smoke; needs `make exe-windows`)
set -euo pipefail
# shellcheck source=scripts/windows-env.sh
source "$(dirname "$0")/windows-env.sh"
bundle=$(realpath "${1:-$ROOT/dist-windows/jxeditor}")
out=$(realpath -m "${2:-$ROOT/build/windows-smoke}")
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
sample="$ROOT/tests/fixtures/samples/dalian-hitech-finance-2026.txt"
[ -f "$bundle/jxeditor-cli.exe" ] || { echo "no bundle in $bundle: run make exe-windows" >&2; exit 2; }
windows_debian_tools
trap windows_cleanup EXIT
windows_display
windows_prefix
cli=$(winpath "$bundle/jxeditor-cli.exe")
gui=$(winpath "$bundle/jxeditor.exe")
fail() { echo "windows smoke test FAILED: $*" >&2; exit 1; }

work="$out/桌面 文件"
rm -rf "$out" && mkdir -p "$work" "$out/linux" "$out/data"
export JXEDITOR_DATA_DIR
JXEDITOR_DATA_DIR=$(winpath "$out/data")
iconv -f utf-8 -t gbk "$sample" >"$work/绩效目标.txt"
cd "$work"

say "the bundle carries our resources (every JSON of resources/, our translations)"
for name in "$ROOT"/resources/*.json "$ROOT"/resources/translations/*.qm; do
  rel=${name#"$ROOT/"}
  [ -f "$bundle/_internal/$rel" ] || fail "missing in the bundle: $rel"
done

say "jxeditor-cli.exe --version"
version=$(winrun "$cli" --version) || fail "--version"
version=${version%$'\r'}  # a Windows program's line end
echo "$version"
expected="jxeditor $(sed -n 's/^version *= *"\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)"
[ "$version" = "$expected" ] || fail "version line “$version”, not pyproject.toml's “$expected”"

say "convert GBK text → 表格.xlsx → 表格.json (in “$(basename "$work")”)"
winrun "$cli" convert "绩效目标.txt" "表格.xlsx" || fail "convert text → xlsx"
winrun "$cli" convert "表格.xlsx" "表格.json" || fail "convert xlsx → json"
winrun "$cli" convert "绩效目标.txt" "直接.json" || fail "convert text → json"

say "the same with the Linux command line: the JSON must be identical, byte for byte"
cp "$sample" "$out/linux/tables.txt"
(cd "$out/linux" && "$PYTHON" -m jxeditor convert tables.txt tables.xlsx \
  && "$PYTHON" -m jxeditor convert tables.xlsx tables.json \
  && "$PYTHON" -m jxeditor convert tables.txt direct.json) 2>/dev/null
cmp "表格.json" "$out/linux/tables.json" || fail "text → xlsx → json differs from Linux"
cmp "直接.json" "$out/linux/direct.json" || fail "text → json differs from Linux"
echo "identical: $(wc -c <"表格.json") bytes"

say "convert .ods and .xls workbooks → JSON"
cp "$ROOT/tests/fixtures/dalian-sample.ods" "样例.ods"
cp "$ROOT/tests/fixtures/dalian-sample.xls" "样例.xls"
winrun "$cli" convert "样例.ods" "样例-ods.json" || fail "convert ods → json"
winrun "$cli" convert "样例.xls" "样例-xls.json" || fail "convert xls → json"

say "diff: full-width digits and ％ are no change (the bundle's NFKC table), with the workbook"
sed 's/"≥95%"/"≥９５％"/g' "表格.json" >"全角.json"
! cmp -s "表格.json" "全角.json" || fail "no target value ≥95% to write full-width"
winrun "$cli" diff "表格.json" "全角.json" --xlsx "修改说明.xlsx" || fail "diff saw a change in full-width forms"
[ -s "修改说明.xlsx" ] || fail "diff wrote no workbook"

say "validate (exit 1 = problems found, which the sample has); redirected output is UTF-8"
set +e
winrun "$cli" validate "表格.json" >problems.txt
status=$?
winrun "$cli" validate --json "表格.json" >problems.json
json_status=$?
set -e
[ "$status" -le 1 ] && [ "$json_status" -le 1 ] || fail "validate exited with $status / $json_status"
iconv -f utf-8 -t utf-8 problems.txt >/dev/null || fail "validate's redirected output is not UTF-8"
tail -n 1 problems.txt
grep -q "个项目" problems.txt || fail "validate printed no summary"
"$PYTHON" -c 'import json, sys; rows = json.load(open(sys.argv[1], encoding="utf-8")); print(len(rows), "problems in --json")' problems.json \
  || fail "validate --json is not UTF-8 JSON"
winrun "$cli" --bom validate "表格.json" >problems-bom.txt || true
[ "$(head -c 3 problems-bom.txt | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "--bom wrote no BOM"
set +e
winrun "$cli" validate "表格.json" --report "审核意见.pdf" >/dev/null
status=$?
set -e
[ "$status" -le 1 ] && [ "$(head -c 5 "审核意见.pdf")" = "%PDF-" ] || fail "validate --report 审核意见.pdf ($status)"

say "jxeditor.exe --smoke, offscreen"
QT_QPA_PLATFORM=offscreen winrun "$gui" --smoke "表格.json" \
  || { cat "$out/data/smoke.log" 2>/dev/null; fail "--smoke offscreen"; }
say "jxeditor.exe --screenshot: the window validates the document (--smoke no longer waits for that)"
QT_QPA_PLATFORM=offscreen winrun "$gui" --screenshot "窗口.png" "表格.json" \
  || { cat "$out/data/smoke.log" 2>/dev/null; fail "--screenshot offscreen"; }
[ "$(head -c 4 "窗口.png" | tail -c 3)" = "PNG" ] || fail "--screenshot wrote no PNG"
say "jxeditor.exe --smoke on a workbook (read by jxeditor-cli.exe --read-workbook-child)"
QT_QPA_PLATFORM=offscreen winrun "$gui" --smoke "表格.xlsx" \
  || { cat "$out/data/smoke.log" 2>/dev/null; fail "--smoke on a workbook"; }
say "jxeditor-cli.exe convert 表格.json → 表格.pdf (drawn by jxeditor.exe --export-pdf)"
winrun "$cli" convert "表格.json" "表格.pdf" || fail "convert json → pdf"
[ "$(head -c 5 "表格.pdf")" = "%PDF-" ] || fail "表格.pdf is no PDF"
echo "表格.pdf: $(wc -c <"表格.pdf") bytes"
say "jxeditor.exe --smoke, a real window on the display ($DISPLAY)"
winrun "$gui" --smoke "表格.json" || { cat "$out/data/smoke.log" 2>/dev/null; fail "--smoke"; }
say "jxeditor.exe --screenshot"
winrun "$gui" --screenshot "$(winpath "$out/screenshot.png")" "表格.json" || fail "--screenshot"
[ -s "$out/screenshot.png" ] || fail "no screenshot"
echo "screenshot: $out/screenshot.png"
bytes=$(du -sb "$bundle" | cut -f1)
echo "bundle: $bytes bytes"
# Issue 34: at most 55 MB: the exe icons PNG-compressed, unused standard modules and Qt
# plugins left out, the Python code once for both programs in a deflated base_library.zip
# (scripts/pyinstaller/shared_library.py), no SVG, no unicodedata, no importlib.metadata.
max_bytes=55000000
[ "$bytes" -le "$max_bytes" ] || fail "the bundle is $bytes bytes (at most $max_bytes, 55 MB)"
echo "windows exe smoke test (Wine): all passed"
