"""Small Démarches Simplifiées exports built inline, for the importer's tests (no tests here).

``make_export(tmp_path, dossiers, fmt=…, variant=…)`` writes an export of the dossiers
described by :class:`D` in xlsx (openpyxl), ods (odfpy) or csv (csv module); ``write_zip``
writes an attachments zip; ``file_fingerprint`` tells whether a jury file changed.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from tnl_jury.io.ds.columns import ESTABLISHMENT_HEADERS
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile, open_jury_file

FIXED_CURRENT = [
    "ID", "Email", "FranceConnect ?", "Entreprise raison sociale", "À archiver",
    "État du dossier", "Dernière mise à jour le", "Dernière mise à jour du dossier le",
    "Déposé le", "Passé en instruction le", "Traité le", "Motivation de la décision",
    "Instructeurs", "Groupe instructeur",
]  # fmt: skip
FIXED_PRE2024 = [
    "ID", "Email", "Entreprise raison sociale", "Archivé", "État du dossier",
    "Dernière mise à jour le", "Déposé le", "Passé en instruction le", "Traité le",
    "Motivation de la décision", "Instructeurs",
]  # fmt: skip
Q_STRATEGY = (
    "Votre collectivité a-t-elle adopté une stratégie numérique favorisant le logiciel libre ?"
)
Q_STAKES = "Décrivez les enjeux de cette stratégie"
Q_SOFTWARE = "Quels logiciels métiers libres utilisez-vous ?"
Q_DETAILS = "Précisez"
Q_WORKSTATIONS = "Nombre de postes de travail sous GNU/Linux"
Q_CONTRIBUTE = "Contribuez-vous à des projets de logiciels libres ?"
Q_DATE = "Date de la délibération"
Q_ATTEST = "J'atteste sur l'honneur l'exactitude des informations fournies"
Q_REMARKS = "Remarques complémentaires"


@dataclass
class D:
    """One dossier of a test export."""

    number: int
    name: str = "Ville de Montclar"
    state: str = "En instruction"
    kind: str = "Commune"
    departement: tuple[str, str] = ("34", "Hérault")
    official: str = "Claire DUVAL"
    function: str = "Maire"
    referent: str = "Julien MARTIN"
    strategy: str = "Oui"
    stakes: str = "Délibération de 2022 ;\nschéma directeur voté."
    software: str = "QGIS, openCimetière"
    details_1: str = "LibreOffice partout"
    workstations: float | int | str | None = 12
    contribute: str = "Non"
    details_2: str = ""
    deliberation: str = "2022-05-13"
    attest: str = "on"
    remarks: str = ""
    deposited: dt.datetime = dt.datetime(2026, 3, 5, 14, 30, 12)
    blocks: list[tuple[str, float]] = field(default_factory=list)  # (software, year)
    avis: list[tuple[str, str, str]] = field(default_factory=list)  # (question, answer, expert)


def form_header(companions: bool = True) -> list[str]:
    header = ["Nom de la collectivité", "Type de collectivité", "Département"]
    if companions:
        header.append("Département (Code)")
    header.append("Commune du siège")
    if companions:
        header += ["Commune du siège (Code INSEE)", "Commune du siège (Département)"]
    header += [
        "Nom de l'élu porteur du dossier", "Fonction de l'élu porteur du dossier",
        "Nom du référent technique", Q_STRATEGY, Q_STAKES, Q_SOFTWARE, Q_DETAILS,
        Q_WORKSTATIONS, Q_CONTRIBUTE, Q_DETAILS, Q_DATE, Q_ATTEST, Q_REMARKS,
    ]  # fmt: skip
    return header


def _form_values(d: D, companions: bool) -> list[Any]:
    code, dep = d.departement
    values: list[Any] = [d.name, d.kind, f"{code} – {dep}"]
    if companions:
        values.append(code)
    values.append(f"Montclar ({code}000)")
    if companions:
        values += [f"{code}172", f"{code} – {dep}"]
    values += [
        d.official, d.function, d.referent, d.strategy, d.stakes, d.software, d.details_1,
        d.workstations, d.contribute, d.details_2, d.deliberation, d.attest, d.remarks,
    ]  # fmt: skip
    return values


def ds_datetime_text(when: dt.datetime) -> str:
    """DS's text for a dossier date in csv and ods: ``2026-03-05 14:30:12 +0100``."""
    return when.strftime("%Y-%m-%d %H:%M:%S") + " +0100"


