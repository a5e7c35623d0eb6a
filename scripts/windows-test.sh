#!/usr/bin/env bash
# The test suite on the Windows Python under Wine (`make test-windows`): the same tests as
# `make test-all` (the slow ones too), offscreen, with pytest, pytest-qt, hypothesis and jsonschema for Windows
# installed beside the bundle's wheels. Slow (Wine starts every child process the tests
# run); not part of .ci/run. Arguments go to pytest, e.g. scripts/windows-test.sh tests/formats
set -euo pipefail
# shellcheck source=scripts/windows-env.sh
source "$(dirname "$0")/windows-env.sh"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
bash "$ROOT/scripts/windows-build.sh" --prepare
windows_locale
site="$WINPY_DIR/Lib/site-packages"
# The test tools of pyproject's [test] extra (colorama: pytest's, Windows-only).
tools=(pytest pytest-qt hypothesis jsonschema pypdf colorama)
tools_sum=$(printf '%s\n' "${tools[@]}" | sha256sum | cut -c1-16)
if [ ! -f "$site/.test-tools-$tools_sum" ]; then
  say "test tools for the Windows Python"
  "$PYTHON" -m pip install --quiet --target "$site" --platform win_amd64 --python-version 3.11 \
    --implementation cp --only-binary=:all: --upgrade -c "$CACHE/requirements-windows.txt" "${tools[@]}"
  touch "$site/.test-tools-$tools_sum"
fi
# The embeddable Python ignores PYTHONPATH (its python311._pth decides), so the child
# processes the tests start (the workbook reader, the PDF writer) find the source tree
# through a .pth file; the build removes it again before PyInstaller runs.
printf '%s\n' "$(winpath "$ROOT")" >"$site/jxeditor-source-tree.pth"
trap 'rm -f "$site/jxeditor-source-tree.pth"; windows_cleanup' EXIT
windows_display
cd "$ROOT"
say "pytest under Wine"
QT_QPA_PLATFORM=offscreen winrun "$WINPY" -c \
  "import sys; sys.path.insert(0, '.'); import pytest; sys.exit(pytest.main(['-p', 'no:cacheprovider'] + sys.argv[1:]))" \
  "$@"
