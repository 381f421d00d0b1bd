"""Start-up stays light: the welcome window shows without SQLAlchemy, the storage, the services
or the importers/exporters (they load when a file is opened, see docs/startup.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "tnl_jury.storage", "tnl_jury.services", "tnl_jury.io")

SCRIPT = f"""
import sys
import tnl_jury.gui.app as app_module
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.settings import AppSettings
from tnl_jury.gui.tasks import TaskRunner

app = app_module.application()
window = MainWindow(runner=TaskRunner(synchronous=True), settings=AppSettings())
window.show()
app.processEvents()
heavy = sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy"
               or m.startswith({HEAVY[1:]!r}))
print("HEAVY:" + ",".join(heavy))
window.close()
"""


def test_welcome_window_does_not_import_storage_or_services(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TNL_JURY_SETTINGS_SCOPE=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("HEAVY:")]
    assert lines == ["HEAVY:"], f"imported before any file is open: {lines}"


FIRST_PAINT = """
import sys
from tnl_jury.gui import startup_probe

def report(line):
    if line == "painted":
        print("LOADED:" + ",".join(sorted(sys.modules)), flush=True)

startup_probe.report = report
sys.argv = ["tnl-jury", "gui"]
import runpy
runpy.run_module("tnl_jury", run_name="__main__")
"""

# What the first paint does without (docs/startup.md): the screens, the accessibility filters
# but the hidden pages' interface (Qt keeps the first one it made), the tabs' style, JSON.
NOT_BEFORE_PAINT = (
    "tnl_jury.gui.scoring",
    "tnl_jury.gui.deliberation",
    "tnl_jury.gui.ballots",
    "tnl_jury.gui.accessibility.keys",
    "tnl_jury.gui.accessibility.focus",
    "tnl_jury.gui.accessibility.focus_ring",
    "tnl_jury.gui.announce",
    "tnl_jury.gui.panels.tab_accents",
    "tnl_jury.gui.panels.dossiers",
    "json",
)


def test_the_first_paint_shows_the_welcome_page_with_nothing_else_loaded(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TNL_JURY_SETTINGS_SCOPE=str(tmp_path),
        TNL_JURY_EXIT_AFTER_SHOW="1",
    )
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    [line] = [line for line in done.stdout.splitlines() if line.startswith("LOADED:")]
    loaded = set(line.removeprefix("LOADED:").split(","))
    early = sorted(m for m in loaded if m.startswith(NOT_BEFORE_PAINT))
    assert early == [], f"loaded before the first paint: {early}"
