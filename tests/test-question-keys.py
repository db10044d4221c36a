#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The questions by keyboard as a screen reader user meets them, through
AT-SPI with real key presses.

Opens a copy of the demo assessment, moves to the Self-assessment step and
checks that each question's five answers are one radio group and one Tab
stop, that a number key rates the question and moves the focus to the next
one, that the arrow keys choose within a group with the focus on the choice
made, and that "What to look for" is named. Prints TAP.

Needs Debian's /usr/bin/python3 with python3-pyatspi, xdotool, a display
and a session bus (run it under build-aux/with-display).
"""
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import pyatspi
    from ladder_atspi import (exit_status, find_app, focus_window, focused, key, press_button,
                              report, walk, wait_for)
except ImportError:
    print("1..0 # SKIP python3-pyatspi is not installed (apt-get install python3-pyatspi)")
    sys.exit(0)

if shutil.which("xdotool") is None:
    print("1..0 # SKIP xdotool is not installed (apt-get install xdotool)")
    sys.exit(0)


def group_of(acc):
    parent = acc.parent
    # GTK gives a radio group AT-SPI's role "grouping", named by the question.
    return parent.name if parent is not None and parent.getRoleName() == "grouping" and parent.name else None


def is_choice(acc):
    return acc is not None and acc.getRoleName() == "radio button"


def tab_to_choice(app, limit=40):
    for _ in range(limit):
        key("Tab")
        now = focused(app)
        if is_choice(now):
            return now
    return None


def tab_stops(app, count):
    """The focus after each of @count presses of Tab: (role, name, group)."""
    stops = []
    for _ in range(count):
        key("Tab")
        now = focused(app)
        stops.append((now.getRoleName(), now.name, group_of(now)) if now is not None else (None, None, None))
    return stops


def check_one_stop_per_question(stops):
    per_group = {}
    for role, _name, group in stops:
        if role == "radio button":
            per_group[group] = per_group.get(group, 0) + 1
    bad = {g: n for g, n in per_group.items() if n != 1 or g is None}
    report(len(per_group) >= 3 and not bad,
           "each question's answers are one Tab stop, in a named radio group",
           f"{len(per_group)} questions passed; more than one stop: {bad}\n"
           + "\n".join(f"{r}: {n}" for r, n, _g in stops[:40]))


def checked(acc):
    return acc.getState().contains(pyatspi.STATE_CHECKED)


def check_number_key_moves_on(app):
    start = focused(app)
    group = group_of(start)
    key("1")
    # The focus moves, then AT-SPI hears of it: wait a little on a busy machine.
    now = wait_for(lambda: next((a for a in [focused(app)]
                                 if is_choice(a) and group_of(a) not in (None, group)), None), 5) or focused(app)
    rated = [a for a in walk(app) if is_choice(a) and group_of(a) == group and checked(a)]
    report(is_choice(now) and group_of(now) not in (None, group)
           and rated and rated[0].name.startswith("Not in place"),
           "1 rates the question and moves the focus to the next question's answers",
           f"was in: {group}\nnow in: {group_of(now) if now else None}\n"
           f"rated: {[a.name for a in rated]}")
    return now


def chosen_in(app, group):
    return [a.name for a in walk(app) if is_choice(a) and group_of(a) == group and checked(a)]


def check_arrows_choose(app):
    group = group_of(focused(app))
    seen = []
    for name in ("Down", "Down", "Up"):
        before_name = focused(app).name
        key(name)
        now = wait_for(lambda: next((a for a in [focused(app)] if is_choice(a) and a.name != before_name), None),
                       5) or focused(app)
        seen.append((now.name if is_choice(now) else None, group_of(now) if now else None,
                     chosen_in(app, group)))
    ok = all(focus is not None and in_group == group and chosen == [focus] for focus, in_group, chosen in seen)
    report(ok and seen[0][0] != seen[1][0] and seen[2][0] == seen[0][0],
           "Down and Up choose within the question, the focus on the choice made",
           "\n".join(f"focus {f}; chosen {c}" for f, _g, c in seen))


def main():
    binary = os.environ["LADDER_BINARY"]
    work = tempfile.mkdtemp(prefix="ladder-question-keys-")
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = work
    path = os.path.join(work, "assessment.ladder")
    shutil.copy(os.environ["LADDER_DEMO_ASSESSMENT"], path)
    proc = subprocess.Popen([binary, path], env=env, stdout=sys.stderr, stderr=sys.stderr)
    try:
        print("1..5")
        app = find_app("ladder")
        report(app is not None and press_button(app, "Begin the Walkthrough")
               and press_button(app, "Next: Self-assessment"),
               "Ladder opens the assessment and moves to Self-assessment")
        if app is None:
            return
        wait_for(lambda: any(is_choice(a) for a in walk(app)))
        names = [a.name for a in walk(app) if a.name in ("What to look for", "GtkExpander")]
        report(names and all(n == "What to look for" for n in names),
               "every “What to look for” is named so", f"{len(names)} found: {set(names)}")
        focus_window(proc.pid)
        first = tab_to_choice(app)
        if first is None:
            report(False, "Tab reaches a question's answers")
            return
        check_one_stop_per_question([("radio button", first.name, group_of(first))] + tab_stops(app, 30))
        # Back into a question's answers, wherever the Tabs ended.
        if tab_to_choice(app) is None:
            report(False, "Tab reaches a question's answers again")
            return
        check_number_key_moves_on(app)
        check_arrows_choose(app)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


main()
sys.exit(exit_status())
