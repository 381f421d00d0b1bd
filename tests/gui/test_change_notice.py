"""Screens learn what changed (#15): every committed write reaches the open screens through
the window's change hub, without F5; a rolled-back write reaches none."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from ballot_helpers import base_file
from pytestqt.qtbot import QtBot

from tnl_jury.domain.changes import Changes, Kind
from tnl_jury.domain.errors import RuleError
from tnl_jury.gui.ballots import actions
from tnl_jury.gui.i18n import Translations
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.models.common import ROW_ROLE
from tnl_jury.gui.scoring.member_chooser import Scorer
from tnl_jury.services import dossiers, scores
from tnl_jury.services.ballots import export_ballot
from tnl_jury.services.deliberation_view import dossier_view
from tnl_jury.services.packages import make_package
from tnl_jury.services.results import compute_results
from tnl_jury.services.scoring import progress_matrix
from tnl_jury.services.scoring_view import scoring_grid
from tnl_jury.storage.jury_file import open_jury_file

from .deliberation_helpers import open_deliberation
from .scoring_helpers import screen_of, show_active

MEMBER, DOSSIER = 3, 12  # the demo's member 3 has not started dossier 12


def _heard(window: MainWindow) -> list[Changes]:
    heard: list[Changes] = []
    window.change_hub.changed.connect(heard.append)
    return heard


def test_a_score_typed_reaches_the_deliberation_at_once_keeping_the_selection(
    window: MainWindow, demo_path: Path
) -> None:
    feature = open_deliberation(window, demo_path)
    jf = window.jury_file
    assert jf is not None
    assert feature.panel.select_dossier(DOSSIER)
    scroll = feature.panel.view.verticalScrollBar().value()
    before_row = feature.panel.model.result(DOSSIER)
    before_view = feature.panel.detail.view
    assert before_view == dossier_view(jf, DOSSIER)
    projector = feature.show_projector()  # the room's screen follows the selected dossier
    assert projector is not None
    heard = _heard(window)

    screen = screen_of(window)
    screen.set_scorer(Scorer(MEMBER, "Nadia Nguyen"))
    assert screen.start_scoring(DOSSIER)
    code = next(c.code for _, c in scoring_grid(jf).criteria())
    screen.recorder.set_score(code, 4, False, "")

    assert [c.dossier_ids for c in heard] == [frozenset({DOSSIER})]  # one dossier only
    assert heard[0].touches(Kind.SCORES) and not heard[0].results_of_all
    assert feature.panel.model.result(DOSSIER) == compute_results(jf, [DOSSIER])[0]
    assert feature.panel.model.result(DOSSIER) != before_row
    assert feature.panel.detail.view == dossier_view(jf, DOSSIER) != before_view
    assert projector.view == feature.panel.detail.view
    assert feature.panel.current_dossier_id() == DOSSIER  # the selection stays
    assert feature.panel.view.verticalScrollBar().value() == scroll


def _ballot(tmp_path: Path) -> tuple[Path, Path, int]:
    """A file without scores and member 2's ballot scoring its first dossier."""
    base = base_file(tmp_path, dossier_count=2, member_count=3)
    with open_jury_file(base) as jf:
        package = make_package(jf, 2, tmp_path / "p2.tnlj").path
        dossier = dossiers.list_dossiers(jf)[0].id
    with open_jury_file(package) as pk:
        for code, value in (("A-1", 2), ("B-1", 3), ("B-2", 1)):
            scores.set_score(pk, 2, dossier, code, value)
        ballot = export_ballot(pk, tmp_path).path
    return base, ballot, dossier


