"""The dossiers of an import preview: a table model over ``ImportPreview.dossiers``."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from tnl_jury.gui import vocabulary
from tnl_jury.gui.dialogs.import_texts import status_label, status_tooltip
from tnl_jury.gui.models.common import Column, RowTableModel

if TYPE_CHECKING:
    from tnl_jury.services.importing import PreviewDossier

# The order of the statuses when the table is sorted by the Import column.
_STATUS_ORDER = {"new": 0, "changed": 1, "unchanged": 2, "skipped": 3}


class PreviewColumn(IntEnum):
    NUMBER = 0
    CANDIDATE = 1
    KIND = 2
    DEPARTEMENT = 3
    STATE = 4
    STATUS = 5


def _columns() -> list[Column[PreviewDossier]]:
    return [
        Column(
            lambda: QCoreApplication.translate("ImportPreviewTable", "Number"),
            lambda r: r.number,
            sort_key=lambda r: r.number.zfill(20),  # numbers sort as numbers
            header_tip=lambda: QCoreApplication.translate(
                "ImportPreviewTable", "Démarches Simplifiées dossier number"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("ImportPreviewTable", "Candidate"),
            lambda r: r.candidate_name,
            tooltip=lambda r: r.candidate_name,
        ),
        Column(
            lambda: QCoreApplication.translate("ImportPreviewTable", "Kind"),
            lambda r: vocabulary.kind_label(r.kind) if r.kind else "",
        ),
        Column(
            lambda: QCoreApplication.translate("ImportPreviewTable", "Département"),
            lambda r: r.departement_code,
            sort_key=lambda r: r.departement_code.zfill(4),
        ),
        Column(
            lambda: QCoreApplication.translate("ImportPreviewTable", "State"),
            lambda r: r.state,
            header_tip=lambda: QCoreApplication.translate(
                "ImportPreviewTable", "The dossier's state in Démarches Simplifiées"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("ImportPreviewTable", "Import"),
            lambda r: status_label(r.status, r.will_be_flagged),
            sort_key=lambda r: (_STATUS_ORDER.get(r.status, 9), r.will_be_flagged),
            tooltip=lambda r: status_tooltip(r.status, r.will_be_flagged),
            accessible=lambda r: ". ".join(
                filter(None, [status_label(r.status, r.will_be_flagged), status_tooltip(r.status)])
            ),
            header_tip=lambda: QCoreApplication.translate(
                "ImportPreviewTable", "What the import will do with the dossier"
            ),
        ),
    ]


class PreviewTableModel(RowTableModel["PreviewDossier"]):
    """One row per dossier of the export, columns as in :class:`PreviewColumn`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)
