"""Juror packages: one jury file per member, to score offline on their own laptop (#7).

A package is itself a jury file (``.tnlj``, same schema), copied from the secretariat's file
and then stripped of everything that is not the member's own:

* kept: the edition and its settings, the grid, the dossiers with their answers, blocks, notes
  and attachments, the import log, previous results, the meeting's date and place, the list of
  jury members (names and roles only: the others' organisations are blanked), locked decisions
  (so that a dossier the jury has closed cannot be scored there either);
* kept for the member only: their scores, progress (proposed levels, notes, submissions),
  recusals and attendance;
* removed: the other members' scores, progress, recusals and attendance, decisions not yet
  locked, the audit trail (it records everyone's scores; the package starts its own), and every
  key and ballot table. The copy is then ``VACUUM``-ed, so that removed rows do not linger in
  free pages.

Every table of the schema is listed in one of :data:`SHARED_TABLES`, :data:`OWN_ROWS_TABLES`,
:data:`CLEARED_TABLES` or :data:`SPECIAL_TABLES` (a test checks it, so that a new table makes
its author decide); a table unknown to this version is filtered by ``member_id`` when it has
one and kept otherwise.

The package also receives a ``package_identity`` row (its id, the member, the edition's id and
a new Ed25519 ballot-signing key); the public half is registered in the secretariat's file
(``member_key``). Making a package also hands the member's values already in the secretariat's
file over to them (``ballot_item`` records them as "as the package has them"), so that a later
change made in the package supersedes them instead of raising a conflict.

Threat model. The signature says "this ballot was made from the package made for this member,
and not altered since": it protects against ballots mixed up or edited on the way (USB keys go
from hand to hand), forged by hand, replayed from another edition or from another jury file.
The private key is stored in the package without a passphrase: the package lives on the
member's own laptop or USB key, jurors are not technical, and a forgotten passphrase on the
meeting day would cost more than it protects. Whoever holds a member's package can therefore
hand in ballots in that member's name — as whoever holds their paper sheet can. When a package
is lost, make a new one with ``revoke_previous``: the old key's ballots are then refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, RuleError, UserError
from tnl_jury.io.atomic import CancelledFn, ProgressFn, atomic_write, check_cancelled, report
from tnl_jury.io.ballots.keys import new_signing_key
from tnl_jury.services import audit
from tnl_jury.services.members import get_member
from tnl_jury.storage import ballot_models as bm
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JURY_FILE_SUFFIX, JuryFile, make_engine
from tnl_jury.storage.orm_base import new_uid, utcnow

SHARED_TABLES = frozenset(
    {
        "alembic_version",
        "edition",
        "scale",
        "scale_step",
        "domain",
        "criterion",
        "criterion_question",
        "level_rule",
        "dossier",
        "answer",
        "answer_block_row",
        "ds_note",
        "import_mapping",
        # The juror's scoring screen places the answers beside their criteria with these.
        "question_mapping",
        "identity_mapping",
        "import_run",
        "attachment_blob",
        "attachment",
        "meeting",
        "previous_result",
    }
)
OWN_ROWS_TABLES = frozenset({"score", "member_dossier", "recusal", "attendance"})
CLEARED_TABLES = frozenset(
    {
        "audit_event",
        "member_key",
        "package_identity",
        "ballot_import",
        "ballot_item",
        "ballot_conflict",
    }
)
SPECIAL_TABLES = frozenset({"jury_member", "decision"})


class PackageError(UserError):
    """A juror package cannot be made, or an operation does not fit a package."""


@dataclass(frozen=True)
class PackageInfo:
    """What makes a jury file a juror package (None for the secretariat's file)."""

    package_uid: str
    member_id: int
    member_name: str
    edition_uid: str
    year: int
    title: str
    fingerprint: str
    source_name: str
    created_at: dt.datetime
    ballots_made: int
    last_ballot_at: dt.datetime | None


@dataclass(frozen=True)
class PackageMade:
    path: Path
    member_id: int
    member_name: str
    fingerprint: str


def package_info(jury_file: JuryFile) -> PackageInfo | None:
    """The package's identity, or None when ``jury_file`` is not a juror package."""
    with jury_file.reader() as session:
        return _info(session)


def _info(session: Session) -> PackageInfo | None:
    identity = session.scalar(select(bm.PackageIdentity).limit(1))
    if identity is None:
        return None
    edition = session.scalar(select(m.Edition).limit(1))
    member = session.get(m.JuryMember, identity.member_id)
    return PackageInfo(
        package_uid=identity.package_uid,
        member_id=identity.member_id,
        member_name=member.name if member else "",
        edition_uid=edition.uid if edition else "",
        year=edition.year if edition else 0,
        title=edition.title if edition else "",
        fingerprint=identity.fingerprint,
        source_name=identity.source_name,
        created_at=identity.created_at,
        ballots_made=identity.next_sequence - 1,
        last_ballot_at=identity.last_ballot_at,
    )


def require_package(jury_file: JuryFile) -> PackageInfo:
    """The package's identity; refused for a file that is not a juror package."""
    info = package_info(jury_file)
    if info is None:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: this is not a juror package (ballots are made from the "
                "package a member received, not from the secretariat's jury file)",
            ),
            file=jury_file.path.name,
        )
    return info


