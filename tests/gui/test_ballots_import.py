"""The secretariat's side of ballots in the GUI (#7): making every package from the menu,
importing ballots (the summary per member and per file, refusals in full), and settling the
conflicts with paper-typed values, both ways, from the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from ballot_helpers import base_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tnl_jury.gui.ballots import actions
from tnl_jury.gui.ballots.conflicts_dialog import BALLOT_COLUMN, FILE_COLUMN, ConflictsDialog
from tnl_jury.gui.ballots.summary_dialog import BallotImportDialog
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.services import dossiers, scores
from tnl_jury.services.ballots import export_ballot
from tnl_jury.services.packages import package_info
from tnl_jury.storage.jury_file import open_jury_file

from .scoring_helpers import focused, show_active

ALT = Qt.KeyboardModifier.AltModifier


def test_make_every_package_from_the_menu(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = base_file(tmp_path, dossier_count=2, member_count=3)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(actions, "ask_folder", lambda _window, _title: usb)
    window.open_file(base)
    window.ui.actions["make_packages"].trigger()
    [message] = window.messages  # type: ignore[attr-defined]
    assert message.icon == QMessageBox.Icon.Information
    assert message.title == "Juror packages made"
    made = sorted(usb.glob("package-*-2026.tnlj"))
    assert len(made) == 3
    assert all(p.name in message.text for p in made)
    with open_jury_file(made[0]) as pk:
        assert package_info(pk) is not None


def _ballots(tmp_path: Path) -> tuple[Path, list[Path], str]:
    """Two members' ballots; the first member's paper sheet typed meanwhile (two values
    differ, one agrees); a tampered copy of the second ballot."""
    base = base_file(tmp_path, dossier_count=2, member_count=3)
    usb = tmp_path / "usb"
    usb.mkdir()
    with open_jury_file(base) as jf:
        from tnl_jury.services.packages import make_package

        first = make_package(jf, 1, usb / "p1.tnlj").path
        second = make_package(jf, 2, usb / "p2.tnlj").path
        number = dossiers.list_dossiers(jf)[0].ds_number
        did = dossiers.find_dossier_id(jf, number)
        for code, value in (("A-1", 1), ("B-1", 2), ("B-2", 2)):
            scores.set_score(jf, 1, did, code, value, entered_by="papier")
    paths = []
    for member_id, package, values in (
        (1, first, (("A-1", 3), ("B-1", 3), ("B-2", 2))),
        (2, second, (("A-1", 2),)),
    ):
        with open_jury_file(package) as pk:
            for code, value in values:
                comment = "Vu" if code == "A-1" else ""
                scores.set_score(pk, member_id, did, code, value, comment=comment)
            paths.append(export_ballot(pk, usb).path)
    tampered = usb / "tampered.tnlb"
    tampered.write_bytes(paths[1].read_bytes().replace(b'"Vu"', b'"Lu"'))
    return base, [*paths, tampered], number


def test_import_shows_a_summary_and_the_conflicts_are_settled_both_ways(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, paths, number = _ballots(tmp_path)
    window.open_file(base)
    show_active(qtbot, window)
    monkeypatch.setattr(actions, "ask_ballot_files", lambda _window: paths)
    window.ui.actions["import_ballots"].trigger()
    dialog = window.ballot_import_dialog
    assert isinstance(dialog, BallotImportDialog)
    assert dialog.heading.text().startswith(
        "3 ballots read: 2 merged, 0 already imported, 1 refused."
    )
    assert "2 values differ" in dialog.heading.text()
    totals = {t.member_id: t for t in dialog.members_model.rows()}
    assert (totals[1].conflicts, totals[1].unchanged, totals[1].added) == (2, 1, 0)
    assert (totals[2].added, totals[2].conflicts) == (1, 0)
    assert not dialog.refusals.isHidden()
    assert "tampered.tnlb" in dialog.refusals.toPlainText()
    assert "signature does not match" in dialog.refusals.toPlainText()
    results = [dialog.ballots_model.index(r, 4).data() for r in range(3)]
    assert results == ["Merged", "Merged", "Refused"]
    assert not dialog.conflicts_button.isHidden()

    qtbot.mouseClick(dialog.conflicts_button, Qt.MouseButton.LeftButton)
    conflicts = window.ballot_conflicts_dialog
    assert isinstance(conflicts, ConflictsDialog)
    qtbot.waitExposed(conflicts)
    conflicts.activateWindow()  # mnemonics (Alt+M, Alt+T) work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is conflicts)
    rows = conflicts.rows()
    assert [(r.ds_number, r.member_id, r.criterion_code) for r in rows] == [
        (number, 1, "A-1"),
        (number, 1, "B-1"),
    ]
    model = conflicts.model
    assert model.index(0, FILE_COLUMN).data() == "1"
    assert model.index(0, BALLOT_COLUMN).data() == "3 — “Vu”"
    assert conflicts.current() == rows[0]
    qtbot.keyClick(focused(), Qt.Key.Key_M, ALT)  # take the member's value
    # A mnemonic "animates" the click: it lands a moment later.
    qtbot.waitUntil(lambda: [r.criterion_code for r in conflicts.rows()] == ["B-1"])
    assert conflicts.current() is not None
    qtbot.keyClick(focused(), Qt.Key.Key_T, ALT)  # keep the typed value (B-1)
    qtbot.waitUntil(lambda: conflicts.rows() == [])
    assert conflicts.view.isHidden() and not conflicts.empty.isHidden()
    assert not conflicts.keep_ballot.isEnabled()
    assert window.messages == []  # type: ignore[attr-defined]
    jf = window.jury_file
    assert jf is not None
    did = dossiers.find_dossier_id(jf, number)
    kept = {s.criterion_code: (s.value, s.comment) for s in scores.list_scores(jf, member_id=1)}
    assert kept == {"A-1": (3, "Vu"), "B-1": (2, ""), "B-2": (2, "")}
    assert scores.list_scores(jf, member_id=2, dossier_id=did)[0].value == 2
    conflicts.reject()


def test_the_summary_counts_take_their_plural_form_in_french(
    window: MainWindow, translations: object
) -> None:
    """The counts read like a machine ("1 bulletins lus : 1 fusionnés"): each is a %n phrase."""
    from tnl_jury.gui.i18n import Translations

    assert isinstance(translations, Translations) and translations.install("fr")
    one = BallotImportDialog([], 1, window)
    heading = "0 bulletin lu\u00a0: 0 fusionné, 0 déjà importé, 0 refusé."
    assert one.heading.text().startswith(heading)
    assert "1 valeur diffère" in one.heading.text()
    several = BallotImportDialog([], 2, window)
    assert "2 valeurs diffèrent" in several.heading.text()
    one.close()
    several.close()