def test_a_ballot_import_updates_every_open_tab(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, ballot, dossier = _ballot(tmp_path)
    feature = open_deliberation(window, base)
    show_active(qtbot, window)
    jf = window.jury_file
    assert jf is not None
    assert feature.panel.select_dossier(dossier)
    before = feature.panel.model.result(dossier)
    assert window.select_panel(window.progress_panel.key)
    assert window.select_panel(window.dossiers_panel.key)
    window.dossiers_panel.view.setCurrentIndex(window.dossiers_panel.proxy.index(1, 0))

    def row_of(panel_rows: list[dossiers.DossierRow]) -> dossiers.DossierRow:
        return next(r for r in panel_rows if r.id == dossier)

    assert row_of(window.dossiers_panel.model.rows()).scored_members == 0
    monkeypatch.setattr(actions, "ask_ballot_files", lambda _window: [ballot])
    window.ui.actions["import_ballots"].trigger()
    summary = window.ballot_import_dialog
    assert summary is not None
    summary.close()

    # Dossiers (the tab shown): read again at once, its selection kept.
    assert row_of(window.dossiers_panel.model.rows()).scored_members == 1
    current = window.dossiers_panel.view.currentIndex().data(ROW_ROLE)
    assert current is not None and current.id != dossier
    # Deliberation: the dossier recomputed, its detail too, the selection kept.
    assert feature.panel.model.result(dossier) == compute_results(jf, [dossier])[0] != before
    assert feature.panel.current_dossier_id() == dossier
    assert feature.panel.detail.view == dossier_view(jf, dossier)
    # Progress: read again when it comes to the front.
    assert window.select_panel(window.progress_panel.key)
    matrix = progress_matrix(jf)
    assert (2, dossier) in matrix  # the ballot's scores started it
    assert window.progress_panel.model.matrix.get((2, dossier)) == matrix[(2, dossier)]


def test_a_refused_write_notifies_no_screen(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    window.open_file(demo_path)
    jf = window.jury_file
    assert jf is not None
    heard = _heard(window)
    failures: list[BaseException] = []
    window.runner.submit(
        lambda _ctx: scores.set_score(jf, MEMBER, DOSSIER, "STRAT-1", 99),
        on_error=failures.append,
    )
    qtbot.wait(50)
    assert isinstance(failures[0], RuleError)
    assert heard == []
    window.runner.submit(lambda _ctx: scores.set_score(jf, MEMBER, DOSSIER, "STRAT-1", 2))
    qtbot.wait(50)
    assert [c.dossier_ids for c in heard] == [frozenset({DOSSIER})]


def test_the_checklist_follows_a_write_made_elsewhere(window: MainWindow, demo_path: Path) -> None:
    from tnl_jury.services import deliberation
    from tnl_jury.services.checklist import checklist

    window.open_file(demo_path)
    jf = window.jury_file
    assert jf is not None
    assert window.select_panel(window.edition_panel.key)
    box = window.edition_panel.checklist
    before = box.checklist
    assert before == checklist(jf)
    window.runner.submit(lambda _ctx: deliberation.set_meeting(jf, place="Montpellier"))
    assert box.checklist == checklist(jf) != before


def test_a_write_on_a_worker_thread_reaches_the_screens(
    qtbot: QtBot, english: Translations, demo_path: Path
) -> None:
    """The real path: the service runs on a worker thread, the notice crosses to the GUI
    thread through the hub's queued connection."""
    from tnl_jury.gui.tasks import TaskRunner

    from .conftest import make_window

    window = make_window(qtbot, translations=english, runner=TaskRunner())
    try:
        window.open_file(demo_path)
        feature = window.deliberation
        qtbot.waitUntil(lambda: feature.panel.model.result(DOSSIER) is not None, timeout=10_000)
        jf = window.jury_file
        assert jf is not None
        before = feature.panel.model.result(DOSSIER)
        threads: list[bool] = []

        def write(_ctx: object) -> None:
            threads.append(threading.current_thread() is threading.main_thread())
            scores.set_score(jf, MEMBER, DOSSIER, "STRAT-1", 4)

        window.runner.submit(write)
        qtbot.waitUntil(lambda: feature.panel.model.result(DOSSIER) != before, timeout=10_000)
        assert threads == [False]
        assert feature.panel.model.result(DOSSIER) == compute_results(jf, [DOSSIER])[0]
    finally:
        window.close()
