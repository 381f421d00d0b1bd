"""The zip of attachments DS builds next to the spreadsheet export."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from .files import attachment_bytes, tiny_pdf
from .model import PARIS, Export

ERRORS_FILE = "-LISTE-DES-FICHIERS-EN-ERREURS.txt"


def _stamp(when: dt.datetime) -> tuple[int, int, int, int, int, int]:
    local = when.astimezone(PARIS)
    return (local.year, local.month, local.day, local.hour, local.minute, local.second // 2 * 2)


def summary_pdf_name(export: Export, dossier_id: int) -> str:
    """``export-<id>-<dd-mm-YYYY-HH-MM>-<n>.pdf``, DS's PDF summary of one dossier."""
    stamp = export.exported_at.astimezone(PARIS).strftime("%d-%m-%Y-%H-%M")
    return f"export-{dossier_id}-{stamp}-{dossier_id % 10000}.pdf"


def zip_members(export: Export, root: str = "export") -> list[str]:
    """The file names (no directory entries) :func:`write_attachments_zip` writes, in order."""
    names = []
    for d in export.dossiers:
        base = f"{root}/dossier-{d.id}/"
        names.append(base + summary_pdf_name(export, d.id))
        names += [
            base + "pieces_justificatives/" + a.zip_name for a in d.attachments() if not a.missing
        ]
        for folder, files in d.other_files.items():
            names += [f"{base}{folder}/{a.zip_name}" for a in files]
    if any(a.missing for d in export.dossiers for a in d.attachments()):
        names.append(f"{root}/{ERRORS_FILE}")
    return names


def write_attachments_zip(
    path: Path, export: Export, root: str = "export", stored: bool = True
) -> Path:
    """Write DS's attachment zip and return ``path``.

    Layout: ``<root>/dossier-<id>/export-<id>-<dd-mm-YYYY-HH-MM>-<n>.pdf`` (summary),
    ``<root>/dossier-<id>/pieces_justificatives/<stem>-<dd-mm-YYYY-HH-MM>-<n>.<ext>`` (the files of
    the attachment fields), ``messagerie/``, ``avis/``, ``dossier/`` folders for some dossiers, and
    ``<root>/-LISTE-DES-FICHIERS-EN-ERREURS.txt`` listing the files DS could not include. Directory
    entries are written too. ``root`` is ``export`` since March 2024; older exports used the
    export's base name (pass ``root=export.base_name``). Entries are stored uncompressed
    (``zip -0``) unless ``stored`` is false. Two dossiers hold a byte-identical file.
    """
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    stamp = _stamp(export.exported_at)
    errors: list[str] = []
    with zipfile.ZipFile(path, "w", method) as zf:

        def put(name: str, data: bytes, when: tuple[int, int, int, int, int, int]) -> None:
            info = zipfile.ZipInfo(name, when)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)

        def folder(name: str) -> None:
            info = zipfile.ZipInfo(name, stamp)
            info.external_attr = (0o40755 << 16) | 0x10  # a directory, as DS's zip lists them
            zf.writestr(info, b"")

        folder(f"{root}/")
        for d in export.dossiers:
            base = f"{root}/dossier-{d.id}/"
            folder(base)
            summary = tiny_pdf([f"Dossier n° {d.id}", d.name, f"État : {d.state}"])
            put(base + summary_pdf_name(export, d.id), summary, stamp)
            attachments = d.attachments()
            if attachments:
                folder(base + "pieces_justificatives/")
            for a in attachments:
                if a.missing:
                    errors.append(f"dossier-{d.id}/pieces_justificatives/{a.zip_name}")
                    continue
                put(
                    base + "pieces_justificatives/" + a.zip_name,
                    attachment_bytes(a),
                    _stamp(a.created_at),
                )
            for sub, files in d.other_files.items():
                folder(f"{base}{sub}/")
                for a in files:
                    put(f"{base}{sub}/{a.zip_name}", attachment_bytes(a), _stamp(a.created_at))
        if errors:
            put(f"{root}/{ERRORS_FILE}", ("\n".join(errors) + "\n").encode(), stamp)
    return path
