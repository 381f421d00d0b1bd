"""Conditions of the jury file's surroundings that must be said, never silently worked around.

Contract:

- :func:`check_side_file`: a jury file in a folder that cannot be written, with a non-empty
  ``-wal`` side file beside it, is refused with :class:`UnreadSideFileError`: SQLite can only
  read such a file as immutable there, which ignores the side file, so the view would show
  less than the file holds (its latest changes) without a word. Nothing is written.
- :func:`copy_with_side_file`: copies the file and its ``-wal`` together into a folder that
  can be written, where SQLite reads both; returns the copy's path. The original is only read.
- :func:`backup_before_upgrade`: the copy made before a schema upgrade is written under a
  temporary name, synced, then renamed: a kill or a full disk never leaves a partial backup
  under a backup's name; a failure is said (a full disk as such) and the original is kept;
- :func:`quick_check`: SQLite's quick check of an open jury file; a damaged page is said
  (:class:`~tnl_jury.domain.conditions.DamagedFileError`);
- :func:`acquire_lock`: the one-writer OS lock, on ``<file>.lock`` beside the resolved real
  path (a symbolic link or another spelling of the path shares it); None when another process
  holds it;
- :func:`remove_read_only_side_files`: the empty side files a read-only connection leaves;
- :class:`LockFileError`: the lock file exists but cannot be opened (another user's,
  a permission problem); a caller asking for a read-only view when locked still gets one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP
from tnl_jury.storage.jury_file import JuryFile, JuryFileError, ReadOnlyLocationError


class UnreadSideFileError(JuryFileError):
    """The file's latest changes are in a side file that cannot be read where it is."""


class LockFileError(JuryFileError):
    """The lock file cannot be taken for another reason than another writer holding it."""


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def check_side_file(path: Path) -> None:
    """Raise :class:`UnreadSideFileError` when ``path``'s folder cannot be written and its
    ``-wal`` holds data (see the module's contract)."""
    wal = wal_path(path)
    if os.access(path.resolve().parent, os.W_OK):
        return
    try:
        size = wal.stat().st_size
    except OSError:
        return  # no side file: the main file holds everything
    if size == 0:
        return
    raise UnreadSideFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path}: its latest changes are in {wal}, which cannot be read in this folder "
            "(it cannot be written); open a copy of both files from a folder of yours",
        ),
        path=path,
        wal=wal.name,
    )


def copy_with_side_file(path: Path, folder: Path) -> Path:
    """Copy ``path`` and its ``-wal`` into ``folder`` (created if needed); return the copy."""
    target = folder / path.name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        if wal_path(path).exists():
            shutil.copyfile(wal_path(path), wal_path(target))
    except OSError as exc:
        raise JuryFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot be copied to {folder} ({reason})"),
            path=path,
            folder=folder,
            reason=exc.strerror or str(exc),
        ) from None
    return target


def backup_before_upgrade(path: Path, revision: str | None) -> Path:
    """Copy the file (through SQLite's backup API, WAL included) beside itself, as
    ``<stem>.backup-<time>-<revision>.tnlj``; see the module's contract."""
    from tnl_jury.domain.conditions import hard_condition

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = path.suffix or ".tnlj"
    target = path.with_name(f"{path.stem}.backup-{stamp}-{revision or 'base'}{suffix}")
    counter = 2
    while target.exists():  # two upgrades in the same second must not share a backup
        target = path.with_name(
            f"{path.stem}.backup-{stamp}-{revision or 'base'}-{counter}{suffix}"
        )
        counter += 1
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        source = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        condition = hard_condition(exc, target)
        if condition is not None:
            raise condition from None
        raise JuryFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: the backup before the upgrade could not be written ({reason})"
            ),
            path=target,
            reason=str(exc),
        ) from None
    return target


def quick_check(jury_file: JuryFile) -> None:
    """Run SQLite's quick check on ``jury_file``; a damaged page raises
    :class:`~tnl_jury.domain.conditions.DamagedFileError` naming the file."""
    from tnl_jury.domain.conditions import DAMAGED, DamagedFileError, hard_condition

    try:
        with jury_file.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
            conn.rollback()
    except Exception as exc:
        condition = hard_condition(exc, jury_file.path)
        if condition is None:
            raise
        raise condition from None
    if rows != ["ok"]:
        raise DamagedFileError(DAMAGED, path=jury_file.path, reason=rows[0] if rows else "?")


def side_files(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def remove_read_only_side_files(path: Path) -> None:
    """Remove the empty ``-wal`` and the ``-shm`` read-only connections leave beside a WAL file.

    A read-only connection creates them but cannot delete them; a read-write connection that
    only reads lets SQLite delete them itself on closing (it does so only when no other
    connection uses the file, and an empty WAL writes nothing to the database).
    """
    wal, shm = side_files(path)
    try:
        if not shm.exists() or not wal.exists() or wal.stat().st_size != 0:
            return
        conn = sqlite3.connect(
            f"file:{quote(str(path.resolve()))}?mode=rw", uri=True, isolation_level=None
        )
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        pass  # leftovers are harmless: the next writer removes them


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def acquire_lock(path: Path) -> Any:
    """Take the OS write lock of ``path``; return it, or None when another process holds it.
    A folder that cannot be written raises :class:`ReadOnlyLocationError`."""
    from filelock import FileLock, Timeout

    if not os.access(path.resolve().parent, os.W_OK):
        raise ReadOnlyLocationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: its folder cannot be written (a read-only medium or a protected "
                "folder): open it read-only, or copy it to a folder of yours to work on it",
            ),
            path=path,
        )
    # The real path's lock: a symbolic link or another spelling of the path shares it.
    lock = FileLock(str(lock_path(path.resolve())), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return None
    except OSError as exc:
        raise LockFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot take its lock file ({reason})"),
            path=path,
            reason=exc.strerror or str(exc),
        ) from None
    return lock
