#!/usr/bin/env bash
# tnl-jury developer bootstrap: one command to set up and run.
#
#   ./dev.sh demo   set up, create demo.tnlj (a fictional edition) and open the app on it
#   ./dev.sh test   set up (test tools included) and run the whole test suite
#
# Setting up = install the Debian/Ubuntu packages the app and the tests need (when apt-get is
# there and we are root or have sudo), create .venv with Python >= 3.11 and install the app
# into it (editable) with the versions and hashes pinned in uv.lock. Extra arguments after "test" go to pytest.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv
# Libraries Qt needs to run (xcb and offscreen platforms) and fonts with French accents.
RUNTIME_DEBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0"
# Independent tools the tests check our outputs with, and the accessibility bus (AT-SPI) the
# screen-reader test listens on (tests/a11y), and PDFBox Preflight (a JRE and its jars:
# tests/test_pdf_preflight.py, docs/pdf-validation.md).
TEST_DEBS="xvfb xauth poppler-utils qpdf sqlite3 libreoffice-calc
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0 dbus-x11 xdotool openbox
  default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java"

say() { printf '\n== %s\n' "$*"; }

# shellcheck source=packaging/debs.sh
source packaging/debs.sh

# shellcheck source=packaging/lock.sh
source packaging/lock.sh

setup_venv() {
  local extras=$1
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "tnl-jury needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1)); set PYTHON=…" >&2
    exit 2
  }
  [ -x "$VENV/bin/python" ] || { say "creating $VENV"; "$PYTHON" -m venv "$VENV"; }
  say "installing tnl-jury and its locked dependencies (uv.lock) into $VENV"
  lock_install "$VENV" "$extras" -e
}

case "${1:-}" in
  demo)
    install_debs $RUNTIME_DEBS || true
    setup_venv ""
    [ -f demo.tnlj ] || "$VENV/bin/tnl-jury" demo demo.tnlj
    say "opening the app on demo.tnlj"
    exec "$VENV/bin/tnl-jury" gui demo.tnlj
    ;;
  test)
    shift
    install_debs $RUNTIME_DEBS $TEST_DEBS || true
    setup_venv "test"
    say "lint (ruff) and types (mypy, Qt-free layers)"
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    "$VENV/bin/mypy"
    say "tests"
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  *)
    sed -n '2,10p' "$0"
    exit 2
    ;;
esac
