"""The io layer of the Démarches Simplifiées importer: reading, columns, typing, parsing, zips."""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from test_import_support import (
    FIXED_CURRENT,
    Q_DETAILS,
    Q_STRATEGY,
    Q_WORKSTATIONS,
    D,
    make_export,
    pdf_bytes,
    write_csv,
    write_xlsx,
    write_zip,
)

from tnl_jury.domain.grid import ImportHints
from tnl_jury.domain.grid_file import load_grid
from tnl_jury.io.ds.attachments import EntryError, ZipLimits, ZipStreamer, scan_zip
from tnl_jury.io.ds.columns import analyse_header
from tnl_jury.io.ds.errors import AttachmentsError, ExportError, NotUtf8Error, column_letter
from tnl_jury.io.ds.identity import departement_code, kind_from_text
from tnl_jury.io.ds.parse import ColumnMapping, ParseOptions, parse_export
from tnl_jury.io.ds.reader import detect_format
from tnl_jury.io.ds.values import paris_to_utc, to_utc, type_cell
from tnl_jury.paths import default_grid_path

HINTS = load_grid(default_grid_path()).import_hints


def parse(path: Path, **options: object) -> object:
    return parse_export(path, ParseOptions(hints=HINTS, **options))  # type: ignore[arg-type]


# -- values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (2.0, ("number", "2")),
        (2.5, ("number", "2.5")),
        (0.0, ("number", "0")),  # an unanswered number since 2024: kept, typed number
        (True, ("boolean", "Oui")),
        ("Oui", ("boolean", "Oui")),
        ("Non", ("boolean", "Non")),
        ("true", ("boolean", "Oui")),  # a template's yes/no in csv reads as its boolean cell
        ("false", ("boolean", "Non")),
        ("off", ("boolean", "off")),
        (dt.date(2024, 3, 5), ("date", "2024-03-05")),
        (dt.datetime(2024, 3, 5, 14, 30), ("datetime", "2024-03-05T14:30:00")),
        ("2024-03-05", ("date", "2024-03-05")),
        ("2024-03-05T14:30:00+01:00", ("datetime", "2024-03-05T14:30:00+01:00")),
        ("2024-03-05 14:30:12 +0100", ("datetime", "2024-03-05 14:30:12 +0100")),
        ("2024-13-45", ("text", "2024-13-45")),
        ("12", ("number", "12")),
        ("01000", ("text", "01000")),  # a postal code is not a number
        ("1,5", ("number", "1,5")),
        ("Une phrase\nsur deux lignes", ("text", "Une phrase\nsur deux lignes")),
        ("  ", ("empty", "")),
        (None, ("empty", "")),
        ("", ("empty", "")),
    ],
)
def test_cells_are_typed_only_where_certain(cell: object, expected: tuple[str, str]) -> None:
    assert type_cell(cell) == expected  # type: ignore[arg-type]


def test_dossier_dates_are_read_into_utc() -> None:
    assert to_utc("2024-03-05 14:30:12 +0100") == dt.datetime(2024, 3, 5, 13, 30, 12)
    assert to_utc("2024-07-05T14:30:00+02:00") == dt.datetime(2024, 7, 5, 12, 30)
    # xlsx cells are Paris local time: winter +1, summer +2, around the switch too
    assert to_utc(dt.datetime(2024, 1, 10, 12, 0)) == dt.datetime(2024, 1, 10, 11, 0)
    assert to_utc(dt.datetime(2024, 7, 10, 12, 0)) == dt.datetime(2024, 7, 10, 10, 0)
    assert paris_to_utc(dt.datetime(2024, 3, 31, 1, 59)) == dt.datetime(2024, 3, 31, 0, 59)
    assert paris_to_utc(dt.datetime(2024, 3, 31, 3, 0)) == dt.datetime(2024, 3, 31, 1, 0)
    assert to_utc("") is None
    with pytest.raises(ValueError, match="not a date"):
        to_utc("hier")


