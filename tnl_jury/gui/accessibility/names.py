"""Names and texts that change only when they differ.

Qt tells screen readers of every ``setAccessibleName``, ``setAccessibleDescription`` and
``setText`` call, also when the text is the one already there. A screen refreshing its
controls after each key (the scoring scale's six steps, the criterion's status line) then
sends dozens of events that change nothing, and Orca, which handles them one by one, falls
behind the user: it was still reading them when the next confirmation came. Contract: each
helper sets the value, with Qt's event, only when it differs from the current one.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget


class _Texted(Protocol):
    def text(self) -> str: ...

    def setText(self, text: str) -> None: ...  # noqa: N802 (Qt API)


def set_name(widget: QWidget, name: str) -> None:
    """``widget.setAccessibleName(name)``, if the name differs."""
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)


def set_description(widget: QWidget, description: str) -> None:
    """``widget.setAccessibleDescription(description)``, if it differs."""
    if widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)


def set_text(widget: _Texted, text: str) -> None:
    """``widget.setText(text)`` (a label, a button), if the text differs."""
    if widget.text() != text:
        widget.setText(text)
