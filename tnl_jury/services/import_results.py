"""What an import of a Démarches Simplifiées export is asked and what it tells (Qt-free).

The options of :func:`~tnl_jury.services.importing.preview_import` and
:func:`~tnl_jury.services.importing.run_import`, their preview and report (frozen
dataclasses), and the CLI's ``--json`` object. Re-exported by
:mod:`tnl_jury.services.importing`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tnl_jury.domain.errors import Phrase
from tnl_jury.io.ds.attachments import ZipLimits, ZipProblem
from tnl_jury.io.ds.parse import IdentityColumns
from tnl_jury.services.ds_mapping import MappingCoverage


@dataclass(frozen=True)
class ImportOptions:
    """The user's choices for one import.

    ``id_column`` / ``name_column`` name the header of the columns holding the dossier number
    and the candidate's name (template-based exports); a run remembers them in the jury file
    (``remember_columns``) for the next imports. ``skip_bad_attachments`` imports the rest of a
    zip whose bad entries are skipped with a warning, instead of refusing the import.
    """

    include_drafts: bool = False
    include_closed: bool = False
    id_column: str | None = None
    name_column: str | None = None
    remember_columns: bool = True
    skip_bad_attachments: bool = False
    limits: ZipLimits = field(default_factory=ZipLimits)


@dataclass(frozen=True)
class DossierCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0
    missing: int = 0  # in the jury file, not in this export


@dataclass(frozen=True)
class AttachmentCounts:
    stored: int = 0  # files whose content was new
    duplicates: int = 0  # files whose content the jury file already held
    rejected: int = 0  # bad entries skipped, files of no dossier


@dataclass(frozen=True)
class PreviewDossier:
    """One line of the preview table; ``status``: new, changed, unchanged or skipped."""

    number: str
    candidate_name: str
    kind: str
    departement_code: str
    state: str
    status: str
    will_be_flagged: bool = False  # its answers changed after a juror started scoring it


@dataclass(frozen=True)
class AttachmentsPreview:
    """What the zip's directory says, before anything is read."""

    file_name: str
    files: int  # files that belong to a dossier folder
    dossiers: int  # dossier folders
    declared_bytes: int
    problems: tuple[str, ...]  # bad entries: refused unless skip_bad_attachments
    unmatched_folders: tuple[str, ...]  # dossier numbers of no dossier
    outside: int  # files outside any dossier folder
    bad_entries: tuple[ZipProblem, ...] = ()  # ``problems``, each to translate
    # Files the import reads (their folder is a dossier of the file or of the export) and
    # files it rejects (a folder of no dossier, outside any folder): its own counts.
    matched: int = 0
    unmatched: int = 0
    matched_dossiers: int = 0


@dataclass(frozen=True)
class ImportPreview:
    """What :func:`run_import` would do with the same files and options."""

    export_file: str
    format: str  # xlsx, ods, csv
    variant: str  # current, pre2024, template
    sheet: str
    identity: IdentityColumns
    needs: tuple[str, ...]  # "number", "candidate_name": ask the user (choose in ``columns``)
    columns: tuple[str, ...]
    counts: DossierCounts
    dossiers: tuple[PreviewDossier, ...]
    missing: tuple[str, ...]
    attachments: AttachmentsPreview | None
    warnings: tuple[Phrase, ...]  # str(): in English; the GUI shows them translated
    skip_bad_attachments: bool = False
    mapping: MappingCoverage | None = None  # the grid's questions and identity fields found

    @property
    def can_import(self) -> bool:
        """Whether :func:`run_import` can run with these options (identity columns known, no
        bad zip entry unless they are to be skipped)."""
        bad_zip = self.attachments is not None and bool(self.attachments.problems)
        return not self.needs and not (bad_zip and not self.skip_bad_attachments)

    def to_json(self) -> dict[str, Any]:
        """The CLI's ``--json`` object; attachments count the files that would be read."""
        zip_ = self.attachments
        return _json(
            self.format,
            self.counts,
            AttachmentCounts(
                zip_.matched if zip_ else 0,
                0,
                (len(zip_.problems) + zip_.outside + zip_.unmatched) if zip_ else 0,
            ),
            self.warnings,
            self.mapping,
        )


@dataclass(frozen=True)
class ImportReport:
    """What :func:`run_import` did."""

    run_id: int
    export_file: str
    format: str
    variant: str
    counts: DossierCounts
    attachments: AttachmentCounts
    flagged: tuple[str, ...]  # dossiers whose answers changed after scoring started
    missing: tuple[str, ...]  # dossiers of the file absent from this export (flagged)
    warnings: tuple[Phrase, ...]  # str(): in English (as kept in the import history)
    mapping: MappingCoverage | None = None

    def to_json(self) -> dict[str, Any]:
        """The CLI's ``--json`` object (format, dossiers, attachments, warnings, mapping)."""
        return _json(self.format, self.counts, self.attachments, self.warnings, self.mapping)


def _json(
    fmt: str,
    counts: DossierCounts,
    attachments: AttachmentCounts,
    warnings: tuple[Phrase, ...],
    mapping: MappingCoverage | None,
) -> dict[str, Any]:
    return {
        "format": fmt,
        "dossiers": {
            "new": counts.new,
            "changed": counts.changed,
            "unchanged": counts.unchanged,
            "skipped": counts.skipped,
        },
        "attachments": {
            "stored": attachments.stored,
            "duplicates": attachments.duplicates,
            "rejected": attachments.rejected,
        },
        "warnings": [str(w) for w in warnings],  # in English
        **({"mapping": mapping.to_json()} if mapping is not None else {}),
    }
