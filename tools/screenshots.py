"""Take the screenshots of the main window for the documentation (French interface).

Usage: ``.venv/bin/python tools/screenshots.py [OUTPUT_DIR]`` (default: ``docs/screenshots``).

It builds a demo jury file in a temporary folder, opens the window offscreen at 1280×800 with
settings of its own (the user's recent files and geometry are neither read nor changed), and
saves ``welcome.png``, ``main-window-dossiers.png``, ``main-window-jury.png`` and
``main-window-edition.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def _prepare_environment(settings_dir: Path) -> None:
    """Must run before Qt is imported: platform, language, settings, fonts."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["TNL_JURY_LANG"] = "fr"
    os.environ["TNL_JURY_SETTINGS_SCOPE"] = str(settings_dir)
    # The offscreen platform finds no fonts through fontconfig on some systems (text drawn as
    # boxes); pointing it at DejaVu also makes the pictures the same from one machine to another.
    if "QT_QPA_FONTDIR" not in os.environ and DEJAVU.is_dir():
        os.environ["QT_QPA_FONTDIR"] = str(DEJAVU)


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else REPO_ROOT / "docs" / "screenshots"
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tnl-jury-screenshots-") as temp:
        workdir = Path(temp)
        _prepare_environment(workdir / "settings")
        return _shoot(workdir, output)


def _shoot(workdir: Path, output: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from tnl_jury.gui.app import application
    from tnl_jury.gui.i18n import Translations, choose_language
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.settings import AppSettings
    from tnl_jury.gui.tasks import TaskRunner
    from tnl_jury.services.demo import create_demo

    app = application()
    settings = AppSettings()
    translations = Translations(app)
    if not translations.install(choose_language(settings.language())):
        print("the French translation could not be loaded", file=sys.stderr)
        return 1

    demo = workdir / "jury-tnl-2026.tnlj"
    create_demo(demo).close()
    settings.remember_file(demo)  # so that the welcome panel shows a recent file

    window = MainWindow(
        runner=TaskRunner(synchronous=True), settings=settings, translations=translations
    )
    errors: list[str] = []
    window.show_message = lambda icon, title, text: errors.append(f"{title}: {text}")  # type: ignore[method-assign]
    window.resize(*SIZE)
    window.show()

    def save(name: str) -> None:
        QCoreApplication.processEvents()
        path = output / name
        if not window.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        print(f"wrote {path}")

    save("welcome.png")
    window.open_file(demo)
    if errors or window.snapshot is None:
        print("\n".join(errors) or "the demo file did not open", file=sys.stderr)
        return 1
    window.dossiers_panel.view.selectRow(0)
    window.dossiers_panel.view.setFocus()
    for key, name in (
        ("dossiers", "main-window-dossiers.png"),
        ("jury", "main-window-jury.png"),
        ("edition", "main-window-edition.png"),
    ):
        window.select_panel(key)
        save(name)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
