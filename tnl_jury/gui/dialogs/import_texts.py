"""Words of the import dialog for the import service's codes (formats, variants, statuses…).

The service speaks in codes (``xlsx``, ``template``, ``new``, ``saved``…); these functions give
the user's words for them, read when called so that they follow the interface language. An
unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from tnl_jury.domain.errors import PLACED, fill
from tnl_jury.gui.errors import translate_error

if TYPE_CHECKING:
    from tnl_jury.services.importing import (
        AttachmentCounts,
        AttachmentsPreview,
        DossierCounts,
        IdentityColumns,
    )

# lupdate finds the strings of ``translate("Context", "text")`` calls.
translate = QCoreApplication.translate


def format_label(fmt: str) -> str:
    labels = {
        "xlsx": translate("ImportTexts", "Excel workbook (xlsx)"),
        "ods": translate("ImportTexts", "OpenDocument spreadsheet (ods)"),
        "csv": translate("ImportTexts", "CSV text (csv)"),
    }
    return labels.get(fmt, fmt)


def variant_label(variant: str) -> str:
    labels = {
        "current": translate("ImportTexts", "Démarches Simplifiées export, current layout"),
        "pre2024": translate("ImportTexts", "Démarches Simplifiées export, layout of before 2024"),
        "template": translate(
            "ImportTexts", "Export from a template (columns chosen by the instructor)"
        ),
    }
    return labels.get(variant, variant)


def status_label(status: str, flagged: bool = False) -> str:
    """A dossier's line in the preview: what the import will do with it."""
    if status == "changed" and flagged:
        return translate("ImportTexts", "Changed (scoring had started)")
    labels = {
        "new": translate("ImportTexts", "New"),
        "changed": translate("ImportTexts", "Changed"),
        "unchanged": translate("ImportTexts", "Unchanged"),
        "skipped": translate("ImportTexts", "Skipped"),
    }
    return labels.get(status, status)


def status_tooltip(status: str, flagged: bool = False) -> str:
    if status == "changed" and flagged:
        return translate(
            "ImportTexts",
            "Its answers changed after a juror started scoring it: the dossier will be marked "
            "so that the jurors look again. Scores and comments are kept.",
        )
    tips = {
        "new": translate("ImportTexts", "Not in the jury file yet: it will be added."),
        "changed": translate(
            "ImportTexts", "Already in the jury file with other answers: they will be updated."
        ),
        "unchanged": translate(
            "ImportTexts", "Already in the jury file with the same answers: left as it is."
        ),
        "skipped": translate(
            "ImportTexts", "A draft or a dossier closed without follow-up: not imported."
        ),
    }
    return tips.get(status, "")


def column_source(identity: IdentityColumns, which: str) -> str:
    """Where the dossier number (``which`` = "number") or name column comes from, in words."""
    column = identity.id_column if which == "number" else identity.name_column
    source = identity.id_source if which == "number" else identity.name_source
    if not column:
        return translate("ImportTexts", "not found: choose the column below")
    text = translate("ImportTexts", "column “{column}”").format(column=column)
    notes = {
        "saved": translate("ImportTexts", "remembered from an earlier import"),
        "option": translate("ImportTexts", "your choice"),
        "grid": translate("ImportTexts", "named in the grid's import hints"),
    }
    return f"{text} ({notes[source]})" if source in notes else text


def dossier_count_rows(counts: DossierCounts) -> list[tuple[str, str, int]]:
    """(key, label, value) for each count of dossiers, in the order shown."""
    return [
        ("new", translate("ImportTexts", "New:"), counts.new),
        ("changed", translate("ImportTexts", "Changed:"), counts.changed),
        ("unchanged", translate("ImportTexts", "Unchanged:"), counts.unchanged),
        ("skipped", translate("ImportTexts", "Skipped (drafts, closed):"), counts.skipped),
        (
            "missing",
            translate("ImportTexts", "In the jury file, not in this export:"),
            counts.missing,
        ),
    ]


def attachment_count_rows(counts: AttachmentCounts) -> list[tuple[str, str, int]]:
    return [
        ("stored", translate("ImportTexts", "Files stored:"), counts.stored),
        ("duplicates", translate("ImportTexts", "Already in the jury file:"), counts.duplicates),
        ("rejected", translate("ImportTexts", "Left out:"), counts.rejected),
    ]


def attachments_summary(zip_: AttachmentsPreview | None, skip_bad: bool) -> str:
    """One paragraph on the zip of attachments, as the preview found it."""
    if zip_ is None:
        return translate("ImportTexts", "No attachments zip: only the answers will be imported.")
    size = QLocale().formattedDataSize(zip_.declared_bytes)
    parts = [
        translate(
            "ImportTexts",
            "{name} ({size}) — files: {files}, dossier folders: {dossiers}.",
        ).format(name=zip_.file_name, files=zip_.files, dossiers=zip_.dossiers, size=size)
    ]
    if zip_.problems:
        bad = [  # the entry's name, then its problem in the interface's language
            fill(translate_error, PLACED, {"place": p.name, "problem": p.phrase})
            for p in zip_.bad_entries[:3]
        ]
        shown = "; ".join(bad) + (" …" if len(zip_.bad_entries) > 3 else "")
        if skip_bad:
            text = translate("ImportTexts", "Bad entries, which will be left out: {entries}.")
        else:
            text = translate(
                "ImportTexts", "Bad entries, because of which the zip is refused: {entries}."
            )
        parts.append(text.format(entries=shown))
    if zip_.unmatched_folders:
        parts.append(
            translate("ImportTexts", "Folders of no dossier, left out: {numbers}.").format(
                numbers=", ".join(zip_.unmatched_folders[:10])
                + (" …" if len(zip_.unmatched_folders) > 10 else "")
            )
        )
    if zip_.outside:
        parts.append(
            translate("ImportTexts", "Files outside any dossier folder, left out: {count}.").format(
                count=zip_.outside
            )
        )
    return " ".join(parts)
