"""Setting the jury up from the Jury tab: add, edit, deactivate, step aside, lift — each
change in the file at once, audited, and shown on every screen, with no command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.panels.jury_editing import MemberDialog, RecusalDialog
from tnl_jury.services import audit, members
from tnl_jury.services.edition import new_jury_file
from tnl_jury.storage.jury_file import open_jury_file

REASON = "Élue de la commune candidate"


def answer_dialog(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Callable[[QDialog], None]
) -> list[QDialog]:
    """The next ``cls.exec()`` is answered by ``fill`` then OK (as a user would type)."""
    shown: list[QDialog] = []

    def exec_(self: QDialog) -> int:
        shown.append(self)
        fill(self)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)  # type: ignore[attr-defined]
        assert ok.isEnabled(), "OK is disabled with what was typed"
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(cls, "exec", exec_)
    return shown


def audit_actions(window: MainWindow) -> list[str]:
    assert window.jury_file is not None
    return [event.action for event in audit.list_events(window.jury_file)]


def test_a_new_jury_is_set_up_without_the_command_line(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "new.tnlj"
    new_jury_file(path, year=2026).close()
    window.open_file(path)
    window.select_panel("jury")
    panel = window.jury_panel
    assert panel.add_button.isEnabled() and not panel.edit_button.isEnabled()

    def claire(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        assert not dialog.active.isVisibleTo(dialog)  # a new member sits on the jury
        dialog.name.setText("  Claire Duval ")
        dialog.organisation.setText("AFUL")
        dialog.role.setCurrentIndex(dialog.role.findData("president"))

    answer_dialog(monkeypatch, MemberDialog, claire)
    panel.add_button.click()
    assert window.messages == []  # type: ignore[attr-defined]
    assert [(m.name, m.organisation, m.role) for m in panel.model.rows()] == [
        ("Claire Duval", "AFUL", "president")
    ]
    jf = window.jury_file
    assert jf is not None  # the window holds the file: read through it
    assert [(m.name, m.role, m.active) for m in members.list_members(jf)] == [
        ("Claire Duval", "president", True)
    ]

    # A second president is refused in a sentence; nothing is written.
    def second_president(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        dialog.name.setText("Zoé Dubois")
        dialog.role.setCurrentIndex(dialog.role.findData("president"))

    answer_dialog(monkeypatch, MemberDialog, second_president)
    panel.add_button.click()
    assert [m.title for m in window.messages] == ["Cannot add the member"]  # type: ignore[attr-defined]
    assert "already has a president" in window.messages[0].text  # type: ignore[attr-defined]
    assert len(panel.model.rows()) == 1

    # Editing: the member leaves the jury (kept, inactive).
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    assert panel.edit_button.isEnabled()

    def leaves(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        assert dialog.name.text() == "Claire Duval"
        dialog.active.setChecked(False)

    answer_dialog(monkeypatch, MemberDialog, leaves)
    panel.edit_button.click()
    assert [m.active for m in members.list_members(jf)] == [False]
    assert panel.model.rows()[0].active is False  # the tab shows it
    assert audit_actions(window)[:2] == ["member.update", "member.add"]  # newest first


def test_recusal_declared_and_lifted_from_the_jury_tab(
    window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_file(demo_path)
    window.select_panel("jury")
    panel = window.jury_panel
    jf = window.jury_file
    assert jf is not None
    before = len(members.list_recusals(jf))
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    member = panel.current_member()
    assert member is not None

    def step_aside(dialog: QDialog) -> None:
        assert isinstance(dialog, RecusalDialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # a reason is required
        dialog.dossier.setCurrentIndex(2)
        dialog.reason.setText(REASON)

    shown = answer_dialog(monkeypatch, RecusalDialog, step_aside)
    panel.recuse_button.click()
    assert window.messages == []  # type: ignore[attr-defined]
    dossier_id = shown[0].dossier.itemData(2)  # type: ignore[attr-defined]
    recusals = members.list_recusals(jf)
    assert len(recusals) == before + 1
    assert any(
        (r.member_id, r.dossier_id, r.reason)
        == (member.id, dossier_id, "Élue de la commune candidate")
        for r in recusals
    )
    assert len(panel._recusal_rows) == before + 1  # the tab shows it at once

    # Lifting it: the selected recusal, after a question whose default is No.
    position = next(
        k
        for k, r in enumerate(panel._recusal_rows)
        if (r.member_id, r.dossier_id) == (member.id, dossier_id)
    )
    item = next(
        panel.recusals.topLevelItem(k)
        for k in range(panel.recusals.topLevelItemCount())
        if panel.recusals.topLevelItem(k).data(0, 256) == position
    )
    panel.recusals.setCurrentItem(item)
    assert panel.lift_button.isEnabled()
    asked: list[str] = []

    def yes(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", yes)
    panel.lift_button.click()
    assert member.name in asked[0]
    assert len(members.list_recusals(jf)) == before
    assert audit_actions(window)[:2] == ["member.recusal_lifted", "member.recuse"]


def test_a_read_only_view_offers_no_change(window: MainWindow, demo_path: Path) -> None:
    with open_jury_file(demo_path):  # another writer holds the file: this view is read-only
        window.open_file(demo_path)
        window.select_panel("jury")
        panel = window.jury_panel
        panel.view.setCurrentIndex(panel.proxy.index(0, 0))
        assert not panel.add_button.isEnabled()
        assert not panel.edit_button.isEnabled()
        assert not panel.recuse_button.isEnabled()


def test_who_is_scoring_says_why_an_empty_jury_cannot_score(window: MainWindow) -> None:
    """On a new jury file the chooser was an empty list with OK disabled and no word of why."""
    from tnl_jury.gui.scoring.member_chooser import MemberChooser

    chooser = MemberChooser([], {}, None, window)
    assert not chooser.buttons.button(chooser.buttons.StandardButton.Ok).isEnabled()
    assert chooser.empty.isVisibleTo(chooser)
    assert "Jury tab" in chooser.empty.text()
    assert chooser.list.accessibleDescription() == chooser.empty.text()
    chooser.close()


def test_the_member_form_offers_the_vice_president_role(qtbot: object, window: MainWindow) -> None:
    dialog = MemberDialog(None, window)
    roles = [dialog.role.itemData(i) for i in range(dialog.role.count())]
    assert roles == ["member", "president", "vice_president", "secretary"]
    assert dialog.role.itemText(2) == "Vice-president"
    dialog.deleteLater()


def test_the_member_form_says_whether_a_member_has_a_deliberative_vote(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The secretary's role unticks "Deliberative vote" for a new member; the box is stored,
    shown in the table, and can be ticked again when editing (audited)."""
    new_jury_file(tmp_path / "vote.tnlj", year=2026).close()
    window.open_file(tmp_path / "vote.tnlj")
    window.select_panel("jury")
    panel = window.jury_panel

    def secretary(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        assert dialog.voting.isChecked() and dialog.voting.accessibleName()
        dialog.name.setText("Paul Martin")
        dialog.role.setCurrentIndex(dialog.role.findData("secretary"))
        assert not dialog.voting.isChecked()

    answer_dialog(monkeypatch, MemberDialog, secretary)
    panel.add_button.click()
    jf = window.jury_file
    assert jf is not None
    assert [(m.name, m.voting) for m in members.list_members(jf)] == [("Paul Martin", False)]
    assert panel.model.rows()[0].voting is False

    panel.view.setCurrentIndex(panel.proxy.index(0, 0))

    def gives_the_vote(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        assert not dialog.voting.isChecked()  # as stored
        dialog.role.setCurrentIndex(dialog.role.findData("member"))
        assert not dialog.voting.isChecked()  # editing never changes it behind the user's back
        dialog.voting.setChecked(True)

    answer_dialog(monkeypatch, MemberDialog, gives_the_vote)
    panel.edit_button.click()
    assert [m.voting for m in members.list_members(jf)] == [True]
    event = audit.list_events(jf)[0]
    assert event.action == "member.update" and event.details["voting"] is True
