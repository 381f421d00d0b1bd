"""The deliberation's windows for the room: the presentation mode (the table and detail,
large) and the projector view (the selected dossier's charts, on a second screen). Both follow
the deliberation's selection; :class:`RoomWindows` is a part of
:class:`~tnl_jury.gui.deliberation.screen.DeliberationScreen`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tnl_jury.gui.deliberation.panel import DeliberationPanel
    from tnl_jury.gui.deliberation.presentation import PresentationWindow
    from tnl_jury.gui.deliberation.projector import ProjectorWindow
    from tnl_jury.gui.main_window import MainWindow


class RoomWindows:
    """The presentation and projector windows of the deliberation screen (a mixin: the screen
    sets ``window``, ``panel``, ``presentation`` and ``projector``)."""

    window: MainWindow
    panel: DeliberationPanel
    presentation: PresentationWindow | None
    projector: ProjectorWindow | None

    def show_presentation(self) -> PresentationWindow | None:
        from tnl_jury.gui.deliberation.presentation import PresentationWindow

        if self.window.snapshot is None:
            return None
        if self.presentation is None:
            self.presentation = PresentationWindow(self.panel.proxy, self.window)
            self.presentation.selected.connect(self.panel.select_dossier)
            self.presentation.destroyed.connect(self._presentation_gone)
        self.presentation.detail.show_view(self.panel.detail.view)
        current = self.panel.current_dossier_id()
        if current is not None:
            self.presentation.select_dossier(current)
        self.presentation.showMaximized()
        self.presentation.raise_()
        self.presentation.activateWindow()
        return self.presentation

    def _presentation_gone(self) -> None:
        self.presentation = None

    def show_projector(self) -> ProjectorWindow | None:
        """Open (or bring back) the projector view, full screen on a second screen when there
        is one, maximised otherwise. It follows the deliberation's selection from then on."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        from tnl_jury.gui.deliberation.projector import ProjectorWindow

        if self.window.snapshot is None:
            return None
        if self.projector is None:
            self.projector = ProjectorWindow(self.window)
            self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.projector.step_requested.connect(self.step_selection)
            self.projector.destroyed.connect(self._projector_gone)
        self.projector.show_view(self.panel.detail.view)
        here = self.window.screen()
        others = [s for s in QGuiApplication.screens() if s is not here]
        if others:  # the room's screen: full screen there, the laptop keeps the main window
            self.projector.setScreen(others[0])
            self.projector.setGeometry(others[0].geometry())
            self.projector.showFullScreen()
        else:
            self.projector.showMaximized()
        return self.projector

    def step_selection(self, step: int) -> None:
        """Select the dossier ``step`` rows below (above when negative) in the table's order."""
        view = self.panel.view
        rows = view.model().rowCount()
        if not rows:
            return
        current = view.currentIndex().row() if view.currentIndex().isValid() else -1
        row = min(max(current + step, 0), rows - 1)
        view.selectRow(row)
        view.setCurrentIndex(view.model().index(row, 0))
        view.scrollTo(view.currentIndex())

    def _projector_gone(self) -> None:
        self.projector = None
