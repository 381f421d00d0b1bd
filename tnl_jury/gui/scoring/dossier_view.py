"""The left half of the scoring screen: the dossier as the candidate filed it.

The answers are one read-only rich text (grid domains and criteria as headings, each answer
under the criteria it informs, then the other answers, the repeated blocks and the experts'
notes), so that long texts wrap and a screen reader reads them in order; an anchor per
criterion lets the screen follow the criterion being scored. Answers a re-import changed
after scoring started say so in words and on a coloured background. Attachments are listed
on their own tab, to view inside the application or open with the system's viewer.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP  # returns str (PySide6's says object)
from tnl_jury.gui import vocabulary
from tnl_jury.gui.panels.common import make_notice
from tnl_jury.gui.scoring.attachment_names import shown_name
from tnl_jury.gui.scoring.status import CHANGED_COLOUR

if TYPE_CHECKING:
    from tnl_jury.services.dossier_answers import AnswerView, DossierAnswers
    from tnl_jury.services.scoring_view import ScoringSheet
    from tnl_jury.services.views import AttachmentRow


def _tr(text: str) -> str:
    """Translated in the "DossierView" context (the texts are marked for lupdate below)."""
    return QCoreApplication.translate("DossierView", text)


# lupdate reads these; _tr() translates them when the text is built.
NO_ANSWER = QT_TRANSLATE_NOOP("DossierView", "(no answer)")
CHANGED = QT_TRANSLATE_NOOP("DossierView", "⚠ Changed at the last import")
NO_QUESTION = QT_TRANSLATE_NOOP("DossierView", "No question of the form.")
NOT_IN_DOSSIER = QT_TRANSLATE_NOOP("DossierView", "Not in this dossier: {question}")
OTHER_ANSWERS = QT_TRANSLATE_NOOP("DossierView", "Other answers")
NONE = QT_TRANSLATE_NOOP("DossierView", "None.")
BLOCKS = QT_TRANSLATE_NOOP("DossierView", "Repeated blocks")
NOTES = QT_TRANSLATE_NOOP("DossierView", "Experts’ opinions")


def anchor(code: str) -> str:
    return f"criterion-{code}"


def _esc(text: object) -> str:
    return html.escape(str(text)).replace("\n", "<br/>")


def _value_html(answer: AnswerView) -> str:
    if not answer.value.strip():
        return f"<i>{_esc(_tr(NO_ANSWER))}</i>"
    extras = "".join(
        f"<br/><small>{_esc(k)}\u00a0: {_esc(v)}</small>" for k, v in answer.companions if v
    )
    return _esc(answer.value) + extras


def _answer_html(answer: AnswerView) -> str:
    body = f"<b>{_esc(answer.label)}</b><br/>{_value_html(answer)}"
    if answer.changed:
        return (
            f'<table width="100%" cellpadding="4" bgcolor="{CHANGED_COLOUR}"><tr><td>'
            f"<b>{_esc(_tr(CHANGED))}</b><br/>{body}</td></tr></table>"
        )
    return f"<p>{body}</p>"


def answers_html(answers: DossierAnswers) -> str:
    """The whole dossier as rich text (see the module's contract)."""
    parts: list[str] = []
    for domain in answers.domains:
        parts.append(f"<h2>{_esc(domain.code)} — {_esc(domain.name)}</h2>")
        for criterion in domain.criteria:
            title = f"{_esc(criterion.code)} — {_esc(criterion.label)}"
            parts.append(f'<h3><a name="{anchor(criterion.code)}"></a>{title}</h3>')
            parts.extend(_answer_html(a) for a in criterion.answers)
            if not criterion.answers and not criterion.unanswered:
                parts.append(f"<p><i>{_esc(_tr(NO_QUESTION))}</i></p>")
            for question in criterion.unanswered:
                missing = _tr(NOT_IN_DOSSIER).format(question=question)
                parts.append(f"<p><i>{_esc(missing)}</i></p>")
    parts.append(f'<h2><a name="other"></a>{_esc(_tr(OTHER_ANSWERS))}</h2>')
    parts.extend(_answer_html(a) for a in answers.other)
    if not answers.other:
        parts.append(f"<p><i>{_esc(_tr(NONE))}</i></p>")
    if answers.blocks:
        parts.append(f"<h2>{_esc(_tr(BLOCKS))}</h2>")
        for block in answers.blocks:
            title = _esc(f"{block.block_label or block.block_key} — {block.row_number}")
            mark = f" <b>{_esc(_tr(CHANGED))}</b>" if block.changed else ""
            parts.append(f"<h3>{title}{mark}</h3>")
            parts.extend(_answer_html(cell) for cell in block.cells)
    if answers.notes:
        parts.append(f"<h2>{_esc(_tr(NOTES))}</h2>")
        for note in answers.notes:
            parts.append(
                f"<p><b>{_esc(note.question)}</b><br/>{_esc(note.answer)}<br/>"
                f"<small>{_esc(note.author)}</small></p>"
            )
    return "\n".join(parts)


def attachment_kind(kind: str) -> str:
    labels = {
        "ds_summary": QCoreApplication.translate("DossierView", "Dossier summary"),
        "piece": QCoreApplication.translate("DossierView", "Supporting document"),
        "message": QCoreApplication.translate("DossierView", "Message"),
        "avis": QCoreApplication.translate("DossierView", "Expert opinion"),
        "other": QCoreApplication.translate("DossierView", "Other file"),
    }
    return labels.get(kind, kind)


def human_size(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("DossierView", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("DossierView", "{n} kB").format(n=round(size / 1024))
    return QCoreApplication.translate("DossierView", "{n} MB").format(n=f"{size / 1024 / 1024:.1f}")


class DossierView(QWidget):
    """See the module's contract. ``view_requested(row)`` / ``open_requested(row)`` ask the
    screen to show an attachment inside the application or with the system's viewer."""

    view_requested = Signal(object)
    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changed_notice, self.changed_text = make_notice(self)
        self.tabs = QTabWidget(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        attachments_page = QWidget(self)
        self.attachments = QListWidget(attachments_page)
        self.view_button = QPushButton(attachments_page)
        self.open_button = QPushButton(attachments_page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        page_layout = QVBoxLayout(attachments_page)
        page_layout.addWidget(self.attachments, 1)
        page_layout.addLayout(buttons)
        self.tabs.addTab(self.browser, "")
        self.tabs.addTab(attachments_page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.changed_notice)
        layout.addWidget(self.tabs, 1)

        self._rows: list[AttachmentRow] = []
        self._sheet: ScoringSheet | None = None
        self.attachments.itemActivated.connect(lambda _item: self._request(self.view_requested))
        self.attachments.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.view_button.clicked.connect(lambda: self._request(self.view_requested))
        self.open_button.clicked.connect(lambda: self._request(self.open_requested))
        self.retranslate_ui()

    def show_sheet(self, sheet: ScoringSheet | None) -> None:
        """Show the dossier of ``sheet`` (nothing for None or a member who stepped aside)."""
        self._sheet = sheet
        if sheet is None:
            self.title.clear()
            self.browser.clear()
            self._set_attachments(())
            self.changed_notice.hide()
            return
        d = sheet.dossier
        self.title.setText(
            f"<b>{html.escape(d.ds_number)} — {html.escape(d.candidate_name)}</b><br/>"
            f"{html.escape(vocabulary.kind_label(d.kind))}, {html.escape(d.departement_code)}"
            f" — {html.escape(d.official_name)}, {html.escape(d.official_function)}"
            f" — {html.escape(d.ds_state)}"
        )
        self.title.setAccessibleName(f"{d.ds_number} — {d.candidate_name}")
        answers = sheet.answers
        self.browser.setHtml(answers_html(answers) if answers is not None else "")
        changed = answers is not None and answers.answers_changed_at is not None
        self.changed_notice.setVisible(changed)
        self._set_attachments(sheet.attachments if answers is not None else ())

    def show_criterion(self, code: str) -> None:
        """Scroll the answers to those of criterion ``code``."""
        self.browser.scrollToAnchor(anchor(code))

    def answers_text(self) -> str:
        return self.browser.toPlainText()

    def _set_attachments(self, rows: tuple[AttachmentRow, ...]) -> None:
        self._rows = list(rows)
        self.attachments.clear()
        for row in rows:
            text = (
                f"{shown_name(row.file_name)} — {attachment_kind(row.kind)}, {human_size(row.size)}"
            )
            item = QListWidgetItem(text, self.attachments)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        if rows:
            self.attachments.setCurrentRow(0)
        self.tabs.setTabText(1, self.tr("Attachments ({n})").format(n=len(rows)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.attachments.currentRow() >= 0
        self.view_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    def _request(self, signal: SignalInstance) -> None:
        index = self.attachments.currentRow()
        if 0 <= index < len(self._rows):
            signal.emit(self._rows[index])

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Answers"))
        self.tabs.setTabText(1, self.tr("Attachments ({n})").format(n=len(self._rows)))
        self.tabs.setAccessibleName(self.tr("The dossier"))
        self.browser.setAccessibleName(self.tr("The candidate’s answers"))
        self.browser.setAccessibleDescription(
            self.tr("Grouped by domain and criterion of the grid, then the other answers.")
        )
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.setAccessibleDescription(
            self.tr("Files sent with the dossier. Enter shows the chosen one.")
        )
        self.view_button.setText(self.tr("&View"))
        self.view_button.setAccessibleDescription(self.tr("Show the file inside tnl-jury"))
        self.open_button.setText(self.tr("Open &with the system’s viewer…"))
        self.open_button.setAccessibleDescription(
            self.tr("Open the file with the program your system uses for it")
        )
        self.changed_text.setText(
            self.tr(
                "Some answers were changed by an import after scoring had started: they are "
                "marked “⚠ Changed at the last import”."
            )
        )
        self.changed_text.setAccessibleName(self.changed_text.text())
        if self._sheet is not None:
            self.show_sheet(self._sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
