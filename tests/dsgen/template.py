"""An export "from a template" (à partir d'un modèle) as Démarches Simplifiées writes it, with
its **default** headers (``shared/reference/demarches-simplifiees-export.md``, "Export
templates"), and the zip of such a template whose dossier folders the instructor renamed.

Columns: the chosen dossier columns in template order (``N° dossier``, ``Adresse
électronique``, ``État du dossier``, ``Date de dépôt``, ``Archivé``), then chosen fields in form
order under their labels. Typed cells: the dossier number is a float (``24817355.0``), numbers
are floats and empty when unanswered, yes/no and checkboxes are booleans (an unanswered yes/no
is false), dates are date cells (text in ods and csv), a département is ``11 – Aude``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from .files import attachment_bytes, tiny_pdf
from .form import field_by_label
from .model import PARIS, Export
from .tables import Cell, Format, Table

DOSSIER_HEADERS = (
    "N° dossier",
    "Adresse électronique",
    "État du dossier",
    "Date de dépôt",
    "Archivé",
)
FIELD_LABELS = (
    "Nom de la collectivité",
    "Département",
    "Votre collectivité a-t-elle adopté une stratégie numérique favorisant le logiciel libre ?",
    "Décrivez les enjeux de cette stratégie",
    "Part des logiciels libres mutualisés déployés (%)",
    "Nombre de postes de travail sous GNU/Linux",
    "J'atteste sur l'honneur l'exactitude des informations fournies",
)
"""The fields the template exports, in form order (a yes/no, a decimal, an integer, a checkbox
among them)."""


def _field_cell(kind: str, value: object) -> Cell:
    if kind in ("yes_no", "checkbox"):
        return bool(value)  # unanswered: false
    if kind in ("integer", "decimal"):
        return None if value is None else float(value)  # type: ignore[arg-type]
    if kind == "departement":
        return None if value is None else f"{value.code} – {value.name}"  # type: ignore[attr-defined]
    return None if value is None else str(value)


def ds_template_table(export: Export, fmt: Format) -> Table:
    """The ``Dossiers`` sheet of the template export in ``fmt`` (csv: text)."""
    fields = [field_by_label(label) for label in FIELD_LABELS]
    rows: list[list[Cell]] = []
    for d in export.dossiers:
        deposited: Cell = d.deposited_at.astimezone(PARIS).replace(tzinfo=None)
        if fmt != "xlsx":
            deposited = d.deposited_at.astimezone(PARIS).strftime("%Y-%m-%d %H:%M:%S %z")
        row: list[Cell] = [float(d.id), d.email, d.state, deposited, d.archived]
        row += [_field_cell(f.kind, d.answers.get(f.stable_id)) for f in fields]
        if fmt == "csv":
            row = [_csv(c) for c in row]
        rows.append(row)
    return Table("Dossiers", [*DOSSIER_HEADERS, *FIELD_LABELS], rows)


def _csv(c: Cell) -> Cell:
    if isinstance(c, bool):
        return "true" if c else "false"
    if isinstance(c, float):
        return repr(c)  # Ruby writes 24817355.0, 57.4
    return c


def template_zip(path: Path, export: Export, folder: str = "candidature-{id}") -> Path:
    """The zip of a template export: one folder per dossier named from ``folder`` (which must
    hold ``{id}``), files directly in it: ``export-<id>.pdf`` (DS's summary, no time stamp),
    ``attestation-<id>.pdf`` for accepted dossiers, ``<label>-<id>-NN.<ext>`` per attached
    file. Made like ``zip -0 -r``: stored, with folder entries."""
    stamp = export.exported_at.astimezone(PARIS)
    when = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for d in export.dossiers:
            base = folder.format(id=d.id) + "/"
            info = zipfile.ZipInfo(base, when)
            info.external_attr = (0o40755 << 16) | 0x10
            zf.writestr(info, b"")
            zf.writestr(zipfile.ZipInfo(f"{base}export-{d.id}.pdf", when), tiny_pdf([str(d.id)]))
            if d.state == "Accepté":
                zf.writestr(
                    zipfile.ZipInfo(f"{base}attestation-{d.id}.pdf", when), tiny_pdf(["ok"])
                )
            for n, a in enumerate(a for a in d.attachments() if not a.missing):
                ext = a.name.rpartition(".")[2]
                name = f"{base}pieces-justificatives-{d.id}-{n + 1:02d}.{ext}"
                zf.writestr(zipfile.ZipInfo(name, when), attachment_bytes(a))
    return path


def template_files_expected(export: Export) -> dict[str, int]:
    """How many files each dossier's folder of :func:`template_zip` holds, by number."""
    return {
        str(d.id): 1 + (d.state == "Accepté") + sum(1 for a in d.attachments() if not a.missing)
        for d in export.dossiers
    }
