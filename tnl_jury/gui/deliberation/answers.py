"""The candidate's answers, read-only, grouped by domain and criterion
(:func:`tnl_jury.services.dossier_answers.answers_by_criterion`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.plain_text import PlainLabel, plain_tip

if TYPE_CHECKING:
    from tnl_jury.services.dossier_answers import AnswerView, DossierAnswers


def _answer_text(answer: AnswerView) -> str:
    value = answer.value.strip() or QCoreApplication.translate("AnswersDialog", "(no answer)")
    if answer.companions:
        value += " — " + "; ".join(f"{k}: {v}" for k, v in answer.companions)
    if answer.changed:
        value += " " + QCoreApplication.translate("AnswersDialog", "[changed at the last import]")
    return value


class AnswersDialog(QDialog):
    """A tree: domain › criterion › question: answer; then the other answers, the repeated
    blocks and the experts' notes. Arrows move, Right/Left open and close, Esc closes."""

    def __init__(self, answers: DossierAnswers, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("AnswersDialog", "Candidate's answers — {dossier}").format(
                dossier=title
            )
        )
        self.heading = PlainLabel(title, self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("AnswersDialog", "Question"),
                QCoreApplication.translate("AnswersDialog", "Answer"),
            ]
        )
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(
            QCoreApplication.translate("AnswersDialog", "Candidate's answers")
        )
        self.tree.setAccessibleDescription(
            QCoreApplication.translate(
                "AnswersDialog",
                "Grouped by domain and criterion. Use the arrows to move, Right to open a group.",
            )
        )
        self.heading.setBuddy(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._fill(answers)
        self.tree.expandAll()
        self.tree.header().resizeSection(0, 420)
        self.resize(1000, 700)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, answers: DossierAnswers) -> None:
        def leaf(parent: QTreeWidgetItem, question: str, answer: str) -> None:
            item = QTreeWidgetItem(parent, [question, answer])
            item.setToolTip(1, plain_tip(answer))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{question}: {answer}")

        for domain in answers.domains:
            top = QTreeWidgetItem(self.tree, [domain.name, ""])
            for criterion in domain.criteria:
                node = QTreeWidgetItem(top, [f"{criterion.code} — {criterion.label}", ""])
                for answer in criterion.answers:
                    leaf(node, answer.label, _answer_text(answer))
                for question in criterion.unanswered:
                    leaf(
                        node,
                        question,
                        QCoreApplication.translate("AnswersDialog", "(not in this dossier)"),
                    )
        if answers.other:
            top = QTreeWidgetItem(
                self.tree, [QCoreApplication.translate("AnswersDialog", "Other answers"), ""]
            )
            for answer in answers.other:
                leaf(top, answer.label, _answer_text(answer))
        if answers.blocks:
            top = QTreeWidgetItem(
                self.tree, [QCoreApplication.translate("AnswersDialog", "Repeated blocks"), ""]
            )
            for block in answers.blocks:
                node = QTreeWidgetItem(top, [f"{block.block_label} {block.row_number}", ""])
                for cell in block.cells:
                    leaf(node, cell.label, _answer_text(cell))
        if answers.notes:
            top = QTreeWidgetItem(
                self.tree, [QCoreApplication.translate("AnswersDialog", "Notes"), ""]
            )
            for note in answers.notes:
                leaf(top, f"{note.author} — {note.question}", note.answer)
        if self.tree.topLevelItemCount() == 0:
            QTreeWidgetItem(
                self.tree,
                [QCoreApplication.translate("AnswersDialog", "This dossier holds no answer."), ""],
            )

    def answer_count(self) -> int:
        """How many answer lines the tree shows (for tests and screen readers)."""
        count = 0
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:  # Qt's "no item"; cannot happen for an index below the count
                continue
            if item.childCount() == 0 and item.text(1):
                count += 1
            stack.extend(item.child(i) for i in range(item.childCount()))
        return count
