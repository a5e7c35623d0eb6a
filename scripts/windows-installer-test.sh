#!/usr/bin/env bash
# Test of the Windows installer under Wine, in a fresh Wine prefix of its own (a clean PC):
#   1. silent install for this user (/S): program files, Start-menu and desktop shortcuts,
#      .jxd registered (and 打开方式 for .json), an entry in 应用和功能;
#   2. the installed jxeditor.exe --smoke on a .jxd document;
#   3. the document opened by its path with the registered open command, as Explorer does
#      (the editor puts it into its recent files);
#   4. installing again (an upgrade) keeps the settings and the indicator library;
#   5. silent uninstall (/S): the program's files, shortcuts and registry keys are gone, the
#      user's documents, settings and library stay, and nothing else differs from before;
#   6. the same for every user (/ALLUSERS: Program Files, HKLM), the .jxd opened with
#      `start` (ShellExecute through the association), and uninstalled.
# Usage: scripts/windows-installer-test.sh [SETUP.EXE]   (needs make installer-windows)
set -euo pipefail
# shellcheck source=scripts/windows-env.sh
source "$(dirname "$0")/windows-env.sh"
version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)
setup=$(realpath "${1:-$ROOT/dist-windows/jxeditor-$version-setup.exe}")
[ -f "$setup" ] || { echo "no $setup: run make installer-windows" >&2; exit 2; }
fail() { echo "windows installer test FAILED: $*" >&2; exit 1; }
windows_debian_tools
build_system32="$WINEPREFIX/drive_c/windows/system32"
# A prefix of its own, made anew: the "before" of the comparison is a clean PC. No Wine
# menu entries on the host (winemenubuilder), and the user's folders are the prefix's own
# (a new prefix links Desktop and Documents to $HOME).
export WINEPREFIX="$CACHE/installer-prefix"
export WINEDLLOVERRIDES="$WINEDLLOVERRIDES;winemenubuilder.exe=d"
rm -rf "$WINEPREFIX"
trap windows_cleanup EXIT
windows_display
windows_prefix
user_dir="$WINEPREFIX/drive_c/users/$(id -un)"
for folder in Desktop Documents Downloads Music Pictures Videos Templates; do
  if [ -L "$user_dir/$folder" ]; then rm "$user_dir/$folder" && mkdir "$user_dir/$folder"; fi
done
for stub in icuuc bcryptprimitives; do   # what Windows 10 has and Wine 8 lacks (windows-build.sh)
  [ -f "$build_system32/$stub.dll" ] || fail "no $stub.dll stub: run make exe-windows first"
  cp "$build_system32/$stub.dll" "$WINEPREFIX/drive_c/windows/system32/"
done

local_appdata="$user_dir/AppData/Local"
instdir="$local_appdata/Programs/jxeditor"
startmenu="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
shortcut="绩效目标表编辑器.lnk"
reg_query() { winrun reg query "$@" 2>/dev/null | tr -d '\r'; }
snapshot() {   # every file of the prefix but Wine's own and the temporary ones; the user's registry
  (cd "$WINEPREFIX/drive_c" && find . -path ./windows -prune -o -path '*/Temp' -prune \
    -o -path './users/*/AppData/Local/jxeditor' -prune -o -print | sort)   # (its data: the user's)
  "$WINESERVER" -w
  # the user's registry without the editor's own settings (Software\jxeditor: the user's)
  awk '/^\[/ { mine = ($0 ~ /^\[Software\\\\jxeditor/) } !mine' "$WINEPREFIX/user.reg" \
    | sed -e '/^#time=/d' -e '/^\[.*\] [0-9]*$/s/ [0-9]*$//' \
    | grep -v -e '^#' -e 'MRU' -e '^$' -e 'Explorer\\' || true
}

say "the user's own things before: a document, the settings, the indicator library"
mkdir -p "$user_dir/Documents/表格" "$local_appdata/jxeditor/jxeditor"
cp "$ROOT/resources/sample-dalian-2026.json" "$user_dir/Documents/表格/绩效目标.jxd"
echo mine >"$local_appdata/jxeditor/jxeditor/mine.txt"   # beside the indicator library
winrun reg add 'HKCU\Software\jxeditor\jxeditor' /v language /d en /f >/dev/null
winrun reg add 'HKCU\Software\Classes' /f >/dev/null   # every Windows profile has it; a new Wine prefix not
"$WINESERVER" -w
snapshot >"$CACHE/installer-before.txt"

say "1. silent install for this user: $(basename "$setup") /S"
winrun "$(winpath "$setup")" /S || fail "the installer exited with $?"
"$WINESERVER" -w
for file in jxeditor.exe jxeditor-cli.exe uninstall.exe _internal/base_library.zip; do
  [ -e "$instdir/$file" ] || fail "not installed: $file"
done
[ -f "$startmenu/$shortcut" ] || fail "no Start-menu shortcut"
[ -f "$user_dir/Desktop/$shortcut" ] || fail "no desktop shortcut"
[ ! -e "$WINEPREFIX/drive_c/Program Files/jxeditor" ] || fail "installed for every user without /ALLUSERS"
reg_query 'HKCU\Software\Classes\.jxd' /ve | grep 'jxeditor.document' >/dev/null || fail ".jxd not registered"
command=$(reg_query 'HKCU\Software\Classes\jxeditor.document\shell\open\command' /ve \
  | grep -o '"[^"]*jxeditor.exe" "%1"' || true)
