"""Documents > Minutes (PDF)…, Letters to candidates…, Published list…: ask where, write off
the GUI thread (progress, cancel), then say where the files went.

``choose_and_write_*`` ask the user with a file chooser; ``write_*_to`` do the writing and
are what the signing wizard and the tests call with a path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from tnl_jury.gui.outputs.common import run_output, show_done, start_dir, with_suffix
from tnl_jury.gui.tasks import Task, TaskContext

if TYPE_CHECKING:
    from tnl_jury.domain.records import Letterhead
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.outputs.letters_dialog import LettersRequest
    from tnl_jury.gui.outputs.session_dialog import SessionChanges
    from tnl_jury.services.minutes_details import MinutesDetails

LAST_MINUTES = "tnl_last_minutes"  # window property: the minutes written last (a path)


def last_minutes(window: MainWindow) -> Path | None:
    """The minutes written last in this window, if the file is still there."""
    value = window.property(LAST_MINUTES)
    path = Path(value) if isinstance(value, str) and value else None
    return path if path is not None and path.is_file() else None


def _pdf_filter() -> str:
    return QCoreApplication.translate("Documents", "PDF documents (*.pdf)")


def _ask_pdf(window: MainWindow, title: str, name: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        window, title, str(start_dir(window) / name), _pdf_filter()
    )
    return with_suffix(Path(chosen), ".pdf") if chosen else None


def _year(window: MainWindow) -> str:
    snapshot = window.snapshot
    return str(snapshot.edition.year) if snapshot is not None else ""


def choose_and_write_minutes(window: MainWindow) -> Task[SessionState] | None:
    """Read what the minutes say of the session (off the GUI thread), let the user complete
    it (:class:`SessionDialog`), then ask for the file and write the minutes."""
    jury_file = window.jury_file
    if jury_file is None or window.busy:
        return None

    def work(ctx: TaskContext) -> SessionState:
        from tnl_jury.services.deliberation import get_meeting
        from tnl_jury.services.members import list_members
        from tnl_jury.services.minutes_details import get_minutes_details

        meeting = get_meeting(jury_file)
        names = {mem.id: mem.name for mem in list_members(jury_file)}
        absent = tuple((mid, names[mid]) for mid in meeting.absent if mid in names)
        locked = jury_file.read_only or meeting.closed_at is not None
        return SessionState(get_minutes_details(jury_file), absent, locked)

    def ask(state: SessionState) -> None:
        from tnl_jury.gui.outputs.session_dialog import SessionDialog

        for old in window.findChildren(SessionDialog):
            old.deleteLater()
        dialog = SessionDialog(state.details, state.absent, read_only=state.locked, parent=window)
        dialog.accepted.connect(lambda: _choose_minutes_file(window, dialog.changes()))
        dialog.open()

    return window.run_task(
        work,
        label=QCoreApplication.translate("Documents", "Reading the meeting's record…"),
        on_result=ask,
        cancellable=False,
        error_action=QCoreApplication.translate("Documents", "Cannot read the meeting's record"),
    )


@dataclass(frozen=True)
class SessionState:
    details: MinutesDetails
    absent: tuple[tuple[int, str], ...]  # (member id, name) of the members marked absent
    locked: bool  # read-only file or closed meeting: the details cannot change


def _choose_minutes_file(window: MainWindow, changes: SessionChanges) -> None:
    name = QCoreApplication.translate("Documents", "minutes-{year}.pdf").format(year=_year(window))
    path = _ask_pdf(window, QCoreApplication.translate("Documents", "Write the minutes"), name)
    if path is not None:
        write_minutes_to(window, path, session_changes=changes)


def write_minutes_to(
    window: MainWindow,
    path: Path,
    then: Callable[[Path], None] | None = None,
    *,
    session_changes: SessionChanges | None = None,
) -> Task[Path] | None:
    """Write the minutes (PDF/A, one empty signature field per member present) to ``path``,
    after recording ``session_changes`` (keyword arguments of ``set_minutes_details``).

    ``then`` (the signing wizard) replaces the "done" message.
    """
    jury_file = window.jury_file
    if jury_file is None:
        return None

    def work(ctx: TaskContext) -> Path:
        from tnl_jury.services.minutes_details import set_minutes_details
        from tnl_jury.services.outputs import write_minutes

        ctx.progress(0, 0, "")
        if session_changes:
            set_minutes_details(jury_file, **session_changes)
        return write_minutes(jury_file, path, progress=ctx.progress, cancelled=ctx.cancelled)

    def done(written: Path) -> None:
        window.setProperty(LAST_MINUTES, str(written))  # the signing wizard starts with it
        if then is not None:
            then(written)
            return
        title = QCoreApplication.translate("Documents", "Minutes written")
        text = QCoreApplication.translate(
            "Documents",
            "The minutes were written to:\n{file}\n\nEach member present signs them in turn "
            "with Documents > Sign the minutes.",
        ).format(file=written)
        _announce(window, title, text, written.parent)

    return run_output(
        window,
        work,
        label=QCoreApplication.translate("Documents", "Writing the minutes {name}…").format(
            name=path.name
        ),
        on_result=done,
        error_action=QCoreApplication.translate("Documents", "Cannot write the minutes"),
    )


def choose_and_write_letters(window: MainWindow) -> Task[Letterhead] | None:
    """Read the letterhead (off the GUI thread), ask for the date and the letterhead
    (:class:`LettersDialog`), then the folder, then write the letters."""
    jury_file = window.jury_file
    if jury_file is None or window.busy:
        return None

    def work(ctx: TaskContext) -> Letterhead:
        from tnl_jury.services.letterhead import get_letterhead

        return get_letterhead(jury_file)

    def ask(letterhead: Letterhead) -> None:
        from tnl_jury.gui.outputs.letters_dialog import LettersDialog

        for old in window.findChildren(LettersDialog):
            old.deleteLater()
        dialog = LettersDialog(
            letterhead, dt.date.today(), read_only=jury_file.read_only, parent=window
        )
        dialog.accepted.connect(lambda: _choose_folder(window, dialog.request()))
        dialog.open()

    return window.run_task(
        work,
        label=QCoreApplication.translate("Documents", "Reading the letterhead…"),
        on_result=ask,
        cancellable=False,
        error_action=QCoreApplication.translate("Documents", "Cannot read the letterhead"),
    )


def _choose_folder(window: MainWindow, request: LettersRequest) -> None:
    chosen = QFileDialog.getExistingDirectory(
        window,
        QCoreApplication.translate("Documents", "Folder for the letters to candidates"),
        str(start_dir(window)),
    )
    if chosen:
        write_letters_to(window, Path(chosen), request)


def write_letters_to(
    window: MainWindow, folder: Path, request: LettersRequest | None = None
) -> Task[list[Path]] | None:
    """Write one letter per decided dossier into ``folder`` (created if missing), dated as
    ``request`` says (today without one), after saving the letterhead fields it changed."""
    jury_file = window.jury_file
    if jury_file is None:
        return None

    def work(ctx: TaskContext) -> list[Path]:
        from tnl_jury.services.letterhead import set_letterhead
        from tnl_jury.services.outputs import write_letters

        ctx.progress(0, 0, "")
        if request is not None and request.letterhead_changes and not jury_file.read_only:
            set_letterhead(jury_file, **request.letterhead_changes)
        dated = request.dated if request is not None else None
        return write_letters(
            jury_file, folder, dated=dated, progress=ctx.progress, cancelled=ctx.cancelled
        )

    def done(paths: list[Path]) -> None:
        title = QCoreApplication.translate("Documents", "Letters written")
        if paths:
            # A count, not a plural sentence: lupdate marks no plural in translate().
            text = QCoreApplication.translate(
                "Documents", "Letters written: {count}, into the folder:\n{folder}"
            ).format(count=len(paths), folder=folder)
        else:
            text = QCoreApplication.translate(
                "Documents", "No letter was written: the jury has not decided on any dossier yet."
            )
        _announce(window, title, text, folder)

    return run_output(
        window,
        work,
        label=QCoreApplication.translate("Documents", "Writing the letters to candidates…"),
        on_result=done,
        error_action=QCoreApplication.translate("Documents", "Cannot write the letters"),
    )


def choose_and_write_published_list(window: MainWindow) -> Task[Path] | None:
    if window.jury_file is None or window.busy:
        return None
    name = QCoreApplication.translate("Documents", "published-list-{year}.pdf").format(
        year=_year(window)
    )
    path = _ask_pdf(
        window, QCoreApplication.translate("Documents", "Write the published list"), name
    )
    return write_published_list_to(window, path) if path is not None else None


def write_published_list_to(window: MainWindow, path: Path) -> Task[Path] | None:
    """Write the results list by level, as published, to ``path``."""
    jury_file = window.jury_file
    if jury_file is None:
        return None

    def work(ctx: TaskContext) -> Path:
        from tnl_jury.services.outputs import write_published_list

        ctx.progress(0, 0, "")
        return write_published_list(jury_file, path)

    def done(written: Path) -> None:
        title = QCoreApplication.translate("Documents", "Published list written")
        text = QCoreApplication.translate(
            "Documents", "The results list by level was written to:\n{file}"
        ).format(file=written)
        _announce(window, title, text, written.parent)

    return run_output(
        window,
        work,
        label=QCoreApplication.translate("Documents", "Writing the published list {name}…").format(
            name=path.name
        ),
        on_result=done,
        cancellable=False,  # one short page; the service takes no cancel check
        error_action=QCoreApplication.translate("Documents", "Cannot write the published list"),
    )


def _announce(window: MainWindow, title: str, text: str, folder: Path) -> None:
    window.statusBar().showMessage(title, 5000)
    show_done(window, title, text, folder)
