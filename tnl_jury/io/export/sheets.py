"""The content of the results spreadsheet, whatever the file format.

:func:`results_sheets` turns a :class:`~tnl_jury.domain.records.ResultsRecord` into four
:class:`Sheet` objects — "Décisions", "Palmarès", "Notes détaillées", "Jury" — each a header of
typed :class:`Column` objects and a lazy stream of rows. The xlsx, ods and csv writers only
translate these rows into their format, so the three files always hold the same content.

Contract of the rows (what every writer may rely on):

* a row has exactly one value per column; ``None`` is an empty cell;
* a :attr:`Kind.TEXT` value is a ``str`` already cleaned by :func:`clean_text` (no character an
  XML file cannot hold); it may still come from a candidate or a member and start with a
  character that makes an office suite read a formula (see :func:`is_formula_like`): writers
  must store it as text, never as a formula;
* :attr:`Kind.INTEGER` values are ``int``, :attr:`Kind.SCORE` values ``float`` (displayed with
  two decimals), :attr:`Kind.DATE` values ``datetime.date``: numbers and dates stay numbers and
  dates in every format.

The sheet content is French: it is the jury's own document.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Final

from tnl_jury.domain.records import DossierRecord, ResultsRecord


class Kind(Enum):
    """The type of a column's cells."""

    TEXT = "text"
    INTEGER = "integer"
    SCORE = "score"  # a float shown with two decimals ("0.00": the locale shows the comma)
    DATE = "date"  # shown day/month/year


Value = str | int | float | dt.date | None
Row = tuple[Value, ...]

# Display formats, shared by the xlsx and ods writers. "0.00" is locale-neutral: a French
# office suite shows 12,50 while the cell keeps the number 12.5.
SCORE_FORMAT: Final = "0.00"
DATE_FORMAT: Final = "dd/mm/yyyy"


@dataclass(frozen=True)
class Column:
    """One column: its header, the type of its cells and its width in characters."""

    header: str
    kind: Kind
    width: float
    wrap: bool = False  # long text shown on several lines (motivations, recommendations)


@dataclass(frozen=True)
class Sheet:
    """One sheet: a name, a file-name slug (for per-sheet csv), columns and rows.

    ``row_count`` is the number of rows :meth:`rows` yields (the header excluded), known in
    advance so that writers can report progress and set the auto-filter range.
    """

    name: str
    slug: str
    columns: tuple[Column, ...]
    row_count: int
    _rows: Callable[[], Iterator[Row]]

    def rows(self) -> Iterator[Row]:
        """The data rows, produced lazily (the detailed scores may hold 360,000 rows)."""
        return self._rows()


# The characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"):
# "=", "+", "-", "@", and a tab or carriage return that some programs skip before looking.
FORMULA_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r")

# Characters XML 1.0 cannot hold at all (even escaped): C0 controls other than tab, LF and CR,
# plus the two non-characters U+FFFE and U+FFFF. Neither xlsx nor ods can store them, so they
# are removed for every format (the csv keeps the same content as the other two).
_XML_ILLEGAL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# The most characters an xlsx cell holds (Excel refuses longer text, openpyxl cuts it silently).
# Longer texts are cut here for every format, visibly, so that the three files agree.
MAX_TEXT: Final = 32_767
TRUNCATION_MARK: Final = " […]"


