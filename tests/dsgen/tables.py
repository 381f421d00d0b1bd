"""From an :class:`~dsgen.model.Export` to the sheets DS writes: headers and cell values.

The writers in :mod:`dsgen.writers` only lay out what this module computes, so a hostile file can
be made by editing a :class:`Table` (duplicate an ID, drop a column) before writing it.

Cell values are ``str``, ``int``, ``float``, ``None`` (empty cell) and, where the format types
them, naive ``datetime`` (Paris wall-clock time), ``date`` and ``bool``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Literal

from .form import Block, Field, blocks, flat_fields
from .model import PARIS, Dossier, Export

Cell = str | int | float | bool | dt.datetime | dt.date | None
Format = Literal["xlsx", "ods", "csv"]
Variant = Literal["current", "pre2024", "template"]
VARIANTS: tuple[Variant, ...] = ("current", "pre2024", "template")


@dataclass
class Table:
    """One sheet: its name, the header row and the data rows."""

    name: str
    header: list[str]
    rows: list[list[Cell]]


SIRET_BLOCK = (
    "Établissement SIRET",
    "Établissement siège social",
    "Établissement NAF",
    "Établissement libellé NAF",
    "Établissement Adresse",
    "Établissement numero voie",
    "Établissement type voie",
    "Établissement nom voie",
    "Établissement complément adresse",
    "Établissement code postal",
    "Établissement localité",
    "Établissement code INSEE localité",
    "Entreprise SIREN",
    "Entreprise capital social",
    "Entreprise numero TVA intracommunautaire",
    "Entreprise forme juridique",
    "Entreprise forme juridique code",
    "Entreprise nom commercial",
    "Entreprise raison sociale",
    "Entreprise SIRET siège social",
    "Entreprise code effectif entreprise",
    "Entreprise date de création",
    "Entreprise état administratif",
    "Entreprise nom",
    "Entreprise prénom",
    "Association RNA",
    "Association titre",
    "Association objet",
    "Association date de création",
    "Association date de déclaration",
    "Association date de publication",
)
"""The 31 columns that replace ``Entreprise raison sociale`` in the csv export."""

AVIS_HEADER = (
    "Dossier ID",
    "Question / Introduction",
    "Réponse",
    "Créé le",
    "Répondu le",
    "Instructeur",
    "Expert",
)
TEMPLATE_HEADER = (
    "Numéro",
    "Demandeur",
    "Courriel",
    "Statut",
    "Déposé le",
    "Département",
    "Stratégie libre",
    "Part mutualisée (%)",
    "Postes sous GNU/Linux",
    "Enjeux de la stratégie",
    "Date de délibération",
    "Archivé",
)
"""Headers of the export template ("export à partir d'un modèle") an instructor typed."""


def sheet_name(block: Block) -> str:
    """DS's sheet name for a repeated block: ``(<stable id>) <label>``, ASCII, ``/\\*?[]`` removed,
    cut to 30 characters."""
    text = f"({block.stable_id}) {block.label}"
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in folded if c not in "/\\*?[]")[:30]


def ds_date(value: dt.datetime | None, fmt: Format) -> Cell:
    """A dossier date: a naive Paris date-time cell in xlsx, text ``2024-03-05 14:30:12 +0100``
    in ods and csv."""
    if value is None:
        return None
    local = value.astimezone(PARIS)
    return local.replace(tzinfo=None) if fmt == "xlsx" else local.strftime("%Y-%m-%d %H:%M:%S %z")


def _bool(value: bool) -> str:
    return "true" if value else "false"


def field_header(f: Field, variant: Variant) -> list[str]:
    """The column headers of one field, companions included (none before 2024)."""
    if variant == "pre2024":
        return [f.label]
    if f.kind == "commune":
        return [f.label, f"{f.label} (Code INSEE)", f"{f.label} (Département)"]
    if f.kind == "departement":
        return [f.label, f"{f.label} (Code)"]
    return [f.label]


def field_cells(f: Field, value: object, variant: Variant) -> list[Cell]:
    """The cells of one field's answer, per DS's value formats."""
    cells: list[Cell]
    if f.kind == "commune":
        c = value
        cells = (
            [None, None, None]
            if c is None
            else [
                f"{c.name} ({c.postal_code})",  # type: ignore[attr-defined]
                c.insee,  # type: ignore[attr-defined]
                f"{c.dep_code} – {c.dep_name}",  # type: ignore[attr-defined]
            ]
        )
    elif f.kind == "departement":
        d = value
        cells = [None, None] if d is None else [f"{d.code} – {d.name}", d.code]  # type: ignore[attr-defined]
    elif value is None and f.kind in ("integer", "decimal"):
        cells = [None if variant == "pre2024" else 0]  # quirk: since 2024, unanswered → 0
    elif f.kind == "checkbox":
        cells = ["on" if value else "off"]
    elif value is None:
        cells = [None]
    elif f.kind == "yes_no":
        cells = ["Oui" if value else "Non"]
    elif f.kind in ("integer", "decimal"):
        cells = [value]  # type: ignore[list-item]
    elif f.kind == "date":
        cells = [value.isoformat()]  # type: ignore[attr-defined]
    elif f.kind == "datetime":
        cells = [value.isoformat(timespec="seconds")]  # type: ignore[attr-defined]
    elif f.kind == "multiple":
        cells = [", ".join(value)]  # type: ignore[arg-type]
    elif f.kind == "attachment":
        cells = [", ".join(a.name for a in value) or None]  # type: ignore[attr-defined]
    else:
        cells = [str(value)]
    return cells[: len(field_header(f, variant))]


def _siret_cells(d: Dossier, fmt: Format) -> list[Cell]:
    e = d.etablissement
    created: Cell = e.entreprise_date_creation
    if fmt != "xlsx":
        created = e.entreprise_date_creation.isoformat()
    return [
        e.siret,
        _bool(e.siege_social),
        e.naf,
        e.libelle_naf,
        e.adresse,
        e.numero_voie,
        e.type_voie,
        e.nom_voie,
        e.complement_adresse or None,
        e.code_postal,
        e.localite,
        e.code_insee_localite,
        e.entreprise_siren,
        None,
        e.entreprise_numero_tva,
        e.entreprise_forme_juridique,
        e.entreprise_forme_juridique_code,
        None,
        e.entreprise_raison_sociale,
        e.entreprise_siret_siege_social,
        e.entreprise_code_effectif,
        created,
        e.entreprise_etat_administratif,
        *([None] * 8),
    ]


def dossiers_table(export: Export, fmt: Format, variant: Variant = "current") -> Table:
    """The ``Dossiers`` sheet (the whole csv file) of a standard export."""
    if variant == "template":
        return template_table(export, fmt)
    current = variant == "current"
    header = ["ID", "Email"] + (["FranceConnect ?"] if current else [])
    if export.kind == "individual":
        header += ["Civilité", "Nom", "Prénom"]
        if current:
            header += ["Dépôt pour un tiers", "Nom du mandataire", "Prénom du mandataire"]
    else:
        header += list(SIRET_BLOCK) if fmt == "csv" else ["Entreprise raison sociale"]
    header += ["À archiver" if current else "Archivé", "État du dossier", "Dernière mise à jour le"]
    header += ["Dernière mise à jour du dossier le"] if current else []
    header += ["Déposé le", "Passé en instruction le", "Traité le", "Motivation de la décision"]
    header += ["Instructeurs"] + (["Groupe instructeur"] if export.routing else [])
    fields = flat_fields()
    for f in fields:
        header += field_header(f, variant)
    rows: list[list[Cell]] = []
    for d in export.dossiers:
        row: list[Cell] = [str(d.id), d.email] + ([_bool(d.france_connect)] if current else [])
        if d.individual is not None:
            ind = d.individual
            row += [ind.civilite, ind.nom, ind.prenom]
            if current:
                row += [_bool(ind.for_tiers), ind.mandataire_nom, ind.mandataire_prenom]
        elif fmt == "csv":
            row += _siret_cells(d, fmt)
        else:
            row.append(d.etablissement.entreprise_raison_sociale)
        row += [_bool(d.archived), d.state, ds_date(d.updated_at, fmt)]
        row += [ds_date(d.last_champ_updated_at, fmt)] if current else []
        row += [ds_date(x, fmt) for x in (d.deposited_at, d.instruction_at, d.processed_at)]
        row += [d.motivation, " ".join(d.instructors) or None]
        row += [d.groupe_instructeur] if export.routing else []
        for f in fields:
            row += field_cells(f, d.answers.get(f.stable_id), variant)
        rows.append(row)
    return Table("Dossiers", header, rows)


ETABLISSEMENTS_HEADER = (
    "Dossier ID",
    "Champ",
    SIRET_BLOCK[0],
    "Etablissement enseigne",  # sic, without the accent
    *SIRET_BLOCK[1:],
)
"""The 34 columns of the ``Etablissements`` sheet."""


def etablissements_table(export: Export, fmt: Format) -> Table:
    """``Etablissements``: one row per dossier establishment (``Champ`` is ``Dossier`` for the
    dossier's own SIRET, a field's label for a SIRET field), :data:`ETABLISSEMENTS_HEADER`."""
    rows: list[list[Cell]] = []
    if export.kind == "entity":
        for d in export.dossiers:
            siret, *rest = _siret_cells(d, fmt)
            rows.append([str(d.id), "Dossier", siret, None, *rest])
    return Table("Etablissements", list(ETABLISSEMENTS_HEADER), rows)


def avis_table(export: Export, fmt: Format) -> Table:
    """``Avis``: the experts' opinions, dates typed like the dossier dates."""
    rows: list[list[Cell]] = [
        [
            str(a.dossier_id),
            a.question,
            a.answer,
            ds_date(a.created_at, fmt),
            ds_date(a.answered_at if a.answer else None, fmt),
            a.instructor,
            a.expert,
        ]
        for d in export.dossiers
        for a in d.avis
    ]
    return Table("Avis", list(AVIS_HEADER), rows)


