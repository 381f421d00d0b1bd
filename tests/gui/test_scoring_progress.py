"""Progress at a glance (the Progress tab), the member chooser, and the ordered write queue."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.scoring.member_chooser import MemberChooser, Scorer
from tnl_jury.gui.scoring.progress_panel import FIXED, ProgressPanel
from tnl_jury.gui.scoring.saver import SaveQueue
from tnl_jury.services import members, scoring
from tnl_jury.services.scoring_view import scoring_grid

from .scoring_helpers import open_demo, show_active, stored

MEMBER = 3


def progress_panel(window: MainWindow) -> ProgressPanel:
    for panel in window.panels:
        if isinstance(panel, ProgressPanel):
            return panel
    raise AssertionError("no Progress tab")


def cell(panel: ProgressPanel, dossier_id: int, member_id: int) -> tuple[str, object]:
    model = panel.model
    row = next(i for i, d in enumerate(model.dossiers) if d.id == dossier_id)
    column = FIXED + next(i for i, m in enumerate(model.members) if m.id == member_id)
    index = model.index(row, column)
    return index.data(), index.data(Qt.ItemDataRole.BackgroundRole)


def test_the_progress_tab_shows_every_member_and_follows_the_scoring(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    screen = open_demo(window, demo_path)
    show_active(qtbot, window)
    panel = progress_panel(window)
    assert window.select_panel("progress")
    jf = window.jury_file
    assert jf is not None
    matrix = scoring.progress_matrix(jf)

    assert panel.model.rowCount() == 12
    assert panel.model.columnCount() == FIXED + 6
    assert cell(panel, 4, 6)[0] == "⊘ Stepped aside"  # the demo's recusal
    assert cell(panel, 12, MEMBER) == ("○ Not started", None)
    some = next((d, m) for (m, d), s in matrix.items() if s == "submitted")
    text, colour = cell(panel, *some)
    assert text == "✓ Submitted" and isinstance(colour, QColor)
    submitted = sum(1 for (m, _d), s in matrix.items() if m == MEMBER and s == "submitted")
    header = panel.model.headerData(FIXED + MEMBER - 1, Qt.Orientation.Horizontal)
    assert header == f"Nadia Nguyen\n✓ {submitted}/12"
    assert panel.summary.text().startswith(
        f"Submitted: {sum(1 for s in matrix.values() if s == 'submitted')} of 72 member–dossier"
    )

    screen.set_scorer(Scorer(MEMBER, "Nadia Nguyen"))
    screen.start_scoring(12)
    for _, criterion in scoring_grid(jf).criteria():
        screen.recorder.set_score(criterion.code, 2, False, "")
    screen.submit()
    assert window.select_panel("progress")
    assert cell(panel, 12, MEMBER)[0] == "✓ Submitted"
    panel.view.sortByColumn(FIXED + MEMBER - 1, Qt.SortOrder.DescendingOrder)  # a header click
    column = [panel.proxy.index(r, FIXED + MEMBER - 1).data() for r in range(12)]
    assert column[0] == "✓ Submitted" and column[-1] == "◐ In progress"
    panel.mark_dirty()  # read again: the order chosen stays
    column = [panel.proxy.index(r, FIXED + MEMBER - 1).data() for r in range(12)]
    assert column[0] == "✓ Submitted" and column[-1] == "◐ In progress"
    panel.filter_bar.edit.setText("18000407")
    assert panel.proxy.rowCount() == 1


def test_the_member_chooser_lists_active_members_with_their_progress(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    open_demo(window, demo_path)
    jf = window.jury_file
    assert jf is not None
    members.update_member(jf, 5, active=False)
    counts = scoring.member_progress_counts(jf)
    chooser = MemberChooser(members.list_members(jf), counts, Scorer(MEMBER, "Nadia Nguyen"))
    qtbot.addWidget(chooser)
    items = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert len(items) == 5 and not any(i.startswith("Zoé Dubois") for i in items)
    assert chooser.list.currentItem().text() == (
        f"Nadia Nguyen — Member — {counts[MEMBER].get('submitted', 0)} submitted, "
        f"{counts[MEMBER].get('in_progress', 0)} in progress"
    )
    chooser.paper.setChecked(True)
    chosen = chooser.scorer()
    assert chosen is not None and chosen.member_id == MEMBER and chosen.paper
    assert chosen.entered_by is not None and chosen.entered_by.startswith("secretariat: ")
    assert Scorer(MEMBER, "Nadia Nguyen").entered_by is None


def test_writes_run_in_order_off_the_gui_thread(qtbot: QtBot) -> None:
    queue = SaveQueue()
    done: list[int] = []
    threads: set[str] = set()
    results: list[int] = []
    errors: list[str] = []

    def work(n: int) -> int:
        threads.add(threading.current_thread().name)
        time.sleep(0.001 * (n % 3))
        done.append(n)
        if n == 5:
            raise ValueError("refused")
        return n

    for n in range(20):
        queue.submit(
            lambda n=n: work(n), on_result=results.append, on_error=lambda e: errors.append(str(e))
        )
    queue.flush()
    assert done == list(range(20))
    assert results == [n for n in range(20) if n != 5]
    assert errors == ["refused"]
    assert threads == {"scoring-writes"}
    assert queue.pending == 0
    queue.shutdown()


def test_the_screen_records_through_the_background_queue(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    screen = open_demo(window, demo_path)
    screen.recorder.saver.synchronous = False  # as in the application
    screen.set_scorer(Scorer(MEMBER, "Nadia Nguyen"))
    screen.start_scoring(11)
    for value in (1, 2, 3, 0):
        screen.recorder.set_score("DATA-1", value, False, "")
    screen.recorder.set_comment("DATA-1", "Ordre gardé", "")
    screen.flush()
    jf = window.jury_file
    assert jf is not None
    assert stored(jf, MEMBER, 11) == {"DATA-1": (0, False, "Ordre gardé")}
    assert screen.ui.save_label.text() == "✓ Saved"


def test_the_scoring_tabs_and_menu_are_in_french(qtbot: QtBot, translations: object) -> None:
    from tnl_jury.gui.i18n import Translations

    from .conftest import make_window

    assert isinstance(translations, Translations) and translations.install("fr")
    window = make_window(qtbot, translations=translations)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Notation" in tabs and "Avancement" in tabs
    assert "&Notation" in [action.text() for action in window.menuBar().actions()]
    assert window.ui.actions["score"].text() == "&Noter le dossier sélectionné"
    screen = window.scoring_screen
    assert screen.actions_["recuse"].text() == "Je me &déporte…"
    assert screen.actions_["submit"].shortcut().toString() == "Ctrl+Return"


def test_the_shown_progress_tab_follows_a_change_without_a_progress_dialog(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    """It reads again on every score: quietly, no "Reading…" dialog after half a second."""
    from PySide6.QtWidgets import QProgressDialog

    from tnl_jury.gui.tasks import deliver_queued_calls
    from tnl_jury.services import scores

    open_demo(window, demo_path)
    show_active(qtbot, window)
    panel = progress_panel(window)
    assert window.select_panel("progress")
    qtbot.waitUntil(panel.isVisible)
    assert cell(panel, 12, MEMBER)[0] == "○ Not started"
    jf = window.jury_file
    assert jf is not None
    code = next(c.code for _, c in scoring_grid(jf).criteria())
    dialogs = set(window.findChildren(QProgressDialog))  # those of opening the file

    scores.set_score(jf, MEMBER, 12, code, 2)  # another writer (a ballot, the secretariat)
    deliver_queued_calls()
    qtbot.waitUntil(lambda: cell(panel, 12, MEMBER)[0] == "◐ In progress")
    assert set(window.findChildren(QProgressDialog)) == dialogs
    assert not window.busy  # nor are the file actions held meanwhile
