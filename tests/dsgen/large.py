"""A large DS-like export for benchmarks, written in a streaming way (low memory).

Not run at full size in tests: ``make_large_export(dir)`` writes a 1,000 × 120 ``Dossiers`` sheet
(openpyxl write-only mode, rows produced one at a time) and a zip of 1,000 stored files.
"""

from __future__ import annotations

import datetime as dt
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook

from . import pools
from .files import tiny_pdf
from .form import flat_fields
from .model import PARIS
from .tables import AVIS_HEADER, SIRET_BLOCK

_FIXED = [
    "ID",
    "Email",
    "FranceConnect ?",
    "Entreprise raison sociale",
    "À archiver",
    "État du dossier",
    "Dernière mise à jour le",
    "Dernière mise à jour du dossier le",
    "Déposé le",
    "Passé en instruction le",
    "Traité le",
    "Motivation de la décision",
    "Instructeurs",
]


def large_header(columns: int) -> list[str]:
    """``columns`` headers: DS's fixed columns, the form's labels, then numbered extra questions."""
    labels = [f.label for f in flat_fields()]
    header = list(_FIXED) + labels
    header += [f"Question complémentaire n° {k}" for k in range(1, columns)]
    return header[:columns]


def _rows(dossiers: int, columns: int, seed: int) -> Iterator[list[object]]:
    rng = random.Random(seed)
    start = dt.datetime(2026, 2, 2, 8, 0, tzinfo=PARIS)
    fixed = len(_FIXED)
    for i in range(dossiers):
        when = (start + dt.timedelta(minutes=97 * i)).replace(tzinfo=None)
        row: list[object] = [
            str(30_000_000 + i),
            f"candidat{i}@collectivite.example",
            "false",
            f"COMMUNE N° {i}",
            "false",
            "En instruction" if i % 3 else "Accepté",
            when + dt.timedelta(days=3),
            when,
            when,
            when + dt.timedelta(days=2),
            None if i % 3 else when + dt.timedelta(days=9),
            None,
            pools.INSTRUCTORS[i % len(pools.INSTRUCTORS)],
        ]
        for c in range(fixed, columns):
            kind = c % 4
            if kind == 0:
                row.append(" ".join(rng.sample(pools.PHRASES, 2)))
            elif kind == 1:
                row.append(rng.choice(["Oui", "Non", None]))
            elif kind == 2:
                row.append(rng.randint(0, 500))
            else:
                row.append(rng.choice(pools.BULLETS))
        yield row[:columns]


def make_large_export(
    directory: Path,
    dossiers: int = 1000,
    columns: int = 120,
    attachments: int = 1000,
    seed: int = 99,
) -> dict[str, Path]:
    """Write ``dossiers_large.xlsx`` (``dossiers`` rows × ``columns`` columns in ``Dossiers``,
    header-only ``Etablissements`` and ``Avis``) and ``dossiers_large.zip`` (``attachments``
    stored PDFs spread over the dossiers' folders, plus one summary PDF per dossier that has
    attachments); return ``{"xlsx": …, "zip": …}``. Memory stays flat: rows and files are
    produced one at a time."""
    directory.mkdir(parents=True, exist_ok=True)
    xlsx = directory / "dossiers_large.xlsx"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Dossiers")
    ws.append(large_header(columns))
    for row in _rows(dossiers, columns, seed):
        ws.append(row)
    wb.create_sheet("Etablissements").append(["Dossier ID", "Champ", *SIRET_BLOCK])
    wb.create_sheet("Avis").append(list(AVIS_HEADER))
    wb.save(xlsx)

    archive = directory / "dossiers_large.zip"
    when = (2026, 6, 2, 9, 14, 0)
    body = tiny_pdf(["Pièce justificative"] * 20)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        seen: set[int] = set()
        for k in range(attachments):
            dossier_id = 30_000_000 + k % max(dossiers, 1)
            folder = f"export/dossier-{dossier_id}/"
            if dossier_id not in seen:
                seen.add(dossier_id)
                summary = f"{folder}export-{dossier_id}-02-06-2026-09-14-{dossier_id % 10000}.pdf"
                zf.writestr(zipfile.ZipInfo(summary, when), body)
            name = f"{folder}pieces_justificatives/piece-{k}-01-06-2026-10-00-{k % 10000}.pdf"
            zf.writestr(zipfile.ZipInfo(name, when), body + str(k).encode())
    return {"xlsx": xlsx, "zip": archive}
