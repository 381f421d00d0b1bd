"""Exporting an edition's results as a spreadsheet: xlsx, ods or csv.

:func:`write_results` is the one entry point. The content (four sheets: "Décisions",
"Palmarès", "Notes détaillées", "Jury") is built once by :mod:`.sheets`; :mod:`.xlsx`,
:mod:`.ods` and :mod:`.csvfile` only encode it, so the three formats hold the same values.

Spreadsheet safety: texts come from candidates and members. None is ever stored as a formula:
xlsx and ods store them as string cells (never a formula element or attribute), and the csv,
which has no cell types, prefixes the formula-like ones with ``'``. Numbers stay numbers.
"""

from __future__ import annotations

import contextlib
import importlib
from pathlib import Path
from typing import Final

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError
from tnl_jury.domain.records import ResultsRecord
from tnl_jury.io.atomic import Cancelled, CancelledFn, ProgressFn, atomic_write
from tnl_jury.io.export._common import Progress
from tnl_jury.io.export.formats import CODES, by_code, listed
from tnl_jury.io.export.sheets import results_sheets

__all__ = ["FORMATS", "Cancelled", "write_results"]

FORMATS: Final = CODES


def write_results(
    record: ResultsRecord,
    out_path: Path,
    *,
    fmt: str | None = None,
    csv_per_sheet: bool = False,
    csv_french: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> list[Path]:
    """Write the results spreadsheet and return the paths of the files written.

    ``fmt`` is a code of :data:`~tnl_jury.io.export.formats.SPREADSHEET_FORMATS`; when None
    it is taken from ``out_path``'s suffix. A csv holds the "Décisions" sheet only, at
    ``out_path``; with ``csv_per_sheet`` every sheet goes to its own file
    ``<stem>-<sheet-slug>.csv`` beside ``out_path`` (and ``out_path`` itself is not written).
    ``csv_french``: the csv in the French spreadsheet dialect (``;``, decimal comma,
    dd/mm/yyyy; see :mod:`.csvfile`) instead of RFC 4180.

    ``progress(done, total, message)`` is called at the start of each sheet and every 1,000
    rows (``total`` counts the data rows of every sheet; ``message`` is the sheet's name,
    empty while the file is being finished). ``cancelled()`` is checked as often; when it
    returns True, :class:`Cancelled` is raised.

    All-or-nothing: every file is written to a temporary file in the same folder
    (:func:`tnl_jury.io.atomic.atomic_write`) and moved into place with :func:`os.replace`
    only when all of them are complete. On cancel or any error no output file is created or
    changed, and no temporary file is left.

    Raises :class:`UserError` for an unknown format,
    :class:`~tnl_jury.io.atomic.AtomicWriteError` (a ``UserError``) for a missing or
    read-only folder, and :class:`Cancelled`; other ``OSError`` (disk full) propagate.
    """
    out_path = Path(out_path)
    chosen = (fmt or out_path.suffix.lstrip(".")).lower()
    spec = by_code(chosen)
    if spec is None:
        if not chosen:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path}: unknown spreadsheet format '(no suffix)'; use one of {formats}.",
                ),
                path=out_path,
                formats=listed(),
            )
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: unknown spreadsheet format {format!r}; use one of {formats}."
            ),
            path=out_path,
            format=chosen,
            formats=listed(),
        )
    sheets = results_sheets(record)
    title = " – ".join(part for part in (record.label_name, record.edition_title) if part)
    if spec.per_sheet and csv_per_sheet:
        suffix = f".{spec.code}"
        targets = [(s, out_path.with_name(f"{out_path.stem}-{s.slug}{suffix}")) for s in sheets]
    elif spec.per_sheet:
        targets = [(sheets[0], out_path)]
    else:
        targets = []
    counted = [s for s, _ in targets] if spec.per_sheet else list(sheets)
    tracker = Progress(sum(s.row_count for s in counted), progress, cancelled, str(out_path))
    write = getattr(importlib.import_module(spec.module), spec.function)

    # One atomic_write per file, all open until every file is complete: an exception anywhere
    # reaches every context, and each deletes its temporary file.
    with contextlib.ExitStack() as stack:
        if spec.per_sheet:
            for sheet, target in targets:
                write(sheet, stack.enter_context(atomic_write(target)), tracker, french=csv_french)
        else:
            write(sheets, stack.enter_context(atomic_write(out_path)), tracker, title=title)
        # A last look: a cancel that came while the file was being finished still counts.
        tracker.start("")
    if progress is not None:
        progress(tracker.total, tracker.total, "")
    return [target for _, target in targets] if spec.per_sheet else [out_path]
