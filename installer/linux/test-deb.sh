#!/usr/bin/env bash
# Install the .deb into a clean root and run the installed program: `make installer-test`.
#
#     installer/linux/test-deb.sh [DEB]
#
# DEB  the package to test (default: build it now with `make deb`, and time the build)
#
# The clean root (INSTALL_ROOT):
#   chroot   (default when run as root with debootstrap installed) a minimal Debian 12 made with
#            `debootstrap --variant=minbase bookworm`, cached as build/installer-test/rootfs.tar and
#            unpacked afresh every run. The package is installed with apt-get, which must resolve
#            every Depends from the archive, and every command below runs inside it: this proves
#            the package installs and runs on a system holding nothing but it and what it names.
#   extract  `dpkg -x` into an empty folder, run from there with this machine's libraries: proves
#            the package's own files are complete, not that its Depends are.
#
# Then, with the installed program: --version; a field vault and a centre vault, enrolment, a
# recipient, a case, a testimony, a JPEG imported, an export, verify and receive at the centre,
# and the centre's check; the window started on Xvfb (on this machine, the program inside the
# root), a screenshot saved to build/installer-test/screenshot.png and checked not to be blank.
# Needs: dpkg-deb, Xvfb, xdotool, ImageMagick (`import`, `convert`); debootstrap for chroot.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
results="$root/build/installer-test"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
passphrase="correct horse battery staple"

die() { echo "test-deb.sh: $*" >&2; exit 1; }
say() { echo "== $*"; }
for tool in dpkg-deb Xvfb xdotool import convert; do
    command -v "$tool" >/dev/null || die "$tool not found (apt-get install dpkg-dev xvfb xdotool imagemagick)"
done

