# shellcheck shell=bash
# install_debs PKG…: install the Debian/Ubuntu packages among PKG that are missing, with apt-get
# (as root, or through sudo), after `apt-get update`. A package named NAME:i386 brings the i386
# architecture in first (Wine's 32-bit half). Returns 1, having said what to install, when it
# cannot install (no apt-get, or neither root nor sudo). Sourced by dev.sh and the two builds.

install_debs() {
  if ! command -v apt-get >/dev/null 2>&1; then
    printf '\n== no apt-get here: install the equivalent of these packages yourself: %s\n' "$*"
    return 1
  fi
  local missing="" pkg sudo=""
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing="$missing $pkg"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      printf '\n== please install (as root): apt-get install%s\n' "$missing"
      return 1
    fi
  fi
  printf '\n== installing Debian packages:%s\n' "$missing"
  case "$missing" in
    *:i386*) dpkg --print-foreign-architectures | grep -qx i386 || $sudo dpkg --add-architecture i386 ;;
  esac
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}