def test_kind_and_departement_from_free_text() -> None:
    assert kind_from_text("Commune") == "commune"
    assert kind_from_text("EPCI") == "epci"
    assert kind_from_text("Communauté de communes du Pays de Lunel") == "epci"
    assert kind_from_text("Communauté d'agglomération") == "epci"
    assert kind_from_text("Métropole") == "epci"
    assert kind_from_text("Département") == "departement"
    assert kind_from_text("Conseil départemental") == "departement"
    assert kind_from_text("Région") == "region"
    assert kind_from_text("Syndicat mixte") == "other"
    assert kind_from_text("Association") is None
    assert departement_code("34 – Hérault") == "34"
    assert departement_code("2A - Corse-du-Sud") == "2A"
    assert departement_code("974 – La Réunion") == "974"
    assert departement_code("Hérault (34)") == "34"
    assert departement_code("Hérault") is None


# -- columns -----------------------------------------------------------------------------


def test_fixed_columns_are_recognised_wherever_they_stand() -> None:
    header = ["Nom de la collectivité", "ID", "Etat du dossier", "Déposé le", "Précisez"]
    layout = analyse_header(header)
    assert layout.fixed == {"id": 1, "state": 2, "deposited_at": 3}
    assert [a.label for a in layout.answers] == ["Nom de la collectivité", "Précisez"]
    assert layout.variant == "pre2024"


def test_duplicate_labels_and_companions() -> None:
    header = [*FIXED_CURRENT, "Département", "Département (Code)", "Commune",
              "Commune (Code INSEE)", "Commune (Département)", Q_DETAILS, "Nom", Q_DETAILS,
              "Budget (€)"]  # fmt: skip
    layout = analyse_header(header)
    assert layout.variant == "current"
    answers = [(a.label, a.occurrence, [k for k, _ in a.companions]) for a in layout.answers]
    assert answers == [
        ("Département", 1, ["Code"]),
        ("Commune", 1, ["Code INSEE", "Département"]),
        (Q_DETAILS, 1, []),
        ("Nom", 1, []),  # a form field named "Nom" after the fixed block is an answer
        (Q_DETAILS, 2, []),
        ("Budget (€)", 1, []),  # not the companion of an answer "Budget"
    ]


def test_person_columns_are_fixed_inside_the_fixed_block() -> None:
    header = ["ID", "Email", "Civilité", "Nom", "Prénom", "État du dossier", "Déposé le",
              "Instructeurs", "Nom"]  # fmt: skip
    layout = analyse_header(header)
    assert {"email", "civility", "last_name", "first_name"} <= set(layout.fixed)
    assert [(a.label, a.column) for a in layout.answers] == [("Nom", 8)]


def test_variants() -> None:
    assert analyse_header(["ID", "État du dossier", "FranceConnect ?"]).variant == "current"
    assert analyse_header(["ID", "État du dossier", "Archivé"]).variant == "pre2024"
    assert analyse_header(["N° dossier", "Demandeur"]).variant == "template"
    assert column_letter(0) == "A" and column_letter(27) == "AB"


# -- reading and parsing -----------------------------------------------------------------


