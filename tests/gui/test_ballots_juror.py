"""Juror mode (#7): a package opens on the member's own scoring screen only; the member scores
from the keyboard and hands in a ballot; merged by the secretariat (through the GUI too), the
results equal those of the same scoring done directly in the secretariat's file."""

from __future__ import annotations

from pathlib import Path

import pytest
from ballot_helpers import Step, apply_plan, base_file, copy_of, scoring_plan
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tnl_jury.gui.ballots import actions
from tnl_jury.gui.ballots.juror_mode import JurorPanel
from tnl_jury.gui.ballots.summary_dialog import BallotImportDialog
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.services import dossiers, results, scores
from tnl_jury.services.ballots import export_ballot
from tnl_jury.services.packages import PackageMade, file_slug, make_all_packages
from tnl_jury.storage.jury_file import open_jury_file

from .scoring_helpers import current_code, press, screen_of, show_active

CTRL = Qt.KeyboardModifier.ControlModifier
GUI_MEMBER = 1


def _packages(tmp_path: Path, dossier_count: int = 3) -> tuple[Path, Path, list[PackageMade]]:
    base = base_file(tmp_path, dossier_count=dossier_count, member_count=3)
    usb = tmp_path / "usb"
    usb.mkdir()
    with open_jury_file(base) as jf:
        made = make_all_packages(jf, usb)
    return base, usb, made


def _visible_tabs(window: MainWindow) -> set[str]:
    """The panels that have a tab (a tab is removed, not hidden: see MainWindow.show_tabs)."""
    keys = {p.key for p in window.panels if window.has_tab(p)}
    assert window.tabs.count() == len(keys)  # and every tab there is one of them
    return keys


