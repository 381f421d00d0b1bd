"""Starting the graphical interface: ``tnl-jury`` and ``tnl-jury gui [FILE]`` call :func:`run`."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from tnl_jury import APP_NAME, __version__
from tnl_jury.gui import errors, startup_probe
from tnl_jury.gui.i18n import Translations, choose_language
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.settings import ORGANISATION, AppSettings
from tnl_jury.paths import resources_dir

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The QApplication, created (and named, for QSettings and the desktop) if needed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    for name in ("tnl-jury.svg", "tnl-jury.png"):
        icon = resources_dir() / "icons" / name
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
            break
    return app


def run(jury_file: str | None) -> int:
    """Show the main window (opening ``jury_file`` when given) until it is closed; return the
    exit code."""
    app = application()
    errors.setup_logging()
    settings = AppSettings()
    translations = Translations(app)
    translations.install(choose_language(settings.language()))
    # The screens (scoring, deliberation, documents…) are built right after the
    # window's first paint: the window shows about a fifth of a second sooner.
    window = MainWindow(settings=settings, translations=translations, defer_screens=True)
    _install_excepthook(window)
    probe = startup_probe.requested()  # the start-up benchmark: report, then quit

    def finish_start() -> None:
        if probe:
            startup_probe.report("painted")
        # Right after the first paint, before any key is read: its helpers' Qt classes
        # (accessibility, item views) would delay the paint.
        window.focus_main_control()
        window.build_screens()
        if probe:
            startup_probe.report_ready_and_quit()
        elif jury_file:
            window.open_file(jury_file)

    window.show_first_time()
    startup_probe.after_first_paint(window, finish_start)
    return app.exec()


def _install_excepthook(window: MainWindow) -> None:
    """An exception escaping a slot is a bug: log it and say so, never show a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        try:
            window.report_error(exc)
        except Exception:  # the report itself failed: at least keep the log
            log.exception("could not report an internal error")

    sys.excepthook = hook