version="$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$root/pyproject.toml" | head -n 1)"
mkdir -p "$results"
build_s="-"
if [ $# -ge 1 ]; then
    deb="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
    start=$(date +%s)
    make -C "$root" deb
    build_s=$(( $(date +%s) - start ))
    deb="$root/dist/humdoc_${version}_$(dpkg --print-architecture).deb"
fi
[ -f "$deb" ] || die "no package at $deb"

mode="${INSTALL_ROOT:-}"
if [ -z "$mode" ]; then
    if [ "$(id -u)" = 0 ] && command -v debootstrap >/dev/null; then mode=chroot; else mode=extract; fi
fi

tmp="$(mktemp -d)"
rootfs="$tmp/root"
mounts=()
gui_pid=""
xvfb_pid=""
cleanup() {
    [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    for (( i=${#mounts[@]}-1; i>=0; i-- )); do umount -l "${mounts[$i]}" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT
bind() { mkdir -p "$2"; mount --bind "$1" "$2"; mounts+=("$2"); }

mkdir -p "$rootfs"
if [ "$mode" = chroot ]; then
    [ "$(id -u)" = 0 ] || die "INSTALL_ROOT=chroot needs root"
    if [ ! -f "$results/rootfs.tar" ]; then
        say "debootstrap: a minimal Debian 12 (once; cached in $results/rootfs.tar)"
        debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$results/debootstrap.log"
        tar -C "$rootfs" -cf "$results/rootfs.tar" .
    else
        tar -C "$rootfs" -xf "$results/rootfs.tar"
    fi
    cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
    mount -t proc proc "$rootfs/proc"; mounts+=("$rootfs/proc")
    bind /dev "$rootfs/dev"
    mkdir -p /tmp/.X11-unix
    bind /tmp/.X11-unix "$rootfs/tmp/.X11-unix"
    cp "$deb" "$rootfs/tmp/humdoc.deb"
    say "apt-get install ./humdoc.deb into the clean root"
    chroot "$rootfs" apt-get update -q >/dev/null
    chroot "$rootfs" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        --no-install-recommends /tmp/humdoc.deb >"$results/apt-install.log"
    chroot "$rootfs" dpkg -s humdoc | grep -q '^Status: install ok installed' || die "not installed"
    work_in=/work; work="$rootfs/work"
    inside=(chroot "$rootfs" env -i HOME=/root); program=humdoc  # /usr/bin/humdoc, the symlink
else
    dpkg -x "$deb" "$rootfs"
    work_in="$tmp/work"; work="$work_in"
    inside=(env -i HOME="$tmp"); program="$rootfs/opt/humdoc/humdoc"
fi
inside+=(PATH=/usr/bin:/bin LANG=C.UTF-8 HUMDOC_PASSPHRASE="$passphrase")
run() { "${inside[@]}" "$program" "$@"; }
mkdir -p "$work/stick"
cp "$root/tests/corpus/exif-samples/jpg/Canon_40D.jpg" "$work/photo.jpg"
echo "Installer test statement: the bridge was closed at dawn." >"$work/statement.txt"
installed="$(du -sh "$rootfs/opt/humdoc" | cut -f1)"

say "--version"
got="$(run --version)"
[ "$got" = "humdoc $version" ] || die "--version printed '$got', expected 'humdoc $version'"

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
say "field to centre round trip"
F=(--vault "$work_in/field"); C=(--vault "$work_in/centre")
run "${F[@]}" init --role field >/dev/null
run "${C[@]}" init --role centre >/dev/null
device_key="$(run "${F[@]}" --json keys show | json '["minisign_public"].splitlines()[1]')"
centre_age="$(run "${C[@]}" --json keys show | json '["age_recipient"]')"
run "${C[@]}" devices enrol "Laptop 1" "$device_key" >/dev/null
run "${F[@]}" recipients add Centre "$centre_age" >/dev/null
case_id="$(run "${F[@]}" --json case new "Installer test" | json '["id"]')"
run "${F[@]}" testimony add "$case_id" --witness W-001 --statement-file "$work_in/statement.txt" \
    --consent record,share-centre >/dev/null
run "${F[@]}" media import "$case_id" "$work_in/photo.jpg" --policy evidence >/dev/null
run "${F[@]}" export "$case_id" --to Centre --out "$work_in/stick/one.humdoc" >/dev/null
run "${C[@]}" verify "$work_in/stick/one.humdoc" >/dev/null
received="$(run "${C[@]}" --json receive "$work_in/stick/one.humdoc")"
hits="$(run "${C[@]}" --json search bridge)"
check="$(run "${C[@]}" --json check)"
python3 - "$received" "$hits" "$check" <<'EOF' || die "the centre did not get what the field sent"
import json, sys
received, hits, check = (json.loads(a) for a in sys.argv[1:])
(summary,) = received["bundles"]
assert summary["received"] and summary["testimonies"] == 1 and summary["media"] == 1, summary
assert [h["kind"] for h in hits["hits"]] == ["testimony"], hits
assert check["ok"] and check["attachments"] >= 1, check
EOF
say "round trip: exported, verified, received (1 testimony, 1 photo), found, centre check ok"

say "the window on Xvfb"
display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 2
# chroot and env exec the program: $! is its PID.
"${inside[@]}" DISPLAY="$display" QT_QPA_PLATFORM=xcb HUMDOC_VAULT="$work_in/field" "$program" \
    >"$results/gui.log" 2>&1 &
gui_pid=$!
DISPLAY="$display" timeout 90 xdotool search --sync --onlyvisible --name humdoc >/dev/null \
    || die "no humdoc window appeared within 90 s (see $results/gui.log)"
sleep 3
import -display "$display" -window root "$results/screenshot.png"
colours="$(convert "$results/screenshot.png" -format '%k' info:)"
[ "$colours" -ge 32 ] || die "the screenshot is blank ($colours colours)"
kill "$gui_pid" || die "the window had closed by itself (see $results/gui.log)"
wait "$gui_pid" 2>/dev/null || true
gui_pid=""

size="$(du -h "$deb" | cut -f1)"
say "passed: $mode root; build ${build_s} s; package $size; installed $installed; screenshot $colours colours ($results/screenshot.png)"
