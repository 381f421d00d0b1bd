"""Importing candidate dossiers from Démarches Simplifiées exports (Qt-free).

The GUI and the CLI use it in two steps:

1. :func:`preview_import` reads the export (and the attachments zip's directory), compares it
   with the jury file and returns an :class:`ImportPreview`: detected format and variant, how
   many dossiers are new / changed / unchanged / skipped / missing, which identity columns were
   found (``needs`` lists those the user must choose, ``columns`` the header to choose from),
   the problems of the zip and the warnings. It writes nothing.
2. :func:`run_import` does the import in ONE transaction: dossiers, answers, repeated blocks,
   notes, attachments (streamed), the column mapping the user chose, an ``import_run`` row and
   one audit event. Any error, or ``cancelled()`` returning True (:class:`ImportCancelled`),
   leaves the jury file exactly as it was. ``progress(done, total, message)`` is called
   regularly; both callbacks are called from the thread running the import.

Re-importing is idempotent (a dossier whose digest did not change is not touched), across
formats too: a csv has no repeated blocks and notes, so importing one keeps those of the file.
A newer export rewrites the answers of the dossiers that changed and keeps every score, comment and
decision; when their answers changed after a juror started scoring, the dossier gets
``answers_changed_at`` and the changed answers ``changed_at``. A dossier absent from a newer
export is flagged ``missing_from_last_import``, never deleted.

:func:`answers_by_criterion` groups a dossier's answers under the grid's criteria, for the
scoring screen.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP
from tnl_jury.domain.grid import ImportHints
from tnl_jury.io.ds.attachments import ZipLimits, ZipScan, ZipStreamer, scan_zip
from tnl_jury.io.ds.errors import (
    ImportCancelled,
    Place,
    placed,
)
from tnl_jury.io.ds.parse import (
    ColumnMapping,
    IdentityColumns,
    ParsedExport,
    ParseOptions,
    parse_export,
)
from tnl_jury.services import audit, ds_mapping
from tnl_jury.services.dossier_answers import (
    AnswerView,
    BlockRowView,
    CriterionAnswers,
    DomainAnswers,
    DossierAnswers,
    NoteView,
    acknowledge_answer_changes,
    answers_by_criterion,
)
from tnl_jury.services.import_attachments import store_attachments
from tnl_jury.services.import_messages import (
    missing_warning,
    needs_phrase,
    require_identity,
    zip_refusal,
    zip_warnings,
)
from tnl_jury.services.import_results import (
    AttachmentCounts,
    AttachmentsPreview,
    DossierCounts,
    ImportOptions,
    ImportPreview,
    ImportReport,
    PreviewDossier,
)
from tnl_jury.services.import_store import Plan, compare_answers, make_plan, write_dossiers
from tnl_jury.storage import import_models as im
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile
from tnl_jury.storage.orm_base import utcnow

__all__ = [
    "AnswerView",
    "AttachmentCounts",
    "AttachmentsPreview",
    "BlockRowView",
    "CriterionAnswers",
    "DomainAnswers",
    "DossierAnswers",
    "DossierCounts",
    "IdentityColumns",
    "ImportCancelled",
    "ImportOptions",
    "ImportPreview",
    "ImportReport",
    "ImportRunRow",
    "NoteView",
    "PreviewDossier",
    "ZipLimits",
    "acknowledge_answer_changes",
    "answers_by_criterion",
    "list_import_runs",
    "preview_import",
    "run_import",
]

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


# -- preview -----------------------------------------------------------------------------


def preview_import(
    jury_file: JuryFile,
    export_path: str | Path,
    attachments_path: str | Path | None = None,
    options: ImportOptions | None = None,
) -> ImportPreview:
    """Read the export (and the zip's directory) and compare with the jury file; write nothing.

    Raises :class:`~tnl_jury.io.ds.errors.ExportError` when the export cannot be read and
    :class:`~tnl_jury.io.ds.errors.AttachmentsError` when the zip is refused as a whole; a
    missing identity column is not an error here (see ``needs``).
    """
    with _bulk_allocations():
        return _preview(jury_file, export_path, attachments_path, options or ImportOptions())


def _preview(
    jury_file: JuryFile,
    export_path: str | Path,
    attachments_path: str | Path | None,
    options: ImportOptions,
) -> ImportPreview:
    parsed = _parse(jury_file, Path(export_path), options)
    numbers = _numbers(parsed)
    scan = scan_zip(Path(attachments_path), options.limits, numbers) if attachments_path else None
    with jury_file.reader() as session:
        plan = make_plan(session, parsed)
        maybe = [(i, d) for i, d in plan.changed if i in plan.started]
        flagged = compare_answers(session, maybe, plan.keep_side).differing if maybe else set()
        mapping = ds_mapping.coverage_of(session, parsed)
    rows = [_preview_row(d, "new") for d in plan.new]
    rows += [_preview_row(d, "changed", i in flagged) for i, d in plan.changed]
    rows += [_preview_row(d, "unchanged") for _, d in plan.unchanged]
    rows += [
        PreviewDossier(s.number, s.candidate_name, "", "", s.state, "skipped") for s in plan.skipped
    ]
    rows.sort(key=lambda r: (len(r.number), r.number))
    warnings = list(parsed.warnings) + missing_warning(plan) + mapping.warnings()
    if parsed.needs:
        warnings.insert(
            0, placed(Place(parsed.file_name, sheet=parsed.sheet), needs_phrase(parsed))
        )
    zip_preview = None
    if scan is not None:
        known = set(plan.ids) | {d.number for d in plan.new}
        zip_preview = _zip_preview(scan, known, {s.number for s in plan.skipped})
        warnings += zip_warnings(scan, strict=not options.skip_bad_attachments)
    return ImportPreview(
        export_file=parsed.file_name,
        format=parsed.format,
        variant=parsed.variant,
        sheet=parsed.sheet,
        identity=parsed.identity,
        needs=parsed.needs,
        columns=parsed.headers,
        counts=_counts(plan),
        dossiers=tuple(rows),
        missing=tuple(n for _, n in plan.missing) + tuple(plan.still_missing),
        attachments=zip_preview,
        warnings=tuple(warnings),
        skip_bad_attachments=options.skip_bad_attachments,
        mapping=mapping,
    )


def _preview_row(d: Any, status: str, flagged: bool = False) -> PreviewDossier:
    return PreviewDossier(
        d.number, d.candidate_name, d.kind, d.departement_code, d.state, status, flagged
    )


def _zip_preview(scan: ZipScan, known: set[str], skipped: set[str]) -> AttachmentsPreview:
    folders = {e.dossier_number for e in scan.entries}
    matched = sum(1 for e in scan.entries if e.dossier_number in known)
    return AttachmentsPreview(
        matched=matched,
        unmatched=len(scan.entries) - matched,
        matched_dossiers=len(folders & known),
        file_name=scan.file_name,
        files=len(scan.entries),
        dossiers=len(folders),
        declared_bytes=scan.declared_bytes,
        problems=tuple(f"{p.name}: {p.problem}" for p in scan.problems),
        bad_entries=scan.problems,
        unmatched_folders=tuple(sorted(folders - known - skipped)),
        outside=len(scan.outside),
    )


# -- run ---------------------------------------------------------------------------------


class _Steps:
    """Progress reports and cancellation checks, in one place."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def __call__(self, advance: int, message: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled(
                QT_TRANSLATE_NOOP("Errors", "the import was cancelled: nothing was changed")
            )
        self.done = min(self.total, self.done + advance)
        if self.progress is not None:
            self.progress(self.done, self.total, message)


