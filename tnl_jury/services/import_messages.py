"""The import's own messages: why an export cannot be imported as it is, the zip's refusal,
and the warnings about the zip and the dossiers missing from an export — each an English
template with its values apart (see :mod:`tnl_jury.domain.errors`)."""

from __future__ import annotations

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, Phrase
from tnl_jury.io.ds.attachments import ZipScan
from tnl_jury.io.ds.errors import AttachmentsError, MappingNeededError, Place, placed
from tnl_jury.io.ds.parse import ParsedExport
from tnl_jury.services.import_attachments import skipped_entry
from tnl_jury.services.import_store import Plan


def require_identity(parsed: ParsedExport) -> None:
    """Refuse an export whose identity columns the user has not chosen yet."""
    if parsed.needs:
        needs = needs_phrase(parsed)
        raise MappingNeededError(
            parsed.file_name, needs.template, sheet=parsed.sheet, columns=needs.params["columns"]
        )


def needs_phrase(parsed: ParsedExport) -> Phrase:
    """What the user must choose (``parsed.needs`` is not empty), and the columns."""
    if set(parsed.needs) == {"number", "candidate_name"}:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "no column was recognised for the dossier number and the candidate's name (an "
            "export made from a template?): say which column holds it (the columns are: "
            "{columns})",
        )
    elif "number" in parsed.needs:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "no column was recognised for the dossier number (an export made from a "
            "template?): say which column holds it (the columns are: {columns})",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "no column was recognised for the candidate's name (an export made from a "
            "template?): say which column holds it (the columns are: {columns})",
        )
    shown = ", ".join(f"“{h}”" for h in parsed.headers if h)
    return Phrase(template, columns=shown[:500])


def zip_refusal(scan: ZipScan) -> AttachmentsError:
    first = scan.problems[0]
    more = len(scan.problems) - 1
    if more > 1:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{problem} (and {more} other bad entries): the zip is refused and nothing was "
            "imported (the import can skip the bad entries instead)",
        )
    elif more == 1:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{problem} (and 1 other bad entry): the zip is refused and nothing was imported "
            "(the import can skip the bad entries instead)",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{problem}: the zip is refused and nothing was imported (the import can skip the "
            "bad entries instead)",
        )
    return AttachmentsError(
        scan.file_name, template, entry=first.name, problem=first.phrase, more=more
    )


def zip_warnings(scan: ZipScan, *, strict: bool) -> list[Phrase]:
    warnings = []
    if not strict:
        warnings += [skipped_entry(scan.file_name, p.name, p.phrase) for p in scan.problems]
    zip_place = Place(scan.file_name)
    if scan.outside:
        shown = ", ".join(scan.outside[:5]) + (", …" if len(scan.outside) > 5 else "")
        if len(scan.outside) == 1:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "1 file is outside any dossier-<number> folder and was not imported ({files})",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "{count} files are outside any dossier-<number> folder and were not imported "
                "({files})",
            )
        warnings.append(placed(zip_place, template, count=len(scan.outside), files=shown))
    if scan.ds_error_list:
        lines = [line for line in scan.ds_error_list.splitlines() if line.strip()]
        details = "; ".join(lines[:5]) + (" …" if len(lines) > 5 else "")
        warnings.append(
            placed(
                zip_place,
                QT_TRANSLATE_NOOP(
                    "Errors", "Démarches Simplifiées could not include some files: {details}"
                ),
                details=details,  # DS's own words
            )
        )
    return warnings


def missing_warning(plan: Plan) -> list[Phrase]:
    numbers = [n for _, n in plan.missing] + plan.still_missing
    if not numbers:
        return []
    if len(numbers) == 1:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "1 dossier of the jury file is not in this export: {numbers} (flagged, not deleted)",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{count} dossiers of the jury file are not in this export: {numbers} (flagged, not "
            "deleted)",
        )
    return [Phrase(template, count=len(numbers), numbers=", ".join(numbers))]
