"""The letterhead of an edition's letters: sender block, place, reference prefix, signatory
title (#19). Read with :func:`get_letterhead`; changed with :func:`set_letterhead`, one
transaction and one audit event (``edition.letterhead``, with the fields that changed)."""

from __future__ import annotations

from dataclasses import fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, RuleError
from tnl_jury.domain.records import Letterhead
from tnl_jury.services import audit
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

# Field → (column, longest value accepted). The sender block may hold several lines.
_COLUMNS = {
    "sender": ("letter_sender", 1000),
    "place": ("letter_place", 200),
    "reference": ("letter_reference", 100),
    "signatory_title": ("letter_signatory_title", 200),
}
FIELDS = tuple(f.name for f in fields(Letterhead))


def _edition(session: Session) -> m.Edition:
    edition = session.scalar(select(m.Edition).limit(1))
    if edition is None:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "this jury file holds no edition"))
    return edition


def _read(edition: m.Edition) -> Letterhead:
    return Letterhead(**{name: getattr(edition, column) for name, (column, _) in _COLUMNS.items()})


def get_letterhead(jury_file: JuryFile) -> Letterhead:
    """The edition's letterhead (empty fields where nothing was set)."""
    with jury_file.reader() as session:
        return _read(_edition(session))


def _clean(name: str, value: str) -> str:
    """Spaces trimmed on each line, empty lines dropped; one line except for the sender."""
    lines = [" ".join(line.split()) for line in value.splitlines()]
    lines = [line for line in lines if line]
    if name != "sender":
        return " ".join(lines)
    return "\n".join(lines)


def set_letterhead(jury_file: JuryFile, **changes: str) -> Letterhead:
    """Change some of the letterhead's fields (``sender``, ``place``, ``reference``,
    ``signatory_title``); return the letterhead that follows. An unknown field or a value too
    long is refused (:class:`RuleError`) and nothing changes; nothing is recorded when no value
    differs."""
    cleaned: dict[str, str] = {}
    for name, value in changes.items():
        if name not in _COLUMNS:
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "unknown letterhead field {name!r}"), name=name
            )
        text = _clean(name, value)
        limit = _COLUMNS[name][1]
        if len(text) > limit:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the letterhead's {name} is too long: {length} characters, at most {limit}",
                ),
                name=name,
                length=len(text),
                limit=limit,
            )
        cleaned[name] = text
    with jury_file.transaction() as session:
        edition = _edition(session)
        current = _read(edition)
        changed = {k: v for k, v in cleaned.items() if getattr(current, k) != v}
        for name, value in changed.items():
            setattr(edition, _COLUMNS[name][0], value)
        if changed:
            audit.record(session, jury_file.actor, "edition.letterhead", **changed)
        return replace(current, **changed)
