#!/bin/sh
# Debian packages Qt needs on a bare machine (and python3-venv for the virtualenv).
# As root with apt-get, missing ones are installed; otherwise the command to run is printed.
PKGS="python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 libpulse0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0"
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# python3-venv is only needed when the interpreter cannot make a venv by itself (pyenv, a venv-capable build).
case "$missing" in *python3-venv*)
  python3 -c "import ensurepip" >/dev/null 2>&1 && missing=$(echo "$missing" | sed 's/ python3-venv//') ;;
esac
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing) >/dev/null 2>&1 \
    || echo "Warning: could not install$missing; Qt may fail to start."
else
  echo "Missing system packages:$missing"
  echo "Install them with: sudo apt-get install$missing"
fi
exit 0
