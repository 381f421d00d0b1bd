"""Hostile content: every text from outside (candidates' names and answers, attachment names,
members' names and comments, grid texts) is shown as plain text. A jury file whose texts are
an HTML payload is walked screen by screen; no label, text view, tooltip or item may interpret
it (no picture, no large green "Niveau 5 validé")."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QTextEdit,
)

from tnl_jury.gui.deliberation.answers import AnswersDialog
from tnl_jury.gui.deliberation.decision_dialog import DecisionDialog
from tnl_jury.gui.deliberation.meeting_dialog import MeetingDialog
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.plain_text import message_box, plain_tip
from tnl_jury.gui.scoring.comparison import open_comparison
from tnl_jury.gui.scoring.member_chooser import Scorer
from tnl_jury.services.demo import DemoSize, create_demo

from .deliberation_helpers import Dialogs, open_deliberation
from .scoring_helpers import screen_of

PAYLOAD = '<img src="x.png"><font color=green size=6>✔ Niveau 5 validé</font>'
MARKERS = ("<img", "<font")


def _raw(text: str) -> bool:
    return any(marker in text for marker in MARKERS)


def _rich(text: str, fmt: Qt.TextFormat) -> bool:
    """Whether Qt renders ``text`` as rich text under ``fmt``."""
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt == Qt.TextFormat.RichText or QtGui_Qt.mightBeRichText(text)


def _model_texts(model: QAbstractItemModel, role: Qt.ItemDataRole) -> Iterator[str]:
    parent = QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model (QListWidget's) keeps columnCount private: one column
        columns = 1
    for row in range(min(model.rowCount(parent), 50)):
        for column in range(columns):
            text = model.index(row, column, parent).data(role)
            if isinstance(text, str):
                yield text


def interpreted() -> list[str]:
    """Every visible place where the payload would be interpreted as HTML."""
    found: list[str] = []
    for widget in QApplication.allWidgets():
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        label = widget if isinstance(widget, QLabel) else None
        if label is not None and _raw(label.text()) and _rich(label.text(), label.textFormat()):
            found.append(f"{name}: {widget.text()!r}")
        if isinstance(widget, QTextEdit):
            html = widget.document().toHtml()
            if "<img" in html or "#008000" in html:  # a picture, or the text in green
                found.append(f"{name}: {widget.toPlainText()!r}")
        tip = widget.toolTip()
        if _raw(tip) and _rich(tip, Qt.TextFormat.AutoText):
            found.append(f"{name} tooltip: {tip!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for tip in _model_texts(widget.model(), Qt.ItemDataRole.ToolTipRole):
                if _raw(tip) and _rich(tip, Qt.TextFormat.AutoText):
                    found.append(f"{name} item tooltip: {tip!r}")
    return found


def seen(payload: str = "Niveau 5 validé") -> bool:
    """Whether the payload's words are on some screen at all (else the walk proves nothing)."""
    for widget in QApplication.allWidgets():
        texts = [widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_model_texts(widget.model(), Qt.ItemDataRole.DisplayRole))
        if any(payload in text for text in texts):
            return True
    return False


def hostile_file(path: Path) -> Path:
    """The demo jury file with every outside text replaced by the payload."""
    create_demo(path, DemoSize(dossiers=4, members=4)).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE dossier SET candidate_name = ? || ' ' || id, official_name = ?,"
            " official_function = ?, referent_name = ?",
            (PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD),
        )
        conn.execute("UPDATE answer SET label = ?, value = ?", (PAYLOAD, PAYLOAD))
        conn.execute(
            "UPDATE jury_member SET name = ? || ' ' || id, organisation = ?", (PAYLOAD, PAYLOAD)
        )
        conn.execute("UPDATE score SET comment = ?", (PAYLOAD,))
        conn.execute("UPDATE criterion SET label = ?, help_text = ?", (PAYLOAD, PAYLOAD))
        conn.execute("UPDATE domain SET name = ?, description = ?", (PAYLOAD, PAYLOAD))
        conn.execute("UPDATE scale_step SET label = ?, description = ?", (PAYLOAD, PAYLOAD))
        content = b"%PDF-1.4 hostile"
        digest = hashlib.sha256(content).hexdigest()
        conn.execute(
            "INSERT INTO attachment_blob (sha256, size, content) VALUES (?, ?, ?)",
            (digest, len(content), content),
        )
        for (dossier_id,) in conn.execute("SELECT id FROM dossier").fetchall():
            conn.execute(
                "INSERT INTO attachment (dossier_id, file_name, kind, size, sha256, path_in_zip)"
                " VALUES (?, ?, 'piece', ?, ?, '')",
                (dossier_id, f"rapport{PAYLOAD}.pdf", len(content), digest),
            )
    conn.close()
    return path


