"""What parsing an export of dossiers gives (:mod:`tnl_jury.io.ds.parse`) and what the caller
decides: frozen dataclasses that never touch a jury file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from tnl_jury.domain.errors import Phrase
from tnl_jury.domain.grid import ImportHints
from tnl_jury.io.ds.columns import Variant
from tnl_jury.io.ds.reader import Format
from tnl_jury.io.ds.sheets import ParsedAnswer, ParsedBlockRow, ParsedNote


@dataclass(frozen=True)
class ColumnMapping:
    """The user's choice of columns for a template-based export (header texts; "" = none)."""

    id_column: str = ""
    name_column: str = ""


@dataclass(frozen=True)
class ParseOptions:
    """What the caller decides: which states to include, which columns hold the identity."""

    include_drafts: bool = False
    include_closed: bool = False
    id_column: str | None = None
    name_column: str | None = None
    saved_mappings: tuple[ColumnMapping, ...] = ()  # most recently used first
    hints: ImportHints = field(default_factory=ImportHints)
    # The secretariat's identity columns (field → (header, occurrence)), before the hints.
    identity_columns: Mapping[str, tuple[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class ParsedDossier:
    """One dossier of the export, with its identity, answers, block rows and notes."""

    number: str
    state: str
    deposited_at: dt.datetime | None  # UTC
    candidate_name: str
    kind: str  # a DossierKind value
    departement_code: str
    official_name: str
    official_function: str
    referent_name: str
    answers: tuple[ParsedAnswer, ...]
    blocks: tuple[ParsedBlockRow, ...]
    notes: tuple[ParsedNote, ...]
    source_row: int  # 1-based, as a spreadsheet program shows it
    registry_name: str = ""  # ``Entreprise raison sociale``: the company registry's name
    postal_address: str = ""  # street lines, then "postcode TOWN" (see :mod:`postal`)


@dataclass(frozen=True)
class SkippedDossier:
    """A dossier left out: ``reason`` is ``draft`` or ``closed``."""

    number: str
    state: str
    reason: str
    candidate_name: str
    source_row: int


@dataclass(frozen=True)
class IdentityColumns:
    """Where the identity was found: header texts, and how (``ID``, ``option``, ``saved``,
    ``raison sociale``, ``grid``; ``""`` when not found)."""

    id_column: str | None
    id_source: str
    name_column: str | None
    name_source: str
    mapping_used: ColumnMapping | None = None


@dataclass(frozen=True)
class ParsedExport:
    """An export, parsed (see the module's contract)."""

    file_name: str
    format: Format
    variant: Variant
    sheet: str
    headers: tuple[str, ...]
    identity: IdentityColumns
    dossiers: tuple[ParsedDossier, ...]
    skipped: tuple[SkippedDossier, ...]
    warnings: tuple[Phrase, ...]  # str(): in English
    needs: tuple[str, ...] = ()  # "number", "candidate_name": columns the user must choose
    answer_columns: tuple[tuple[str, int], ...] = ()  # (label, occurrence) of each answer column
    # Whether the file has sheets beside the dossiers' (DS's xlsx and ods always do: Avis);
    # a csv has none, so it says nothing of the repeated blocks and notes.
    has_side_sheets: bool = True
