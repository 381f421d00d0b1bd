"""The deliberation table: one row per dossier over
:class:`~tnl_jury.services.results.DossierResults`, and its sort/filter proxy.

Sorting uses :data:`~tnl_jury.gui.models.common.SORT_ROLE` (numbers for scores, levels,
disagreement; an order of urgency for statuses); filtering combines the text filter of the other
lists with a status filter (:meth:`ResultsProxyModel.set_status`).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject

from tnl_jury.domain.enums import DecisionStatus
from tnl_jury.domain.figures import rounded
from tnl_jury.domain.majority import Gauge
from tnl_jury.gui.models.common import (
    ROW_ROLE,
    AnyIndex,
    Column,
    RowTableModel,
    TextFilterProxyModel,
)

if TYPE_CHECKING:
    from tnl_jury.services.results import DossierResults

STATUSES = tuple(DecisionStatus)  # also the sort order (most urgent first)


def french() -> bool:
    """True when the interface is French (the translations set the default locale)."""
    return QLocale().language() == QLocale.Language.French


def number(value: float | None, decimals: int = 2) -> str:
    """A figure in the interface's locale ("2,35" in French), a dash when there is none."""
    if value is None:
        return "—"
    # Rounded as the level rule compares it (domain/figures.py), then written by the locale.
    return QLocale().toString(rounded(float(value), decimals), "f", decimals)


def level_text(level: int | None) -> str:
    """ "Level 3", "No label" for 0, a dash for none."""
    if level is None:
        return "—"
    if level == 0:
        return QCoreApplication.translate("ResultsTable", "No label")
    return QCoreApplication.translate("ResultsTable", "Level {level}").format(level=level)


def status_label(status: str) -> str:
    labels = {
        "pending": QCoreApplication.translate("ResultsTable", "Pending"),
        "to_discuss": QCoreApplication.translate("ResultsTable", "To discuss"),
        "decided": QCoreApplication.translate("ResultsTable", "Decided"),
        "locked": QCoreApplication.translate("ResultsTable", "Locked"),
    }
    return labels.get(status, status)


def gauge_text(gauge: Gauge | None) -> str:
    """The majority judgment, e.g. "3+ (33 %)" in French: grade, sign, share."""
    if gauge is None:
        return "—"
    sign = "+" if gauge.sign > 0 else "−"
    share = QCoreApplication.translate("ResultsTable", "{percent}%").format(
        percent=QLocale().toString(gauge.share * 100, "f", 0)
    )
    return f"{gauge.grade}{sign} ({share})"


def gauge_tooltip(gauge: Gauge | None) -> str:
    if gauge is None:
        return QCoreApplication.translate("ResultsTable", "No member has proposed a level yet.")
    percent = QLocale().toString(gauge.share * 100, "f", 0)
    if gauge.sign > 0:
        return QCoreApplication.translate(
            "ResultsTable",
            "Majority grade {grade}; {percent}% of the members propose a higher level.",
        ).format(grade=gauge.grade, percent=percent)
    return QCoreApplication.translate(
        "ResultsTable", "Majority grade {grade}; {percent}% of the members propose a lower level."
    ).format(grade=gauge.grade, percent=percent)


def disagreement_text(r: DossierResults) -> str:
    text = number(r.disagreement)
    if not r.to_discuss:
        return text
    return f"{text}  ⚠ " + QCoreApplication.translate("ResultsTable", "to discuss")


def disagreement_words(r: DossierResults) -> str:
    """What a screen reader says of the disagreement: "1,30 — to discuss" (after the
    column's name), without the ⚠ sign."""
    text = number(r.disagreement)
    if not r.to_discuss:
        return text
    return f"{text} — " + QCoreApplication.translate("ResultsTable", "to discuss")


def proposed_reason(r: DossierResults) -> str:
    """Why the rules give this level, in the interface's language."""
    return r.proposed.reason_fr() if french() else r.proposed.reason_en()


def decision_tooltip(r: DossierResults) -> str:
    if r.decision is None:
        return ""
    d = r.decision
    return QCoreApplication.translate(
        "ResultsTable",
        "{level}: {votes_for} for, {votes_against} against, {abstentions} abstentions",
    ).format(
        level=level_text(d.level),
        votes_for=d.votes_for,
        votes_against=d.votes_against,
        abstentions=d.abstentions,
    )


def _number_key(text: str) -> Any:
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


class ResultsColumn(IntEnum):
    NUMBER = 0
    CANDIDATE = 1
    SCORE = 2
    NORMALISED = 3  # hidden unless the edition turns normalisation on
    PROPOSED = 4
    MAJORITY = 5
    DISAGREEMENT = 6
    PREVIOUS = 7
    DECISION = 8
    STATUS = 9


def normalised_score(r: DossierResults) -> float | None:
    """The score after per-member normalisation, None when off or not scored."""
    return None if r.normalised is None else r.normalised.score


