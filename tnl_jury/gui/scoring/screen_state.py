"""What the scoring screen allows at a given moment: whether the sheet shown can be changed,
the member's status on it, and which actions are enabled (the base of
:class:`~tnl_jury.gui.scoring.screen.ScoringScreen`, which holds the state it reads)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget

from tnl_jury.gui.accessibility.hidden import show_page
from tnl_jury.gui.scoring.questions import ScreenQuestions
from tnl_jury.gui.scoring.status import SUBMITTED

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.scoring.criteria_panel import CriteriaPanel
    from tnl_jury.gui.scoring.member_chooser import Scorer
    from tnl_jury.gui.scoring.recorder import ScoreRecorder
    from tnl_jury.gui.scoring.screen_layout import ScreenLayout
    from tnl_jury.gui.scoring.screen_texts import ScreenTexts
    from tnl_jury.gui.snapshot import FileSnapshot
    from tnl_jury.services.scoring_view import ScoringSheet


class ScreenState(ScreenQuestions):
    """The rules of what may be done now (the screen sets the attributes declared here)."""

    window_: MainWindow
    ui: ScreenLayout
    texts: ScreenTexts
    criteria: CriteriaPanel
    recorder: ScoreRecorder
    actions_: dict[str, QAction]
    stack: QStackedWidget
    scorer: Scorer | None
    sheet: ScoringSheet | None
    snapshot: FileSnapshot | None

    def can_edit(self, sheet: ScoringSheet | None = None) -> bool:
        sheet = sheet or self.sheet
        return sheet is not None and self._can_change(sheet) and self._status(sheet) != SUBMITTED

    def _can_change(self, sheet: ScoringSheet | None) -> bool:
        """Whether the member may change this sheet at all (perhaps after reopening it)."""
        read_only = self.snapshot is None or self.snapshot.read_only
        return bool(
            sheet is not None
            and not read_only
            and sheet.recusal_reason is None
            and not sheet.locked
            and sheet.member_active
        )

    def _status(self, sheet: ScoringSheet) -> str:
        """The member's status on ``sheet``, as the recorder knows it once it was opened."""
        return self.recorder.status if self.recorder.sheet is sheet else sheet.status

    @staticmethod
    def _sheet_status(sheet: ScoringSheet) -> str:
        return "recused" if sheet.recusal_reason is not None else sheet.status

    def _update_state(self) -> None:
        ready = self.snapshot is not None and not self.snapshot.read_only
        working = ready and self.scorer is not None
        show_page(self.stack, 1 if working else 0)  # focus: not through the hidden page
        open_sheet = working and self.sheet is not None
        editable = open_sheet and self.can_edit()
        actions = self.actions_
        actions["change_member"].setEnabled(ready)
        for key in ("previous_dossier", "next_dossier"):
            actions[key].setEnabled(working)
        actions["next_empty"].setEnabled(editable)
        actions["submit"].setEnabled(editable)
        actions["submit_next"].setEnabled(editable)
        actions["recuse"].setEnabled(editable)
        reopenable = bool(
            open_sheet
            and self.sheet is not None
            and self._can_change(self.sheet)
            and self._status(self.sheet) == SUBMITTED
        )
        actions["reopen"].setEnabled(reopenable)
        self.criteria.submit_button.setEnabled(editable)
        actions["compare"].setEnabled(bool(open_sheet))
        self.ui.set_body_visible(bool(open_sheet and self.sheet and self.sheet.answers))
        self.texts.show_state()
