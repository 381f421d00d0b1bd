"""The Documents menu (issue #6): export the results, the minutes, the letters to
candidates, the published list, signing the minutes in turn, verifying a signed PDF, and the
jury CA.

Entries that need a jury file are enabled only while one is open; "Sign the minutes" also
needs it writable (signing locks the decisions). The screens themselves live in
:mod:`tnl_jury.gui.outputs` and are imported when first used. Other features may add their
own document actions to this menu: its key in ``window.ui.menus`` is ``"documents"``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow

CONTEXT = "DocumentsMenu"
MENU = "documents"
NEEDS_FILE = ("export_results", "write_minutes", "write_letters", "published_list")


def _t(source: object) -> Callable[[], str]:
    """The translation of ``source`` (marked with QT_TRANSLATE_NOOP), read when called."""
    text = str(source)
    return lambda: QCoreApplication.translate(CONTEXT, text)


def _lazy(window: MainWindow, module: str, function: str) -> Callable[[], None]:
    """A slot that imports ``module`` on first use and calls ``function(window)``: the
    screens (and what they import) stay out of start-up."""

    def slot() -> None:
        getattr(importlib.import_module(module), function)(window)

    return slot


def install(window: MainWindow) -> None:
    """Add the Documents menu (before Help) and keep its entries enabled as they should be."""
    ui = window.ui
    menu = ui.add_menu(MENU, _t(QT_TRANSLATE_NOOP("DocumentsMenu", "&Documents")))
    help_menu = ui.menus.get("help")
    if help_menu is not None:  # Help stays the last menu
        bar = window.menuBar()
        bar.removeAction(menu.menuAction())
        bar.insertAction(help_menu.menuAction(), menu.menuAction())

    export_results = _lazy(window, "tnl_jury.gui.outputs.export_dialog", "open_export_dialog")
    minutes = _lazy(window, "tnl_jury.gui.outputs.documents", "choose_and_write_minutes")
    letters = _lazy(window, "tnl_jury.gui.outputs.documents", "choose_and_write_letters")
    published = _lazy(window, "tnl_jury.gui.outputs.documents", "choose_and_write_published_list")
    sign = _lazy(window, "tnl_jury.gui.outputs.signing_wizard", "open_signing_wizard")
    verify = _lazy(window, "tnl_jury.gui.outputs.verify_page", "open_verify_dialog")
    create_ca = _lazy(window, "tnl_jury.gui.outputs.ca_dialog", "open_create_ca_dialog")

    ui.add(
        MENU,
        "export_results",
        _t(QT_TRANSLATE_NOOP("DocumentsMenu", "&Export the results…")),
        export_results,
        shortcut="Ctrl+E",
        tip=_t(
            QT_TRANSLATE_NOOP(
                "DocumentsMenu", "The results spreadsheet: Excel, OpenDocument or CSV"
            )
        ),
    )
    ui.add(
        MENU,
        "write_minutes",
        _t(QT_TRANSLATE_NOOP("DocumentsMenu", "&Minutes (PDF)…")),
        minutes,
        tip=_t(
            QT_TRANSLATE_NOOP(
                "DocumentsMenu", "The minutes of the deliberation, with a signature box per member"
            )
        ),
    )
    ui.add(
        MENU,
        "write_letters",
        _t(QT_TRANSLATE_NOOP("DocumentsMenu", "&Letters to candidates…")),
        letters,
        tip=_t(
            QT_TRANSLATE_NOOP("DocumentsMenu", "One PDF letter per decided dossier, into a folder")
        ),
    )
    ui.add(
        MENU,
        "published_list",
        _t(QT_TRANSLATE_NOOP("DocumentsMenu", "&Published list (PDF)…")),
        published,
        tip=_t(QT_TRANSLATE_NOOP("DocumentsMenu", "The results list by level, ready to print")),
    )
    menu.addSeparator()
    ui.add(
        MENU,
        "sign_minutes",
        _t(QT_TRANSLATE_NOOP("DocumentsMenu", "&Sign the minutes…")),
        sign,
        tip=_t(
            QT_TRANSLATE_NOOP(
                "DocumentsMenu",
                "The members present sign in turn; then the decisions are locked",
            )
        ),
    )
    ui.add(
        MENU,
        "verify_pdf",
        _t(QT_TRANSLATE_NOOP("DocumentsMenu", "&Verify a signed PDF…")),
        verify,
        tip=_t(
            QT_TRANSLATE_NOOP(
                "DocumentsMenu", "Check every signature of a PDF: intact, trusted, unchanged"
            )
        ),
    )
    menu.addSeparator()
    ui.add(
        MENU,
        "create_ca",
        _t(QT_TRANSLATE_NOOP("DocumentsMenu", "Create the jury &CA…")),
        create_ca,
        tip=_t(
            QT_TRANSLATE_NOOP(
                "DocumentsMenu",
                "Once per edition: the authority that issues the members' certificates",
            )
        ),
    )
    window.file_changed.connect(lambda _snapshot: _update(window))
    _update(window)


def _update(window: MainWindow) -> None:
    snapshot = window.snapshot
    for key in NEEDS_FILE:
        window.ui.actions[key].setEnabled(snapshot is not None)
    window.ui.actions["sign_minutes"].setEnabled(snapshot is not None and not snapshot.read_only)
