"""The jury file: one SQLite file per edition, opened safely.

Contract of :func:`open_jury_file`:

* a file that is not a jury file (not SQLite, another SQLite database, truncated) is refused
  with :class:`NotAJuryFileError` before anything is written to it: it stays byte-identical;
* a file written by a newer version of the app is refused (:class:`NewerSchemaError`);
* a file of an older schema is first copied to ``<stem>.backup-<time>-<revision>.tnlj`` beside
  it (``base`` for a file without revision), then upgraded in one transaction;
* one process at a time may write a jury file: the writer holds an OS lock on
  ``<file>.lock`` beside the resolved real path (a symbolic link shares it); a second one gets
  :class:`AlreadyOpenError` or, when it asks for it, a read-only view (also when the lock file
  cannot be taken at all, e.g. another user's);
* a non-empty ``-wal`` side file that cannot be read where it is (a read-only folder) is said,
  never silently skipped (:mod:`tnl_jury.storage.file_guard`);
* a file in a folder that cannot be written (a read-only medium, a CD, a protected share) has
  no lock file to take: asked for a read-only view, the caller gets one, the file read as
  immutable (SQLite cannot create its shared-memory file there); otherwise it is refused with
  :class:`ReadOnlyLocationError`.

Connections use the WAL journal, ``synchronous=FULL`` (a committed score survives a power cut),
foreign keys and a busy timeout. Transactions are real SQLite transactions (the pysqlite
driver's implicit-transaction handling is switched off), so DDL in migrations is atomic too.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from tnl_jury.domain.changes import Changes
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError
from tnl_jury.storage.changes import Subscribers, watch_statements, watched_transaction
from tnl_jury.storage.file_header import APPLICATION_ID as APPLICATION_ID
from tnl_jury.storage.file_header import AlreadyOpenError as AlreadyOpenError
from tnl_jury.storage.file_header import HeaderFacts as HeaderFacts
from tnl_jury.storage.file_header import JuryFileError as JuryFileError
from tnl_jury.storage.file_header import NewerSchemaError as NewerSchemaError
from tnl_jury.storage.file_header import NotAJuryFileError as NotAJuryFileError
from tnl_jury.storage.file_header import ReadOnlyError as ReadOnlyError
from tnl_jury.storage.file_header import ReadOnlyLocationError as ReadOnlyLocationError
from tnl_jury.storage.file_header import read_header as read_header

BUSY_TIMEOUT_MS = 5000
JURY_FILE_SUFFIX = ".tnlj"


def make_engine(path: str | Path, *, read_only: bool = False, foreign_keys: bool = True) -> Engine:
    """An engine on the SQLite file at ``path`` with our connection settings.

    ``read_only`` opens with SQLite's ``mode=ro`` (nothing can be written, WAL included).
    ``foreign_keys=False`` is for migrations only (rebuilding a table must not cascade).
    """
    resolved = Path(path).resolve()
    uri = f"file:{quote(str(resolved))}?mode={'ro' if read_only else 'rwc'}"
    if read_only and not _writable_folder(resolved):
        # A read-only medium: SQLite cannot create the WAL's shared-memory file beside the
        # file, so it reads it as immutable (nothing can change it there anyway).
        uri += "&immutable=1"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri,
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )

    # A small pool: opening a connection (and setting its pragmas) costs more than a score.
    engine = create_engine(
        "sqlite+pysqlite://", creator=connect, poolclass=QueuePool, pool_size=2, max_overflow=8
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # The driver's own transaction handling is off (isolation_level=None): begin here.
        connection.exec_driver_sql("BEGIN")

    return engine


class JuryFile:
    """An open jury file: the engine, its write lock and the sessions the services use."""

    def __init__(self, path: Path, engine: Engine, lock: Any | None, *, read_only: bool) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        # Why it is read-only: "asked", "locked" (another process writes it), "location"
        # (its folder cannot be written) or "lockfile" (its lock file cannot be taken, e.g.
        # another user's); "" when writable.
        self.read_only_reason = "asked" if read_only else ""
        self.actor = _default_actor()
        self._lock = lock
        self._closed = False
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._pinned = threading.local()  # this thread's snapshot session, if any
        self.backup_path: Path | None = None  # set when opening upgraded an older file
        self._subscribers = Subscribers()
        watch_statements(engine)

    def subscribe(self, callback: Callable[[Changes], None]) -> Callable[[], None]:
        """Call ``callback(changes)`` after each committed change (:mod:`.changes`), on the
        thread that ran it; returns the unsubscribe function. A raising callback is logged."""
        return self._subscribers.subscribe(callback)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error."""
        if self._closed:
            raise JuryFileError(
                QT_TRANSLATE_NOOP("Errors", "{path}: this jury file has been closed"),
                path=self.path,
            )
        if self.read_only:
            raise ReadOnlyError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path}: opened read-only (another tnl-jury window has it open): "
                    "nothing can be changed here",
                ),
                path=self.path,
            )
        with self._sessions() as session, watched_transaction(session) as collector:
            yield session
        changes = collector.changes()  # only reached once committed
        if changes:
            self._subscribers.publish(changes)

    @contextlib.contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading; whatever it holds is rolled back at the end. Inside
        :meth:`snapshot` (on the same thread), the snapshot's session: the same transaction."""
        pinned: Session | None = getattr(self._pinned, "session", None)
        if pinned is not None:
            yield pinned
            return
        with self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction for every :meth:`reader` of this thread inside the block, so
        that a composite read (the minutes' record) never mixes two moments of the file: SQLite
        (WAL) keeps the snapshot taken at the first read until the block ends. Nested snapshots
        share the outer one; writes (:meth:`transaction`) neither use nor show in it."""
        if getattr(self._pinned, "session", None) is not None:
            yield
            return
        with self._sessions() as session:
            session.execute(text("SELECT count(*) FROM sqlite_master"))  # the snapshot starts
            self._pinned.session = session
            try:
                yield
            finally:
                self._pinned.session = None

    @property
    def in_snapshot(self) -> bool:
        """Whether this thread reads inside :meth:`snapshot`."""
        return getattr(self._pinned, "session", None) is not None

    def close(self) -> None:
        """Release the file: dispose of connections (SQLite checkpoints the WAL) and the lock."""
        self._closed = True
        self.engine.dispose()
        if self.read_only:
            from tnl_jury.storage.file_guard import remove_read_only_side_files

            remove_read_only_side_files(self.path)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> JuryFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _default_actor() -> str:
    """The operating-system user, recorded in audit events until a front end says who acts."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name and no passwd entry (some containers)
        return "unknown"


def _writable_folder(path: Path) -> bool:
    """True when files can be created beside ``path`` (its lock file, SQLite's side files)."""
    return os.access(path.parent, os.W_OK)


def create_jury_file(path: str | Path) -> JuryFile:
    """Create a new, empty jury file at ``path`` (refused when the path exists).

    The file is built under a temporary name and renamed into place, so a crash never leaves a
    half-made jury file under the final name.
    """
    from tnl_jury.storage import migrate

    path = Path(path)
    if path.exists():
        raise JuryFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: a file with this name already exists"), path=path
        )
    if not path.parent.is_dir():
        raise JuryFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: the folder {folder} does not exist"),
            path=path,
            folder=path.parent,
        )
    temp = path.with_name(f".{path.name}.creating-{os.getpid()}")
    try:
        engine = make_engine(temp, foreign_keys=False)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate.upgrade_to_head(conn)
        finally:
            engine.dispose()
        temp.replace(path)
    except OSError as exc:
        raise JuryFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot be created ({reason})"),
            path=path,
            reason=exc.strerror or str(exc),
        ) from None
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)
    return open_jury_file(path)