def _dossiers() -> list[D]:
    return [
        D(1001, blocks=[("QGIS", 2012.0), ("webdelib", 2020.0)],
          avis=[("Votre avis ?", "Favorable", "expert@x.fr")]),
        D(1002, name="Communauté de communes du Lodévois", kind="EPCI",
          departement=("2A", "Corse-du-Sud"), workstations=0.0, contribute="Oui",
          details_2="Rapports de bogues"),
        D(1003, name="Brouillon", state="Brouillon"),
        D(1004, name="Sans suite", state="Classé sans suite"),
    ]  # fmt: skip


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "csv"])
@pytest.mark.parametrize("variant", ["current", "pre2024"])
def test_standard_exports_in_every_format(tmp_path: Path, fmt: str, variant: str) -> None:
    parsed = parse(make_export(tmp_path, _dossiers(), fmt, variant))
    assert parsed.format == fmt
    assert parsed.variant == variant
    assert parsed.needs == ()
    assert [d.number for d in parsed.dossiers] == ["1001", "1002"]
    assert [(s.number, s.reason) for s in parsed.skipped] == [("1003", "draft"), ("1004", "closed")]
    assert any("1003" in w and "draft" in w for w in map(str, parsed.warnings))
    assert any("1004" in w and "Classé sans suite" in w for w in map(str, parsed.warnings))
    first, second = parsed.dossiers
    assert first.candidate_name == "Ville de Montclar"  # the form's name field wins (#14)
    assert first.registry_name == "VILLE DE MONTCLAR"  # "Entreprise raison sociale", beside
    assert first.state == "En instruction"
    assert first.deposited_at == dt.datetime(2026, 3, 5, 13, 30, 12)
    assert (first.kind, first.departement_code) == ("commune", "34")
    assert (second.kind, second.departement_code) == ("epci", "2A")
    assert (first.official_name, first.official_function, first.referent_name) == (
        "Claire DUVAL", "Maire", "Julien MARTIN",
    )  # fmt: skip
    answers = {(a.label, a.occurrence): a for a in first.answers}
    assert answers[(Q_STRATEGY, 1)].value_type == "boolean"
    assert answers[(Q_WORKSTATIONS, 1)][3:5] == ("number", "12")
    assert answers[(Q_DETAILS, 1)].value == "LibreOffice partout"
    assert answers[(Q_DETAILS, 2)].value_type == "empty"
    assert answers[("Décrivez les enjeux de cette stratégie", 1)].value == (
        "Délibération de 2022 ;\nschéma directeur voté."
    )
    assert answers[("Date de la délibération", 1)][3:5] == ("date", "2022-05-13")
    second_answers = {(a.label, a.occurrence): a for a in second.answers}
    assert second_answers[(Q_WORKSTATIONS, 1)][3:5] == ("number", "0")
    assert second_answers[(Q_DETAILS, 2)].value == "Rapports de bogues"
    if variant == "current":
        assert answers[("Département", 1)].companions == {"Code": "34"}
        assert answers[("Commune du siège", 1)].companions == {
            "Code INSEE": "34172", "Département": "34 – Hérault",
        }  # fmt: skip
    else:
        assert answers[("Département", 1)].companions == {}
    if fmt == "csv":
        assert first.blocks == () and first.notes == ()
    else:
        assert [(b.block_key, b.block_label, b.row_number) for b in first.blocks] == [
            ("88731", "Logiciels libres deplo", 1), ("88731", "Logiciels libres deplo", 2),
        ]  # fmt: skip
        assert [(c.label, c.value) for c in first.blocks[1].cells] == [
            ("Nom du logiciel", "webdelib"), ("Année", "2020"),
        ]  # fmt: skip
        assert [(n.question, n.answer, n.author) for n in first.notes] == [
            ("Votre avis ?", "Favorable", "expert@x.fr")
        ]


def test_options_include_drafts_and_closed(tmp_path: Path) -> None:
    path = make_export(tmp_path, _dossiers())
    parsed = parse(path, include_drafts=True, include_closed=True)
    assert [d.number for d in parsed.dossiers] == ["1001", "1002", "1003", "1004"]
    assert parsed.skipped == ()


