"""The Deliberation tab on a demo file: rows, sorting, filtering, the queue, the detail, the
candidate's answers and the presentation mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tnl_jury.gui.deliberation.answers import AnswersDialog
from tnl_jury.gui.deliberation.results_model import ResultsColumn
from tnl_jury.gui.i18n import Translations
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.models.common import ROW_ROLE
from tnl_jury.services.results import compute_results, discussion_queue
from tnl_jury.storage.jury_file import open_jury_file

from .conftest import make_window
from .deliberation_helpers import Dialogs, cell, open_deliberation, shown_rows


def expected_results(path: Path) -> list:  # type: ignore[type-arg]
    with open_jury_file(path, read_only=True) as jf:
        return compute_results(jf)


def test_every_dossier_is_listed_with_its_score_and_status(
    window: MainWindow, demo_path: Path
) -> None:
    expected = expected_results(demo_path)
    feature = open_deliberation(window, demo_path)
    assert window.messages == []  # type: ignore[attr-defined]
    assert feature.panel.model.rowCount() == len(expected) == 12
    for r in expected:
        score = cell(feature, r.dossier_id, ResultsColumn.SCORE)
        if r.aggregate.score is None:
            assert score == "—"
        else:
            assert score == QLocale().toString(r.aggregate.score, "f", 2)
        status = {"pending": "Pending", "to_discuss": "To discuss"}[r.status]
        assert cell(feature, r.dossier_id, ResultsColumn.STATUS) == status
        proposed = cell(feature, r.dossier_id, ResultsColumn.PROPOSED)
        assert proposed == ("No label" if r.proposed.level == 0 else f"Level {r.proposed.level}")
        assert cell(feature, r.dossier_id, ResultsColumn.PREVIOUS) == "—"
    disputed = next(r for r in expected if r.to_discuss)
    assert "⚠ to discuss" in cell(feature, disputed.dossier_id, ResultsColumn.DISAGREEMENT)
    model = feature.panel.model
    tip = model.index(model.row_of(disputed.dossier_id), ResultsColumn.PROPOSED).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tip == disputed.proposed.reason_en()
    assert feature.panel.filter_bar.count_label.text() == "12 rows"


def test_sorting_by_disagreement_and_filtering_by_status(
    window: MainWindow, demo_path: Path
) -> None:
    expected = expected_results(demo_path)
    feature = open_deliberation(window, demo_path)
    panel = feature.panel
    panel.view.sortByColumn(ResultsColumn.DISAGREEMENT, Qt.SortOrder.DescendingOrder)
    shown = [r.disagreement for r in shown_rows(feature)]
    assert shown == sorted((r.disagreement for r in expected), reverse=True)
    assert shown[0] > shown[-1]

    panel.view.sortByColumn(ResultsColumn.SCORE, Qt.SortOrder.AscendingOrder)
    scores = [r.aggregate.score for r in shown_rows(feature)]
    unscored = [s for s in scores if s is None]
    assert scores[: len(unscored)] == unscored  # not scored yet: first, not mixed in
    assert scores[len(unscored) :] == sorted(s for s in scores if s is not None)

    to_discuss = panel.status_combo.findData("to_discuss")
    panel.status_combo.setCurrentIndex(to_discuss)
    rows = shown_rows(feature)
    assert {r.dossier_id for r in rows} == {r.dossier_id for r in expected if r.to_discuss}
    assert len(rows) >= 2 and all(r.status == "to_discuss" for r in rows)
    assert panel.filter_bar.count_label.text() == f"{len(rows)} of 12 rows"

    target = rows[0]
    panel.filter_bar.edit.setText(target.ds_number)
    assert [r.dossier_id for r in shown_rows(feature)] == [target.dossier_id]
    panel.filter_bar.edit.clear()
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("decided"))
    assert shown_rows(feature) == []
    panel.status_combo.setCurrentIndex(0)
    assert len(shown_rows(feature)) == 12


def test_the_queue_lists_the_dossiers_to_discuss_most_disputed_first(
    window: MainWindow, demo_path: Path
) -> None:
    expected = discussion_queue(expected_results(demo_path))
    feature = open_deliberation(window, demo_path)
    assert len(expected) >= 2
    assert feature.panel.queue_ids() == [r.dossier_id for r in expected]
    disagreements = [r.disagreement for r in expected]
    assert disagreements == sorted(disagreements, reverse=True)
    # Choosing a dossier in the queue selects it in the table.
    feature.panel.queue.setCurrentRow(1)
    assert feature.panel.current_dossier_id() == expected[1].dossier_id


def test_the_detail_shows_domains_by_members_and_the_answers(
    window: MainWindow, demo_path: Path
) -> None:
    feature = open_deliberation(window, demo_path)
    dialogs = Dialogs(feature)
    panel = feature.panel
    assert panel.select_dossier(4)  # the demo's recusal: the last member on dossier 4
    detail = panel.detail
    view = detail.view
    assert view is not None and view.results.dossier_id == 4
    assert detail.heading.text().startswith(view.results.ds_number)
    assert detail.model.rowCount() == 5 + 1  # five domains, then the proposed levels
    assert detail.model.columnCount() == 2 + 5  # domain, jury, the five members not recused
    headers = [detail.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert "François Mercier" not in headers
    assert "Recused (cannot vote): François Mercier" in detail.figures.text()
    assert detail.reason.text() == f"Why this level: {view.results.proposed.reason_en()}"

    detail.answers_button.click()
    answers = dialogs.last(AnswersDialog)
    assert isinstance(answers, AnswersDialog)
    assert answers.answer_count() > 10
    assert view.results.ds_number in answers.windowTitle()


def test_presentation_mode_uses_a_larger_font_and_leaves_with_escape(
    window: MainWindow, demo_path: Path, qtbot: QtBot
) -> None:
    feature = open_deliberation(window, demo_path)
    feature.panel.select_dossier(2)
    presentation = feature.show_presentation()
    assert presentation is not None
    qtbot.addWidget(presentation)
    base = QApplication.font().pointSizeF()
    assert presentation.font().pointSizeF() >= 1.7 * base
    assert presentation.view.font().pointSizeF() >= 1.7 * base
    assert presentation.view.model().rowCount() == 12
    assert presentation.detail.view is not None
    assert presentation.detail.view.results.dossier_id == 2
    assert not presentation.isFullScreen()
    presentation.toggle_full_screen()
    assert presentation.windowState() & Qt.WindowState.WindowFullScreen
    presentation.toggle_full_screen()
    assert not presentation.windowState() & Qt.WindowState.WindowFullScreen

    presentation.view.selectRow(0)  # choosing in the presentation chooses in the panel
    first = presentation.view.model().index(0, 0).data(ROW_ROLE)
    assert feature.panel.current_dossier_id() == first.dossier_id

    presentation.activateWindow()
    presentation.view.setFocus()
    qtbot.keyClick(presentation.view, Qt.Key.Key_F11)
    assert presentation.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(presentation.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presentation.isVisible())


def test_the_deliberation_tab_speaks_french(
    qtbot: QtBot, translations: Translations, demo_path: Path
) -> None:
    assert translations.install("fr")
    window = make_window(qtbot, translations=translations)
    feature = open_deliberation(window, demo_path)
    panel = feature.panel
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == "Délibération"
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in ResultsColumn]
    assert headers[ResultsColumn.DISAGREEMENT] == "Désaccord"
    assert headers[ResultsColumn.MAJORITY] == "Jugement majoritaire"
    disputed = panel.queue_ids()[0]
    assert cell(feature, disputed, ResultsColumn.STATUS) == "À discuter"
    assert cell(feature, disputed, ResultsColumn.DISAGREEMENT).endswith("⚠ à discuter")
    assert "," in cell(feature, disputed, ResultsColumn.SCORE)  # 2,18: the French decimal
    panel.select_dossier(disputed)
    assert panel.detail.reason.text().startswith("Pourquoi ce niveau\u00a0: ")
    window.close()


def test_normalised_scores_appear_beside_the_raw_ones_once_turned_on(
    window: MainWindow, demo_path: Path
) -> None:
    """Off by default: no column. Turned on in File > Edition settings: a "Normalised" column
    after the score, and a normalised figure per domain in the detail, raw figures unchanged."""
    feature = open_deliberation(window, demo_path)
    panel = feature.panel
    assert panel.view.isColumnHidden(ResultsColumn.NORMALISED)
    raw = {
        r.dossier_id: cell(feature, r.dossier_id, ResultsColumn.SCORE) for r in shown_rows(feature)
    }

    window.ui.actions["edition_settings"].trigger()
    dialog = window.edition_settings.settings_dialog
    assert dialog is not None and not dialog.normalisation_check.isChecked()
    dialog.normalisation_check.setChecked(True)
    dialog.accept()
    assert window.messages == []  # type: ignore[attr-defined]

    expected = {r.dossier_id: r for r in expected_results(demo_path)}
    assert not panel.view.isColumnHidden(ResultsColumn.NORMALISED)
    scored = [r for r in expected.values() if r.aggregate.score is not None]
    assert scored and all(r.normalised is not None for r in expected.values())
    for r in scored:
        assert cell(feature, r.dossier_id, ResultsColumn.SCORE) == raw[r.dossier_id]
        assert r.normalised is not None and r.normalised.score is not None
        shown = cell(feature, r.dossier_id, ResultsColumn.NORMALISED)
        assert shown == QLocale().toString(r.normalised.score, "f", 2)
    # Somebody's leniency was corrected: normalised and raw differ somewhere.
    assert any(abs(r.normalised.score - r.aggregate.score) > 0.01 for r in scored)  # type: ignore[union-attr,operator]

    first = scored[0]
    assert panel.select_dossier(first.dossier_id)
    detail = panel.detail
    assert detail.model.headerData(2, Qt.Orientation.Horizontal) == "Normalised"
    assert detail.model.index(0, 2).data() == QLocale().toString(
        first.normalised.domains[0][1],
        "f",
        2,  # type: ignore[union-attr,arg-type]
    )
    assert "Normalised score: " in detail.figures.text()
