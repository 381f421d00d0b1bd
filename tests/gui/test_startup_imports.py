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
