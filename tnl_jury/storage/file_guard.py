"""Conditions of the jury file's surroundings that must be said, never silently worked around.

Contract:

- :func:`check_side_file`: a jury file in a folder that cannot be written, with a non-empty
  ``-wal`` side file beside it, is refused with :class:`UnreadSideFileError`: SQLite can only
  read such a file as immutable there, which ignores the side file, so the view would show
  less than the file holds (its latest changes) without a word. Nothing is written.
- :func:`copy_with_side_file`: copies the file and its ``-wal`` together into a folder that
  can be written, where SQLite reads both; returns the copy's path. The original is only read.
- :class:`LockFileError`: the lock file exists but cannot be opened (another user's,
  a permission problem); a caller asking for a read-only view when locked still gets one.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP
from tnl_jury.storage.jury_file import JuryFileError


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