def refuse_package(jury_file: JuryFile, message: str) -> None:
    """Refuse an operation when ``jury_file`` is a juror package: ``message`` (a template
    marked for translation) says so, naming the ``{file}`` and the package's ``{member}``."""
    info = package_info(jury_file)
    if info is not None:
        raise PackageError(message, file=jury_file.path.name, member=info.member_name)


_MAKING_PACKAGES = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}: this is {member}'s juror package; making juror packages is done in the "
    "secretariat's jury file",
)


def file_slug(name: str) -> str:
    """``name`` folded to lowercase ASCII words joined by hyphens, for file names."""
    folded = unicodedata.normalize("NFKD", name.replace("œ", "oe").replace("Œ", "Oe"))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")[:60] or "member"


def package_file_name(member_name: str, year: int) -> str:
    """``package-<member>-<year>.tnlj``."""
    return f"package-{file_slug(member_name)}-{year}{JURY_FILE_SUFFIX}"


def free_path(path: Path) -> Path:
    """``path``, or ``<stem>-2<suffix>``, ``-3``… for the first name not taken."""
    candidate, counter = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{counter}{path.suffix}")
        counter += 1
    return candidate


def make_package(
    jury_file: JuryFile, member_id: int, out_path: str | Path, *, revoke_previous: bool = False
) -> PackageMade:
    """Write ``member_id``'s juror package to ``out_path`` and register its public key.

    Refused for a package, an unknown or inactive member, a read-only file, a path that exists
    or does not end in ``.tnlj``. The package is written atomically; its key is registered in
    the same step (one transaction and one audit event in the secretariat's file) before the
    complete package takes its final name. ``revoke_previous`` revokes the member's earlier
    keys (a lost package): ballots signed with them are then refused.
    """
    out_path = Path(out_path)
    refuse_package(jury_file, _MAKING_PACKAGES)
    if out_path.suffix.lower() != JURY_FILE_SUFFIX:
        raise PackageError(
            QT_TRANSLATE_NOOP("Errors", "{path}: a juror package's name must end in {suffix}"),
            path=out_path,
            suffix=JURY_FILE_SUFFIX,
        )
    if out_path.exists():
        raise PackageError(
            QT_TRANSLATE_NOOP("Errors", "{path}: a file with this name already exists"),
            path=out_path,
        )
    if not out_path.parent.is_dir():
        raise PackageError(
            QT_TRANSLATE_NOOP("Errors", "{path}: the folder {folder} does not exist"),
            path=out_path,
            folder=out_path.parent,
        )
    with jury_file.reader() as session:
        member = get_member(session, member_id)
        if not member.active:
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "{member} is no longer an active member of the jury"),
                member=member.name,
            )
        member_name = member.name
    key = new_signing_key()
    package_uid = new_uid()
    with atomic_write(out_path) as tmp, _removing_side_files(tmp):
        _copy_database(jury_file.path, tmp)
        _strip(tmp, member_id, package_uid, key.private_pem, key.fingerprint, jury_file)
        _vacuum(tmp)
        with jury_file.transaction() as session:
            if revoke_previous:
                for old in session.scalars(
                    select(bm.MemberKey).where(
                        bm.MemberKey.member_id == member_id, bm.MemberKey.revoked_at.is_(None)
                    )
                ):
                    old.revoked_at = utcnow()
            session.add(
                bm.MemberKey(
                    member_id=member_id,
                    fingerprint=key.fingerprint,
                    public_key=key.public_hex,
                    package_uid=package_uid,
                )
            )
            _hand_over_values(session, member_id)
            audit.record(
                session,
                jury_file.actor,
                "package.make",
                member_id=member_id,
                package=package_uid,
                key=key.fingerprint,
                file=out_path.name,
                revoke_previous=revoke_previous,
            )
    return PackageMade(out_path, member_id, member_name, key.fingerprint)


