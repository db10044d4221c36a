#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Review step's grid as a screen reader meets it, through AT-SPI.

Opens a twelve-person review in the real program, moves to the Review
step, and checks that the grid is a table of named cells (who, their level,
the question and the rating), that it is one Tab stop, and that real arrow,
End and Home key presses move from cell to cell. Prints TAP.

Needs Debian's /usr/bin/python3 with python3-pyatspi, xdotool (the keys
are typed through the XTEST extension, which AT-SPI's own key synthesis
does not reach without a window manager), a display and a session bus (run
it under build-aux/with-display).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

try:
    from ladder_atspi import (find_app, press_button, focus_window, focused, key, report, walk, wait_for,
                              exit_status)
except ImportError:
    print("1..0 # SKIP python3-pyatspi is not installed (apt-get install python3-pyatspi)")
    sys.exit(0)

if shutil.which("xdotool") is None:
    print("1..0 # SKIP xdotool is not installed (apt-get install xdotool)")
    sys.exit(0)

def main():
    binary = os.environ["LADDER_BINARY"]
    tool = os.environ["LADDER_REVIEW_FIXTURE_TOOL"]
    work = tempfile.mkdtemp(prefix="ladder-review-grid-")
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = work
    path = os.path.join(work, "twelve people.ladder")
    subprocess.run([tool, path], check=True)
    proc = subprocess.Popen([binary, path], env=env, stdout=sys.stderr, stderr=sys.stderr)
    try:
        print("1..4")
        app = find_app("ladder")
        if app is None:
            report(False, "Ladder appears on the accessibility bus")
            return
        report(True, "Ladder appears on the accessibility bus")

        # Through the walkthrough as a screen reader user would: Begin, then
        # each page's Next button as far as the Review.
        for name in ["Begin the Walkthrough", "Next: Self-assessment", "Next: Strategy",
                     "Next: Implementation", "Next: The difficulties", "Next: Review"]:
            press_button(app, name)
        cells = wait_for(lambda: [a for a in walk(app) if a.getRoleName() == "table cell"]
                         if sum(1 for a in walk(app) if a.getRoleName() == "table cell") >= 12 * 32 else None)
        names = [c.name for c in cells] if cells else []
        tables = [a for a in walk(app) if a.getRoleName() == "table"]
        good = [n for n in names if "Cllr Ada Fenn (fictional)" in n and "a councillor" in n]
        hidden = [n for n in names if "Morgan Quill" in n]
        report(len(names) >= 12 * 32 and len(tables) >= 1 and good and not hidden,
               "the grid is a table of cells named by who, level, question and rating",
               f"{len(names)} cells, {len(tables)} tables; first: {names[0] if names else None}")

        # Tab into the grid: it is one stop, whichever cell is current.
        focus_window(proc.pid)
        reached = None
        for _ in range(30):
            key("Tab")
            now = focused(app)
            if now is not None and now.getRoleName() == "table cell":
                reached = now
                break
        report(reached is not None and "Cllr Ada Fenn" in reached.name,
               "Tab reaches the grid at its first cell",
               f"focus: {reached.name if reached else None}")
        if reached is None:
            report(False, "arrow keys, End and Home move from cell to cell")
            return
        first = reached.name
        key("Right")
        right = focused(app)
        key("Down")
        down = focused(app)
        key("End")
        end = focused(app)
        key("Home")
        home = focused(app)
        moves = [x.name if x else None for x in (right, down, end, home)]
        ok = (right is not None and "Cllr Bo Hart" in right.name
              and down is not None and "Cllr Bo Hart" in down.name and down.name != right.name
              and end is not None and "Person 12" in end.name
              and home is not None and "Cllr Ada Fenn" in home.name and home.name != first)
        report(ok, "arrow keys, End and Home move from cell to cell", "\n".join(str(m) for m in moves))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


main()
sys.exit(exit_status())