def open_jury_file(
    path: str | Path, *, read_only: bool = False, read_only_if_locked: bool = False
) -> JuryFile:
    """Open the jury file at ``path`` (see the module's contract).

    ``read_only`` opens it without taking the write lock. ``read_only_if_locked`` falls back to
    a read-only view when another process holds the lock, instead of refusing.
    """
    from tnl_jury.storage import migrate
    from tnl_jury.storage.file_guard import (
        LockFileError,
        acquire_lock,
        backup_before_upgrade,
        check_side_file,
    )

    path = Path(path)
    read_header(path)
    check_side_file(path)
    revision = _read_revision(path)
    status = migrate.revision_status(revision)
    if status == "unknown":
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: this jury file was written by a newer version of tnl-jury "
                "(schema {revision}); install the newer version to open it",
            ),
            path=path,
            revision=revision,
        )
    lock = None
    reason = "asked" if read_only else ""
    if not read_only:
        try:
            lock = acquire_lock(path)
        except ReadOnlyLocationError:
            if not read_only_if_locked:
                raise
            read_only, reason = True, "location"
        except LockFileError:
            if not read_only_if_locked:
                raise
            read_only, reason = True, "lockfile"
        if lock is None and not read_only:
            if not read_only_if_locked:
                raise AlreadyOpenError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path}: this jury file is already open in another tnl-jury window; "
                        "close it there first",
                    ),
                    path=path,
                )
            read_only, reason = True, "locked"
    try:
        backup = None
        if status == "older":
            if read_only:
                raise ReadOnlyError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path}: this jury file was made by an older version and must be "
                        "upgraded; open it for writing (not read-only) once",
                    ),
                    path=path,
                )
            backup = backup_before_upgrade(path, revision)
            _upgrade(path)
        jury_file = JuryFile(
            path, make_engine(path, read_only=read_only), lock, read_only=read_only
        )
        jury_file.backup_path = backup
        jury_file.read_only_reason = reason
        return jury_file
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def open_for_reading(path: str | Path) -> JuryFile:
    """Open a jury file to read it, without taking the write lock (so that a window editing
    it is not disturbed). A file of an older schema is opened for writing once, to be backed
    up and upgraded, and stays open that way."""
    try:
        return open_jury_file(path, read_only=True)
    except ReadOnlyError:
        return open_jury_file(path, read_only_if_locked=True)


