"""The secretariat maps the procedure's questions to the grid's criteria (issue #14, item 2):
an export whose labels are the procedure author's, not the grid's."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tnl_jury.domain.errors import RuleError
from tnl_jury.services.ds_mapping import (
    NOT_IN_FORM,
    ColumnRef,
    load_mapping,
    save_mapping,
)
from tnl_jury.services.edition import new_jury_file
from tnl_jury.services.importing import answers_by_criterion, preview_import, run_import
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile, open_jury_file

dsgen = pytest.importorskip("dsgen")
from dsgen.procedure import IDENTITY_RENAMES, PROCEDURE_LABELS, procedure_tables  # noqa: E402
from dsgen.rodf import save_rodf_ods  # noqa: E402


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    export = dsgen.make_export()
    folder = tmp_path_factory.mktemp("procedure")
    tables = dsgen.build_tables(export, "xlsx")
    ods = procedure_tables(dsgen.build_tables(export, "ods"))
    csv = procedure_tables(dsgen.build_tables(export, "csv"))
    return {
        "model": export,
        "procedure": dsgen.save_xlsx(folder / "procedure.xlsx", procedure_tables(tables)),
        "procedure-ods": save_rodf_ods(folder / "procedure.ods", ods),  # DS's own ods (rodf)
        "procedure-csv": dsgen.save_csv(folder / "procedure.csv", csv[0]),
        "standard": dsgen.save_xlsx(folder / "standard.xlsx", tables),
    }


FULL_MAPPING = {
    **{ColumnRef(grid): ColumnRef(form) for grid, form in PROCEDURE_LABELS.items()},
    ColumnRef("Précisez", 1): ColumnRef("Précisez", 2),
    ColumnRef("Précisez", 2): ColumnRef("Précisez", 3),
}
IDENTITY = {
    "official_name": ColumnRef(IDENTITY_RENAMES["Nom de l'élu porteur du dossier"]),
    "official_function": ColumnRef(IDENTITY_RENAMES["Fonction de l'élu porteur du dossier"]),
}


def _by_criterion(jf: JuryFile, number: str) -> dict[str, list[tuple[str, str]]]:
    with jf.reader() as session:
        dossier_id = session.scalar(select(m.Dossier.id).where(m.Dossier.ds_number == number))
    assert dossier_id is not None
    grouped = answers_by_criterion(jf, dossier_id)
    return {
        c.code: [(a.value_type, a.value) for a in c.answers]
        for d in grouped.domains
        for c in d.criteria
    }


def test_unmapped_export_says_what_it_did_not_map(
    jury_file: JuryFile, exports: dict[str, Path]
) -> None:
    report = run_import(jury_file, exports["procedure"])
    texts = [str(w) for w in report.warnings]
    assert any("criterion STRAT-1" in t and "none of its questions" in t for t in texts)
    assert any("30 of the grid's 30 questions were not found" in t for t in texts), texts
    assert any("identity field “elected official”: not found" in t for t in texts)
    mapping = report.to_json()["mapping"]
    strat1 = next(c for c in mapping["criteria"] if c["code"] == "STRAT-1")
    assert strat1["missing"] == [
        "Votre collectivité a-t-elle adopté une stratégie numérique favorisant le logiciel libre ?",
        "Décrivez les enjeux de cette stratégie",
    ]
    precisez = [
        q for c in mapping["criteria"] for q in c["questions"] if q["question"] == "Précisez"
    ]
    assert [(q["column"], q["ambiguous"]) for q in precisez] == [(None, True), (None, True)]
    neighbours = [c for c in mapping["columns"] if c["label"] == "Précisez"]
    assert [c["before"] for c in neighbours] == [
        "Type de collectivité",
        "4.4 – Quels logiciels métiers libres utilisez-vous",
        "5.3 – Contribuez-vous à des projets de logiciels libres",
    ]


@pytest.mark.parametrize("key", ["procedure", "procedure-ods", "procedure-csv"])
def test_mapped_answers_sit_beside_their_criteria(
    tmp_path: Path, exports: dict[str, object], key: str
) -> None:
    model = exports["model"]
    with (
        new_jury_file(tmp_path / "a.tnlj", year=2026) as mapped,
        new_jury_file(tmp_path / "b.tnlj", year=2026) as standard,
    ):
        save_mapping(mapped, FULL_MAPPING, IDENTITY)
        report = run_import(mapped, exports[key])  # type: ignore[arg-type]
        run_import(standard, exports["standard"])  # type: ignore[arg-type]
        texts = [str(w) for w in report.warnings]
        assert not any("criterion" in t or "not found in the export" in t for t in texts), texts
        for d in model.dossiers:  # type: ignore[attr-defined]
            if d.state == "Classé sans suite":
                continue
            got = _by_criterion(mapped, str(d.id))
            assert got == _by_criterion(standard, str(d.id))
            assert sum(len(v) for v in got.values()) == 30  # every question, answered or not
            if d.answers[405] is not None:  # "Précisez" #1, the export's #2
                assert ("text", d.answers[405]) in got["LOGICIELS-2"]
            if d.answers[504] is not None:  # "Précisez" #2, the export's #3
                assert ("text", d.answers[504]) in got["COMM-2"]
        with mapped.reader() as session:
            rows = session.execute(select(m.Dossier.ds_number, m.Dossier.official_name))
            officials = {number: name for number, name in rows}
        for d in model.dossiers:  # type: ignore[attr-defined]
            if str(d.id) in officials:
                assert officials[str(d.id)] == d.answers[107]


def test_the_mapping_is_kept_and_reused(tmp_path: Path, exports: dict[str, Path]) -> None:
    path = tmp_path / "kept.tnlj"
    with new_jury_file(path, year=2026) as jf:
        save_mapping(jf, {ColumnRef("Précisez", 2): ColumnRef("Précisez", 3)})
        save_mapping(jf, {ColumnRef("Précisez", 1): NOT_IN_FORM})
    with open_jury_file(path) as jf:
        saved = load_mapping(jf)
        assert saved.questions[("precisez", 2)] == ColumnRef("Précisez", 3)
        assert saved.questions[("precisez", 1)] == NOT_IN_FORM
        preview = preview_import(jf, exports["procedure"])
        assert preview.mapping is not None
        precisez = [q for q in preview.mapping.questions if q.label == "Précisez"]
        assert [(q.column, q.source) for q in precisez] == [
            (None, "excluded"),
            (ColumnRef("Précisez", 3), "saved"),
        ]
        save_mapping(jf, {ColumnRef("Précisez", 2): None})  # forget: back to the label
        assert ("precisez", 2) not in load_mapping(jf).questions


def test_a_question_the_grid_lacks_is_refused_and_nothing_written(jury_file: JuryFile) -> None:
    with jury_file.reader() as session:
        before = session.scalar(select(func.count()).select_from(m.AuditEvent))
    with pytest.raises(RuleError) as caught:
        save_mapping(
            jury_file,
            {ColumnRef("Précisez", 1): ColumnRef("X"), ColumnRef("Nulle part"): ColumnRef("Y")},
        )
    assert "Nulle part" in str(caught.value)
    assert load_mapping(jury_file).questions == {}
    with jury_file.reader() as session:
        assert session.scalar(select(func.count()).select_from(m.AuditEvent)) == before


def test_saving_records_one_audit_event(jury_file: JuryFile) -> None:
    save_mapping(jury_file, dict(list(FULL_MAPPING.items())[:3]), IDENTITY)
    with jury_file.reader() as session:
        event = session.scalar(select(m.AuditEvent).order_by(m.AuditEvent.id.desc()).limit(1))
    assert event is not None and event.action == "import.mapping"
    assert len(event.details["changes"]) == 5


KNOWN_PROCEDURE = """
[[import.questions]]
question = "Précisez"
occurrence = 1
column = "Précisez"
column_occurrence = 2

