"""Hard conditions of the machine, each said in one sentence naming what and where: a full
disk, a permission refused, a read-only medium, an input/output error, a damaged page. They
come as ``OSError`` (files) or ``sqlite3.Error`` (the jury file; possibly wrapped by
SQLAlchemy, whose ``orig`` holds the driver's error); :func:`hard_condition` turns them into a
:class:`HardConditionError` (a UserError: exit 2 on the command line, a message in the
interface's language in the window), or None for anything else, which stays an internal error.

Nothing here changes anything: a failed write has already been rolled back (one transaction
per service; outputs written through a temporary file), so every sentence can say so.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError

DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors",
    "{path}: the disk is full; nothing was changed: free some space on it, then try again",
)
PERMISSION = QT_TRANSLATE_NOOP(
    "Errors",
    "{path}: permission denied (the file or its folder belongs to someone else or is "
    "protected); nothing was changed",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "{path}: cannot be written (a read-only medium, or a file protected against writing); "
    "nothing was changed",
)
IO_ERROR = QT_TRANSLATE_NOOP(
    "Errors",
    "{path}: the disk reported an input/output error; nothing was changed: check the medium, "
    "or copy the file to another disk",
)
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors",
    "{path}: cannot be opened (permission denied, or its folder cannot be written)",
)
DAMAGED = QT_TRANSLATE_NOOP("Errors", "{path}: this jury file is damaged ({reason})")

# Below this much free space, an input/output error of SQLite is a full disk (SQLite reports
# a full disk as SQLITE_IOERR when the shared-memory file cannot grow).
NEARLY_FULL_BYTES = 1024 * 1024

_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT = 3, 8, 10, 11
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 13, 14, 26
_SQLITE_TEXTS = {
    "database or disk is full": _SQLITE_FULL,
    "disk i/o error": _SQLITE_IOERR,
    "attempt to write a readonly database": _SQLITE_READONLY,
    "unable to open database file": _SQLITE_CANTOPEN,
    "database disk image is malformed": _SQLITE_CORRUPT,
    "file is not a database": _SQLITE_NOTADB,
}


class HardConditionError(UserError):
    """A condition of the machine, not of the user's input (see the module's contract)."""

    def __init__(self, template: str, /, **params: object) -> None:
        super().__init__(template, **params)
        self.condition = template


class DamagedFileError(HardConditionError):
    """SQLite found a damaged page."""


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo and len(seen) < 8:
        item = todo.pop(0)
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        orig = getattr(item, "orig", None)
        todo.extend([orig if isinstance(orig, BaseException) else None])
        todo.extend([item.__cause__, item.__context__])
    return seen


def _nearly_full(path: object) -> bool:
    if path is None:
        return False
    folder = Path(str(path)).parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _sqlite_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()
    return next((c for t, c in _SQLITE_TEXTS.items() if t in text), None)


def _from_os_error(exc: OSError, path: object) -> HardConditionError | None:
    where = path if path is not None else exc.filename
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return HardConditionError(DISK_FULL, path=where)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return HardConditionError(PERMISSION, path=where)
    if exc.errno == errno.EROFS:
        return HardConditionError(READ_ONLY, path=where)
    if exc.errno == errno.EIO:
        return HardConditionError(IO_ERROR, path=where)
    return None


def _from_sqlite(exc: sqlite3.Error, path: object) -> HardConditionError | None:
    code = _sqlite_code(exc)
    where = path if path is not None else "the jury file"
    if code == _SQLITE_FULL or (code == _SQLITE_IOERR and _nearly_full(path)):
        return HardConditionError(DISK_FULL, path=where)
    if code == _SQLITE_IOERR:
        return HardConditionError(IO_ERROR, path=where)
    if code == _SQLITE_READONLY:
        return HardConditionError(READ_ONLY, path=where)
    if code == _SQLITE_PERM:
        return HardConditionError(PERMISSION, path=where)
    if code == _SQLITE_CANTOPEN:
        return HardConditionError(CANNOT_OPEN, path=where)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return DamagedFileError(DAMAGED, path=where, reason=str(exc))
    return None


def hard_condition(
    exc: BaseException, path: str | os.PathLike[str] | None = None
) -> HardConditionError | None:
    """The sentence for ``exc`` when it (or what caused it) is a hard condition; ``path``
    names the file concerned when the error itself does not (SQLite's errors never do)."""
    for item in _chain(exc):
        if isinstance(item, HardConditionError):
            return item
        found = None
        if isinstance(item, OSError):
            found = _from_os_error(item, path)
        elif isinstance(item, sqlite3.Error):
            found = _from_sqlite(item, path)
        if found is not None:
            return found
    return None
