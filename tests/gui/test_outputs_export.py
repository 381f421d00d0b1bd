"""The Documents menu, driven as a user would: export the results through the dialog (and
cancel one), write the minutes, the letters and the published list through the actions."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.outputs.export_dialog import ExportDialog
from tnl_jury.gui.outputs.letters_dialog import LettersDialog
from tnl_jury.gui.outputs.session_dialog import SessionDialog
from tnl_jury.gui.outputs.signing_wizard import SigningWizard
from tnl_jury.gui.tasks import Task, TaskContext, TaskRunner
from tnl_jury.services import audit
from tnl_jury.services.letterhead import get_letterhead

from .conftest import make_window
from .outputs_demo import DECISIONS, decided_demo

SHEETS = ["Décisions", "Palmarès", "Notes détaillées", "Jury"]


def done_box(window: MainWindow) -> QMessageBox:
    boxes = [
        b
        for b in window.findChildren(QMessageBox)
        if b.objectName() == "output_done" and b.isVisible()
    ]
    assert len(boxes) == 1, "one 'done' message expected"
    return boxes[0]


def open_dialog(window: MainWindow) -> ExportDialog:
    window.ui.actions["export_results"].trigger()
    (dialog,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    return dialog


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return decided_demo(tmp_path)


def test_document_actions_need_an_open_file(window: MainWindow, demo: Path) -> None:
    actions = window.ui.actions
    needing = ("export_results", "write_minutes", "write_letters", "published_list")
    assert not any(actions[key].isEnabled() for key in (*needing, "sign_minutes"))
    assert actions["verify_pdf"].isEnabled() and actions["create_ca"].isEnabled()
    assert actions["export_results"].shortcut().toString() == "Ctrl+E"
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Documents" in titles[:-1] and titles[-1] == "&Help"  # Help stays last
    window.open_file(demo)
    assert all(actions[key].isEnabled() for key in (*needing, "sign_minutes"))
    window.close_file()
    assert not actions["export_results"].isEnabled()


def test_export_xlsx_through_the_dialog(
    window: MainWindow, demo: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window.open_file(demo)
    dialog = open_dialog(window)
    assert dialog.format_buttons["xlsx"].isChecked()
    assert not dialog.per_sheet.isEnabled()  # only for CSV
    dialog.path_field.edit.setText(str(tmp_path / "résultats"))  # the suffix is added
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    xlsx = tmp_path / "résultats.xlsx"
    assert window.messages == []  # type: ignore[attr-defined]
    book = CalamineWorkbook.from_path(str(xlsx))
    assert book.sheet_names == SHEETS
    decisions = book.get_sheet_by_name("Décisions").to_python()
    assert len(decisions) == 1 + 12  # header + every dossier
    box = done_box(window)
    assert str(xlsx) in box.text()
    assert box.findChild(QPushButton, "open_folder") is not None
    assert window.jury_file is not None
    assert audit.list_events(window.jury_file, 1)[0].action == "export.results"


def test_csv_one_file_per_sheet_and_an_existing_file_is_replaced_on_second_click(
    window: MainWindow, demo: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window.open_file(demo)
    dialog = open_dialog(window)
    dialog.set_format("ods")
    existing = tmp_path / "r.ods"
    existing.write_bytes(b"old")
    dialog.path_field.set_path(existing)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "already exists" in dialog.problem.text()
    assert existing.read_bytes() == b"old"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert CalamineWorkbook.from_path(str(existing)).sheet_names == SHEETS
    done_box(window).close()

    dialog = open_dialog(window)
    dialog.set_format("csv")
    assert dialog.per_sheet.isEnabled()
    dialog.per_sheet.setChecked(True)
    dialog.path_field.set_path(tmp_path / "csv" / "r.csv")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in dialog.problem.text()  # no such folder
    (tmp_path / "csv").mkdir()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(list((tmp_path / "csv").glob("r-*.csv"))) == len(SHEETS)
    assert not (tmp_path / "csv" / "r.csv").exists()
    done_box(window).close()


def test_csv_for_a_french_spreadsheet(
    window: MainWindow, demo: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window.open_file(demo)
    dialog = open_dialog(window)
    assert not dialog.french_csv.isEnabled()  # only for CSV
    dialog.set_format("csv")
    assert dialog.french_csv.isEnabled()
    dialog.french_csv.setChecked(True)
    dialog.path_field.set_path(tmp_path / "fr.csv")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "fr.csv").open(encoding="utf-8-sig", newline="") as f:
        header, first = list(csv.reader(f, delimiter=";"))[:2]
    assert header[:2] == ["N° de dossier", "Candidat"]
    score = first[header.index("Score global")]
    assert "," in score and "." not in score  # a decimal comma


class CancelAtFirstProgress(TaskRunner):
    """Runs tasks synchronously; once ``armed``, the user cancels as soon as the work reports
    progress (what the progress dialog's Cancel button does: ``task.cancel()``)."""

    armed = False

    def submit(self, work: Any, **kwargs: Any) -> Task[Any]:
        if not self.armed:
            return super().submit(work, **kwargs)

        def cancelled_by_the_user(ctx: TaskContext) -> Any:
            def progress(done: int, total: int, message: str = "") -> None:
                for task in self.active_tasks():
                    task.cancel()

            ctx.progress = progress  # type: ignore[method-assign]
            return work(ctx)

        return super().submit(cancelled_by_the_user, **kwargs)


def test_cancel_leaves_no_file(qtbot: QtBot, english: object, demo: Path, tmp_path: Path) -> None:
    runner = CancelAtFirstProgress(synchronous=True)
    window = make_window(qtbot, runner=runner)
    window.open_file(demo)
    runner.armed = True
    before = sorted(p.name for p in tmp_path.iterdir())
    dialog = open_dialog(window)
    dialog.path_field.set_path(tmp_path / "cancelled.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no file, no temporary file
    assert window.messages == []  # type: ignore[attr-defined]  # a cancel is no error
    assert not [b for b in window.findChildren(QMessageBox) if b.objectName() == "output_done"]
    assert window.statusBar().currentMessage() == "Cancelled."
    window.close()


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_minutes_letters_and_published_list_through_the_actions(
    window: MainWindow, demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_file(demo)
    answers = iter([str(tmp_path / "pv"), str(tmp_path / "liste.pdf")])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (next(answers), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "l"))
    )

    window.ui.actions["write_minutes"].trigger()
    (session,) = [d for d in window.findChildren(SessionDialog) if d.isVisible()]
    assert list(session.excused_checks)  # the demo has an absent member
    session.opened_edit.setText("9:30")
    session.closed_edit.setText("12:10")
    session.others_edit.setPlainText("Julie Martin, secrétariat\n\n")
    session.agenda_edit.setPlainText("Examen des dossiers\nDélibération")
    session.vote_combo.setCurrentIndex(1)  # by show of hands
    session.undecided_edit.setText("Dossiers incomplets")
    session.convened_edit.setDate(QDate(2026, 11, 12))
    next(iter(session.excused_checks.values())).setChecked(True)
    session.accept()
    minutes = tmp_path / "pv.pdf"
    text = " ".join(_pdf_text(minutes).replace("\u00a0", " ").split())
    assert "Montpellier" in text
    assert "La séance est ouverte à 9 h 30" in text and "levée à 12 h 10." in text
    assert "Membres excusés (1)" in text
    assert "sans voix délibérative : Julie Martin, secrétariat." in text
    assert "convoqués le 12 novembre 2026. Ordre du jour : 1. Examen des dossiers" in text
    assert "mise aux voix à main levée." in text
    assert "Motif : Dossiers incomplets." in text  # the demo leaves dossiers undecided
    assert str(minutes) in done_box(window).text()
    done_box(window).close()
    window.ui.actions["sign_minutes"].trigger()  # starts with the minutes just written
    (wizard,) = [w for w in window.findChildren(SigningWizard) if w.isVisible()]
    assert wizard.minutes_field.path() == minutes
    assert len(wizard.states()) == 5  # the members present
    wizard.reject()

    window.ui.actions["write_letters"].trigger()
    (dialog,) = [d for d in window.findChildren(LettersDialog) if d.isVisible()]
    assert dialog.date_edit.date() == QDate.currentDate()  # today unless chosen
    dialog.date_edit.setDate(QDate(2026, 12, 14))
    dialog.place_edit.setText("Montpellier")
    dialog.signatory_edit.setText("Présidente du jury")
    dialog.accept()
    letters = sorted((tmp_path / "l").glob("*.pdf"))
    assert len(letters) == len(DECISIONS)
    text = _pdf_text(letters[0])
    assert "Montpellier, le 14 décembre 2026" in " ".join(text.split())
    assert "Présidente du jury" in text
    assert window.jury_file is not None
    assert get_letterhead(window.jury_file).signatory_title == "Présidente du jury"
    assert done_box(window).text().startswith(f"Letters written: {len(DECISIONS)},")
    done_box(window).close()

    window.ui.actions["published_list"].trigger()
    assert (tmp_path / "liste.pdf").stat().st_size > 1000
    assert window.messages == []  # type: ignore[attr-defined]


def test_the_output_screens_load_no_pdf_or_signing_library() -> None:
    """pyHanko, pikepdf, reportlab and the spreadsheet writers are slow to import: only the
    work functions (off the GUI thread) import them, never the menu or the dialogs."""
    code = (
        "import sys\n"
        "import tnl_jury.gui.outputs.menu\n"
        "import tnl_jury.gui.outputs.ca_dialog, tnl_jury.gui.outputs.documents\n"
        "import tnl_jury.gui.outputs.export_dialog, tnl_jury.gui.outputs.signing_wizard\n"
        "import tnl_jury.gui.outputs.verify_page, tnl_jury.gui.outputs.letters_dialog\n"
        "import tnl_jury.gui.outputs.session_dialog\n"
        "slow = {'pyhanko', 'pikepdf', 'reportlab', 'openpyxl', 'odf', 'cryptography'}\n"
        "print(sorted(slow & {name.split('.')[0] for name in sys.modules}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
