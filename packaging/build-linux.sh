#!/usr/bin/env bash
# Build tnl-jury's Linux packages from a clean checkout, with PyPI and Debian packages only:
#
#   packaging/build-linux.sh
#
# gives, in dist/:
#   tnl-jury_VERSION_ARCH.deb             installs under /opt/tnl-jury, `tnl-jury` on the PATH,
#                                         desktop entry, icon, .tnlj file type, AppStream data
#   tnl-jury-VERSION-linux-ARCH.tar.gz    the same frozen folder, to unpack anywhere
#
# Steps: Debian packages the build needs (apt-get, as root or with sudo), a fresh virtual
# environment in build/linux/ with the app and PyInstaller (uv.lock's pins), the frozen folder
# (packaging/tnl-jury.spec), the frozen app's `--self-test`, the .deb (dpkg-deb) and the
# tarball. Environment: PYTHON (default python3, >= 3.11), DEB_COMPRESSION (default zstd:
# dpkg-deb's -Z), DEB_LEVEL (default 9, its -z: here -9 gave 95 MiB in 12-25 s, -3 7 % more
# in 5 s, -19 over 5 minutes), BUILD_DIR, OUT_DIR, BUILD_VENV (an existing virtual environment
# of this checkout to use instead of a fresh one: CI passes the one `./dev.sh test` made).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
BUILD=${BUILD_DIR:-$ROOT/build/linux}
OUT=${OUT_DIR:-$ROOT/dist}
DEB_COMPRESSION=${DEB_COMPRESSION:-zstd}
DEB_LEVEL=${DEB_LEVEL:-9}
# Qt's libraries (bundled by PyInstaller when present here; the self-test needs them too),
# the venv module, and the validators of the desktop files.
BUILD_DEBS="python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libdbus-1-3 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libwayland-client0
  libwayland-cursor0 libwayland-egl1 desktop-file-utils
  appstream"

say() { printf '\n== %s\n' "$*"; }
started=$SECONDS

# shellcheck source=packaging/debs.sh
source packaging/debs.sh

install_debs $BUILD_DEBS || exit 2
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(dpkg --print-architecture)

rm -rf "$BUILD"
mkdir -p "$BUILD" "$OUT"
# shellcheck source=packaging/lock.sh
source packaging/lock.sh
if [ -n "${BUILD_VENV:-}" ]; then
  # CI: the environment `./dev.sh test` just made from this same checkout (saves minutes).
  VENV=$BUILD_VENV
  say "virtual environment $VENV, with PyInstaller added (uv.lock)"
  lock_install "$VENV" "test packaging" -e
else
  VENV=$BUILD/venv
  say "fresh virtual environment in $VENV (the app and PyInstaller, as uv.lock pins them)"
  "$PYTHON" -m venv "$VENV"
  lock_install "$VENV" "packaging"
fi
echo "ready in $((SECONDS - started)) s"

say "freezing with PyInstaller (packaging/tnl-jury.spec)"
t=$SECONDS
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/tnl-jury.spec
FROZEN=$BUILD/dist/tnl-jury
echo "frozen in $((SECONDS - t)) s: $(du -sh "$FROZEN" | cut -f1)"

say "self-test of the frozen app"
"$FROZEN/tnl-jury" --self-test

say "Debian package"
DEB_ROOT=$BUILD/deb/tnl-jury
ICONS=$BUILD/work/tnl-jury/generated/icons   # rendered by the spec
mkdir -p "$DEB_ROOT/DEBIAN" "$DEB_ROOT/opt" "$DEB_ROOT/usr/bin" \
  "$DEB_ROOT/usr/share/applications" "$DEB_ROOT/usr/share/mime/packages" \
  "$DEB_ROOT/usr/share/metainfo" "$DEB_ROOT/usr/share/icons" "$DEB_ROOT/usr/share/doc/tnl-jury"
cp -a "$FROZEN" "$DEB_ROOT/opt/tnl-jury"
ln -s /opt/tnl-jury/tnl-jury "$DEB_ROOT/usr/bin/tnl-jury"
cp packaging/linux/tnl-jury.desktop "$DEB_ROOT/usr/share/applications/"
cp packaging/linux/tnl-jury-mime.xml "$DEB_ROOT/usr/share/mime/packages/tnl-jury.xml"
cp packaging/linux/org.adullact.TnlJury.metainfo.xml "$DEB_ROOT/usr/share/metainfo/"
cp -a "$ICONS/hicolor" "$DEB_ROOT/usr/share/icons/"
cat > "$DEB_ROOT/usr/share/doc/tnl-jury/copyright" <<EOF
tnl-jury $VERSION — offline deliberation of a graded-label jury.
License: AGPL-3.0-or-later (https://www.gnu.org/licenses/agpl-3.0.html).
/opt/tnl-jury/_internal holds the Python runtime and libraries it runs with, each under its
own licence (Qt and PySide6: LGPL-3.0; the others: see their folders).
EOF
install -m 0755 packaging/linux/postinst packaging/linux/postrm "$DEB_ROOT/DEBIAN/"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$DEB_ROOT/usr/share/applications/tnl-jury.desktop"
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net --explain "$DEB_ROOT/usr/share/metainfo/org.adullact.TnlJury.metainfo.xml" >/dev/null
fi
chmod -R u+rwX,go+rX,go-w "$DEB_ROOT"
DEPENDS=$("$PYTHON" packaging/linux/deb-depends.py "$DEB_ROOT/opt/tnl-jury")
cat > "$DEB_ROOT/DEBIAN/control" <<EOF
Package: tnl-jury
Version: $VERSION
Architecture: $ARCH
Maintainer: tnl-jury developers <tnl-jury@users.noreply.invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$DEB_ROOT" | cut -f1)
Depends: $DEPENDS
Recommends: shared-mime-info, desktop-file-utils, xdg-utils
Section: misc
Priority: optional
Description: offline deliberation of a graded-label jury
 tnl-jury carries the whole deliberation day of a graded label's jury (by
 default the French label Territoire Numérique Libre) on a laptop, without
 internet: import the candidates' dossiers, score them against the grid,
 record the jury's decisions, publish the results and the signed minutes.
 .
 A jury file (.tnlj) holds a whole edition. The interface is in French and
 English. The program and its own Python runtime are installed in /opt/tnl-jury.
EOF
DEB=$OUT/tnl-jury_${VERSION}_${ARCH}.deb
t=$SECONDS
dpkg-deb --root-owner-group -Z"$DEB_COMPRESSION" -z"$DEB_LEVEL" --build "$DEB_ROOT" "$DEB" >/dev/null
echo "$(basename "$DEB"): $(du -h "$DEB" | cut -f1) ($DEB_COMPRESSION -$DEB_LEVEL, $((SECONDS - t)) s)"
echo "Depends: $DEPENDS"

say "portable tarball"
TARBALL=$OUT/tnl-jury-$VERSION-linux-$ARCH.tar.gz
t=$SECONDS
tar -C "$BUILD/dist" --owner=0 --group=0 -czf "$TARBALL" tnl-jury
echo "$(basename "$TARBALL"): $(du -h "$TARBALL" | cut -f1) ($((SECONDS - t)) s)"

say "done in $((SECONDS - started)) s"
