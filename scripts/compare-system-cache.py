#!/usr/bin/env python3
"""Side by side on the test bed (../shared/testbed, real avahi-daemon advertising fake HP
printers in network namespaces): how soon `wps-pin-helper scan --json` has every printer,
against avahi-browse, the system's own tool (issue 28).

Warm: the client's avahi-daemon has heard the printers (`avahi-browse -rt` once); then
avahi-browse and the scan alternate ROUNDS times each. Cold: the client's daemon is
stopped for the scan (only the app's own mdns-sd search is left) and freshly started, with
an empty cache, for each avahi-browse. At each N it prints the medians of "last printer
found" — the scan's largest `first_seen_ms` against the time of avahi-browse's last
resolved `=` line from its start — their ratio, how many of the N printers each found,
and the scan's CPU time and peak RSS; and, timed exactly as avahi-browse is (from the
process's start), when the scan in text mode printed the last printer.

Run as root (namespaces); the test bed installs what it needs with apt-get. Build first:
`cargo build --release`. Everything it starts it stops (stop-fake-printers.sh).

Usage: scripts/compare-system-cache.py [--bin PATH] [--sizes 1,10,50] [--rounds 3]
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STATE = "/tmp/wps-testbed-compare"
PREFIX = "wpscmp"


def testbed_dir():
    for d in (os.path.join(ROOT, "..", "shared", "testbed"), os.path.join(ROOT, "..", "..", "shared", "testbed")):
        if os.path.isfile(os.path.join(d, "start-fake-printers.sh")):
            return os.path.abspath(d)
    sys.exit("compare-system-cache: no ../shared/testbed beside this checkout")


TB = testbed_dir()


def in_client(*cmd):
    return [os.path.join(TB, "in-testbed.sh"), "--state", STATE, "client", "--", *cmd]


def unescape(s):
    """avahi-browse -p writes special characters as \\DDD (decimal) or \\c."""
    return re.sub(r"\\(\d{3}|.)", lambda m: chr(int(m.group(1))) if len(m.group(1)) == 3 else m.group(1), s)


def browse(expected):
    """avahi-browse -rpt _ipp._tcp: ms from its start to its last `=` line, printers found."""
    t0 = time.monotonic()
    p = subprocess.Popen(in_client("timeout", "30", "avahi-browse", "-rpt", "_ipp._tcp"),
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    last, found = None, set()
    for line in p.stdout:
        if line.startswith("="):
            last = (time.monotonic() - t0) * 1000
            found.add(unescape(line.split(";")[3]))
    p.wait()
    return {"last_ms": last, "found": len(found & expected)}


def scan(binary, timeout, uuids, conf):
    """scan --json: the largest first_seen_ms among the test bed's printers, how many were
    found and by which source, the process's CPU seconds and peak RSS (MiB)."""
    env = dict(os.environ, WPS_PIN_HELPER_CONFIG_DIR=conf, RUST_LOG="off")
    p = subprocess.Popen(in_client(binary, "scan", "--json", "--timeout", str(timeout)),
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = status
    ours = [q for q in json.loads(out or b'{"printers":[]}')["printers"] if q.get("uuid") in uuids]
    return {
        "last_ms": max((q["first_seen_ms"] for q in ours), default=None),
        "found": len(ours),
        "system": sum("system" in q.get("source", []) for q in ours),
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "rss_mib": usage.ru_maxrss / 1024,
    }


def scan_text(binary, timeout, names, conf):
    """scan in text mode, which prints each printer as it is found: ms from the process's
    start to the last of the test bed's printers printed (as avahi-browse is timed)."""
    env = dict(os.environ, WPS_PIN_HELPER_CONFIG_DIR=conf, RUST_LOG="off", LANG="en_US.UTF-8")
    t0 = time.monotonic()
    p = subprocess.Popen(in_client(binary, "scan", "--timeout", str(timeout)), stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=env, text=True)
    last, found = None, set()
    for line in p.stdout:
        hit = [n for n in names if n in line]
        if hit:
            found.update(hit)
            last = (time.monotonic() - t0) * 1000
    p.wait()
    return {"last_ms": last, "found": len(found)}


def client_daemon_pid():
    ns = f"{PREFIX}-client"
    pid = None
    with open(os.path.join(STATE, "pids")) as fh:
        for line in fh:
            parts = line.split(maxsplit=2)
            if len(parts) == 3 and parts[2].strip() == f"avahi-daemon {ns}":
                pid = int(parts[0])
    return pid


def stop_client_daemon():
    pid = client_daemon_pid()
    if pid is None or not os.path.exists(f"/proc/{pid}"):
        return
    os.kill(pid, 15)
    for _ in range(100):
        if not os.path.exists(f"/proc/{pid}") or open(f"/proc/{pid}/stat").read().split(") ")[1][0] == "Z":
            return
        time.sleep(0.05)
    sys.exit(f"compare-system-cache: avahi-daemon {pid} did not stop")


def start_client_daemon():
    """A fresh avahi-daemon in the client namespace (empty cache), with the test bed's own
    functions, recorded so that stop-fake-printers.sh ends it."""
    ns = f"{PREFIX}-client"
    script = f'die() {{ echo "$*" >&2; exit 1; }}; STATE={STATE}; . {TB}/lib.sh; start_avahi {ns}; wait_avahi {ns}'
    subprocess.run(["bash", "-c", script], check=True)


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def testbed(*args):
    subprocess.run([os.path.join(TB, *args[:1]), *args[1:]], check=True, stdout=subprocess.DEVNULL)


def measure(n, binary, rounds):
    testbed("start-fake-printers.sh", "-n", str(n), "-i", "0", "--no-http", "--state", STATE, "--prefix", PREFIX)
    try:
        names, uuids = set(), set()
        with open(os.path.join(STATE, "printers.tsv")) as fh:
            for line in fh:
                if not line.startswith("#"):
                    f = line.rstrip("\n").split("\t")
                    names.add(f[1])
                    uuids.add(f[8])
        conf = tempfile.mkdtemp()
        subprocess.run(in_client("avahi-browse", "-rt", "_ipp._tcp"), stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=60)
        warm_b, warm_s, cold_b, cold_s = [], [], [], []
        warm_t, cold_t = [], []
        for _ in range(rounds):
            warm_b.append(browse(names))
            warm_s.append(scan(binary, 2, uuids, conf))
            warm_t.append(scan_text(binary, 2, names, conf))
        for _ in range(rounds):
            stop_client_daemon()
            cold_s.append(scan(binary, 4, uuids, conf))
            cold_t.append(scan_text(binary, 4, names, conf))
            start_client_daemon()
            cold_b.append(browse(names))
        return {"warm_browse": warm_b, "warm_scan": warm_s, "warm_text": warm_t,
                "cold_browse": cold_b, "cold_scan": cold_s, "cold_text": cold_t}
    finally:
        testbed("stop-fake-printers.sh", "--state", STATE)


def fmt(x, unit="ms"):
    return "   –   " if x is None else f"{x:6.0f} {unit}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "wps-pin-helper"))
    ap.add_argument("--sizes", default="1,10,50")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", help="also write every run to this file")
    a = ap.parse_args()
    if os.geteuid() != 0:
        sys.exit("compare-system-cache: run as root (the test bed makes network namespaces)")
    if not os.access(a.bin, os.X_OK):
        sys.exit(f"compare-system-cache: no binary at {a.bin} (cargo build --release)")
    binary = os.path.abspath(a.bin)
    results = {}
    print(f"{'N':>3} | {'warm: scan':>10} {'avahi-browse':>12} {'ratio':>6} | {'cold: scan':>10} "
          f"{'avahi-browse':>12} {'ratio':>6} | found scan warm/cold, browse warm/cold | from the cache")
    for n in [int(x) for x in a.sizes.split(",")]:
        r = measure(n, binary, a.rounds)
        results[n] = r
        ws, wb = median(x["last_ms"] for x in r["warm_scan"]), median(x["last_ms"] for x in r["warm_browse"])
        cs, cb = median(x["last_ms"] for x in r["cold_scan"]), median(x["last_ms"] for x in r["cold_browse"])
        ratio = lambda s, b: f"{s / b:5.2f}x" if s is not None and b else "   –  "
        found = lambda runs: min(x["found"] for x in runs)
        print(f"{n:>3} | {fmt(ws):>10} {fmt(wb):>12} {ratio(ws, wb):>6} | {fmt(cs):>10} {fmt(cb):>12} "
              f"{ratio(cs, cb):>6} | {found(r['warm_scan'])}/{found(r['cold_scan'])} of {n}, "
              f"{found(r['warm_browse'])}/{found(r['cold_browse'])} of {n} | "
              f"{min(x['system'] for x in r['warm_scan'])} of {n}")
        sys.stdout.flush()
    print("\nFrom process start, as avahi-browse is timed (scan in text mode, last printer printed):")
    for n, r in results.items():
        wt, ct = median(x["last_ms"] for x in r["warm_text"]), median(x["last_ms"] for x in r["cold_text"])
        wb, cb = median(x["last_ms"] for x in r["warm_browse"]), median(x["last_ms"] for x in r["cold_browse"])
        print(f"N = {n}: warm {fmt(wt)} ({wt / wb if wt and wb else 0:.2f}x avahi-browse), "
              f"cold {fmt(ct)} ({ct / cb if ct and cb else 0:.2f}x), found "
              f"{min(x['found'] for x in r['warm_text'])}/{min(x['found'] for x in r['cold_text'])} of {n}")
    print()
    for n, r in results.items():
        for kind in ("warm_scan", "cold_scan"):
            cpu = median(x["cpu_s"] for x in r[kind]) * 1000
            rss = median(x["rss_mib"] for x in r[kind])
            timeout = 2 if kind == "warm_scan" else 4
            print(f"N = {n}, {kind.replace('_', ' ')} (--timeout {timeout}): CPU {cpu:.0f} ms, peak RSS {rss:.1f} MiB")
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(results, fh, indent=1)


if __name__ == "__main__":
    main()
