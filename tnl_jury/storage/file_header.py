"""What a jury file is before it is opened: the errors of opening one, and the check of its
100-byte SQLite header (not SQLite, another SQLite database, a truncated file), which reads
nothing else and writes nothing. :mod:`tnl_jury.storage.jury_file` re-exports these names."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError

APPLICATION_ID = 0x544E4C4A  # "TNLJ" in the SQLite header: marks our files
SQLITE_MAGIC = b"SQLite format 3\x00"


class JuryFileError(UserError):
    """A jury file cannot be opened or created."""


class NotAJuryFileError(JuryFileError):
    pass


class NewerSchemaError(JuryFileError):
    pass


class AlreadyOpenError(JuryFileError):
    pass


class ReadOnlyError(JuryFileError):
    pass


class ReadOnlyLocationError(JuryFileError):
    """The file's folder cannot be written: no lock file, no writing."""


@dataclass(frozen=True)
class HeaderFacts:
    """What the 100-byte SQLite header says about a file."""

    page_size: int
    page_count: int | None  # None when the header's page count is not trustworthy
    application_id: int


def read_header(path: Path) -> HeaderFacts:
    """Check the file at ``path`` looks like an intact jury file, reading only its header.

    Raises NotAJuryFileError naming the problem. Writes nothing.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise JuryFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: no such file"), path=path
        ) from None
    except OSError as exc:
        raise JuryFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot be read ({reason})"),
            path=path,
            reason=exc.strerror or str(exc),
        ) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotAJuryFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: this is not a jury file (it is not an SQLite database)"
            ),
            path=path,
        )
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    change_counter, page_count, _ = struct.unpack(">III", header[24:36])
    (valid_for,) = struct.unpack(">I", header[92:96])
    (application_id,) = struct.unpack(">I", header[68:72])
    trusted_count = page_count if valid_for == change_counter and page_count > 0 else None
    if application_id != APPLICATION_ID:
        raise NotAJuryFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: this is an SQLite database, but not a tnl-jury jury file"
            ),
            path=path,
        )
    if page_size < 512 or size % page_size or (trusted_count and size < trusted_count * page_size):
        raise NotAJuryFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: this jury file is damaged (truncated: {size} bytes where the file "
                "announces {announced})",
            ),
            path=path,
            size=size,
            announced=(trusted_count or 0) * page_size,
        )
    return HeaderFacts(page_size, trusted_count, application_id)
