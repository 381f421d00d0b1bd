"""Ballots > Make juror packages…, Import ballots…, Hand in a ballot…: ask where, do the work
off the GUI thread, then say what happened.

``choose_and_*`` ask the user with a file chooser (``ask_*`` are the choosers, replaced by
tests); ``*_into`` / ``*_from`` / ``*_to`` do the work and are what tests call with paths.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tnl_jury.gui.tasks import Task, TaskContext

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.services.ballots import BallotOutcome, BallotWritten
    from tnl_jury.services.packages import PackageMade

CONTEXT = "BallotActions"
BALLOT_SUFFIX = ".tnlb"


def start_dir(window: MainWindow) -> Path:
    """The open file's folder, else the documents folder."""
    if window.jury_file is not None:
        return window.jury_file.path.parent
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


# Choosers (tests replace these) ---------------------------------------------------------


def ask_folder(window: MainWindow, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(window, title, str(start_dir(window)))
    return Path(chosen) if chosen else None


def ask_ballot_files(window: MainWindow) -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(
        window,
        QCoreApplication.translate("BallotActions", "Import ballots"),
        str(start_dir(window)),
        QCoreApplication.translate("BallotActions", "Ballots (*.tnlb)")
        + ";;"
        + QCoreApplication.translate("BallotActions", "All files (*)"),
    )
    return [Path(p) for p in chosen]


def ask_ballot_path(window: MainWindow, proposed: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("BallotActions", "Hand in a ballot"),
        str(proposed),
        QCoreApplication.translate("BallotActions", "Ballots (*.tnlb)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return (
        path if path.suffix.lower() == BALLOT_SUFFIX else path.with_name(path.name + BALLOT_SUFFIX)
    )


# Making packages ----------------------------------------------------------------------------


def choose_and_make_packages(window: MainWindow) -> Task[list[PackageMade]] | None:
    if window.jury_file is None or window.busy:
        return None
    folder = ask_folder(
        window,
        QCoreApplication.translate("BallotActions", "Choose the folder for the juror packages"),
    )
    return make_packages_into(window, folder) if folder is not None else None


def make_packages_into(window: MainWindow, folder: Path) -> Task[list[PackageMade]] | None:
    """One package per active member into ``folder``; then list them."""
    jury_file = window.jury_file
    if jury_file is None:
        return None

    def work(ctx: TaskContext) -> list[PackageMade]:
        from tnl_jury.services.packages import make_all_packages

        ctx.progress(0, 0, "")
        return make_all_packages(jury_file, folder, progress=ctx.progress, cancelled=ctx.cancelled)

    def done(made: list[PackageMade]) -> None:
        lines = "\n".join(f"• {p.member_name}: {p.path.name}" for p in made)
        text = QCoreApplication.translate(
            "BallotActions",
            "{count} juror packages were written to {folder}:\n\n{lines}\n\nCopy each one onto "
            "its member's USB key or laptop; the member opens it with tnl-jury, scores, and "
            "hands in ballots.",
        ).format(count=len(made), folder=folder, lines=lines)
        window.show_message(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("BallotActions", "Juror packages made"),
            text,
        )

    return window.run_task(
        work,
        label=QCoreApplication.translate("BallotActions", "Making the juror packages…"),
        on_result=done,
        error_action=QCoreApplication.translate("BallotActions", "Cannot make the juror packages"),
    )


# Handing in a ballot (juror mode) -----------------------------------------------------------


def choose_and_hand_in(window: MainWindow) -> Task[BallotWritten] | None:
    from tnl_jury.services.ballots import ballot_file_name
    from tnl_jury.services.packages import package_info

    jury_file = window.jury_file
    if jury_file is None or window.busy:
        return None
    _save_typing(window)
    info = package_info(jury_file)
    if info is None:
        return None
    proposed = start_dir(window) / ballot_file_name(info.member_name, info.year, dt.datetime.now())
    path = ask_ballot_path(window, proposed)
    return hand_in_to(window, path) if path is not None else None


def _save_typing(window: MainWindow) -> None:
    """What is still being typed on the scoring screen goes into the package first."""
    screen = getattr(window, "scoring_screen", None)
    flush = getattr(screen, "flush", None)
    if callable(flush):
        flush()


def hand_in_to(window: MainWindow, path: Path) -> Task[BallotWritten] | None:
    """Write the member's ballot to ``path`` (a file, or a folder: then it gets its name)."""
    jury_file = window.jury_file
    if jury_file is None:
        return None
    _save_typing(window)

    def work(ctx: TaskContext) -> BallotWritten:
        from tnl_jury.services.ballots import export_ballot

        ctx.progress(0, 0, "")
        return export_ballot(jury_file, path)

    def done(written: BallotWritten) -> None:
        # Each count is its own phrase: Qt's %n gives it the right plural form in each language.
        where = QCoreApplication.translate(
            "BallotActions", "Your ballot no. {number} was written to:\n{file}"
        ).format(number=written.sequence, file=written.path)
        dossiers, scores = _BallotCounts().texts(written.dossiers, written.scores)
        advice = QCoreApplication.translate(
            "BallotActions",
            "Give this file to the secretariat (on the USB key). You can hand in another "
            "ballot later: it will hold everything you have scored by then.",
        )
        text = f"{where}\n\n{dossiers} {scores} {advice}"
        window.show_message(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("BallotActions", "Ballot handed in"),
            text,
        )
        juror = getattr(window, "juror_mode", None)
        if juror is not None:
            juror.refresh_info()

    return window.run_task(
        work,
        label=QCoreApplication.translate("BallotActions", "Writing your ballot…"),
        on_result=done,
        cancellable=False,
        error_action=QCoreApplication.translate("BallotActions", "Cannot write the ballot"),
    )


# Importing ballots (secretariat) --------------------------------------------------------


def choose_and_import(window: MainWindow) -> Task[tuple[list[BallotOutcome], int]] | None:
    if window.jury_file is None or window.busy:
        return None
    paths = ask_ballot_files(window)
    return import_from(window, paths) if paths else None


def import_from(
    window: MainWindow, paths: Sequence[Path]
) -> Task[tuple[list[BallotOutcome], int]] | None:
    """Merge the ballots at ``paths``; then show the summary (and read the file again)."""
    jury_file = window.jury_file
    if jury_file is None:
        return None
    paths = list(paths)

    def work(ctx: TaskContext) -> tuple[list[BallotOutcome], int]:
        from tnl_jury.services.ballots import import_ballots, list_conflicts

        ctx.progress(0, 0, "")
        outcomes = import_ballots(jury_file, paths, progress=ctx.progress)
        return outcomes, len(list_conflicts(jury_file))

    def done(result: tuple[list[BallotOutcome], int]) -> None:
        from tnl_jury.gui.ballots.summary_dialog import BallotImportDialog

        outcomes, pending = result
        window.refresh()
        dialog = BallotImportDialog(outcomes, pending, window)
        dialog.conflicts_requested.connect(lambda: open_conflicts(window))
        # Kept on the window for the tests; MainWindow does not declare it.
        window.ballot_import_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    return window.run_task(
        work,
        label=QCoreApplication.translate("BallotActions", "Importing the ballots…"),
        on_result=done,
        cancellable=False,
        error_action=QCoreApplication.translate("BallotActions", "Cannot import the ballots"),
    )


def open_conflicts(window: MainWindow) -> None:
    """The conflicts waiting for the secretariat's choice (a window-modal dialog)."""
    if window.jury_file is None:
        return
    from tnl_jury.gui.ballots.conflicts_dialog import ConflictsDialog

    dialog = ConflictsDialog(window)
    # Kept on the window for the tests; MainWindow does not declare it.
    window.ballot_conflicts_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


class _BallotCounts(QObject):
    """The counts of a written ballot, each with its plural form (Qt's %n). A class of its
    own because lupdate recognises a plural only in ``self.tr(text, "", count)``."""

    def texts(self, dossiers: int, scores: int) -> tuple[str, str]:
        return (
            self.tr("It holds %n dossier(s)", "", dossiers),
            self.tr("and %n score(s).", "", scores),
        )
