#!/usr/bin/env bash
# Build dist/humdoc.app with PyInstaller and wrap it in dist/humdoc-<version>.dmg.
#
#     installer/macos/build-app.sh            (on macOS 11 or newer, from any directory)
#
# Needs: python3 (3.11+), hdiutil (part of macOS). Signing and notarisation are placeholders
# marked SIGNER below: the person who holds the Developer ID certificate fills them in on their
# own machine; nothing secret belongs in this repository.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-python3}"
cd "$root"

[ "$(uname -s)" = "Darwin" ] || { echo "build-app.sh: run this on macOS" >&2; exit 1; }

version="$(sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n 1)"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"
export PYTHONHASHSEED=0

# 1. A clean build environment from the lock file.
venv="build/venv-release"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet -r installer/requirements-lock.txt
"$venv/bin/python" -m pip install --quiet --no-deps .

# 2. The icon, then the .app (installer/humdoc.spec makes a BUNDLE on macOS).
"$venv/bin/python" installer/render_icons.py build/icons >/dev/null
export HUMDOC_ICON="$root/build/icons/humdoc.icns"
"$venv/bin/pyinstaller" --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/humdoc.spec
app="dist/humdoc.app"
"$app/Contents/MacOS/humdoc" --version

# 3. SIGNER: sign the .app with a Developer ID Application certificate and the hardened runtime.
#    Fill in the identity; keep the certificate on the signer's machine (or a hardware token).
#    PySide6 needs no extra entitlements unless a check below fails; add an entitlements file then.
SIGN_IDENTITY="${SIGN_IDENTITY:-}"   # SIGNER: "Developer ID Application: <NAME> (<TEAMID>)"
if [ -n "$SIGN_IDENTITY" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$SIGN_IDENTITY" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
else
    echo "build-app.sh: SIGN_IDENTITY not set: the .app is NOT signed (Gatekeeper will refuse it)" >&2
fi

# 4. The disk image: the .app and a link to /Applications.
dmg="dist/humdoc-$version.dmg"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "humdoc $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

# 5. SIGNER: sign and notarise the disk image, then staple the ticket so it verifies offline.
#    Store the App Store Connect credentials once with
#    `xcrun notarytool store-credentials <PROFILE>` and name the profile here.
NOTARY_PROFILE="${NOTARY_PROFILE:-}"   # SIGNER: the keychain profile name
if [ -n "$SIGN_IDENTITY" ] && [ -n "$NOTARY_PROFILE" ]; then
    codesign --force --timestamp --sign "$SIGN_IDENTITY" "$dmg"
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
else
    echo "build-app.sh: NOTARY_PROFILE not set: the .dmg is NOT notarised" >&2
fi

shasum -a 256 "$dmg" | tee "$dmg.sha256"