def _read_revision(path: Path) -> str | None:
    """The Alembic revision stored in the file, read through a read-only connection."""
    from tnl_jury.storage.file_guard import remove_read_only_side_files, side_files

    side_files_existed = any(side.exists() for side in side_files(path))
    engine = make_engine(path, read_only=True)
    try:
        with engine.connect() as conn:
            tables = {
                row[0]
                for row in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            if "alembic_version" not in tables:
                raise NotAJuryFileError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{path}: this is not a jury file (it has no schema version)"
                    ),
                    path=path,
                )
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            if row is None and tables - {"alembic_version"}:
                # Tables but no version: what they are cannot be known, so nothing may be
                # upgraded on top of them.
                raise NotAJuryFileError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path}: this jury file is damaged (its schema version is missing)",
                    ),
                    path=path,
                )
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from None
    except Exception as exc:
        cause = getattr(exc, "orig", None)
        if isinstance(cause, sqlite3.DatabaseError):
            raise _damaged(path, cause) from None
        raise
    finally:
        engine.dispose()
        if not side_files_existed:
            remove_read_only_side_files(path)
    return None if row is None else str(row[0])


def _damaged(path: Path, cause: Exception) -> UserError:
    """The refusal for an SQLite error met while reading the file's header tables: a full
    disk, a permission or an input/output error is said as such, never as damage."""
    from tnl_jury.domain.conditions import DamagedFileError, hard_condition

    condition = hard_condition(cause, path)
    if condition is not None and not isinstance(condition, DamagedFileError):
        return condition
    return NotAJuryFileError(
        QT_TRANSLATE_NOOP("Errors", "{path}: this jury file is damaged ({reason})"),
        path=path,
        reason=str(cause),
    )


def _upgrade(path: Path) -> None:
    """Upgrade the schema to the newest revision in one transaction."""
    from tnl_jury.storage import migrate

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as conn:
            migrate.upgrade_to_head(conn)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:
                raise JuryFileError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path}: the upgrade would break a link between records ({table}); "
                        "the file was left as it was",
                    ),
                    path=path,
                    table=broken[0],
                )
    finally:
        engine.dispose()
