"""Signing the minutes in turn through the wizard (a key created on the spot and issued by the
jury CA, a key file brought along, a member skipped), the decisions locked afterwards; the
verification page on a good and on a tampered file; the jury CA dialog."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.outputs.ca_dialog import CreateCaDialog
from tnl_jury.gui.outputs.signatories import SIGNED, SKIPPED, WAITING
from tnl_jury.gui.outputs.signing_wizard import SigningWizard
from tnl_jury.gui.outputs.verify_page import BAD, GOOD, VerifyDialog
from tnl_jury.io.signing.keys import JuryCa, create_jury_ca, create_member_identity
from tnl_jury.io.signing.sign import sign_pdf
from tnl_jury.io.signing.verify import verify_pdf
from tnl_jury.services import audit, members, outputs, results
from tnl_jury.storage.jury_file import open_jury_file

from .outputs_demo import DECISIONS, decided_demo

CA_PASS = "secret du secrétariat"
STREAM = re.compile(rb"(?<!end)stream\r?\n")
MEMBER_PASS = "phrase de passe du membre"


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> JuryCa:
    # 2048 bits keep the tests quick; the wizard itself creates 3072-bit keys.
    folder = tmp_path_factory.mktemp("ca")
    return create_jury_ca("Jury Territoire Numérique Libre 2026", folder, CA_PASS, key_size=2048)


def visible(window: MainWindow, kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in window.findChildren(kind) if w.isVisible()]


def test_two_members_sign_in_turn_then_the_decisions_are_locked(
    window: MainWindow,
    tmp_path: Path,
    qtbot: QtBot,
    ca: JuryCa,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo = decided_demo(tmp_path)
    window.open_file(demo)
    jury_file = window.jury_file
    assert jury_file is not None
    present = members.list_members(jury_file)[:-1]  # the last one is absent
    window.ui.actions["sign_minutes"].trigger()
    (wizard,) = visible(window, SigningWizard)

    # No minutes yet: the wizard writes them.
    minutes = tmp_path / "pv.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(minutes), ""))
    )
    qtbot.mouseClick(wizard.generate_button, Qt.MouseButton.LeftButton)
    states = wizard.states()
    assert {s.signatory.field_name for s in states} == {f"sig-{m.id}" for m in present}
    assert {s.signatory.member_id for s in states} == {m.id for m in present}
    assert states[0].signatory.role == "president"  # the president signs first
    assert all(s.status == WAITING for s in states)
    assert wizard.table.currentIndex().row() == 0
    assert not wizard.notice.isVisibleTo(wizard)  # every member present has a box

    # 1. The president creates a key now, issued by the jury CA.
    form = wizard.key_form
    qtbot.mouseClick(form.create_radio, Qt.MouseButton.LeftButton)
    assert form.stack.currentIndex() == 1
    form.new_passphrase.setText(MEMBER_PASS)
    form.new_again.setText(MEMBER_PASS + "!")
    qtbot.mouseClick(wizard.sign_button, Qt.MouseButton.LeftButton)
    assert "differ" in wizard.problem.text()  # checked before anything is written
    form.new_again.setText(MEMBER_PASS)
    (tmp_path / "keys").mkdir()
    form.save_field.set_path(tmp_path / "keys" / "presidence.p12")
    form.use_ca.setChecked(True)
    form.ca_field.set_path(ca.cert_path.parent)
    form.ca_passphrase.setText(CA_PASS)
    qtbot.mouseClick(wizard.sign_button, Qt.MouseButton.LeftButton)
    assert window.messages == []  # type: ignore[attr-defined]
    assert wizard.states()[0].status == SIGNED
    assert (tmp_path / "keys" / "presidence.p12").is_file()
    assert (tmp_path / "keys" / "presidence.pem").is_file()  # the certificate, for verifiers
    for secret in (form.new_passphrase, form.new_again, form.ca_passphrase, form.passphrase):
        assert secret.text() == ""  # passphrases never linger

    # 2. The next one is not at the computer.
    assert wizard.table.currentIndex().row() == 1
    qtbot.mouseClick(wizard.skip_button, Qt.MouseButton.LeftButton)
    assert wizard.states()[1].status == SKIPPED

    # 3. The third brings a key file (a wrong passphrase first).
    third = wizard.states()[2].signatory
    brought = create_member_identity(
        third.name, "Membre du jury", tmp_path / "brought.p12", MEMBER_PASS, ca, key_size=2048
    )
    assert wizard.table.currentIndex().row() == 2
    assert not form.creating()
    form.p12_field.set_path(brought.p12_path)
    form.passphrase.setText("not the passphrase")
    qtbot.mouseClick(wizard.sign_button, Qt.MouseButton.LeftButton)
    (message,) = window.messages  # type: ignore[attr-defined]
    assert message.title == f"Cannot sign for {third.name}" and "passphrase" in message.text
    assert wizard.states()[2].status == WAITING and form.passphrase.text() == ""
    form.passphrase.setText(MEMBER_PASS)
    qtbot.mouseClick(wizard.sign_button, Qt.MouseButton.LeftButton)
    assert [s.status for s in wizard.states()][:3] == [SIGNED, SKIPPED, SIGNED]
    assert states[0].signatory.name in wizard.progress_label.text()
    assert wizard.table.currentIndex().row() == 3

    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    report = verify_pdf(minutes, [ca.cert_path])
    assert report.ok, report
    assert [s.signer for s in report.signatures] == [states[0].signatory.name, third.name]
    locked = [r for r in results.compute_results(jury_file) if r.status == "locked"]
    assert len(locked) == len(DECISIONS)
    assert audit.list_events(jury_file, 1)[0].action == "decision.lock_all"
    # The Deliberation table shows the locks at once (the change notice, no F5).
    shown = window.deliberation.panel.model.rows()
    assert sorted(r.dossier_id for r in shown if r.status == "locked") == sorted(
        r.dossier_id for r in locked
    )
    (box,) = [b for b in visible(window, QMessageBox) if b.objectName() == "output_done"]
    assert "2 members have signed" in box.text() and "3 decisions locked" in box.text()


def test_minutes_without_a_box_for_a_present_member_are_flagged(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    demo = decided_demo(tmp_path)
    minutes = tmp_path / "pv.pdf"
    with open_jury_file(demo) as jf:
        outputs.write_minutes(jf, minutes)
        from tnl_jury.services import deliberation

        everyone = {m.id: True for m in members.list_members(jf)}
        deliberation.set_attendance(jf, everyone)  # the absent member came after all
    window.open_file(demo)
    window.ui.actions["sign_minutes"].trigger()
    (wizard,) = visible(window, SigningWizard)
    wizard.minutes_field.set_path(minutes)
    qtbot.mouseClick(wizard.load_button, Qt.MouseButton.LeftButton)
    assert len(wizard.states()) == len(everyone) - 1
    assert wizard.notice.isVisibleTo(wizard)
    assert "generate the minutes again" in wizard.notice_text.text()
    qtbot.mouseClick(wizard.load_button, Qt.MouseButton.LeftButton)  # loading again
    assert wizard.table.currentIndex().row() == 0
    assert wizard.current_box.isEnabled()
    assert wizard.current_box.title().startswith("Now signing: ")
    qtbot.keyClick(wizard.table, Qt.Key.Key_Down)  # the arrows choose who signs now
    assert wizard.current_box.title().startswith(
        f"Now signing: {wizard.states()[1].signatory.name}"
    )
    wizard.reject()  # nobody signed: closing locks nothing
    assert not wizard.isVisible()
    assert window.jury_file is not None
    assert not [r for r in results.compute_results(window.jury_file) if r.status == "locked"]


@pytest.fixture
def signed_minutes(tmp_path: Path, ca: JuryCa) -> Path:
    demo = decided_demo(tmp_path)
    minutes = tmp_path / "signed.pdf"
    with open_jury_file(demo) as jf:
        outputs.write_minutes(jf, minutes)
        first = members.list_members(jf)[0]
    key = create_member_identity(first.name, "", tmp_path / "k.p12", MEMBER_PASS, ca, key_size=2048)
    sign_pdf(minutes, minutes, key.p12_path, MEMBER_PASS, role="Membre")
    return minutes


def test_the_verification_page_tells_a_good_file_from_a_tampered_copy(
    window: MainWindow, signed_minutes: Path, tmp_path: Path, qtbot: QtBot, ca: JuryCa
) -> None:
    window.ui.actions["verify_pdf"].trigger()  # no jury file needed
    (dialog,) = visible(window, VerifyDialog)
    dialog.pdf_field.set_path(signed_minutes)
    dialog.trust_field.set_path(ca.cert_path)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    report = dialog.report()
    assert report is not None and report.ok and not report.complete
    # One box of five signed: the signature is good, the minutes are not (issue 13, case 6).
    assert dialog.verdict.text().startswith("NOT complete: the signatures present are intact")
    assert dialog.verdict.text().endswith("1 of 5 signatures.")
    assert dialog.verdict.palette().windowText().color() == BAD
    model = dialog.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[2:] == ["Yes", "Yes", "No", "Valid"]  # intact, trusted, changed after
    assert model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole).color() == GOOD

    # One byte flipped inside the signed content (the middle of the largest stream).
    data = bytearray(signed_minutes.read_bytes())
    spans = [(m.end(), data.index(b"endstream", m.end())) for m in STREAM.finditer(data)]
    start, end = max(spans, key=lambda span: span[1] - span[0])
    data[(start + end) // 2] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    dialog.pdf_field.set_path(tampered)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    report = dialog.report()
    assert report is not None and not report.ok
    assert dialog.verdict.text().startswith("NOT valid")
    assert dialog.verdict.palette().windowText().color() == BAD
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "No"  # not intact
    assert model.index(0, 5).data() == "NOT valid"
    assert model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole).color() == BAD
    assert "The signed content was changed." in dialog.details.toPlainText()

    # A byte flipped in the file's structure: it cannot even be read as a signed PDF.
    data = bytearray(signed_minutes.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered.write_bytes(bytes(data))
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    report = dialog.report()
    assert report is not None and not report.ok
    assert dialog.verdict.text().startswith("NOT valid")
    assert window.messages == []  # type: ignore[attr-defined]  # a bad file is a verdict

    dialog.pdf_field.set_path(tmp_path / "missing.pdf")
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    (message,) = window.messages  # type: ignore[attr-defined]
    assert "missing.pdf" in message.text


def test_the_jury_ca_dialog_creates_the_ca(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window.ui.actions["create_ca"].trigger()
    (dialog,) = visible(window, CreateCaDialog)
    folder = tmp_path / "ca"
    dialog.folder_field.set_path(folder)
    dialog.passphrase.setText("short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "at least 8" in dialog.problem.text() and not folder.exists()
    dialog.passphrase.setText(CA_PASS)
    dialog.again.setText(CA_PASS)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert (folder / "ca-cert.pem").is_file() and (folder / "ca-key.pem").is_file()
    assert dialog.passphrase.text() == ""
    assert window.messages == []  # type: ignore[attr-defined]
    shutil.rmtree(folder)


def test_the_verification_page_checks_the_open_files_audit_trail_against_the_minutes(
    window: MainWindow, signed_minutes: Path, qtbot: QtBot
) -> None:
    """With the jury file open, verifying its signed minutes also says whether the audit trail
    still holds every event they vouch for; events deleted with sqlite3 afterwards are seen."""
    import subprocess

    demo = signed_minutes.parent / "demo.tnlj"
    window.open_file(demo)
    window.ui.actions["verify_pdf"].trigger()
    (dialog,) = visible(window, VerifyDialog)
    dialog.pdf_field.set_path(signed_minutes)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    trail = dialog.trail()
    assert trail is not None and trail.ok and trail.vouched > 5
    assert dialog.details.toPlainText().startswith(
        "Audit trail of the open jury file: all the events these minutes vouch for "
        f"({trail.vouched}) are still there, unchanged."
    )
    sqlite3 = shutil.which("sqlite3")
    assert sqlite3 is not None
    subprocess.run(
        [sqlite3, str(demo),
         "DELETE FROM audit_event WHERE id > (SELECT max(id) - 3 FROM audit_event)"],
        check=True,
    )  # fmt: skip
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    trail = dialog.trail()
    assert trail is not None and not trail.holds
    assert "NO LONGER holds" in dialog.details.toPlainText()
    assert dialog.report() is not None and dialog.report().ok  # type: ignore[union-attr]


def test_the_authority_and_the_certificate_are_said_in_plain_words(
    window: MainWindow, tmp_path: Path
) -> None:
    """What a secretary reads on screen has no jargon ("CA", ".pem"); the technical terms are
    in the tooltips and accessible descriptions, as in the signing form."""
    import re

    from PySide6.QtWidgets import QLabel

    from tnl_jury.gui.outputs.key_form import KeyForm

    jargon = re.compile(r"\bCA\b|\.pem")
    window.ui.actions["create_ca"].trigger()
    (dialog,) = visible(window, CreateCaDialog)
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    shown.append(dialog.windowTitle())
    assert shown and not [text for text in shown if jargon.search(text)], shown
    assert "certification authority (CA)" in dialog.intro.toolTip()
    assert "ca-cert.pem" in dialog.intro.accessibleDescription()
    dialog.reject()

    form = KeyForm()
    form.create_radio.setChecked(True)
    note = form.cert_note.text()
    assert note and not jargon.search(note) and "…" not in note, note
    assert "*.pem" in form.cert_note.toolTip()
    form.save_field.set_path(tmp_path / "claire.p12")
    assert "claire.pem" in form.cert_note.toolTip()
    assert not jargon.search(form.cert_note.text())
    form.deleteLater()