@pytest.fixture
def hostile_path(tmp_path: Path) -> Path:
    return hostile_file(tmp_path / "hostile.tnlj")


def check(where: str) -> None:
    QApplication.processEvents()
    assert seen(), f"{where}: the payload is shown nowhere, the check proves nothing"
    found = interpreted()
    assert found == [], f"{where}: " + "\n".join(sorted({f[:110] for f in found}))


def test_every_screen_shows_the_payload_as_plain_text(
    window: MainWindow, hostile_path: Path
) -> None:
    window.resize(1280, 800)
    window.show()
    window.open_file(hostile_path)
    assert window.messages == []  # type: ignore[attr-defined]
    snapshot = window.snapshot
    assert snapshot is not None
    dossier_id = snapshot.dossiers[0].id
    member = snapshot.members[0]

    for key in ("dossiers", "jury", "edition"):
        assert window.select_panel(key)
        check(key)

    screen = screen_of(window)
    screen.set_scorer(Scorer(member.id, member.name))
    screen.start_scoring(dossier_id)
    check("scoring screen")
    view = screen.dossier_view
    view.tabs.setCurrentIndex(1)
    view.attachments.setCurrentRow(0)
    check("scoring screen, attachments")

    open_comparison(window, dossier_id, None)
    check("comparison")

    feature = open_deliberation(window, hostile_path)
    assert feature.panel.select_dossier(dossier_id)
    check("deliberation detail")

    dialogs = Dialogs(feature)
    walked: list[str] = []

    def walk(dialog: QDialog) -> None:
        dialog.show()
        check(type(dialog).__name__)
        walked.append(type(dialog).__name__)
        if isinstance(dialog, MeetingDialog):
            dialog.set_all_present(True)
            dialog.place_edit.setText("Montpellier")
            dialog.accept()
        else:
            dialog.reject()

    dialogs.steps[MeetingDialog] = walk
    dialogs.steps[DecisionDialog] = walk
    dialogs.steps[AnswersDialog] = walk
    feature.edit_meeting()
    assert feature.panel.select_dossier(dossier_id)
    feature.decide_current()
    feature.show_answers(dossier_id)
    assert walked == ["MeetingDialog", "DecisionDialog", "AnswersDialog"]

    presentation = feature.show_presentation()
    assert presentation is not None
    check("presentation mode")
    presentation.close()


def test_message_boxes_and_tooltips_are_plain(qapp: QApplication) -> None:
    box = message_box(QMessageBox.Icon.Warning, PAYLOAD, f"Dossier {PAYLOAD}", None)
    labels = [label for label in box.findChildren(QLabel) if _raw(label.text())]
    assert labels and all(not _rich(label.text(), label.textFormat()) for label in labels)
    tip = plain_tip(f"Commentaire : {PAYLOAD}\nligne 2")
    assert not _raw(tip)
    assert QtGui_Qt.mightBeRichText(tip)  # shown as rich text whose content is escaped
    assert plain_tip("a plain comment") == "a plain comment"


def test_the_import_dialog_shows_hostile_names_as_plain_text(
    window: MainWindow, tmp_path: Path
) -> None:
    """The export's candidate names and the zip's entry names, in the import's preview."""
    from test_import_support import D, make_export, write_zip

    from tnl_jury.gui.dialogs.import_dialog import ImportDialog
    from tnl_jury.services.edition import new_jury_file

    path = tmp_path / "edition.tnlj"
    new_jury_file(path, year=2026).close()
    window.open_file(path)
    export = make_export(tmp_path / "export", [D(1001, name=PAYLOAD)])
    attachments = write_zip(
        tmp_path / "pieces.zip",
        [
            (f"export/../{PAYLOAD}.pdf", b"%PDF-1.4"),  # a bad entry, named in the preview
            (f"export/dossier-1001/pieces_justificatives/{PAYLOAD}.pdf", b"%PDF-1.4"),
        ],
    )
    window.ui.actions["import_ds"].trigger()
    dialog = window.import_ds.dialog
    assert isinstance(dialog, ImportDialog)
    dialog.choose.export_edit.setText(str(export))
    dialog.choose.zip_edit.setText(str(attachments))
    dialog.next_button.click()
    check("import preview")
    dialog.reject()
