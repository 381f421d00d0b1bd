"""File > Import from Démarches Simplifiées…, driven as a user would, on generated exports
(tests/dsgen) and real jury files: preview, import, re-import, template columns, hostile
files, cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from dsgen.bundle import ExportFiles
from dsgen.generate import make_export
from dsgen.model import Export
from dsgen.writers import write_xlsx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_import_support import D, row_counts
from test_import_support import make_export as make_small_export

from tnl_jury.gui.dialogs.import_dialog import ImportDialog, Page
from tnl_jury.gui.i18n import Translations
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.models.import_preview import PreviewColumn
from tnl_jury.services import dossiers
from tnl_jury.services.edition import new_jury_file
from tnl_jury.storage.jury_file import open_jury_file

from .conftest import make_window

CLOSED = ("Classé sans suite", "Brouillon")


@pytest.fixture
def jury_path(tmp_path: Path) -> Path:
    """A new, empty jury file (closed): the secretariat's file before the first import."""
    path = tmp_path / "edition.tnlj"
    new_jury_file(path, year=2026).close()
    return path


@pytest.fixture
def opened(window: MainWindow, jury_path: Path) -> MainWindow:
    window.open_file(jury_path)
    assert window.snapshot is not None and not window.snapshot.read_only
    return window


def open_import(window: MainWindow) -> ImportDialog:
    window.ui.actions["import_ds"].trigger()
    dialog = window.import_ds.dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    return dialog


def preview(dialog: ImportDialog, export: Path, attachments: Path | None = None) -> None:
    dialog.choose.export_edit.setText(str(export))
    dialog.choose.zip_edit.setText(str(attachments) if attachments else "")
    dialog.next_button.click()


def shown(dialog: ImportDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.preview_page.values.items()}


def statuses(dialog: ImportDialog) -> dict[str, str]:
    model = dialog.preview_page.proxy
    return {
        model.index(row, PreviewColumn.NUMBER).data(): model.index(row, PreviewColumn.STATUS).data()
        for row in range(model.rowCount())
    }


def open_numbers(dialog_window: MainWindow) -> list[str]:
    jury_file = dialog_window.jury_file
    assert jury_file is not None
    return sorted(row.ds_number for row in dossiers.list_dossiers(jury_file))


def kept(export: Export) -> list[str]:
    return sorted(str(d.id) for d in export.dossiers if d.state not in CLOSED)


# -- the action ----------------------------------------------------------------------------


def test_the_action_needs_a_file_open_for_writing(window: MainWindow, jury_path: Path) -> None:
    action = window.ui.actions["import_ds"]
    button = window.dossiers_panel.findChild(QAbstractButton, "import_ds_button")
    assert action.shortcut().toString() == "Ctrl+I"
    assert action in window.ui.menus["file"].actions()
    assert not action.isEnabled() and not button.isEnabled()

    holder = open_jury_file(jury_path)  # another window has it: ours is read-only
    try:
        window.open_file(jury_path)
        assert window.snapshot is not None and window.snapshot.read_only
        assert not action.isEnabled() and not button.isEnabled()
        action.trigger()
        assert window.import_ds.dialog is None
        window.close_file()
    finally:
        holder.close()

    window.open_file(jury_path)
    assert action.isEnabled() and button.isEnabled()
    button.click()
    assert window.import_ds.dialog.isVisible()
    window.close_file()
    assert not action.isEnabled()


# -- preview and import --------------------------------------------------------------------