[[ "$command" == *'jxeditor.exe" "%1"' ]] || fail "unexpected open command"
reg_query 'HKCU\Software\Classes\.json\OpenWithProgids' | grep 'jxeditor.document' >/dev/null || fail "no 打开方式 for .json"
reg_query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\jxeditor' /v DisplayVersion \
  | grep -q "$version" || fail "no uninstall entry of version $version"
[ "$(winrun "$(winpath "$instdir/jxeditor-cli.exe")" --version | tr -d '\r')" = "jxeditor $version" ] \
  || fail "jxeditor-cli.exe --version"

say "2. the installed editor, --smoke on the .jxd document"
document=$(winpath "$user_dir/Documents/表格/绩效目标.jxd")
QT_QPA_PLATFORM=offscreen winrun "$(winpath "$instdir/jxeditor.exe")" --smoke "$document" \
  || fail "jxeditor.exe --smoke on a .jxd"

say "3. the document opened as Explorer does: the registered open command, %1 its path"
# (Wine's HKEY_CLASSES_ROOT leaves out HKCU\Software\Classes, where a per-user installation
# registers, so ShellExecute is tried on the every-user installation, step 6.)
program=$(echo "$command" | sed 's/^"\([^"]*\)".*/\1/')
opened_by() {   # runs what opens the document, waits until it is in the recent files, ends it
  local opened= _ pid
  "$@" &
  pid=$!
  for _ in $(seq 90); do
    if reg_query 'HKCU\Software\jxeditor\jxeditor\files' /v recent | grep -q '\.jxd'; then
      opened=1; break
    fi
    sleep 1
  done
  winrun taskkill /im jxeditor.exe /f >/dev/null 2>&1 || true
  "$WINESERVER" -k 2>/dev/null || true
  wait "$pid" || true
  [ -n "$opened" ]
}
opened_by winrun "$program" "$document" || fail "the editor did not open the document by its path"
echo "opened: in the editor's recent files"

# the editor's data folder (its indicator library, what it wrote), as it must stay
data_files() { (cd "$local_appdata/jxeditor" && find . -type f ! -name '*.lock' -exec sha256sum {} + | sort); }
data_files >"$CACHE/installer-data.txt"
grep -q mine.txt "$CACHE/installer-data.txt" || fail "no data folder"

say "4. installing again (an upgrade) keeps the settings and the library"
winrun "$(winpath "$setup")" /S || fail "the second install exited with $?"
"$WINESERVER" -w
reg_query 'HKCU\Software\jxeditor\jxeditor' /v language | grep -q 'en' || fail "the settings are lost"
reg_query 'HKCU\Software\jxeditor\jxeditor\files' /v recent | grep -q '\.jxd' || fail "the recent files are lost"
data_files | cmp -s - "$CACHE/installer-data.txt" || fail "the data folder (library) changed"

say "5. silent uninstall: nothing of the program left, the user's things kept"
winrun "$(winpath "$instdir/uninstall.exe")" /S || fail "the uninstaller exited with $?"
for _ in $(seq 120); do [ -e "$instdir" ] || break; sleep 1; done   # it runs from a copy in Temp
"$WINESERVER" -w
[ ! -e "$instdir" ] || { find "$instdir" | head; fail "the program folder is left"; }
[ ! -e "$startmenu/$shortcut" ] && [ ! -e "$user_dir/Desktop/$shortcut" ] || fail "a shortcut is left"
[ -f "$user_dir/Documents/表格/绩效目标.jxd" ] || fail "the user's document is gone"
data_files | cmp -s - "$CACHE/installer-data.txt" || fail "the data folder (library) changed"
reg_query 'HKCU\Software\jxeditor\jxeditor' /v language | grep -q 'en' || fail "the settings are gone"
# The comparison with before: but for the editor's own settings and data (the user's,
# kept), nothing differs.
snapshot >"$CACHE/installer-after.txt"
if ! diff "$CACHE/installer-before.txt" "$CACHE/installer-after.txt"; then
  fail "the uninstall left the differences above"
fi
say "6. for every user (/ALLUSERS): Program Files, HKLM; the .jxd opened through ShellExecute"
winrun reg delete 'HKCU\Software\jxeditor\jxeditor\files' /f >/dev/null 2>&1 || true
winrun "$(winpath "$setup")" /S /ALLUSERS || fail "the every-user install exited with $?"
"$WINESERVER" -w
machine_dir="$WINEPREFIX/drive_c/Program Files/jxeditor"
[ -f "$machine_dir/jxeditor.exe" ] || fail "not installed in Program Files"
[ -f "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/$shortcut" ] \
  || fail "no Start-menu shortcut for every user"
opened_by winrun start /unix "$user_dir/Documents/表格/绩效目标.jxd" \
  || fail "start (ShellExecute) did not open the .jxd in the editor"
echo "opened through the association"
winrun "$(winpath "$machine_dir/uninstall.exe")" /S /ALLUSERS || fail "the every-user uninstaller exited with $?"
for _ in $(seq 120); do [ -e "$machine_dir" ] || break; sleep 1; done
"$WINESERVER" -w
[ ! -e "$machine_dir" ] || fail "Program Files\\jxeditor is left"
reg_query 'HKLM\Software\Classes\jxeditor.document' >/dev/null && fail "the HKLM file type is left"
reg_query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\jxeditor' >/dev/null \
  && fail "the HKLM uninstall entry is left"
echo "windows installer test (Wine): all passed"
