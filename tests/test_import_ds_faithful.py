"""The importer against exports built the way Démarches Simplifiées' own source writes them
(``tests/dsgen/rodf.py`` and friends), not the way our reader expects them (issue #14)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tnl_jury.io.ds.errors import ExportError
from tnl_jury.io.ds.parse import parse_export
from tnl_jury.io.ds.reader import detect_format
from tnl_jury.services.importing import run_import
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

dsgen = pytest.importorskip("dsgen")
from dsgen.rodf import save_rodf_ods  # noqa: E402


@pytest.fixture(scope="module")
def rodf_ods(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    export = dsgen.make_export()
    path = tmp_path_factory.mktemp("rodf") / f"{export.base_name}.ods"
    save_rodf_ods(path, dsgen.build_tables(export, "ods"))
    return path, export


def test_rodf_ods_has_no_mimetype_member(rodf_ods: tuple[Path, object]) -> None:
    path, _ = rodf_ods
    with zipfile.ZipFile(path) as zf:
        assert "mimetype" not in zf.namelist()
        assert "content.xml" in zf.namelist()


def test_rodf_ods_is_read_as_ods(rodf_ods: tuple[Path, object]) -> None:
    path, export = rodf_ods
    assert detect_format(path) == "ods"
    parsed = parse_export(path)
    expected = [str(d.id) for d in export.dossiers if d.state != "Classé sans suite"]  # type: ignore[attr-defined]
    assert [d.number for d in parsed.dossiers] == expected
    first = export.dossiers[0]  # type: ignore[attr-defined]
    d = next(d for d in parsed.dossiers if d.number == str(first.id))
    assert d.candidate_name == first.etablissement.entreprise_raison_sociale
    assert d.state == first.state
    assert len(d.blocks) == sum(len(rows) for rows in first.rows.values())


def test_rodf_ods_imports(jury_file: JuryFile, rodf_ods: tuple[Path, object]) -> None:
    path, export = rodf_ods
    report = run_import(jury_file, path)
    assert report.format == "ods"
    with jury_file.reader() as session:
        assert session.scalar(select(func.count()).select_from(m.Dossier)) == report.counts.new
    assert report.counts.new == sum(
        1
        for d in export.dossiers  # type: ignore[attr-defined]
        if d.state != "Classé sans suite"
    )


def test_a_zip_with_a_manifest_of_another_odf_type_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lettre.ods"
    manifest = dsgen.rodf.MANIFEST.replace("spreadsheet", "text")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("META-INF/manifest.xml", manifest)
        zf.writestr("content.xml", "<x/>")
    with pytest.raises(ExportError) as caught:
        detect_format(path)
    assert "lettre.ods" in str(caught.value)
    assert "opendocument.text" in str(caught.value)


def test_a_rodf_ods_whose_content_is_too_big_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "enorme.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("META-INF/manifest.xml", dsgen.rodf.MANIFEST)
        with zf.open("content.xml", "w") as member:  # 210 MB of spaces, written in chunks
            for _ in range(210):
                member.write(b" " * (1024 * 1024))
    with pytest.raises(ExportError) as caught:
        parse_export(path)
    assert "enorme.ods" in str(caught.value)
    assert "too big" in str(caught.value)
