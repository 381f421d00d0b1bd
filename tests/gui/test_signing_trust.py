"""Issue 13 in the signing wizard: a member's key signs only that member's box (case 2)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.outputs.signatories import SIGNED, WAITING
from tnl_jury.gui.outputs.signing_wizard import SigningWizard
from tnl_jury.io.signing.keys import create_jury_ca, create_member_identity
from tnl_jury.io.signing.sign import signature_fields
from tnl_jury.services import deliberation, members, outputs, results
from tnl_jury.storage.jury_file import open_jury_file

from .outputs_demo import decided_demo

PASS = "phrase de passe du membre"


def test_a_key_brought_for_another_members_box_is_refused(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    demo = decided_demo(tmp_path)
    minutes = tmp_path / "pv.pdf"
    with open_jury_file(demo) as jf:
        outputs.write_minutes(jf, minutes)
        president, secretary = members.list_members(jf)[:2]
    ca = create_jury_ca("Jury 2026", tmp_path / "ca", PASS, key_size=2048)
    mine = create_member_identity(
        president.name, "Présidente", tmp_path / "p.p12", PASS, ca, key_size=2048
    )
    window.open_file(demo)
    window.ui.actions["sign_minutes"].trigger()
    (wizard,) = [w for w in window.findChildren(SigningWizard) if w.isVisible()]
    wizard.minutes_field.set_path(minutes)
    qtbot.mouseClick(wizard.load_button, Qt.MouseButton.LeftButton)

    wizard.select(1)  # the secretary's box, with the president's key
    assert wizard.states()[1].signatory.member_id == secretary.id
    wizard.key_form.p12_field.set_path(mine.p12_path)
    wizard.key_form.passphrase.setText(PASS)
    qtbot.mouseClick(wizard.sign_button, Qt.MouseButton.LeftButton)
    (message,) = window.messages  # type: ignore[attr-defined]
    assert f"is {secretary.name}'s" in message.text and f"{president.name}'s" in message.text
    assert wizard.states()[1].status == WAITING
    assert not any(signed for _name, signed in signature_fields(minutes))

    wizard.select(0)  # the president's own box
    wizard.key_form.p12_field.set_path(mine.p12_path)
    wizard.key_form.passphrase.setText(PASS)
    qtbot.mouseClick(wizard.sign_button, Qt.MouseButton.LeftButton)
    assert wizard.states()[0].status == SIGNED
    assert dict(signature_fields(minutes))[f"sig-{president.id}"]
    wizard.finish()


def test_minutes_out_of_date_are_not_signed(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """Case 3: a decision changed after the minutes were written; the wizard refuses them."""
    demo = decided_demo(tmp_path)
    minutes = tmp_path / "pv.pdf"
    with open_jury_file(demo) as jf:
        outputs.write_minutes(jf, minutes)
        president = members.list_members(jf)[0]
        eligible = len(deliberation.voters(jf, 1).eligible)
        deliberation.record_decision(
            jf, 1, 1, votes_for=eligible, votes_against=0, abstentions=0, motivation="Revu."
        )
    key = create_member_identity(president.name, "P", tmp_path / "p.p12", PASS, key_size=2048)
    window.open_file(demo)
    window.ui.actions["sign_minutes"].trigger()
    (wizard,) = [w for w in window.findChildren(SigningWizard) if w.isVisible()]
    wizard.minutes_field.set_path(minutes)
    qtbot.mouseClick(wizard.load_button, Qt.MouseButton.LeftButton)
    wizard.select(0)
    wizard.key_form.p12_field.set_path(key.p12_path)
    wizard.key_form.passphrase.setText(PASS)
    qtbot.mouseClick(wizard.sign_button, Qt.MouseButton.LeftButton)
    (message,) = window.messages  # type: ignore[attr-defined]
    assert "no longer match the jury file" in message.text
    assert wizard.states()[0].status == WAITING
    assert not any(signed for _name, signed in signature_fields(minutes))
    wizard.reject()
    assert window.jury_file is not None
    assert not [r for r in results.compute_results(window.jury_file) if r.status == "locked"]


def test_escape_after_a_signature_locks_nothing_and_the_page_counts_the_boxes(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """Case 6: Escape in the wizard after the first signature used to lock the decisions, and
    the verification page showed a green "Valid" with most boxes empty."""
    from tnl_jury.gui.outputs.verify_page import BAD, GOOD, VerifyDialog

    demo = decided_demo(tmp_path)
    minutes = tmp_path / "pv.pdf"
    with open_jury_file(demo) as jf:
        outputs.write_minutes(jf, minutes)
        president = members.list_members(jf)[0]
    ca = create_jury_ca("Jury 2026", tmp_path / "ca", PASS, key_size=2048)
    key = create_member_identity(president.name, "P", tmp_path / "p.p12", PASS, ca, key_size=2048)
    window.show()
    window.open_file(demo)
    window.ui.actions["sign_minutes"].trigger()
    (wizard,) = [w for w in window.findChildren(SigningWizard) if w.isVisible()]
    wizard.minutes_field.set_path(minutes)
    qtbot.mouseClick(wizard.load_button, Qt.MouseButton.LeftButton)
    wizard.key_form.p12_field.set_path(key.p12_path)
    wizard.key_form.passphrase.setText(PASS)
    qtbot.mouseClick(wizard.sign_button, Qt.MouseButton.LeftButton)
    assert wizard.states()[0].status == SIGNED
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert window.jury_file is not None
    assert not [r for r in results.compute_results(window.jury_file) if r.status == "locked"]
    assert "NOT locked" in window.statusBar().currentMessage()

    window.ui.actions["verify_pdf"].trigger()
    (dialog,) = [d for d in window.findChildren(VerifyDialog) if d.isVisible()]
    dialog.pdf_field.set_path(minutes)
    dialog.trust_field.set_path(ca.cert_path)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    text = dialog.verdict.text()
    assert "1 of 5 signatures" in text and "some boxes are empty" in text
    assert dialog.verdict.palette().windowText().color() == BAD
    assert dialog.verdict.palette().windowText().color() != GOOD
