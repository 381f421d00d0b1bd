"""The candidate's postal address, from the establishment columns of a Démarches Simplifiées
export.

A collectivité files with its SIRET; DS then writes the establishment's address (the company
registry's) in the csv's ``Établissement …`` block of the ``Dossiers`` sheet, and in xlsx and
ods in the ``Etablissements`` sheet (the row whose ``Champ`` is ``Dossier``, or empty in older
exports, is the dossier's own establishment; other rows are SIRET fields of the form).

Contract of :func:`postal_address`: the lines below the organisation's name, French postal
style: the street lines, then ``<postcode> <TOWN>`` in capitals. ``Établissement Adresse``
(multi-line, the registry's own block) is preferred, without its leading lines that repeat the
organisation's name (the letter prints that name itself); without it, the address is built
from ``numero voie``, ``type voie``, ``nom voie``, ``complément adresse``, ``code postal`` and
``localité``. Empty when the export carries no address. At most :data:`MAX_LINES` lines of
:data:`MAX_LINE` characters (AFNOR NF Z10-011: six lines of 38 characters for the whole
block, name included; we keep what the registry gives and cut only what is absurd).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from tnl_jury.io.ds.columns import establishment_key, header_key
from tnl_jury.io.ds.reader import Cell, RawSheet
from tnl_jury.io.ds.values import cell_text, dossier_number

ESTABLISHMENTS_SHEET = "Etablissements"
MAX_LINES = 6
MAX_LINE = 100

# The address columns, by role (the headers DS writes).
ADDRESS_HEADERS = {
    "block": "Établissement Adresse",
    "number": "Établissement numero voie",
    "street_type": "Établissement type voie",
    "street": "Établissement nom voie",
    "complement": "Établissement complément adresse",
    "postcode": "Établissement code postal",
    "town": "Établissement localité",
}
_KEYS = {header_key(h): role for role, h in ADDRESS_HEADERS.items()}
_TOWN_LINE = re.compile(r"^(\d{5})\s+(.+)$")

if TYPE_CHECKING:
    from tnl_jury.io.ds.parse import ParsedExport


def address_columns(headers: Sequence[str]) -> dict[str, int]:
    """The address roles of :data:`ADDRESS_HEADERS` found in ``headers``: role → column (the
    first column carrying each)."""
    found: dict[str, int] = {}
    for i, header in enumerate(headers):
        role = _KEYS.get(header_key(header))
        if role is not None and role not in found:
            found[role] = i
    return found


def fixed_address_columns(fixed: Mapping[str, int]) -> dict[str, int]:
    """The address roles among the fixed columns of a ``Dossiers`` sheet (a csv's block)."""
    found = {role: fixed.get(establishment_key(h)) for role, h in ADDRESS_HEADERS.items()}
    return {role: i for role, i in found.items() if i is not None}


def postal_address(
    row: Sequence[Cell], columns: Mapping[str, int], names: Sequence[str] = ()
) -> str:
    """The postal address of ``row`` (see the module's contract); ``names`` are the
    organisation's names, whose lines are left out of the registry's block."""

    def text(role: str) -> str:
        i = columns.get(role)
        return cell_text(row[i]) if i is not None and i < len(row) else ""

    lines = [" ".join(line.split()) for line in text("block").splitlines()]
    lines = [line for line in lines if line]
    skip = {header_key(n) for n in names if n}
    while lines and header_key(lines[0]) in skip:
        lines.pop(0)
    if not lines:
        street = " ".join(
            part for part in (text("number"), text("street_type"), text("street")) if part
        )
        town = " ".join(part for part in (text("postcode"), text("town")) if part)
        lines = [line for line in (street, text("complement"), town) if line]
    if lines:
        match = _TOWN_LINE.match(lines[-1])
        if match:  # French postal style: the town in capitals
            lines[-1] = f"{match.group(1)} {match.group(2).upper()}"
    return "\n".join(line[:MAX_LINE] for line in lines[-MAX_LINES:])


def addresses_by_dossier(
    sheet: RawSheet | None, names: Callable[[str], Sequence[str]]
) -> dict[str, str]:
    """The postal address of each dossier's own establishment in an ``Etablissements`` sheet
    (xlsx, ods): dossier number → address; ``names(number)`` gives the organisation's names.
    Empty when there is no such sheet or it has no header row (DS writes none when empty)."""
    if sheet is None:
        return {}
    top = next((i for i, r in enumerate(sheet.rows) if any(cell_text(c) for c in r)), None)
    if top is None:
        return {}
    headers = [cell_text(c) for c in sheet.rows[top]]
    keys = [header_key(h) for h in headers]
    if "dossier id" not in keys:
        return {}
    id_column = keys.index("dossier id")
    champ_column = keys.index("champ") if "champ" in keys else None
    columns = address_columns(headers)
    out: dict[str, str] = {}
    for row in sheet.rows[top + 1 :]:
        number = dossier_number(row[id_column]) if id_column < len(row) else ""
        champ = cell_text(row[champ_column]) if champ_column is not None else ""
        if not number or number in out or header_key(champ) not in ("", "dossier"):
            continue  # a SIRET field of the form, not the dossier's own establishment
        address = postal_address(row, columns, names(number))
        if address:
            out[number] = address
    return out


def with_addresses(parsed: ParsedExport, sheet: RawSheet | None) -> ParsedExport:
    """``parsed`` with the addresses of an ``Etablissements`` sheet given to its dossiers that
    have none from their own row."""
    by_number = {d.number: d for d in parsed.dossiers}

    def names(number: str) -> tuple[str, ...]:
        d = by_number.get(number)
        return (d.candidate_name, d.registry_name) if d is not None else ()

    addresses = addresses_by_dossier(sheet, names)
    if not addresses:
        return parsed
    dossiers = tuple(
        dataclasses.replace(d, postal_address=addresses[d.number])
        if not d.postal_address and d.number in addresses
        else d
        for d in parsed.dossiers
    )
    return dataclasses.replace(parsed, dossiers=dossiers)
