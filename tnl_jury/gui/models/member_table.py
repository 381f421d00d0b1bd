"""The jury members: a table model over :func:`tnl_jury.services.members.list_members`."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from tnl_jury.gui import vocabulary
from tnl_jury.gui.models.common import Column, RowTableModel

if TYPE_CHECKING:
    from tnl_jury.services.views import MemberRow

# The president first, then members, then the secretary, whatever the language.
_ROLE_ORDER = {"president": 0, "member": 1, "secretary": 2}


class MemberColumn(IntEnum):
    NAME = 0
    ORGANISATION = 1
    ROLE = 2
    ACTIVE = 3
    VOTING = 4


def _columns() -> list[Column[MemberRow]]:
    return [
        Column(lambda: QCoreApplication.translate("MemberTable", "Name"), lambda r: r.name),
        Column(
            lambda: QCoreApplication.translate("MemberTable", "Organisation"),
            lambda r: r.organisation,
        ),
        Column(
            lambda: QCoreApplication.translate("MemberTable", "Role"),
            lambda r: vocabulary.role_label(r.role),
            sort_key=lambda r: _ROLE_ORDER.get(r.role, 9),
        ),
        Column(
            lambda: QCoreApplication.translate("MemberTable", "Active"),
            lambda r: vocabulary.yes_no(r.active),
            sort_key=lambda r: 0 if r.active else 1,
            filterable=False,
        ),
        Column(
            lambda: QCoreApplication.translate("MemberTable", "Deliberative vote"),
            lambda r: vocabulary.yes_no(r.voting),
            sort_key=lambda r: 0 if r.voting else 1,
            filterable=False,
        ),
    ]


class MemberTableModel(RowTableModel["MemberRow"]):
    """One row per jury member, columns as in :class:`MemberColumn`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)
