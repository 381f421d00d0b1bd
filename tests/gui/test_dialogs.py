"""The New jury file and About dialogs."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tnl_jury import __version__
from tnl_jury.gui.dialogs.about import AboutDialog
from tnl_jury.gui.dialogs.new_file import NewFileDialog, NewFileRequest


def test_new_file_dialog_adds_the_suffix_and_returns_the_request(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = NewFileDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "jury 2027"))
    dialog.year_spin.setValue(2027)
    dialog.accept()
    assert dialog.result() == NewFileDialog.DialogCode.Accepted
    assert dialog.request() == NewFileRequest(tmp_path / "jury 2027.tnlj", 2027, None)


def test_new_file_dialog_refuses_bad_answers_and_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    existing = tmp_path / "taken.tnlj"
    existing.write_bytes(b"")
    dialog = NewFileDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.accept()  # no path
    assert dialog.isVisible() and dialog.request() is None
    assert "Choose where" in dialog.error_label.text()

    dialog.path_edit.setText(str(existing))
    dialog.accept()
    assert dialog.isVisible()
    assert "already exists" in dialog.error_label.text()
    assert dialog.path_edit.accessibleDescription() == dialog.error_label.text()

    dialog.path_edit.setText(str(tmp_path / "new.tnlj"))
    dialog.grid_edit.setText(str(tmp_path / "no-such-grid.toml"))
    dialog.accept()
    assert dialog.isVisible()
    assert "no-such-grid.toml" in dialog.error_label.text()

    dialog.grid_edit.clear()
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.request() == NewFileRequest(tmp_path / "new.tnlj", dialog.year_spin.value(), None)


def test_about_names_the_version_the_licence_and_qt(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert __version__ in text
    assert "AGPL-3.0-or-later" in text
    assert "Qt 6." in text