def test_the_preview_shows_format_variant_and_counts_and_writes_nothing(
    opened: MainWindow, ds_export_files: ExportFiles, ds_export: Export
) -> None:
    assert opened.jury_file is not None
    before = row_counts(opened.jury_file)
    dialog = open_import(opened)

    preview(dialog, ds_export_files["xlsx_pre2024"], ds_export_files["zip_pre2024"])

    assert dialog.current_page() == Page.PREVIEW and dialog.message.message() == ""
    values = shown(dialog)
    assert values["format"] == "Excel workbook (xlsx)"
    assert values["variant"] == "Démarches Simplifiées export, layout of before 2024"
    assert values["number"] == "column “ID”"
    skipped = len(ds_export.dossiers) - len(kept(ds_export))
    assert skipped >= 1  # the generator closes one dossier at least
    assert (values["new"], values["changed"], values["unchanged"]) == (
        str(len(kept(ds_export))), "0", "0",
    )  # fmt: skip
    assert values["skipped"] == str(skipped)
    rows = statuses(dialog)
    assert sorted(n for n, s in rows.items() if s == "New") == kept(ds_export)
    assert list(rows.values()).count("Skipped") == skipped
    assert "dossier folders: 8." in dialog.preview_page.attachments.text()
    assert dialog.preview_page.warnings.count() == len(dialog.preview.warnings) > 0  # type: ignore[union-attr]
    assert not dialog.preview_page.columns.isVisible()  # nothing to choose
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    assert row_counts(opened.jury_file) == before


def test_import_fills_the_file_and_the_table_then_reimport_shows_nothing_new(
    opened: MainWindow, ds_export_files: ExportFiles, ds_export: Export
) -> None:
    dialog = open_import(opened)
    preview(dialog, ds_export_files["xlsx"], ds_export_files["zip"])
    dialog.import_button.click()

    assert dialog.current_page() == Page.SUMMARY, dialog.message.message()
    report = dialog.report
    assert report is not None and report.counts.new == len(kept(ds_export))
    summary = {k: v.text() for k, v in dialog.summary_page.values.items()}
    assert summary["new"] == str(len(kept(ds_export)))
    assert summary["stored"] == str(report.attachments.stored) and report.attachments.stored > 0
    assert "was imported" in dialog.summary_page.heading.text()
    assert open_numbers(opened) == kept(ds_export)
    # The list behind the dialog followed the import (the change notice), without F5.
    assert opened.dossiers_panel.model.rowCount() == len(kept(ds_export))
    assert dialog.close_button.isDefault()

    dialog.close_button.click()
    assert not dialog.isVisible()
    assert opened.dossiers_panel.model.rowCount() == len(kept(ds_export))
    assert opened.messages == []  # type: ignore[attr-defined]

    again = open_import(opened)
    assert again is not dialog
    preview(again, ds_export_files["xlsx"], ds_export_files["zip"])
    values = shown(again)
    assert (values["new"], values["changed"]) == ("0", "0")
    assert values["unchanged"] == str(len(kept(ds_export)))
    assert set(statuses(again).values()) == {"Unchanged", "Skipped"}


def test_a_newer_export_shows_new_and_changed_dossiers(opened: MainWindow, tmp_path: Path) -> None:
    newer = make_export(10, seed=5)
    first = replace(make_export(10, seed=5), dossiers=make_export(10, seed=5).dossiers[:7])
    for dossier in newer.dossiers[:2]:
        dossier.answers[202] = "Stratégie revue en conseil."
    dialog = open_import(opened)
    preview(dialog, write_xlsx(tmp_path / "v1.xlsx", first))
    dialog.import_button.click()
    dialog.close_button.click()

    dialog = open_import(opened)
    preview(dialog, write_xlsx(tmp_path / "v2.xlsx", newer))
    rows = statuses(dialog)
    changed = sorted(str(d.id) for d in newer.dossiers[:2] if d.state not in CLOSED)
    assert sorted(n for n, s in rows.items() if s == "Changed") == changed
    assert shown(dialog)["changed"] == str(len(changed))
    assert shown(dialog)["new"] == str(
        len([d for d in newer.dossiers[7:] if d.state not in CLOSED])
    )


# -- template exports -----------------------------------------------------------------------


def choose(combo: QComboBox, header: str) -> None:
    index = combo.findData(header)
    assert index > 0, f"{header!r} is not offered"
    combo.setCurrentIndex(index)