def run_import(
    jury_file: JuryFile,
    export_path: str | Path,
    attachments_path: str | Path | None = None,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import the export (and its attachments) in one transaction (see the module's doc).

    Raises :class:`~tnl_jury.io.ds.errors.ExportError` (unreadable export, bad row),
    :class:`~tnl_jury.io.ds.errors.MappingNeededError` (identity column to choose),
    :class:`~tnl_jury.io.ds.errors.AttachmentsError` (zip refused) or
    :class:`ImportCancelled`; the jury file is then unchanged.
    """
    with _bulk_allocations():
        options = options or ImportOptions()
        return _run(jury_file, Path(export_path), attachments_path, options, progress, cancelled)


@contextlib.contextmanager
def _bulk_allocations() -> Iterator[None]:
    """Pause the cyclic garbage collector during an import: it allocates hundreds of thousands
    of small objects without cycles, which the collector would rescan again and again (about
    a sixth of the time of a big import). Collected as usual afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _run(
    jury_file: JuryFile,
    export_path: Path,
    attachments_path: str | Path | None,
    options: ImportOptions,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ImportReport:
    steps = _Steps(0, progress, cancelled)
    steps(0, f"reading {export_path.name}")
    parsed = _parse(jury_file, export_path, options)
    require_identity(parsed)
    zip_path = Path(attachments_path) if attachments_path is not None else None
    scan = None
    if zip_path is not None:
        scan = scan_zip(zip_path, options.limits, _numbers(parsed))
        if scan.problems and not options.skip_bad_attachments:
            raise zip_refusal(scan)
    export_sha = _sha256(export_path)
    now = utcnow()
    with jury_file.transaction() as session:
        plan = make_plan(session, parsed)
        steps.total = len(plan.new) + len(plan.changed) + (len(scan.entries) if scan else 0) + 1
        steps(0, "comparing with the jury file")
        changes = compare_answers(session, plan.changed, plan.keep_side)
        flagged = write_dossiers(session, plan, changes, now, steps)
        mapping = ds_mapping.coverage_of(session, parsed)
        warnings = list(parsed.warnings) + missing_warning(plan) + mapping.warnings()
        stored = AttachmentCounts()
        if scan is not None and zip_path is not None:
            strict = not options.skip_bad_attachments
            warnings += zip_warnings(scan, strict=strict)
            with ZipStreamer(zip_path, options.limits) as streamer:
                outcome = store_attachments(
                    session,
                    scan,
                    streamer,
                    plan.ids,
                    {s.number for s in plan.skipped},
                    strict=strict,
                    step=lambda name: steps(1, name),
                )
            warnings += outcome.warnings
            rejected = outcome.rejected + len(scan.outside) + (0 if strict else len(scan.problems))
            stored = AttachmentCounts(outcome.stored, outcome.duplicates, rejected)
        _remember_mapping(session, options, parsed, now)
        counts = _counts(plan)
        run = im.ImportRun(
            at=now,
            actor=jury_file.actor,
            file_name=export_path.name,
            sha256=export_sha,
            format=parsed.format,
            variant=parsed.variant,
            attachments_file_name=zip_path.name if zip_path else "",
            counts={**vars(counts), "attachments": vars(stored), "flagged": flagged},
            warnings=[str(w) for w in warnings],  # the history is a log: in English
        )
        session.add(run)
        session.flush()
        audit.record(
            session,
            jury_file.actor,
            "import.run",
            run_id=run.id,
            file=export_path.name,
            sha256=export_sha,
            format=parsed.format,
            variant=parsed.variant,
            dossiers=vars(counts),
            attachments=vars(stored),
            flagged=flagged,
        )
        steps(1, "saving")
    return ImportReport(
        run_id=run.id,
        export_file=export_path.name,
        format=parsed.format,
        variant=parsed.variant,
        counts=counts,
        attachments=stored,
        flagged=tuple(flagged),
        missing=tuple(n for _, n in plan.missing) + tuple(plan.still_missing),
        warnings=tuple(warnings),
        mapping=mapping,
    )


def _parse(jury_file: JuryFile, path: Path, options: ImportOptions) -> ParsedExport:
    with jury_file.reader() as session:
        edition = session.scalar(select(m.Edition).limit(1))
        raw_hints = dict(edition.import_hints) if edition else {}
        mappings = tuple(
            ColumnMapping(r.id_column, r.name_column)
            for r in session.scalars(
                select(im.ImportMapping).order_by(
                    im.ImportMapping.used_at.desc(), im.ImportMapping.id.desc()
                )
            )
        )
        chosen = ds_mapping.saved_mapping(session).identity
    hints = ImportHints(
        **{
            key: tuple(str(v) for v in raw_hints.get(key, ()))
            for key in ImportHints.__dataclass_fields__
        }
    )
    return parse_export(
        path,
        ParseOptions(
            include_drafts=options.include_drafts,
            include_closed=options.include_closed,
            id_column=options.id_column or None,
            name_column=options.name_column or None,
            saved_mappings=mappings,
            hints=hints,
            identity_columns={f: (c.label, c.occurrence) for f, c in chosen.items()},
        ),
    )


def _numbers(parsed: ParsedExport) -> set[str]:
    """The dossier numbers of the export, skipped dossiers included."""
    return {d.number for d in parsed.dossiers} | {s.number for s in parsed.skipped}


def _counts(plan: Plan) -> DossierCounts:
    return DossierCounts(
        new=len(plan.new),
        changed=len(plan.changed),
        unchanged=len(plan.unchanged),
        skipped=len(plan.skipped),
        missing=len(plan.missing) + len(plan.still_missing),
    )


def _remember_mapping(
    session: Session, options: ImportOptions, parsed: ParsedExport, now: dt.datetime
) -> None:
    """Save the columns the user named (or touch the saved mapping that was used)."""
    chosen: ColumnMapping | None = None
    if options.remember_columns and (options.id_column or options.name_column):
        chosen = ColumnMapping(options.id_column or "", options.name_column or "")
    elif parsed.identity.mapping_used is not None:
        chosen = parsed.identity.mapping_used
    if chosen is None:
        return
    row = session.scalar(
        select(im.ImportMapping).where(
            im.ImportMapping.id_column == chosen.id_column,
            im.ImportMapping.name_column == chosen.name_column,
        )
    )
    if row is None:
        session.add(
            im.ImportMapping(
                id_column=chosen.id_column,
                name_column=chosen.name_column,
                created_at=now,
                used_at=now,
            )
        )
    else:
        row.used_at = now


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


# -- reading back ------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRunRow:
    id: int
    at: dt.datetime
    actor: str
    file_name: str
    sha256: str
    format: str
    variant: str
    attachments_file_name: str
    counts: dict[str, Any]
    warnings: tuple[str, ...]


def list_import_runs(jury_file: JuryFile) -> list[ImportRunRow]:
    """The imports made into this jury file, newest first."""
    with jury_file.reader() as session:
        return [
            ImportRunRow(
                r.id,
                r.at,
                r.actor,
                r.file_name,
                r.sha256,
                r.format,
                r.variant,
                r.attachments_file_name,
                dict(r.counts),
                tuple(r.warnings),
            )
            for r in session.scalars(select(im.ImportRun).order_by(im.ImportRun.id.desc()))
        ]
