"""Everything the main window shows about a jury file, read in one read transaction.

:func:`file_state` gathers what the Dossiers, Jury and Edition tabs show (the edition, its
grid's domains, the counts, the dossiers, the members, the recusals) from the read services,
all through :meth:`JuryFile.snapshot <tnl_jury.storage.jury_file.JuryFile.snapshot>`:
they see the file at the same moment, even while another window or a worker writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tnl_jury.services import dossiers, edition, members
from tnl_jury.services.views import (
    Counts,
    DomainInfo,
    DossierRow,
    EditionInfo,
    MemberRow,
    RecusalRow,
)
from tnl_jury.storage.jury_file import JuryFile

STEPS = 6


@dataclass(frozen=True)
class FileState:
    """The state of a jury file at one moment, as the read services describe it."""

    edition: EditionInfo
    domains: tuple[DomainInfo, ...]
    counts: Counts
    dossiers: tuple[DossierRow, ...]
    members: tuple[MemberRow, ...]
    recusals: tuple[RecusalRow, ...]


def file_state(
    jury_file: JuryFile, progress: Callable[[int, int], None] | None = None
) -> FileState:
    """Read the state of ``jury_file`` in one read transaction. ``progress(done, STEPS)`` is
    called between the steps (it may raise to stop the reading)."""

    def step(done: int) -> None:
        if progress is not None:
            progress(done, STEPS)

    with jury_file.snapshot():
        step(0)
        info = edition.get_edition(jury_file)
        step(1)
        domains = edition.grid_summary(jury_file)
        step(2)
        counts = edition.counts(jury_file)
        step(3)
        dossier_rows = tuple(dossiers.list_dossiers(jury_file))
        step(4)
        member_rows = tuple(members.list_members(jury_file))
        step(5)
        recusals = tuple(members.list_recusals(jury_file))
        step(6)
    return FileState(info, domains, counts, dossier_rows, member_rows, recusals)
