#!/usr/bin/env python3
"""Writes THIRD-PARTY-NOTICES.txt: every crate the app ships (normal dependencies, on every
platform), its licence, and the licence texts found in the crate's own source, each text once.
Run after changing dependencies: python3 scripts/gen-notices.py (--check: only compare)"""
import hashlib
import json
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Without default features: the only one (`snapshot`) turns on test-only renderers, which
# cargo metadata would otherwise fold into the shipped graph.
meta = json.loads(subprocess.check_output(
    ["cargo", "metadata", "--format-version", "1", "--locked", "--no-default-features"], cwd=root))
pkgs = {p["id"]: p for p in meta["packages"]}
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
top = meta["resolve"]["root"]

# Follow only normal (shipped) dependency edges from the app; the workspace's own
# packages (the core and the window) are the app itself, not third parties.
ours = set(meta["workspace_members"])
seen, todo = set(), [top]
while todo:
    pid = todo.pop()
    for dep in nodes[pid]["deps"]:
        if any(k["kind"] is None for k in dep["dep_kinds"]) and dep["pkg"] not in seen:
            seen.add(dep["pkg"])
            todo.append(dep["pkg"])
seen -= ours

NAMES = ("license", "licence", "copying", "notice", "copyright")
texts = {}   # hash -> (text, [crate names])
rows = []
for pid in sorted(seen, key=lambda i: (pkgs[i]["name"], pkgs[i]["version"])):
    p = pkgs[pid]
    label = f'{p["name"]} {p["version"]}'
    rows.append(f'{label} — {p.get("license") or p.get("license_file") or "see its source"}')
    d = os.path.dirname(p["manifest_path"])
    for f in sorted(os.listdir(d)):
        path = os.path.join(d, f)
        if os.path.isfile(path) and f.lower().startswith(NAMES):
            with open(path, encoding="utf-8", errors="replace") as fh:
                text = fh.read().strip()
            h = hashlib.sha256(text.encode()).hexdigest()
            texts.setdefault(h, (text, []))[1].append(label)

out = [
    "Third-party notices for WPS PIN Helper",
    "",
    f"This app includes {len(rows)} open-source components:",
    "",
    *rows,
    "",
    "Licence texts, each followed by the components it comes from:",
]
for text, crates in sorted(texts.values(), key=lambda t: t[1][0]):
    out += ["", "=" * 78, "Used by: " + ", ".join(crates), "-" * 78, text]
# Fonts bundled in the app (assets/fonts), each with its licence beside it.
for lic in sorted(os.listdir(os.path.join(root, "assets", "fonts"))):
    if lic.endswith("-LICENSE.txt"):
        with open(os.path.join(root, "assets", "fonts", lic), encoding="utf-8") as fh:
            out += ["", "=" * 78, "Bundled font", "-" * 78, fh.read().strip()]
target = os.path.join(root, "THIRD-PARTY-NOTICES.txt")
content = "\n".join(out) + "\n"
if "--check" in sys.argv:
    with open(target, encoding="utf-8") as fh:
        if fh.read() != content:
            sys.exit("THIRD-PARTY-NOTICES.txt is out of date: run python3 scripts/gen-notices.py")
    print("THIRD-PARTY-NOTICES.txt is up to date", file=sys.stderr)
    sys.exit(0)
with open(target, "w", encoding="utf-8") as fh:
    fh.write(content)
print(f"{len(rows)} components, {len(texts)} distinct licence texts", file=sys.stderr)
