"""Self-tests of the DS export generator (tests/dsgen): the files say what the reference says."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import shutil
import stat
import subprocess
import time
import tomllib
import zipfile
from pathlib import Path

import pytest
from dsgen import (
    HOSTILE_KINDS,
    IDENTITY_LABELS,
    ExportFiles,
    build_tables,
    generate_export_files,
    make_export,
    make_hostile,
    make_large_export,
    zip_members,
)
from dsgen.archive import ERRORS_FILE
from dsgen.form import field_by_label
from dsgen.model import PARIS, STATES, Export
from dsgen.tables import ETABLISSEMENTS_HEADER, SIRET_BLOCK, TEMPLATE_HEADER
from python_calamine import CalamineWorkbook

GRID = Path(__file__).resolve().parent.parent / "resources" / "grids" / "tnl-default.toml"
DS_TEXT_DATE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}$")
CURRENT_FIXED = [
    "ID",
    "Email",
    "FranceConnect ?",
    "Entreprise raison sociale",
    "À archiver",
    "État du dossier",
    "Dernière mise à jour le",
    "Dernière mise à jour du dossier le",
    "Déposé le",
    "Passé en instruction le",
    "Traité le",
    "Motivation de la décision",
    "Instructeurs",
    "Groupe instructeur",
]
BLOCK_SHEET = "(88731) Logiciels libres deplo"


def sheet(path: Path, name: str = "Dossiers") -> list[list[object]]:
    return CalamineWorkbook.from_path(path).get_sheet_by_name(name).to_python()


def read_csv(path: Path, encoding: str = "utf-8", delimiter: str = ",") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def grid_questions() -> list[str]:
    grid = tomllib.loads(GRID.read_text(encoding="utf-8"))
    return [
        q if isinstance(q, str) else q["label"]
        for domain in grid["domains"]
        for criterion in domain["criteria"]
        for q in criterion["questions"]
    ]


def column(rows: list[list[object]], header: str, occurrence: int = 1) -> list[object]:
    index = [i for i, h in enumerate(rows[0]) if h == header][occurrence - 1]
    return [r[index] for r in rows[1:]]


# --- spreadsheets -------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["xlsx", "ods", "xlsx_pre2024", "ods_pre2024"])
def test_sheet_names_and_order(ds_export_files: ExportFiles, key: str) -> None:
    names = CalamineWorkbook.from_path(ds_export_files[key]).sheet_names
    assert names == ["Dossiers", "Etablissements", "Avis", BLOCK_SHEET]  # empty block: no sheet
    assert len(BLOCK_SHEET) == 30 and not set("/\\*?[]") & set(BLOCK_SHEET)


def test_current_xlsx_header(ds_export_files: ExportFiles) -> None:
    header = sheet(ds_export_files["xlsx"])[0]
    assert header[: len(CURRENT_FIXED)] == CURRENT_FIXED
    for question in grid_questions():
        assert question in header
    for label in IDENTITY_LABELS.values():
        assert header.count(label) == 1
    assert header.count("Précisez") == 2
    i = header.index("Commune du siège")
    assert header[i + 1 : i + 3] == [
        "Commune du siège (Code INSEE)",
        "Commune du siège (Département)",
    ]
    assert header[header.index("Département") + 1] == "Département (Code)"
    # private annotations come after every public field
    assert header.index("Avis du rapporteur") > header.index(
        "J'atteste sur l'honneur l'exactitude des informations fournies"
    )
    assert len(header) == len(set(header)) + 1  # only "Précisez" repeats


def test_current_xlsx_values(ds_export_files: ExportFiles, ds_export: Export) -> None:
    rows = sheet(ds_export_files["xlsx"])
    assert column(rows, "ID") == [str(d.id) for d in ds_export.dossiers]
    deposits = column(rows, "Déposé le")
    assert all(isinstance(v, dt.datetime) for v in deposits) and deposits == sorted(deposits)
    first = ds_export.dossiers[0].deposited_at.astimezone(PARIS).replace(tzinfo=None)
    assert deposits[0] == first
    assert set(column(rows, "État du dossier")) == set(STATES)
    assert set(column(rows, "FranceConnect ?")) <= {"true", "false"}
    assert set(column(rows, "À archiver")) == {"true", "false"}
    yes_no = "Vos serveurs fonctionnent-ils sous GNU/Linux ?"
    assert set(column(rows, yes_no)) <= {"Oui", "Non", ""}
    assert set(column(rows, "Visite sur site effectuée")) <= {"on", "off"}
    assert all(re.fullmatch(r".+ \(\d{5}\)", str(v)) for v in column(rows, "Commune du siège"))
    assert all(" – " in str(v) for v in column(rows, "Commune du siège (Département)"))
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\d|", str(v)) for v in column(rows, "Date de la délibération")
    )
    stamps = column(rows, "Date et heure du dernier comité de pilotage")
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00[+-]\d\d:\d\d|", str(v)) for v in stamps)
    assert any(
        ", " in str(v) for v in column(rows, "Quels logiciels métiers libres utilisez-vous ?")
    )
    assert any(";" in str(v) for v in column(rows, "Quel logiciel de messagerie utilisez-vous ?"))
    removed = column(rows, "Utilisez-vous encore des logiciels propriétaires ?")
    assert all(v == "" for v in removed[3:]) and any(removed[:3])
    texts = " ".join(str(v) for v in rows[1] + rows[2] + rows[3] + rows[4])
    assert "\n" in texts and "«" in texts
    # quirk: an unanswered number is 0 since 2024; the model keeps None
    numbers = [
        f for f in ("Nombre de jeux de données publiés", "Nombre total de postes de travail")
    ]
    for label in numbers:
        raw = [d.answers[field_by_label(label).stable_id] for d in ds_export.dossiers]
        assert [v or 0 for v in raw] == column(rows, label)
    assert None in [d.answers[602] for d in ds_export.dossiers] + [
        d.answers[408] for d in ds_export.dossiers
    ]
    precisez_2 = field_by_label("Précisez", 2).stable_id
    assert column(rows, "Précisez", 2)[3] == ds_export.dossiers[3].answers[precisez_2]


def test_ods_and_csv_dates_are_text(ds_export_files: ExportFiles) -> None:
    for rows in (sheet(ds_export_files["ods"]), read_csv(ds_export_files["csv"])):
        deposits = column(rows, "Déposé le")
        assert all(DS_TEXT_DATE.match(str(v)) for v in deposits)
        assert {str(v)[-5:] for v in deposits} == {"+0100", "+0200"}  # winter and summer time
        assert all(isinstance(v, str) for v in column(rows, "ID"))
    avis = sheet(ds_export_files["ods"], "Avis")
    assert all(DS_TEXT_DATE.match(str(v)) for v in column(avis, "Créé le"))
    assert all(
        isinstance(v, dt.datetime)
        for v in column(sheet(ds_export_files["xlsx"], "Avis"), "Créé le")
    )


def test_etablissements_avis_and_block_sheets(
    ds_export_files: ExportFiles, ds_export: Export
) -> None:
    ids = {str(d.id) for d in ds_export.dossiers}
    etab = sheet(ds_export_files["xlsx"], "Etablissements")
    assert etab[0] == list(ETABLISSEMENTS_HEADER) and len(etab[0]) == 34
    assert etab[0][:4] == ["Dossier ID", "Champ", "Établissement SIRET", "Etablissement enseigne"]
    assert etab[0][4:] == list(SIRET_BLOCK[1:])
    assert {r[0] for r in etab[1:]} == ids and {r[1] for r in etab[1:]} == {"Dossier"}
    avis = sheet(ds_export_files["xlsx"], "Avis")
    assert avis[0][:3] == ["Dossier ID", "Question / Introduction", "Réponse"]
    assert len(avis) > 1 and {r[0] for r in avis[1:]} <= ids
    block = sheet(ds_export_files["xlsx"], BLOCK_SHEET)
    assert block[0] == [
        "Dossier ID",
        "Ligne",
        "Nom du logiciel",
        "Métier",
        "Année de mise en service",
    ]
    assert {r[0] for r in block[1:]} <= ids and {r[1] for r in block[1:]} >= {1.0, 2.0}


def test_pre2024_variant(ds_export_files: ExportFiles) -> None:
    current, old = sheet(ds_export_files["xlsx"])[0], sheet(ds_export_files["xlsx_pre2024"])[0]
    gone = {"FranceConnect ?", "Dernière mise à jour du dossier le", "À archiver"}
    gone |= {h for h in current if h.endswith(("(Code)", "(Code INSEE)", "(Département)"))}
    assert set(current) - set(old) == gone
    assert set(old) - set(current) == {"Archivé"}
    assert "Archivé" in read_csv(ds_export_files["csv_pre2024"])[0]
    rows = sheet(ds_export_files["xlsx_pre2024"])
    assert "" in column(rows, "Nombre de jeux de données publiés")  # no 0 for "unanswered"


def test_individual_procedure(ds_export_files: ExportFiles) -> None:
    header = sheet(ds_export_files["xlsx_individual"])[0]
    assert header[:9] == [
        "ID",
        "Email",
        "FranceConnect ?",
        "Civilité",
        "Nom",
        "Prénom",
        "Dépôt pour un tiers",
        "Nom du mandataire",
        "Prénom du mandataire",
    ]
    assert "Entreprise raison sociale" not in header
    assert "Établissement SIRET" not in read_csv(ds_export_files["csv_individual"])[0]


def test_template_variant(ds_export_files: ExportFiles) -> None:
    names = CalamineWorkbook.from_path(ds_export_files["xlsx_template"]).sheet_names
    assert names == ["Dossiers"]
    for key in ("xlsx_template", "ods_template"):
        rows = sheet(ds_export_files[key])
        assert rows[0] == list(TEMPLATE_HEADER)
        row = rows[1]
        assert isinstance(row[0], float) and isinstance(row[4], dt.datetime)
        assert isinstance(row[11], bool) and any(isinstance(r[10], dt.date) for r in rows[1:])
    assert read_csv(ds_export_files["csv_template"])[0] == list(TEMPLATE_HEADER)


def test_csv_export_and_options(ds_export_files: ExportFiles) -> None:
    raw = ds_export_files["csv"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\n")
    rows = read_csv(ds_export_files["csv"])
    header = rows[0]
    assert header[3 : 3 + 31] == list(SIRET_BLOCK)
    assert (
        header[: len(CURRENT_FIXED) + 30]
        == CURRENT_FIXED[:3] + list(SIRET_BLOCK) + CURRENT_FIXED[4:]
    )
    assert all(len(r) == len(header) for r in rows)
    assert raw.count(b"\r\n") == 1  # only inside the quoted Windows-style long text
    semicolon = read_csv(ds_export_files["csv_semicolon"], delimiter=";")
    assert semicolon == rows
    bom = ds_export_files["csv_bom"].read_bytes()
    assert bom.startswith(b"\xef\xbb\xbf") and bom[3:] == raw
    latin = ds_export_files["csv_cp1252"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        latin.decode("utf-8")
    assert read_csv(ds_export_files["csv_cp1252"], "cp1252", ";") == rows
    assert "œ".encode("cp1252") in latin and "–".encode("cp1252") in latin


def test_every_grid_question_in_every_standard_export(ds_export_files: ExportFiles) -> None:
    questions = set(grid_questions())
    for key in ("ods", "xlsx_pre2024", "ods_pre2024"):
        assert questions <= set(sheet(ds_export_files[key])[0])
    for key in ("csv", "csv_pre2024"):
        assert questions <= set(read_csv(ds_export_files[key])[0])


def test_generation_is_deterministic_and_fast(tmp_path: Path) -> None:
    started = time.perf_counter()
    generate_export_files(tmp_path / "a")
    assert time.perf_counter() - started < 3.0
    first, second = make_export(), make_export()
    for fmt in ("xlsx", "ods", "csv"):
        assert build_tables(first, fmt) == build_tables(second, fmt)  # type: ignore[arg-type]
    assert build_tables(make_export(seed=1), "csv") != build_tables(first, "csv")


# --- attachment zip ------------------------------------------------------------------------


def test_attachment_zip_layout(ds_export_files: ExportFiles, ds_export: Export) -> None:
    with zipfile.ZipFile(ds_export_files["zip"]) as zf:
        files = [i for i in zf.infolist() if not i.is_dir()]
        assert [i.filename for i in files] == zip_members(ds_export)
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
        assert zf.testzip() is None
        assert {n.split("/")[0] for n in zf.namelist()} == {"export"}
        summary = re.compile(
            r"export/dossier-(\d+)/export-\1-\d\d-\d\d-\d{4}-\d\d-\d\d-\d{1,4}\.pdf"
        )
        assert sum(bool(summary.fullmatch(i.filename)) for i in files) == len(ds_export.dossiers)
        pj = [i.filename for i in files if "/pieces_justificatives/" in i.filename]
        assert all(re.search(r"-\d\d-\d\d-\d{4}-\d\d-\d\d-\d{1,4}\.(pdf|png|odt)$", n) for n in pj)
        by_hash: dict[str, set[str]] = {}
        for name in pj:
            digest = hashlib.sha256(zf.read(name)).hexdigest()
            by_hash.setdefault(digest, set()).add(name.split("/")[1])
        assert any(len(folders) == 2 for folders in by_hash.values())  # same file, two dossiers
        errors = zf.read(f"export/{ERRORS_FILE}").decode()
        assert "scan-illisible" in errors and "scan-illisible" not in " ".join(zf.namelist())
        assert any("/messagerie/" in n for n in zf.namelist())
        assert any("/avis/" in n for n in zf.namelist())
        pdf = zf.read(files[0].filename)
        png = next(zf.read(n) for n in pj if n.endswith(".png"))
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    with zipfile.ZipFile(ds_export_files["zip_pre2024"]) as zf:
        assert {n.split("/")[0] for n in zf.namelist()} == {ds_export.base_name}
    with zipfile.ZipFile(ds_export_files["zip_deflated"]) as zf:
        assert {i.compress_type for i in zf.infolist() if not i.is_dir()} == {zipfile.ZIP_DEFLATED}


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_generated_pdfs_are_valid(ds_export_files: ExportFiles, tmp_path: Path) -> None:
    with zipfile.ZipFile(ds_export_files["zip"]) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".pdf"))
        (tmp_path / "x.pdf").write_bytes(zf.read(name))
    result = subprocess.run(["qpdf", "--check", str(tmp_path / "x.pdf")], capture_output=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --- hostile files -------------------------------------------------------------------------


def _names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        return zf.namelist()


CHECKS = {
    "zip_traversal": lambda p: "../evil.txt" in _names(p),
    "zip_backslash_traversal": lambda p: "export\\..\\..\\evil.txt" in _names(p),
    "zip_absolute": lambda p: "/etc/x" in _names(p),
    "zip_symlink": lambda p: stat.S_ISLNK(zipfile.ZipFile(p).infolist()[-1].external_attr >> 16),
    "zip_encrypted": lambda p: zipfile.ZipFile(p).infolist()[0].flag_bits & 0x1,
    "zip_bad_crc": lambda p: zipfile.ZipFile(p).testzip() is not None,
    "zip_truncated": lambda p: not zipfile.is_zipfile(p) and p.stat().st_size > 1000,
    "zip_duplicate_entry": lambda p: len(set(_names(p))) == 1 and len(_names(p)) == 2,
    "zip_unknown_dossier": lambda p: any(n.startswith("export/dossier-999999/") for n in _names(p)),
    "zip_not_a_zip": lambda p: not zipfile.is_zipfile(p) and p.read_bytes().startswith(b"%PDF"),
    "xlsx_is_csv": lambda p: p.read_bytes().startswith(b"ID,Email,"),
    "empty_xlsx": lambda p: p.stat().st_size == 0,
    "empty_csv": lambda p: p.stat().st_size == 0,
    "xlsx_no_id_column": lambda p: "ID" not in sheet(p)[0] and len(sheet(p)) == 4,
    "xlsx_duplicate_id": lambda p: sheet(p)[1][0] == sheet(p)[2][0],
    "xlsx_id_not_number": lambda p: str(sheet(p)[3][0]).startswith("DS-"),
    "xlsx_no_rows": lambda p: len(sheet(p)) == 1 and sheet(p)[0][0] == "ID",
    "xlsx_no_dossiers_sheet": lambda p: CalamineWorkbook.from_path(p).sheet_names[0] == "Feuille1",
    "csv_wrong_row_length": lambda p: len(read_csv(p)[2]) == len(read_csv(p)[0]) - 3,
    "csv_latin1": lambda p: read_csv(p, "cp1252", ";")[0][0] == "ID",
    "csv_no_rows": lambda p: len(read_csv(p)) == 1,
}


@pytest.mark.parametrize("kind", sorted(set(HOSTILE_KINDS) - {"zip_bomb", "zip_too_large"}))
def test_hostile_file_is_what_it_claims(ds_hostile, kind: str) -> None:  # type: ignore[no-untyped-def]
    if kind == "xlsx_truncated":
        path = ds_hostile(kind)
        with pytest.raises(Exception):  # noqa: B017 - any calamine error will do
            CalamineWorkbook.from_path(path).get_sheet_by_name("Dossiers").to_python()
        return
    assert CHECKS[kind](ds_hostile(kind))


def test_encrypted_entry_cannot_be_read_without_password(ds_hostile) -> None:  # type: ignore[no-untyped-def]
    with (
        zipfile.ZipFile(ds_hostile("zip_encrypted")) as zf,
        pytest.raises(RuntimeError, match="password"),
    ):
        zf.read(zf.namelist()[0])


def test_zip_bomb_ratio(ds_hostile) -> None:  # type: ignore[no-untyped-def]
    path = ds_hostile("zip_bomb")
    (info,) = zipfile.ZipFile(path).infolist()
    assert info.file_size == 200 * 2**20 and path.stat().st_size < 300_000
    assert info.file_size / info.compress_size > 500


def test_zip_too_large_has_modest_ratio(tmp_path: Path) -> None:
    path = make_hostile("zip_too_large", tmp_path, total=24 * 2**20, entries=3)
    infos = zipfile.ZipFile(path).infolist()
    total = sum(i.file_size for i in infos)
    assert total == 24 * 2**20 and len(infos) == 3
    assert 5 < total / sum(i.compress_size for i in infos) < 50


def test_unknown_hostile_kind(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown hostile kind"):
        make_hostile("nope", tmp_path)


# --- LibreOffice and the large export -------------------------------------------------------


@pytest.mark.slow
def test_libreoffice_round_trip(office_written_exports: dict[str, Path], ds_export: Export) -> None:
    ids = [str(d.id) for d in ds_export.dossiers]
    for key in ("xlsx_to_ods", "xlsx_to_xlsx", "ods_to_xlsx"):
        path = office_written_exports[key]
        assert CalamineWorkbook.from_path(path).sheet_names[:3] == [
            "Dossiers",
            "Etablissements",
            "Avis",
        ]
        rows = sheet(path)
        assert column(rows, "ID") == ids and rows[0].count("Précisez") == 2
    csv_xlsx = office_written_exports["csv_to_xlsx"]
    (name,) = CalamineWorkbook.from_path(csv_xlsx).sheet_names  # the file's stem, cut to 31
    csv_rows = sheet(csv_xlsx, name)
    assert column(csv_rows, "ID") == [float(i) for i in ids]  # LibreOffice typed the IDs


def test_large_export_small(tmp_path: Path) -> None:
    paths = make_large_export(tmp_path, dossiers=20, columns=40, attachments=30)
    rows = sheet(paths["xlsx"])
    assert len(rows) == 21 and all(len(r) == 40 for r in rows) and rows[0][0] == "ID"
    with zipfile.ZipFile(paths["zip"]) as zf:
        assert sum("/pieces_justificatives/" in n for n in zf.namelist()) == 30
        assert zf.testzip() is None


def test_csv_reads_back_through_io(ds_export_files: ExportFiles) -> None:
    text = ds_export_files["csv"].read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0][0] == "ID"
