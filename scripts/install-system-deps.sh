#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the app and its tests need on a fresh machine.
# The window loads X11 or Wayland and OpenGL at run time; building needs only a C compiler.
# Tests run headless; the D-Bus test starts its own private bus with dbus-daemon.
set -euo pipefail
packages=(
  build-essential pkg-config
  libx11-6 libxcursor1 libxi6 libxrandr2 libxkbcommon-x11-0 libwayland-client0 libwayland-egl1
  libgl1 libegl1
  # Screenshot tests render in software: Mesa's llvmpipe through EGL.
  libegl-mesa0 libgl1-mesa-dri
  # What a screen reader is told (scripts/screen-reader-check.sh): a real X window, a
  # private D-Bus session and AT-SPI bus, read with python3-gi.
  xvfb xauth xdotool dbus at-spi2-core python3-gi gir1.2-atspi-2.0
  # The D-Bus test runs a private message bus (a stand-in NetworkManager on it).
  dbus-daemon
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
