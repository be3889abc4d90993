#!/usr/bin/env bash
# Measures the open window at rest: CPU used over a quiet interval (it should not redraw
# when nothing changes) and resident memory, under Xvfb with software OpenGL.
# Usage: scripts/measure-idle.sh [BINARY] [SECONDS]
# Needs: xvfb xauth xdotool (Debian: apt-get install xvfb xauth xdotool).
set -euo pipefail
bin=${1:-target/release/wps-pin-helper}
secs=${2:-10}
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x900x24 -nolisten tcp" "$0" "$bin" "$secs"
fi
conf=$(mktemp -d)
export WPS_PIN_HELPER_CONFIG_DIR=$conf XDG_RUNTIME_DIR=$conf
"$bin" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$conf"' EXIT
for _ in $(seq 100); do
  xdotool search --name '^WPS PIN Helper$' >/dev/null 2>&1 && break
  sleep 0.1
done
sleep 3 # let start-up work finish
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
t0=$(ticks)
sleep "$secs"
t1=$(ticks)
rss_kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
awk -v d=$((t1 - t0)) -v hz="$hz" -v s="$secs" -v rss="$rss_kb" 'BEGIN {
  printf "idle CPU: %.2f %% of one core over %d s (%d ticks)\n", 100 * d / hz / s, s, d
  printf "idle RSS: %.1f MiB\n", rss / 1024
}'
