"""The comparison view (blindness, comments, spread marker), the edition settings dialog and
the Print scoring sheets action, driven through the main window on a real demo file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tnl_jury.gui.i18n import Translations
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.scoring.comparison import ComparisonDialog, open_comparison
from tnl_jury.gui.scoring.comparison_model import (
    COMMENT_ROLE,
    HIGHLIGHT_ROLE,
    ComparisonTableModel,
)
from tnl_jury.services import edition, scores, scoring
from tnl_jury.storage.jury_file import JuryFile

from .conftest import make_window

COMMENT = "Délibération votée en 2023 ; à vérifier."


@dataclass(frozen=True)
class Setup:
    jury_file: JuryFile
    dossier_id: int
    president: int
    alice: int  # a plain member, the viewer
    bob: int  # another plain member
    carol: int  # a third one
    criteria: list[str]


def _criteria(jf: JuryFile) -> list[str]:
    return [c.code for d in edition.grid_summary(jf) for c in d.criteria]


@pytest.fixture
def setup(window: MainWindow, demo_path: Path) -> Setup:
    """The demo open in the window; the last dossier (never scored in the demo) gets scores
    from Bob (all 4, a comment on the first criterion) and Carol (all 0, except 4 on the
    second criterion), and one score from Alice, who has not submitted."""
    window.open_file(demo_path)
    jf = window.jury_file
    assert jf is not None and window.snapshot is not None
    by_role = {m.role: m.id for m in window.snapshot.members}
    plain = [m.id for m in window.snapshot.members if m.role == "member"]
    alice, bob, carol = plain[0], plain[1], plain[2]
    dossier_id = window.snapshot.dossiers[-1].id
    assert not [s for s in scores.list_scores(jf, dossier_id=dossier_id)]
    codes = _criteria(jf)
    for code in codes:
        scores.set_score(jf, bob, dossier_id, code, 4)
        scores.set_score(jf, carol, dossier_id, code, 4 if code == codes[1] else 0)
    scores.set_score(
        jf, bob, dossier_id, codes[0], 4, comment="Délibération votée en 2023 ; à vérifier."
    )
    scores.set_score(jf, alice, dossier_id, codes[0], 2)
    return Setup(jf, dossier_id, by_role["president"], alice, bob, carol, codes)


def _dialog(window: MainWindow) -> ComparisonDialog:
    dialogs = [d for d in window.findChildren(ComparisonDialog) if not d.closing]
    assert len(dialogs) == 1
    return dialogs[0]


def _column(model: ComparisonTableModel, member_id: int) -> int:
    return model.column_of(member_id)


def _texts(model: ComparisonTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_blind_until_the_member_submits_then_everything_shows(
    window: MainWindow, setup: Setup
) -> None:
    open_comparison(window, setup.dossier_id, setup.alice)
    dialog = _dialog(window)
    model = dialog.model
    assert dialog.isVisible()
    assert window.messages == []  # type: ignore[attr-defined]
    assert model.rowCount() == len(setup.criteria)
    assert set(_texts(model, _column(model, setup.bob))) == {"hidden"}
    assert _texts(model, _column(model, setup.alice))[0] == "2"
    assert dialog.notice.isVisibleTo(dialog)
    assert "submit your own scores" in dialog.notice_text.text()
    hidden_index = model.index(0, _column(model, setup.bob))
    assert "submit your own scores" in hidden_index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.data(hidden_index, COMMENT_ROLE) == ""  # Bob's comment is hidden too
    assert set(_texts(model, model.spread_column)) == {"hidden"}  # it would measure hers
    assert model.highlighted_count() == 0
    assert "(you)" in model.headerData(_column(model, setup.alice), Qt.Orientation.Horizontal)

    for code in setup.criteria:
        scores.set_score(setup.jury_file, setup.alice, setup.dossier_id, code, 3)
    scoring.submit(setup.jury_file, setup.alice, setup.dossier_id)
    open_comparison(window, setup.dossier_id, setup.alice)  # the same window, read again

    assert _dialog(window) is dialog
    assert not dialog.notice.isVisibleTo(dialog)
    assert "hidden" not in _texts(model, _column(model, setup.bob))
    assert _texts(model, _column(model, setup.bob))[1] == "4"
    assert _texts(model, _column(model, setup.alice))[0] == "3"


def test_the_president_and_the_secretariat_see_everything(window: MainWindow, setup: Setup) -> None:
    open_comparison(window, setup.dossier_id, setup.president)
    dialog = _dialog(window)
    assert not dialog.notice.isVisibleTo(dialog)
    assert _texts(dialog.model, _column(dialog.model, setup.bob))[1] == "4"
    assert "(president)" in dialog.viewer_label.text()
    dialog.close()

    open_comparison(window, setup.dossier_id, None)
    dialog = _dialog(window)
    assert "secretariat" in dialog.viewer_label.text()
    assert "hidden" not in _texts(dialog.model, _column(dialog.model, setup.carol))


def test_comments_show_on_hover_and_in_the_side_pane(window: MainWindow, setup: Setup) -> None:
    open_comparison(window, setup.dossier_id, None)
    dialog = _dialog(window)
    model = dialog.model
    comment = COMMENT
    cell = model.index(0, _column(model, setup.bob))
    assert cell.data() == "4 ✎"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == comment
    assert comment in cell.data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.index(0, _column(model, setup.carol)).data(Qt.ItemDataRole.ToolTipRole) is None

    dialog.view.setCurrentIndex(cell)  # a click or the arrow keys
    assert comment in dialog.pane.toPlainText()
    assert "Score: 4" in dialog.pane.toPlainText()
    assert setup.criteria[0] in dialog.pane.toPlainText()

    dialog.view.setCurrentIndex(model.index(0, 0))  # the criterion: every comment on it
    bob_name = model.member_at(_column(model, setup.bob))[1]  # type: ignore[index]
    assert f"{bob_name}: {comment}" in dialog.pane.toPlainText()
    dialog.view.setCurrentIndex(model.index(2, _column(model, setup.carol)))
    assert "No comment." in dialog.pane.toPlainText()


def test_far_apart_scores_are_marked_in_words_and_colour(
    window: MainWindow, setup: Setup, english: Translations
) -> None:
    open_comparison(window, setup.dossier_id, None)
    model = _dialog(window).model
    spread = model.spread_column
    # Row 0: Alice 2, Bob 4, Carol 0 -> range 4. Row 1: Bob 4, Carol 4 -> agreement.
    assert model.index(0, spread).data() == "⚠ spread 4"
    assert model.index(0, spread).data(HIGHLIGHT_ROLE) is True
    assert model.index(0, spread).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "far apart" in model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.index(1, spread).data() == "spread 0"
    assert model.index(1, spread).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "(1 far apart)" not in _dialog(window).table_label.text()  # rows 0 and 2..16
    assert model.highlighted_count() == len(setup.criteria) - 1

    assert english.install("fr")
    assert model.index(0, spread).data() == "⚠ écart 4"
    assert model.index(1, spread).data() == "écart 0"
    assert model.tr("hidden") == "masqué"


def test_the_settings_dialog_turns_blindness_off(window: MainWindow, setup: Setup) -> None:
    open_comparison(window, setup.dossier_id, setup.alice)
    comparison = _dialog(window)
    assert comparison.notice.isVisibleTo(comparison)

    window.ui.actions["edition_settings"].trigger()
    dialog = window.edition_settings.settings_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.blind_check.isChecked()
    dialog.blind_check.setChecked(False)
    dialog.threshold_spin.setValue(1.5)
    assert dialog.changes() == {"blind_scoring": False, "disagreement_threshold": 1.5}
    dialog.accept()

    assert window.messages == []  # type: ignore[attr-defined]
    settings = edition.get_settings(setup.jury_file)
    assert settings.blind_scoring is False
    assert settings.disagreement_threshold == 1.5
    assert not scoring.comparison(setup.jury_file, setup.dossier_id, setup.alice).blind
    # The open comparison followed (the change notice).
    assert not comparison.notice.isVisibleTo(comparison)
    assert "hidden" not in _texts(comparison.model, _column(comparison.model, setup.bob))


def test_compare_scores_uses_the_dossier_selected_in_the_list(
    window: MainWindow, setup: Setup
) -> None:
    action = window.ui.actions["compare_scores"]
    assert action.isEnabled()
    window.dossiers_panel.view.clearSelection()
    window.dossiers_panel.view.setCurrentIndex(window.dossiers_panel.proxy.index(-1, -1))
    action.trigger()
    assert [m.icon for m in window.messages] == [QMessageBox.Icon.Information]  # type: ignore[attr-defined]
    assert not window.findChildren(ComparisonDialog)

    panel = window.dossiers_panel
    row = next(
        r
        for r in range(panel.proxy.rowCount())
        if panel.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 3).id == setup.dossier_id
    )
    panel.view.selectRow(row)
    action.trigger()
    dialog = _dialog(window)
    assert dialog.key == (setup.dossier_id, None)
    assert window.snapshot is not None
    assert window.snapshot.dossiers[-1].candidate_name in dialog.windowTitle()

    window.close_file()
    assert not action.isEnabled()
    assert all(d.closing for d in window.findChildren(ComparisonDialog))


def test_print_scoring_sheets_writes_the_pdf(
    window: MainWindow, setup: Setup, tmp_path: Path
) -> None:
    panel = window.dossiers_panel
    panel.view.selectRow(0)
    window.ui.actions["scoring_sheets"].trigger()
    dialog = window.scoring_sheets.sheets_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selected_radio.isEnabled()
    dialog.selected_radio.setChecked(True)
    out = tmp_path / "fiches"
    dialog.path_edit.setText(str(out))
    dialog.accept()

    pdf = tmp_path / "fiches.pdf"
    assert pdf.is_file()
    messages = window.messages  # type: ignore[attr-defined]
    assert [m.icon for m in messages] == [QMessageBox.Icon.Information]
    assert str(pdf) in messages[0].text
    assert window.snapshot is not None
    active = [m for m in window.snapshot.members if m.active]
    selected = panel.view.currentIndex().data(Qt.ItemDataRole.UserRole + 3)
    recused = {r.member_id for r in window.snapshot.recusals if r.dossier_id == selected.id}
    with pikepdf.open(pdf) as doc:
        assert len(doc.pages) == len(active) - len(recused)


def test_the_sheets_dialog_refuses_a_missing_folder(
    qtbot: QtBot, window: MainWindow, setup: Setup, tmp_path: Path
) -> None:
    dialog = window.scoring_sheets.print_sheets()
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "x.pdf"))
    dialog.accept()
    assert dialog.isVisible() and dialog.request() is None
    assert "does not exist" in dialog.error_label.text()
    dialog.member_combo.setCurrentIndex(1)  # blank sheets
    dialog.path_edit.setText(str(tmp_path / "blank.pdf"))
    dialog.accept()
    request = dialog.request()
    assert request is not None and request.blank and request.member_ids is None
    assert (tmp_path / "blank.pdf").is_file()


def test_settings_are_refused_on_a_read_only_file(
    qtbot: QtBot, english: Translations, demo_path: Path
) -> None:
    first = make_window(qtbot, translations=english)
    first.open_file(demo_path)
    second = make_window(qtbot, translations=english)
    second.open_file(demo_path)
    try:
        assert second.snapshot is not None and second.snapshot.read_only
        assert not second.ui.actions["edition_settings"].isEnabled()
        assert second.ui.actions["compare_scores"].isEnabled()
    finally:
        second.close()
        first.close()
