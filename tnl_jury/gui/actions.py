"""The main window's menus and actions, built once and retranslated on a language change.

:func:`build_main_menus` creates every menu of the bar, in its order (File, View, Documents,
Scoring, Deliberation, Ballots, Help), and the window's own entries; the screens built after
the first paint add theirs with :meth:`WindowActions.add` (``before=`` an existing entry's key
to place it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP  # returns str (PySide6's says object)
from tnl_jury.gui.i18n import LANGUAGES
from tnl_jury.gui.plain_text import plain_tip

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow


class WindowActions:
    """The QActions of the main window, by key, and its menus, by key.

    ``texts`` maps each key to a function giving its translated text, so that a language change
    only has to call :meth:`retranslate`.
    """

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._texts: dict[str, Callable[[], str]] = {}
        self._tips: dict[str, Callable[[], str]] = {}
        self._menu_texts: dict[str, Callable[[], str]] = {}
        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)

    def add_menu(self, key: str, text: Callable[[], str], parent: QMenu | None = None) -> QMenu:
        """A new menu (in the menu bar, or inside ``parent``) whose title is ``text()``."""
        menu = parent.addMenu(text()) if parent else self.window.menuBar().addMenu(text())
        menu.setObjectName(f"menu_{key}")
        self.menus[key] = menu
        self._menu_texts[key] = text
        return menu

    def add(
        self,
        menu: str,
        key: str,
        text: Callable[[], str],
        slot: Callable[[], object],
        *,
        shortcut: QKeySequence | str | None = None,
        tip: Callable[[], str] | None = None,
        before: str | None = None,
    ) -> QAction:
        """An action in ``menus[menu]`` calling ``slot`` (last, or before the action whose key
        is ``before``); also added to the window, so that its shortcut works whichever widget
        has the focus."""
        action = QAction(text(), self.window)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if before is None:
            self.menus[menu].addAction(action)
        else:
            self.menus[menu].insertAction(self.actions[before], action)
        self.window.addAction(action)
        self.actions[key] = action
        self._texts[key] = text
        if tip is not None:
            self._tips[key] = tip
            action.setStatusTip(tip())
            action.setToolTip(tip())
        return action

    def add_language(self, language: str, slot: Callable[[str], object]) -> QAction:
        """A checkable entry of the Language menu. Its text is the language's own name."""
        action = QAction(LANGUAGES[language], self.window)
        action.setObjectName(f"action_language_{language}")
        action.setCheckable(True)
        action.setData(language)
        action.triggered.connect(lambda _checked=False: slot(language))
        self.language_group.addAction(action)
        self.menus["language"].addAction(action)
        self.actions[f"language_{language}"] = action
        return action

    def check_language(self, language: str) -> None:
        for action in self.language_group.actions():
            action.setChecked(action.data() == language)

    def fill_recent(
        self,
        paths: list[Path],
        open_path: Callable[[Path], object],
        clear_list: Callable[[], object],
    ) -> None:
        """Rebuild the Open recent submenu: numbered entries, then Clear the list."""
        menu = self.menus["recent"]
        menu.clear()
        for number, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{number} {path.name}  ({path.parent})")
            action.setStatusTip(str(path))
            action.setToolTip(plain_tip(str(path)))
            action.triggered.connect(lambda _checked=False, p=path: open_path(p))
        if not paths:
            empty = menu.addAction(QCoreApplication.translate("MainWindow", "No recent file"))
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(QCoreApplication.translate("MainWindow", "&Clear the list"))
        clear.setObjectName("action_clear_recent")
        clear.setEnabled(bool(paths))
        clear.triggered.connect(lambda _checked=False: clear_list())
        self.actions["clear_recent"] = clear

    def retranslate(self) -> None:
        for key, text in self._menu_texts.items():
            self.menus[key].setTitle(text())
        for key, text in self._texts.items():
            self.actions[key].setText(text())
        for key, tip in self._tips.items():
            self.actions[key].setStatusTip(tip())
            self.actions[key].setToolTip(tip())


