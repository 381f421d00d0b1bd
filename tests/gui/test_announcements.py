"""What a screen reader is told (``gui.announce``): the Notification strip itself, and each
status message of the scoring screen and the deliberation, driven as a juror does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from tnl_jury.gui import announce as announce_module
from tnl_jury.gui.announce import announce, announcer, strip_of
from tnl_jury.gui.deliberation.decision_dialog import DecisionDialog
from tnl_jury.gui.deliberation.meeting_dialog import MeetingDialog
from tnl_jury.gui.i18n import Translations
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.scoring.member_chooser import Scorer
from tnl_jury.storage import models as m

from .conftest import make_window
from .deliberation_helpers import Dialogs, attend, open_deliberation, vote
from .scoring_helpers import answer_chooser, focused, open_demo, press, show_active

MEMBER, MEMBER_NAME = 3, "Nadia Nguyen"
UNSCORED = 10  # the demo leaves dossiers 8 to 12 unscored


@pytest.fixture
def heard(qapp: object) -> Iterator[list[tuple[str, bool]]]:
    """Every (text, assertive) announced during the test."""
    said: list[tuple[str, bool]] = []

    def record(text: str, assertive: bool) -> None:
        said.append((text, assertive))

    announcer().announced.connect(record)
    yield said
    announcer().announced.disconnect(record)


def texts(heard: list[tuple[str, bool]]) -> list[str]:
    return [text for text, _ in heard]


def test_an_announcement_is_a_notification_shown_then_hidden(
    qtbot: QtBot, heard: list[tuple[str, bool]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(announce_module, "DISPLAY_MS", 200)
    monkeypatch.setattr(announce_module, "BRIEF_MS", 200)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    announce("", window)
    assert heard == []  # nothing to say, nothing said

    announce("Décision enregistrée.", window)
    strip = strip_of(window)
    assert strip is not None and strip.isVisible() and strip.text() == "Décision enregistrée."
    interface = QAccessible.queryAccessibleInterface(strip)
    assert interface is not None
    assert interface.role() == QAccessible.Role.Notification
    assert interface.text(QAccessible.Text.Name) == "Décision enregistrée."
    assert strip.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert heard == [("Décision enregistrée.", False)]
    # A second message is a new appearance of the same strip.
    announce("Non enregistré.", window, assertive=True)
    second = strip_of(window)  # a new object: screen readers cache the old one's name
    assert second is not None and second is not strip
    assert second.isVisible() and second.text() == "Non enregistré."
    assert heard[-1] == ("Non enregistré.", True)
    qtbot.waitUntil(lambda: not second.isVisible(), timeout=3000)
    # Candidates' names go into announcements: never interpreted as markup.
    announce("Dossier 1 — <b>Ville</b> <img src=x>", window)
    third = strip_of(window)
    assert third is not None and third.textFormat() == Qt.TextFormat.PlainText
    # Other widgets keep their own accessible role.
    other = QAccessible.queryAccessibleInterface(window)
    assert other is not None and other.role() != QAccessible.Role.Notification


def start_scoring(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    answer_chooser(qtbot, screen, MEMBER_NAME)
    assert screen.start_scoring(UNSCORED)


def test_the_scoring_screen_says_which_dossier_and_each_outcome(
    qtbot: QtBot, window: MainWindow, demo_path: Path, heard: list[tuple[str, bool]]
) -> None:
    start_scoring(qtbot, window, demo_path)
    screen = window.scoring_screen
    dossier = screen.sheet.dossier
    opened = f"Dossier {dossier.ds_number} — {dossier.candidate_name}, not started"
    keys = (
        "Digits 0 to 4, Left, Right: score. N: no opinion. Delete: clear. Up, Down: other "
        "criterion."
    )
    assert texts(heard)[-1] == f"{opened}. {keys}"  # the scale's keys: the first time only
    strip = strip_of(window)
    assert strip is not None and strip.text() == f"{opened}. {keys}"

    press(qtbot, "7")  # the default scale goes from 0 to 4
    assert heard[-1] == ("7 is not on this scale (from 0 to 4).", True)

    press(qtbot, "2")
    step = screen.criteria.rows[screen.criteria.current_code()].criterion.step(2)
    assert heard[-1] == (f"2 — {step.label}", False)  # the words Orca 43 does not say
    screen.move_dossier(+1)
    screen.move_dossier(-1)  # back: the dossier is now in progress
    assert texts(heard)[-1] == opened.replace("not started", "in progress")

    screen.criteria.level.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # "— not proposed —" → "0 — not labelled"
    assert texts(heard)[-1] == "Proposed level: 0 — not labelled"

    for code in screen.criteria.order:
        screen.criteria.focus_criterion(code)
        press(qtbot, "1")
    press(qtbot, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    submitted = (
        f"Dossier {dossier.ds_number} submitted: your scores on {len(screen.criteria.order)} "
        "criteria and your proposed level (0 — not labelled) are transmitted to the jury."
    )
    assert texts(heard)[-1] == submitted
    # Shown once the sheet's burst of read-only events is over (Orca drops a deluge).
    qtbot.waitUntil(
        lambda: (s := strip_of(window)) is not None and s.isVisible() and s.text() == submitted,
        timeout=3000,
    )

    screen.move_dossier(+1)
    screen.move_dossier(-1)
    assert texts(heard)[-1].endswith(", submitted")


def test_a_failed_save_says_the_score_was_not_saved(
    qtbot: QtBot, window: MainWindow, demo_path: Path, heard: list[tuple[str, bool]]
) -> None:
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    screen.set_scorer(Scorer(MEMBER, MEMBER_NAME))
    screen.start_scoring(9)
    jury_file = window.jury_file
    assert jury_file is not None
    with jury_file.transaction() as session:  # the secretariat locks it from elsewhere
        session.add(m.Decision(dossier_id=9, level=2, locked=True))
    press(qtbot, "3")
    said = [text for text, assertive in heard if assertive]
    assert said == [
        "Your last change was NOT saved. The dossier is read again from the file: check your score."
    ]


def test_the_filter_says_how_many_rows_are_left(
    qtbot: QtBot, window: MainWindow, demo_path: Path, heard: list[tuple[str, bool]]
) -> None:
    start_scoring(qtbot, window, demo_path)
    screen = window.scoring_screen
    assert screen.focus_filter()
    qtbot.keyClicks(focused(), screen.sheet.dossier.ds_number)
    shown = screen.ui.proxy.rowCount()
    assert 0 < shown < 12
    expected = f"{shown} of 12 rows"
    qtbot.waitUntil(lambda: bool(heard) and heard[-1][0] == expected, timeout=3000)
    assert texts(heard).count(expected) == 1  # once the typing paused, not per key


def test_the_deliberation_says_quorum_vote_and_what_was_recorded(
    qtbot: QtBot, window: MainWindow, demo_path: Path, heard: list[tuple[str, bool]]
) -> None:
    feature = open_deliberation(window, demo_path)
    show_active(qtbot, window)
    dialogs = Dialogs(feature)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        dialog.show()
        dialog.set_all_present(True)
        dialog.set_present(2, False)
        dialog.set_all_present(False)
        dialog.set_present(1, True)
        dialog.accept()

    dialogs.steps[MeetingDialog] = fill
    feature.edit_meeting()
    assert any(
        t.endswith(": present. ✖ 1 of 6 members present (4 required): quorum is not reached.")
        for t in texts(heard)
    ), heard
    assert any(": absent." in t for t in texts(heard))
    assert texts(heard)[-1].startswith("The meeting is recorded. Meeting of")

    attend(feature, dialogs)
    heard.clear()
    assert feature.panel.select_dossier(2)

    def decide(dialog: QDialog) -> None:
        assert isinstance(dialog, DecisionDialog)
        dialog.show()
        vote(5, 1, 0, level=2)(dialog)

    dialogs.steps[DecisionDialog] = decide
    feature.decide_current()
    number = feature.panel.model.result(2).ds_number  # type: ignore[union-attr]
    assert "Adopted: a majority of the votes cast." in texts(heard)
    said = texts(heard)[-1]  # what was recorded, not only that something was
    assert said.startswith(f"Decision recorded for dossier {number}: Niveau 2 — Initiatives"), said
    assert said.endswith("5 for, 1 against, 0 abstentions; no casting vote."), said

    heard.clear()
    assert feature.panel.select_dossier(3)

    def refuse(dialog: QDialog) -> None:
        dialog.show()
        vote(2, 3, 1, level=2)(dialog)

    dialogs.steps[DecisionDialog] = refuse
    feature.decide_current()
    refusals = [t for t, assertive in heard if assertive]
    assert len(refusals) == 1 and refusals[0].startswith("Not recorded: ")
    assert "Not adopted: it needs a majority of the votes cast." in texts(heard)


def test_the_dossier_is_announced_in_french(
    qtbot: QtBot, translations: Translations, demo_path: Path, heard: list[tuple[str, bool]]
) -> None:
    assert translations.install("fr")
    window = make_window(qtbot, translations=translations)
    start_scoring(qtbot, window, demo_path)
    dossier = window.scoring_screen.sheet.dossier
    assert texts(heard)[-1] == (
        f"Dossier {dossier.ds_number} — {dossier.candidate_name}, non commencé. Chiffres de 0 "
        "à 4, flèches gauche et droite\u00a0: noter. N\u00a0: sans avis. Suppr\u00a0: effacer. "
        "Flèches haut et bas\u00a0: autre critère."
    )
    press(qtbot, "9")
    assert heard[-1] == ("9 ne figure pas sur cette échelle (de 0 à 4).", True)
    window.close()


def test_the_strip_lies_over_the_status_bar_not_over_the_content(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTextEdit

    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QTextEdit(window))
    window.statusBar().showMessage("Fichier ouvert")
    window.resize(640, 400)
    window.show()
    qtbot.waitExposed(window)
    long_text = "Dossier 18000777 — Ville de Saint-Rémy-de-Provence, " * 6 + "non commencé"
    announce(long_text, window)
    strip = strip_of(window)
    assert strip is not None and strip.isVisible()
    central = window.centralWidget().geometry()
    assert not strip.geometry().intersects(central), (strip.geometry(), central)
    assert strip.geometry().bottom() == window.height() - 1
    # One line, elided for the eye; the whole text for the screen reader and the tooltip.
    assert strip.text() != long_text and strip.text().endswith("…")
    assert strip.accessibleName() == long_text and strip.toolTip() == long_text


def test_in_a_dialog_the_strip_never_covers_its_buttons(qtbot: QtBot) -> None:
    """A dialog has no status bar: the strip shows briefly at its top edge, never over the
    buttons that act (the decision form's "Record" was hidden while the votes were typed)."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QTextEdit(dialog))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    layout.addWidget(buttons)
    dialog.resize(500, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    announce("Égalité : le vote du président départage.", dialog)
    strip = strip_of(dialog)
    assert strip is not None and strip.isVisible()
    assert not strip.geometry().intersects(buttons.geometry()), (strip.geometry(), buttons)
    assert strip.geometry().top() < dialog.height() // 2


def test_a_key_press_hides_the_message_it_makes_stale(qtbot: QtBot) -> None:
    """ "…, not started" stays no longer than the state it tells: the next key press hides it;
    what that key press itself announces shows."""
    from PySide6.QtWidgets import QLineEdit

    window = QMainWindow()
    qtbot.addWidget(window)
    field = QLineEdit(window)
    window.setCentralWidget(field)
    window.statusBar()
    window.resize(640, 400)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    announce("Dossier 18000777 — Ville de Lanvéoc, non commencé", window)
    stale = strip_of(window)
    assert stale is not None and stale.isVisible()
    field.textEdited.connect(lambda _t: announce("En cours", field))
    qtbot.keyClick(field, Qt.Key.Key_3)
    qtbot.wait(10)
    assert not stale.isVisible()
    fresh = strip_of(window)
    assert fresh is not None and fresh is not stale
    assert fresh.isVisible() and fresh.text() == "En cours"
    # A click too: the next input hides the message before it.
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    assert not fresh.isVisible()


def test_the_input_guard_listens_only_while_a_strip_is_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No Python call for every event of the application once the strips are gone."""
    monkeypatch.setattr(announce_module, "DISPLAY_MS", 100)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.statusBar()
    window.show()
    announce("Décision enregistrée.", window)
    guard = announce_module._guard()
    assert guard._installed
    qtbot.waitUntil(lambda: not guard._installed, timeout=3000)
