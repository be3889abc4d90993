#!/usr/bin/env bash
# Renders the app icon's SVG source to the PNG sizes the desktops want (hicolor theme,
# window icon) and to the Windows .ico. Run after changing assets/icon/wps-pin-helper.svg.
# Needs: rsvg-convert (Debian: librsvg2-bin) and ImageMagick's convert for the .ico.
set -euo pipefail
cd "$(dirname "$0")/.."
src=assets/icon/wps-pin-helper.svg
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$src" -o "assets/icon/wps-pin-helper-$size.png"
done
if command -v /usr/bin/convert >/dev/null; then
  /usr/bin/convert assets/icon/wps-pin-helper-{16,24,32,48,64,128,256}.png assets/icon/wps-pin-helper.ico
fi
ls -l assets/icon
