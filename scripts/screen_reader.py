#!/usr/bin/python3
"""Reads the app through AT-SPI, as Orca does (see screen-reader-check.sh, which sets up
the X display and the buses). For each Tab: the focused object's role, name and whether
it lies inside the window; and every announcement heard. At 250 % it also walks the PIN
steps and a guide by keyboard alone (Tab to Next, Return) and says whether each step's
text was on screen at some point. Exit 1 when a Tab left focus outside the window or on
nothing, or a step's text was never on screen."""
import json
import re
import os
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

BIN, RUN = sys.argv[1], sys.argv[2]
heard = []
# When the app last changed anything a reader sees (focus, bounds, text, names), to wait
# for a key's effect to settle instead of a fixed time.
changed = [0.0]


def on_event(event):
    changed[0] = time.time()
    text = event.any_data if isinstance(event.any_data, str) else ""
    if event.type.startswith("object:announcement") and text:
        heard.append(text)
    elif event.type.startswith("object:text-changed:insert") and text:
        # Live regions reach Orca as inserted text on an object with the "live" attribute.
        try:
            attrs = event.source.get_attributes() or {}
        except GLib.Error:
            attrs = {}
        if attrs.get("live") in ("polite", "assertive"):
            heard.append(text)


listener = Atspi.EventListener.new(on_event)
for kind in ("object:announcement", "object:text-changed", "object:state-changed",
             "object:bounds-changed", "object:property-change", "object:children-changed"):
    listener.register(kind)


def pump(seconds):
    end = time.time() + seconds
    ctx = GLib.MainContext.default()
    while time.time() < end:
        while ctx.pending():
            ctx.iteration(False)
        time.sleep(0.02)


