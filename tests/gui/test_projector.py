"""The projector view: a second window that follows the deliberation's selection, one dossier
at a time, with its three charts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tnl_jury.domain.charts import BAR
from tnl_jury.gui.deliberation.decision_dialog import DecisionDialog
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.models.common import ROW_ROLE

from .deliberation_helpers import Dialogs, attend, open_deliberation, vote


def test_the_projector_follows_the_deliberation_selection(
    window: MainWindow, demo_path: Path, qtbot: QtBot
) -> None:
    feature = open_deliberation(window, demo_path)
    assert feature.panel.projector_button.isEnabled()
    feature.panel.select_dossier(2)
    feature.panel.projector_button.click()
    projector = feature.projector
    assert projector is not None and projector.isVisible()
    assert projector.isWindow() and projector is not window
    second = feature.panel.model.result(2)
    assert second is not None
    assert projector.view is not None and projector.view.results.dossier_id == 2
    assert projector.heading.text() == second.candidate_name  # the full name, never elided
    assert second.ds_number in projector.identity.text()
    assert projector.reason.text() == second.proposed.reason_en()
    assert projector.decision.text() == "No decision yet."
    for chart in (projector.merit_chart, projector.levels_chart, projector.spread_chart):
        assert chart.chart is not None and chart.chart.shapes
        assert chart.accessibleDescription() == chart.chart.summary

    feature.panel.select_dossier(5)  # the table's selection drives the projector
    assert projector.view.results.dossier_id == 5
    fifth = feature.panel.model.result(5)
    assert fifth is not None and projector.heading.text() == fifth.candidate_name

    proxy = feature.panel.proxy
    order = [proxy.index(i, 0).data(ROW_ROLE).dossier_id for i in range(proxy.rowCount())]
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)  # the next dossier in the table's order
    following = order[order.index(5) + 1]
    assert feature.panel.current_dossier_id() == following
    assert projector.view.results.dossier_id == following
    qtbot.keyClick(projector, Qt.Key.Key_PageUp)
    assert projector.view.results.dossier_id == 5

    feature.panel.view.clearSelection()
    assert projector.view is None
    assert projector.heading.text() == "No dossier selected"
    assert projector.merit_chart.chart is None

    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: feature.projector is None)


def test_the_projector_shows_the_decision_once_taken(window: MainWindow, demo_path: Path) -> None:
    feature = open_deliberation(window, demo_path)
    dialogs = Dialogs(feature)
    attend(feature, dialogs)
    feature.panel.select_dossier(3)
    projector = feature.show_projector()
    assert projector is not None
    assert projector.decision.text() == "No decision yet."
    dialogs.steps[DecisionDialog] = vote(5, 1, 0, level=2)
    feature.decide(3)
    assert projector.view is not None and projector.view.results.decision is not None
    assert projector.decision.text() == "Decision: Level 2: 5 for, 1 against, 0 abstentions"


def test_the_projector_closes_with_the_file(window: MainWindow, demo_path: Path) -> None:
    feature = open_deliberation(window, demo_path)
    feature.panel.select_dossier(1)
    assert window.ui.actions["deliberation_projector"].isEnabled()
    window.ui.actions["deliberation_projector"].trigger()
    assert feature.projector is not None
    window.close_file()
    assert feature.projector is None or not feature.projector.isVisible()


def test_the_detail_pane_draws_the_same_charts_as_the_projector(
    window: MainWindow, demo_path: Path
) -> None:
    feature = open_deliberation(window, demo_path)
    detail = feature.panel.detail
    assert [detail.tabs.tabText(i) for i in range(detail.tabs.count())] == ["Table", "Charts"]
    assert all(chart.chart is None for chart in detail.chart_widgets())
    feature.panel.select_dossier(4)
    projector = feature.show_projector()
    assert projector is not None
    detail.tabs.setCurrentIndex(1)
    shown = [chart.chart for chart in detail.chart_widgets()]
    assert all(chart is not None and chart.shapes for chart in shown)
    assert shown == [projector.merit_chart.chart, projector.levels_chart.chart,
                     projector.spread_chart.chart]  # fmt: skip
    assert detail.merit_chart.accessibleName() == "The members' proposed levels"
    feature.panel.select_dossier(7)
    assert detail.merit_chart.chart != shown[0] or detail.spread_chart.chart != shown[2]
    assert detail.spread_chart.chart == projector.spread_chart.chart
    window.resize(1280, 800)
    window.show()
    image = detail.charts.grab().toImage().scaled(160, 60)  # the bars are painted
    teal = QColor(BAR)
    assert any(
        abs(image.pixelColor(x, y).green() - teal.green()) < 30
        and abs(image.pixelColor(x, y).red() - teal.red()) < 30
        and abs(image.pixelColor(x, y).blue() - teal.blue()) < 30
        for x in range(160)
        for y in range(60)
    )
