"""The import preview's "Map the questions to the criteria…", driven as the secretariat would,
on a real procedure's export (labels of its own, a third "Précisez", the elected official
under another label): issue #14."""

from __future__ import annotations

from pathlib import Path

import pytest
from dsgen.generate import make_export
from dsgen.procedure import IDENTITY_RENAMES, PROCEDURE_LABELS, procedure_tables
from dsgen.tables import build_tables
from dsgen.writers import save_xlsx
from PySide6.QtWidgets import QComboBox

from tnl_jury.gui.dialogs.import_dialog import ImportDialog, Page
from tnl_jury.gui.dialogs.mapping_dialog import MappingDialog
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.services.ds_mapping import ColumnRef, load_mapping
from tnl_jury.services.edition import new_jury_file

STAKES = "Décrivez les enjeux de cette stratégie"


@pytest.fixture
def procedure(tmp_path: Path) -> Path:
    tables = procedure_tables(build_tables(make_export(), "xlsx"))
    return save_xlsx(tmp_path / "procedure.xlsx", tables)


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> MainWindow:
    path = tmp_path / "edition.tnlj"
    new_jury_file(path, year=2026).close()
    window.open_file(path)
    return window


def _preview(window: MainWindow, export: Path) -> ImportDialog:
    window.ui.actions["import_ds"].trigger()
    dialog = window.import_ds.dialog
    assert isinstance(dialog, ImportDialog)
    dialog.choose.export_edit.setText(str(export))
    dialog.next_button.click()
    assert dialog.current_page() == Page.PREVIEW, dialog.message.message()
    return dialog


def _choose(combo: QComboBox, column: ColumnRef) -> None:
    index = MappingDialog.column_index(combo, column)
    assert index >= 0, column
    combo.setCurrentIndex(index)


def test_the_secretariat_maps_questions_and_the_preview_says_so(
    opened: MainWindow, procedure: Path, tmp_path: Path
) -> None:
    dialog = _preview(opened, procedure)
    page = dialog.preview_page
    assert "found in the export: 0 of 30; criteria without any answer: 17" in (
        page.mapping_label.text()
    )
    warnings = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    assert any("criterion STRAT-1" in w for w in warnings)

    page.mapping_button.click()
    mapping = dialog.mapping_dialog
    assert isinstance(mapping, MappingDialog) and mapping.isVisible()
    combos = mapping.question_combos
    # A repeated header is told apart by its neighbour in the list.
    precisez = [
        combos[ColumnRef("Précisez", 1)].itemText(i)
        for i in range(combos[ColumnRef("Précisez", 1)].count())
    ]
    assert (
        "Précisez (#3) — after “5.3 – Contribuez-vous à des projets de logiciels libres”"
        in precisez
    )
    for grid, form in PROCEDURE_LABELS.items():
        _choose(combos[ColumnRef(grid)], ColumnRef(form))
    _choose(combos[ColumnRef("Précisez", 1)], ColumnRef("Précisez", 2))
    _choose(combos[ColumnRef("Précisez", 2)], ColumnRef("Précisez", 3))
    _choose(
        mapping.identity_combos["official_name"],
        ColumnRef(IDENTITY_RENAMES["Nom de l'élu porteur du dossier"]),
    )
    mapping.search.setText("enjeux")
    visible = [r for r in range(mapping.table.rowCount()) if not mapping.table.isRowHidden(r)]
    assert [mapping.table.item(r, 1).text() for r in visible] == [STAKES]
    mapping.grab().save(str(tmp_path / "mapping-dialog.png"))
    assert (tmp_path / "mapping-dialog.png").stat().st_size > 0
    mapping.save_button.click()

    assert mapping.saved and not mapping.isVisible()
    saved = load_mapping(dialog.jury_file)
    assert saved.questions[("precisez", 2)] == ColumnRef("Précisez", 3)
    assert saved.identity["official_name"] == ColumnRef("Élu référent : nom et prénom")
    assert "found in the export: 30 of 30; criteria without any answer: 0" in (
        page.mapping_label.text()
    )
    warnings = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    assert not any("criterion" in w for w in warnings)
