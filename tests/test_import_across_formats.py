"""Re-importing the same Démarches Simplifiées export in another format changes nothing
(issue #14, item 3): a csv cannot carry the repeated blocks and the experts' notes, so it never
deletes them; time stamps are compared to the second (DS's xlsx keeps fractions of a second,
its csv and ods text does not)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tnl_jury.services.importing import run_import
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

dsgen = pytest.importorskip("dsgen")
from dsgen.rodf import save_rodf_ods  # noqa: E402


def _with_fractions(tables: list[object]) -> list[object]:
    """DS's xlsx: date-time cells carry fractions of a second."""
    for table in tables:
        table.rows = [  # type: ignore[attr-defined]
            [c + dt.timedelta(milliseconds=374) if isinstance(c, dt.datetime) else c for c in row]
            for row in table.rows  # type: ignore[attr-defined]
        ]
    return tables


@pytest.fixture(scope="module")
def formats(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    export = dsgen.make_export()
    folder = tmp_path_factory.mktemp("formats")
    return {
        "xlsx": dsgen.save_xlsx(
            folder / "export.xlsx", _with_fractions(dsgen.build_tables(export, "xlsx"))
        ),
        "ods": save_rodf_ods(folder / "export.ods", dsgen.build_tables(export, "ods")),
        "csv": dsgen.write_csv(folder / "export.csv", export),
    }


def _side_rows(jf: JuryFile) -> tuple[int, int]:
    with jf.reader() as session:
        return (
            session.scalar(select(func.count()).select_from(m.AnswerBlockRow)) or 0,
            session.scalar(select(func.count()).select_from(m.DsNote)) or 0,
        )


@pytest.mark.parametrize(("first", "second"), [("xlsx", "csv"), ("xlsx", "ods"), ("ods", "csv")])
def test_the_same_export_in_another_format_changes_nothing(
    jury_file: JuryFile, formats: dict[str, Path], first: str, second: str
) -> None:
    done = run_import(jury_file, formats[first])
    blocks, notes = _side_rows(jury_file)
    assert blocks > 0 and notes > 0
    again = run_import(jury_file, formats[second])
    assert (again.counts.changed, again.counts.unchanged) == (0, done.counts.new)
    assert _side_rows(jury_file) == (blocks, notes)


def test_a_csv_keeps_blocks_and_notes_but_takes_changed_answers(
    jury_file: JuryFile, formats: dict[str, Path], tmp_path: Path
) -> None:
    run_import(jury_file, formats["xlsx"])
    blocks, notes = _side_rows(jury_file)
    export = dsgen.make_export()
    first = export.dossiers[0]
    first.answers[202] = "Une stratégie réécrite depuis."
    changed = dsgen.write_csv(tmp_path / "changed.csv", export)
    report = run_import(jury_file, changed)
    assert report.counts.changed == 1
    assert _side_rows(jury_file) == (blocks, notes)
    with jury_file.reader() as session:
        value = session.scalar(
            select(m.Answer.value)
            .join(m.Dossier)
            .where(
                m.Dossier.ds_number == str(first.id),
                m.Answer.label == "Décrivez les enjeux de cette stratégie",
            )
        )
    assert value == "Une stratégie réécrite depuis."
