"""Hostile attachment names: the real full name is shown (escaped), only document types on the
allow-list reach the system's viewer (anything else may only be saved where the user chooses),
and temporary copies get safe names."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.scoring.attachment_names import (
    real_suffix,
    safe_temporary_name,
    shown_name,
    system_viewer_allowed,
)
from tnl_jury.gui.scoring.member_chooser import Scorer
from tnl_jury.gui.scoring.screen import ScoringScreen
from tnl_jury.services.demo import DemoSize, create_demo

from .scoring_helpers import open_demo

EXE = "rapport<b>.pdf<!--.exe"
RLO = "facture\u202eexe.odt"
EXE_BYTES = b"MZ\x90\x00 not a document"


def _add_attachment(path: Path, dossier_id: int, name: str, content: bytes) -> None:
    conn = sqlite3.connect(path)
    with conn:
        digest = hashlib.sha256(content).hexdigest()
        conn.execute(
            "INSERT OR IGNORE INTO attachment_blob (sha256, size, content) VALUES (?, ?, ?)",
            (digest, len(content), content),
        )
        conn.execute(
            "INSERT INTO attachment (dossier_id, file_name, kind, size, sha256, path_in_zip)"
            " VALUES (?, ?, 'piece', ?, ?, '')",
            (dossier_id, name, len(content), digest),
        )
    conn.close()


class Recorder:
    """Stands for the user: records questions, save dialogs and what reaches the system."""

    def __init__(self, screen: ScoringScreen, *, yes: bool, save_to: Path | None) -> None:
        self.questions: list[str] = []
        self.opened: list[QUrl] = []
        self.save_asked: list[str] = []
        screen.confirm = self.confirm  # type: ignore[method-assign]
        screen.open_url = self.open_url  # type: ignore[method-assign]
        screen.ask_save_path = self.ask_save_path  # type: ignore[attr-defined]
        self.yes, self.save_to = yes, save_to

    def confirm(self, title: str, text: str) -> bool:
        self.questions.append(text)
        return self.yes

    def open_url(self, url: QUrl) -> bool:
        self.opened.append(url)
        return True

    def ask_save_path(self, title: str, suggested: str) -> Path | None:
        self.save_asked.append(suggested)
        return self.save_to


@pytest.fixture
def screen(window: MainWindow, tmp_path: Path) -> ScoringScreen:
    path = tmp_path / "edition.tnlj"
    create_demo(path, DemoSize(dossiers=2, members=3)).close()
    _add_attachment(path, 1, EXE, EXE_BYTES)
    _add_attachment(path, 1, RLO, b"PK\x03\x04 odt")
    screen = open_demo(window, path)
    member = window.snapshot.members[0]  # type: ignore[union-attr]
    screen.set_scorer(Scorer(member.id, member.name))
    screen.start_scoring(1)
    return screen


def choose(screen: ScoringScreen, prefix: str) -> None:
    view = screen.dossier_view
    texts = [view.attachments.item(i).text() for i in range(view.attachments.count())]
    view.attachments.setCurrentRow(next(i for i, t in enumerate(texts) if t.startswith(prefix)))


@pytest.mark.parametrize("button", ["view_button", "open_button"])
def test_an_executable_is_never_handed_to_the_system(
    screen: ScoringScreen, tmp_path: Path, button: str
) -> None:
    target = tmp_path / "saved" / "piece.bin"
    target.parent.mkdir()
    user = Recorder(screen, yes=True, save_to=target)
    choose(screen, "rapport")
    getattr(screen.dossier_view, button).click()
    assert user.opened == []
    assert len(user.questions) == 1
    question = user.questions[0]
    assert f"“{EXE}”" in question and ".exe" in question
    assert "never opens" in question
    assert user.save_asked == ["rapport_b_pdf_--.exe"]
    assert target.read_bytes() == EXE_BYTES  # saved where the user chose, nothing else


def test_saving_is_not_done_when_declined(screen: ScoringScreen) -> None:
    user = Recorder(screen, yes=False, save_to=None)
    choose(screen, "rapport")
    screen.dossier_view.open_button.click()
    assert user.opened == [] and user.save_asked == [] and len(user.questions) == 1


def test_a_hidden_override_is_shown_and_the_copy_has_a_safe_name(screen: ScoringScreen) -> None:
    user = Recorder(screen, yes=True, save_to=None)
    choose(screen, "facture")
    screen.dossier_view.open_button.click()
    assert len(user.questions) == 1
    assert "“facture[U+202E]exe.odt”" in user.questions[0]
    assert len(user.opened) == 1
    copy = Path(user.opened[0].toLocalFile())
    assert copy.name == "facture_exe.odt"
    assert copy.read_bytes() == b"PK\x03\x04 odt"


def test_the_names_policy() -> None:
    assert real_suffix(EXE) == ".exe"
    assert real_suffix("scan.PDF") == ".pdf"
    assert real_suffix("piece.exe. . ") == ".exe"  # Windows drops trailing dots and spaces
    assert real_suffix("noextension") == "" and real_suffix(".bashrc") == ""
    assert system_viewer_allowed("budget.odt") and system_viewer_allowed("photo.JPG")
    for name in (EXE, "a.pdf.exe", "x.lnk", "y.js", "z.docm", "w.html", "noext"):
        assert not system_viewer_allowed(name), name
    assert shown_name("a\u202eb\u200bc\nd") == "a[U+202E]b[U+200B]c[U+000A]d"
    for name in (EXE, RLO, "../../etc/passwd", "CON.pdf", "é" * 300 + ".pdf", "..."):
        safe = safe_temporary_name(name)
        assert re.fullmatch(r"[A-Za-z0-9_-]{1,70}(\.[a-z0-9]{1,8})?", safe), safe
        assert not safe.lower().startswith("con.")
    assert safe_temporary_name("budget 2026.odt") == "budget_2026.odt"
