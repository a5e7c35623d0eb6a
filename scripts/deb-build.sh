#!/usr/bin/env bash
# Builds the Debian package dist/jxeditor_<version>_amd64.deb from the one-folder bundle
# dist/jxeditor (`make exe`), for Debian 12 / Ubuntu 22.04 and the desktops built on them
# (统信 UOS, 麒麟 Kylin). Only dpkg-deb: no network, no debhelper.
#
#   /opt/jxeditor/                  the bundle, as it is
#   /usr/bin/jxeditor, jxeditor-cli symlinks into it (the bundle finds itself through
#                                   /proc/self/exe, so the links work from any folder)
#   /usr/share/applications/        jxeditor.desktop (中文名 绩效目标表编辑器; opens .jxd, offers .json)
#   /usr/share/mime/packages/       jxeditor.xml: application/x-jxeditor, *.jxd (JSON inside)
#   /usr/share/icons/hicolor/256x256/apps/jxeditor.png
#   /usr/share/doc/jxeditor/        copyright, changelog.gz (from CHANGELOG.md)
#
# The desktop, MIME and icon caches are refreshed by the dpkg triggers of
# desktop-file-utils, shared-mime-info and hicolor-icon-theme: no maintainer scripts.
# Usage: scripts/deb-build.sh [BUNDLE] [OUTDIR]   (defaults dist/jxeditor, dist)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
bundle=$(realpath "${1:-$ROOT/dist/jxeditor}")
out=$(realpath -m "${2:-$ROOT/dist}")
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)
for tool in patchelf readelf objdump; do
  command -v "$tool" >/dev/null || { echo "$tool missing: apt-get install patchelf binutils" >&2; exit 2; }
done
[ -x "$bundle/jxeditor" ] && [ -x "$bundle/jxeditor-cli" ] \
  || { echo "no bundle in $bundle: run make exe first" >&2; exit 2; }
built=$(env -i "$bundle/jxeditor-cli" --version)
[ "$built" = "jxeditor $version" ] \
  || { echo "the bundle is $built, pyproject.toml says $version: run make exe again" >&2; exit 2; }

# A Chinese font: every Chinese desktop has one, a bare Debian may not.
recommends="fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"

# Who answers for the package (Maintainer, changelog): DEB_MAINTAINER overrides it.
maintainer=${DEB_MAINTAINER:-"jxeditor maintainers <jxeditor@example.org>"}
stage="$ROOT/build/deb/jxeditor_${version}_amd64"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/mime/packages" "$stage/usr/share/icons/hicolor/256x256/apps" \
  "$stage/usr/share/doc/jxeditor" "$stage/usr/share/lintian/overrides"
cp -a "$bundle" "$stage/opt/jxeditor"

