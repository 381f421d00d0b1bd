"""The Documents menu (issue #6): export the results, the minutes, the letters to
candidates, the published list, signing the minutes in turn, verifying a signed PDF, and the
jury CA.

Entries that need a jury file are enabled only while one is open; "Sign the minutes" also
needs it writable (signing locks the decisions). The screens themselves live in
:mod:`tnl_jury.gui.outputs` and are imported when first used (the slots below), so that they
and what they import stay out of start-up. The menu itself is created with the others
(``gui/actions.py``); its key in ``window.ui.menus`` is ``"documents"``.
"""

from __future__ import annotations

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


# The slots: each imports its screen on first use.


def export_results(window: MainWindow) -> None:
    from tnl_jury.gui.outputs.export_dialog import open_export_dialog

    open_export_dialog(window)


def write_minutes(window: MainWindow) -> None:
    from tnl_jury.gui.outputs.documents import choose_and_write_minutes

    choose_and_write_minutes(window)


def write_letters(window: MainWindow) -> None:
    from tnl_jury.gui.outputs.documents import choose_and_write_letters

    choose_and_write_letters(window)


def write_published_list(window: MainWindow) -> None:
    from tnl_jury.gui.outputs.documents import choose_and_write_published_list

    choose_and_write_published_list(window)


def sign_minutes(window: MainWindow) -> None:
    from tnl_jury.gui.outputs.signing_wizard import open_signing_wizard

    open_signing_wizard(window)


def verify_pdf(window: MainWindow) -> None:
    from tnl_jury.gui.outputs.verify_page import open_verify_dialog

    open_verify_dialog(window)


def create_ca(window: MainWindow) -> None:
    from tnl_jury.gui.outputs.ca_dialog import open_create_ca_dialog

    open_create_ca_dialog(window)


def fill_documents_menu(window: MainWindow) -> None:
    """Fill the Documents menu and keep its entries enabled as they should be."""
    ui = window.ui
    menu = ui.menus[MENU]
    ui.add(
        MENU,
        "export_results",
        _t(QT_TRANSLATE_NOOP("DocumentsMenu", "&Export the results…")),
        lambda: export_results(window),
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
        lambda: write_minutes(window),
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
        lambda: write_letters(window),
        tip=_t(
            QT_TRANSLATE_NOOP("DocumentsMenu", "One PDF letter per decided dossier, into a folder")
        ),
    )
    ui.add(
        MENU,
        "published_list",
        _t(QT_TRANSLATE_NOOP("DocumentsMenu", "&Published list (PDF)…")),
        lambda: write_published_list(window),
        tip=_t(QT_TRANSLATE_NOOP("DocumentsMenu", "The results list by level, ready to print")),
    )
    menu.addSeparator()
    ui.add(
        MENU,
        "sign_minutes",
        _t(QT_TRANSLATE_NOOP("DocumentsMenu", "&Sign the minutes…")),
        lambda: sign_minutes(window),
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
        lambda: verify_pdf(window),
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
        _t(QT_TRANSLATE_NOOP("DocumentsMenu", "Create the jury &authority…")),
        lambda: create_ca(window),
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
