"""What leaves the room: results spreadsheets, minutes, letters, the published list, and the
signing of the minutes (which locks the decisions they record).

Each function builds the :class:`~tnl_jury.domain.records.ResultsRecord` from the jury file,
hands it to the io layer (imported lazily: reportlab, openpyxl, pyHanko and pikepdf are slow to
import) and records an audit event. Files are written atomically by the io layer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from tnl_jury.io.atomic import CancelledFn, ProgressFn
from tnl_jury.services import audit
from tnl_jury.services.deliberation import lock_decisions
from tnl_jury.services.records import build_results_record, check_meeting_held
from tnl_jury.storage.jury_file import JuryFile


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _record_output(jury_file: JuryFile, action: str, paths: list[Path]) -> None:
    if jury_file.read_only:
        return  # a read-only viewer may export; the writer's trail is not ours to extend
    with jury_file.transaction() as session:
        audit.record(
            session,
            jury_file.actor,
            action,
            files=[{"name": p.name, "sha256": _sha256(p)} for p in paths],
        )


def export_results(
    jury_file: JuryFile,
    out_path: str | Path,
    *,
    csv_per_sheet: bool = False,
    csv_french: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> list[Path]:
    """Write the results spreadsheet (xlsx, ods or csv, by the suffix; ``csv_french``: the csv
    for a French spreadsheet, ``;`` and decimal comma); return the files."""
    from tnl_jury.io.export import write_results

    record = build_results_record(jury_file)
    paths = write_results(
        record,
        Path(out_path),
        csv_per_sheet=csv_per_sheet,
        csv_french=csv_french,
        progress=progress,
        cancelled=cancelled,
    )
    _record_output(jury_file, "export.results", paths)
    return paths


def write_minutes(
    jury_file: JuryFile,
    out_path: str | Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Path:
    """Write the minutes (PDF/A-2b with one empty signature field per member present).
    Refused without a meeting that took place, or with nobody present to chair it."""
    from tnl_jury.io.pdf.minutes import render_minutes

    with jury_file.snapshot():  # the check and the record: the same moment of the file
        check_meeting_held(jury_file)
        record = build_results_record(jury_file, with_scores=False)
    info = render_minutes(
        record,
        out_path,
        progress=progress,
        cancelled=cancelled,
    )
    _record_output(jury_file, "export.minutes", [info.path])
    return info.path


def write_letters(
    jury_file: JuryFile,
    out_dir: str | Path,
    *,
    dated: dt.date | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> list[Path]:
    """Write one letter per decided dossier into ``out_dir``, dated ``dated`` (today when
    None)."""
    from tnl_jury.io.pdf.letters import render_letters

    paths = render_letters(
        build_results_record(jury_file, with_scores=False),
        out_dir,
        progress=progress,
        cancelled=cancelled,
        dated=dated,
    )
    _record_output(jury_file, "export.letters", paths)
    return paths


def write_published_list(jury_file: JuryFile, out_path: str | Path) -> Path:
    """Write the results list by level, in the published form, as a printable PDF (refused
    without a meeting that took place)."""
    from tnl_jury.io.pdf.published import render_published_list

    with jury_file.snapshot():
        check_meeting_held(jury_file, published_list=True)
        record = build_results_record(jury_file, with_scores=False)
    path = render_published_list(record, out_path)
    _record_output(jury_file, "export.published_list", [path])
    return path


def minutes_signed(jury_file: JuryFile, signed_pdf: str | Path) -> int:
    """The minutes were signed: lock every decision they record; return how many were locked.

    The signed file's sha256 goes into the audit trail, tying the lock to that document.
    """
    path = Path(signed_pdf)
    return lock_decisions(jury_file, f"minutes signed: {path.name} sha256 {_sha256(path)}")
