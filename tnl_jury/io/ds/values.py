"""Typing the cells of an export: the value as the candidate gave it, typed where certain.

Contract of :func:`type_cell` (returns ``(AnswerType value, text)``):

* empty cells and blank text → ``empty``, ``""``;
* numbers (calamine gives floats) → ``number``, written without a useless ``.0`` (``2.0`` →
  ``"2"``, ``2.5`` → ``"2.5"``); an unanswered number that Démarches Simplifiées exported as
  ``0`` stays ``"0"``, typed number: the export cannot tell it from a real zero;
* boolean cells → ``boolean``, ``"Oui"`` / ``"Non"`` (the words the form shows);
* date cells → ``date`` ``2024-03-05``; date-time cells → ``datetime`` ``2024-03-05T14:30:00``
  (local time, as the spreadsheet shows it);
* text is kept verbatim but for its leading and trailing blanks, which DS's ods writer (rodf)
  strips (line ends made ``\n``; a whole number written ``96.0`` becomes ``96``, as the same
  cell reads from xlsx); it is typed ``boolean`` when it is ``Oui``/``Non``,
  ``true``/``false`` (then written ``Oui``/``Non``, as a boolean cell reads) or ``on``/``off``,
  ``date`` when it is an ISO date, ``datetime`` when it
  is an ISO date-time or DS's ``2024-03-05 14:30:12 +0100``, ``number`` when it is a plain
  decimal number without a leading zero (``"01000"``, a postal code, stays text); else ``text``.

:func:`to_utc` reads the dossier dates (``Déposé le``…) into naive UTC datetimes: xlsx gives
Paris local time, csv and ods give text with its UTC offset.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from tnl_jury.domain.enums import AnswerType
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, Phrase
from tnl_jury.io.ds.reader import Cell

EMPTY = AnswerType.EMPTY.value
TEXT = AnswerType.TEXT.value
NUMBER = AnswerType.NUMBER.value
BOOLEAN = AnswerType.BOOLEAN.value
DATE = AnswerType.DATE.value
DATETIME = AnswerType.DATETIME.value

_BOOLEAN_TEXT = frozenset({"Oui", "Non", "oui", "non", "OUI", "NON", "true", "false", "on", "off"})
_TRUE_FALSE = {"true": "Oui", "false": "Non"}  # an export template's yes/no, in csv
_NUMBER_RE = re.compile(r"-?(?:0|[1-9]\d{0,14})(?:[.,]\d{1,15})?")
_WHOLE_RE = re.compile(r"\.0+$")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_RE = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s?(Z|[+-]\d{2}:?\d{2})?"
)
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def type_cell(value: Cell) -> tuple[str, str]:
    """``(value_type, text)`` of one cell (see the module's contract).

    Called once per cell of an export: the common cases (text, numbers) come first.
    """
    if isinstance(value, str):
        if not value or value.isspace():
            return _EMPTY_PAIR
        if "\r" in value:  # xlsx keeps Windows line ends, ods and csv do not: one form
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        value = value.strip()  # as DS's ods has it: the same answer in every format
        value_type = _type_text(value)
        if value_type == BOOLEAN and value in _TRUE_FALSE:
            return value_type, _TRUE_FALSE[value]
        if value_type == NUMBER and value.endswith(".0"):
            value = _WHOLE_RE.sub("", value)  # "96.0" (csv) is the 96.0 cell of xlsx: "96"
        return value_type, value
    if value is None:
        return _EMPTY_PAIR
    if isinstance(value, bool):
        return BOOLEAN, "Oui" if value else "Non"
    if isinstance(value, float):
        if value.is_integer() and -1e15 < value < 1e15:
            return NUMBER, str(int(value))
        return NUMBER, number_text(value)
    if isinstance(value, int):
        return NUMBER, str(value)
    if isinstance(value, dt.datetime):
        return DATETIME, value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return DATE, value.isoformat()
    return TEXT, str(value)  # times and durations: shown as written


_EMPTY_PAIR = (EMPTY, "")


def _type_text(text: str) -> str:
    if len(text) > LONGEST_TYPED:  # long text is text: no need to look further
        return TEXT
    if text in _BOOLEAN_TEXT:
        return BOOLEAN
    first = text[0]
    if not (first.isdigit() or first == "-"):
        return TEXT
    if _NUMBER_RE.fullmatch(text):
        return NUMBER
    if _DATE_RE.fullmatch(text):
        return DATE if _valid_date(text) else TEXT
    match = _DATETIME_RE.fullmatch(text)
    if match and _valid_date(match.group(1)):
        return DATETIME
    return TEXT


LONGEST_TYPED = 40  # "2024-03-05T14:30:00.123456+01:00" and 31-character numbers fit


def _valid_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def number_text(value: float | int) -> str:
    """A number as a person writes it: ``2.0`` → ``"2"``, ``2.5`` → ``"2.5"``."""
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


def wall_clock(value: Cell) -> str:
    """:func:`cell_text` of a cell, a date-time written ``2024-03-05 14:30:12`` (the time as
    written, its offset and fractions of a second dropped): an ``Avis`` date reads the same
    from xlsx (a date cell) and from csv or ods (text with its offset)."""
    text = cell_text(value)
    match = _DATETIME_RE.fullmatch(text)
    if match is None:
        return text
    return f"{match.group(1)} {match.group(2)[:8]}"


def cell_text(value: Cell) -> str:
    """The text of a cell for identity fields and notes (numbers without ``.0``), stripped."""
    return type_cell(value)[1].strip()


def dossier_number(value: Cell) -> str:
    """A dossier number from its cell: text stripped, ``123456.0`` (a cell or text) →
    ``"123456"``."""
    if isinstance(value, float | int) and not isinstance(value, bool):
        return number_text(value)
    text = "" if value is None else str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        return text[:-2]  # an export template's number, a float: "24817355.0" in csv
    return text


class NotADateError(ValueError):
    """A cell that is not a date: ``phrase`` says why (to translate), ``str()`` in English."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


def to_utc(value: Cell) -> dt.datetime | None:
    """A dossier date as a naive UTC datetime; None when empty; :class:`NotADateError` (a
    ValueError) when unreadable.

    Cells without an offset (xlsx date-time cells, text without offset) are Paris local time.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise NotADateError(Phrase(QT_TRANSLATE_NOOP("Errors", "a yes/no value is not a date")))
    if isinstance(value, dt.datetime):
        return paris_to_utc(value.replace(tzinfo=None))
    if isinstance(value, dt.date):
        return paris_to_utc(dt.datetime(value.year, value.month, value.day))
    if isinstance(value, float | int):
        # A date cell that the library did not recognise as one: an Excel serial number.
        if not 1 <= value <= 2_958_465:
            raise NotADateError(
                Phrase(QT_TRANSLATE_NOOP("Errors", "{value} is not a date"), value=repr(value))
            )
        return paris_to_utc(_EXCEL_EPOCH + dt.timedelta(days=float(value)))
    text = str(value).strip()
    if not text:
        return None
    match = _DATETIME_RE.fullmatch(text)
    if match is None:
        if _DATE_RE.fullmatch(text):
            return paris_to_utc(dt.datetime.fromisoformat(text))
        raise NotADateError(
            Phrase(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date"), text=text)
        )
    date_part, time_part, offset = match.groups()
    moment = dt.datetime.fromisoformat(f"{date_part}T{time_part}")
    if offset is None:
        return paris_to_utc(moment)
    if offset == "Z":
        return moment
    sign = 1 if offset[0] == "+" else -1
    digits = offset[1:].replace(":", "")
    delta = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return moment - sign * delta


def paris_to_utc(local: dt.datetime) -> dt.datetime:
    """Paris local time → naive UTC, by the EU summer-time rule (in force since 1996).

    Computed rather than read from the tz database, which Windows does not ship.
    """
    for offset in (2, 1):  # try summer time first; keep the first consistent reading
        utc = local - dt.timedelta(hours=offset)
        if (offset == 2) == _is_summer_time(utc):
            return utc
    return local - dt.timedelta(hours=1)  # the skipped spring hour: read it as winter time


def _is_summer_time(utc: dt.datetime) -> bool:
    """Whether Paris is on summer time at this UTC moment (last Sunday of March 01:00 UTC to
    last Sunday of October 01:00 UTC)."""
    start = _last_sunday(utc.year, 3).replace(hour=1)
    end = _last_sunday(utc.year, 10).replace(hour=1)
    return start <= utc < end


def _last_sunday(year: int, month: int) -> dt.datetime:
    last = dt.datetime(year, month, 31)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)