def is_formula_like(text: str) -> bool:
    """True when ``text`` starts with a character an office suite may read as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def clean_text(text: str) -> str:
    """``text`` without the characters XML cannot hold, with CR LF line ends made LF.

    Line breaks are LF in both spreadsheet formats (a Windows CR LF would leave a stray
    carriage return at the end of each line in one format and not in the other). Everything
    else is kept verbatim, a lone carriage return included, and so are tabs and leading formula
    characters: the writers store text cells as text, and the csv writer neutralises
    formula-like values itself. A text longer than :data:`MAX_TEXT` is cut to that length and
    ends with :data:`TRUNCATION_MARK`.
    """
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    if _XML_ILLEGAL.search(text):
        text = _XML_ILLEGAL.sub("", text)
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
    return text


def column_letters(n: int) -> str:
    """The spreadsheet name of the ``n``-th column (1 → A, 27 → AA)."""
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


_KIND_FR: Final = {
    "commune": "Commune",
    "epci": "EPCI",
    "departement": "Département",
    "region": "Région",
    "other": "Autre",
}
_ROLE_FR: Final = {
    "president": "Président(e)",
    "vice_president": "Vice-président(e)",
    "member": "Membre",
    "secretary": "Secrétaire",
}


def _presence_fr(present: bool | None) -> str:
    if present is None:
        return "Non renseignée"  # no meeting recorded
    return "Présent(e)" if present else "Absent(e)"


def collation_key(text: str) -> str:
    """A sort key close to French dictionary order: case and accents ignored, œ = oe.

    Python's own ordering would put "Écully" after "Zillisheim"; the locale module depends on
    the machine's locales, which a desktop app cannot rely on.
    """
    folded = unicodedata.normalize("NFD", text.casefold())
    base = "".join(c for c in folded if not unicodedata.combining(c))
    return base.replace("œ", "oe").replace("æ", "ae")


def _domain_columns(record: ResultsRecord) -> tuple[tuple[str, str], ...]:
    """(code, name) of each domain, in grid order; taken from the dossiers when not given."""
    if record.domain_names:
        return record.domain_names
    seen: dict[str, str] = {}
    for dossier in record.dossiers:
        for domain in dossier.domain_scores:
            seen.setdefault(domain.code, domain.name)
    return tuple(seen.items())


def _t(text: str) -> str:
    return clean_text(text)


def _sheet(
    name: str, slug: str, columns: tuple[Column, ...], count: int, rows: Callable[[], Iterator[Row]]
) -> Sheet:
    """A sheet whose columns are at least wide enough for the longest word of their bold
    header and the filter button; headers wrap (writers wrap the header row), so that a long
    domain name takes two or three lines rather than a wide column on paper."""
    # A bold character is ~10 % wider than the "0" that widths count in; the auto-filter button
    # takes about three more.
    fitted = tuple(
        dataclasses.replace(
            c, width=max(c.width, min(round(_longest_word(c.header) * 1.1 + 3), 40))
        )
        for c in columns
    )
    return Sheet(name, slug, fitted, count, rows)


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def _finite(score: float | None) -> float | None:
    """The score, or None for NaN and infinities, which no spreadsheet format can store."""
    return score if score is None or math.isfinite(score) else None


def _decisions(record: ResultsRecord) -> Sheet:
    domains = _domain_columns(record)
    columns = (
        Column("N° de dossier", Kind.TEXT, 13),
        Column("Candidat", Kind.TEXT, 32),
        Column("Type", Kind.TEXT, 13),
        Column("Département", Kind.TEXT, 12),
        Column("Élu(e) porteur", Kind.TEXT, 26),
        Column("Fonction", Kind.TEXT, 22),
        Column("Niveau", Kind.INTEGER, 8),
        Column("Libellé du niveau", Kind.TEXT, 20),
        Column("Motivation", Kind.TEXT, 60, wrap=True),
        Column("Recommandations", Kind.TEXT, 60, wrap=True),
        *(Column(_t(name), Kind.SCORE, 10) for _, name in domains),
        Column("Score global", Kind.SCORE, 12),
        Column("Pour", Kind.INTEGER, 7),
        Column("Contre", Kind.INTEGER, 7),
        Column("Abstentions", Kind.INTEGER, 11),
        Column("Voix prépondérante", Kind.TEXT, 12),
    )

    def rows() -> Iterator[Row]:
        for d in record.dossiers:
            by_code = {s.code: s.score for s in d.domain_scores}
            vote = d.vote
            yield (
                _t(d.ds_number),
                _t(d.candidate_name),
                _KIND_FR.get(d.kind, _t(d.kind)),
                _t(d.departement_code),
                _t(d.official_name),
                _t(d.official_function),
                d.level,
                _t(d.level_name) if d.level is not None else "",
                _t(d.motivation),
                _t(d.recommendations),
                *(_finite(by_code.get(code)) for code, _ in domains),
                _finite(d.overall_score),
                vote.votes_for if vote else None,
                vote.votes_against if vote else None,
                vote.abstentions if vote else None,
                "oui" if vote and vote.by_casting_vote else "",
            )

    return _sheet("Décisions", "decisions", columns, len(record.dossiers), rows)


def _laureates(record: ResultsRecord) -> list[DossierRecord]:
    """The labelled dossiers (level ≥ 1), highest level first, then in name order."""
    labelled = [d for d in record.dossiers if d.level is not None and d.level >= 1]
    return sorted(labelled, key=lambda d: (-(d.level or 0), collation_key(d.candidate_name)))


def _palmares(record: ResultsRecord) -> Sheet:
    laureates = _laureates(record)
    columns = (
        Column("Niveau", Kind.INTEGER, 8),
        Column("Libellé du niveau", Kind.TEXT, 20),
        Column("Lauréat", Kind.TEXT, 90),
        Column("N° de dossier", Kind.TEXT, 13),
    )

    def rows() -> Iterator[Row]:
        for d in laureates:
            yield (d.level, _t(d.level_name), _t(d.published_line), _t(d.ds_number))

    return _sheet("Palmarès", "palmares", columns, len(laureates), rows)


def _scores(record: ResultsRecord) -> Sheet:
    # The long format (dossier, member, domain, criterion and its label, value, comment), in
    # grid order within each member's scores. This sheet holds hundreds of thousands of rows
    # and every column costs openpyxl microseconds per cell: candidate names are in
    # "Décisions"; the repeated texts are cleaned once each.
    columns = (
        Column("N° de dossier", Kind.TEXT, 13),
        Column("Membre", Kind.TEXT, 24),
        Column("Domaine", Kind.TEXT, 26),
        Column("Critère", Kind.TEXT, 12),
        Column("Libellé du critère", Kind.TEXT, 40),
        Column("Note", Kind.INTEGER, 6),
        Column("Sans avis", Kind.TEXT, 9),
        Column("Commentaire", Kind.TEXT, 50),
    )

    def rows() -> Iterator[Row]:
        # Dossier numbers, names and codes repeat on every line: clean each distinct one once.
        cache: dict[str, str] = {}

        def cached(text: str) -> str:
            got = cache.get(text)
            if got is None:
                got = cache[text] = clean_text(text)
            return got

        for s in record.scores:
            yield (
                cached(s.ds_number),
                cached(s.member_name),
                cached(s.domain_name),
                cached(s.criterion_code),
                cached(s.criterion_label),
                s.value,
                "oui" if s.no_opinion else "",
                clean_text(s.comment) if s.comment else "",
            )

    return _sheet("Notes détaillées", "notes-detaillees", columns, len(record.scores), rows)


def _jury(record: ResultsRecord) -> Sheet:
    columns = (
        Column("Membre", Kind.TEXT, 26),
        Column("Organisation", Kind.TEXT, 30),
        Column("Rôle", Kind.TEXT, 13),
        Column("Présence", Kind.TEXT, 14),
        Column("Date de la séance", Kind.DATE, 16),
        Column("Récusations", Kind.TEXT, 60, wrap=True),
    )
    held_on = record.meeting.held_on if record.meeting else None

    def rows() -> Iterator[Row]:
        for m in record.members:
            recusals = "\n".join(
                f"{r.ds_number} – {r.candidate_name} ({r.reason})"
                if r.reason
                else f"{r.ds_number} – {r.candidate_name}"
                for r in record.recusals
                if r.member_name == m.name
            )
            yield (
                _t(m.name),
                _t(m.organisation),
                _ROLE_FR.get(m.role, _t(m.role)),
                _presence_fr(m.present),
                held_on,
                _t(recusals),
            )

    return _sheet("Jury", "jury", columns, len(record.members), rows)


def results_sheets(record: ResultsRecord) -> tuple[Sheet, ...]:
    """The four sheets of the results spreadsheet, in workbook order."""
    return (_decisions(record), _palmares(record), _scores(record), _jury(record))
