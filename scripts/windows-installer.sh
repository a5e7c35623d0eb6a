#!/usr/bin/env bash
# Builds the Windows installer dist-windows/jxeditor-<version>-setup.exe from the Windows
# bundle dist-windows/jxeditor (`make exe-windows`) with Debian's native makensis (NSIS 3,
# the `nsis` package): no Wine needed to build it. The script: packaging/windows/jxeditor.nsi.
# Usage: scripts/windows-installer.sh [BUNDLE] [OUTDIR]   (defaults dist-windows/jxeditor, dist-windows)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
bundle=$(realpath "${1:-$ROOT/dist-windows/jxeditor}")
out=$(realpath -m "${2:-$ROOT/dist-windows}")
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)
[ -f "$bundle/jxeditor.exe" ] && [ -f "$bundle/jxeditor-cli.exe" ] \
  || { echo "no Windows bundle in $bundle: run make exe-windows first" >&2; exit 2; }
# The bundle carries its version (_internal/pyproject.toml, made by jxeditor.spec): it must be this one.
grep -qx "version = \"$version\"" "$bundle/_internal/pyproject.toml" 2>/dev/null \
  || { echo "the bundle in $bundle is not version $version: run make exe-windows again" >&2; exit 2; }
if ! command -v makensis >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "makensis missing: apt-get install nsis" >&2; exit 2; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nsis >/dev/null
fi
# 1.2.3rc1 → 1.2.3.0 (Windows wants four numbers)
quad=$(echo "$version" | sed 's/[^0-9.].*//' | awk -F. '{printf "%d.%d.%d.%d", $1, $2, $3, $4}')
mkdir -p "$out"
setup="$out/jxeditor-$version-setup.exe"
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DVERSION_QUAD="$quad" -DBUNDLE="$bundle" \
  -DICON="$ROOT/resources/icons/jxeditor.ico" -DOUTFILE="$setup" "$ROOT/packaging/windows/jxeditor.nsi"
echo "built $setup: $(du -m "$setup" | cut -f1) MB"
