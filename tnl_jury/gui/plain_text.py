"""Untrusted text is plain text: the one place that decides how text from outside is shown.

Candidates' names and answers, attachment names, members' names and comments, ballot contents
and grid texts come from files anybody can write. Qt guesses whether a label's or a tooltip's
text is HTML (``Qt.mightBeRichText``): a candidate named ``<img src=…><font size=6>Niveau 5
validé</font>`` would show as a picture and large text. Contract of this module:

- :class:`PlainLabel` / :func:`plain_label` / :func:`make_plain`: labels that never interpret
  their text (``Qt.TextFormat.PlainText``);
- :func:`escape_html`: for the few views that compose HTML on purpose (the dossier's answers),
  the text escaped, line breaks kept;
- :func:`plain_tip`: a tooltip shows the text as given (escaped when Qt would guess HTML);
- :func:`message_box`: a message box whose text and informative text are plain.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

PLAIN = Qt.TextFormat.PlainText


class PlainLabel(QLabel):
    """A label that shows its text as given, never as HTML. Built like a QLabel:
    ``PlainLabel(parent)``, ``PlainLabel(text)`` or ``PlainLabel(text, parent)``."""

    def __init__(self, text: str | QWidget | None = "", parent: QWidget | None = None) -> None:
        if isinstance(text, QWidget):
            parent, shown = text, ""
        else:
            shown = text or ""
        super().__init__(parent)
        self.setTextFormat(PLAIN)
        self.setText(shown)


def plain_label(text: str = "", parent: QWidget | None = None) -> PlainLabel:
    """A new :class:`PlainLabel`."""
    return PlainLabel(text, parent)


def make_plain(*labels: QLabel | QMessageBox) -> None:
    """Make existing labels (or message boxes) show their text as plain text from now on."""
    for label in labels:
        label.setTextFormat(PLAIN)


def escape_html(text: object) -> str:
    """``text`` escaped for an HTML view, line breaks kept as ``<br/>``."""
    return html.escape(str(text)).replace("\n", "<br/>")


def plain_tip(text: str) -> str:
    """A tooltip showing ``text`` literally: unchanged when Qt would show it as plain text,
    else escaped inside a paragraph that keeps its line breaks and spaces."""
    if not GuiQt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    parent: QWidget | None,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box whose text is shown as plain text (the title is always plain)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(PLAIN)
    box.setText(text)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    return box
