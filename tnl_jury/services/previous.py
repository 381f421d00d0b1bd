"""Year over year: a previous edition's levels, shown beside this year's."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tnl_jury.io.previous import candidate_key, read_previous_results
from tnl_jury.services import audit
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile


def import_previous_results(
    jury_file: JuryFile, path: str | Path, year: int | None = None
) -> tuple[int, int]:
    """Replace the previous results with those of the file at ``path``; return
    (entries read, dossiers of this edition that match one)."""
    path = Path(path)
    entries = read_previous_results(path)
    with jury_file.transaction() as session:
        session.execute(delete(m.PreviousResult))
        session.add_all(
            m.PreviousResult(
                candidate_key=candidate_key(e.candidate_name),
                candidate_name=e.candidate_name,
                level=e.level,
                year=year,
                source_file=path.name,
            )
            for e in entries
        )
        session.flush()
        matched = len(match_previous(session))
        audit.record(
            session,
            jury_file.actor,
            "previous.import",
            file=path.name,
            year=year,
            entries=len(entries),
            matched=matched,
        )
    return len(entries), matched


def match_previous(
    session: Session, dossiers: Iterable[tuple[int, str]] | None = None
) -> dict[int, int]:
    """{dossier id: previous level} for the dossiers whose candidate matches an entry.

    ``dossiers`` gives (id, candidate name) pairs already at hand; None reads every dossier.
    """
    levels = {
        key: level
        for key, level in session.execute(
            select(m.PreviousResult.candidate_key, m.PreviousResult.level)
        )
    }
    if not levels:
        return {}
    if dossiers is None:
        rows = session.execute(select(m.Dossier.id, m.Dossier.candidate_name))
        dossiers = [(dossier_id, name) for dossier_id, name in rows]
    found: dict[int, int] = {}
    for dossier_id, name in dossiers:
        level = levels.get(candidate_key(name))
        if level is not None:
            found[dossier_id] = level
    return found
