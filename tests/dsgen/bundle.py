"""Every format and variant of one export, written into a folder (no pytest needed)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .archive import write_attachments_zip
from .generate import make_export
from .model import Export
from .office import libreoffice_convert, libreoffice_convert_many
from .writers import write_csv, write_ods, write_xlsx

EXPORT_FILE_KEYS = (
    "xlsx",
    "ods",
    "csv",
    "zip",
    "zip_deflated",
    "xlsx_pre2024",
    "ods_pre2024",
    "csv_pre2024",
    "zip_pre2024",
    "xlsx_template",
    "ods_template",
    "csv_template",
    "csv_semicolon",
    "csv_bom",
    "csv_cp1252",
    "xlsx_individual",
    "csv_individual",
)
"""Keys of :attr:`ExportFiles.paths`, see :func:`generate_export_files`."""


@dataclass(frozen=True)
class ExportFiles:
    """Generated files of one export (``paths`` by key) and the exports they were made from."""

    export: Export
    individual_export: Export
    directory: Path
    paths: dict[str, Path] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Path:
        return self.paths[key]


def generate_export_files(
    directory: Path, export: Export | None = None, individual: Export | None = None
) -> ExportFiles:
    """Write every format and variant of ``export`` (default: 8 dossiers, seed 2026) under
    ``directory``, each file under DS's name ``dossiers_<path>_<YYYY-MM-DD_HH-MM>.<ext>``:

    * ``current/``: ``xlsx``, ``ods``, ``csv``, ``zip`` (root ``export/``, stored) and
      ``zip_deflated`` (``deflated/``, same zip with DEFLATE entries);
    * ``pre2024/``: ``xlsx_pre2024``, ``ods_pre2024``, ``csv_pre2024``, ``zip_pre2024`` (root
      folder named after the export);
    * ``template/``: ``xlsx_template``, ``ods_template``, ``csv_template``;
    * ``csv-options/``: ``csv_semicolon`` (UTF-8, ``;``), ``csv_bom`` (UTF-8 with BOM, ``,``),
      ``csv_cp1252`` (Windows Latin-1, ``;``);
    * ``individual/``: ``xlsx_individual``, ``csv_individual``: a procedure for a person
      (``Civilité``, ``Nom``, ``Prénom``, mandataire), 4 dossiers.
    """
    export = export or make_export()
    individual = individual or make_export(4, seed=11, kind="individual")
    paths: dict[str, Path] = {}

    def place(sub: str, ext: str, exp: Export = export) -> Path:
        folder = directory / sub
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{exp.base_name}.{ext}"

    paths["xlsx"] = write_xlsx(place("current", "xlsx"), export)
    paths["ods"] = write_ods(place("current", "ods"), export)
    paths["csv"] = write_csv(place("current", "csv"), export)
    paths["zip"] = write_attachments_zip(place("current", "zip"), export)
    paths["zip_deflated"] = write_attachments_zip(place("deflated", "zip"), export, stored=False)
    paths["xlsx_pre2024"] = write_xlsx(place("pre2024", "xlsx"), export, "pre2024")
    paths["ods_pre2024"] = write_ods(place("pre2024", "ods"), export, "pre2024")
    paths["csv_pre2024"] = write_csv(place("pre2024", "csv"), export, "pre2024")
    paths["zip_pre2024"] = write_attachments_zip(
        place("pre2024", "zip"), export, root=export.base_name
    )
    for fmt, writer in (("xlsx", write_xlsx), ("ods", write_ods), ("csv", write_csv)):
        paths[f"{fmt}_template"] = writer(place("template", fmt), export, "template")
    options = {
        "csv_semicolon": {"delimiter": ";"},
        "csv_bom": {"bom": True},
        "csv_cp1252": {"delimiter": ";", "encoding": "cp1252"},
    }
    for key, kwargs in options.items():
        folder = directory / "csv-options"
        folder.mkdir(parents=True, exist_ok=True)
        paths[key] = write_csv(folder / f"{export.base_name}.{key}.csv", export, **kwargs)  # type: ignore[arg-type]
    paths["xlsx_individual"] = write_xlsx(place("individual", "xlsx", individual), individual)
    paths["csv_individual"] = write_csv(place("individual", "csv", individual), individual)
    return ExportFiles(export, individual, directory, paths)


def convert_through_office(files: ExportFiles, directory: Path) -> dict[str, Path]:
    """Run the generated files through LibreOffice (skips when it is missing), in three starts:
    ``xlsx_to_ods``, ``xlsx_to_xlsx`` (re-saved), ``ods_to_xlsx``, and ``csv_to_xlsx`` (the csv
    opened as UTF-8, comma separated, and saved: IDs become numbers, ``true``/``false``
    booleans; its single sheet is named after the file's stem, cut to 31 characters)."""
    staged = directory / "sources"
    staged.mkdir(parents=True, exist_ok=True)
    names = {
        "xlsx": "from-xlsx.xlsx",
        "ods": "from-ods.ods",
        "csv": files.export.base_name + ".csv",
    }
    for key, name in names.items():
        shutil.copyfile(files[key], staged / name)
    xlsx, ods, csv = (staged / name for name in names.values())
    to_xlsx = libreoffice_convert_many([xlsx, ods], "xlsx", directory / "to-xlsx")
    return {
        "xlsx_to_ods": libreoffice_convert(xlsx, "ods", directory / "to-ods"),
        "xlsx_to_xlsx": to_xlsx[0],
        "ods_to_xlsx": to_xlsx[1],
        "csv_to_xlsx": libreoffice_convert(csv, "xlsx", directory / "csv-to-xlsx"),
    }