def test_name_from_the_grid_hint_when_no_raison_sociale(tmp_path: Path) -> None:
    rows = [["ID", "État du dossier", "Nom de la collectivité", "Type de collectivité"],
            ["7", "En instruction", "Ville de Sète", "Commune"]]  # fmt: skip
    parsed = parse(write_xlsx(tmp_path / "e.xlsx", {"Dossiers": rows}))
    assert parsed.identity.name_source == "grid"
    assert parsed.dossiers[0].candidate_name == "Ville de Sète"
    no_hint = parse_export(tmp_path / "e.xlsx", ParseOptions(hints=ImportHints()))
    assert no_hint.needs == ("candidate_name",)
    assert [d.number for d in no_hint.dossiers] == ["7"]  # still counted for the preview


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "csv"])
def test_template_exports_need_the_identity_columns(tmp_path: Path, fmt: str) -> None:
    path = make_export(tmp_path, _dossiers()[:2], fmt, "template")
    parsed = parse(path)
    assert parsed.variant == "template"
    assert parsed.needs == ("number", "candidate_name")
    assert parsed.dossiers == ()
    chosen = parse(path, id_column="Numéro", name_column="Demandeur")
    assert chosen.needs == ()
    assert [(d.number, d.candidate_name) for d in chosen.dossiers] == [
        ("1001", "Ville de Montclar"), ("1002", "Communauté de communes du Lodévois"),
    ]  # fmt: skip
    labels = [a.label for a in chosen.dossiers[0].answers]
    assert "Numéro" not in labels and "Demandeur" not in labels
    assert chosen.dossiers[0].departement_code == "34"
    saved = parse(path, saved_mappings=(ColumnMapping("Numéro", "Demandeur"),))
    assert saved.identity.id_source == "saved" and saved.needs == ()
    if fmt != "csv":  # a real boolean cell
        assert chosen.dossiers[0].answers[labels.index(Q_STRATEGY)][3:5] == ("boolean", "Oui")


def test_csv_separator_bom_and_encoding(tmp_path: Path) -> None:
    rows = [["ID", "Entreprise raison sociale", "État du dossier", "Remarque"],
            ["5", "Ville d'Agde", "En instruction", "Réponse ; avec point-virgule"]]  # fmt: skip
    for name, delimiter, encoding in (("a.csv", ";", "utf-8"), ("b.csv", ",", "utf-8-sig")):
        parsed = parse(write_csv(tmp_path / name, rows, delimiter, encoding))
        assert parsed.dossiers[0].candidate_name == "Ville d'Agde"
        assert parsed.dossiers[0].answers[0].value == "Réponse ; avec point-virgule"
    with pytest.raises(NotUtf8Error, match=r"c\.csv: this file is not UTF-8 .*0xC9 on line 1"):
        parse(write_csv(tmp_path / "c.csv", rows, ";", "cp1252"))


def test_format_is_detected_by_content(tmp_path: Path) -> None:
    rows = [["ID", "Entreprise raison sociale", "État du dossier"], ["5", "X", "Accepté"]]
    misnamed = write_csv(tmp_path / "export.xlsx", rows)
    assert detect_format(misnamed) == "csv"
    parsed = parse(misnamed)
    assert parsed.format == "csv"
    assert any("named .xlsx but holds csv" in w for w in map(str, parsed.warnings))
    ods_named_csv = tmp_path / "x.csv"
    ods_named_csv.write_bytes(make_export(tmp_path, _dossiers(), "ods").read_bytes())
    assert detect_format(ods_named_csv) == "ods"
    attachments = write_zip(tmp_path / "a.xlsx", [("export/dossier-1/x.pdf", b"x")])
    with pytest.raises(ExportError, match="zip of attachments"):
        detect_format(attachments)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda rows: rows[2].__setitem__(0, ""), r"sheet “Dossiers”, row 3, column “ID” \(A\): "
         "the dossier number is empty"),
        (lambda rows: rows[2].__setitem__(0, "1001"), r"row 3 \(dossier 1001\), column “ID” "
         r"\(A\): dossier 1001 appears twice \(rows 2 and 3\)"),
        (lambda rows: rows[2].__setitem__(0, "DS-1002"), r"row 3, column “ID” \(A\): "
         "“DS-1002” is not a dossier number"),
        (lambda rows: rows.__delitem__(slice(1, None)), "there is no dossier in this export"),
    ],
)  # fmt: skip
def test_errors_name_file_sheet_row_and_column(tmp_path: Path, edit: object, message: str) -> None:
    from test_import_support import dossiers_table

    rows = dossiers_table(_dossiers()[:2], "xlsx", "current")
    edit(rows)  # type: ignore[operator]
    path = write_xlsx(tmp_path / "broken.xlsx", {"Dossiers": rows})
    with pytest.raises(ExportError, match=r"broken\.xlsx, .*" + message):
        parse(path)


