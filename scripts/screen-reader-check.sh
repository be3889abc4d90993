#!/usr/bin/env bash
# What a screen reader is told: runs the app in a real X window (Xvfb) with a private
# D-Bus session and AT-SPI bus (AccessKit's Linux adapter wakes when accessibility is
# on), tabs through Home, "Enter a PIN", "It doesn't work" and Settings at 100 % and
# 250 % text, and prints for each Tab the focused control's role, name and whether it
# lies inside the window, plus what was announced. Exit 1 when focus left the window or
# fell to nothing.
#
#   scripts/screen-reader-check.sh [BINARY]     (default: target/release, else target/debug)
#
# Needs Debian's xvfb, xdotool, dbus, at-spi2-core, python3-gi and gir1.2-atspi-2.0
# (scripts/install-system-deps.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  if [ -x target/release/wps-pin-helper ]; then bin=target/release/wps-pin-helper; else bin=target/debug/wps-pin-helper; fi
fi
[ -x "$bin" ] || { echo "no binary at $bin: build it first" >&2; exit 2; }

run=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$run"; }
trap cleanup EXIT

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >"$run/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=$display XDG_RUNTIME_DIR=$run GSETTINGS_BACKEND=memory NO_AT_BRIDGE=0
dbus-daemon --session --address="unix:path=$run/bus" --nofork >"$run/dbus.log" 2>&1 &
pids+=($!)
sleep 0.5
export DBUS_SESSION_BUS_ADDRESS="unix:path=$run/bus"
/usr/libexec/at-spi-bus-launcher --launch-immediately --a11y=1 --screen-reader=1 >"$run/atspi.log" 2>&1 &
pids+=($!)
sleep 1
/usr/bin/python3 scripts/screen_reader.py "$bin" "$run"
