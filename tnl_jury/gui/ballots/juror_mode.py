"""Juror mode: the window as a member sees their juror package.

When the open jury file is a package (:func:`tnl_jury.services.packages.package_info`), the
window shows only the member's scoring screen, already set to them (no member chooser, no
comparison), and the "Hand in my ballot" tab; every other tab (removed from the tab bar: a
hidden tab would still reach screen readers), menu and action (dossier list, jury, edition,
progress of all members, deliberation, documents, imports) is hidden — their shortcuts with
them — and comes back when a secretariat file is opened; the "Hand in my ballot" tab exists in juror
mode only. A label in the status
bar says whose package is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from tnl_jury.gui.ballots.texts import local_time_text
from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.snapshot import FileSnapshot

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.services.packages import PackageInfo

JUROR_TABS = frozenset({"scoring", "juror"})
# Per menu, the entries a juror keeps (None: the whole menu). Menus not listed are hidden.
JUROR_MENUS: dict[str, frozenset[str] | None] = {
    "file": frozenset({"new", "open", "demo", "close", "quit"}),
    "recent": None,
    "view": frozenset({"filter", "refresh"}),
    "language": None,
    "help": None,
    "scoring": frozenset(
        {
            "scoring_previous_dossier",
            "scoring_next_dossier",
            "scoring_next_empty",
            "scoring_undo",
            "scoring_redo",
            "scoring_submit",
            "scoring_submit_next",
            "scoring_score_moves_on",
            "scoring_attachments_docked",
            "scoring_recuse",
        }
    ),
    "ballots": frozenset({"hand_in_ballot"}),
}


class JurorPanel(QWidget):
    """The "Hand in my ballot" tab: whose package this is, the ballots made, the button."""

    key = "juror"
    hand_in_requested = Signal()
    scoring_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: PackageInfo | None = None
        self.read_only = False
        self.heading = PlainLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)  # relative to the system font
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.details = PlainLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.explanation = PlainLabel(self)
        self.explanation.setWordWrap(True)
        self.ballots = PlainLabel(self)
        self.ballots.setWordWrap(True)
        self.hand_in = QPushButton(self)
        self.hand_in.setMinimumHeight(self.hand_in.sizeHint().height() * 3 // 2)
        self.hand_in.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.hand_in.setDefault(True)
        self.go_scoring = QPushButton(self)
        self.hand_in.clicked.connect(self.hand_in_requested)
        self.go_scoring.clicked.connect(self.scoring_requested)
        # A column of readable width (long lines tire the eye), left-aligned buttons.
        column = QWidget(self)
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 100)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.heading)
        inner.addWidget(self.details)
        inner.addSpacing(self.fontMetrics().height())
        inner.addWidget(self.explanation)
        inner.addWidget(self.ballots)
        inner.addSpacing(self.fontMetrics().height())
        inner.addWidget(self.hand_in, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.go_scoring, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(column)
        layout.addStretch(1)
        self.setTabOrder(self.hand_in, self.go_scoring)
        self.retranslate_ui()

    # FilePanel
    def title(self) -> str:
        return self.tr("Hand in my ballot")

    def show_snapshot(self, snapshot: FileSnapshot | None) -> None:
        self.read_only = bool(snapshot and snapshot.read_only)
        self._fill()

    def focus_filter(self) -> bool:
        """Ctrl+F here means the scoring screen's dossier filter (the dossier list, the
        window's fallback, is hidden in juror mode)."""
        from tnl_jury.gui.main_window import MainWindow

        window = self.window()
        if not isinstance(window, MainWindow) or not window.select_panel("scoring"):
            return False
        return window.scoring_screen.focus_filter()

    def set_info(self, info: PackageInfo | None) -> None:
        self.info = info
        self._fill()

    def _fill(self) -> None:
        info = self.info
        if info is None:
            for label in (self.heading, self.details, self.ballots):
                label.clear()
            self.hand_in.setEnabled(False)
            return
        self.heading.setText(self.tr("Juror package of {name}").format(name=info.member_name))
        self.details.setText(
            self.tr("{title} — made from {source} on {time}.").format(
                title=info.title, source=info.source_name, time=local_time_text(info.created_at)
            )
        )
        if info.ballots_made == 0:
            ballots = self.tr("You have not handed in a ballot yet.")
        else:
            ballots = self.tr("Ballots handed in: {count} (the last on {time}).").format(
                count=info.ballots_made, time=local_time_text(info.last_ballot_at)
            )
        if self.read_only:
            ballots += " " + self.tr(
                "This package is open in another tnl-jury window: hand in your ballot there."
            )
        self.ballots.setText(ballots)
        self.hand_in.setEnabled(not self.read_only)
        for label in (self.heading, self.details, self.ballots):
            label.setAccessibleName(label.text())

    def retranslate_ui(self) -> None:
        self.explanation.setText(
            self.tr(
                "Score the dossiers in the Scoring tab: every change is saved at once in this "
                "package. To give your scores to the secretariat, hand in a ballot: save it on "
                "the USB key and give the key back. You can hand in several ballots during the "
                "day; each one holds everything you have scored so far."
            )
        )
        self.explanation.setAccessibleName(self.explanation.text())
        self.hand_in.setText(self.tr("Hand &in a ballot…"))
        self.hand_in.setAccessibleName(self.tr("Hand in a ballot"))
        self.hand_in.setAccessibleDescription(
            self.tr("Saves your signed ballot as a file, to give to the secretariat.")
        )
        self.go_scoring.setText(self.tr("&Go to the scoring screen"))
        self.go_scoring.setAccessibleName(self.tr("Go to the scoring screen"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class JurorMode:
    """Switches the window between juror mode and the secretariat's full window."""

    def __init__(self, window: MainWindow, panel: JurorPanel) -> None:
        self.window = window
        self.panel = panel
        self.info: PackageInfo | None = None
        self._hidden: list[QAction] = []
        self.status_label = PlainLabel(window)
        window.statusBar().addPermanentWidget(self.status_label)
        self.status_label.hide()
        window.tabs.currentChanged.connect(self._keep_to_juror_tabs)

    @property
    def active(self) -> bool:
        return self.info is not None

    def follow(self, snapshot: FileSnapshot | None) -> None:
        """Called with every new snapshot: enter, stay in or leave juror mode."""
        jury_file = self.window.jury_file
        info = None
        if snapshot is not None and jury_file is not None:
            from tnl_jury.services.packages import package_info

            info = package_info(jury_file)
        self.info = info
        self.panel.set_info(info)
        self._show_actions(info is not None)
        self._show_tabs(info is not None)
        self._show_member_choice(info is None)
        self.retranslate()
        if info is not None:
            self._set_scorer(info)

    def refresh_info(self) -> None:
        from tnl_jury.services.packages import package_info

        jury_file = self.window.jury_file
        if self.info is not None and jury_file is not None:
            self.info = package_info(jury_file)
            self.panel.set_info(self.info)

    def _show_actions(self, juror: bool) -> None:
        for action in self._hidden:
            action.setVisible(True)
        self._hidden = []
        if not juror:
            return
        for key, menu in self.window.ui.menus.items():
            keep = JUROR_MENUS.get(key, frozenset())
            if key not in JUROR_MENUS:
                self._hide(menu.menuAction())
            if keep is None:
                continue
            for action in menu.actions():
                name = action.objectName().removeprefix("action_")
                if action.menu() is None and not action.isSeparator() and name not in keep:
                    self._hide(action)

    def _hide(self, action: QAction) -> None:
        if action.isVisible():  # an invisible action's shortcut does not fire either
            action.setVisible(False)
            self._hidden.append(action)

    def _show_tabs(self, juror: bool) -> None:
        """Juror mode: only the juror's tabs exist; else every tab but "Hand in my ballot".
        Tabs are removed, not hidden (see ``MainWindow.show_tabs``)."""
        if juror:
            self.window.show_tabs(lambda panel: panel.key in JUROR_TABS)
        else:
            self.window.show_tabs(lambda panel: panel.key != JurorPanel.key)
        if juror:
            self._keep_to_juror_tabs()

    def _keep_to_juror_tabs(self, _index: int = -1) -> None:
        panel = self.window.current_panel()
        outside = panel is None or panel.key not in JUROR_TABS
        if self.active and outside and not self.window.select_panel("scoring"):
            self.window.select_panel(JurorPanel.key)

    def _show_member_choice(self, visible: bool) -> None:
        """The scoring screen's "Change member" button (its action is hidden with the menus)."""
        self.window.scoring_screen.ui.change_button.setVisible(visible)

    def _set_scorer(self, info: PackageInfo) -> None:
        screen = self.window.scoring_screen
        from tnl_jury.gui.scoring.member_chooser import Scorer

        current = screen.scorer
        if current is None or current.member_id != info.member_id or current.paper:
            role = next(
                (m.role for m in (self.window.snapshot.members if self.window.snapshot else ())
                 if m.id == info.member_id),
                "member",
            )  # fmt: skip
            screen.set_scorer(Scorer(info.member_id, info.member_name, role))
            screen.start_scoring()

    def retranslate(self) -> None:
        if self.info is None:
            self.status_label.hide()
            return
        text = QCoreApplication.translate("JurorPanel", "Juror mode: {name}'s package").format(
            name=self.info.member_name
        )
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        self.status_label.show()