def _t(source: object) -> Callable[[], str]:
    """The translation of ``source`` (a QT_TRANSLATE_NOOP result) in the "MainWindow" context,
    read when called."""
    text = str(source)
    return lambda: QCoreApplication.translate("MainWindow", text)


def _in(context: str, source: str) -> Callable[[], str]:
    """The translation of ``source`` in ``context``, read when called."""
    return lambda: QCoreApplication.translate(context, source)


def build_main_menus(window: MainWindow) -> None:
    """Every menu of the bar, in order, with the window's own entries (File, View with
    Language, Help's About)."""
    ui = window.ui
    # QT_TRANSLATE_NOOP marks the texts for lupdate, in the context of the window's own
    # self.tr() strings; _t() translates them whenever the menus are (re)translated.
    ui.add_menu("file", _t(QT_TRANSLATE_NOOP("MainWindow", "&File")))
    ui.add(
        "file",
        "new",
        _t(QT_TRANSLATE_NOOP("MainWindow", "&New jury file…")),
        window.choose_and_create,
        shortcut="Ctrl+N",
    )
    ui.add(
        "file",
        "open",
        _t(QT_TRANSLATE_NOOP("MainWindow", "&Open…")),
        window.choose_and_open,
        shortcut="Ctrl+O",
    )
    recent = ui.add_menu(
        "recent", _t(QT_TRANSLATE_NOOP("MainWindow", "Open &recent")), ui.menus["file"]
    )
    recent.aboutToShow.connect(window.refresh_recent)
    ui.add(
        "file",
        "demo",
        _t(QT_TRANSLATE_NOOP("MainWindow", "Create a &demo file…")),
        window.choose_and_create_demo,
        tip=_t(
            QT_TRANSLATE_NOOP(
                "MainWindow", "A jury file with fictional data, to try the application"
            )
        ),
    )
    ui.menus["file"].addSeparator()
    ui.add(
        "file",
        "close",
        _t(QT_TRANSLATE_NOOP("MainWindow", "&Close")),
        window.close_file,
        shortcut="Ctrl+W",
    )
    ui.menus["file"].addSeparator()
    ui.add(
        "file",
        "quit",
        _t(QT_TRANSLATE_NOOP("MainWindow", "&Quit")),
        window.close,
        shortcut="Ctrl+Q",
    )

    ui.add_menu("view", _t(QT_TRANSLATE_NOOP("MainWindow", "&View")))
    ui.add(
        "view",
        "filter",
        _t(QT_TRANSLATE_NOOP("MainWindow", "&Filter the list")),
        window.focus_filter,
        shortcut="Ctrl+F",
    )
    ui.add(
        "view",
        "refresh",
        _t(QT_TRANSLATE_NOOP("MainWindow", "&Reload the file")),
        window.refresh,
        shortcut="F5",
        tip=_t(
            QT_TRANSLATE_NOOP(
                "MainWindow", "Read the jury file again, to see changes made elsewhere"
            )
        ),
    )
    ui.menus["view"].addSeparator()
    ui.add_menu("language", _t(QT_TRANSLATE_NOOP("MainWindow", "&Language")), ui.menus["view"])
    for language in LANGUAGES:
        ui.add_language(language, window.set_language)
    ui.check_language(window.translations.language)

    # The screens' menus, filled when the screens are built (after the first paint), in the
    # order of the bar; their titles keep the translation contexts of their screens.
    for key, context, title in (
        ("documents", "DocumentsMenu", QT_TRANSLATE_NOOP("DocumentsMenu", "&Documents")),
        ("scoring", "ScoringMenu", QT_TRANSLATE_NOOP("ScoringMenu", "&Scoring")),
        ("deliberation", "DeliberationFeature",
         QT_TRANSLATE_NOOP("DeliberationFeature", "De&liberation")),
        ("ballots", "BallotsMenu", QT_TRANSLATE_NOOP("BallotsMenu", "&Ballots")),
    ):  # fmt: skip
        ui.add_menu(key, _in(context, title))
    ui.add_menu("help", _t(QT_TRANSLATE_NOOP("MainWindow", "&Help")))
    ui.add(
        "help", "about", _t(QT_TRANSLATE_NOOP("MainWindow", "&About tnl-jury")), window.show_about
    )