# Debian's own libraries stay Debian's: a library PyInstaller copied from this system (the
# same build ID as the file ldconfig finds, so the same build) is left out, and the package
# that has it goes into Depends (security updates reach it; lintian: no embedded-library).
# Qt, ICU, PySide6 and the program's Python come from the wheels and stay in the bundle.
build_id() { readelf -n "$1" 2>/dev/null | sed -n 's/^ *Build ID: *//p'; }
declare -A owners=()
for lib in "$stage/opt/jxeditor/_internal"/*.so*; do
  name=$(basename "$lib")
  system=$(/sbin/ldconfig -p | awk -v n="$name" '$1 == n && /x86-64/ && !found { print $NF; found = 1 }')
  [ -n "$system" ] && [ -n "$(build_id "$lib")" ] || continue
  [ "$(build_id "$lib")" = "$(build_id "$system")" ] || continue
  owner=$(dpkg -S "$system" 2>/dev/null || dpkg -S "$(realpath "$system")" 2>/dev/null \
    || dpkg -S "/usr$(realpath "$system")" 2>/dev/null) || continue
  owner=${owner%%:*}
  owner=${owner%%,*}
  rm "$lib"
  owners[$owner]=1
done
# The extension modules of the build machine's Python name its lib folder as RUNPATH.
find "$stage/opt/jxeditor" -name '*.so*' -type f -print0 | while IFS= read -r -d '' lib; do
  if readelf -d "$lib" 2>/dev/null | grep 'R\(UN\)\?PATH' >/dev/null; then patchelf --remove-rpath "$lib"; fi
done

# Depends: those packages; the libraries Qt's xcb platform plugin loads (`make
# system-deps` without fonts and Xvfb); the C library of the newest GLIBC_ symbol version
# the bundle asks for.
glibc=$(find "$stage/opt/jxeditor" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
  | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -n 1)
# The libraries jxeditor.spec leaves to the system (LINUX_SYSTEM: X11 client libraries,
# CUPS for the print plugin) are named here too.
qt_xcb="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3
 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-xkb1
 libx11-6 libx11-xcb1 libxext6 libxrender1 libfreetype6 libcups2"
depends="libc6 (>= ${glibc#GLIBC_})"
for package in $(printf '%s\n' $qt_xcb "${!owners[@]}" | grep -vx 'libc6' | sort -u); do
  depends+=", $package"
done
ln -s /opt/jxeditor/jxeditor "$stage/usr/bin/jxeditor"
ln -s /opt/jxeditor/jxeditor-cli "$stage/usr/bin/jxeditor-cli"
install -m 644 "$ROOT/packaging/linux/jxeditor.desktop" "$stage/usr/share/applications/jxeditor.desktop"
install -m 644 "$ROOT/packaging/linux/jxeditor-mime.xml" "$stage/usr/share/mime/packages/jxeditor.xml"
install -m 644 "$ROOT/resources/icons/jxeditor.png" "$stage/usr/share/icons/hicolor/256x256/apps/jxeditor.png"
install -m 644 "$ROOT/packaging/linux/lintian-overrides" "$stage/usr/share/lintian/overrides/jxeditor"

cat >"$stage/usr/share/doc/jxeditor/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: jxeditor

Files: *
Copyright: jxeditor authors
License: Expat
 Permission is hereby granted, free of charge, to any person obtaining a copy of this
 software and associated documentation files (the "Software"), to deal in the Software
 without restriction, including without limitation the rights to use, copy, modify,
 merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
 permit persons to whom the Software is furnished to do so, subject to the following
 conditions:
 .
 The above copyright notice and this permission notice shall be included in all copies
 or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.

Files: opt/jxeditor/_internal/*
Copyright: The Qt Company Ltd. and other contributors (Qt 6, PySide6);
 Python Software Foundation (CPython); openpyxl, python-calamine, defusedxml, olefile authors
License: LGPL-3 and PSF-2 and MIT and BSD-3-clause
 The bundled third-party libraries keep their own licences; the texts are in
 /opt/jxeditor/_internal/*.dist-info/ where the wheels ship them, and for Qt under
 /usr/share/common-licenses/LGPL-3.
COPYRIGHT
# A native package's changelog: the Debian form of this release's CHANGELOG.md entry.
{
  echo "jxeditor ($version) stable; urgency=medium"
  echo
  echo "  * Release $version: see /opt/jxeditor or the project's CHANGELOG.md."
  echo
  echo " -- $maintainer  $(date -R -d "@${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}")"
} | gzip -9n >"$stage/usr/share/doc/jxeditor/changelog.gz"

# Modes as Debian wants them: directories and programs 755, everything else 644.
find "$stage" -type d -exec chmod 755 {} +
find "$stage/opt" "$stage/usr" -type f -exec chmod 644 {} +
chmod 755 "$stage/opt/jxeditor/jxeditor" "$stage/opt/jxeditor/jxeditor-cli"

size_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<CONTROL
Package: jxeditor
Version: $version
Section: editors
Priority: optional
Architecture: amd64
Maintainer: $maintainer
Installed-Size: $size_kb
Depends: $depends
Recommends: $recommends
Description: budget project performance target table editor (绩效目标表编辑器)
 jxeditor fills in, checks and exports Chinese budget project performance
 target tables (预算项目绩效目标表): the project header, funding, goals and
 the three-level indicator tree, checked live against the finance bureau's
 rules. It reads and writes its own documents (.jxd, JSON inside; .json as
 well) and the Excel form, and reads tables pasted from Excel, WPS or PDF.
 .
 The program runs offline; jxeditor-cli is its command line (validate,
 convert, score, next-year, diff).
CONTROL
(cd "$stage" && find opt usr -type f -print0 | sort -z | xargs -0 md5sum) >"$stage/DEBIAN/md5sums"
chmod 644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

mkdir -p "$out"
deb="$out/jxeditor_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "built $deb: $(du -m "$deb" | cut -f1) MB (installed $((size_kb / 1024)) MB)"