def dossiers_table(dossiers: list[D], fmt: str, variant: str) -> list[list[Any]]:
    """The ``Dossiers`` sheet as rows (header first)."""
    companions = variant != "pre2024"
    if variant == "template":
        header = ["Numéro", "Demandeur", "Statut", "Déposé le", "Département", Q_STRATEGY,
                  Q_WORKSTATIONS]  # fmt: skip
        rows: list[list[Any]] = [header]
        for d in dossiers:
            rows.append([float(d.number) if fmt != "csv" else str(d.number), d.name, d.state,
                         d.deposited, f"{d.departement[0]} – {d.departement[1]}",
                         d.strategy == "Oui" if fmt != "csv" else d.strategy,
                         d.workstations])  # fmt: skip
        return rows
    fixed = list(FIXED_CURRENT if variant == "current" else FIXED_PRE2024)
    if fmt == "csv":
        at = fixed.index("Entreprise raison sociale")
        fixed[at : at + 1] = list(ESTABLISHMENT_HEADERS)
    rows = [fixed + form_header(companions)]
    for d in dossiers:
        when: Any = d.deposited if fmt == "xlsx" else ds_datetime_text(d.deposited)
        values: dict[str, Any] = {
            "ID": str(d.number), "Email": f"mairie{d.number}@exemple.fr",
            "FranceConnect ?": "false", "Entreprise raison sociale": d.name.upper(),
            "À archiver": "false", "Archivé": "false", "État du dossier": d.state,
            "Déposé le": when, "Dernière mise à jour le": when,
            "Dernière mise à jour du dossier le": when, "Instructeurs": "a@x.fr b@x.fr",
            "Groupe instructeur": "défaut",
        }  # fmt: skip
        row = [values.get(h, "") for h in fixed]
        rows.append(row + _form_values(d, companions))
    return rows


def side_sheets(dossiers: list[D]) -> dict[str, list[list[Any]]]:
    blocks: list[list[Any]] = [["Dossier ID", "Ligne", "Nom du logiciel", "Année"]]
    avis: list[list[Any]] = [["Dossier ID", "Question / Introduction", "Réponse", "Créé le",
                              "Répondu le", "Instructeur", "Expert"]]  # fmt: skip
    for d in dossiers:
        for i, (name, year) in enumerate(d.blocks, start=1):
            blocks.append([str(d.number), float(i), name, year])
        for question, answer, expert in d.avis:
            avis.append([str(d.number), question, answer, "", "", "i@x.fr", expert])
    sheets = {"Etablissements": [["Dossier ID", "Champ"]], "Avis": avis}
    if len(blocks) > 1:
        sheets["(88731) Logiciels libres deplo"] = blocks
    return sheets


def make_export(
    folder: Path, dossiers: list[D], fmt: str = "xlsx", variant: str = "current",
    name: str = "dossiers_tnl",
) -> Path:  # fmt: skip
    """Write an export of ``dossiers`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    sheets = {"Dossiers": dossiers_table(dossiers, fmt, variant)}
    if variant != "template":
        sheets.update(side_sheets(dossiers))
    path = folder / f"{name}.{fmt}"
    if fmt == "xlsx":
        return write_xlsx(path, sheets)
    if fmt == "ods":
        return write_ods(path, sheets)
    return write_csv(path, sheets["Dossiers"])


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def write_ods(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for row in rows:
            tr = TableRow()
            for value in row:
                if isinstance(value, bool):
                    cell = TableCell(valuetype="boolean", booleanvalue=str(value).lower())
                elif isinstance(value, int | float):
                    cell = TableCell(valuetype="float", value=value)
                elif isinstance(value, dt.datetime):
                    cell = TableCell(valuetype="date", datevalue=value.isoformat())
                else:
                    cell = TableCell(valuetype="string")
                if value is not None and value != "":
                    for line in str(value).split("\n"):
                        cell.addElement(P(text=line))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def write_csv(
    path: Path, rows: list[list[Any]], delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        for row in rows:
            # as DS writes them: whole numbers without ".0"
            writer.writerow(
                [
                    "" if v is None else int(v) if isinstance(v, float) and v.is_integer() else v
                    for v in row
                ]
            )
    return path


def pdf_bytes(text: str) -> bytes:
    return b"%PDF-1.4\n% " + text.encode() + b"\n%%EOF\n"


def write_zip(
    path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]], method: int = zipfile.ZIP_STORED
) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in entries:
            zf.writestr(name, data, compress_type=method)
    return path


def standard_zip(path: Path, numbers: list[int], root: str = "export") -> Path:
    """DS's zip: a summary PDF and one piece per dossier; a piece shared by all dossiers."""
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = []
    for n in numbers:
        base = f"{root}/dossier-{n}/"
        entries.append((f"{base}export-{n}-02-06-2026-09-14-{n % 1000}.pdf", pdf_bytes(f"s{n}")))
        entries.append((f"{base}pieces_justificatives/deliberation-01-03-2026-10-00-1.pdf",
                        pdf_bytes(f"deliberation {n}")))  # fmt: skip
        entries.append((f"{base}pieces_justificatives/charte-01-03-2026-10-00-2.pdf",
                        pdf_bytes("charte commune")))  # fmt: skip
    return write_zip(path, entries)


def row_counts(jf: JuryFile) -> dict[str, int]:
    with jf.reader() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in m.Base.metadata.sorted_tables
        }


def fingerprint(path: Path) -> tuple[str, dict[str, int]]:
    """(sha256, row counts) of the CLOSED jury file at ``path`` (counted read-only)."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    reader = open_jury_file(path, read_only=True)
    try:
        counts = row_counts(reader)
    finally:
        reader.close()
    return digest, counts


@contextlib.contextmanager
def unchanged_file(jf: JuryFile) -> Iterator[JuryFile]:
    """Close ``jf``, fingerprint its file, yield it reopened; on exit, close it and check the
    file is byte-identical with the same row counts."""
    path = jf.path
    jf.close()
    before = fingerprint(path)
    reopened = open_jury_file(path)
    try:
        yield reopened
    finally:
        reopened.close()
    after = fingerprint(path)
    assert after[1] == before[1], "rows were written"
    assert after[0] == before[0], "the jury file changed"
