"""Help inside the app, offline: the keys of the current screen (F1) and the French guides.

:class:`HelpWindow` is one window with three tabs: the card of the keys that work on the screen
shown when it was asked for (:func:`keys_markdown`: the window's and the screen's shortcuts,
read from their actions and buttons, and the keys the screen handles itself), the jurors'
scoring guide and the secretariat's guide to a meeting on several laptops. The guides are
markdown files shipped in ``resources/guides/`` (copies of ``docs/``, kept identical by
``tests/gui/test_help.py``), rendered by ``QTextBrowser.setMarkdown``; their screenshots are
not shipped (the app's size), so each picture is replaced by its caption in italics.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow

GUIDES = ("guide-notation.md", "guide-reunion-multi-postes.md")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]+)\)")


def guide_path(name: str) -> Path:
    from tnl_jury.paths import resources_dir

    return resources_dir() / "guides" / name


def guide_markdown(name: str) -> str:
    """The guide ``name`` as markdown, each picture whose file is absent replaced by its
    caption in italics."""
    path = guide_path(name)
    text = path.read_text(encoding="utf-8")

    def picture(match: re.Match[str]) -> str:
        if (path.parent / match.group(2)).is_file():
            return match.group(0)
        return f"*{match.group(1)}*" if match.group(1) else ""

    return _IMAGE.sub(picture, text)


def screen_keys(screen: str) -> list[tuple[str, str]]:
    """The keys a screen handles itself (not through an action), as (keys, what they do)."""
    if screen == "scoring":
        return [
            (
                QCoreApplication.translate("Help", "0 to 4 (the scale's digits)"),
                QCoreApplication.translate(
                    "Help",
                    "give this score to the criterion and go to the next one (unless “Move on "
                    "after a score” is off in the Scoring menu)",
                ),
            ),
            (
                QCoreApplication.translate("Help", "← →"),
                QCoreApplication.translate("Help", "lower or raise the score"),
            ),
            (
                QCoreApplication.translate("Help", "↑ ↓"),
                QCoreApplication.translate("Help", "previous or next criterion"),
            ),
            (
                QCoreApplication.translate("Help", "N or ?"),
                QCoreApplication.translate("Help", "no opinion on the criterion"),
            ),
            (
                QCoreApplication.translate("Help", "Delete"),
                QCoreApplication.translate("Help", "clear the score"),
            ),
        ]
    if screen == "deliberation":
        return [
            (
                QCoreApplication.translate("Help", "Enter"),
                QCoreApplication.translate(
                    "Help", "open the decision form of the selected dossier"
                ),
            ),
            (
                QCoreApplication.translate("Help", "Page Down / Page Up (projector view)"),
                QCoreApplication.translate("Help", "next or previous dossier"),
            ),
            (
                QCoreApplication.translate("Help", "F11 (projector view, presentation mode)"),
                QCoreApplication.translate("Help", "full screen"),
            ),
            (
                QCoreApplication.translate("Help", "Esc (projector view, presentation mode)"),
                QCoreApplication.translate("Help", "close"),
            ),
        ]
    if screen in ("dossiers", "jury", "progress"):
        return [
            (
                QCoreApplication.translate("Help", "↑ ↓, Enter"),
                QCoreApplication.translate("Help", "choose a line, open it"),
            )
        ]
    return []


def _shortcut_lines(widgets: list[QWidget], *, descend: bool = True) -> list[tuple[str, str]]:
    """(keys, text) of the actions of ``widgets`` that have a shortcut, and (``descend``) of
    their children's actions and buttons."""
    lines: list[tuple[str, str]] = []
    seen: set[str] = set()
    for widget in widgets:
        actions = list(widget.actions())
        if descend:
            actions += widget.findChildren(QAction)
        for action in actions:
            keys = [k for k in action.shortcuts() if not k.isEmpty()]
            text = action.text().replace("&", "")
            if not keys or not text:
                continue
            shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            if shown in seen:
                continue
            seen.add(shown)
            lines.append((shown, text))
        for button in widget.findChildren(QAbstractButton) if descend else []:
            key = button.shortcut()
            text = button.text().replace("&", "") or button.accessibleName()
            shown = key.toString(QKeySequence.SequenceFormat.NativeText)
            if key.isEmpty() or not text or shown in seen:
                continue
            seen.add(shown)
            lines.append((shown, text))
    return lines


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def keys_markdown(window: MainWindow) -> str:
    """The card of the keys for the screen ``window`` shows now, as markdown."""
    panel = window.current_panel()
    screen = panel.key if panel is not None else ""
    title = panel.title() if panel is not None else QCoreApplication.translate("Help", "Welcome")
    # Every panel is a QWidget (MainWindow.add_panel checks it); the protocol cannot say so.
    own = screen_keys(screen) + (_shortcut_lines([panel]) if isinstance(panel, QWidget) else [])
    everywhere = _shortcut_lines([window], descend=False)
    shown = {keys for keys, _ in own}
    everywhere = [line for line in everywhere if line[0] not in shown]
    keys_word = QCoreApplication.translate("Help", "Keys")
    what_word = QCoreApplication.translate("Help", "What they do")
    heading = QCoreApplication.translate("Help", "Keys of the screen “{screen}”")
    header = f"| {keys_word} | {what_word} |\n|---|---|\n"
    parts = ["# " + heading.format(screen=title) + "\n"]
    if own:
        parts.append(header + "\n".join(f"| {_cell(k)} | {_cell(v)} |" for k, v in own) + "\n")
    parts.append("## " + QCoreApplication.translate("Help", "Everywhere in the window") + "\n")
    common = [
        (
            QCoreApplication.translate("Help", "Ctrl+Tab, Ctrl+Shift+Tab"),
            QCoreApplication.translate("Help", "next or previous tab"),
        ),
        (
            QCoreApplication.translate("Help", "Alt + underlined letter"),
            QCoreApplication.translate("Help", "the menu or button of that letter"),
        ),
        (
            QCoreApplication.translate("Help", "F1"),
            QCoreApplication.translate("Help", "this card; the guides are in the other tabs"),
        ),
    ]
    rows = everywhere + [line for line in common if line[0] not in {k for k, _ in everywhere}]
    parts.append(header + "\n".join(f"| {_cell(k)} | {_cell(v)} |" for k, v in rows) + "\n")
    return "\n".join(parts)


