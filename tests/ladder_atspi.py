# SPDX-License-Identifier: GPL-3.0-or-later
"""What the AT-SPI tests share: TAP results, walking the accessibility
tree, waiting for the program, and real key presses through xdotool (AT-SPI's
own key synthesis does not reach a GTK 4.8 window without a window manager).

Imported by the tests beside it; needs Debian's /usr/bin/python3 with
python3-pyatspi."""
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

WAIT = float(os.environ.get("LADDER_TEST_WAIT_SECONDS", "20"))
results = []


def report(ok, name, detail=""):
    results.append(bool(ok))
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    for line in detail.splitlines():
        print(f"# {line}")


def exit_status():
    return 0 if results and all(results) else 1


def walk(acc):
    yield acc
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)


def wait_for(predicate, timeout=WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except GLib.GError:
            pass
        time.sleep(0.2)
    return None


def find_app(name):
    return wait_for(lambda: next((a for a in pyatspi.Registry.getDesktop(0)
                                  if a is not None and a.name == name), None))


def focused(app):
    for acc in walk(app):
        try:
            if acc.getState().contains(pyatspi.STATE_FOCUSED) and acc.getRoleName() != "frame":
                return acc
        except GLib.GError:
            pass
    return None


def key(name):
    subprocess.run(["xdotool", "key", name], check=True)
    time.sleep(0.3)


def focus_window(pid):
    """Without a window manager nothing gives the window the keyboard."""
    found = subprocess.run(["xdotool", "search", "--pid", str(pid)], capture_output=True, text=True)
    for window in found.stdout.split():
        subprocess.run(["xdotool", "windowfocus", "--sync", window])


def press_button(app, name):
    button = wait_for(lambda: next((a for a in walk(app) if a.getRoleName() == "push button"
                                    and a.name == name), None))
    if button is None:
        print(f"# no button named {name!r}", file=sys.stderr)
        return False
    button.queryAction().doAction(0)
    return True
