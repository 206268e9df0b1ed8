"""Time from launching the frozen app to its first painted window, median of N runs, under Xvfb.

"Painted" is read from Qt itself: with the `qt.widgets.painting` log category on, Qt reports when it starts
painting the top-level window ("Painting and flushing dirty top level") and each widget it draws; the
first pass ends at the last of those lines. The wall clock runs from exec to the start of that pass, and
Qt's own timestamps add the length of the pass. Each run gets a fresh config dir (a first start, which opens
the bundled sample articles); with --cold the page cache is dropped first (needs root).

Usage: python packaging/measure_startup.py [--runs 5] [--cold] [-- COMMAND...]   (default dist/carrousel/carrousel)
"""
from __future__ import annotations

import argparse
import os
import re
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAINT_START = "Painting and flushing dirty top level"
PAINT_PASS = re.compile(r"qt\.widgets\.painting: (Drawing|Marking .* as needing flush)")
QT_TIME = re.compile(r"^\s*(\d+\.\d+) ")
TIMEOUT_S = 30.0


def drop_page_cache() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def first_paint(command: list[str], display: str) -> float:
    """Seconds from exec to the end of the first paint pass of the first top-level window."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, DISPLAY=display, HOME=home, XDG_CONFIG_HOME=f"{home}/config",
                   QT_LOGGING_RULES="qt.widgets.painting=true",
                   QT_MESSAGE_PATTERN="%{time process} %{category}: %{message}")
        env.pop("QT_QPA_PLATFORM", None)
        start = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            return _read_paint(proc, start)
        finally:
            proc.kill()
            proc.wait()


def _read_paint(proc: subprocess.Popen[str], start: float) -> float:
    assert proc.stderr is not None
    sel = selectors.DefaultSelector()
    sel.register(proc.stderr, selectors.EVENT_READ)
    painting_since: tuple[float, float] | None = None  # (wall clock, Qt clock) at the start of the pass
    last_qt = 0.0
    while time.perf_counter() - start < TIMEOUT_S:
        if not sel.select(timeout=1.0):
            if painting_since:  # the pass is over and nothing else happens
                break
            continue
        line = proc.stderr.readline()
        if not line:
            break
        stamp = QT_TIME.match(line)
        if painting_since is None and PAINT_START in line and stamp:
            painting_since = (time.perf_counter() - start, float(stamp[1]))
            last_qt = float(stamp[1])
        elif painting_since is not None:
            if not (PAINT_PASS.search(line) and stamp):
                break
            last_qt = float(stamp[1])
    if painting_since is None:
        raise RuntimeError(f"no window was painted within {TIMEOUT_S:.0f} s")
    return painting_since[0] + (last_qt - painting_since[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run (root)")
    parser.add_argument("command", nargs="*", default=["dist/carrousel/carrousel"])
    args = parser.parse_args()
    if not shutil.which("Xvfb"):
        print("measure_startup: Xvfb is needed", file=sys.stderr)
        return 1
    display = ":93"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        times = []
        for run in range(args.runs):
            if args.cold:
                drop_page_cache()
            times.append(first_paint(args.command, display))
            print(f"measure_startup: run {run + 1}: {times[-1]:.3f} s")
    finally:
        xvfb.kill()
        xvfb.wait()
    kind = "cold (page cache dropped)" if args.cold else "warm"
    print(f"measure_startup: {kind} start to first painted window, median of {args.runs}: "
          f"{statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