def make_all_packages(
    jury_file: JuryFile,
    out_dir: str | Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> list[PackageMade]:
    """One package per active member with a vote (who scores), into ``out_dir``
    (``package-<member>-<year>.tnlj``, with ``-2``… when a name is taken). Cancelling stops
    before the next member: the packages already made are complete and registered."""
    out_dir = Path(out_dir)
    refuse_package(jury_file, _MAKING_PACKAGES)
    if not out_dir.is_dir():
        raise PackageError(QT_TRANSLATE_NOOP("Errors", "{path}: no such folder"), path=out_dir)
    with jury_file.reader() as session:
        year = session.scalar(select(m.Edition.year)) or 0
        members = list(
            session.execute(
                select(m.JuryMember.id, m.JuryMember.name)
                .where(m.JuryMember.active, m.JuryMember.voting)  # those who score
                .order_by(m.JuryMember.name, m.JuryMember.id)
            )
        )
    made = []
    for done, (member_id, name) in enumerate(members):
        check_cancelled(cancelled, str(out_dir))
        report(progress, done, len(members), name)
        made.append(
            make_package(jury_file, member_id, free_path(out_dir / package_file_name(name, year)))
        )
    report(progress, len(members), len(members), "")
    return made


@contextlib.contextmanager
def _removing_side_files(path: Path) -> Iterator[None]:
    try:
        yield
    finally:
        for side in ("-wal", "-shm", "-journal"):
            Path(f"{path}{side}").unlink(missing_ok=True)


def _copy_database(source: Path, target: Path) -> None:
    """Copy the secretariat's file (WAL included) through SQLite's backup API."""
    src = sqlite3.connect(f"file:{quote(str(source.resolve()))}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _strip(
    path: Path,
    member_id: int,
    package_uid: str,
    private_pem: str,
    fingerprint: str,
    source: JuryFile,
) -> None:
    """Remove what is not the member's own (see the module's docstring); add the identity."""
    engine = make_engine(path)
    try:
        with Session(engine) as session, session.begin():
            conn = session.connection()
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            tables = [
                str(row[0])
                for row in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for table in tables:
                columns = {
                    str(row[1]) for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')
                }
                if table in CLEARED_TABLES:
                    conn.execute(text(f'DELETE FROM "{table}"'))
                elif table in OWN_ROWS_TABLES or (
                    table not in SHARED_TABLES | SPECIAL_TABLES and "member_id" in columns
                ):
                    conn.execute(
                        text(f'DELETE FROM "{table}" WHERE member_id IS NOT :m'), {"m": member_id}
                    )
            conn.execute(text("DELETE FROM decision WHERE NOT locked"))
            conn.execute(
                text("UPDATE jury_member SET organisation = '' WHERE id != :m"), {"m": member_id}
            )
            session.add(
                bm.PackageIdentity(
                    package_uid=package_uid,
                    member_id=member_id,
                    private_key=private_pem,
                    fingerprint=fingerprint,
                    source_name=source.path.name,
                )
            )
            audit.record(
                session,
                source.actor,
                "package.create",
                member_id=member_id,
                package=package_uid,
                key=fingerprint,
                source=source.path.name,
            )
    finally:
        engine.dispose()


def _vacuum(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("VACUUM")
    finally:
        conn.close()


def _hand_over_values(session: Session, member_id: int) -> None:
    """Record the member's values now in the file as "as the package has them" (see the
    module's docstring), so that the member's later changes supersede them."""
    from tnl_jury.services import ballot_merge

    for dossier_id, item, value, at in ballot_merge.member_values(session, member_id):
        state = session.scalar(
            select(bm.BallotItem).where(
                bm.BallotItem.member_id == member_id,
                bm.BallotItem.dossier_id == dossier_id,
                bm.BallotItem.item == item,
            )
        )
        digest = ballot_merge.digest(value)
        if state is None:
            session.add(
                bm.BallotItem(
                    member_id=member_id,
                    dossier_id=dossier_id,
                    item=item,
                    seen_digest=digest,
                    seen_at=at,
                    written_digest=digest,
                )
            )
        else:
            state.written_digest = digest
            if at > state.seen_at:
                state.seen_digest, state.seen_at = digest, at