def test_unknown_column_given_for_identity(tmp_path: Path) -> None:
    path = make_export(tmp_path, _dossiers(), "xlsx", "template")
    with pytest.raises(ExportError, match=r"sheet “Dossiers”: no column has the header “N° ID”"):
        parse(path, id_column="N° ID")


def test_damaged_spreadsheets_are_refused(tmp_path: Path) -> None:
    good = make_export(tmp_path, _dossiers())
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ExportError, match=r"cut\.xlsx: .*damaged"):
        parse(cut)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ExportError, match=r"empty\.csv: the file is empty"):
        parse(empty)
    old_xls = tmp_path / "old.xls"
    old_xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    with pytest.raises(ExportError, match="old Excel"):
        parse(old_xls)


def test_short_csv_rows_are_reported(tmp_path: Path) -> None:
    rows = [["ID", "Entreprise raison sociale", "État du dossier", "A", "B"],
            ["5", "X", "Accepté", "a", "b"], ["6", "Y", "Accepté"]]  # fmt: skip
    parsed = parse(write_csv(tmp_path / "short.csv", rows))
    assert [d.number for d in parsed.dossiers] == ["5", "6"]
    assert any("short.csv, row 3: 2 fields fewer" in w for w in map(str, parsed.warnings))


# -- attachments zip ---------------------------------------------------------------------


def test_zip_entries_are_sorted_by_dossier(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "a.zip", [
        ("dossiers_x_2023/dossier-12/export-12-01-02-2023-10-00-12.pdf", b"summary"),
        ("dossiers_x_2023/dossier-12/pieces_justificatives/plan-01-02-2023-09-59-3.pdf", b"p"),
        ("dossiers_x_2023/dossier-12/messagerie/message.txt", b"m"),
        ("dossiers_x_2023/dossier-13/avis/avis-1.pdf", b"a"),
        ("dossiers_x_2023/-LISTE-DES-FICHIERS-EN-ERREURS.txt", b"scan-illisible.pdf"),
        ("dossiers_x_2023/notes.txt", b"n"),
    ])  # fmt: skip
    scan = scan_zip(path)
    assert [(e.dossier_number, e.kind, e.file_name) for e in scan.entries] == [
        ("12", "ds_summary", "export-12-01-02-2023-10-00-12.pdf"),
        ("12", "piece", "plan.pdf"),
        ("12", "message", "message.txt"),
        ("13", "avis", "avis-1.pdf"),
    ]
    assert scan.outside == ("dossiers_x_2023/notes.txt",)
    assert scan.ds_error_list == "scan-illisible.pdf"
    assert scan.problems == ()


def _hostile(tmp_path: Path, entry: zipfile.ZipInfo | str, data: bytes = b"x") -> Path:
    return write_zip(tmp_path / "h.zip", [("export/dossier-1/ok.pdf", pdf_bytes("ok")),
                                          (entry, data)])  # fmt: skip


def _symlink() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("export/dossier-1/pieces_justificatives/lien.pdf")
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    return info


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("../evil.txt", "climbs out"),
        ("export\\..\\..\\evil.txt", "climbs out"),
        ("/etc/passwd", "absolute"),
        ("C:/Windows/evil.txt", "absolute"),
        (_symlink(), "symbolic link"),
    ],
)
def test_hostile_entry_names_are_problems(tmp_path: Path, entry: object, problem: str) -> None:
    scan = scan_zip(_hostile(tmp_path, entry))  # type: ignore[arg-type]
    assert len(scan.problems) == 1 and problem in scan.problems[0].problem
    assert [e.name for e in scan.entries] == ["export/dossier-1/ok.pdf"]


def test_zip_limits(tmp_path: Path) -> None:
    bomb = write_zip(tmp_path / "bomb.zip", [("export/dossier-1/zeros.bin", bytes(3_000_000))],
                     zipfile.ZIP_DEFLATED)  # fmt: skip
    scan = scan_zip(bomb, ZipLimits(max_ratio=50, ratio_floor_bytes=1_000_000))
    assert "compression ratio" in scan.problems[0].problem
    scan = scan_zip(bomb, ZipLimits(max_entry_bytes=1_000_000))
    assert "per file" in scan.problems[0].problem
    with pytest.raises(AttachmentsError, match=r"bomb\.zip: the zip would unpack to .* refused"):
        scan_zip(bomb, ZipLimits(max_total_bytes=1_000_000))
    with pytest.raises(AttachmentsError, match="more than the limit of 0"):
        scan_zip(bomb, ZipLimits(max_entries=0))


