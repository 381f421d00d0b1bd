"""Where a text is typed, the box stops at the field's limit: a juror's comment never grows
past what the services store and a ballot carries (``tnl_jury.domain.limits``)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from tnl_jury.domain import limits
from tnl_jury.gui.scoring.criterion_row import CommentEdit
from tnl_jury.gui.text_limits import limit_plain_text


def test_a_comment_box_keeps_at_most_the_limit(qtbot: QtBot) -> None:
    box = CommentEdit()
    qtbot.addWidget(box)
    box.insertPlainText("a" * (limits.COMMENT - 5))
    box.insertPlainText("b" * 20)  # pasted at the end: only 5 are kept
    text = box.toPlainText()
    assert len(text) == limits.COMMENT
    assert text.endswith("a" + "b" * 5)


def test_text_pasted_in_the_middle_is_cut_there_and_the_end_is_kept(qtbot: QtBot) -> None:
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    limit_plain_text(box, 10)
    box.setPlainText("debut-fin")  # 9 characters
    cursor = box.textCursor()
    cursor.setPosition(5)
    box.setTextCursor(cursor)
    box.insertPlainText("XYZ")
    assert box.toPlainText() == "debutX-fin"
