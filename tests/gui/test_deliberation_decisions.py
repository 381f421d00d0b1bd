"""The meeting and the decisions, driven through the dialogs: quorum, votes, the president's
casting vote, recusals, closing (locking) and reopening (audited)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tnl_jury.domain.meeting import Ballot
from tnl_jury.gui.deliberation.decision_dialog import DecisionDialog
from tnl_jury.gui.deliberation.results_model import ResultsColumn
from tnl_jury.gui.i18n import Translations
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.services import audit, deliberation, drafts
from tnl_jury.services.results import compute_results

from .conftest import make_window
from .deliberation_helpers import Dialogs, attend, cell, open_deliberation, vote


def stored_decision(window: MainWindow, dossier_id: int):  # type: ignore[no-untyped-def]
    jury_file = window.jury_file
    assert jury_file is not None
    (result,) = compute_results(jury_file, [dossier_id])
    return result.decision


def decision_dialog(dialogs: Dialogs) -> DecisionDialog:
    dialog = dialogs.last(DecisionDialog)
    assert isinstance(dialog, DecisionDialog)
    return dialog


def test_a_decision_recorded_through_the_dialog_updates_the_row(
    window: MainWindow, demo_path: Path
) -> None:
    feature = open_deliberation(window, demo_path)
    dialogs = Dialogs(feature)
    meeting = attend(feature, dialogs)
    assert "6 of 6 members present (4 required): quorum is reached" in meeting.quorum_label.text()
    assert "quorum is reached" in feature.panel.meeting_label.text()
    assert "Montpellier" in feature.panel.meeting_label.text()

    assert feature.panel.select_dossier(2)
    dialogs.steps[DecisionDialog] = vote(5, 1, 0, level=2)
    feature.decide_current()

    dialog = decision_dialog(dialogs)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.jury_file is not None
    draft = drafts.draft_decision(window.jury_file, 2)
    assert dialog.motivation_edit.toPlainText() == draft.motivation  # the draft
    assert cell(feature, 2, ResultsColumn.STATUS) == "Decided"
    assert cell(feature, 2, ResultsColumn.DECISION) == "Level 2"
    decision = stored_decision(window, 2)
    assert decision is not None and decision.level == 2
    # The Dossiers tab shows the decided level once shown again, without F5.
    panel = window.dossiers_panel
    assert window.select_panel(panel.key)
    row = next(r for r in panel.model.rows() if r.id == 2)
    assert row.decision_level == 2
    assert (decision.votes_for, decision.votes_against, decision.abstentions) == (5, 1, 0)
    assert 2 not in feature.panel.queue_ids()  # decided: no longer to discuss
    assert window.messages == []  # type: ignore[attr-defined]


def test_without_quorum_the_dialog_says_why_and_nothing_is_recorded(
    window: MainWindow, demo_path: Path
) -> None:
    feature = open_deliberation(window, demo_path)
    dialogs = Dialogs(feature)
    meeting = attend(feature, dialogs, present={1, 2, 3})
    assert "quorum is not reached" in meeting.quorum_label.text()

    feature.panel.select_dossier(1)
    dialogs.steps[DecisionDialog] = vote(3, 0, 0)
    feature.decide_current()

    dialog = decision_dialog(dialogs)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.refusal() == (
        "Not recorded: No decision can be recorded without quorum: "
        "3 of 6 members present (4 required): quorum is not reached."
    )
    assert "quorum is not reached" in dialog.quorum_label.text()
    assert stored_decision(window, 1) is None
    assert cell(feature, 1, ResultsColumn.STATUS) == "Pending"


def test_the_services_refusals_are_said_in_french(
    qtbot: QtBot, translations: Translations, demo_path: Path
) -> None:
    """The service's refusal (an English template and its figures) reaches the form and the
    message boxes in the interface's language, figures filled in."""
    assert translations.install("fr")
    window = make_window(qtbot, translations=translations)
    feature = open_deliberation(window, demo_path)
    dialogs = Dialogs(feature)
    attend(feature, dialogs, present={1, 2, 3})
    feature.panel.select_dossier(1)
    dialogs.steps[DecisionDialog] = vote(3, 0, 0)
    feature.decide_current()
    assert decision_dialog(dialogs).refusal() == (
        "Non enregistré\u00a0: Aucune décision ne peut être enregistrée\u00a0: le quorum "
        "n’est pas atteint (3 membre(s) présent(s) sur 6, 4 requis)."
    )

    attend(feature, dialogs)
    feature.panel.select_dossier(3)
    dialogs.steps[DecisionDialog] = vote(2, 3, 1, level=2)
    feature.decide_current()
    number = feature.panel.model.result(3).ds_number  # type: ignore[union-attr]
    assert decision_dialog(dialogs).refusal() == (
        f"Non enregistré\u00a0: Le niveau 2 pour le dossier {number} n’est pas adopté "
        "(2 pour, 3 contre, 1 abstentions)\u00a0: il faut la majorité des suffrages exprimés."
    )
    window.close()


