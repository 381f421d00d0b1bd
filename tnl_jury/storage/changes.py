"""What a committed transaction changed in the jury file: the change notice.

Every write to a jury file runs in :meth:`JuryFile.transaction
<tnl_jury.storage.jury_file.JuryFile.transaction>`. While it runs, a :class:`ChangeCollector`
watches it from two places, so that no service has to remember to say what it changed:

* every SQL statement the transaction's connection writes (``INSERT``, ``UPDATE``,
  ``DELETE``; ORM flushes, Core bulk statements and raw ``exec_driver_sql`` alike) names its
  table, and the table gives the :class:`Kind`;
* the ORM objects a flush writes give the dossiers concerned (their ``dossier_id``).

A write to a dossier's rows that did not go through an ORM flush (a bulk statement) does not
say which dossiers: the notice then says "any dossier" (``dossier_ids`` None), which is always
safe. Once the transaction has COMMITTED, the jury file hands the :class:`Changes` to its
subscribers (:meth:`JuryFile.subscribe`), on the thread that ran the service; a rolled-back
transaction, or one that wrote nothing, notifies nobody.

Qt-free: the GUI's hub (``gui/change_hub.py``) brings the notices to the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from tnl_jury.domain.changes import NOTHING, Changes, Kind

log = logging.getLogger(__name__)

INFO_KEY = "tnl_jury.changes"  # in Session.info and Connection.info while a transaction runs


TABLE_KINDS: dict[str, Kind] = {
    **dict.fromkeys(
        ("edition", "scale", "scale_step", "domain", "criterion", "criterion_question",
         "level_rule", "previous_result"),
        Kind.SETTINGS,
    ),
    **dict.fromkeys(
        ("dossier", "answer", "answer_block_row", "ds_note", "import_mapping",
         "question_mapping", "identity_mapping", "import_run"),
        Kind.DOSSIERS,
    ),
    "attachment": Kind.ATTACHMENTS,
    "attachment_blob": Kind.ATTACHMENTS,
    "jury_member": Kind.MEMBERS,
    "recusal": Kind.MEMBERS,
    "member_key": Kind.MEMBERS,
    "score": Kind.SCORES,
    "member_dossier": Kind.SCORES,
    "meeting": Kind.MEETING,
    "attendance": Kind.MEETING,
    "decision": Kind.DECISIONS,
    **dict.fromkeys(
        ("ballot_import", "ballot_item", "ballot_conflict", "package_identity"), Kind.BALLOTS
    ),
    "audit_event": Kind.TRAIL,
}  # fmt: skip

# Tables whose rows belong to one dossier (a ``dossier_id`` column, or the dossier itself).
DOSSIER_TABLES = frozenset(
    {"dossier", "answer", "answer_block_row", "ds_note", "attachment", "recusal", "score",
     "member_dossier", "decision", "ballot_item", "ballot_conflict"}
)  # fmt: skip
# Deleting one of these cascades to other tables' rows: the notice says "everything".
_CASCADING = frozenset({"dossier", "jury_member", "criterion", "domain", "edition"})

_WRITE = re.compile(
    r"^\s*(INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)


class ChangeCollector:
    """Gathers what one transaction writes (see the module's docstring)."""

    def __init__(self) -> None:
        self.kinds: set[Kind] = set()
        self.dossier_ids: set[int] | None = set()
        self.flushing = False  # statements of an ORM flush: the objects name their dossiers

    def saw_statement(self, statement: str) -> None:
        """A statement about to run on the transaction's connection."""
        found = _WRITE.match(statement)
        if found is None:
            return
        table = found.group(2).lower()
        kind = TABLE_KINDS.get(table)
        if kind is None or (found.group(1)[:1].upper() == "D" and table in _CASCADING):
            self.kinds.update(Kind)  # a table we do not know, or a cascade: everything
            self.dossier_ids = None
            return
        self.kinds.add(kind)
        if table in DOSSIER_TABLES and not self.flushing:
            self.dossier_ids = None  # a bulk write: it does not say which dossiers

    def saw_objects(self, objects: Iterable[Any]) -> None:
        """The ORM objects a flush wrote (new, changed or deleted)."""
        for obj in objects:
            table = getattr(getattr(type(obj), "__table__", None), "name", None)
            if table not in DOSSIER_TABLES:
                continue
            dossier_id = getattr(obj, "id" if table == "dossier" else "dossier_id", None)
            if not isinstance(dossier_id, int):
                self.dossier_ids = None
            elif self.dossier_ids is not None:
                self.dossier_ids.add(dossier_id)

    def changes(self) -> Changes:
        if not self.kinds:
            return NOTHING
        ids = None if self.dossier_ids is None else frozenset(self.dossier_ids)
        return Changes(frozenset(self.kinds), ids)


class Subscribers:
    """A jury file's change subscribers (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[Changes], None]] = []

    def subscribe(self, callback: Callable[[Changes], None]) -> Callable[[], None]:
        with self._lock:
            self._callbacks.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback(changes)
            except Exception:  # a screen's failure must not look like the write's
                log.exception("a change subscriber failed")


@contextlib.contextmanager
def watched_transaction(session: Session) -> Iterator[ChangeCollector]:
    """Begin ``session``'s transaction and watch it: committed when the block ends (rolled
    back on an error); the collector then holds what it changed."""
    collector = ChangeCollector()
    session.info[INFO_KEY] = collector
    connection_info: dict[Any, Any] = {}
    try:
        with session.begin():
            # Bound now so that every statement of the transaction, down to the commit's own
            # flush, is seen (the collector leaves before the connection is released).
            connection_info = session.connection().info
            connection_info[INFO_KEY] = collector
            yield collector
    finally:
        connection_info.pop(INFO_KEY, None)
        session.info.pop(INFO_KEY, None)


def watch_statements(engine: Engine) -> None:
    """Let the collector of a transaction on ``engine`` see every statement it runs."""
    event.listen(engine, "before_cursor_execute", _saw_statement)


def _saw_statement(
    connection: Any, _cursor: Any, statement: str, *_args: Any, **_kwargs: Any
) -> None:
    collector = connection.info.get(INFO_KEY)
    if collector is not None:
        collector.saw_statement(statement)


def _flush_starts(session: Session, *_args: Any) -> None:
    collector = session.info.get(INFO_KEY)
    if collector is not None:
        collector.flushing = True


def _flush_done(session: Session, *_args: Any) -> None:
    collector = session.info.get(INFO_KEY)
    if collector is not None:
        collector.saw_objects((*session.new, *session.dirty, *session.deleted))
        collector.flushing = False


event.listen(Session, "before_flush", _flush_starts)
event.listen(Session, "after_flush", _flush_done)
