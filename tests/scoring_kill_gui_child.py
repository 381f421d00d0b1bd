"""The GUI child process of tests/test_scoring_kill.py: the real application, offscreen,
scoring from the keyboard until it is killed.

Usage: ``python tests/scoring_kill_gui_child.py JURY_FILE SETTINGS_DIR``

It opens JURY_FILE in the main window (real task runner, real background write queue), chooses
each plain member in turn on the scoring screen, opens each dossier and types a digit (or "n",
no opinion) into each criterion's scale, as a juror would. Once the screen's write queue is
idle again (what its "Saved" indicator shows) it prints
``saved <member id> <dossier id> <criterion code> <value or "no-opinion">`` and flushes. The
test kills this process with SIGKILL while it runs.
"""

from __future__ import annotations

import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["TNL_JURY_LANG"] = "en"

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

WAIT_LIMIT_S = 120.0


def wait_until(condition: object, what: str) -> None:
    """Let the event loop run until ``condition()`` holds (the app works off-thread)."""
    deadline = time.monotonic() + WAIT_LIMIT_S
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {what}")
        QCoreApplication.processEvents()
        time.sleep(0.002)


def main(path: str, settings_dir: str) -> int:
    os.environ["TNL_JURY_SETTINGS_SCOPE"] = settings_dir
    from tnl_jury.gui.app import application
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.scoring.member_chooser import Scorer

    app = application()
    window = MainWindow()
    problems: list[str] = []
    window.show_message = lambda icon, title, text: problems.append(f"{title}: {text}")  # type: ignore[method-assign]
    window.resize(1280, 800)
    window.show()
    window.open_file(path)
    wait_until(lambda: window.snapshot is not None or problems, "the file to open")
    if problems:
        raise SystemExit("; ".join(problems))
    snapshot = window.snapshot
    assert snapshot is not None and not snapshot.read_only
    screen = window.scoring_screen
    saver = screen.recorder.saver
    recused = {(r.member_id, r.dossier_id) for r in snapshot.recusals}
    plain = [m for m in snapshot.members if m.role == "member" and m.active]
    window.select_panel(screen.key)
    print("ready", flush=True)
    i = 0
    for dossier in snapshot.dossiers:
        for member in plain:
            if (member.id, dossier.id) in recused:
                continue
            screen.set_scorer(Scorer(member.id, member.name, member.role))
            screen.open_dossier(dossier.id)
            assert screen.sheet is not None and screen.sheet.dossier.id == dossier.id
            for code in list(screen.criteria.order):
                screen.criteria.focus_criterion(code)
                selector = screen.criteria.rows[code].selector
                if i % 13 == 5:
                    QTest.keyClick(selector, Qt.Key.Key_N)
                    shown = "no-opinion"
                else:
                    value = (i * 7) % 5  # the default grid's scale: 0 to 4
                    QTest.keyClick(selector, getattr(Qt.Key, f"Key_{value}"))
                    shown = str(value)
                i += 1
                wait_until(lambda: saver.pending == 0 or problems, "the write")
                if problems:
                    raise SystemExit("; ".join(problems))
                state = screen.recorder.state(code)
                assert (state.no_opinion and shown == "no-opinion") or state.value == int(shown)
                print(f"saved {member.id} {dossier.id} {code} {shown}", flush=True)
    print("done", flush=True)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