def block_tables(export: Export, variant: Variant = "current") -> list[Table]:
    """One sheet per repeated block that has rows: ``Dossier ID``, ``Ligne`` (1-based), fields."""
    tables = []
    for block in blocks():
        header = ["Dossier ID", "Ligne"]
        for f in block.fields:
            header += field_header(f, variant)
        rows: list[list[Cell]] = []
        for d in export.dossiers:
            for index, values in enumerate(d.rows.get(block.stable_id, []), start=1):
                row: list[Cell] = [str(d.id), index]
                for f in block.fields:
                    row += field_cells(f, values.get(f.stable_id), variant)
                rows.append(row)
        if rows:
            tables.append(Table(sheet_name(block), header, rows))
    return tables


def template_table(export: Export, fmt: Format) -> Table:
    """The ``Dossiers`` sheet of an export template: chosen columns, custom headers, typed cells
    (``int`` dossier number, ``bool``, naive ``datetime``, ``date``, ``float``); csv gets text."""
    rows: list[list[Cell]] = []
    for d in export.dossiers:
        a = d.answers
        strategy = a[201]
        deliberation = a[203]
        row: list[Cell] = [
            d.id,
            d.name,
            d.email,
            d.state,
            d.deposited_at.astimezone(PARIS).replace(tzinfo=None),
            field_cells(flat_fields()[2], a[103], "current")[0],
            strategy if isinstance(strategy, bool) else None,
            float(a[208]) if a[208] is not None else None,  # type: ignore[arg-type]
            a[407] if a[407] is not None else 0,  # type: ignore[list-item]
            a[202],  # type: ignore[list-item]
            deliberation,  # type: ignore[list-item]
            d.archived,
        ]
        if fmt == "csv":
            row = [_csv_text(c) for c in row]
        rows.append(row)
    return Table("Dossiers", list(TEMPLATE_HEADER), rows)


def _csv_text(c: Cell) -> Cell:
    if isinstance(c, bool):
        return _bool(c)
    if isinstance(c, dt.datetime):
        return c.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(c, dt.date):
        return c.isoformat()
    return c


def build_tables(export: Export, fmt: Format, variant: Variant = "current") -> list[Table]:
    """Every sheet of one export file, in DS's order (csv: ``Dossiers`` only)."""
    dossiers = dossiers_table(export, fmt, variant)
    if fmt == "csv" or variant == "template":
        return [dossiers]
    return [
        dossiers,
        etablissements_table(export, fmt),
        avis_table(export, fmt),
        *block_tables(export, variant),
    ]
