#!/bin/sh
# Adds lagaffektiv to the desktop's application menu for the current user only (no admin rights):
# the .desktop file goes to ~/.local/share/applications, the icons to ~/.local/share/icons/hicolor.
# Run it from the unpacked bundle or the checkout:  sh packaging/linux/install-desktop-entry.sh [PROGRAM]
# PROGRAM is the lagaffektiv executable to start (default: dist/lagaffektiv/lagaffektiv next to this script's
# checkout, or the lagaffektiv found on PATH). Remove with --uninstall.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/lagaffektiv.desktop"
  for s in 16 32 48 64 128 256; do rm -f "$data/icons/hicolor/${s}x${s}/apps/lagaffektiv.png"; done
  rm -f "$data/icons/hicolor/scalable/apps/lagaffektiv.svg"
  echo "Removed lagaffektiv from the application menu."
  exit 0
fi
# The icons: in a checkout under assets/icons, in a bundle under _internal/assets/icons.
for icons in "$here/../../assets/icons" "$here/_internal/assets/icons" "$here/../_internal/assets/icons"; do
  [ -f "$icons/lagaffektiv.svg" ] && break
done
program=${1:-}
if [ -z "$program" ]; then
  for p in "$here/../../dist/lagaffektiv/lagaffektiv" "$here/lagaffektiv" "$here/../lagaffektiv"; do
    [ -x "$p" ] && program=$p && break
  done
fi
[ -z "$program" ] && program=$(command -v lagaffektiv || true)
if [ -z "$program" ] || [ ! -x "$program" ]; then
  echo "The lagaffektiv program was not found; give its path: sh $0 /path/to/lagaffektiv" >&2
  exit 1
fi
program=$(cd "$(dirname "$program")" && pwd)/$(basename "$program")
mkdir -p "$data/applications"
for s in 16 32 48 64 128 256; do
  mkdir -p "$data/icons/hicolor/${s}x${s}/apps"
  cp "$icons/lagaffektiv-$s.png" "$data/icons/hicolor/${s}x${s}/apps/lagaffektiv.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$icons/lagaffektiv.svg" "$data/icons/hicolor/scalable/apps/lagaffektiv.svg"
# Exec with the full path, quoted for the desktop entry spec (spaces in a USB stick's name).
sed "s|^Exec=.*|Exec=\"$program\"|" "$here/lagaffektiv.desktop" > "$data/applications/lagaffektiv.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Added lagaffektiv to the application menu: $data/applications/lagaffektiv.desktop -> $program"
