#!/usr/bin/env bash
# Build a Debian package from the PyInstaller onedir output.
#
#     installer/linux/build-deb.sh [ONEDIR] [OUTDIR]
#
# ONEDIR  the PyInstaller output folder holding the `humdoc` program (default: dist/humdoc)
# OUTDIR  where to write humdoc_<version>_<arch>.deb and its .sha256 (default: dist)
#
# Layout of the package: /opt/humdoc/ (the onedir as built), /usr/bin/humdoc -> /opt/humdoc/humdoc,
# /usr/share/applications/humdoc.desktop, /usr/share/icons/hicolor/scalable/apps/humdoc.svg.
#
# Reproducible: every timestamp is SOURCE_DATE_EPOCH (default: the last commit's time), owners are
# root:root, permissions are normalised, so the same onedir gives the same .deb byte for byte.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
onedir="${1:-$root/dist/humdoc}"
outdir="${2:-$root/dist}"

die() { echo "build-deb.sh: $*" >&2; exit 1; }

command -v dpkg-deb >/dev/null || die "dpkg-deb not found (apt-get install dpkg-dev)"
[ -x "$onedir/humdoc" ] || die "no $onedir/humdoc; build it first (make bundle)"
[ -d "$onedir/_internal/resources/taxonomy" ] || die "$onedir has no resources; was it built from installer/humdoc.spec?"

# The version comes from pyproject.toml, the one place it is written.
version="$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$root/pyproject.toml" | head -n 1)"
[ -n "$version" ] || die "no version in pyproject.toml"
arch="$(dpkg --print-architecture)"
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH="$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)"
fi
export SOURCE_DATE_EPOCH
# The bundled Python and its extensions need at least the build machine's C library.
glibc="$(ldd --version | head -n 1 | grep -o '[0-9]\+\.[0-9]\+$')"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/humdoc"

install -d "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
    "$pkg/usr/share/icons/hicolor/scalable/apps" "$pkg/usr/share/doc/humdoc"
cp -a "$onedir" "$pkg/opt/humdoc"
ln -s /opt/humdoc/humdoc "$pkg/usr/bin/humdoc"
install -m 0644 "$here/humdoc.desktop" "$pkg/usr/share/applications/humdoc.desktop"
install -m 0644 "$root/resources/icons/humdoc.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/humdoc.svg"
cat > "$pkg/usr/share/doc/humdoc/copyright" <<'EOF'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: humdoc
Comment: /opt/humdoc bundles Python, Qt (PySide6, LGPL-3.0) and the Python packages listed in
 installer/requirements-lock.txt of the source, each under its own licence.

Files: *
Copyright: The humdoc developers
License: GPL-3.0-or-later
 On Debian systems the full text is in /usr/share/common-licenses/GPL-3.
EOF

# Qt's xcb and wayland platforms dlopen these, and PyInstaller does not bundle the system's
# graphics stack (libGL, libEGL, libwayland-*, libxcb); the rest of Qt's needs travel in /opt.
depends=(
    "libc6 (>= $glibc)"
    libegl1
    libgl1
    libxkbcommon0
    libxkbcommon-x11-0
    libfontconfig1
    libdbus-1-3
    libxcb1
    libxcb-cursor0
    libxcb-icccm4
    libxcb-keysyms1
    libwayland-client0
    libwayland-cursor0
    libwayland-egl1
)
depends_line="$(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')"

cat > "$pkg/DEBIAN/postinst" <<'EOF'
#!/bin/sh
# Let the desktop find the launcher and icon at once. humdoc never updates itself: new versions
# arrive only as packages the user verifies and installs.
set -e
if [ "$1" = "configure" ]; then
    command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
exit 0
EOF
cat > "$pkg/DEBIAN/postrm" <<'EOF'
#!/bin/sh
# Vaults live in each user's data folder and are never touched here, not even on purge: removing
# the program must not destroy evidence.
set -e
if [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
    command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
exit 0
EOF

# Normalise modes: nothing group- or world-writable, programs and libraries executable.
chmod -R u+rwX,go+rX,go-w "$pkg"
chmod 0755 "$pkg/DEBIAN/postinst" "$pkg/DEBIAN/postrm" "$pkg/opt/humdoc/humdoc"

installed_size="$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)"
cat > "$pkg/DEBIAN/control" <<EOF
Package: humdoc
Version: $version
Architecture: $arch
Maintainer: The humdoc developers <humdoc@example.org>
Installed-Size: $installed_size
Depends: $depends_line
Section: utils
Priority: optional
Homepage: https://example.org/humdoc
Description: offline-first, encrypted documentation of human rights evidence
 humdoc records testimonies, photos and other media with their metadata in
 an encrypted vault, removes identifying photo metadata losslessly, and moves
 material as signed, encrypted bundles that a documentation centre verifies
 and imports. Run "humdoc" for the window, "humdoc --help" for the commands.
EOF

(cd "$pkg" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
    | xargs -0 md5sum > DEBIAN/md5sums)
chmod 0644 "$pkg/DEBIAN/control" "$pkg/DEBIAN/md5sums"
find "$pkg" -exec touch --no-dereference --date="@$SOURCE_DATE_EPOCH" {} +

mkdir -p "$outdir"
deb="$outdir/humdoc_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >/dev/null
(cd "$outdir" && sha256sum "$(basename "$deb")" > "$(basename "$deb").sha256")
echo "$deb"
cat "$deb.sha256"
