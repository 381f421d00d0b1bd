"""The importer against ``tests/dsgen``: realistic exports in every format and variant, and
every hostile file it makes."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from test_import_support import unchanged_file

from tnl_jury.domain.errors import UserError
from tnl_jury.io.ds.errors import AttachmentsError, ExportError, MappingNeededError, NotUtf8Error
from tnl_jury.io.ds.parse import ParsedExport, ParseOptions, parse_export
from tnl_jury.services.edition import new_jury_file
from tnl_jury.services.importing import ImportOptions, ZipLimits, preview_import, run_import
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

dsgen = pytest.importorskip("dsgen")
pytest_plugins = ["dsgen.fixtures"]

STANDARD = ["xlsx", "ods", "csv", "xlsx_pre2024", "ods_pre2024", "csv_pre2024", "csv_semicolon",
            "csv_bom"]  # fmt: skip
TEMPLATE = ["xlsx_template", "ods_template", "csv_template"]
MiB = 1024 * 1024


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Callable[[], JuryFile]]:
    opened: list[JuryFile] = []

    def make() -> JuryFile:
        jf = new_jury_file(tmp_path / f"j{len(opened)}.tnlj", year=2026)
        opened.append(jf)
        return jf

    yield make
    for jf in opened:
        jf.close()


def _parsed(path: Path, **options: object) -> ParsedExport:
    from tnl_jury.domain.grid_file import load_grid
    from tnl_jury.paths import default_grid_path

    hints = load_grid(default_grid_path()).import_hints
    return parse_export(path, ParseOptions(hints=hints, **options))  # type: ignore[arg-type]


def _answers(parsed: ParsedExport) -> dict[str, list[tuple[str, int, str]]]:
    return {
        d.number: [(a.label, a.occurrence, a.value) for a in d.answers] for d in parsed.dossiers
    }


@pytest.mark.parametrize("key", STANDARD)
def test_standard_exports_match_the_model(ds_export_files: object, key: str) -> None:
    export = ds_export_files.export  # type: ignore[attr-defined]
    parsed = _parsed(ds_export_files[key])  # type: ignore[index]
    expected = [str(d.id) for d in export.dossiers if d.state != "Classé sans suite"]
    assert [d.number for d in parsed.dossiers] == expected
    assert [s.number for s in parsed.skipped] == [
        str(d.id) for d in export.dossiers if d.state == "Classé sans suite"
    ]
    assert parsed.variant == ("pre2024" if "pre2024" in key else "current")
    for d in parsed.dossiers:
        model = export.by_id(int(d.number))
        assert d.candidate_name == model.name  # the form's own name field (#14)
        assert d.registry_name == model.etablissement.entreprise_raison_sociale
        assert d.state == model.state
        assert d.deposited_at is not None
        assert abs(d.deposited_at.timestamp() - model.deposited_at.replace(tzinfo=None).timestamp()
                   + model.deposited_at.utcoffset().total_seconds()) < 1  # fmt: skip
        labels = [(a.label, a.occurrence) for a in d.answers]
        assert ("Précisez", 2) in labels and len(labels) == len(set(labels))
        if not key.startswith("csv"):
            assert len(d.blocks) == sum(len(rows) for rows in model.rows.values())
            assert len(d.notes) == len(model.avis)


def test_formats_read_the_same_answers(ds_export_files: object) -> None:
    files = ds_export_files
    reference = _answers(_parsed(files["xlsx"]))  # type: ignore[index]
    for key in ("ods", "csv", "csv_semicolon", "csv_bom"):
        assert _answers(_parsed(files[key])) == reference, key  # type: ignore[index]
    pre2024 = _answers(_parsed(files["xlsx_pre2024"]))  # type: ignore[index]
    for key in ("ods_pre2024", "csv_pre2024"):
        assert _answers(_parsed(files[key])) == pre2024, key  # type: ignore[index]


def test_individual_procedure(ds_export_files: object) -> None:
    parsed = _parsed(ds_export_files["xlsx_individual"])  # type: ignore[index]
    model = ds_export_files.individual_export  # type: ignore[attr-defined]
    assert parsed.identity.name_source == "grid"
    assert [(d.number, d.candidate_name) for d in parsed.dossiers] == [
        (str(d.id), d.name) for d in model.dossiers if d.state != "Classé sans suite"
    ]
    assert all(a.label not in ("Civilité", "Prénom") for a in parsed.dossiers[0].answers)


@pytest.mark.parametrize("key", TEMPLATE)
def test_template_exports(ds_export_files: object, key: str, fresh: Callable[[], JuryFile]) -> None:
    jf = fresh()
    path = ds_export_files[key]  # type: ignore[index]
    assert preview_import(jf, path).needs == ("number", "candidate_name")
    report = run_import(jf, path, options=ImportOptions(id_column="Numéro",
                                                        name_column="Demandeur"))  # fmt: skip
    model = ds_export_files.export  # type: ignore[attr-defined]
    # The template calls the state column "Statut": recognised by its values, so dossiers
    # classés sans suite are left out as in a standard export.
    closed = [d for d in model.dossiers if d.state == "Classé sans suite"]
    assert closed
    assert report.variant == "template"
    assert report.counts.new == len(model.dossiers) - len(closed)
    assert report.counts.skipped == len(closed)
    assert any("“Statut” (D): read as the dossiers' state" in w for w in map(str, report.warnings))
    again = run_import(jf, path)  # the saved mapping
    assert again.counts.unchanged == len(model.dossiers) - len(closed)
    everything = run_import(jf, path, options=ImportOptions(include_closed=True))
    assert everything.counts.new == len(closed)
    with jf.reader() as session:
        answers = session.scalars(select(m.Answer.label).distinct()).all()
    assert "Statut" not in answers  # the state is not an answer to the questionnaire


def test_whole_import_with_attachments(
    ds_export_files: object, fresh: Callable[[], JuryFile]
) -> None:
    jf = fresh()
    files = ds_export_files
    report = run_import(jf, files["xlsx"], files["zip"])  # type: ignore[index]
    model = files.export  # type: ignore[attr-defined]
    imported = [d for d in model.dossiers if d.state != "Classé sans suite"]
    with zipfile.ZipFile(files["zip"]) as zf:  # type: ignore[index]
        names = [n for n in zf.namelist() if not n.endswith("/")]
    expected_files = [n for n in names if any(f"/dossier-{d.id}/" in n for d in imported)]
    a = report.attachments
    assert a.stored + a.duplicates == len(expected_files)
    assert a.duplicates >= 1  # two dossiers hold a byte-identical file
    with jf.reader() as session:
        assert session.scalar(select(func.count()).select_from(m.Attachment)) == len(expected_files)
        summaries = session.scalar(
            select(func.count()).select_from(m.Attachment).where(m.Attachment.kind == "ds_summary")
        )
    assert summaries == len(imported)
    assert any("could not include" in w for w in map(str, report.warnings))
    # the pre-2024 zip (root named after the export) of the same export: nothing new
    again = run_import(jf, files["xlsx_pre2024"], files["zip_pre2024"])  # type: ignore[index]
    assert again.attachments.stored <= len(imported)  # only DS's regenerated summaries, if any
    deflated = run_import(jf, files["xlsx"], files["zip_deflated"])  # type: ignore[index]
    assert deflated.counts.changed == 0 or deflated.counts.unchanged + deflated.counts.changed


# -- hostile files -------------------------------------------------------------------------

REFUSED_ZIPS = {
    "zip_traversal": "climbs out",
    "zip_backslash_traversal": "climbs out",
    "zip_absolute": "absolute",
    "zip_symlink": "symbolic link",
    "zip_encrypted": "encrypted",
    "zip_bomb": "",
    "zip_bad_crc": "damaged",
    "zip_truncated": "not a readable zip",
    "zip_duplicate_entry": "appears twice",
    "zip_not_a_zip": "not a readable zip",
}


@pytest.fixture(scope="module")
def small_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dsgen's small export (the dossiers of its ``zip_unknown_dossier``)."""
    export = dsgen.make_export(3, seed=7)
    return dsgen.write_xlsx(tmp_path_factory.mktemp("small") / "small.xlsx", export)