[[import.questions]]
question = "Précisez"
occurrence = 2
column = "Précisez"
column_occurrence = 3
"""


def test_a_grid_file_carries_a_known_procedures_mapping(
    tmp_path: Path, exports: dict[str, object]
) -> None:
    from tnl_jury.paths import default_grid_path

    grid = tmp_path / "grid.toml"
    grid.write_text(default_grid_path().read_text(encoding="utf-8") + KNOWN_PROCEDURE, "utf-8")
    with new_jury_file(tmp_path / "known.tnlj", year=2026, grid_path=grid) as jf:
        assert load_mapping(jf).questions == {
            ("precisez", 1): ColumnRef("Précisez", 2),
            ("precisez", 2): ColumnRef("Précisez", 3),
        }
        preview = preview_import(jf, exports["procedure"])  # type: ignore[arg-type]
        assert preview.mapping is not None
        found = {(q.label, q.occurrence): q.column for q in preview.mapping.questions}
        assert found[("Précisez", 2)] == ColumnRef("Précisez", 3)


def test_a_grid_mapping_naming_no_question_is_refused(tmp_path: Path) -> None:
    from tnl_jury.domain.errors import GridError
    from tnl_jury.domain.grid_file import load_grid
    from tnl_jury.paths import default_grid_path

    grid = tmp_path / "grid.toml"
    wrong = KNOWN_PROCEDURE.replace(
        'occurrence = 2\ncolumn = "Précisez"', 'occurrence = 3\ncolumn = "Précisez"'
    )
    grid.write_text(default_grid_path().read_text(encoding="utf-8") + wrong, "utf-8")
    with pytest.raises(GridError) as caught:
        load_grid(grid)
    assert "import.questions[2].question" in str(caught.value)
    assert "is no question of a criterion" in str(caught.value)