class HelpWindow(QDialog):
    """The keys of the current screen and the two guides, in tabs; not modal."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.setModal(False)
        self.tabs = QTabWidget(self)
        self.keys = QTextBrowser(self)
        self.guides = [QTextBrowser(self) for _ in GUIDES]
        self.tabs.addTab(self.keys, "")
        for browser, name in zip(self.guides, GUIDES, strict=True):
            browser.setOpenExternalLinks(False)
            browser.setSearchPaths([str(guide_path(name).parent)])
            browser.setMarkdown(guide_markdown(name))
            self.tabs.addTab(browser, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self.retranslate_ui()

    def show_page(self, page: int) -> None:
        """Bring the window up on tab ``page`` (0 keys, 1 scoring guide, 2 meeting guide),
        the keys card rebuilt for the screen shown now."""
        self.keys.setMarkdown(keys_markdown(self.main_window))
        self.tabs.setCurrentIndex(page)
        self.show()
        self.raise_()
        self.activateWindow()
        self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Help", "Help"))
        self.tabs.setTabText(0, QCoreApplication.translate("Help", "Keys of this screen"))
        self.tabs.setTabText(1, QCoreApplication.translate("Help", "Scoring guide (jurors)"))
        self.tabs.setTabText(
            2, QCoreApplication.translate("Help", "A meeting on several laptops (secretariat)")
        )
        self.tabs.setAccessibleName(QCoreApplication.translate("Help", "Help"))
        self.keys.setAccessibleName(QCoreApplication.translate("Help", "Keys of this screen"))
        self.guides[0].setAccessibleName(
            QCoreApplication.translate("Help", "Scoring guide (jurors)")
        )
        self.guides[1].setAccessibleName(
            QCoreApplication.translate("Help", "A meeting on several laptops (secretariat)")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