@pytest.fixture(scope="module")
def export_of_hostile_zips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An export holding dossier 21034567, whose folder the hostile zips fill."""
    from test_import_support import D, make_export

    return make_export(tmp_path_factory.mktemp("hostile-export"), [D(21034567), D(21034568)])


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize("kind", sorted(REFUSED_ZIPS))
def test_hostile_zips_are_refused(
    ds_hostile: Callable[..., Path],
    export_of_hostile_zips: Path,
    fresh: Callable[[], JuryFile],
    kind: str,
) -> None:
    jf = fresh()
    run_import(jf, export_of_hostile_zips)
    with unchanged_file(jf) as reopened, pytest.raises(AttachmentsError) as err:
        run_import(reopened, export_of_hostile_zips, ds_hostile(kind))
    assert f"{kind}.zip" in str(err.value) and REFUSED_ZIPS[kind] in str(err.value)


def test_too_large_zip_is_refused(
    ds_hostile: Callable[..., Path], small_export: Path, fresh: Callable[[], JuryFile]
) -> None:
    path = ds_hostile("zip_too_large", total=300 * MiB, entries=6)  # smaller than the default
    options = ImportOptions(limits=ZipLimits(max_total_bytes=256 * MiB))
    with unchanged_file(fresh()) as jf, pytest.raises(AttachmentsError, match="refused"):
        run_import(jf, small_export, path, options=options)


def test_unknown_dossier_folder_is_a_warning(
    ds_hostile: Callable[..., Path], small_export: Path, fresh: Callable[[], JuryFile]
) -> None:
    report = run_import(fresh(), small_export, ds_hostile("zip_unknown_dossier"))
    assert report.attachments.rejected == 1
    assert any("dossier-999999 matches no dossier" in w for w in map(str, report.warnings))


BROKEN_FILES: dict[str, tuple[type[UserError], str]] = {
    "xlsx_truncated": (ExportError, "damaged"),
    "empty_xlsx": (ExportError, "empty"),
    "empty_csv": (ExportError, "empty"),
    "xlsx_no_id_column": (MappingNeededError, "dossier number"),
    "xlsx_duplicate_id": (ExportError, r"row 3 \(dossier \d+\), column “ID” \(A\): .*twice"),
    "xlsx_id_not_number": (ExportError, r"row 4, column “ID” \(A\): “DS-\d+” is not a dossier"),
    "xlsx_no_rows": (ExportError, "no dossier"),
    "csv_no_rows": (ExportError, "no dossier"),
    "csv_latin1": (NotUtf8Error, "not UTF-8"),
}


@pytest.mark.parametrize("kind", sorted(BROKEN_FILES))
def test_broken_spreadsheets_are_refused(
    ds_hostile: Callable[..., Path], fresh: Callable[[], JuryFile], kind: str
) -> None:
    error, message = BROKEN_FILES[kind]
    path = ds_hostile(kind)
    with unchanged_file(fresh()) as jf, pytest.raises(error, match=message) as err:
        run_import(jf, path)
    assert str(err.value).startswith(path.name)


@pytest.mark.parametrize(
    ("kind", "warning"),
    [
        ("xlsx_is_csv", "named .xlsx but holds csv"),
        ("xlsx_no_dossiers_sheet", "no sheet is named “Dossiers”"),
        ("csv_wrong_row_length", "3 fields fewer than the header"),
    ],
)
def test_odd_spreadsheets_are_read_with_a_warning(
    ds_hostile: Callable[..., Path], fresh: Callable[[], JuryFile], kind: str, warning: str
) -> None:
    report = run_import(fresh(), ds_hostile(kind))
    assert report.counts.new == 3
    assert any(warning in w for w in map(str, report.warnings))
