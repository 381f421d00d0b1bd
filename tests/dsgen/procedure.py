"""A real procedure's export: the same answers as :mod:`dsgen.tables`, but the form's labels are
the procedure author's, not the default grid's (as every real procedure's will be).

:func:`procedure_tables` takes the sheets :func:`~dsgen.tables.build_tables` made and:

* renames every question of the grid (``PROCEDURE_LABELS``: grid label → the form's label);
* inserts a third ``Précisez`` field before the two of the grid (after ``Type de collectivité``),
  so that the grid's ``Précisez`` #1 is the export's #2 and #2 is #3: only the neighbours tell
  them apart;
* names the elected official's fields ``Élu référent : nom et prénom`` and
  ``Élu référent : fonction`` instead of the grid's ``[import]`` labels.
"""

from __future__ import annotations

from .form import PUBLIC_FIELDS, Field
from .tables import Cell, Table

_GRID_QUESTIONS = [
    f
    for f in PUBLIC_FIELDS
    if isinstance(f, Field) and not f.extra and 200 <= f.stable_id < 700 and f.label != "Précisez"
]
PROCEDURE_LABELS: dict[str, str] = {
    f.label: f"{f.stable_id // 100}.{f.stable_id % 100} – {f.label.rstrip(' ?')}"
    for f in _GRID_QUESTIONS
}
"""The grid's question labels (all but ``Précisez``) → the procedure's."""
IDENTITY_RENAMES = {
    "Nom de l'élu porteur du dossier": "Élu référent : nom et prénom",
    "Fonction de l'élu porteur du dossier": "Élu référent : fonction",
}
EXTRA_PRECISEZ_AFTER = "Type de collectivité"
EXTRA_PRECISEZ_VALUE = "Commune nouvelle depuis 2019"


def procedure_tables(tables: list[Table]) -> list[Table]:
    """``tables`` with the procedure's labels in the ``Dossiers`` sheet (see the module)."""
    main = tables[0]
    renames = {**PROCEDURE_LABELS, **IDENTITY_RENAMES}
    header = [renames.get(h, h) for h in main.header]
    at = header.index(EXTRA_PRECISEZ_AFTER) + 1
    header.insert(at, "Précisez")
    rows: list[list[Cell]] = []
    for row in main.rows:
        row = list(row)
        row.insert(at, EXTRA_PRECISEZ_VALUE)
        rows.append(row)
    return [Table(main.name, header, rows), *tables[1:]]