def test_a_template_export_asks_for_its_columns_once(
    opened: MainWindow, ds_export_files: ExportFiles, ds_export: Export
) -> None:
    dialog = open_import(opened)
    preview(dialog, ds_export_files["xlsx_template"])

    columns = dialog.preview_page.columns
    assert dialog.current_page() == Page.PREVIEW
    assert columns.isVisible() and not dialog.import_button.isEnabled()
    assert "Choose the columns" in dialog.message.message()
    assert shown(dialog)["variant"].startswith("Export from a template")
    assert shown(dialog)["number"].startswith("not found")

    choose(columns.id_combo, "Numéro")
    columns.apply_button.click()  # the name is still missing: said, not previewed
    assert "Choose a column" in dialog.message.message()
    choose(columns.name_combo, "Demandeur")
    assert columns.remember_check.isChecked()
    columns.apply_button.click()

    assert dialog.preview is not None and dialog.preview.needs == ()
    assert shown(dialog)["number"] == "column “Numéro” (your choice)"
    assert dialog.import_button.isEnabled()
    choose(columns.name_combo, "Courriel")  # changed again: preview first
    assert not dialog.import_button.isEnabled()
    choose(columns.name_combo, "Demandeur")
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.current_page() == Page.SUMMARY, dialog.message.message()
    # The template's "Statut" column is read as the state: dossiers classés sans suite stay out.
    kept = [d for d in ds_export.dossiers if d.state != "Classé sans suite"]
    assert len(kept) < len(ds_export.dossiers)
    assert open_numbers(opened) == sorted(str(d.id) for d in kept)
    dialog.close_button.click()

    names = {r.ds_number: r.candidate_name for r in opened.dossiers_panel.model.rows()}
    assert names[str(ds_export.dossiers[0].id)] == ds_export.dossiers[0].name

    again = open_import(opened)  # the next import remembers the columns
    preview(again, ds_export_files["ods_template"])
    assert again.preview is not None and again.preview.needs == ()
    assert shown(again)["number"] == "column “Numéro” (remembered from an earlier import)"
    assert again.preview_page.columns.id_combo.currentData() == "Numéro"
    assert again.import_button.isEnabled()
    assert shown(again)["unchanged"] == str(len(kept))


# -- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind", ["xlsx_truncated", "empty_xlsx", "xlsx_duplicate_id", "csv_latin1"]
)
def test_a_broken_export_is_explained_in_the_dialog_and_nothing_is_written(
    opened: MainWindow, ds_hostile: Callable[..., Path], ds_export_files: ExportFiles, kind: str
) -> None:
    assert opened.jury_file is not None
    before = row_counts(opened.jury_file)
    dialog = open_import(opened)
    preview(dialog, ds_hostile(kind))

    assert dialog.current_page() == Page.CHOOSE and dialog.isVisible()
    text = dialog.message.message()
    assert text.startswith("Problem: ") and ds_hostile(kind).name in text
    assert "Traceback" not in text and dialog.message.kind == "problem"
    assert opened.messages == []  # type: ignore[attr-defined]
    assert row_counts(opened.jury_file) == before
    assert dialog.next_button.isEnabled() and dialog.choose.export_edit.isEnabled()

    preview(dialog, ds_export_files["csv"])  # still usable: another file
    assert dialog.current_page() == Page.PREVIEW and dialog.message.message() == ""


@pytest.fixture
def hostile_export(tmp_path: Path) -> Path:
    """An export holding dossier 21034567, whose folder the hostile zips fill."""
    return make_small_export(tmp_path / "hostile", [D(21034567), D(21034568)])


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_hostile_zips_are_refused_in_the_dialog(
    opened: MainWindow, ds_hostile: Callable[..., Path], hostile_export: Path
) -> None:
    assert opened.jury_file is not None
    before = row_counts(opened.jury_file)
    dialog = open_import(opened)

    preview(dialog, hostile_export, ds_hostile("zip_not_a_zip"))  # refused as a whole
    assert dialog.current_page() == Page.CHOOSE
    assert "zip_not_a_zip.zip" in dialog.message.message()

    preview(dialog, hostile_export, ds_hostile("zip_traversal"))  # a bad entry
    assert dialog.current_page() == Page.PREVIEW
    assert not dialog.import_button.isEnabled()
    assert "Skip bad attachments" in dialog.message.message()
    assert "evil.txt" in dialog.preview_page.attachments.text()
    dialog.import_button.click()  # disabled: nothing happens
    assert row_counts(opened.jury_file) == before

    dialog.back_button.click()  # a zip damaged inside: found while importing
    preview(dialog, hostile_export, ds_hostile("zip_bad_crc"))
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.current_page() == Page.PREVIEW and dialog.report is None
    assert "zip_bad_crc.zip" in dialog.message.message()
    assert dialog.message.kind == "problem"
    assert row_counts(opened.jury_file) == before

    dialog.back_button.click()  # skipping the bad entries imports the rest
    dialog.choose.skip_check.setChecked(True)
    preview(dialog, hostile_export, ds_hostile("zip_traversal"))
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.report is not None and dialog.report.attachments.rejected >= 1
    assert any("evil.txt" in w for w in map(str, dialog.report.warnings))
    assert open_numbers(opened) == ["21034567", "21034568"]


