#!/usr/bin/env python3
"""Checks the shape of the code (CI runs it):
- no Rust source file is longer than 400 lines;
- no cycle of modules, of any length (a module is one .rs file; `mod x;` alone is not an
  import, but `use`, `pub use` and paths such as `x::f()` are; a name used through a
  `pub use` depends on the module it comes from; an `impl` of a type in another file makes
  the type's module depend on that file; test modules are left out);
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
    "wps_pin_flow": "crates/flow/src",
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


# Strings, raw strings, characters and comments, in one pass (a URL in a string is not a
# comment, and a quote in a comment is not a string).
LEXEMES = re.compile(r'r(#*)"[\s\S]*?"\1|"(?:\\.|[^"\\])*"|//[^\n]*|/\*[\s\S]*?\*/|\'(?:\\.|[^\'\\])\'')


def strip_comments(text):
    return LEXEMES.sub(lambda m: '""' if m.group(0)[0] in "r\"" else " ", text)


modules = {}  # module path -> text
for crate, src in PACKAGES.items():
    for path in rust_files(src):
        if os.path.basename(path) == "tests.rs":
            continue
        with open(path, encoding="utf-8") as fh:
            modules[module_of(crate, src, path)] = strip_comments(strip_tests(fh.read()))

PATH = re.compile(r"\b((?:crate|super|self|wps_pin_\w+)(?:::\w+)+)")
USE_GROUP = re.compile(r"\buse\s+((?:crate|super|self|wps_pin_\w+)(?:::\w+)*)::\{([^;]*)\}\s*;")
PUB_USE = re.compile(r"\bpub(?:\([^)]*\))?\s+use\s+([\w:]+)::(?:\{([^;]*)\}|(\w+))\s*;")
TYPE_DEF = re.compile(r"\b(?:struct|enum|trait|type|union)\s+([A-Z]\w*)")
IMPL = re.compile(r"\bimpl(?:<[^{]*?>)?\s+(?:[\w:]+(?:<[^{]*?>)?\s+for\s+)?([\w:]+?)(?:<[^{]*?>)?\s*\{")


def resolve(mod, ref):
    """The module a path names (the longest prefix that is a module), else None."""
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
    elif parts[0] in PACKAGES:
        base = [parts[0]]
    else:  # a child named by a plain path
        base = list(mod) + [parts[0]]
        if tuple(base) not in modules:
            return None, []
    target = tuple(base)
    rest = parts[1:]
    while rest and target + (rest[0],) in modules:
        target = target + (rest[0],)
        rest = rest[1:]
    return (target if target in modules else None), rest


def refs_of(text):
    refs = []
    for m in USE_GROUP.finditer(text):
        for item in re.split(r"[,\s{}]+", m.group(2)):
            if item and item not in ("self", "*"):
                refs.append(m.group(1) + "::" + item)
            elif item == "self":
                refs.append(m.group(1))
    refs += [m.group(1) for m in PATH.finditer(text)]
    return refs


# Names each module re-exports (`pub use x::Name`), and where they come from.
reexports = {}
for mod, text in modules.items():
    for m in PUB_USE.finditer(text):
        names = [n for n in re.split(r"[,\s{}]+", m.group(2) or m.group(3)) if n and n not in ("self", "*")]
        for name in names:
            name = name.split(" as ")[-1]
            target, _ = resolve(mod, m.group(1))
            if target and target != mod:
                reexports[(mod, name)] = target

# Where each type is defined (a name defined in two modules is left out: ambiguous).
defined = {}
for mod, text in modules.items():
    for name in TYPE_DEF.findall(text):
        defined.setdefault((mod[0], name), set()).add(mod)

edges = set()
for mod, text in modules.items():
    # Children named by plain paths (`child::f()`, `pub use child::X`).
    for child in [m for m in modules if m[:-1] == mod]:
        if re.search(r"(?<![:\w])" + child[-1] + r"::[\w{*]", text):
            edges.add((mod, child))
    for ref in refs_of(text):
        target, rest = resolve(mod, ref)
        if target is None:
            continue
        # Through a re-export, the name's own module is what is depended on (not the
        # module that passes it on).
        seen = set()
        while rest and (target, rest[0]) in reexports and (target, rest[0]) not in seen:
            seen.add((target, rest[0]))
            target = reexports[(target, rest[0])]
        if target != mod:
            edges.add((mod, target))
    # An `impl` of a type defined elsewhere in the crate: that type's module calls into
    # this one (its methods live here).
    for name in IMPL.findall(text):
        name = name.split("::")[-1]
        owners = defined.get((mod[0], name), set())
        if len(owners) == 1:
            owner = next(iter(owners))
            if owner != mod:
                edges.add((owner, mod))

def cycles(edges):
    """Strongly connected components of more than one node (Tarjan, iteratively)."""
    graph, nodes = {}, set()
    for a, b in edges:
        graph.setdefault(a, set()).add(b)
        nodes.update((a, b))
    index, low, on_stack, stack, found, counter = {}, {}, set(), [], [], [0]
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def report_cycles(edges, what):
    for component in cycles(edges):
        names = ", ".join("::".join(m) for m in component)
        inner = sorted((a, b) for a, b in edges if a in component and b in component)
        how = "; ".join(f"{'::'.join(a)} -> {'::'.join(b)}" for a, b in inner)
        problems.append(f"{what} in a cycle: {names} ({how})")


report_cycles(edges, "modules")
# The same at the level of folders: a module with everything under it is one unit, so
# two folders that reach into each other (net::http and net::ews) are caught too. An
# edge between a folder and what lies inside it is the folder's own business.
depth_max = max(len(m) for m in modules)
for depth in range(2, depth_max):
    folded = set()
    for a, b in edges:
        fa, fb = a[:depth], b[:depth]
        if fa != fb and fa != b[: len(fa)] and fb != a[: len(fb)]:
            folded.add((fa, fb))
    seen_before = {tuple(c) for c in cycles(edges)}
    for component in cycles(folded):
        if tuple(component) not in seen_before:
            report_cycles({(a, b) for a, b in folded if a in component and b in component}, "folders")

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
print("layout: files within 400 lines, no cycle of modules, dependencies used, core free of GUI crates", file=sys.stderr)
