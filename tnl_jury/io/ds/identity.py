"""Reading a candidate's identity out of free text: the kind of collectivité, the département.

Contract:

* :func:`kind_from_text` maps what a candidate typed or chose (``Commune``, ``EPCI``,
  ``Communauté de communes du Pays de …``, ``Conseil départemental``, ``Région``…, or INSEE's
  legal form labels such as ``Commune et commune nouvelle``) to a
  :class:`~tnl_jury.domain.enums.DossierKind`, or None when the text says nothing certain;
* :func:`departement_code` reads the code out of ``34 – Hérault``, ``2A - Corse-du-Sud``,
  ``974``, ``Hérault (34)``; None when there is none;
* :class:`IdentityReader` reads a row's identity (each field from the column the secretariat
  mapped it to first, see :func:`identity_columns`): the kind from the grid's kind field, else the
  legal form (csv's ``Entreprise forme juridique``), else the candidate's name (``Ville de …``),
  else ``other``; the département from the grid's field (its ``(Code)`` companion first), else
  from the ``(Département)`` companion of a commune or EPCI field.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from tnl_jury.domain.enums import DossierKind
from tnl_jury.domain.errors import Phrase, Plural
from tnl_jury.domain.grid import ImportHints
from tnl_jury.io.ds.columns import ColumnLayout, find_header, find_occurrence, header_key
from tnl_jury.io.ds.reader import Cell
from tnl_jury.io.ds.values import cell_text

# Checked in order, on the loosely compared text: the first prefix found wins.
_KIND_PREFIXES: tuple[tuple[tuple[str, ...], DossierKind], ...] = (
    (("commune", "ville", "mairie", "municipalite"), DossierKind.COMMUNE),
    (
        (
            "epci",
            "communaute de communes",
            "communaute d'agglomeration",
            "communaute urbaine",
            "communaute d agglomeration",
            "metropole",
            "etablissement public de cooperation intercommunale",
            "cc ",
            "ca ",
        ),
        DossierKind.EPCI,
    ),
    (("departement", "conseil departemental", "conseil general"), DossierKind.DEPARTEMENT),
    (("region", "conseil regional"), DossierKind.REGION),
    (("syndicat", "autre", "other"), DossierKind.OTHER),
)
_EXACT_KINDS = {kind.value: kind for kind in DossierKind}

_CODE = r"(2[AB]|97[1-6]|0[1-9]|[1-8]\d|9[0-5])"
_LEADING_CODE_RE = re.compile(rf"^{_CODE}(?:\s*[-–—:]\s*|\s+|$)", re.IGNORECASE)
_BRACKETED_CODE_RE = re.compile(rf"\(\s*{_CODE}\s*\)\s*$", re.IGNORECASE)


def kind_from_text(text: str) -> DossierKind | None:
    """The kind of candidate ``text`` names (see the module's contract)."""
    key = header_key(text)
    if not key:
        return None
    if key in _EXACT_KINDS:
        return _EXACT_KINDS[key]
    for prefixes, kind in _KIND_PREFIXES:
        if key.startswith(prefixes):
            return kind
    return None


def departement_code(text: str) -> str | None:
    """The département code in ``text`` (see the module's contract)."""
    text = text.strip()
    match = _LEADING_CODE_RE.match(text) or _BRACKETED_CODE_RE.search(text)
    return match.group(1).upper() if match else None


def identity_columns(
    headers: Sequence[str], labels: Sequence[str], chosen: tuple[str, int] | None
) -> list[int]:
    """The columns of an identity field, in order of preference: the column the secretariat
    chose (``chosen``: header and occurrence), then the first column carrying each of the
    grid's ``labels``; those the header lacks are left out."""
    found = [] if chosen is None else [find_occurrence(headers, *chosen)]
    found += [find_header(headers, label) for label in labels]
    out: list[int] = []
    for i in found:
        if i is not None and i not in out:
            out.append(i)
    return out


class IdentityReader:
    """Reads the identity fields of each row of a ``Dossiers`` sheet: the candidate's name from
    ``name_indexes`` (in order of preference), the other fields from the columns the grid's
    ``[import]`` section names (the first non-empty one wins)."""

    def __init__(
        self,
        headers: Sequence[str],
        hints: ImportHints,
        layout: ColumnLayout,
        name_indexes: list[int],
        chosen: Mapping[str, tuple[str, int]] | None = None,
    ) -> None:
        self.name_indexes = name_indexes
        chosen = chosen or {}
        self.columns = {
            attr: identity_columns(headers, getattr(hints, attr), chosen.get(attr))
            for attr in (
                "kind",
                "departement",
                "official_name",
                "official_function",
                "referent_name",
            )
        }
        by_index = {a.column: a for a in layout.answers}
        self.departement_columns = [
            (i, dict(by_index[i].companions) if i in by_index else {})
            for i in self.columns["departement"]
        ]
        # Commune and EPCI fields carry a "(Département)" companion: a fallback.
        self.departement_companions = [
            i for a in layout.answers for key, i in a.companions if header_key(key) == "departement"
        ]
        self.unknown_kinds: dict[str, list[str]] = defaultdict(list)

    def first(self, row: list[Cell], attr: str) -> str:
        for i in self.columns[attr]:
            text = cell_text(row[i])
            if text:
                return text
        return ""

    def name(self, row: list[Cell]) -> str:
        for i in self.name_indexes:
            text = " ".join(cell_text(row[i]).split())
            if text:
                return text
        return ""

    def kind(self, row: list[Cell], number: str, name: str, forme: str) -> str:
        stated = self.first(row, "kind")
        kind = kind_from_text(stated) if stated else None
        if stated and kind is None:
            self.unknown_kinds[stated].append(number)
        kind = kind or (kind_from_text(forme) if forme else None) or kind_from_text(name)
        return (kind or DossierKind.OTHER).value

    def departement(self, row: list[Cell]) -> str:
        for i, companions in self.departement_columns:
            code_column = next(
                (c for key, c in companions.items() if header_key(key) == "code"), None
            )
            for text in (
                cell_text(row[code_column]) if code_column is not None else "",
                cell_text(row[i]),
            ):
                code = departement_code(text) if text else None
                if code:
                    return code
        for i in self.departement_companions:
            code = departement_code(cell_text(row[i]))
            if code:
                return code
        return ""

    def report(self, warnings: list[Phrase], nameless: list[str]) -> None:
        for text, numbers in self.unknown_kinds.items():
            template = Plural.translate(
                "Errors",
                "the kind of collectivité “{text}” is not one the jury knows (commune, EPCI, "
                "département, région): %n dossier(s) recorded as “other”: {numbers}",
                None,
                1,
            )
            warnings.append(
                Phrase(template, text=text, count=len(numbers), numbers=", ".join(numbers))
            )
        if nameless and self.name_indexes:
            template = Plural.translate(
                "Errors", "%n dossier(s) without a candidate name: {numbers}", None, 1
            )
            warnings.append(Phrase(template, count=len(nameless), numbers=", ".join(nameless)))
