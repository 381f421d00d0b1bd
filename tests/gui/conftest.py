"""Fixtures of the GUI tests: isolated settings, a demo file on disk, a main window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tnl_jury.gui.i18n import Translations
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.tasks import TaskRunner
from tnl_jury.services.demo import DemoSize, create_demo


@dataclass(frozen=True)
class Message:
    icon: QMessageBox.Icon
    title: str
    text: str


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own settings folder (recent files, language, geometry)."""
    folder = tmp_path / "settings"
    monkeypatch.setenv("TNL_JURY_SETTINGS_SCOPE", str(folder))
    monkeypatch.delenv("TNL_JURY_LANG", raising=False)
    return folder


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A closed demo jury file (12 dossiers, 6 members) that nobody holds."""
    path = tmp_path / "demo.tnlj"
    create_demo(path, DemoSize(dossiers=12, members=6)).close()
    return path


@pytest.fixture
def translations(qapp: QCoreApplication) -> Iterator[Translations]:
    """Translators installed by a test are removed afterwards (the next test is English)."""
    installed = Translations(qapp)
    yield installed
    installed.remove()
    QCoreApplication.processEvents()


def make_window(qtbot: QtBot, **kwargs: object) -> MainWindow:
    """A main window whose message boxes are recorded in ``window.messages`` instead."""
    kwargs.setdefault("runner", TaskRunner(synchronous=True))
    window = MainWindow(**kwargs)  # type: ignore[arg-type]
    messages: list[Message] = []
    window.messages = messages  # type: ignore[attr-defined]
    window.show_message = lambda icon, title, text: messages.append(  # type: ignore[method-assign]
        Message(icon, title, text)
    )
    qtbot.addWidget(window)
    return window


@pytest.fixture
def english(translations: Translations) -> Translations:
    """The interface in English, plural forms included ("1 row", "2 rows")."""
    assert translations.install("en")
    return translations


@pytest.fixture
def window(qtbot: QtBot, english: Translations) -> Iterator[MainWindow]:
    """A main window in English, running its tasks synchronously; closed (its file released)
    at the end."""
    win = make_window(qtbot, translations=english)
    yield win
    win.close()
