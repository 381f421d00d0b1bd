"""Atomic file writes, and the progress/cancel contract of long writes.

Every exporter writes its output through :func:`atomic_write`: the bytes go to a temporary file
in the destination's folder, and only a complete file is moved over the final name with
``os.replace`` (atomic on POSIX and on Windows within one volume). A crash, an exception or a
cancellation in the middle therefore never leaves a half-written file under the final name; an
existing file keeps its old content until the new one is complete.

Usage::

    with atomic_write(out_path) as tmp:      # tmp: a Path to an empty file, same folder
        workbook.save(tmp)                   # any library that writes to a file name
    # here out_path holds the complete new content

    with atomic_write(out_path) as tmp, tmp.open("wb") as f:
        f.write(data)                        # or write it yourself

Long writes accept ``progress(done, total, message)`` and ``cancelled() -> bool`` callables
(see :data:`ProgressFn`, :data:`CancelledFn`); they call :func:`check_cancelled` between steps,
which raises :class:`Cancelled` (a :class:`UserError`) — inside ``atomic_write`` the temporary
file is then removed, so a cancelled write leaves no output file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError

ProgressFn = Callable[[int, int, str], None]
"""``progress(done, total, message)``: ``done`` of ``total`` steps are done (``total`` 0:
unknown). Called from the worker's thread; it must be cheap."""

CancelledFn = Callable[[], bool]
"""``cancelled()``: True once the user asked to stop. Polled between steps."""


class Cancelled(UserError):  # noqa: N818 (the name the callers were promised)
    """The user cancelled a long write; no output file was left behind."""


class AtomicWriteError(UserError):
    """The complete file could not be put in place (folder missing, file locked, disk full…)."""


def check_cancelled(cancelled: CancelledFn | None, what: str) -> None:
    """Raise :class:`Cancelled` (``what`` names the output) if ``cancelled()`` says so."""
    if cancelled is not None and cancelled():
        raise Cancelled(
            QT_TRANSLATE_NOOP("Errors", "{what}: cancelled, no file was written."), what=what
        )


def report(progress: ProgressFn | None, done: int, total: int, message: str) -> None:
    """Call ``progress`` if there is one (saves every caller the ``None`` test)."""
    if progress is not None:
        progress(done, total, message)


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, private: bool = False) -> Iterator[Path]:
    """Yield the path of an empty temporary file; on success move it over ``path``.

    The temporary file lives in ``path``'s folder (``os.replace`` is only atomic within one
    file system) and is named ``.<name>.<random>.tmp``. If the block raises, the temporary
    file is deleted and the exception propagates; ``path`` is untouched. On success the file
    is flushed to disk (fsync) and then replaces ``path``. The new file gets the permissions of
    the file it replaces, or the usual ones (0666 less the umask) for a new file — not the
    0600 of ``tempfile``; ``private=True`` keeps 0600 (private keys). Missing folder, locked or
    read-only destination: :class:`AtomicWriteError`.
    """
    final = Path(path)
    folder = final.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise AtomicWriteError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot write in {folder} ({reason})."),
            path=final,
            folder=folder,
            reason=_reason(exc),
        ) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync(tmp)
        if not private:
            _set_mode(tmp, final)
        try:
            tmp.replace(final)  # os.replace: atomic
        except OSError as exc:
            # Typically Windows: the destination is open in another program (a PDF viewer).
            raise AtomicWriteError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path}: cannot replace the file ({reason}); "
                    "close it in any program that has it open and try again.",
                ),
                path=final,
                reason=_reason(exc),
            ) from exc
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        from tnl_jury.domain.conditions import hard_condition

        condition = hard_condition(exc, final)  # a full disk: said naming the file asked for
        if condition is None:
            raise
        raise condition from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_write`)."""
    with atomic_write(path, private=private) as tmp:
        tmp.write_bytes(data)


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _fsync(path: Path) -> None:
    # Without fsync, a power cut right after os.replace can leave an empty file under the
    # final name on some file systems (ext4 delayed allocation).
    with path.open("rb+") as f:
        os.fsync(f.fileno())


_umask_lock = threading.Lock()
_umask_value: int | None = None


def _umask() -> int:
    """The process umask (read once: reading it means setting it, so guard with a lock)."""
    global _umask_value
    with _umask_lock:
        if _umask_value is None:
            _umask_value = os.umask(0o022)
            os.umask(_umask_value)
        return _umask_value


def _set_mode(tmp: Path, final: Path) -> None:
    try:
        mode = stat.S_IMODE(final.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    with contextlib.suppress(OSError):  # e.g. file systems without permissions
        tmp.chmod(mode)