def test_streaming_counts_bytes_and_checks_crc(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "z.zip", [("export/dossier-1/a.pdf", pdf_bytes("a" * 1000))])
    scan = scan_zip(path)
    with ZipStreamer(path) as streamer:
        assert b"".join(streamer.chunks(scan.entries[0])) == pdf_bytes("a" * 1000)
    raw = bytearray(path.read_bytes())
    raw[raw.index(b"aaaa")] ^= 0xFF  # one byte flipped in the data: bad CRC
    path.write_bytes(bytes(raw))
    with ZipStreamer(path) as streamer, pytest.raises(EntryError, match="damaged"):
        b"".join(streamer.chunks(scan.entries[0]))
    # Headers that lie: the limits hold while reading, whatever the central directory said.
    bomb = write_zip(tmp_path / "b.zip", [("export/dossier-1/zeros.bin", bytes(3_000_000))],
                     zipfile.ZIP_DEFLATED)  # fmt: skip
    entry = scan_zip(bomb, ZipLimits(max_ratio=10**9)).entries[0]
    limits = ZipLimits(max_ratio=50, ratio_floor_bytes=10)
    with ZipStreamer(bomb, limits) as streamer, pytest.raises(EntryError, match="ratio"):
        for _ in streamer.chunks(entry):
            pass
    says_small = replace(entry, size=1000)
    limits = ZipLimits(max_ratio=10**9)
    with (
        ZipStreamer(bomb, limits) as streamer,
        pytest.raises(EntryError, match="more than its declared size"),
    ):
        for _ in streamer.chunks(says_small):
            pass
    limits = ZipLimits(max_ratio=10**9, max_total_bytes=2_000_000)
    with (
        ZipStreamer(bomb, limits) as streamer,
        pytest.raises(AttachmentsError, match="unpacks to more than the limit"),
    ):
        for _ in streamer.chunks(entry):
            pass


def test_not_a_zip_and_truncated_zip_are_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "not.zip"
    pdf.write_bytes(pdf_bytes("hello"))
    with pytest.raises(AttachmentsError, match=r"not\.zip: this is not a readable zip"):
        scan_zip(pdf)
    good = write_zip(tmp_path / "g.zip", [("export/dossier-1/a.pdf", pdf_bytes("a" * 5000))])
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[:3000])
    with pytest.raises(AttachmentsError, match="not a readable zip"):
        scan_zip(cut)


def test_a_templates_state_column_is_recognised_by_its_values_only() -> None:
    """Whatever its header, a column holding nothing but Démarches Simplifiées states (in any
    case, accents or not) is the dossier's state; a question whose answers merely include such
    a word stays an answer; a header that says "État du dossier" needs no guessing."""
    from tnl_jury.io.ds.columns import analyse_header, with_state_column

    headers = ["N° dossier", "Demandeur", "Statut", "Avis du conseil", "Archivé"]
    values = {
        2: ["En instruction", "", "accepte", "Classé sans suite"],
        3: ["Accepté", "Accepté", "Reporté", ""],  # "Reporté" is no state
    }
    layout = analyse_header(headers, reserved={"id": 0, "name": 1})
    found = with_state_column(layout, lambda i: values.get(i, ["x"]))
    assert found.fixed["state"] == 2
    assert [a.label for a in found.answers] == ["Avis du conseil"]

    values[2] = ["", ""]  # an empty column says nothing
    assert with_state_column(layout, lambda i: values.get(i, ["x"])) is layout

    standard = analyse_header(["ID", "État du dossier", "Question"])
    assert with_state_column(standard, lambda i: ["Accepté"]) is standard
