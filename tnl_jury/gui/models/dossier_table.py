"""The dossier list: a table model over :func:`tnl_jury.services.dossiers.list_dossiers`."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from tnl_jury.gui import vocabulary
from tnl_jury.gui.models.common import Column, RowTableModel

if TYPE_CHECKING:
    from tnl_jury.services.views import DossierRow


class DossierColumn(IntEnum):
    NUMBER = 0
    CANDIDATE = 1
    KIND = 2
    DEPARTEMENT = 3
    OFFICIAL = 4
    STATE = 5
    ANSWERS = 6
    SCORED = 7
    SUBMITTED = 8
    LEVEL = 9


def _official_tooltip(row: DossierRow) -> str:
    return f"{row.official_name} — {row.official_function}" if row.official_function else ""


def _state_tooltip(row: DossierRow) -> str:
    notes = []
    if "answers_changed" in row.flags:
        notes.append(
            QCoreApplication.translate("DossierTable", "The answers changed at the last import.")
        )
    if "missing_from_last_import" in row.flags:
        notes.append(
            QCoreApplication.translate(
                "DossierTable", "This dossier was missing from the last import."
            )
        )
    return "\n".join(notes)


def _columns() -> list[Column[DossierRow]]:
    return [
        Column(
            lambda: QCoreApplication.translate("DossierTable", "Number"),
            lambda r: r.ds_number,
            sort_key=lambda r: r.ds_number.zfill(20),  # numbers sort as numbers
            header_tip=lambda: QCoreApplication.translate(
                "DossierTable", "Démarches Simplifiées dossier number"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("DossierTable", "Candidate"),
            lambda r: r.candidate_name,
            # The column may be too narrow for long names; the registry's name beside.
            tooltip=lambda r: _candidate_tip(r),
        ),
        Column(
            lambda: QCoreApplication.translate("DossierTable", "Kind"),
            lambda r: vocabulary.kind_label(r.kind),
        ),
        Column(
            lambda: QCoreApplication.translate("DossierTable", "Département"),
            lambda r: r.departement_code,
            sort_key=lambda r: r.departement_code.zfill(4),
        ),
        Column(
            lambda: QCoreApplication.translate("DossierTable", "Lead official"),
            lambda r: r.official_name,
            tooltip=_official_tooltip,
            extra_filter_text=lambda r: r.official_function,
        ),
        Column(
            lambda: QCoreApplication.translate("DossierTable", "State"),
            lambda r: r.ds_state + (" *" if r.flags else ""),
            tooltip=_state_tooltip,
            accessible=lambda r: ". ".join(filter(None, [r.ds_state, _state_tooltip(r)])),
        ),
        Column(
            lambda: QCoreApplication.translate("DossierTable", "Answers"),
            lambda r: str(r.answer_count),
            header_tip=lambda: QCoreApplication.translate(
                "DossierTable", "Answers in the dossier's form"
            ),
            sort_key=lambda r: r.answer_count,
            numeric=True,
            filterable=False,
        ),
        Column(
            lambda: QCoreApplication.translate("DossierTable", "Scored"),
            lambda r: str(r.scored_members),
            sort_key=lambda r: r.scored_members,
            numeric=True,
            filterable=False,
            header_tip=lambda: QCoreApplication.translate(
                "DossierTable", "Jury members who have given scores"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("DossierTable", "Submitted"),
            lambda r: str(r.submitted_members),
            sort_key=lambda r: r.submitted_members,
            numeric=True,
            filterable=False,
            header_tip=lambda: QCoreApplication.translate(
                "DossierTable", "Jury members who have submitted their scores"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("DossierTable", "Decision"),
            lambda r: vocabulary.level_label(r.decision_level),
            header_tip=lambda: QCoreApplication.translate(
                "DossierTable", "The label level decided by the jury"
            ),
            sort_key=lambda r: -1 if r.decision_level is None else r.decision_level,
            accessible=lambda r: vocabulary.level_accessible(r.decision_level),
        ),
    ]


class DossierTableModel(RowTableModel["DossierRow"]):
    """One row per dossier, columns as in :class:`DossierColumn`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)


def _candidate_tip(row: DossierRow) -> str:
    """The candidate's name, and the company registry's when it differs (#14)."""
    registry = row.registry_name
    if not registry or registry.casefold() == row.candidate_name.casefold():
        return row.candidate_name
    return QCoreApplication.translate("DossierTable", "{name}\nRegistry name: {registry}").format(
        name=row.candidate_name, registry=registry
    )