def _columns() -> list[Column[DossierResults]]:
    return [
        Column(
            lambda: QCoreApplication.translate("ResultsTable", "No."),
            lambda r: r.ds_number,
            sort_key=lambda r: _number_key(r.ds_number),
            header_tip=lambda: QCoreApplication.translate("ResultsTable", "Dossier number"),
        ),
        Column(
            lambda: QCoreApplication.translate("ResultsTable", "Candidate"),
            lambda r: r.candidate_name,
            tooltip=lambda r: r.candidate_name,  # the column may be too narrow for it
            extra_filter_text=lambda r: r.departement_code,
        ),
        Column(
            lambda: QCoreApplication.translate("ResultsTable", "Score"),
            lambda r: number(r.aggregate.score),
            sort_key=lambda r: -1.0 if r.aggregate.score is None else r.aggregate.score,
            numeric=True,
            filterable=False,
            accessible=lambda r: (
                number(r.aggregate.score)
                if r.aggregate.score is not None
                else QCoreApplication.translate("ResultsTable", "not scored yet")
            ),
            header_tip=lambda: QCoreApplication.translate(
                "ResultsTable", "Aggregated score (weighted mean of the domains)"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("ResultsTable", "Normalised"),
            lambda r: number(normalised_score(r)),
            sort_key=lambda r: -1.0 if (n := normalised_score(r)) is None else n,
            numeric=True,
            filterable=False,
            accessible=lambda r: QCoreApplication.translate(
                "ResultsTable", "normalised score {score}"
            ).format(score=number(normalised_score(r))),
            header_tip=lambda: QCoreApplication.translate(
                "ResultsTable",
                "Score after per-member normalisation (each member's figures measured against "
                "their own scoring), beside the raw score, never replacing it",
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("ResultsTable", "Proposed"),
            lambda r: level_text(r.proposed.level),
            sort_key=lambda r: r.proposed.level,
            tooltip=proposed_reason,
            accessible=lambda r: f"{level_text(r.proposed.level)}. {proposed_reason(r)}",
            header_tip=lambda: QCoreApplication.translate(
                "ResultsTable", "Level proposed by the grid's rules"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("ResultsTable", "Majority judgment"),
            lambda r: gauge_text(r.majority),
            sort_key=lambda r: r.majority.sort_key() if r.majority else (-1, 0, 0.0),
            tooltip=lambda r: gauge_tooltip(r.majority),
            accessible=lambda r: f"{gauge_text(r.majority)}. {gauge_tooltip(r.majority)}",
            filterable=False,
            header_tip=lambda: QCoreApplication.translate(
                "ResultsTable", "Majority judgment on the levels the members propose"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("ResultsTable", "Disagreement"),
            disagreement_text,
            sort_key=lambda r: r.disagreement,
            numeric=True,
            accessible=disagreement_words,
            tooltip=lambda r: QCoreApplication.translate(
                "ResultsTable",
                "The largest standard deviation of the members' figures (criteria, domains, "
                "proposed levels).",
            ),
            header_tip=lambda: QCoreApplication.translate(
                "ResultsTable", "How far apart the members are (largest standard deviation)"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("ResultsTable", "Previous"),
            lambda r: level_text(r.previous_level),
            sort_key=lambda r: -1 if r.previous_level is None else r.previous_level,
            filterable=False,
            accessible=lambda r: (
                level_text(r.previous_level)
                if r.previous_level is not None
                else QCoreApplication.translate("ResultsTable", "no previous level")
            ),
            header_tip=lambda: QCoreApplication.translate(
                "ResultsTable", "Level awarded at the previous edition"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("ResultsTable", "Decision"),
            lambda r: level_text(r.decision.level if r.decision else None),
            sort_key=lambda r: -1 if r.decision is None else r.decision.level,
            tooltip=decision_tooltip,
            accessible=lambda r: (
                decision_tooltip(r) or QCoreApplication.translate("ResultsTable", "not decided yet")
            ),
            filterable=False,
            header_tip=lambda: QCoreApplication.translate(
                "ResultsTable", "Level decided by the jury"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("ResultsTable", "Status"),
            lambda r: status_label(r.status),
            sort_key=lambda r: STATUSES.index(r.status) if r.status in STATUSES else 9,
        ),
    ]


class ResultsTableModel(RowTableModel["DossierResults"]):
    """One row per dossier; :meth:`update_rows` replaces some rows in place (after a decision
    or a score change, only that dossier is recomputed)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)

    def row_of(self, dossier_id: int) -> int | None:
        for index, row in enumerate(self._rows):
            if row.dossier_id == dossier_id:
                return index
        return None

    def result(self, dossier_id: int) -> DossierResults | None:
        row = self.row_of(dossier_id)
        return None if row is None else self._rows[row]

    def update_rows(self, results: Iterable[DossierResults]) -> None:
        """Replace the rows of these dossiers (unknown dossiers are appended)."""
        added: list[DossierResults] = []
        for result in results:
            row = self.row_of(result.dossier_id)
            if row is None:
                added.append(result)
                continue
            self._rows[row] = result
            self._filter_texts[row] = self._filter_text(result)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self._filter_texts.extend(self._filter_text(r) for r in added)
            self.endInsertRows()


class ResultsProxyModel(TextFilterProxyModel):
    """The text filter of the other lists plus a status filter (None: every status)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: str | None = None

    @property
    def status(self) -> str | None:
        return self._status

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(TextFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if self._status is not None:
            model = self.sourceModel()
            row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
            if row is None or row.status != self._status:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
