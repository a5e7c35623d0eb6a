#!/usr/bin/env bash
# Test of the Debian package (as root, as CI runs): lintian without errors; installed
# with apt (which resolves the Depends); jxeditor-cli on the PATH validates a sample from
# another folder; the editor starts under Xvfb with an empty environment (env -i, only
# DISPLAY, XAUTHORITY and HOME) through /usr/bin/jxeditor; the desktop entry and the MIME type are
# registered; then `dpkg -r` leaves no path of the ones `dpkg -L` listed, except
# directories shared with others (/usr/bin, /opt …).
# Usage: scripts/deb-test.sh [DEB]   (default dist/jxeditor_<version>_amd64.deb; make deb)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)
deb=$(realpath "${1:-$ROOT/dist/jxeditor_${version}_amd64.deb}")
fail() { echo "deb test FAILED: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root (apt-get install, dpkg -r)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== lintian (errors fail; warnings are listed)"
command -v lintian >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq lintian >/dev/null
lintian --allow-root --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
! grep -q '^E:' "$work/lintian.txt" || fail "lintian reports errors"
echo "lintian: 0 errors, $(grep -c '^W:' "$work/lintian.txt" || true) warnings"

echo "== apt-get install $deb"
dpkg -s jxeditor >/dev/null 2>&1 && dpkg -r jxeditor >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$work/apt.txt" 2>&1 \
  || { cat "$work/apt.txt"; fail "apt-get install"; }
[ "$(dpkg-query -W -f='${Version}' jxeditor)" = "$version" ] || fail "installed version"
dpkg -L jxeditor >"$work/listed.txt"
echo "$(wc -l <"$work/listed.txt") paths installed"

echo "== jxeditor-cli on the PATH, on a sample in another folder"
mkdir -p "$work/文档"
cp "$ROOT/resources/sample-dalian-2026.json" "$work/文档/绩效目标.jxd"
cd "$work/文档"
[ "$(jxeditor-cli --version)" = "jxeditor $version" ] || fail "jxeditor-cli --version"
set +e
jxeditor-cli validate 绩效目标.jxd >problems.txt
status=$?
set -e
tail -n 1 problems.txt
[ "$status" -le 1 ] || fail "validate exited with $status"

echo "== jxeditor --smoke under Xvfb, env -i (DISPLAY, XAUTHORITY, HOME only), through /usr/bin"
mkdir -p "$work/home"
xvfb-run -a -s "-screen 0 1366x768x24" sh -c \
  'exec env -i DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" HOME="$1" /usr/bin/jxeditor --smoke 绩效目标.jxd' \
  sh "$work/home" \
  || fail "jxeditor --smoke"

echo "== the desktop entry, its icon and the MIME type"
desktop=/usr/share/applications/jxeditor.desktop
grep -qx 'Name\[zh_CN\]=绩效目标表编辑器' "$desktop" || fail "no Chinese name"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop" || fail "desktop-file-validate"; fi
[ -f /usr/share/icons/hicolor/256x256/apps/jxeditor.png ] || fail "no icon"
if command -v update-mime-database >/dev/null; then
  grep -q 'application/x-jxeditor:\*\.jxd' /usr/share/mime/globs2 || fail "*.jxd not in the MIME database"
fi

echo "== dpkg -r: every path dpkg -L listed is gone (but directories other packages own)"
cd "$work"
dpkg -r jxeditor >/dev/null
left=0
while IFS= read -r path; do
  [ -e "$path" ] || [ -L "$path" ] || continue
  # a directory others share: owned by another package too, or holding what is not ours
  if [ -d "$path" ] && [ ! -L "$path" ] && { dpkg -S "$path" >/dev/null 2>&1 \
      || [ "$path" = "/." ] || [ -n "$(ls -A "$path")" ]; }; then continue; fi
  echo "left behind: $path"; left=$((left + 1))
done <"$work/listed.txt"
[ "$left" = 0 ] || fail "$left paths left behind"
[ ! -e /opt/jxeditor ] || fail "/opt/jxeditor left behind"
if command -v update-mime-database >/dev/null && grep -q 'x-jxeditor' /usr/share/mime/globs2; then
  fail "the MIME type is still registered"
fi
echo "deb test: all passed"
