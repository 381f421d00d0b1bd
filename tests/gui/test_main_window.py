"""The first window, driven as a user would: open, look, filter, sort, switch tabs, fail."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.models.common import normalise
from tnl_jury.gui.models.dossier_table import DossierColumn
from tnl_jury.gui.models.member_table import MemberColumn
from tnl_jury.gui.settings import AppSettings
from tnl_jury.gui.tasks import TaskRunner
from tnl_jury.services import dossiers, edition, members
from tnl_jury.storage.jury_file import open_jury_file

from .conftest import make_window


def shown_column(model: QAbstractItemModel, column: int) -> list[str]:
    """The texts of ``column``, in the order the view shows them."""
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_without_a_file_the_welcome_panel_is_shown(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "tnl-jury"
    assert not window.ui.actions["close"].isEnabled()
    assert window.ui.actions["open"].shortcut().toString() == "Ctrl+O"
    assert window.ui.actions["new"].shortcut().toString() == "Ctrl+N"
    assert window.ui.actions["quit"].shortcut().toString() == "Ctrl+Q"
    assert window.ui.actions["filter"].shortcut().toString() == "Ctrl+F"


def test_opens_a_demo_file_and_lists_its_dossiers(window: MainWindow, demo_path: Path) -> None:
    with open_jury_file(demo_path) as jf:
        expected = dossiers.list_dossiers(jf)
    assert len(expected) == 12

    window.open_file(demo_path)

    assert window.messages == []  # type: ignore[attr-defined]
    assert window.stack.currentWidget() is not window.welcome
    view_model = window.dossiers_panel.view.model()
    assert view_model.rowCount() == len(expected)
    candidates = shown_column(view_model, DossierColumn.CANDIDATE)
    assert expected[0].candidate_name in candidates
    assert sorted(candidates) == sorted(r.candidate_name for r in expected)
    assert window.windowTitle() == "tnl-jury — demo.tnlj"
    assert window.path_label.text() == str(demo_path)
    assert not window.read_only_label.isVisibleTo(window)
    assert window.ui.actions["close"].isEnabled()
    assert AppSettings().recent_files() == [demo_path.resolve()]
    assert window.dossiers_panel.filter_bar.count_label.text() == "12 rows"


def test_filter_narrows_the_rows_ignoring_case_and_accents(
    window: MainWindow, demo_path: Path, qtbot: QtBot
) -> None:
    window.open_file(demo_path)
    panel = window.dossiers_panel
    names = [r.candidate_name for r in panel.model.rows()]
    target = next(name for name in names if normalise(name) != name.lower())  # has an accent
    typed = normalise(target).upper().split("-")[0]  # no accents, wrong case, a prefix

    qtbot.keyClicks(panel.filter_bar.edit, typed)

    shown = shown_column(panel.proxy, DossierColumn.CANDIDATE)
    assert target in shown
    assert 1 <= len(shown) < len(names)
    assert all(normalise(typed) in normalise(name) for name in shown)
    assert panel.filter_bar.count_label.text() == f"{len(shown)} of 12 rows"

    panel.filter_bar.edit.setText("no candidate has this name")
    assert panel.proxy.rowCount() == 0
    panel.filter_bar.edit.clear()
    assert panel.proxy.rowCount() == len(names)


def test_filter_searches_other_columns_with_several_words(
    window: MainWindow, demo_path: Path
) -> None:
    window.open_file(demo_path)
    panel = window.dossiers_panel
    row = panel.model.rows()[0]
    panel.filter_bar.edit.setText(f"{row.official_name.split()[-1]} {row.ds_number}")
    assert shown_column(panel.proxy, DossierColumn.NUMBER) == [row.ds_number]


def test_clicking_a_header_sorts(window: MainWindow, demo_path: Path, qtbot: QtBot) -> None:
    window.open_file(demo_path)
    view = window.dossiers_panel.view
    numbers = shown_column(view.model(), DossierColumn.NUMBER)
    assert numbers == sorted(numbers)  # initial order: by number

    view.sortByColumn(DossierColumn.CANDIDATE, Qt.SortOrder.DescendingOrder)
    candidates = shown_column(view.model(), DossierColumn.CANDIDATE)
    assert candidates == sorted(candidates, key=normalise, reverse=True)
    assert candidates != sorted(candidates, key=normalise)

    view.sortByColumn(DossierColumn.SCORED, Qt.SortOrder.AscendingOrder)
    scored = [int(v) for v in shown_column(view.model(), DossierColumn.SCORED)]
    assert scored == sorted(scored)
    assert scored[0] < scored[-1]


def test_the_jury_tab_lists_members_and_recusals(window: MainWindow, demo_path: Path) -> None:
    with open_jury_file(demo_path) as jf:
        expected = members.list_members(jf)
        recusals = members.list_recusals(jf)
    window.open_file(demo_path)
    window.select_panel("jury")
    panel = window.jury_panel
    assert window.tabs.currentWidget() is panel
    names = shown_column(panel.view.model(), MemberColumn.NAME)
    assert sorted(names) == sorted(m.name for m in expected)
    roles = shown_column(panel.view.model(), MemberColumn.ROLE)
    assert roles.count("President") == 1
    assert set(shown_column(panel.view.model(), MemberColumn.ACTIVE)) == {"Yes"}
    assert len(recusals) == 1
    assert panel.recusals.topLevelItemCount() == 1
    item = panel.recusals.topLevelItem(0)
    assert (item.text(0), item.text(3)) == (recusals[0].member_name, recusals[0].reason)


def test_the_edition_tab_shows_the_five_domains(window: MainWindow, demo_path: Path) -> None:
    with open_jury_file(demo_path) as jf:
        domains = edition.grid_summary(jf)
        info = edition.get_edition(jf)
    window.open_file(demo_path)
    panel = window.edition_panel
    assert panel.domain_count() == 5
    for index, domain in enumerate(domains):
        item = panel.tree.topLevelItem(index)
        assert item.text(0).startswith(domain.name)
        assert item.childCount() == len(domain.criteria)
        assert item.child(0).text(1) == domain.criteria[0].code
    assert panel.edition_form.values["year"].text() == str(info.year)
    assert panel.edition_form.values["title"].text() == info.title
    assert panel.counts_form.values["dossiers"].text() == "12"


def test_a_file_that_is_not_a_jury_file_is_reported_and_the_window_stays_usable(
    window: MainWindow, tmp_path: Path, demo_path: Path
) -> None:
    bogus = tmp_path / "notes.tnlj"
    bogus.write_text("this is a shopping list, not a jury file", encoding="utf-8")

    window.open_file(bogus)

    [message] = window.messages  # type: ignore[attr-defined]
    assert message.icon == QMessageBox.Icon.Warning
    assert "not a jury file" in message.text
    assert "notes.tnlj" in message.title
    assert "Traceback" not in message.text
    assert window.stack.currentWidget() is window.welcome
    assert window.ui.actions["open"].isEnabled()
    assert bogus.read_text(encoding="utf-8").startswith("this is a shopping list")

    window.open_file(demo_path)  # still usable
    assert window.dossiers_panel.model.rowCount() == 12


def test_a_failed_open_keeps_the_file_already_shown(
    window: MainWindow, tmp_path: Path, demo_path: Path
) -> None:
    window.open_file(demo_path)
    window.open_file(tmp_path / "missing.tnlj")
    assert len(window.messages) == 1  # type: ignore[attr-defined]
    assert window.snapshot is not None and window.snapshot.path == demo_path
    assert window.dossiers_panel.model.rowCount() == 12


def test_an_unexpected_error_is_logged_and_shown_briefly(
    window: MainWindow,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(path: Path, ctx: object) -> None:
        raise RuntimeError("a bug deep inside")

    monkeypatch.setattr("tnl_jury.gui.main_window.open_and_load", broken)
    with caplog.at_level(logging.ERROR):
        window.open_file(demo_path)
    [message] = window.messages  # type: ignore[attr-defined]
    assert message.icon == QMessageBox.Icon.Critical
    assert "internal error" in message.text
    assert "a bug deep inside" not in message.text
    assert "a bug deep inside" in caplog.text
    assert "Traceback" in caplog.text or caplog.records[-1].exc_info is not None


def test_a_file_open_in_another_window_opens_read_only(window: MainWindow, demo_path: Path) -> None:
    with open_jury_file(demo_path) as other_window:
        assert not other_window.read_only
        window.open_file(demo_path)
        assert window.jury_file is not None and window.jury_file.read_only
        assert window.read_only_label.isVisibleTo(window)
        assert window.read_only_label.text() == "Read-only"
        assert window.banner.isVisibleTo(window)
        assert "another tnl-jury window" in window.banner_text.text()
        assert window.windowTitle() == "tnl-jury — demo.tnlj (read-only)"
        assert window.dossiers_panel.model.rowCount() == 12
        window.close_file()


def test_closing_the_file_releases_it_and_shows_the_welcome_panel(
    window: MainWindow, demo_path: Path
) -> None:
    window.open_file(demo_path)
    window.ui.actions["close"].trigger()
    assert window.jury_file is None
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "tnl-jury"
    assert window.dossiers_panel.model.rowCount() == 0
    with open_jury_file(demo_path) as again:  # the write lock was released
        assert not again.read_only
    assert window.welcome.recent_list.count() == 1


def test_recent_files_reopen_and_missing_ones_are_pruned(
    window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    gone = tmp_path / "gone.tnlj"
    settings = AppSettings()
    settings.remember_file(demo_path)
    gone.write_bytes(b"")
    settings.remember_file(gone)
    gone.unlink()
    window.refresh_recent()
    assert window.welcome.recent_list.count() == 1
    entries = [a.text() for a in window.ui.menus["recent"].actions() if a.text()]
    assert entries[0] == f"&1 demo.tnlj  ({demo_path.parent})"

    window.welcome.recent_list.itemActivated.emit(window.welcome.recent_list.item(0))
    assert window.snapshot is not None and window.snapshot.path == demo_path


def test_ctrl_f_puts_the_focus_in_the_filter(
    window: MainWindow, demo_path: Path, qtbot: QtBot
) -> None:
    window.open_file(demo_path)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.dossiers_panel.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.dossiers_panel.filter_bar.edit

    window.select_panel("edition")  # no filter there: Ctrl+F goes to the dossier list
    window.ui.actions["filter"].trigger()
    assert window.tabs.currentWidget() is window.dossiers_panel
    assert QApplication.focusWidget() is window.dossiers_panel.filter_bar.edit


def test_the_last_tab_and_the_geometry_are_remembered(qtbot: QtBot, demo_path: Path) -> None:
    first = make_window(qtbot)
    first.open_file(demo_path)
    first.select_panel("jury")
    first.resize(640, 480)  # within the offscreen screen (800×600)
    first.close()

    second = make_window(qtbot)
    assert (second.width(), second.height()) == (640, 480)
    second.open_file(demo_path)
    assert second.tabs.currentWidget() is second.jury_panel
    second.close()


def test_new_jury_file_is_created_and_opened(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "jury-2027.tnlj"
    window.create_new_file(path, 2027, None)
    assert window.messages == []  # type: ignore[attr-defined]
    assert path.is_file()
    assert window.snapshot is not None
    assert window.snapshot.edition.year == 2027
    assert window.dossiers_panel.model.rowCount() == 0
    assert window.edition_panel.domain_count() == 5


def test_a_new_file_over_an_existing_one_is_refused(window: MainWindow, demo_path: Path) -> None:
    before = demo_path.read_bytes()
    window.create_new_file(demo_path, 2027, None)
    [message] = window.messages  # type: ignore[attr-defined]
    assert "already exists" in message.text
    assert demo_path.read_bytes() == before


def test_a_demo_file_is_created_and_opened(window: MainWindow, tmp_path: Path) -> None:
    window.create_demo_file(tmp_path / "try.tnlj")
    assert window.messages == []  # type: ignore[attr-defined]
    assert window.dossiers_panel.model.rowCount() == 30
    assert window.windowTitle() == "tnl-jury — try.tnlj"


def test_opening_runs_off_the_gui_thread(qtbot: QtBot, demo_path: Path) -> None:
    window = make_window(qtbot, runner=TaskRunner())
    task = window.open_file(demo_path)
    assert task is not None
    assert not window.ui.actions["open"].isEnabled()  # busy while the worker opens the file
    qtbot.waitUntil(lambda: window.snapshot is not None, timeout=10_000)
    assert window.dossiers_panel.model.rowCount() == 12
    assert window.ui.actions["open"].isEnabled()
    window.close()


def test_cancelling_an_open_leaves_nothing_open(qtbot: QtBot, demo_path: Path) -> None:
    window = make_window(qtbot, runner=TaskRunner())
    task = window.open_file(demo_path)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.cancel()
    assert window.snapshot is None and window.jury_file is None
    with open_jury_file(demo_path) as jf:  # not left locked by a discarded open
        assert not jf.read_only
    window.close()


def test_refresh_shows_changes_made_elsewhere(window: MainWindow, demo_path: Path) -> None:
    window.open_file(demo_path)
    assert window.jury_file is not None
    members.add_member(window.jury_file, "Nouvelle Personne", "Ailleurs")
    window.ui.actions["refresh"].trigger()
    names = shown_column(window.jury_panel.view.model(), MemberColumn.NAME)
    assert "Nouvelle Personne" in names


def test_the_real_message_box_shows_the_text(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    seen: list[str] = []

    def exec_box(box: QMessageBox) -> int:  # instead of a modal loop: read it, close it
        seen.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    from tnl_jury.domain.errors import RuleError

    window.report_error(RuleError("the edition year 1900 is not plausible"))
    assert seen == ["The edition year 1900 is not plausible."]


def test_every_control_of_the_window_has_an_accessible_name(
    window: MainWindow, demo_path: Path
) -> None:
    window.open_file(demo_path)
    controls = (QAbstractButton, QAbstractItemView, QLineEdit, QTabWidget, QSpinBox)
    unnamed = [
        type(w).__name__
        for w in window.findChildren(QWidget)
        if isinstance(w, controls)
        and not w.accessibleName()
        # Buttons are named by their text; Qt's own inner widgets (tab bar, headers, the
        # scroll areas' parts, a line edit's clear button) are named by Qt.
        and not (isinstance(w, QAbstractButton) and w.text())
        and not isinstance(w, QTabBar | QHeaderView)
        and not isinstance(w.parent(), QLineEdit | QTabBar)
        and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []


def test_a_message_that_starts_with_a_file_name_keeps_its_case(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.text()) or 0)
    from tnl_jury.domain.errors import UserError

    window.report_error(UserError("export_2026.xlsx, sheet Dossiers: the sheet is empty"))
    assert seen == ["export_2026.xlsx, sheet Dossiers: the sheet is empty."]


def test_a_file_on_a_read_only_medium_opens_read_only_and_says_why(
    window: MainWindow, read_only_medium: Path
) -> None:
    window.open_file(read_only_medium)
    assert window.messages == []  # type: ignore[attr-defined]
    assert window.jury_file is not None and window.jury_file.read_only
    assert window.dossiers_panel.model.rowCount() == 3
    assert window.banner.isVisibleTo(window)
    assert "folder that cannot be written" in window.banner_text.text()
    assert "another tnl-jury window" not in window.banner_text.text()
    window.close_file()


def test_opening_a_file_takes_what_it_built_out_of_the_collectors_reach(
    window: MainWindow, demo_path: Path
) -> None:
    """A full garbage collection walking the models, the snapshot and the screens paused a
    juror's dossier opening for 130–150 ms: once a file is open they are frozen."""
    import gc

    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    window.open_file(demo_path)
    assert window.messages == []  # type: ignore[attr-defined]
    assert gc.get_freeze_count() > 10_000
    gc.unfreeze()  # the other tests' objects are theirs to collect


def test_the_keyboard_focus_is_where_the_page_is_for(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    """Nothing had the focus at start-up or after a file opened: arrows and Enter did nothing
    until Tab. Focusing gives a current row, never a selection (nothing opens on focus)."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.focus_main_control()
    assert window.focusWidget() is window.welcome.open_button  # no recent file yet
    window.open_file(demo_path)
    view = window.dossiers_panel.view
    assert window.tabs.currentWidget() is window.dossiers_panel
    assert window.focusWidget() is view
    assert view.currentIndex().row() == 0
    assert not view.selectionModel().hasSelection()
    window.close_file()
    # The welcome page lists the file just closed: the focus goes to that list.
    assert window.focusWidget() is window.welcome.recent_list
