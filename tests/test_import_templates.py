"""Exports "from a template" as Démarches Simplifiées writes them with its default headers, and
their zips with renamed dossier folders (issue #14, item 4)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tnl_jury.io.ds.attachments import scan_zip
from tnl_jury.io.ds.parse import ParsedExport, parse_export
from tnl_jury.services.importing import preview_import, run_import
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

dsgen = pytest.importorskip("dsgen")
from dsgen.rodf import save_rodf_ods  # noqa: E402
from dsgen.template import (  # noqa: E402
    DOSSIER_HEADERS,
    ds_template_table,
    template_files_expected,
    template_zip,
)

YES_NO = "Votre collectivité a-t-elle adopté une stratégie numérique favorisant le logiciel libre ?"
CHECKBOX = "J'atteste sur l'honneur l'exactitude des informations fournies"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    export = dsgen.make_export()
    folder = tmp_path_factory.mktemp("template")
    return {
        "model": export,
        "xlsx": dsgen.save_xlsx(folder / "t.xlsx", [ds_template_table(export, "xlsx")]),
        "ods": save_rodf_ods(folder / "t.ods", [ds_template_table(export, "ods")]),
        "csv": dsgen.save_csv(folder / "t.csv", ds_template_table(export, "csv")),
        "zip": template_zip(folder / "t.zip", export),
    }


def _answers(parsed: ParsedExport, number: str) -> dict[str, tuple[str, str]]:
    d = next(d for d in parsed.dossiers if d.number == number)
    return {a.label: (a.value_type, a.value) for a in d.answers}


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "csv"])
def test_default_headers_are_recognised(template: dict[str, object], fmt: str) -> None:
    parsed = parse_export(template[fmt])  # type: ignore[arg-type]
    model = template["model"]
    assert parsed.variant == "template"
    assert parsed.identity.id_column == "N° dossier"
    assert "number" not in parsed.needs
    kept = [d for d in model.dossiers if d.state != "Classé sans suite"]  # type: ignore[attr-defined]
    assert [d.number for d in parsed.dossiers] == [str(d.id) for d in kept]  # not "….0"
    for d, k in zip(parsed.dossiers, kept, strict=True):
        assert d.deposited_at is not None
        expected = k.deposited_at.astimezone(tz=None).timestamp()
        assert abs(d.deposited_at.timestamp() - expected + _utc_offset(d.deposited_at)) < 1
    labels = {a.label for a in parsed.dossiers[0].answers}
    assert not labels & set(DOSSIER_HEADERS)  # the dossier's own columns are not answers


def _utc_offset(naive_utc: object) -> float:
    import datetime as dt

    assert isinstance(naive_utc, dt.datetime)
    return naive_utc.replace(tzinfo=dt.UTC).timestamp() - naive_utc.timestamp()


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "csv"])
def test_yes_no_and_checkbox_cells_read_oui_non(template: dict[str, object], fmt: str) -> None:
    parsed = parse_export(template[fmt])  # type: ignore[arg-type]
    model = template["model"]
    assert len(parsed.dossiers) == 7
    for d in parsed.dossiers:
        k = model.by_id(int(d.number))  # type: ignore[attr-defined]
        answers = _answers(parsed, d.number)
        assert answers[YES_NO] == ("boolean", "Oui" if k.answers[201] else "Non")
        assert answers[CHECKBOX] == ("boolean", "Oui" if k.answers[702] else "Non")


def test_the_three_formats_read_alike(template: dict[str, object]) -> None:
    parsed = {fmt: parse_export(template[fmt]) for fmt in ("xlsx", "ods", "csv")}  # type: ignore[arg-type]
    reference = [[tuple(a) for a in d.answers] for d in parsed["xlsx"].dossiers]
    assert len(reference) == 7
    for fmt in ("ods", "csv"):
        assert [[tuple(a) for a in d.answers] for d in parsed[fmt].dossiers] == reference, fmt


def test_a_template_zip_with_renamed_folders_is_imported(
    jury_file: JuryFile, template: dict[str, object]
) -> None:
    model = template["model"]
    preview = preview_import(jury_file, template["xlsx"], template["zip"])  # type: ignore[arg-type]
    assert preview.attachments is not None and not preview.attachments.problems
    assert preview.attachments.outside == 0
    report = run_import(jury_file, template["xlsx"], template["zip"])  # type: ignore[arg-type]
    expected = template_files_expected(model)  # type: ignore[arg-type]
    kept = {str(d.id) for d in model.dossiers if d.state != "Classé sans suite"}  # type: ignore[attr-defined]
    with jury_file.reader() as session:
        rows = session.execute(
            select(m.Dossier.ds_number, m.Attachment.kind, func.count())
            .join(m.Attachment)
            .group_by(m.Dossier.ds_number, m.Attachment.kind)
        ).all()
    per_dossier: dict[str, int] = {}
    summaries = set()
    for number, kind, count in rows:
        per_dossier[number] = per_dossier.get(number, 0) + count
        if kind == "ds_summary":
            summaries.add(number)
    assert per_dossier == {n: c for n, c in expected.items() if n in kept}
    assert summaries == kept  # export-<id>.pdf is DS's summary
    assert report.attachments.rejected == sum(c for n, c in expected.items() if n not in kept)


def test_scan_without_numbers_still_refuses_nothing(template: dict[str, object]) -> None:
    scan = scan_zip(template["zip"])  # type: ignore[arg-type]
    assert not scan.problems
    assert scan.entries == () and scan.outside  # no dossier known: files are outside
