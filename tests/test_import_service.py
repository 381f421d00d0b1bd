"""The import service: preview, run, re-import semantics, transactions, attachments."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from test_import_support import (
    Q_DETAILS,
    Q_SOFTWARE,
    Q_STAKES,
    Q_STRATEGY,
    D,
    make_export,
    pdf_bytes,
    row_counts,
    standard_zip,
    unchanged_file,
    write_xlsx,
    write_zip,
)

from tnl_jury.domain.errors import UserError
from tnl_jury.io.ds.errors import AttachmentsError, ExportError, MappingNeededError
from tnl_jury.services import audit, members, scores
from tnl_jury.services.importing import (
    ImportCancelled,
    ImportOptions,
    ZipLimits,
    acknowledge_answer_changes,
    answers_by_criterion,
    list_import_runs,
    preview_import,
    run_import,
)
from tnl_jury.storage import import_models as im
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile


def three() -> list[D]:
    return [
        D(1001, blocks=[("QGIS", 2012.0)], avis=[("Votre avis ?", "Favorable", "e@x.fr")]),
        D(
            1002,
            name="Communauté de communes du Lodévois",
            kind="EPCI",
            departement=("2A", "Corse"),
        ),
        D(1003, name="Région Occitanie", kind="Région", state="Accepté"),
        D(1004, state="Brouillon"),
    ]


def dossier(jf: JuryFile, number: str) -> m.Dossier:
    with jf.reader() as session:
        found = session.scalar(select(m.Dossier).where(m.Dossier.ds_number == number))
        assert found is not None
        session.expunge(found)
        return found


def answers(jf: JuryFile, number: str) -> dict[tuple[str, int], m.Answer]:
    with jf.reader() as session:
        rows = session.scalars(
            select(m.Answer).join(m.Dossier).where(m.Dossier.ds_number == number)
        ).all()
        for row in rows:
            session.expunge(row)
        return {(a.label, a.occurrence): a for a in rows}


def test_preview_then_import(jury_file: JuryFile, tmp_path: Path) -> None:
    export = make_export(tmp_path, three())
    attachments = standard_zip(tmp_path / "pj.zip", [1001, 1002, 1003, 1004, 999])
    before = row_counts(jury_file)
    preview = preview_import(jury_file, export, attachments)
    assert row_counts(jury_file) == before  # a preview writes nothing
    assert (preview.format, preview.variant, preview.needs) == ("xlsx", "current", ())
    assert (preview.counts.new, preview.counts.skipped) == (3, 1)
    assert [(d.number, d.status) for d in preview.dossiers] == [
        ("1001", "new"), ("1002", "new"), ("1003", "new"), ("1004", "skipped"),
    ]  # fmt: skip
    assert preview.attachments is not None and preview.attachments.unmatched_folders == ("999",)
    assert preview.can_import
    seen: list[tuple[int, int, str]] = []
    report = run_import(jury_file, export, attachments,
                        progress=lambda d, t, msg: seen.append((d, t, msg)))  # fmt: skip
    assert report.to_json() == {
        "format": "xlsx",
        "dossiers": {"new": 3, "changed": 0, "unchanged": 0, "skipped": 1},
        "attachments": {"stored": 7, "duplicates": 2, "rejected": 6},
        "warnings": [str(w) for w in report.warnings],
        "mapping": report.mapping.to_json() if report.mapping else None,
    }
    assert seen and seen[-1][0] == seen[-1][1]
    assert any("dossier-999 matches no dossier" in w for w in map(str, report.warnings))
    d = dossier(jury_file, "1002")
    assert (d.candidate_name, d.kind, d.departement_code) == (
        "Communauté de communes du Lodévois", "epci", "2A",  # the form's name (#14)
    )  # fmt: skip
    assert (d.official_name, d.official_function, d.referent_name) == (
        "Claire DUVAL", "Maire", "Julien MARTIN",
    )  # fmt: skip
    assert dossier(jury_file, "1003").kind == "region"
    with jury_file.reader() as session:
        kinds = sorted(
            (a.file_name, a.kind)
            for a in session.scalars(select(m.Attachment).join(m.Dossier).where(
                m.Dossier.ds_number == "1001"))
        )  # fmt: skip
        blocks = session.scalars(select(m.AnswerBlockRow)).all()
        notes = session.scalars(select(m.DsNote)).all()
        runs = session.scalars(select(im.ImportRun)).all()
        events = session.scalars(select(m.AuditEvent.action)).all()
    assert kinds == [("charte.pdf", "piece"), ("deliberation.pdf", "piece"),
                     ("export-1001-02-06-2026-09-14-1.pdf", "ds_summary")]  # fmt: skip
    assert [(b.block_key, b.row_number, b.cells[0]["value"]) for b in blocks] == [
        ("88731", 1, "QGIS")
    ]
    assert [(n.question, n.answer, n.author) for n in notes] == [
        ("Votre avis ?", "Favorable", "e@x.fr")
    ]
    assert len(runs) == 1 and runs[0].file_name == export.name and len(runs[0].sha256) == 64
    assert events.count("import.run") == 1
    assert list_import_runs(jury_file)[0].counts["new"] == 3
    assert audit.check_state(jury_file).ok


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "csv"])
def test_reimport_is_idempotent(jury_file: JuryFile, tmp_path: Path, fmt: str) -> None:
    export = make_export(tmp_path, three(), fmt)
    attachments = standard_zip(tmp_path / "pj.zip", [1001, 1002, 1003])
    run_import(jury_file, export, attachments)
    data_before = {k: v for k, v in row_counts(jury_file).items()
                   if k not in ("import_run", "audit_event")}  # fmt: skip
    answers_before = {k: (a.value, a.value_type, a.changed_at) for k, a in
                      answers(jury_file, "1001").items()}  # fmt: skip
    report = run_import(jury_file, export, attachments)
    assert report.to_json()["dossiers"] == {"new": 0, "changed": 0, "unchanged": 3, "skipped": 1}
    assert report.to_json()["attachments"] == {"stored": 0, "duplicates": 9, "rejected": 0}
    after = row_counts(jury_file)
    assert {k: v for k, v in after.items() if k not in ("import_run", "audit_event")} == (
        data_before
    )
    assert {k: (a.value, a.value_type, a.changed_at) for k, a in
            answers(jury_file, "1001").items()} == answers_before  # fmt: skip
    preview = preview_import(jury_file, export)
    assert (preview.counts.new, preview.counts.changed, preview.counts.unchanged) == (0, 0, 3)


def _score_everything(jury_file: JuryFile, number: str) -> tuple[int, int]:
    member = members.add_member(jury_file, "Zoé Œuvray")
    dossier_id = dossier(jury_file, number).id
    scores.set_score(jury_file, member.id, dossier_id, "STRAT-1", 3, comment="Solide")
    return member.id, dossier_id


def test_newer_export_updates_answers_and_keeps_scores(jury_file: JuryFile, tmp_path: Path) -> None:
    first = three()
    run_import(jury_file, make_export(tmp_path / "v1", first))
    member_id, scored_id = _score_everything(jury_file, "1001")
    with jury_file.transaction() as session:
        session.add(m.Decision(dossier_id=scored_id, level=3, motivation="Bravo"))
    unscored_id = dossier(jury_file, "1002").id
    newer = [
        replace(first[0], stakes="Nouvelle délibération en 2025", details_2="Ajout"),
        replace(first[1], software="QGIS, webdelib"),
        first[2],
        first[3],
    ]
    preview = preview_import(jury_file, make_export(tmp_path / "v2", newer))
    assert {d.number: (d.status, d.will_be_flagged) for d in preview.dossiers} == {
        "1001": ("changed", True), "1002": ("changed", False), "1003": ("unchanged", False),
        "1004": ("skipped", False),
    }  # fmt: skip
    report = run_import(jury_file, make_export(tmp_path / "v2", newer))
    assert report.to_json()["dossiers"] == {"new": 0, "changed": 2, "unchanged": 1, "skipped": 1}
    assert report.flagged == ("1001",)
    # scores, comments and decisions are kept
    kept = scores.list_scores(jury_file, dossier_id=scored_id)
    assert [(s.member_id, s.criterion_code, s.value, s.comment) for s in kept] == [
        (member_id, "STRAT-1", 3, "Solide")
    ]
    with jury_file.reader() as session:
        assert session.scalar(select(m.Decision.motivation)) == "Bravo"
    # the scored dossier is flagged, with the changed answers marked
    scored = dossier(jury_file, "1001")
    assert scored.answers_changed_at is not None
    marked = {k for k, a in answers(jury_file, "1001").items() if a.changed_at is not None}
    assert marked == {(Q_STAKES, 1), (Q_DETAILS, 2)}
    assert answers(jury_file, "1001")[(Q_STAKES, 1)].value == "Nouvelle délibération en 2025"
    # the dossier nobody scored yet: updated, not flagged
    assert dossier(jury_file, "1002").answers_changed_at is None
    assert answers(jury_file, "1002")[(Q_SOFTWARE, 1)].value == "QGIS, webdelib"
    assert all(a.changed_at is None for a in answers(jury_file, "1002").values())
    # the scoring screen sees the marks, then clears them
    grouped = answers_by_criterion(jury_file, scored_id)
    strat1 = grouped.domains[0].criteria[0]
    assert [(a.label, a.changed) for a in strat1.answers] == [(Q_STRATEGY, False), (Q_STAKES, True)]
    acknowledge_answer_changes(jury_file, scored_id)
    assert dossier(jury_file, "1001").answers_changed_at is None
    assert all(a.changed_at is None for a in answers(jury_file, "1001").values())
    assert unscored_id == dossier(jury_file, "1002").id  # updated in place, same id


def test_a_later_identical_import_keeps_the_marks(jury_file: JuryFile, tmp_path: Path) -> None:
    run_import(jury_file, make_export(tmp_path / "v1", three()))
    _score_everything(jury_file, "1001")
    newer = [replace(three()[0], stakes="Changé"), *three()[1:]]
    run_import(jury_file, make_export(tmp_path / "v2", newer))
    newest = [replace(newer[0], remarks="Encore"), *newer[1:]]
    run_import(jury_file, make_export(tmp_path / "v3", newest))
    marked = {k for k, a in answers(jury_file, "1001").items() if a.changed_at is not None}
    assert marked == {(Q_STAKES, 1), ("Remarques complémentaires", 1)}


def test_missing_dossier_is_flagged_not_deleted(jury_file: JuryFile, tmp_path: Path) -> None:
    run_import(jury_file, make_export(tmp_path / "v1", three()))
    _score_everything(jury_file, "1002")
    report = run_import(jury_file, make_export(tmp_path / "v2", [three()[0], three()[2]]))
    assert report.missing == ("1002",)
    assert any("1002" in w and "not deleted" in w for w in map(str, report.warnings))
    gone = dossier(jury_file, "1002")
    assert gone.missing_from_last_import
    assert scores.list_scores(jury_file, dossier_id=gone.id)  # its scores are still there
    run_import(jury_file, make_export(tmp_path / "v1", three()))
    assert not dossier(jury_file, "1002").missing_from_last_import


def test_closed_later_is_skipped_but_its_state_updated(jury_file: JuryFile, tmp_path: Path) -> None:
    run_import(jury_file, make_export(tmp_path / "v1", three()))
    closed = [replace(three()[0], state="Classé sans suite"), *three()[1:]]
    report = run_import(jury_file, make_export(tmp_path / "v2", closed))
    assert report.counts.skipped == 2 and report.missing == ()
    kept = dossier(jury_file, "1001")
    assert kept.ds_state == "Classé sans suite" and not kept.missing_from_last_import
    included = run_import(
        jury_file,
        make_export(tmp_path / "v2", closed),
        options=ImportOptions(include_closed=True, include_drafts=True),
    )
    assert included.counts.new == 1 and included.counts.skipped == 0


def test_template_mapping_is_saved_and_reused(jury_file: JuryFile, tmp_path: Path) -> None:
    export = make_export(tmp_path, three(), "xlsx", "template")
    preview = preview_import(jury_file, export)
    assert preview.needs == ("number", "candidate_name") and not preview.can_import
    assert "Numéro" in preview.columns
    with unchanged_file(jury_file) as jf, pytest.raises(MappingNeededError, match="Numéro"):
        run_import(jf, export)
    from tnl_jury.storage.jury_file import open_jury_file

    jf = open_jury_file(jury_file.path)
    try:
        options = ImportOptions(id_column="Numéro", name_column="Demandeur")
        report = run_import(jf, export, options=options)
        # The template's state column ("Statut") is recognised by its values: the draft stays out.
        assert report.variant == "template"
        assert (report.counts.new, report.counts.skipped) == (3, 1)
        assert dossier(jf, "1002").candidate_name == "Communauté de communes du Lodévois"
        again = preview_import(jf, export)  # no options: the saved mapping is used
        assert again.needs == () and again.identity.id_source == "saved"
        assert run_import(jf, export).counts.unchanged == 3
        with jf.reader() as session:
            assert session.scalars(select(im.ImportMapping.id_column)).all() == ["Numéro"]
    finally:
        jf.close()


def test_answers_by_criterion(jury_file: JuryFile, tmp_path: Path) -> None:
    run_import(jury_file, make_export(tmp_path, [D(1001, details_2="Code reversé")]))
    grouped = answers_by_criterion(jury_file, dossier(jury_file, "1001").id)
    assert [d.code for d in grouped.domains] == ["STRAT", "INTEROP", "LOGICIELS", "COMM", "DATA"]
    logiciels2 = next(c for d in grouped.domains for c in d.criteria if c.code == "LOGICIELS-2")
    assert [(a.label, a.occurrence, a.value) for a in logiciels2.answers] == [
        (Q_SOFTWARE, 1, "QGIS, openCimetière"), (Q_DETAILS, 1, "LibreOffice partout"),
    ]  # fmt: skip
    comm2 = next(c for d in grouped.domains for c in d.criteria if c.code == "COMM-2")
    assert [(a.label, a.occurrence, a.value) for a in comm2.answers][-1] == (
        Q_DETAILS, 2, "Code reversé",
    )  # fmt: skip
    interop1 = next(c for d in grouped.domains for c in d.criteria if c.code == "INTEROP-1")
    assert interop1.answers == () and len(interop1.unanswered) == 2
    other = [a.label for a in grouped.other]
    assert "Nom de la collectivité" in other and Q_STRATEGY not in other
    departement = next(a for a in grouped.other if a.label == "Département")
    assert departement.companions == (("Code", "34"),)


# -- everything or nothing ---------------------------------------------------------------


def _loaded(jury_file: JuryFile, tmp_path: Path) -> None:
    run_import(jury_file, make_export(tmp_path / "v1", three()),
               standard_zip(tmp_path / "v1" / "pj.zip", [1001]))  # fmt: skip
    _score_everything(jury_file, "1001")


def test_cancel_leaves_the_file_unchanged(jury_file: JuryFile, tmp_path: Path) -> None:
    _loaded(jury_file, tmp_path)
    newer = [replace(d, remarks="v2") for d in three()] + [D(1005)]
    export = make_export(tmp_path / "v2", newer)
    zip_ = standard_zip(tmp_path / "v2" / "pj.zip", [1001, 1002, 1003, 1005])
    calls = 0

    def cancel_late() -> bool:  # cancel once dossiers and some files are written
        nonlocal calls
        calls += 1
        return calls > 8

    with unchanged_file(jury_file) as jf, pytest.raises(ImportCancelled, match="nothing"):
        run_import(jf, export, zip_, cancelled=cancel_late)


def test_bad_row_leaves_the_file_unchanged(jury_file: JuryFile, tmp_path: Path) -> None:
    _loaded(jury_file, tmp_path)
    from test_import_support import dossiers_table

    rows = dossiers_table(three(), "xlsx", "current")
    rows[3][0] = "1001"
    broken = write_xlsx(tmp_path / "broken.xlsx", {"Dossiers": rows})
    with (
        unchanged_file(jury_file) as jf,
        pytest.raises(
            ExportError,
            match=r"broken\.xlsx, sheet “Dossiers”, row 4 \(dossier 1001\), column “ID”",
        ),
    ):
        run_import(jf, broken)


HOSTILE = {
    "traversal": [("../evil.txt", b"pwned")],
    "backslash": [("export\\..\\..\\evil.txt", b"pwned")],
    "absolute": [("/etc/x", b"pwned")],
    "duplicate": [("export/dossier-1001/a.pdf", b"one"), ("export/dossier-1001/a.pdf", b"two")],
}


def _symlink_zip(path: Path) -> Path:
    info = zipfile.ZipInfo("export/dossier-1001/pieces_justificatives/lien.pdf")
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    return write_zip(path, [("export/dossier-1001/ok.pdf", b"ok"), (info, b"/etc/passwd")])


def _encrypted_zip(path: Path) -> Path:
    write_zip(path, [("export/dossier-1001/secret.pdf", pdf_bytes("secret"))])
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature)
        data[at + offset] |= 0x1
    path.write_bytes(bytes(data))
    return path


def _bad_crc_zip(path: Path) -> Path:
    write_zip(path, [("export/dossier-1001/a.pdf", pdf_bytes("x" * 500))])
    data = bytearray(path.read_bytes())
    data[data.index(b"xxxx")] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def _bomb_zip(path: Path) -> Path:
    return write_zip(path, [("export/dossier-1001/zeros.pdf", bytes(5_000_000))],
                     zipfile.ZIP_DEFLATED)  # fmt: skip


def _truncated_zip(path: Path) -> Path:
    standard_zip(path, [1001, 1002])
    path.write_bytes(path.read_bytes()[:300])
    return path


@pytest.mark.filterwarnings("ignore:Duplicate name:UserWarning")
@pytest.mark.parametrize(
    ("make", "message", "limits"),
    [
        *[(lambda p, e=e: write_zip(p, [("export/dossier-1001/ok.pdf", b"ok"), *e]), msg, None)
          for e, msg in zip(HOSTILE.values(), ["climbs out", "climbs out", "absolute",
                                               "appears twice"], strict=True)],
        (_symlink_zip, "symbolic link", None),
        (_encrypted_zip, "encrypted", None),
        (_bad_crc_zip, "damaged", None),
        (_bomb_zip, "compression ratio", ZipLimits(ratio_floor_bytes=1_000_000)),
        (_bomb_zip, "per file", ZipLimits(max_entry_bytes=1_000_000)),
        (_bomb_zip, "would unpack to", ZipLimits(max_total_bytes=1_000_000)),
        (_truncated_zip, "not a readable zip", None),
        (lambda p: p.write_bytes(pdf_bytes("not a zip")) and p, "not a readable zip", None),
    ],
)  # fmt: skip
def test_hostile_zips_are_refused_and_nothing_is_written(
    jury_file: JuryFile, tmp_path: Path, make: object, message: str, limits: ZipLimits | None
) -> None:
    _loaded(jury_file, tmp_path)
    export = make_export(tmp_path / "v2", [replace(d, remarks="v2") for d in three()])
    bad = make(tmp_path / "bad.zip")  # type: ignore[operator]
    options = ImportOptions(limits=limits or ZipLimits())
    with unchanged_file(jury_file) as jf, pytest.raises(AttachmentsError, match=message) as err:
        run_import(jf, export, bad, options=options)
    assert "bad.zip" in str(err.value)


def test_bad_entries_can_be_skipped_instead(jury_file: JuryFile, tmp_path: Path) -> None:
    export = make_export(tmp_path, three())
    bad = write_zip(tmp_path / "bad.zip", [
        ("export/dossier-1001/ok.pdf", pdf_bytes("ok")), ("../evil.txt", b"pwned"),
    ])  # fmt: skip
    crc = _bad_crc_zip(tmp_path / "crc.zip")
    options = ImportOptions(skip_bad_attachments=True)
    preview = preview_import(jury_file, export, bad, options)
    assert preview.can_import and preview.attachments and len(preview.attachments.problems) == 1
    report = run_import(jury_file, export, bad, options=options)
    assert report.to_json()["attachments"] == {"stored": 1, "duplicates": 0, "rejected": 1}
    assert any("evil.txt" in w and "skipped" in w for w in map(str, report.warnings))
    report = run_import(jury_file, export, crc, options=options)
    assert report.attachments.rejected == 1
    with jury_file.reader() as session:
        assert session.scalars(select(im.AttachmentBlob.sha256)).all() == [
            session.scalar(select(m.Attachment.sha256))
        ]  # no half-written blob left


def test_attachments_are_deduplicated_and_replaced(jury_file: JuryFile, tmp_path: Path) -> None:
    export = make_export(tmp_path, three())
    run_import(jury_file, export, standard_zip(tmp_path / "v1.zip", [1001, 1002]))
    # March 2024: the root folder changes name; DS's summary is regenerated; a piece changes
    entries = [
        ("dossiers_2026/dossier-1001/export-1001-03-06-2026-10-00-1.pdf", pdf_bytes("new sum")),
        ("dossiers_2026/dossier-1001/pieces_justificatives/deliberation-01-03-2026-10-00-1.pdf",
         pdf_bytes("deliberation v2")),
        ("dossiers_2026/dossier-1001/pieces_justificatives/charte-01-03-2026-10-00-2.pdf",
         pdf_bytes("charte commune")),
    ]  # fmt: skip
    report = run_import(jury_file, export, write_zip(tmp_path / "v2.zip", entries))
    assert report.to_json()["attachments"] == {"stored": 2, "duplicates": 1, "rejected": 0}
    with jury_file.reader() as session:
        rows = session.execute(
            select(m.Attachment.kind, m.Attachment.file_name, m.Attachment.path_in_zip)
            .join(m.Dossier).where(m.Dossier.ds_number == "1001")
            .order_by(m.Attachment.file_name)
        ).all()  # fmt: skip
        blob_count = len(session.scalars(select(im.AttachmentBlob.sha256)).all())
    assert [(k, f) for k, f, _ in rows] == [
        ("piece", "charte.pdf"), ("piece", "deliberation.pdf"),
        ("ds_summary", "export-1001-03-06-2026-10-00-1.pdf"),
    ]  # fmt: skip
    # the replaced ones point into the new zip; the unchanged one was left as it was
    assert [p.split("/")[0] for _, _, p in rows] == ["export", "dossiers_2026", "dossiers_2026"]
    # the replaced versions of 1001 are gone, dossier 1002's files and the shared charter stay
    assert blob_count == 2 + 2 + 1


def test_user_errors_only(jury_file: JuryFile, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.xlsx"
    with pytest.raises(UserError, match=r"nowhere\.xlsx: no such file"):
        preview_import(jury_file, missing)
    export = make_export(tmp_path, three())
    with pytest.raises(AttachmentsError, match=r"nowhere\.zip: no such file"):
        run_import(jury_file, export, tmp_path / "nowhere.zip")
