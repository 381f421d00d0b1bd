"""French wording helpers shared by our documents: dates, plurals, lists, slugs, ordering."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

from tnl_jury.domain.figures import figure_text
from tnl_jury.domain.levels import NO_LABEL
from tnl_jury.domain.records import DossierRecord, ResultsRecord

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def french_date(day: dt.date) -> str:
    """``1er mars 2026``, ``18 novembre 2025``."""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS[day.month - 1]} {day.year}"


def french_number(value: float, decimals: int = 2) -> str:
    """``3,42`` (decimal comma), rounded as the level rule compares scores
    (:func:`tnl_jury.domain.figures.rounded`)."""
    return figure_text(value, decimals, comma=True)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``1 abstention``, ``2 abstentions``, ``0 abstention`` (French: 0 and 1 are singular)."""
    word = singular if count <= 1 else (plural_form or singular + "s")
    return f"{count} {word}"


def join_fr(items: Sequence[str]) -> str:
    """``a``, ``a et b``, ``a, b et c``."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


# Ligatures spelt out; typographic apostrophes made ASCII so that they separate words.
_LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'", "‘": "'"}
)


def slug(text: str, max_length: int = 60) -> str:
    """``Œuilly-sur-Aube (10)`` → ``oeuilly-sur-aube-10``: ASCII, lower case, safe in a file
    name on every system; empty text gives ``sans-nom``."""
    ascii_text = (
        unicodedata.normalize("NFKD", text.translate(_LIGATURES))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    result = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return result[:max_length].rstrip("-") or "sans-nom"


def by_name(dossiers: Sequence[DossierRecord]) -> list[DossierRecord]:
    """Dossiers in alphabetical order of candidate, accents ignored (É sorts with E)."""
    return sorted(dossiers, key=lambda d: (slug(d.candidate_name, 200), d.ds_number))


def level_order(record: ResultsRecord) -> list[int]:
    """The levels to list, highest first (those of the method and those the dossiers hold)."""
    levels = {n for n, _ in record.method.levels}
    levels |= {d.level for d in record.dossiers if d.level is not None}
    return sorted(levels, reverse=True)


def level_name(record: ResultsRecord, level: int) -> str:
    """The name of ``level`` from the method, else from a dossier that holds it."""
    names = dict(record.method.levels)
    if level in names:
        return names[level]
    return next((d.level_name for d in record.dossiers if d.level == level), str(level))


def level_title(level: int, name: str) -> str:
    """How a level is titled: the grid's name when it already says which level it is
    (``Niveau 5 — Excellence``), else ``Niveau 5 — Excellence`` built from both; level 0 is
    the no-label outcome and keeps its name (``Aucun label``)."""
    if not name:
        return f"Niveau {level}" if level else NO_LABEL
    if level == 0 or str(level) in name:
        return name
    return f"Niveau {level} — {name}"
