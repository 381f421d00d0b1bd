"""Everything the first window shows about a jury file, read in one go off the GUI thread.

The GUI never holds an ORM session: :func:`load_snapshot` calls the read service
(:mod:`tnl_jury.services.file_state`, one read transaction) from a worker thread, through
:mod:`tnl_jury.gui.tasks`, and the window shows the frozen result with the file's path and
whether it is read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tnl_jury.gui.tasks import TaskContext

if TYPE_CHECKING:
    from tnl_jury.services.views import (
        Counts,
        DomainInfo,
        DossierRow,
        EditionInfo,
        MemberRow,
        RecusalRow,
    )
    from tnl_jury.storage.jury_file import JuryFile


@dataclass(frozen=True)
class FileSnapshot:
    """The state of a jury file at one moment, as the services describe it: the fields of
    :class:`tnl_jury.services.file_state.FileState` plus the file's path and read-only state.
    It is declared here rather than reused because the welcome window imports this module
    before the first paint, and the services module would bring SQLAlchemy with it."""

    path: Path
    read_only: bool
    edition: EditionInfo
    domains: tuple[DomainInfo, ...]
    counts: Counts
    dossiers: tuple[DossierRow, ...]
    members: tuple[MemberRow, ...]
    recusals: tuple[RecusalRow, ...]
    read_only_reason: str = ""  # see JuryFile.read_only_reason


@dataclass(frozen=True)
class OpenedFile:
    """A jury file just opened (or created) and its first snapshot."""

    jury_file: JuryFile
    snapshot: FileSnapshot
    backup_path: Path | None


def load_snapshot(jury_file: JuryFile, ctx: TaskContext | None = None) -> FileSnapshot:
    """Read the snapshot of ``jury_file`` (one read transaction:
    :func:`tnl_jury.services.file_state.file_state`), reporting progress and honouring cancel
    on ``ctx``."""
    from tnl_jury.services.file_state import file_state

    def step(done: int, total: int) -> None:
        if ctx is not None:
            ctx.raise_if_cancelled()
            ctx.progress(done, total, "")

    state = file_state(jury_file, step)
    return FileSnapshot(
        jury_file.path,
        jury_file.read_only,
        state.edition,
        state.domains,
        state.counts,
        state.dossiers,
        state.members,
        state.recusals,
        jury_file.read_only_reason,
    )


def adopt(jury_file: JuryFile, ctx: TaskContext) -> OpenedFile:
    """Load the first snapshot of a file just opened; the file is closed if this fails."""
    try:
        snapshot = load_snapshot(jury_file, ctx)
    except BaseException:
        jury_file.close()
        raise
    return OpenedFile(jury_file, snapshot, jury_file.backup_path)


def open_and_load(path: Path, ctx: TaskContext) -> OpenedFile:
    """Open ``path`` (read-only when another window holds it; upgrading an older schema) and
    load its snapshot. Work function for :meth:`tnl_jury.gui.tasks.TaskRunner.submit`."""
    from tnl_jury.storage.jury_file import open_jury_file

    ctx.progress(0, 0, "")
    ctx.raise_if_cancelled()
    return adopt(open_jury_file(path, read_only_if_locked=True), ctx)


def close_opened(opened: OpenedFile) -> None:
    """The ``discard`` callback of tasks returning an :class:`OpenedFile`."""
    opened.jury_file.close()


def discard_created(opened: OpenedFile) -> None:
    """The ``discard`` callback of tasks creating a file: the user cancelled, so the file that
    was made meanwhile is closed and removed (it did not exist before: creating refuses to
    replace a file)."""
    path = opened.jury_file.path
    opened.jury_file.close()
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", ".lock"))):
        leftover.unlink(missing_ok=True)
