#!/usr/bin/env bash
# Release figures: binary size, time from start to first frame (median of 5 under Xvfb),
# and idle CPU/RSS of the open window (scripts/measure-idle.sh).
# Needs: xvfb xauth xdotool (Debian packages). Usage: scripts/measure-release.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  cargo build --release --quiet
  bin=target/release/wps-pin-helper
fi
size=$(stat -c %s "$bin")
awk -v s="$size" 'BEGIN { printf "binary: %.1f MB (%d bytes)\n", s / 1e6, s }'
conf=$(mktemp -d)
times=()
for _ in 1 2 3 4 5; do
  out=$(WPS_PIN_HELPER_CONFIG_DIR=$conf XDG_RUNTIME_DIR=$conf timeout 60 \
        xvfb-run -a -s "-screen 0 1280x900x24 -nolisten tcp" "$bin" --exit-after-first-frame 2>/dev/null)
  times+=("$(echo "$out" | awk '/first frame after/ { print $4 }')")
done
rm -rf "$conf"
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "first frame: median %d ms of 5 runs (%s)\n", a[3], a[1] "…" a[NR] }'
scripts/measure-idle.sh "$bin" 10
