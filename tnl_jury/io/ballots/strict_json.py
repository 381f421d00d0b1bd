"""Reading a ballot file's JSON strictly (it is untrusted input), and the refusals.

:func:`load_json` refuses a file larger than :data:`MAX_BYTES`, bytes that are not UTF-8, a
file cut short, JSON with floats, NaN or duplicate keys; :class:`Reader` then checks the
parsed document field by field, every failure naming the field
(:class:`DamagedBallotError`). Used by :mod:`tnl_jury.io.ballots.codec`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from tnl_jury.domain import limits
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, Phrase, UserError

# The limits are the fields' own (tnl_jury.domain.limits): a ballot written is one accepted.
MAX_BYTES = limits.BALLOT_BYTES  # a 300-dossier, 12-criterion ballot with long comments: ~3 MB
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?")


class BallotFileError(UserError):
    """A ballot file cannot be used: unreadable, damaged, truncated or not a ballot."""


_DAMAGED_AT = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}: this ballot is damaged or was not made by tnl-jury ({where}: {problem}); "
    "nothing was imported from it",
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}: this ballot is damaged or was not made by tnl-jury ({problem}); "
    "nothing was imported from it",
)
WHOLE_FILE = QT_TRANSLATE_NOOP("Errors", "the file")


class DamagedBallotError(BallotFileError):
    """A ballot whose content breaks the format: ``file`` names it, ``where`` the place (a
    field's path such as ``payload.dossiers[2].scores[0].value``, "the file" or "" when there
    is none), ``problem`` what is wrong (a template of its own, filled with ``params``)."""

    def __init__(self, file: str, where: str, problem: str, /, **params: object) -> None:
        self.file = file
        self.where = where
        inner = Phrase(problem, **params)
        if not where:
            super().__init__(_DAMAGED, file=file, problem=inner)
            return
        place: object = Phrase(WHOLE_FILE) if where == WHOLE_FILE else where
        super().__init__(_DAMAGED_AT, file=file, where=place, problem=inner)


class _RefusedError(ValueError):
    """Raised by the JSON parser's hooks: a problem template and its values."""

    def __init__(self, template: str, /, **params: object) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