def test_a_tie_is_decided_by_the_presidents_ballot(window: MainWindow, demo_path: Path) -> None:
    feature = open_deliberation(window, demo_path)
    dialogs = Dialogs(feature)
    attend(feature, dialogs)
    feature.panel.select_dossier(3)

    dialogs.steps[DecisionDialog] = vote(3, 3, 0)  # a tie, no casting vote given
    feature.decide_current()
    dialog = decision_dialog(dialogs)
    assert dialog.ballot_combo.isEnabled()
    assert dialog.tally_label.text() == "Tie: the president's ballot decides."
    assert "is not adopted (3 for, 3 against, 0 abstentions)" in dialog.refusal()
    assert stored_decision(window, 3) is None

    dialogs.steps[DecisionDialog] = vote(3, 3, 0, ballot=Ballot.FOR)
    feature.decide_current()
    dialog = decision_dialog(dialogs)
    assert dialog.tally_label.text() == "Adopted by the president's casting vote."
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored_decision(window, 3) is not None
    assert cell(feature, 3, ResultsColumn.STATUS) == "Decided"


def test_recused_members_are_shown_and_cannot_vote(window: MainWindow, demo_path: Path) -> None:
    feature = open_deliberation(window, demo_path)
    dialogs = Dialogs(feature)
    attend(feature, dialogs)
    feature.panel.select_dossier(4)  # François Mercier stepped aside for dossier 4

    dialogs.steps[DecisionDialog] = vote(6, 0, 0)  # one vote too many: the spin box stops at 5
    feature.decide_current()
    dialog = decision_dialog(dialogs)
    assert "5 members entitled to vote" in dialog.voters_label.text()
    assert "Recused, cannot vote on this dossier: François Mercier" in dialog.voters_label.text()
    assert dialog.for_spin.maximum() == 5 and dialog.for_spin.value() == 5
    assert dialog.result() == QDialog.DialogCode.Accepted
    decision = stored_decision(window, 4)
    assert decision is not None and decision.votes_for == 5


def test_closing_locks_and_reopening_asks_a_reason_that_is_audited(
    window: MainWindow, demo_path: Path
) -> None:
    feature = open_deliberation(window, demo_path)
    dialogs = Dialogs(feature)
    attend(feature, dialogs)
    feature.panel.select_dossier(5)
    dialogs.steps[DecisionDialog] = vote(6, 0, 0, level=3)
    feature.decide_current()
    assert cell(feature, 5, ResultsColumn.STATUS) == "Decided"

    questions: list[str] = []
    feature.ask_confirmation = lambda title, text: questions.append(text) or True  # type: ignore[method-assign]
    feature.close_meeting()
    assert "1 decision(s) will be locked" in questions[0]
    assert cell(feature, 5, ResultsColumn.STATUS) == "Locked"
    assert "The meeting is closed" in feature.panel.meeting_label.text()
    panel = feature.panel
    panel.select_dossier(5)
    assert panel.reopen_button.isEnabled() and not panel.decide_button.isEnabled()
    assert not panel.close_button.isEnabled()

    feature.ask_reason = lambda title, label: "   "  # type: ignore[method-assign]
    feature.reopen_current()
    messages = window.messages  # type: ignore[attr-defined]
    assert messages and messages[-1].icon == QMessageBox.Icon.Warning
    assert messages[-1].text == "Reopening a decision needs a reason."
    assert cell(feature, 5, ResultsColumn.STATUS) == "Locked"

    asked: list[str] = []
    feature.ask_reason = lambda title, label: asked.append(label) or "Erreur de saisie"  # type: ignore[method-assign]
    feature.reopen_current()
    assert "18000148" in asked[0]
    assert cell(feature, 5, ResultsColumn.STATUS) == "Decided"
    assert panel.decide_button.isEnabled()
    jury_file = window.jury_file
    assert jury_file is not None
    reopen = next(e for e in audit.list_events(jury_file, 5) if e.action == "decision.reopen")
    assert reopen.details["reason"] == "Erreur de saisie"
    assert deliberation.get_meeting(jury_file).closed_at is None


def test_enter_in_a_vote_box_records_nothing_and_the_form_shows_what_will_be_recorded(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    feature = open_deliberation(window, demo_path)
    dialogs = Dialogs(feature)
    attend(feature, dialogs)
    assert feature.panel.select_dossier(2)
    number = feature.panel.model.result(2).ds_number  # type: ignore[union-attr]
    seen: dict[str, object] = {}

    def type_votes(dialog: QDialog) -> None:
        assert isinstance(dialog, DecisionDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.set_level(2)
        dialog.for_spin.setFocus()
        dialog.for_spin.selectAll()
        qtbot.keyClicks(dialog.for_spin, "5")
        qtbot.keyClick(dialog.for_spin, Qt.Key.Key_Return)  # Enter in a number box
        seen["after_enter"] = dialog.isVisible(), stored_decision(window, 2)
        seen["focus_moved"] = dialog.focusWidget() is not dialog.for_spin
        dialog.set_votes(5, 1, 0)
        seen["recap"] = dialog.recap_label.text()
        dialog.record_button.click()

    dialogs.steps[DecisionDialog] = type_votes
    feature.decide_current()
    assert seen["after_enter"] == (True, None)  # still open, nothing recorded
    assert seen["focus_moved"]  # Enter goes to the next field
    recap = str(seen["recap"])
    assert "Niveau 2 — Initiatives" in recap and "5 for, 1 against, 0 abstentions" in recap, recap
    assert "no casting vote" in recap
    decision = stored_decision(window, 2)
    assert decision is not None and decision.level == 2
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Decision recorded for dossier {number}: Niveau 2 — Initiatives"), said
    assert "5 for, 1 against, 0 abstentions" in said
    assert feature.panel.current_dossier_id() == 2  # the table stays on the dossier decided
