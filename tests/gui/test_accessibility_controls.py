"""Controls as a screen reader's user meets them: comment fields named after their criterion,
Enter pressing the focused button, the signing wizard's Cancel, numbers read with their
column's meaning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tnl_jury.gui.announce import announcer
from tnl_jury.gui.deliberation.results_model import ResultsColumn
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.outputs.signatories import SIGNED
from tnl_jury.gui.outputs.signing_wizard import SigningWizard
from tnl_jury.io.signing.keys import create_jury_ca, create_member_identity
from tnl_jury.services import members, outputs, results
from tnl_jury.storage.jury_file import open_jury_file

from .deliberation_helpers import open_deliberation
from .outputs_demo import decided_demo
from .scoring_helpers import answer_chooser, open_demo, show_active

PASS = "phrase de passe du membre"


def test_each_comment_field_is_named_after_its_criterion(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    answer_chooser(qtbot, screen, "Nadia Nguyen")
    assert screen.start_scoring(10)
    names = set()
    for code, row in screen.criteria.rows.items():
        # Screen readers read a field by its label (the buddy), so the label says which.
        assert row.comment_label.text() == f"Comment on {code}:"
        assert row.comment_label.buddy() is row.comment
        assert row.comment.accessibleName() == f"Comment on {code}: {row.criterion.label}"
        names.add(row.comment.accessibleName())
    assert len(names) == len(screen.criteria.rows) == 17


def test_enter_presses_the_focused_button_outside_dialogs(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    window.select_panel(screen.key)
    asked: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        asked.append(dialog)
        return False

    screen.exec_dialog = run  # type: ignore[method-assign,assignment]
    button = screen.ui.choose_button
    button.setFocus()
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(asked) == 1)  # "Choose the member…" pressed: it asks who
    qtbot.keyClick(button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(300)
    assert len(asked) == 1  # Ctrl+Enter is not "press"


def test_enter_pressed_with_the_real_chooser(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    window.select_panel(screen.key)
    answer_chooser(qtbot, screen, "Nadia Nguyen")
    screen.ui.choose_button.setFocus()
    qtbot.keyClick(screen.ui.choose_button, Qt.Key.Key_Enter)  # the keypad's Enter too
    qtbot.waitUntil(lambda: screen.scorer is not None)
    assert screen.scorer is not None and screen.scorer.name == "Nadia Nguyen"


def test_the_signing_wizard_cancels_without_locking(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    heard: list[str] = []
    announcer().announced.connect(lambda text, _assertive: heard.append(text))
    demo = decided_demo(tmp_path)
    minutes = tmp_path / "pv.pdf"
    with open_jury_file(demo) as jf:
        outputs.write_minutes(jf, minutes)
        president = members.list_members(jf)[0]
    ca = create_jury_ca("Jury 2026", tmp_path / "ca", PASS, key_size=2048)
    key = create_member_identity(president.name, "P", tmp_path / "p.p12", PASS, ca, key_size=2048)
    window.show()
    window.open_file(demo)
    window.ui.actions["sign_minutes"].trigger()
    (wizard,) = [w for w in window.findChildren(SigningWizard) if w.isVisible()]
    assert wizard.cancel_button.accessibleName() == "Cancel without locking"
    wizard.minutes_field.set_path(minutes)
    qtbot.mouseClick(wizard.load_button, Qt.MouseButton.LeftButton)
    wizard.key_form.p12_field.set_path(key.p12_path)
    wizard.key_form.passphrase.setText(PASS)
    qtbot.mouseClick(wizard.sign_button, Qt.MouseButton.LeftButton)
    assert wizard.states()[0].status == SIGNED

    wizard.cancel_button.setFocus()
    qtbot.keyClick(wizard.cancel_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert window.jury_file is not None
    assert not [r for r in results.compute_results(window.jury_file) if r.status == "locked"]
    assert any("NOT locked" in text for text in heard)


def test_numbers_in_the_results_table_say_what_they_are(
    window: MainWindow, demo_path: Path
) -> None:
    feature = open_deliberation(window, demo_path)
    model = feature.panel.model
    rows = model.rows()
    scored = next(i for i, r in enumerate(rows) if r.aggregate.score is not None)
    cell = model.index(scored, ResultsColumn.SCORE)
    shown = cell.data()
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == f"Score {shown}"
    discussed = [i for i, r in enumerate(rows) if r.to_discuss]
    assert discussed, "the demo has dossiers to discuss"
    cell = model.index(discussed[0], ResultsColumn.DISAGREEMENT)
    figure = cell.data().split()[0]
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == (f"Disagreement {figure} — to discuss")
    calm = [i for i, r in enumerate(rows) if not r.to_discuss and r.disagreement is not None]
    if calm:
        cell = model.index(calm[0], ResultsColumn.DISAGREEMENT)
        assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == f"Disagreement {cell.data()}"
    # Text columns are read as they are.
    cell = model.index(scored, ResultsColumn.CANDIDATE)
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == rows[scored].candidate_name
