"""Storing an import's attachments: each zip entry for a dossier of the file, its bytes once
per content (deduplicated by sha256), streamed into SQLite's incremental blob I/O so that memory
stays bounded by the chunk size whatever the size of a file.

A helper of :mod:`tnl_jury.services.importing`, which owns the transaction.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, Phrase
from tnl_jury.io.ds.attachments import EntryError, ZipEntry, ZipScan, ZipStreamer
from tnl_jury.io.ds.errors import AttachmentsError, Place, placed
from tnl_jury.storage import import_models as im
from tnl_jury.storage import models as m


@dataclass
class AttachmentOutcome:
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    warnings: list[Phrase] = field(default_factory=list)


@dataclass
class _Existing:
    id: int
    sha256: str
    size: int


def store_attachments(
    session: Session,
    scan: ZipScan,
    streamer: ZipStreamer,
    dossier_ids: dict[str, int],
    skipped_numbers: set[str],
    *,
    strict: bool,
    step: Callable[[str], None],
) -> AttachmentOutcome:
    """Store the entries of ``scan`` for the dossiers of the file, deduplicated by sha256.

    An entry already attached at the same place with the same content is a duplicate and
    costs one read, no write. ``strict`` makes a bad entry refuse the whole import
    (:class:`AttachmentsError`); otherwise it is skipped with a warning.
    """
    out = AttachmentOutcome()
    raw = _sqlite_connection(session)
    known = set(session.scalars(select(im.AttachmentBlob.sha256)))
    existing: dict[tuple[int, str], _Existing] = {}
    for a_id, dossier_id, kind, path, sha, size in session.execute(
        select(
            m.Attachment.id,
            m.Attachment.dossier_id,
            m.Attachment.kind,
            m.Attachment.path_in_zip,
            m.Attachment.sha256,
            m.Attachment.size,
        )
    ):
        existing[(dossier_id, _place(kind, path))] = _Existing(a_id, sha, size)
    new_rows: list[dict[str, Any]] = []
    changed_rows: list[dict[str, Any]] = []
    replaced: set[str] = set()
    unmatched: dict[str, int] = {}
    skipped_files = 0
    for entry in scan.entries:
        step(entry.name)
        found_id = dossier_ids.get(entry.dossier_number)
        if found_id is None:
            if entry.dossier_number in skipped_numbers:
                skipped_files += 1
            else:
                unmatched[entry.dossier_number] = unmatched.get(entry.dossier_number, 0) + 1
            out.rejected += 1
            continue
        dossier_id = found_id
        place = _place(entry.kind, entry.name)
        before = existing.get((dossier_id, place))
        try:
            if before is not None and before.size == entry.size:
                sha = _hash_only(streamer, entry)
                if sha == before.sha256:
                    out.duplicates += 1
                    continue
            sha, is_new = _store_blob(raw, streamer, entry, known)
        except EntryError as exc:
            if strict:
                raise AttachmentsError(
                    scan.file_name, exc.template, entry=entry.name, **exc.params
                ) from None
            out.rejected += 1
            out.warnings.append(
                skipped_entry(scan.file_name, entry.name, Phrase(exc.template, **exc.params))
            )
            continue
        if is_new:
            out.stored += 1
        else:
            out.duplicates += 1
        values = {
            "dossier_id": dossier_id,
            "file_name": entry.file_name[:500],
            "kind": entry.kind,
            "size": entry.size,
            "sha256": sha,
            "path_in_zip": entry.name,
        }
        if before is None:
            new_rows.append(values)
            existing[(dossier_id, place)] = _Existing(0, sha, entry.size)
        else:
            if before.id:
                changed_rows.append({"id": before.id, **values})
            replaced.add(before.sha256)
            before.sha256, before.size = sha, entry.size
    if new_rows:
        session.execute(insert(m.Attachment), new_rows)
    if changed_rows:
        session.execute(update(m.Attachment), changed_rows)
    if replaced:
        # Blobs no attachment points to any more (a file replaced by its newer version).
        referenced = select(m.Attachment.sha256).where(m.Attachment.sha256.in_(replaced))
        session.execute(
            delete(im.AttachmentBlob).where(
                im.AttachmentBlob.sha256.in_(replaced), im.AttachmentBlob.sha256.not_in(referenced)
            )
        )
    zip_place = Place(scan.file_name)
    for number, count in sorted(unmatched.items()):
        if count == 1:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "the folder dossier-{number} matches no dossier of the jury file: its 1 file was "
                "not imported",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "the folder dossier-{number} matches no dossier of the jury file: its {count} "
                "files were not imported",
            )
        out.warnings.append(placed(zip_place, template, number=number, count=count))
    if skipped_files:
        if skipped_files == 1:
            template = QT_TRANSLATE_NOOP("Errors", "1 file of a skipped dossier was not imported")
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors", "{count} files of skipped dossiers were not imported"
            )
        out.warnings.append(placed(zip_place, template, count=skipped_files))
    return out


def skipped_entry(file: str, entry: str, problem: Phrase) -> Phrase:
    """The warning about a bad entry of the zip, left out (``problem``: why)."""
    return placed(
        Place(file, entry=entry),
        QT_TRANSLATE_NOOP("Errors", "{problem}: skipped"),
        problem=problem,
    )


def _place(kind: str, path_in_zip: str) -> str:
    """Where an attachment sits in its dossier, the same from one export to the next: DS's
    summary is one per dossier (its name carries the export's time); other files by their path
    inside the dossier folder (the zip's root folder changes between releases)."""
    if kind == "ds_summary":
        return "ds_summary"
    parts = path_in_zip.replace("\\", "/").split("/")
    for i, part in enumerate(parts):
        if part.startswith("dossier-"):
            return "/".join(parts[i + 1 :])
    return path_in_zip


def _sqlite_connection(session: Session) -> sqlite3.Connection:
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def _hash_only(streamer: ZipStreamer, entry: ZipEntry) -> str:
    digest = hashlib.sha256()
    for chunk in streamer.chunks(entry):
        digest.update(chunk)
    return digest.hexdigest()


def _store_blob(
    raw: sqlite3.Connection, streamer: ZipStreamer, entry: ZipEntry, known: set[str]
) -> tuple[str, bool]:
    """Stream ``entry`` into a new blob row while hashing it; keep the row only when its
    content is new. Returns (sha256, whether a blob was stored)."""
    cursor = raw.cursor()
    placeholder = f"pending-{id(entry)}"
    cursor.execute(
        "INSERT INTO attachment_blob (sha256, size, content) VALUES (?, ?, zeroblob(?))",
        (placeholder, entry.size, entry.size),
    )
    rowid = cursor.lastrowid
    assert rowid is not None
    digest = hashlib.sha256()
    offset = 0
    try:
        with raw.blobopen("attachment_blob", "content", rowid) as blob:
            for chunk in streamer.chunks(entry):
                digest.update(chunk)
                blob.write(chunk)
                offset += len(chunk)
    except BaseException:
        cursor.execute("DELETE FROM attachment_blob WHERE rowid = ?", (rowid,))
        raise
    sha = digest.hexdigest()
    if sha in known:
        cursor.execute("DELETE FROM attachment_blob WHERE rowid = ?", (rowid,))
        return sha, False
    cursor.execute("UPDATE attachment_blob SET sha256 = ? WHERE rowid = ?", (sha, rowid))
    known.add(sha)
    return sha, True
