"""The scoring screen follows the change notice for the sheet it shows (issue #15): a ballot
import for the member at the keyboard shows on the open sheet at once, without moving the
focus or the current criterion, and never while the member is typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from ballot_helpers import base_file
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tnl_jury.gui.ballots import actions
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.scoring.screen import ScoringScreen
from tnl_jury.gui.scoring.status import IN_PROGRESS
from tnl_jury.gui.tasks import deliver_queued_calls
from tnl_jury.services import dossiers, members, scores
from tnl_jury.services.ballots import export_ballot
from tnl_jury.services.packages import make_package
from tnl_jury.storage.jury_file import open_jury_file

from .scoring_helpers import answer_chooser, screen_of, show_active, stored

MEMBER = 2


def _ballot(tmp_path: Path) -> tuple[Path, Path, int, str]:
    """The secretariat's file and member 2's ballot: A-1 = 2 with a comment on the first
    dossier. Returns the file, the ballot, the dossier's id and the member's name."""
    base = base_file(tmp_path, dossier_count=2, member_count=3)
    usb = tmp_path / "usb"
    usb.mkdir()
    with open_jury_file(base) as jf:
        package = make_package(jf, MEMBER, usb / "p2.tnlj").path
        did = dossiers.list_dossiers(jf)[0].id
        name = next(m.name for m in members.list_members(jf) if m.id == MEMBER)
    with open_jury_file(package) as pk:
        scores.set_score(pk, MEMBER, did, "A-1", 2, comment="Vu dans le dossier")
        ballot = export_ballot(pk, usb).path
    return base, ballot, did, name


def _scoring(qtbot: QtBot, window: MainWindow, base: Path, did: int, name: str) -> ScoringScreen:
    window.open_file(base)
    show_active(qtbot, window)
    screen = screen_of(window)
    answer_chooser(qtbot, screen, name)
    assert screen.start_scoring(did)
    qtbot.wait(20)  # the member chooser's last events (it is deleted later)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    screen.criteria.focus_criterion("B-1")
    qtbot.waitUntil(lambda: screen.criteria.current_code() == "B-1")
    return screen


def test_a_ballot_import_shows_on_the_open_sheet_without_moving_the_focus(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, ballot, did, name = _ballot(tmp_path)
    screen = _scoring(qtbot, window, base, did, name)
    focus = screen.focusWidget()
    assert screen.criteria.rows["A-1"].selector.value is None

    monkeypatch.setattr(actions, "ask_ballot_files", lambda _window: [ballot])
    window.ui.actions["import_ballots"].trigger()

    row = screen.criteria.rows["A-1"]
    qtbot.waitUntil(lambda: row.selector.value == 2)
    assert row.comment.toPlainText() == "Vu dans le dossier"
    assert screen.recorder.state("A-1").value == 2  # what the member changes next starts here
    assert screen.ui.list_model.status(did) == IN_PROGRESS
    assert screen.criteria.current_code() == "B-1"
    assert screen.focusWidget() is focus
    assert screen.sheet is not None and screen.sheet.dossier.id == did


def test_the_sheet_waits_while_the_member_types_a_comment(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    base, _ballot_path, did, name = _ballot(tmp_path)
    screen = _scoring(qtbot, window, base, did, name)
    comment = screen.criteria.rows["B-1"].comment
    comment.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is comment)
    qtbot.keyClicks(comment, "En cours")  # not saved yet: the pause has not elapsed
    reads = screen.follower.reads
    jf = window.jury_file
    assert jf is not None

    # Another writer of this window (the Ballots menu flushes the screen first; this does not).
    scores.set_score(jf, MEMBER, did, "A-1", 2, comment="Vu")
    deliver_queued_calls()
    qtbot.wait(50)
    assert screen.follower.reads == reads  # not read again under the member's typing
    assert screen.follower.stale
    assert comment.toPlainText() == "En cours"
    assert screen.criteria.rows["A-1"].selector.value is None

    screen.criteria.rows["B-1"].flush_comment()  # the pause elapses: the comment is saved
    qtbot.waitUntil(lambda: screen.criteria.rows["A-1"].selector.value == 2)
    assert comment.toPlainText() == "En cours"
    assert QApplication.focusWidget() is comment
    assert stored(jf, MEMBER, did)["B-1"][2] == "En cours"
    assert stored(jf, MEMBER, did)["A-1"] == (2, False, "Vu")


def test_the_members_own_writes_read_back_equal_and_change_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    base, _ballot_path, did, name = _ballot(tmp_path)
    screen = _scoring(qtbot, window, base, did, name)
    undo = screen.recorder.undo_stack
    screen.recorder.set_score("B-1", 3, False, "B-1")
    qtbot.waitUntil(lambda: screen.recorder.saver.pending == 0)
    assert screen.criteria.rows["B-1"].selector.value == 3
    assert undo.canUndo()  # the sheet was not shown again: the member's undo stays
    assert screen.criteria.current_code() == "B-1"


def test_a_recusal_recorded_elsewhere_closes_the_open_sheet(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    base, _ballot_path, did, name = _ballot(tmp_path)
    screen = _scoring(qtbot, window, base, did, name)
    assert screen.can_edit()
    jf = window.jury_file
    assert jf is not None

    members.recuse(jf, MEMBER, did, "Conflit d'intérêts")  # the secretariat, on the Jury tab
    deliver_queued_calls()
    qtbot.waitUntil(lambda: screen.sheet is not None and screen.sheet.recusal_reason is not None)
    assert not screen.can_edit()
    assert not screen.actions_["submit"].isEnabled()
    assert screen.recorder.sheet is None  # nothing more is recorded on it
    assert screen.ui.list_model.status(did) == "recused"