def test_missing_files_are_named_before_anything_is_read(
    opened: MainWindow, tmp_path: Path, ds_export_files: ExportFiles
) -> None:
    dialog = open_import(opened)
    dialog.next_button.click()
    assert dialog.message.message() == "Problem: Choose the export file."
    assert dialog.focusWidget() is dialog.choose.export_edit or not dialog.isActiveWindow()
    preview(dialog, ds_export_files["xlsx"], tmp_path / "nowhere.zip")
    assert dialog.current_page() == Page.CHOOSE and "nowhere.zip" in dialog.message.message()


# -- cancel -----------------------------------------------------------------------------------


def test_cancel_during_the_import_writes_nothing(
    opened: MainWindow, ds_export_files: ExportFiles, ds_export: Export
) -> None:
    assert opened.jury_file is not None
    before = row_counts(opened.jury_file)
    dialog = open_import(opened)
    preview(dialog, ds_export_files["xlsx"], ds_export_files["zip"])
    bar = dialog.progress_page.bar
    clicks: list[int] = []

    def press_cancel(value: int) -> None:  # the user presses Cancel once the import runs
        if not clicks and dialog.current_page() == Page.PROGRESS:
            clicks.append(value)
            dialog.cancel_button.click()

    bar.valueChanged.connect(press_cancel)
    dialog.import_button.click()
    bar.valueChanged.disconnect(press_cancel)

    assert clicks, "the import reported no progress"
    assert dialog.isVisible() and dialog.current_page() == Page.PREVIEW
    assert dialog.report is None
    assert "cancelled" in dialog.message.message() and dialog.message.kind == "info"
    assert row_counts(opened.jury_file) == before
    assert dialog.cancel_button.isEnabled()

    dialog.import_button.click()  # then imported for real
    assert dialog.current_page() == Page.SUMMARY
    assert open_numbers(opened) == kept(ds_export)