class Reader:
    """Checks one parsed document field by field; every failure names the field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str, /, **params: object) -> NoReturn:
        """Refuse the file: ``problem`` (a template filled with ``params``) at ``where``."""
        raise DamagedBallotError(self.path.name, where, problem, **params)

    def obj(self, value: object, where: str, fields: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, QT_TRANSLATE_NOOP("Errors", "an object is expected"))
        missing = sorted(fields - value.keys())
        if missing:
            self.fail(
                where,
                QT_TRANSLATE_NOOP("Errors", "the field {field!r} is missing"),
                field=missing[0],
            )
        unknown = sorted(value.keys() - fields)
        if unknown:
            self.fail(
                where, QT_TRANSLATE_NOOP("Errors", "unknown field {field!r}"), field=unknown[0]
            )
        return value

    def int_(self, value: object, where: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, QT_TRANSLATE_NOOP("Errors", "a whole number is expected"))
        if not low <= value <= high:
            self.fail(
                where,
                QT_TRANSLATE_NOOP("Errors", "{value} is out of range ({low} to {high})"),
                value=value,
                low=low,
                high=high,
            )
        return value

    def opt_int(self, value: object, where: str, low: int, high: int) -> int | None:
        return None if value is None else self.int_(value, where, low, high)

    def bool_(self, value: object, where: str) -> bool:
        if not isinstance(value, bool):
            self.fail(where, QT_TRANSLATE_NOOP("Errors", "true or false is expected"))
        return value

    def str_(self, value: object, where: str, limit: int, *, empty: bool = True) -> str:
        if not isinstance(value, str):
            self.fail(where, QT_TRANSLATE_NOOP("Errors", "a text is expected"))
        if len(value) > limit:
            self.fail(
                where,
                QT_TRANSLATE_NOOP("Errors", "the text is longer than {limit} characters"),
                limit=limit,
            )
        if not empty and not value.strip():
            self.fail(where, QT_TRANSLATE_NOOP("Errors", "the text is empty"))
        return value

    def hex_(self, value: object, where: str, pattern: re.Pattern[str]) -> str:
        text = self.str_(value, where, 64)
        if not pattern.fullmatch(text):
            self.fail(
                where,
                QT_TRANSLATE_NOOP("Errors", "an identifier in lowercase hexadecimal is expected"),
            )
        return text

    def time(self, value: object, where: str) -> dt.datetime:
        text = self.str_(value, where, 40)
        if not _TIME.fullmatch(text):
            self.fail(
                where, QT_TRANSLATE_NOOP("Errors", "a time like 2026-11-25T14:30:00 is expected")
            )
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            self.fail(where, QT_TRANSLATE_NOOP("Errors", "{text!r} is not a real time"), text=text)

    def opt_time(self, value: object, where: str) -> dt.datetime | None:
        return None if value is None else self.time(value, where)

    def list_(self, value: object, where: str, limit: int) -> list[Any]:
        if not isinstance(value, list):
            self.fail(where, QT_TRANSLATE_NOOP("Errors", "a list is expected"))
        if len(value) > limit:
            self.fail(where, QT_TRANSLATE_NOOP("Errors", "more than {limit} entries"), limit=limit)
        return value


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _RefusedError(
                QT_TRANSLATE_NOOP("Errors", "the field {field!r} appears twice"), field=key
            )
        result[key] = value
    return result


def _refuse(template: str) -> Callable[[str], NoReturn]:
    """A JSON parser hook refusing what it is given: ``template`` names it ``{text!r}``."""

    def refuse(text: str) -> NoReturn:
        raise _RefusedError(template, text=text)

    return refuse


def load_json(path: Path) -> object:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BallotFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file}: this file is too large to be a ballot ({size} MB, at most {limit} MB)",
                ),
                file=path.name,
                size=size // (1024 * 1024),
                limit=MAX_BYTES // (1024 * 1024),
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise BallotFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: no such file"), path=path
        ) from None
    except IsADirectoryError:
        raise BallotFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: this is a folder, not a ballot file"), path=path
        ) from None
    except OSError as exc:
        raise BallotFileError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot be read ({reason})"),
            path=path,
            reason=exc.strerror or exc,
        ) from None
    truncated = QT_TRANSLATE_NOOP(
        "Errors",
        "{file}: this ballot is incomplete (the file was cut short, perhaps while it was "
        "being copied); ask the member for it again — nothing was imported from it",
    )
    if not data.strip():
        raise BallotFileError(
            QT_TRANSLATE_NOOP("Errors", "{file}: this file is empty, it is not a ballot"),
            file=path.name,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:  # a character cut in the middle at the very end
            raise BallotFileError(truncated, file=path.name) from None
        raise BallotFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: this is not a ballot (it is not a text file), or it is damaged",
            ),
            file=path.name,
        ) from None
    if not text.lstrip().startswith("{"):
        raise BallotFileError(
            QT_TRANSLATE_NOOP("Errors", "{file}: this is not a ballot file"), file=path.name
        )
    try:
        return json.loads(
            text,
            object_pairs_hook=_refuse_duplicates,
            parse_float=_refuse(
                QT_TRANSLATE_NOOP("Errors", "the decimal number {text!r} where a ballot has none")
            ),
            parse_constant=_refuse(
                QT_TRANSLATE_NOOP("Errors", "the constant {text!r} where a ballot has none")
            ),
        )
    except json.JSONDecodeError as exc:
        complete = text.rstrip()
        if exc.pos >= len(complete) or not complete.endswith("}"):
            raise BallotFileError(truncated, file=path.name) from None
        raise BallotFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: this ballot is damaged (line {line}, column {column}: {detail}); "
                "nothing was imported from it",
            ),
            file=path.name,
            line=exc.lineno,
            column=exc.colno,
            detail=exc.msg,
        ) from None
    except _RefusedError as exc:
        raise DamagedBallotError(path.name, "", exc.template, **exc.params) from None
    except (ValueError, RecursionError) as exc:
        raise BallotFileError(_DAMAGED, file=path.name, problem=str(exc)) from None
