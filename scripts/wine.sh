#!/usr/bin/env bash
# Runs a program of the Windows bundle under Wine, in the set-up `make exe-windows` made:
#
#   scripts/wine.sh jxeditor-cli.exe validate 表格.json
#   scripts/wine.sh jxeditor.exe resources/sample-dalian-2026.json     (a window: needs DISPLAY)
#   scripts/wine.sh 'C:\py311\python.exe' -c 'import sys; print(sys.version)'
#
# A bare program name is looked up in dist-windows/jxeditor/ (JXEDITOR_WINDOWS_BUNDLE
# changes that); Linux paths in the arguments work as they are (Wine maps / to Z:).
# Without DISPLAY a private Xvfb is started for the run. Output always goes through a
# pipe, as Wine's Windows Python needs. The exit status is the program's.
set -euo pipefail
# shellcheck source=scripts/windows-env.sh
source "$(dirname "$0")/windows-env.sh"
[ $# -ge 1 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
program=$1
shift
bundle="${JXEDITOR_WINDOWS_BUNDLE:-$ROOT/dist-windows/jxeditor}"
if [[ "$program" != *[/\\]* ]] && [ -f "$bundle/$program" ]; then
  program=$(winpath "$bundle/$program")
elif [ -f "$program" ]; then
  program=$(winpath "$program")
fi
[ -f "$WINEPREFIX/system.reg" ] || { echo "no Wine set-up yet: run make exe-windows first" >&2; exit 2; }
windows_locale
trap windows_cleanup EXIT
windows_display
set +e
winrun "$program" "$@"
status=$?
set -e
exit "$status"
