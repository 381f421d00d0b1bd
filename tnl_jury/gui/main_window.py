"""The main window: a welcome panel, then the open jury file's tabs and menus.

The window builds every screen itself, by name, as typed attributes: the Dossiers, Jury and
Edition tabs at once, the others in :meth:`MainWindow.build_screens` (right after the first
paint, see ``gui/app.py``). Every menu is created by ``gui/actions.py``, in the bar's order.
A tab follows :class:`~tnl_jury.gui.panels.common.FilePanel`, given to :meth:`add_panel`: it
gets each snapshot (``show_snapshot``; ``file_changed`` follows an open, a close or F5).
Every committed write to the open file, whoever made it, reaches ``on_changes(changes)`` of
the screens of :meth:`followers`, on the GUI thread, after the new snapshot when the change
needs one (``gui/change_hub.py``, ``docs/ARCHITECTURE.md``). Slow work: :meth:`run_task`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui import file_choice, window_chrome
from tnl_jury.gui.accessibility import hidden
from tnl_jury.gui.actions import WindowActions, build_main_menus
from tnl_jury.gui.base_window import TaskWindow
from tnl_jury.gui.change_hub import ChangeFollower, ChangeHub, relay
from tnl_jury.gui.heap import settle_the_heap
from tnl_jury.gui.i18n import LANGUAGES, Translations
from tnl_jury.gui.panels import tab_set
from tnl_jury.gui.panels.common import FilePanel, make_notice
from tnl_jury.gui.panels.welcome import WelcomePanel
from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.settings import AppSettings
from tnl_jury.gui.snapshot import (
    FileSnapshot,
    OpenedFile,
    adopt,
    close_opened,
    discard_created,
    load_snapshot,
    open_and_load,
)
from tnl_jury.gui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from tnl_jury.gui.ballots.conflicts_dialog import ConflictsDialog
    from tnl_jury.gui.ballots.juror_mode import JurorMode, JurorPanel
    from tnl_jury.gui.ballots.summary_dialog import BallotImportDialog
    from tnl_jury.gui.checklist_steps import ChecklistSteps
    from tnl_jury.gui.deliberation.screen import DeliberationScreen
    from tnl_jury.gui.edition_settings import EditionSettingsAction
    from tnl_jury.gui.help_menu import HelpMenu
    from tnl_jury.gui.import_action import ImportAction
    from tnl_jury.gui.panels.dossiers import DossiersPanel
    from tnl_jury.gui.panels.edition import EditionPanel
    from tnl_jury.gui.panels.jury import JuryPanel
    from tnl_jury.gui.scoring.compare_action import CompareAction
    from tnl_jury.gui.scoring.progress_panel import ProgressPanel
    from tnl_jury.gui.scoring.screen import ScoringScreen
    from tnl_jury.gui.scoring.sheets_action import ScoringSheetsAction
    from tnl_jury.storage.jury_file import JuryFile

log = logging.getLogger(__name__)


class MainWindow(TaskWindow):
    """The application's main window. ``file_changed(snapshot or None)`` follows the file."""

    file_changed = Signal(object)
    # Emitted just before the open jury file is closed (or replaced): last chance to save.
    file_closing = Signal()

    # The screens built after the first paint (build_screens), in the order of the tabs.
    dossiers_panel: DossiersPanel
    jury_panel: JuryPanel
    edition_panel: EditionPanel
    import_ds: ImportAction
    scoring_screen: ScoringScreen
    progress_panel: ProgressPanel
    deliberation: DeliberationScreen
    juror_panel: JurorPanel
    juror_mode: JurorMode
    compare: CompareAction
    scoring_sheets: ScoringSheetsAction
    edition_settings: EditionSettingsAction
    checklist: ChecklistSteps
    help: HelpMenu
    # The Ballots menu's last dialogs (kept so that tests can drive them).
    ballot_import_dialog: BallotImportDialog | None = None
    ballot_conflicts_dialog: ConflictsDialog | None = None

    def __init__(
        self,
        *,
        runner: TaskRunner | None = None,
        settings: AppSettings | None = None,
        translations: Translations | None = None,
        parent: QWidget | None = None,
        defer_screens: bool = False,
    ) -> None:
        """``defer_screens`` leaves the screens to :meth:`build_screens` (the app calls it
        right after the first paint); tests get them at once."""
        super().__init__(runner, parent)
        hidden.install()  # before any stack is made: Qt keeps the first interface it gives
        self.settings = settings or AppSettings()
        self.translations = translations or Translations()
        self._jury_file: JuryFile | None = None
        self._snapshot: FileSnapshot | None = None
        self.panels: list[FilePanel] = []  # every panel built, in the order of the tabs
        self._reshaping_tabs = False  # show_tabs is adding or removing tabs

        self.welcome = WelcomePanel(self)
        self.banner, self.banner_text = make_notice(self)
        self.tabs = QTabWidget(self)  # its labels' style: with the screens (build_screens)
        file_view = QWidget(self)
        file_layout = QVBoxLayout(file_view)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.banner)
        file_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(file_view)
        self.setCentralWidget(self.stack)

        self.path_label = PlainLabel(self)
        self.read_only_label = PlainLabel(self)
        self.statusBar().addPermanentWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.read_only_label)

        self.change_hub = ChangeHub(self)
        self.change_hub.changed.connect(lambda changes: relay(self, changes))
        self.snapshot_reading = 0  # snapshots read after changes (see change_hub.relay)

        self.ui = WindowActions(self)
        build_main_menus(self)
        self._screens_built = False
        if not defer_screens:
            self.build_screens()
        self.welcome.open_requested.connect(self.choose_and_open)
        self.welcome.new_requested.connect(self.choose_and_create)
        self.welcome.demo_requested.connect(self.choose_and_create_demo)
        self.welcome.recent_requested.connect(self.open_file)
        self.tabs.currentChanged.connect(self._remember_tab)

        geometry = self.settings.window_geometry()
        # No geometry saved yet: the first run, shown maximised (see show_first_time).
        self.first_run = geometry is None
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        self.retranslate_ui()
        self.refresh_recent()
        self._update_chrome()

    # Public API ---------------------------------------------------------------------------

    def build_screens(self) -> None:
        """Build the screens, their tabs and menu entries (once), and show them the file; the
        other accessibility filters first, after the first paint (docs/startup.md)."""
        from tnl_jury.gui.accessibility import keys as accessibility_keys
        from tnl_jury.gui.ballots.juror_mode import JurorMode, JurorPanel
        from tnl_jury.gui.ballots.menu import fill_ballots_menu
        from tnl_jury.gui.checklist_steps import ChecklistSteps
        from tnl_jury.gui.deliberation.screen import DeliberationScreen
        from tnl_jury.gui.edition_settings import EditionSettingsAction
        from tnl_jury.gui.help_menu import HelpMenu
        from tnl_jury.gui.import_action import ImportAction
        from tnl_jury.gui.outputs.menu import fill_documents_menu
        from tnl_jury.gui.panels.dossiers import DossiersPanel
        from tnl_jury.gui.panels.edition import EditionPanel
        from tnl_jury.gui.panels.jury import JuryPanel
        from tnl_jury.gui.panels.tab_accents import keep_tab_accents
        from tnl_jury.gui.scoring.compare_action import CompareAction
        from tnl_jury.gui.scoring.menu import fill_scoring_menu
        from tnl_jury.gui.scoring.progress_panel import ProgressPanel
        from tnl_jury.gui.scoring.screen import ScoringScreen
        from tnl_jury.gui.scoring.sheets_action import ScoringSheetsAction

        if self._screens_built:
            return
        accessibility_keys.install()
        keep_tab_accents(self.tabs)
        self._screens_built = True
        self.dossiers_panel = DossiersPanel(self)
        self.jury_panel = JuryPanel(self)
        self.edition_panel = EditionPanel(self)
        for panel in (self.dossiers_panel, self.jury_panel, self.edition_panel):
            self.add_panel(panel)
        self.dossiers_panel.reload_requested.connect(self._reload_dossiers)
        self.import_ds = ImportAction(self)
        fill_documents_menu(self)
        self.scoring_screen = ScoringScreen(self)
        self.add_panel(self.scoring_screen)
        self.progress_panel = ProgressPanel(self)
        self.add_panel(self.progress_panel)
        self.file_closing.connect(self.scoring_screen.flush)
        fill_scoring_menu(self)
        self.compare = CompareAction(self)
        self.scoring_sheets = ScoringSheetsAction(self)
        self.edition_settings = EditionSettingsAction(self)
        self.deliberation = DeliberationScreen(self)
        self.juror_panel = JurorPanel(self)
        self.add_panel(self.juror_panel, tab=False)  # in juror mode only (JurorMode)
        self.juror_mode = JurorMode(self, self.juror_panel)
        fill_ballots_menu(self)
        self.checklist = ChecklistSteps(self)
        self.help = HelpMenu(self)
        self.retranslate_ui()  # the new tabs' titles, the menus' entries
        if self._snapshot is not None:
            self._show(self._snapshot)

    def followers(self) -> list[ChangeFollower]:
        """The screens told of every change (``on_changes``), in this order."""
        if not self._screens_built:
            return []
        first: list[ChangeFollower] = [self.scoring_screen, self.dossiers_panel]
        return [*first, self.progress_panel, self.deliberation, self.checklist]

    def adopt_snapshot(self, snapshot: FileSnapshot) -> None:
        """Show the same file's snapshot read again after a change (no ``file_changed``)."""
        self._snapshot = snapshot
        for panel in self.panels:
            panel.show_snapshot(snapshot)
        self._update_chrome()

    def focus_main_control(self) -> None:
        """Give the keyboard focus to what the page is for (see
        :func:`tnl_jury.gui.accessibility.focus.focus_main_control`)."""
        from tnl_jury.gui.accessibility.focus import focus_main_control

        focus_main_control(self)

    @property
    def jury_file(self) -> JuryFile | None:
        return self._jury_file

    @property
    def snapshot(self) -> FileSnapshot | None:
        return self._snapshot

    def add_panel(self, panel: FilePanel, *, tab: bool = True) -> None:
        """Add a panel; it shows the current snapshot at once and every later one. Without
        ``tab`` it has none until :meth:`show_tabs` gives it one (it waits in the tabs'
        stack, out of the accessibility tree, rather than a loose child of the window)."""
        assert isinstance(panel, QWidget)
        self.panels.append(panel)
        index = self.tabs.addTab(panel, panel.title())
        if not tab:
            self.tabs.removeTab(index)
        panel.show_snapshot(self._snapshot)

    def show_tabs(self, shown: Callable[[FilePanel], bool]) -> None:
        """A tab for exactly the panels ``shown`` accepts (see ``panels/tab_set.py``); the
        tab remembered for the next start is not touched."""
        self._reshaping_tabs = True
        try:
            tab_set.show_tabs(self.tabs, self.panels, shown)
        finally:
            self._reshaping_tabs = False

    def has_tab(self, panel: FilePanel) -> bool:
        return tab_set.tab_index(self.tabs, panel) >= 0

    def current_panel(self) -> FilePanel | None:
        return tab_set.current_panel(self.tabs, self.panels)

    def select_panel(self, key: str) -> bool:
        """Show the tab ``key``; False when there is none or the panel has no tab now (the
        juror tab outside juror mode, the secretariat's tabs in it)."""
        for panel in self.panels:
            if panel.key == key and self.has_tab(panel):
                hidden.show_tab(self.tabs, panel)  # type: ignore[arg-type]  # focus: not via the tab bar
                return True
        return False

    # Files ----------------------------------------------------------------------------------

    def open_file(self, path: str | Path) -> Task[OpenedFile] | None:
        """Open the jury file at ``path`` (read-only if another window has it) and show it.

        The file shown so far stays open if this fails; None when ``path`` is already shown.
        """
        path = Path(path).expanduser().resolve()
        if self._jury_file is not None and self._jury_file.path.resolve() == path:
            self.statusBar().showMessage(self.tr("This jury file is already open."), 5000)
            return None

        return self.run_task(
            lambda ctx: open_and_load(path, ctx),
            label=self.tr("Opening {name}…").format(name=path.name),
            on_result=self._adopt,
            discard=close_opened,
            on_error=lambda exc: file_choice.opening_failed(self, path, exc),
        )

    def create_new_file(self, path: Path, year: int, grid_path: Path | None) -> Task[OpenedFile]:
        """Create a jury file (see :func:`tnl_jury.services.edition.new_jury_file`), open it."""
        from tnl_jury.services.edition import new_jury_file

        label = self.tr("Creating {name}…").format(name=path.name)
        return self._create(
            lambda: new_jury_file(path, year=year, grid_path=grid_path), label, path
        )

    def create_demo_file(self, path: Path) -> Task[OpenedFile]:
        """Create a demo jury file (fictional data) at ``path`` and open it."""
        from tnl_jury.services.demo import create_demo

        label = self.tr("Creating the demo file {name}…").format(name=path.name)
        return self._create(lambda: create_demo(path), label, path)

    def _create(self, make: Callable[[], JuryFile], label: str, path: Path) -> Task[OpenedFile]:
        """Make a new jury file off the GUI thread (``make``), then show it."""
        return self.run_task(
            lambda ctx: adopt(make(), ctx),
            label=label,
            on_result=self._adopt,
            discard=discard_created,
            error_action=self.tr("Cannot create {name}").format(name=path.name),
        )

    def refresh(self) -> Task[FileSnapshot] | None:
        """Read the open file again and show what it holds now."""
        jury_file = self._jury_file
        if jury_file is None:
            return None
        return self.run_task(
            lambda ctx: load_snapshot(jury_file, ctx),
            label=self.tr("Reading {name}…").format(name=jury_file.path.name),
            on_result=lambda snap: self._show(snap) if jury_file is self._jury_file else None,
        )

    def _reload_dossiers(self) -> None:
        """Read the dossier list again (members' progress, decided levels) off the GUI thread."""
        from tnl_jury.services import dossiers

        jury_file = self._jury_file
        if jury_file is None:
            return

        def delivered(rows: tuple[Any, ...]) -> None:
            if jury_file is self._jury_file:
                self.dossiers_panel.update_dossiers(rows)

        self.runner.submit(
            lambda _ctx: tuple(dossiers.list_dossiers(jury_file)),
            name="dossier-list",
            on_result=delivered,
            on_error=lambda exc: self.report_error(exc, self.tr("Cannot read the dossiers")),
        )

    def close_file(self) -> None:
        """Close the open jury file (if any) and come back to the welcome panel."""
        if self._jury_file is not None:
            self.file_closing.emit()
            self.change_hub.follow(None)
            self._jury_file.close()
            self._jury_file = None
        self._show(None)
        self.focus_main_control()

    def choose_and_open(self) -> None:
        chosen = file_choice.ask_file_to_open(self, self.settings)
        if chosen is not None:
            self.open_file(chosen)

    def choose_and_create(self) -> None:
        request = file_choice.ask_new_file(self, self.settings)
        if request is not None:
            self.create_new_file(request.path, request.year, request.grid_path)

    def choose_and_create_demo(self) -> None:
        chosen = file_choice.ask_demo_path(self, self.settings)
        if chosen is not None:
            self.create_demo_file(chosen)

    # Internals -----------------------------------------------------------------------------

    def _adopt(self, opened: OpenedFile) -> None:
        previous = self._jury_file
        if previous is not None and previous is not opened.jury_file:
            self.file_closing.emit()  # the old file's last writes are still heard
        self._jury_file = opened.jury_file
        self.change_hub.follow(opened.jury_file)
        if previous is not None and previous is not opened.jury_file:
            previous.close()
        self.settings.remember_file(opened.jury_file.path)
        self.refresh_recent()
        self._show(opened.snapshot)
        if not self.select_panel(self.settings.last_tab()):
            self.tabs.setCurrentIndex(0)
        self.focus_main_control()
        settle_the_heap()
        if opened.backup_path is not None:
            self.statusBar().showMessage(
                self.tr(
                    "This file was upgraded for this version; the old one was kept as {name}."
                ).format(name=opened.backup_path.name)
            )

    def _show(self, snapshot: FileSnapshot | None) -> None:
        self._snapshot = snapshot
        for panel in self.panels:
            panel.show_snapshot(snapshot)
        self._update_chrome()
        self.file_changed.emit(snapshot)

    def _update_chrome(self) -> None:
        window_chrome.update(self)

    def busy_changed(self) -> None:
        self._update_chrome()

    def refresh_recent(self) -> None:
        paths = self.settings.recent_files()
        self.ui.fill_recent(paths, self.open_file, self._clear_recent)
        self.welcome.set_recent_files(paths)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self.refresh_recent()

    def _remember_tab(self, _index: int) -> None:
        panel = self.current_panel()
        if self._screens_built and panel is self.dossiers_panel:
            self.dossiers_panel.reload_if_stale()  # scores or decisions changed meanwhile
        if panel is not None and self._snapshot is not None and not self._reshaping_tabs:
            self.settings.set_last_tab(panel.key)

    def focus_filter(self) -> None:
        """Ctrl+F: the filter of the current tab, or of the dossier list."""
        panel = self.current_panel()
        if self._screens_built and (panel is None or not panel.focus_filter()):
            self.select_panel(self.dossiers_panel.key)
            self.dossiers_panel.focus_filter()

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it for the next start."""
        self.settings.set_language(language)
        if not self.translations.install(language):
            self.show_message(
                QMessageBox.Icon.Warning,
                self.tr("Language"),
                self.tr("The {language} translation is not available.").format(
                    language=LANGUAGES[language]
                ),
            )
        self.ui.check_language(self.translations.language)

    def show_first_time(self) -> None:
        """Show the window at start-up: maximised on the first run (the tables need the room;
        1100×720 stays its normal size), as it was left otherwise."""
        if self.first_run:
            self.showMaximized()
        else:
            self.show()

    def show_about(self) -> None:
        from tnl_jury.gui.dialogs.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def retranslate_ui(self) -> None:
        self.ui.retranslate()
        for panel in self.panels:
            if (index := tab_set.tab_index(self.tabs, panel)) >= 0:
                self.tabs.setTabText(index, panel.title())
        self.tabs.setAccessibleName(self.tr("Views of the jury file"))
        self.path_label.setAccessibleName(self.tr("Open jury file"))
        self._update_chrome()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.runner.shutdown()  # no worker may still use the file once it is closed
        self.close_file()
        super().closeEvent(event)