def test_escape_closes_the_dialog_before_the_import(
    opened: MainWindow, qtbot: QtBot, ds_export_files: ExportFiles
) -> None:
    dialog = open_import(opened)
    dialog.choose.export_edit.setText(str(ds_export_files["csv"]))
    qtbot.keyClick(dialog.choose.export_edit, Qt.Key.Key_Return)  # Enter: the preview
    assert dialog.current_page() == Page.PREVIEW
    qtbot.keyClick(dialog.preview_page.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.report is None
    assert opened.dossiers_panel.model.rowCount() == 0


# -- accessibility and language ------------------------------------------------------------


def unnamed_controls(root: QWidget) -> list[str]:
    """The controls a screen reader could not name (Qt's own inner widgets left aside)."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window() or isinstance(
            widget.parent(), QLineEdit | QAbstractItemView
        ):
            continue  # a combo's popup list, a line edit's clear button, a table's corner
        if isinstance(widget, QLineEdit | QComboBox | QAbstractItemView | QCheckBox | QProgressBar):
            named = bool(widget.accessibleName())
        elif isinstance(widget, QPushButton):
            named = bool(widget.accessibleName() or widget.text())
        else:
            continue
        if not named:
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_control_has_an_accessible_name(
    opened: MainWindow, ds_export_files: ExportFiles
) -> None:
    dialog = open_import(opened)
    assert unnamed_controls(dialog) == []
    preview(dialog, ds_export_files["xlsx_template"])
    assert unnamed_controls(dialog) == []
    assert unnamed_controls(opened.dossiers_panel) == []


def test_the_dialog_speaks_french(
    qtbot: QtBot, translations: Translations, jury_path: Path, ds_export_files: ExportFiles
) -> None:
    assert translations.install("fr")
    window = make_window(qtbot, translations=translations)
    try:
        window.open_file(jury_path)
        assert window.ui.actions["import_ds"].text() == "&Importer depuis Démarches Simplifiées…"
        dialog = open_import(window)
        assert dialog.windowTitle() == "Importer depuis Démarches Simplifiées"
        preview(dialog, ds_export_files["xlsx"])
        assert shown(dialog)["format"] == "Classeur Excel (xlsx)"
        assert "Nouveau" in statuses(dialog).values()
        assert dialog.import_button.text() == "&Importer"
    finally:
        window.close()


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_a_refused_import_is_explained_in_french(
    qtbot: QtBot,
    translations: Translations,
    jury_path: Path,
    tmp_path: Path,
    ds_hostile: Callable[..., Path],
    hostile_export: Path,
) -> None:
    """The importer's refusals reach the French dialog in French, the place words too (the
    sheet, the row, the column; a zip's entry), the values (file, sheet, header) as they are."""
    export = tmp_path / "sans-numero.csv"
    export.write_text("ID;Nom\n1001;Ville de Test\n;Ville sans numéro\n", encoding="utf-8")
    assert translations.install("fr")
    window = make_window(qtbot, translations=translations)
    try:
        window.open_file(jury_path)
        dialog = open_import(window)
        preview(dialog, export)
        assert dialog.current_page() == Page.CHOOSE
        assert dialog.message.message() == (
            "Problème\u00a0: sans-numero.csv, feuille «\u00a0Dossiers\u00a0», ligne 3, "
            "colonne «\u00a0ID\u00a0» (A)\u00a0: le numéro de dossier est vide."
        )

        preview(dialog, hostile_export, ds_hostile("zip_traversal"))  # an entry's problem
        assert dialog.current_page() == Page.PREVIEW
        assert (
            "../evil.txt\u00a0: son chemin sort du zip («\u00a0..\u00a0»)"
            in dialog.preview_page.attachments.text()
        )
    finally:
        window.close()


def test_the_warnings_of_an_import_are_shown_in_french(
    qtbot: QtBot, translations: Translations, jury_path: Path, tmp_path: Path
) -> None:
    """The importer's warnings reach the French preview in French, place words and all, the
    values (file, numbers) as they are; the report keeps them in English (the history's log)."""
    export = tmp_path / "avertissements.csv"
    export.write_text(
        "ID;Entreprise raison sociale;État du dossier\n"
        "1001;Ville de Test;en_construction\n"
        "1002;Ville courte\n"
        "1003;Ville en brouillon;brouillon\n",
        encoding="utf-8",
    )
    assert translations.install("fr")
    window = make_window(qtbot, translations=translations)
    try:
        window.open_file(jury_path)
        dialog = open_import(window)
        preview(dialog, export)
        assert dialog.current_page() == Page.PREVIEW
        view = dialog.preview_page.warnings
        shown_warnings = [view.item(i).text() for i in range(view.count())]
        assert shown_warnings[:2] == [
            "avertissements.csv, ligne 3\u00a0: 1 champ de moins que l’en-tête (2 au lieu de 3)"
            "\u202f; le champ manquant est lu comme vide",
            "1 dossier écarté (brouillon)\u00a0: 1003\u202f; incluez les brouillons pour "
            "l’importer",
        ]
        # This export has none of the grid's questions: what was not mapped follows (#14).
        assert shown_warnings[2].startswith(
            "avertissements.csv\u00a0: critère STRAT-1 «\u00a0Stratégie formalisée en faveur du "
            "libre\u00a0»\u00a0: aucune de ses questions n’a été trouvée dans l’export"
        )
        assert "champ d’identité «\u00a0élu porteur du dossier\u00a0»" in shown_warnings[-3]
        label = f"&Avertissements ({len(shown_warnings)})\u00a0:"
        assert dialog.preview_page.warnings_label.text() == label
        assert dialog.preview is not None
        assert [str(w) for w in dialog.preview.warnings][:2] == [
            "avertissements.csv, row 3: 1 field fewer than the header (2 instead of 3); the "
            "missing one is read as empty",
            "1 dossier skipped (drafts): 1003; include drafts to import them",
        ]
    finally:
        window.close()
