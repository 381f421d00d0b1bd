"""Attachments from the scoring screen: PDF pages and text, images inside the application;
other files handed to the system's viewer only after a confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest
from dsgen.files import tiny_odt, tiny_pdf, tiny_png
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_import_support import D, make_export, write_zip

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.scoring.attachment_viewer import AttachmentViewer, viewer_kind
from tnl_jury.gui.scoring.member_chooser import Scorer
from tnl_jury.gui.scoring.screen import ScoringScreen
from tnl_jury.gui.settings import AppSettings
from tnl_jury.services import members
from tnl_jury.services.edition import new_jury_file
from tnl_jury.services.importing import run_import

from .scoring_helpers import open_demo

PIECES = "export/dossier-1001/pieces_justificatives"
PDF_LINES = ["Délibération du conseil municipal", "Stratégie numérique libre 2026"]


@pytest.fixture
def screen(window: MainWindow, tmp_path: Path) -> ScoringScreen:
    path = tmp_path / "edition.tnlj"
    entries = [
        (f"{PIECES}/deliberation-01-03-2026-10-00-1.pdf", tiny_pdf(PDF_LINES)),
        (f"{PIECES}/photo-01-03-2026-10-00-2.png", tiny_png("mairie", size=24)),
        (f"{PIECES}/budget-01-03-2026-10-00-3.odt", tiny_odt("budget")),
    ]
    with new_jury_file(path, year=2026) as jf:
        run_import(jf, make_export(tmp_path, [D(1001)]), write_zip(tmp_path / "a.zip", entries))
        member = members.add_member(jf, "Anne Jury")
    screen = open_demo(window, path)
    screen.set_scorer(Scorer(member.id, member.name))
    screen.start_scoring(1)
    return screen


def choose(screen: ScoringScreen, name: str) -> None:
    names = [screen.dossier_view.attachments.item(i).text() for i in range(3)]
    screen.dossier_view.attachments.setCurrentRow(
        next(i for i, text in enumerate(names) if text.startswith(name))
    )


def test_the_attachments_are_listed(screen: ScoringScreen) -> None:
    view = screen.dossier_view
    assert view.tabs.tabText(1) == "Attachments (3)"
    names = sorted(view.attachments.item(i).text() for i in range(view.attachments.count()))
    assert names[0].startswith("budget.odt — Supporting document, ")
    assert names[1].startswith("deliberation.pdf — ")
    assert names[2].startswith("photo.png — ")


def test_a_pdf_is_shown_with_its_text(screen: ScoringScreen, qtbot: QtBot) -> None:
    choose(screen, "deliberation.pdf")
    screen.dossier_view.view_button.click()
    viewer = screen.viewer
    assert isinstance(viewer, AttachmentViewer)
    qtbot.addWidget(viewer)
    assert viewer.windowTitle() == "deliberation.pdf"
    assert len(viewer.page_labels) == 1
    pixmap = viewer.page_labels[0].pixmap()
    assert pixmap.width() > 500 and pixmap.height() > pixmap.width()
    assert viewer.page_labels[0].accessibleName() == "Page 1 of 1"
    assert viewer.text.toPlainText().splitlines() == PDF_LINES
    width = pixmap.width()
    viewer.zoom_in.click()
    assert viewer.page_labels[0].pixmap().width() > width
    viewer.close()


def test_an_image_is_shown(screen: ScoringScreen, qtbot: QtBot) -> None:
    choose(screen, "photo.png")
    screen.dossier_view.view_button.click()
    viewer = screen.viewer
    assert isinstance(viewer, AttachmentViewer)
    qtbot.addWidget(viewer)
    assert viewer.prepared.kind == "image"
    assert not viewer.page_labels[0].pixmap().isNull()
    viewer.close()


def test_other_files_go_to_the_system_viewer_after_a_confirmation(
    screen: ScoringScreen,
) -> None:
    opened: list[QUrl] = []
    questions: list[str] = []
    screen.open_url = lambda url: opened.append(url) or True  # type: ignore[method-assign]
    screen.confirm = lambda title, text: questions.append(text) or False  # type: ignore[method-assign]
    choose(screen, "budget.odt")
    screen.dossier_view.view_button.click()  # not viewable inside: asks first
    assert len(questions) == 1 and "“budget.odt”" in questions[0]
    assert opened == [] and screen.viewer is None

    screen.confirm = lambda title, text: True  # type: ignore[method-assign]
    screen.dossier_view.open_button.click()
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "budget.odt"
    assert copy.read_bytes() == tiny_odt("budget")


def test_viewer_kinds() -> None:
    assert viewer_kind("a.PDF", b"") == "pdf"
    assert viewer_kind("scan", b"%PDF-1.7") == "pdf"
    assert viewer_kind("photo.JPG", b"") == "image"
    assert viewer_kind("notes.txt", b"") == "text"
    assert viewer_kind("budget.ods", b"PK") == "external"


def test_the_viewer_is_docked_beside_the_criteria_and_its_size_remembered(
    screen: ScoringScreen, qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    assert screen.actions_["attachments_docked"].isChecked()  # docked by default
    choose(screen, "deliberation.pdf")
    screen.dossier_view.view_button.click()
    viewer = screen.viewer
    assert isinstance(viewer, AttachmentViewer)
    pane = screen.ui.attachment_pane
    assert not viewer.isWindow() and pane.isAncestorOf(viewer) and pane.isVisible()
    criteria = screen.criteria
    assert criteria.isVisible() and criteria.width() > 200
    # Beside the criteria, not over them.
    left = viewer.mapTo(window, viewer.rect().topLeft()).x()
    assert left >= criteria.mapTo(window, criteria.rect().topRight()).x()

    splitter = screen.ui.splitter
    sizes = splitter.sizes()
    sizes[1] -= 100
    sizes[3] += 100
    splitter.setSizes(sizes)
    splitter.splitterMoved.emit(sizes[0], 1)
    wide = pane.width()
    viewer.close()
    qtbot.waitUntil(lambda: screen.viewer is None)
    assert not pane.isVisible()  # closed: the criteria take the room back

    screen.dossier_view.view_button.click()
    assert screen.ui.attachment_pane.isVisible()
    assert abs(screen.ui.attachment_pane.width() - wide) <= 8  # the size it was given

    screen.actions_["attachments_docked"].trigger()  # off: a window of its own
    assert screen.viewer is None and not pane.isVisible()
    assert not AppSettings().attachments_docked()
    screen.dossier_view.view_button.click()
    assert isinstance(screen.viewer, AttachmentViewer) and screen.viewer.isWindow()
    screen.viewer.close()


def test_esc_in_the_docked_viewer_keeps_it_and_goes_back_to_the_criteria(
    screen: ScoringScreen, qtbot: QtBot, window: MainWindow
) -> None:
    """The docked viewer is a pane, not a window: Esc there must not close it (a dialog's Esc
    would), it hands the keyboard back to the criterion being scored. In a window of its own,
    Esc closes it as any window."""
    window.resize(1600, 900)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    choose(screen, "deliberation.pdf")
    screen.dossier_view.view_button.click()
    viewer = screen.viewer
    assert isinstance(viewer, AttachmentViewer) and not viewer.isWindow()
    qtbot.waitUntil(lambda: viewer.tabs.hasFocus())
    qtbot.keyClick(viewer.tabs, Qt.Key.Key_Escape)
    qtbot.wait(20)
    assert screen.viewer is viewer and viewer.isVisible() and screen.ui.attachment_pane.isVisible()
    focus = QApplication.focusWidget()
    assert focus is not None and screen.criteria.isAncestorOf(focus)

    screen.actions_["attachments_docked"].trigger()  # a window of its own
    screen.dossier_view.view_button.click()
    own = screen.viewer
    assert isinstance(own, AttachmentViewer) and own.isWindow()
    own.activateWindow()
    qtbot.waitActive(own)
    qtbot.keyClick(own, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.viewer is None)
