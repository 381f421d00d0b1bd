"""Paper scoring sheets: which (dossier, member) pairs get one, and the PDF that holds them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RuleError
from tnl_jury.domain.sheets import ScoringSheetRecord, SheetTarget, sheet_domains
from tnl_jury.io.atomic import CancelledFn, ProgressFn
from tnl_jury.services import audit
from tnl_jury.services.dossiers import list_dossiers
from tnl_jury.services.edition import get_edition, load_stored_grid
from tnl_jury.services.members import list_members, list_recusals
from tnl_jury.services.scores import MAX_LEVEL
from tnl_jury.storage.jury_file import JuryFile


def build_sheet_record(
    jury_file: JuryFile,
    *,
    member_ids: Sequence[int] | None = None,
    dossier_ids: Sequence[int] | None = None,
    blank: bool = False,
) -> ScoringSheetRecord:
    """The sheets to print, member by member (each juror's pile together), dossiers by number.

    ``member_ids`` None: every active member with a vote (who scores); ``dossier_ids`` None:
    every dossier. A member who stepped aside for a dossier gets no sheet for it. ``blank``:
    one sheet per dossier with an empty name line instead (``member_ids`` is then ignored).
    Unknown ids and inactive members are refused.
    """
    info = get_edition(jury_file)
    grid = load_stored_grid(jury_file)
    dossiers = list_dossiers(jury_file)
    if dossier_ids is not None:
        by_id = {d.id: d for d in dossiers}
        for did in dossier_ids:
            if did not in by_id:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "there is no dossier with id {dossier_id}"),
                    dossier_id=did,
                )
        wanted = set(dossier_ids)
        dossiers = [d for d in dossiers if d.id in wanted]
    if blank:
        targets = [SheetTarget(d.ds_number, d.candidate_name, d.departement_code) for d in dossiers]
    else:
        members = list_members(jury_file)
        if member_ids is None:
            chosen = [m for m in members if m.active and m.voting]  # those who score
        else:
            known = {m.id: m for m in members}
            chosen = []
            for mid in dict.fromkeys(member_ids):
                if mid not in known:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("Errors", "there is no jury member with id {member_id}"),
                        member_id=mid,
                    )
                if not known[mid].active:
                    raise RuleError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{member} is no longer an active member of the jury"
                        ),
                        member=known[mid].name,
                    )
                chosen.append(known[mid])
        recused = {(r.member_id, r.dossier_id) for r in list_recusals(jury_file)}
        targets = [
            SheetTarget(d.ds_number, d.candidate_name, d.departement_code, m.name)
            for m in chosen
            for d in dossiers
            if (m.id, d.id) not in recused
        ]
    return ScoringSheetRecord(
        label_name=info.label_name,
        edition_title=info.title,
        domains=sheet_domains(grid),
        sheets=tuple(targets),
        levels=tuple(range(MAX_LEVEL + 1)),
    )


def write_scoring_sheets(
    jury_file: JuryFile,
    out_path: str | Path,
    *,
    member_ids: Sequence[int] | None = None,
    dossier_ids: Sequence[int] | None = None,
    blank: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Path:
    """Write the scoring sheets (see :func:`build_sheet_record`) into one PDF at ``out_path``,
    atomically; return its path. Refused when there is no sheet to print.

    ``progress(done, total, message)`` is called as sheets are laid out; ``cancelled()``
    polled between them stops the work with :class:`~tnl_jury.io.atomic.Cancelled`, leaving
    no file.
    """
    from tnl_jury.io.pdf.scoring_sheet import render_scoring_sheets  # reportlab: slow import

    record = build_sheet_record(
        jury_file, member_ids=member_ids, dossier_ids=dossier_ids, blank=blank
    )
    if not record.sheets:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors", "there is no scoring sheet to print: no dossier or no member chosen"
            )
        )
    path, pages = render_scoring_sheets(record, out_path, progress=progress, cancelled=cancelled)
    if not jury_file.read_only:  # a read-only viewer may print; the trail is the writer's
        with jury_file.transaction() as session:
            audit.record(
                session,
                jury_file.actor,
                "export.scoring_sheets",
                file=path.name,
                sheets=len(record.sheets),
                pages=pages,
            )
    return path
