"""File > New jury file…: where to save it, the edition's year and, optionally, a grid file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.plain_text import PlainLabel

MIN_YEAR, MAX_YEAR = 2000, 2200  # the range the edition service accepts


@dataclass(frozen=True)
class NewFileRequest:
    """What the dialog asks for; ``grid_path`` None means the default TNL grid."""

    path: Path
    year: int
    grid_path: Path | None


def with_suffix(path: Path) -> Path:
    """``path`` ending in ``.tnlj`` (added when the user typed a bare name)."""
    from tnl_jury.storage.jury_file import JURY_FILE_SUFFIX

    return (
        path
        if path.suffix.lower() == JURY_FILE_SUFFIX
        else path.with_name(path.name + JURY_FILE_SUFFIX)
    )


class NewFileDialog(QDialog):
    """Asks for a new jury file. ``request()`` gives the answer once the dialog is accepted.

    The answer is checked before the dialog closes (a path is given, its folder exists, no file
    has this name, the grid file exists); a problem is written under the fields and the focus
    goes to the field concerned.
    """

    def __init__(self, parent: QWidget | None = None, start_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._start_dir = start_dir or Path.home()
        self.setWindowTitle(self.tr("New jury file"))

        self.path_edit = QLineEdit(self)
        self.path_button = QPushButton(self.tr("&Browse…"), self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue(dt.date.today().year)
        self.grid_edit = QLineEdit(self)
        self.grid_edit.setPlaceholderText(self.tr("Empty: the default grid of the TNL label"))
        self.grid_button = QPushButton(self.tr("Br&owse…"), self)
        self.error_label = PlainLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        for text, field, shown in (
            (self.tr("&File:"), self.path_edit, _row(self, self.path_edit, self.path_button)),
            (self.tr("Edition &year:"), self.year_spin, self.year_spin),
            (
                self.tr("&Grid file (optional):"),
                self.grid_edit,
                _row(self, self.grid_edit, self.grid_button),
            ),
        ):
            label = PlainLabel(text, self)
            label.setBuddy(field)  # Alt+letter reaches the field itself, not its row
            form.addRow(label, shown)
        self.path_edit.setAccessibleName(self.tr("Jury file to create"))
        self.path_button.setAccessibleName(self.tr("Choose where to save the jury file"))
        self.year_spin.setAccessibleName(self.tr("Edition year"))
        self.grid_edit.setAccessibleName(self.tr("Grid file"))
        self.grid_edit.setAccessibleDescription(
            self.tr("Leave empty to use the default grid of the TNL label.")
        )
        self.grid_button.setAccessibleName(self.tr("Choose a grid file"))
        self.error_label.setAccessibleName(self.tr("Problem"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.path_button.clicked.connect(self._browse_path)
        self.grid_button.clicked.connect(self._browse_grid)
        self._request: NewFileRequest | None = None
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def request(self) -> NewFileRequest | None:
        return self._request

    def _browse_path(self) -> None:
        from tnl_jury.storage.jury_file import JURY_FILE_SUFFIX

        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New jury file"),
            str(self._start_dir / f"jury-{self.year_spin.value()}{JURY_FILE_SUFFIX}"),
            self.tr("Jury files (*.tnlj)"),
        )
        if chosen:
            self.path_edit.setText(str(with_suffix(Path(chosen))))

    def _browse_grid(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Grid file"), str(self._start_dir), self.tr("Grid files (*.toml)")
        )
        if chosen:
            self.grid_edit.setText(chosen)

    def accept(self) -> None:
        problem, field = self._check()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            field.setAccessibleDescription(problem)
            field.setFocus()
            return
        super().accept()

    def _check(self) -> tuple[str, QWidget]:
        """("", field) when everything is right, else (the problem, the field to fix)."""
        text = self.path_edit.text().strip()
        if not text:
            return self.tr("Choose where to save the jury file."), self.path_edit
        path = with_suffix(Path(text).expanduser())
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(
                folder=path.parent
            ), self.path_edit
        if path.exists():
            return self.tr("A file named {name} already exists there: choose another name.").format(
                name=path.name
            ), self.path_edit
        grid_text = self.grid_edit.text().strip()
        grid = Path(grid_text).expanduser() if grid_text else None
        if grid is not None and not grid.is_file():
            return self.tr("The grid file {path} does not exist.").format(path=grid), self.grid_edit
        self._request = NewFileRequest(path, self.year_spin.value(), grid)
        return "", self.path_edit


def _row(parent: QWidget, edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row
