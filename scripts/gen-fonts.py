#!/usr/bin/env python3
"""Writes assets/fonts/NotoSansSC-subset.otf: the Simplified Chinese glyphs the app needs.

egui's own fonts cover Latin, Greek and Cyrillic only. The full Noto Sans CJK face is 19 MB, so
the app ships a subset: the 3,755 common characters of GB 2312 level 1 (what people are likely
to type, say, in the model search), CJK punctuation and full-width forms, and every other
character any locale file uses. Run after changing locales/ when the glyph test asks for it:

    python3 scripts/gen-fonts.py

Needs Debian's fonts-noto-cjk (installed if missing) and fontTools (pip install fonttools)."""
import os
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
source = pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
out = root / "assets/fonts/NotoSansSC-subset.otf"

if not source.exists():
    subprocess.check_call(["apt-get", "install", "-y", "-q", "fonts-noto-cjk"],
                          env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
try:
    from fontTools import subset
    from fontTools.ttLib import TTCollection
except ImportError:
    sys.exit("fontTools is missing: pip install fonttools")

# GB 2312 level 1: rows 0xB0..0xD7, 94 cells each, the last row ending at 0xF9.
common = "".join(bytes([hi, lo]).decode("gb2312")
                 for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF)
                 if not (hi == 0xD7 and lo > 0xF9))
used = "".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("locales/*/*.ftl")))
# Only what egui's fonts lack: CJK ideographs and CJK/full-width punctuation.
def cjk(c):
    o = ord(c)
    return 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFE30 <= o <= 0xFE4F or 0xFF00 <= o <= 0xFFEF
text = sorted(set(common) | {c for c in used if cjk(c)}
              | {chr(o) for o in range(0x3000, 0x3040)} | {chr(o) for o in range(0xFF01, 0xFF5F)})

# The collection's third face is Simplified Chinese.
face = TTCollection(str(source)).fonts[2]
assert "SC" in face["name"].getDebugName(4), "unexpected face order in the collection"
options = subset.Options()
options.layout_features = []    # egui does no shaping; plain cmap lookups only
options.hinting = False          # egui rasterises unhinted
options.name_IDs = ["*"]         # keep the copyright and licence records
options.notdef_outline = True
subsetter = subset.Subsetter(options)
subsetter.populate(text="".join(text))
subsetter.subset(face)
out.parent.mkdir(parents=True, exist_ok=True)
face.save(str(out))
print(f"{out.relative_to(root)}: {len(text)} characters, {out.stat().st_size // 1024} KiB")
