"""The meeting form with a member sitting without a deliberative vote (issue #16): the quorum
it states live counts the voting members only, as the service does."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tnl_jury.gui.deliberation.meeting_dialog import MeetingDialog
from tnl_jury.gui.i18n import Translations
from tnl_jury.services import deliberation, members
from tnl_jury.services.edition import new_jury_file


def test_the_meeting_form_counts_the_voting_members_for_the_quorum(
    qtbot: QtBot, tmp_path: Path, english: Translations
) -> None:
    with new_jury_file(tmp_path / "room.tnlj", year=2026) as jf:
        for name in ("Claire Duval", "Karim Benali", "Inès Morel"):
            members.add_member(jf, name)
        members.add_member(jf, "Paul Martin", "", "secretary", voting=False)
        rows = members.list_members(jf)
        info = deliberation.get_meeting(jf)
    dialog = MeetingDialog(rows, info)
    qtbot.addWidget(dialog)
    ids = {row.name: row.id for row in rows}
    item = dialog.present_list.item(3)
    assert item.text() == "Paul Martin — Secretary (no deliberative vote)"
    dialog.set_present(ids["Paul Martin"], True)
    dialog.set_present(ids["Karim Benali"], True)
    assert dialog.quorum_label.text().startswith("✖ 1 of 3 members present")
    dialog.set_present(ids["Inès Morel"], True)
    assert dialog.quorum_label.text().startswith("✔ 2 of 3 members present")