def find_app(pid, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_process_id() == pid:
                return app
        pump(0.3)
    return None


def focused(node, depth=0):
    if node is None or depth > 60:
        return None
    try:
        if node.get_state_set().contains(Atspi.StateType.FOCUSED):
            return node
        for i in range(node.get_child_count()):
            hit = focused(node.get_child_at_index(i), depth + 1)
            if hit is not None:
                return hit
    except GLib.Error:
        return None
    return None


def extents(node):
    e = node.get_extents(Atspi.CoordType.SCREEN)
    return (e.x, e.y, e.x + e.width, e.y + e.height)


def expanded(node):
    """What a screen reader adds for a control that shows or hides something."""
    states = node.get_state_set()
    if not states.contains(Atspi.StateType.EXPANDABLE):
        return ""
    return " (expanded)" if states.contains(Atspi.StateType.EXPANDED) else " (collapsed)"


def in_order(node, out, depth=0):
    """Every object under `node` in reading order, with its role and name."""
    if node is None or depth > 60:
        return out
    try:
        out.append((node.get_role_name(), node.get_name() or "", node))
        for i in range(node.get_child_count()):
            in_order(node.get_child_at_index(i), out, depth + 1)
    except GLib.Error:
        pass
    return out


COUNTER = re.compile(r"Step (\d+) of (\d+)")


def step_shown(app):
    """The step shown (PIN steps and guides): its counter "Step k of n", and its text —
    the first object after the counter that is neither a control nor a heading."""
    nodes = in_order(app, [])
    for i, (_, name, _) in enumerate(nodes):
        m = COUNTER.fullmatch(name)
        if m is None:
            continue
        for role, text, node in nodes[i + 1:]:
            if text and not COUNTER.match(text) and role not in (
                    "push button", "radio button", "check box", "heading", "entry", "image"):
                return int(m.group(1)), int(m.group(2)), node
    return None


def named(node, prefix, depth=0):
    if node is None or depth > 60:
        return None
    try:
        if (node.get_name() or "").startswith(prefix):
            return node
        for i in range(node.get_child_count()):
            hit = named(node.get_child_at_index(i), prefix, depth + 1)
            if hit is not None:
                return hit
    except GLib.Error:
        return None
    return None


def inside(inner, outer):
    return (inner[0] >= outer[0] - 1 and inner[1] >= outer[1] - 1
            and inner[2] <= outer[2] + 1 and inner[3] <= outer[3] + 1)


def settle(quiet=0.12, longest=1.5):
    """Until the app has changed nothing for `quiet` seconds after changing something (a
    debug build on a busy machine takes a while to draw the frame that scrolls), or
    `longest` seconds when a key changed nothing."""
    start = time.time()
    while time.time() - start < longest:
        pump(0.05)
        last = changed[0]
        if last > start and time.time() - last >= quiet:
            return


def key(wid, name):
    subprocess.run(["xdotool", "key", "--window", wid, name], check=False)
    settle()


def session(scale):
    conf = tempfile.mkdtemp(dir=RUN)
    with open(os.path.join(conf, "settings.json"), "w") as fh:
        json.dump({"text_scale": scale, "language": "en-US"}, fh)
    env = dict(os.environ, WPS_PIN_HELPER_CONFIG_DIR=conf, LANG="en_US.UTF-8")
    proc = subprocess.Popen([BIN], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = []
    try:
        app = find_app(proc.pid)
        if app is None:
            print(f"{scale * 100:.0f} %: the app never appeared on the AT-SPI bus")
            return None
        # The window may be known before it is shown (a debug build opens slowly), and X
        # refuses to focus a window that is not viewable: wait until it is, and focused.
        wid = ""
        for _ in range(100):
            out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)],
                                 capture_output=True, text=True).stdout.split()
            if out:
                wid = out[-1]
                subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=False,
                               stderr=subprocess.DEVNULL)
                now = subprocess.run(["xdotool", "getwindowfocus"], stdout=subprocess.PIPE,
                                     text=True, stderr=subprocess.DEVNULL).stdout.strip()
                if now == wid:
                    break
            pump(0.2)
        pump(1.0)
        frame = app.get_child_at_index(0)
        print(f"\n== {scale * 100:.0f} % text; window named {frame.get_name()!r} ==")

        def walk(page, tabs):
            print(f"-- {page}")
            for n in range(tabs):
                heard.clear()
                key(wid, "Tab")
                node = focused(app)
                if node is None:
                    results.append(False)
                    print(f"  Tab {n + 1:2}: focus on nothing")
                    continue
                ok = inside(extents(node), extents(frame))
                results.append(ok)
                role = node.get_role_name()
                print(f"  Tab {n + 1:2}: {role:<12} {node.get_name() + expanded(node)!r:<48} "
                      f"{'on screen' if ok else 'OUTSIDE the window'}"
                      + (f"  heard: {heard}" if heard else ""))

        def tab_until(name):
            for _ in range(30):
                node = focused(app)
                if node is not None and node.get_name() == name:
                    return True
                key(wid, "Tab")
            print(f"  (could not reach {name!r})")
            return False

        def open_from_home(card):
            key(wid, "Escape")
            key(wid, "Escape")
            if tab_until(card):
                key(wid, "Return")
                return True
            return False

        def steps_by_keyboard(what):
            """Next after Next, by keyboard alone: was each step's text on screen? Counted
            into `texts` as (what, step, on screen)."""
            shown = {}
            total = None
            for _ in range(12):
                seen_now = step_shown(app)
                if seen_now is not None:
                    step, total, node = seen_now
                    ok = inside(extents(node), extents(frame))
                    shown[step] = shown.get(step, False) or ok
                if total is not None and len(shown) >= total:
                    break
                if not tab_until("Next"):
                    break
                key(wid, "Return")
                pump(0.4)
            for step in range(1, (total or 0) + 1):
                ok = shown.get(step, False)
                texts.append(ok)
                print(f"  {what}: step {step} of {total}: text "
                      f"{'on screen' if ok else 'NEVER on screen'}")

        walk("Home", 10)
        if open_from_home("Enter a PIN") and tab_until("My printer shows a PIN"):
            key(wid, "space")
            pump(0.4)
            node = focused(app)
            print(f"  chose the way; focus on {node.get_name() if node else None!r}")
            if scale >= 2.5:
                steps_by_keyboard("PIN steps")
            # To the step with the PIN field: arriving there puts the caret in it.
            field = "The PIN your printer shows (8 digits, sometimes 4)"
            def at_field():
                node = focused(app)
                return node is not None and node.get_name() == field

            for direction in ("Next", "Previous step"):
                for _ in range(8):
                    if at_field() or not tab_until(direction):
                        break
                    key(wid, "Return")
                    pump(0.4)
                if at_field():
                    break
            heard.clear()
            subprocess.run(["xdotool", "type", "--window", wid, "12345678"], check=False)
            pump(0.8)
            print(f"  typed a PIN with a wrong check digit; heard: {heard}")
            walk("Enter a PIN", 14)
        if scale >= 2.5 and open_from_home("Where is the PIN?") and tab_until("A touchscreen"):
            key(wid, "Return")
            pump(0.4)
            steps_by_keyboard("touchscreen guide")
        if open_from_home("It doesn't work"):
            walk("It doesn't work", 14)
        if open_from_home("Settings"):
            walk("Settings", 14)
            # The settings folder is shown only when asked for: open it by keyboard.
            if tab_until("Where the app keeps its files"):
                heard.clear()
                key(wid, "Return")
                pump(0.5)
                node = focused(app)
                shown = named(app, "Settings are stored in this folder")
                place = ("on screen" if shown is not None and inside(extents(shown), extents(frame))
                         else "not shown")
                print(f"  Return on {node.get_name() + expanded(node)!r}: the folder is {place};"
                      f" heard: {heard}")
        return results
    finally:
        proc.terminate()
        proc.wait(timeout=10)


Atspi.init()
everything = []
texts = []
for scale in (1.0, 2.5):
    r = session(scale)
    if r is None:
        sys.exit(1)
    everything += r
on = sum(everything)
print(f"\nfocus on screen for {on} of {len(everything)} Tabs")
read = sum(texts)
print(f"at 250 %, step texts on screen by keyboard alone: {read} of {len(texts)}")
sys.exit(0 if on == len(everything) and read == len(texts) else 1)
