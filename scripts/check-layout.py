#!/usr/bin/env python3
"""Checks the shape of the code (CI runs it):
- no Rust source file is longer than 400 lines;
- no two modules import each other (a module is one .rs file; `mod x;` alone is not an
  import, but `use`, `pub use` and paths such as `x::f()` are; test modules are left out);
- the core package has no GUI crate (egui, eframe, winit) anywhere in its dependency tree;
- every dependency a package declares is used by its code.
Run: python3 scripts/check-layout.py"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_LINES = 400
PACKAGES = {  # crate name in code -> source folder
    "wps_pin_core": "crates/core/src",
    "wps_pin_window": "crates/window/src",
    "wps_pin_helper": "src",
}
problems = []


def rust_files(folder):
    for d, _, files in os.walk(os.path.join(ROOT, folder)):
        for f in files:
            if f.endswith(".rs"):
                yield os.path.join(d, f)


# 1. File length.
for folder in ["src", "crates", "tests"]:
    for path in rust_files(folder):
        with open(path, encoding="utf-8") as fh:
            n = sum(1 for _ in fh)
        if n > MAX_LINES:
            problems.append(f"{os.path.relpath(path, ROOT)}: {n} lines (at most {MAX_LINES})")


# 2. Modules that import each other.
def module_of(crate, src, path):
    rel = os.path.relpath(path, os.path.join(ROOT, src))[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return tuple([crate] + rel)


def strip_tests(text):
    # Drop `#[cfg(test)] mod tests { ... }` blocks and `#[cfg(test)] mod x;` lines.
    out, i = [], 0
    for m in re.finditer(r"#\[cfg\(test\)\]\s*mod\s+\w+\s*(;|\{)", text):
        if m.start() < i:
            continue
        out.append(text[i:m.start()])
        if m.group(1) == ";":
            i = m.end()
            continue
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        i = j
    out.append(text[i:])
    return "".join(out)


def strip_comments(text):
    text = re.sub(r"//[^\n]*", "", text)
    return re.sub(r'"(?:\\.|[^"\\])*"', '""', text)


modules = {}  # module path -> text
for crate, src in PACKAGES.items():
    for path in rust_files(src):
        if os.path.basename(path) == "tests.rs":
            continue
        with open(path, encoding="utf-8") as fh:
            modules[module_of(crate, src, path)] = strip_comments(strip_tests(fh.read()))

PATH = re.compile(r"\b((?:crate|super|self|wps_pin_\w+)(?:::\w+)+)")
USE_GROUP = re.compile(r"\buse\s+((?:crate|super|self|wps_pin_\w+)(?:::\w+)*)::\{([^;]*)\}\s*;")
edges = set()
for mod, text in modules.items():
    refs = []
    for m in USE_GROUP.finditer(text):
        for item in re.split(r"[,\s{}]+", m.group(2)):
            if item and item not in ("self", "*"):
                refs.append(m.group(1) + "::" + item)
            elif item == "self":
                refs.append(m.group(1))
    refs += [m.group(1) for m in PATH.finditer(text)]
    # Children named by plain paths (`child::f()`, `pub use child::X`).
    for child in [m for m in modules if m[:-1] == mod]:
        if re.search(r"(?<![:\w])" + child[-1] + r"::[\w{*]", text):
            edges.add((mod, child))
    for ref in refs:
        parts = ref.split("::")
        if parts[0] == "crate":
            base = [mod[0]]
        elif parts[0] == "self":
            base = list(mod)
        elif parts[0] == "super":
            base = list(mod)
            while parts and parts[0] == "super":
                base = base[:-1]
                parts = parts[1:]
            parts = ["super"] + parts
        else:
            base = [parts[0]]
        target = tuple(base)
        for p in parts[1:]:
            if target + (p,) in modules:
                target = target + (p,)
            else:
                break
        if target != mod and target in modules:
            edges.add((mod, target))

for a, b in sorted(edges):
    if a < b and (b, a) in edges:
        problems.append(f"{'::'.join(a)} and {'::'.join(b)} import each other")

# 3 and 4. Dependencies.
meta = json.loads(subprocess.check_output(
    ["cargo", "metadata", "--format-version", "1", "--locked"], cwd=ROOT))
pkgs = {p["id"]: p for p in meta["packages"]}
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
core = next(p for p in meta["packages"] if p["name"] == "wps-pin-core")
seen, todo = set(), [core["id"]]
while todo:  # normal, build and dev edges: the core's tests must not link a GUI either
    for dep in nodes[todo.pop()]["deps"]:
        if dep["pkg"] not in seen:
            seen.add(dep["pkg"])
            todo.append(dep["pkg"])
gui = sorted({pkgs[p]["name"] for p in seen} & {"egui", "eframe", "winit", "egui-winit", "egui_kittest"})
if gui:
    problems.append(f"wps-pin-core depends on GUI crates: {', '.join(gui)}")

for p in meta["packages"]:
    if p["id"] not in meta["workspace_members"]:
        continue
    pkg_dir = os.path.dirname(p["manifest_path"])
    code = {}
    for kind in (None, "dev", "build"):
        folders = {None: ["src"], "dev": ["tests", "benches", "examples", "src"], "build": []}[kind]
        text = ""
        for folder in folders:
            for path in rust_files(os.path.relpath(os.path.join(pkg_dir, folder), ROOT)):
                with open(path, encoding="utf-8") as fh:
                    text += fh.read()
        if kind == "build" and os.path.exists(os.path.join(pkg_dir, "build.rs")):
            with open(os.path.join(pkg_dir, "build.rs"), encoding="utf-8") as fh:
                text = fh.read()
        if kind == "dev" and p["name"] == "wps-pin-helper":
            # The app's tests share the core's helpers by path.
            for path in rust_files("crates/core/tests/core/support"):
                with open(path, encoding="utf-8") as fh:
                    text += fh.read()
        code[kind] = text
    for dep in p["dependencies"]:
        if dep.get("target") or dep["name"].startswith("wps-pin"):
            if dep["name"].startswith("wps-pin") and dep["name"].replace("-", "_") not in code[None]:
                problems.append(f"{p['name']}: dependency {dep['name']} is not used")
            continue
        ident = (dep.get("rename") or dep["name"]).replace("-", "_")
        if not re.search(r"\b" + ident + r"\b", code[dep["kind"]]):
            problems.append(f"{p['name']}: {dep['kind'] or 'normal'} dependency {dep['name']} is not used")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("layout: files within 400 lines, no modules importing each other, dependencies used, core free of GUI crates", file=sys.stderr)
