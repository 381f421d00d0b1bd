"""Boxes where people type a text stop at the field's limit (:mod:`tnl_jury.domain.limits`),
so that what is typed is always what a service stores and a ballot carries.

A plain-text box (comments, notes, motivations) keeps at most ``limit`` characters: what is
typed or pasted beyond it is dropped where it was inserted, the text before and after is
kept. Qt counts UTF-16 units, which are never fewer than Python's characters: a text the box
keeps is never over the limit the services check.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


def limit_plain_text(edit: QPlainTextEdit, limit: int) -> None:
    """Make ``edit`` keep at most ``limit`` characters (see the module's contract)."""

    def enforce() -> None:
        excess = edit.document().characterCount() - 1 - limit
        if excess <= 0:
            return
        cursor = edit.textCursor()
        end = cursor.position()
        cursor.setPosition(max(0, end - excess))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        left = edit.document().characterCount() - 1 - limit
        if left > 0:  # the cursor was not after the insertion: cut the end
            cursor.setPosition(limit)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        edit.setTextCursor(cursor)

    edit.textChanged.connect(enforce)


def limit_line(edit: QLineEdit, limit: int) -> None:
    """Make a one-line box keep at most ``limit`` characters."""
    edit.setMaxLength(limit)
