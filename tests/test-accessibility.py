#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Accessibility test through AT-SPI, the way a screen reader sees Ladder.

Starts the real program on the test bus, then checks that the nine
walkthrough steps are list items with the right names, that every control on
show has an accessible name, and that pressing the welcome page's button
through AT-SPI moves to the first step. Prints TAP.

Needs Debian's /usr/bin/python3 with python3-pyatspi, a display and a session
bus (run it under build-aux/with-display).
"""
import os
import re
import shutil
import subprocess
import tempfile
import sys
import time

STEPS = ["Start", "Self-assessment", "Strategy", "Implementation",
         "The difficulties", "Review", "Recommendation", "Evidence", "Plan and paper"]
CONTROL_ROLES = {"push button", "toggle button", "check box", "radio button",
                 "menu item", "combo box", "entry", "text", "spin button",
                 "slider", "switch", "list item"}

try:
    import pyatspi
    from gi.repository import GLib
except ImportError:
    print("1..0 # SKIP python3-pyatspi is not installed (apt-get install python3-pyatspi)")
    sys.exit(0)

results = []


def report(ok, name, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    if detail:
        for line in detail.splitlines():
            print(f"# {line}")


# The sanitizer builds stretch every wait (see tests/meson.build).
WAIT = float(os.environ.get("LADDER_TEST_WAIT_SECONDS", "20"))


def find_app(name, timeout=WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        time.sleep(0.1)
    return None


def walk(acc):
    yield acc
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)


def ask(question):
    """Answers question() over AT-SPI, asking again while a busy program
    (a sanitizer build, building its pages) misses replies."""
    deadline = time.monotonic() + WAIT
    while True:
        try:
            return question()
        except GLib.GError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def wait_for(predicate, timeout=WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except GLib.GError:
            # A busy program (a sanitizer build) can miss a reply: ask again.
            pass
        time.sleep(0.1)
    return False


def main():
    binary = os.environ["LADDER_BINARY"]
    env = dict(os.environ)
    env.pop("LADDER_REPORT_FIRST_FRAME", None)
    # A data folder of its own: no recovery copies left by other tests.
    data_home = tempfile.mkdtemp(prefix="ladder-a11y-")
    env["XDG_DATA_HOME"] = data_home
    # The demonstration assessment names its council, whose charts the
    # Evidence step shows; a new assessment names none, so shows none. It
    # opens on the welcome page like any file.
    demo = os.path.join(os.environ["LADDER_DEMO_DATA_DIR"], "fictional-assessment.ladder")
    proc = subprocess.Popen([binary, demo], env=env, stdout=sys.stderr, stderr=sys.stderr)
    try:
        app = find_app("ladder")
        print("1..8")
        if app is None:
            seen = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
            report(False, "Ladder appears on the accessibility bus", f"applications seen: {seen}")
            return
        report(True, "Ladder appears on the accessibility bus")

        # The pages beyond the first are built in idle time after the first
        # frame; wait for the last question's choices.
        wait_for(lambda: sum(1 for a in walk(app) if a.getRoleName() == "radio button") >= 5 * 32)

        lists = ask(lambda: [a for a in walk(app) if a.getRoleName() == "list" and a.name == "Walkthrough steps"])
        items = ask(lambda: [c.name for c in lists[0]] if lists else [])
        report(items == STEPS, "the sidebar lists the nine steps by name",
               f"found: {items}")

        # GTK 4.8 reports SHOWING on few widgets, so check every control,
        # including those on pages not yet on show. GTK 4.8 names a button
        # with a mnemonic "_Label Label": an underscore or a doubled phrase
        # is what a screen reader would read out.
        controls = ask(lambda: [(a.getRoleName(), a.name) for a in walk(app)
                                if a.getRoleName() in CONTROL_ROLES])
        # A GTK type name ("GtkToggleButton") is what GTK 4.8 says when a
        # control was given no name at all.
        bad = [f"{role} {name!r}" for role, name in controls
               if not name.strip() or "_" in name or re.match(r"(Gtk|Adw)[A-Z]", name)
               or re.fullmatch(r"(.+) \1", name, re.IGNORECASE)]
        report(len(controls) >= 8 + 2 * 8 and not bad,
               "every control has a clean accessible name",
               f"{len(controls)} controls; bad: {', '.join(bad)}" if bad else f"{len(controls)} controls")

        # The question pages: five choices for each of the 32 questions,
        # each named by its point and descriptor, and a named note field.
        radios = [name for role, name in controls if role == "radio button"]
        points = ("Not in place: ", "Emerging: ", "Largely in place: ", "Fully in place: ")
        rated = [name for name in radios if name.startswith(points)]
        dont_know = [name for name in radios if name == "Don\u2019t know"]
        notes = [name for role, name in controls if role == "text" and name.startswith("Evidence note for: ")]
        report(len(rated) >= 4 * 32 and len(dont_know) >= 32 and len(notes) >= 32,
               "every question's choices and note are named",
               f"{len(rated)} rating choices, {len(dont_know)} don't know, {len(notes)} notes")

        # The Evidence step's charts, wait for them to be built: each an
        # image named by its title, with
        # its summary sentence as the description, and its table switch and
        # Save As named.
        def find_charts():
            return [(a.name, a.description) for a in walk(app) if a.getRoleName() == "image"
                    and a.name.startswith(("Over time: ", "Beside its neighbours: ", "Among all councils: "))]
        wait_for(lambda: len(find_charts()) >= 3)
        charts = ask(find_charts)
        described = [name for name, description in charts if len(description) > 40]
        tables = [name for role, name in controls if name == "Table of the figures"]
        saves = [name for role, name in controls if name == "Save the chart or its figures"]
        report(len(charts) >= 3 and len(described) == len(charts) and len(tables) >= 3 and len(saves) >= 3,
               "the charts are named images described by their summaries",
               f"charts: {charts}; table switches: {len(tables)}; save buttons: {len(saves)}")

        begin = ask(lambda: [a for a in walk(app) if a.getRoleName() == "push button"
                             and a.name == "Begin the Walkthrough"])
        if not begin:
            names = [name for role, name in controls if role == "push button"]
            report(False, "the welcome button starts the walkthrough",
                   f"no such button; buttons: {names}")
            return
        begin[0].queryAction().doAction(0)
        # The header's subtitle exists only once a step is on show.
        moved = wait_for(lambda: any(a.getRoleName() == "label" and a.name == "Step 1 of 9"
                                     for a in walk(app)))
        report(moved, "the welcome button starts the walkthrough")

        # The dialogs for evidence and actions: every control named. A
        # button opens its dialog only on a page on show, so walk there by
        # the pages' Next buttons.
        def go_to(step):
            button = ask(lambda: next((a for a in walk(app) if a.getRoleName() == "push button"
                                       and a.name == "Next: " + step), None))
            if button is not None:
                button.queryAction().doAction(0)
                wait_for(lambda: any(a.getRoleName() == "label" and a.name.startswith("Step ")
                                     and a.name != "Step 1 of 9" for a in walk(app)))
            return button is not None

        for opener, title, steps in (("Add evidence: ", "Add Evidence", ["Self-assessment"]),
                                     ("Add Action\u2026", "Add Action",
                                      ["Strategy", "Implementation", "The difficulties", "Review",
                                       "Recommendation", "Evidence", "Plan and paper"])):
            for step in steps:
                go_to(step)
            button = ask(lambda: next((a for a in walk(app) if a.getRoleName() == "push button"
                                       and a.name.startswith(opener)), None))
            if button is None:
                report(False, f"the {title} dialog's controls are named", "no button opens it")
                continue
            button.queryAction().doAction(0)
            found = []
            wait_for(lambda: found.extend(w for w in app if w is not None and w.name.startswith(title)) or found)
            dialog = found[0] if found else None
            if dialog is None:
                report(False, f"the {title} dialog's controls are named", "the dialog did not open")
                continue
            inside = ask(lambda: [(a.getRoleName(), a.name) for a in walk(dialog)
                                  if a.getRoleName() in CONTROL_ROLES])
            bad = [f"{role} {name!r}" for role, name in inside
                   if not name.strip() or "_" in name or re.match(r"(Gtk|Adw)[A-Z]", name)]
            report(len(inside) >= 4 and not bad, f"the {title} dialog's controls are named",
                   f"{inside}; bad: {bad}")
            cancel = ask(lambda: next((a for a in walk(dialog) if a.getRoleName() == "push button"
                                       and a.name == "Cancel"), None))
            if cancel is not None:
                cancel.queryAction().doAction(0)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(data_home, ignore_errors=True)


main()
sys.exit(0 if results and all(results) else 1)