def test_a_package_opens_in_juror_mode_and_a_secretariat_file_does_not(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    base, _usb, made = _packages(tmp_path)
    package = next(p for p in made if p.member_id == GUI_MEMBER)
    window.open_file(package.path)
    show_active(qtbot, window)
    assert window.messages == []  # type: ignore[attr-defined]
    mode = window.juror_mode
    assert mode.active and mode.info.member_id == GUI_MEMBER
    assert _visible_tabs(window) == {"scoring", "juror"}
    assert window.current_panel() is screen_of(window)
    screen = screen_of(window)
    assert screen.scorer is not None and screen.scorer.member_id == GUI_MEMBER
    assert not screen.scorer.paper
    assert screen.sheet is not None  # the first dossier is open, ready to score
    assert mode.status_label.text() == f"Juror mode: {package.member_name}'s package"
    menus = window.ui.menus
    assert not menus["deliberation"].menuAction().isVisible()
    assert not menus["documents"].menuAction().isVisible()
    hidden = ("import_ds", "edition_settings", "score", "scoring_progress", "import_ballots")
    assert not any(window.ui.actions[key].isVisible() for key in (*hidden, "make_packages"))
    assert not screen.actions_["change_member"].isVisible()
    assert not screen.actions_["compare"].isVisible()
    assert window.ui.actions["hand_in_ballot"].isVisible()
    assert screen.ui.change_button.isHidden()
    # Neither the member chooser (Ctrl+M) nor a hidden tab can be reached.
    asked: list[object] = []
    screen.exec_dialog = lambda dialog: asked.append(dialog) or False  # type: ignore[method-assign]
    qtbot.keyClick(screen, Qt.Key.Key_M, CTRL)
    assert asked == []
    window.select_panel("deliberation")
    assert window.current_panel() is screen
    window.select_panel(JurorPanel.key)
    window.focus_filter()  # Ctrl+F: the scoring screen's filter, not the hidden dossier list
    assert window.current_panel() is screen
    assert screen.ui.filter_bar.edit.hasFocus()

    window.open_file(base)
    assert not window.juror_mode.active
    assert "juror" not in _visible_tabs(window)
    assert {"dossiers", "jury", "scoring", "deliberation"} <= _visible_tabs(window)
    assert menus["deliberation"].menuAction().isVisible()
    assert window.ui.actions["import_ballots"].isVisible()
    assert window.ui.actions["import_ballots"].isEnabled()
    assert not window.ui.actions["hand_in_ballot"].isVisible()
    assert not screen.ui.change_button.isHidden()
    assert not window.juror_mode.status_label.isVisible()


def _score_everything_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> list[Step]:
    """Score every criterion of every dossier (1, 2, 3, 1…), submit each; return the steps."""
    screen = screen_of(window)
    jf = window.jury_file
    assert jf is not None
    steps: list[Step] = []
    listed = dossiers.list_dossiers(jf)
    for index, dossier in enumerate(listed):
        screen.open_dossier(dossier.id)
        codes = list(screen.criteria.order)
        for position, code in enumerate(codes):
            assert current_code(screen) == code
            value = (index + position) % 3 + 1
            press(qtbot, str(value))  # the digit moves on to the next criterion
            steps.append(Step("score", dossier.ds_number, code, value))
        press(qtbot, Qt.Key.Key_Return, modifier=CTRL)  # submit
        steps.append(Step("submit", dossier.ds_number))
    screen.flush()
    assert window.messages == []  # type: ignore[attr-defined]
    return steps


def test_one_member_scores_in_the_gui_and_the_merge_equals_direct_scoring(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, usb, made = _packages(tmp_path)
    direct = copy_of(base, "direct.tnlj")
    with open_jury_file(base) as jf:
        numbers = sorted(d.ds_number for d in dossiers.list_dossiers(jf))
    plans: dict[int, list[Step]] = {}
    handed_in: list[Path] = []
    for index, package in enumerate(p for p in made if p.member_id != GUI_MEMBER):
        with open_jury_file(package.path) as pk:  # two members through the services
            plans[package.member_id] = scoring_plan(pk, package.member_id, numbers, seed=index)
            apply_plan(pk, package.member_id, plans[package.member_id])
            handed_in.append(export_ballot(pk, usb).path)

    gui_package = next(p for p in made if p.member_id == GUI_MEMBER)
    window.open_file(gui_package.path)
    show_active(qtbot, window)
    plans[GUI_MEMBER] = _score_everything_from_the_keyboard(qtbot, window)
    assert window.jury_file is not None
    typed = scores.list_scores(window.jury_file, member_id=GUI_MEMBER)
    assert len(typed) == len([s for s in plans[GUI_MEMBER] if s.kind == "score"])

    proposed: list[Path] = []

    def save_on_the_usb_key(_window: MainWindow, suggested: Path) -> Path:
        proposed.append(suggested)
        return usb / suggested.name

    monkeypatch.setattr(actions, "ask_ballot_path", save_on_the_usb_key)
    assert window.select_panel(JurorPanel.key)
    panel = window.juror_mode.panel
    assert panel.hand_in.isEnabled()
    qtbot.mouseClick(panel.hand_in, Qt.MouseButton.LeftButton)
    [done] = window.messages  # type: ignore[attr-defined]
    assert done.title == "Ballot handed in" and "ballot no. 1" in done.text
    slug = file_slug(gui_package.member_name)
    assert proposed[0].name.startswith(f"ballot-{slug}-2026-") and proposed[0].suffix == ".tnlb"
    gui_ballot = usb / proposed[0].name
    assert gui_ballot.is_file()
    assert "Ballots handed in: 1" in panel.ballots.text()

    # The secretariat merges the three ballots through the GUI.
    window.open_file(base)
    task = actions.import_from(window, [*handed_in, gui_ballot])
    assert task is not None
    dialog = window.ballot_import_dialog
    assert isinstance(dialog, BallotImportDialog)
    totals = dialog.members_model.rows()
    assert len(totals) == 3 and all(t.conflicts == 0 for t in totals)
    assert not dialog.conflicts_button.isVisible()
    assert [o.status for o in dialog.ballots_model.rows()] == ["imported"] * 3
    merged = results.compute_results(window.jury_file)
    window.close_file()

    with open_jury_file(direct) as jf:
        for member_id, plan in plans.items():
            apply_plan(jf, member_id, plan)
        assert results.compute_results(jf) == merged


def test_the_juror_tab_exists_only_in_juror_mode(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Outside juror mode the "Hand in my ballot" panel has no tab at all (a hidden tab was
    still exposed to screen readers), and its panel is no loose child of the window."""
    base, _usb, made = _packages(tmp_path)
    panel = window.juror_panel
    assert not window.has_tab(panel) and not panel.isVisible()
    assert panel.parentWidget() is not window
    window.open_file(base)
    show_active(qtbot, window)
    assert "juror" not in _visible_tabs(window) and not window.select_panel(JurorPanel.key)
    window.open_file(next(p for p in made if p.member_id == GUI_MEMBER).path)
    assert _visible_tabs(window) == {"scoring", "juror"}
    assert window.select_panel(JurorPanel.key)
    assert window.current_panel() is panel and panel.isVisible()
    window.open_file(base)  # leaving juror mode from its own tab: another tab, a real one
    assert "juror" not in _visible_tabs(window)
    current = window.current_panel()
    assert current is not None and current is not panel and current.isVisible()
    assert window.tabs.currentWidget() is current
