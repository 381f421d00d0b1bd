"""Documents > Verify a signed PDF…: every signature of a PDF with its signer, time, whether
it is intact and trusted, whether the document was changed after it, and a verdict — each in
words, with a colour and an icon besides — then the verdict on the whole document.

:func:`tnl_jury.io.signing.verify.verify_pdf` runs off the GUI thread; the problems it names
(English sentences of the io layer) are told here in the interface's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tnl_jury.gui.models.common import AnyIndex, Column, RowTableModel
from tnl_jury.gui.outputs.common import (
    PathField,
    PathKind,
    buddy_label,
    problem_label,
    run_output,
    start_dir,
)
from tnl_jury.gui.outputs.documents import last_minutes
from tnl_jury.gui.panels.common import make_table_view
from tnl_jury.gui.plain_text import PlainLabel
from tnl_jury.gui.vocabulary import yes_no

if TYPE_CHECKING:
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.io.signing.verify import SignatureCheck, VerificationReport
    from tnl_jury.services.audit import TrailCheck
    from tnl_jury.storage.jury_file import JuryFile

GOOD = QColor("#1b5e20")  # dark green and dark red: readable on a light background
BAD = QColor("#b71c1c")

# The io layer's problem sentences (by their start), told in the interface's language.
_PROBLEMS: tuple[tuple[str, object], ...] = (
    (
        "the signed content was changed",
        QT_TRANSLATE_NOOP("VerifyDialog", "The signed content was changed."),
    ),
    (
        "the signature does not match",
        QT_TRANSLATE_NOOP("VerifyDialog", "The signature does not match the certificate."),
    ),
    (
        "the certificate does not chain",
        QT_TRANSLATE_NOOP("VerifyDialog", "The certificate was not issued by the trusted root."),
    ),
    (
        "the document was changed after this",
        QT_TRANSLATE_NOOP("VerifyDialog", "The document was changed after this signature."),
    ),
    (
        "changes after signing break",
        QT_TRANSLATE_NOOP("VerifyDialog", "Changes made after signing break the certification."),
    ),
    (
        "the signature does not cover",
        QT_TRANSLATE_NOOP("VerifyDialog", "The signature does not cover its whole revision."),
    ),
    (
        "the signature container",
        QT_TRANSLATE_NOOP("VerifyDialog", "The signature container was altered."),
    ),
    (
        "the signature's byte range",
        QT_TRANSLATE_NOOP("VerifyDialog", "The signature container was altered."),
    ),
    (
        "pyhanko's overall",
        QT_TRANSLATE_NOOP(
            "VerifyDialog", "The signature validator's overall judgement is negative."
        ),
    ),
    (
        "the signature cannot be validated",
        QT_TRANSLATE_NOOP("VerifyDialog", "The signature cannot be validated."),
    ),
    (
        "the file was changed after the last",
        QT_TRANSLATE_NOOP("VerifyDialog", "The file was changed after the last signature."),
    ),
    (
        "the file is damaged",
        QT_TRANSLATE_NOOP(
            "VerifyDialog", "The file is damaged and cannot be read as a signed PDF."
        ),
    ),
    (
        "the document holds no signature",
        QT_TRANSLATE_NOOP("VerifyDialog", "The document holds no signature."),
    ),
    (
        "the certificate was not valid on",
        QT_TRANSLATE_NOOP(
            "VerifyDialog",
            "The certificate was not valid when the signature says it was made (expired or "
            "not yet valid).",
        ),
    ),
    (
        "the box ",
        QT_TRANSLATE_NOOP(
            "VerifyDialog", "This box belongs to another member than the one who signed it."
        ),
    ),
)


def problem_text(problem: str) -> str:
    """``problem`` from the io layer in the interface's language (as it is if unknown)."""
    lowered = problem.lower()
    for prefix, text in _PROBLEMS:
        if lowered.startswith(prefix):
            return QCoreApplication.translate("VerifyDialog", str(text))
    return problem


def trusted_text(sig: SignatureCheck) -> str:
    if sig.trusted is None:
        return QCoreApplication.translate("VerifyDialog", "Not checked")
    return str(yes_no(sig.trusted))


def changed_after_text(sig: SignatureCheck) -> str:
    if sig.covers_whole_file:
        return QCoreApplication.translate("VerifyDialog", "No")
    if sig.modified_after in ("FORM_FILLING", "LTA_UPDATES"):
        return QCoreApplication.translate("VerifyDialog", "Only later signatures")
    if sig.modified_after == "ANNOTATIONS":
        return QCoreApplication.translate("VerifyDialog", "Annotations added")
    return QCoreApplication.translate("VerifyDialog", "Yes: content changed")


def verdict_text(sig: SignatureCheck) -> str:
    if sig.ok:
        return QCoreApplication.translate("VerifyDialog", "Valid")
    return QCoreApplication.translate("VerifyDialog", "NOT valid")


def time_text(sig: SignatureCheck) -> str:
    if sig.signing_time is None:
        return "—"
    local = sig.signing_time.astimezone()
    date = QLocale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
    )
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{date} {time}"


def signature_columns() -> list[Column[SignatureCheck]]:
    return [
        Column(
            lambda: QCoreApplication.translate("VerifyDialog", "Signer"),
            lambda s: s.signer or s.field_name,
            tooltip=lambda s: s.signer_subject,
        ),
        Column(lambda: QCoreApplication.translate("VerifyDialog", "Signed on"), time_text),
        Column(
            lambda: QCoreApplication.translate("VerifyDialog", "Intact"), lambda s: yes_no(s.intact)
        ),
        Column(lambda: QCoreApplication.translate("VerifyDialog", "Trusted"), trusted_text),
        Column(
            lambda: QCoreApplication.translate("VerifyDialog", "Changed after"),
            changed_after_text,
            header_tip=lambda: QCoreApplication.translate(
                "VerifyDialog", "Was the document changed after this signature?"
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("VerifyDialog", "Verdict"),
            verdict_text,
            tooltip=lambda s: "\n".join(problem_text(p) for p in s.problems),
        ),
    ]


class SignatureModel(RowTableModel["SignatureCheck"]):
    """The signatures; the verdict cell is also coloured, with an icon (never colour alone)."""

    VERDICT = 5

    def __init__(self, parent: QWidget) -> None:
        super().__init__(signature_columns(), parent)
        style = parent.style()
        self._icons = {
            True: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
        }

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.VERDICT and index.row() < self.rowCount():
            ok = self.row_at(index.row()).ok
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(GOOD if ok else BAD)
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icons[ok]
        return super().data(index, role)


class VerifyDialog(QDialog):
    """See the module's contract. ``report()`` is the last verification shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("verify_dialog")
        self.window_ = window
        self._report: VerificationReport | None = None
        self._trail: TrailCheck | None = None
        self._working = False
        self.setWindowTitle(self.tr("Verify a signed PDF"))

        self.pdf_field = PathField(
            PathKind.OPEN,
            self.tr("&Browse…"),
            self,
            caption=lambda: self.tr("The signed PDF"),
            file_filter=lambda: self.tr("PDF documents (*.pdf)"),
        )
        self.pdf_field.describe(self.tr("Signed PDF"), self.tr("Choose the signed PDF"))
        self.trust_field = PathField(
            PathKind.OPEN,
            self.tr("B&rowse…"),
            self,
            caption=lambda: self.tr("Trusted certificate"),
            file_filter=lambda: self.tr("Certificates (*.pem *.crt *.cer *.der)"),
        )
        self.trust_field.describe(
            self.tr("Trusted certificate (optional)"),
            self.tr("Choose the trusted certificate"),
            self.tr(
                "The jury CA's certificate (ca-cert.pem): checks that each signer's "
                "certificate was issued by it. Leave empty to skip that check."
            ),
        )
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.verify_button.setAccessibleName(self.tr("Verify the signatures"))
        self.verify_button.setDefault(True)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Signed &PDF:"), self.pdf_field, self), self.pdf_field)
        form.addRow(
            buddy_label(self.tr("&Trusted certificate (optional):"), self.trust_field, self),
            self.trust_field,
        )
        self.problem = problem_label(self)

        self.verdict_icon = PlainLabel(self)
        self.verdict = PlainLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = self.verdict.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)  # relative to the system's font
        self.verdict.setFont(font)
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        verdict_row.addWidget(self.verdict, 1)

        self.model = SignatureModel(self)
        self.table = make_table_view(self.model, self)
        self.table.setSortingEnabled(False)  # the order of signing
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Signatures"))
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setMaximumHeight(self.fontMetrics().height() * 7)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)
        layout.addLayout(verdict_row)
        layout.addWidget(buddy_label(self.tr("Si&gnatures:"), self.table, self))
        layout.addWidget(self.table, 1)
        layout.addWidget(buddy_label(self.tr("&Details:"), self.details, self))
        layout.addWidget(self.details)
        layout.addWidget(buttons)

        self.verify_button.clicked.connect(self.verify)
        self.pdf_field.chosen.connect(lambda _path: self.verify())
        self._show(None)
        self.resize(self.fontMetrics().averageCharWidth() * 125, self.fontMetrics().height() * 34)

    def report(self) -> VerificationReport | None:
        return self._report

    def verify(self) -> None:
        """Verify the chosen PDF against the optional trusted certificate (off the GUI
        thread)."""
        if self._working:
            return
        pdf = self.pdf_field.path()
        if pdf is None:
            self._show_problem(self.tr("Choose the signed PDF to verify."), self.pdf_field)
            return
        trust = self.trust_field.path()
        self.problem.hide()

        jury_file = self.window_.jury_file

        def work(_ctx: object) -> tuple[VerificationReport, TrailCheck | None]:
            from tnl_jury.io.signing.verify import verify_pdf

            report = verify_pdf(pdf, [trust] if trust is not None else [])
            return report, _trail_check(jury_file, pdf)

        def done() -> None:
            self._working = False
            self.verify_button.setEnabled(True)

        self._working = True
        self.verify_button.setEnabled(False)
        run_output(
            self.window_,
            work,
            label=self.tr("Verifying {name}…").format(name=pdf.name),
            on_result=lambda result: self._show(*result),
            error_action=self.tr("Cannot verify {name}").format(name=pdf.name),
            on_done=done,
        )

    def _show(self, report: VerificationReport | None, trail: TrailCheck | None = None) -> None:
        self._report = report
        self._trail = trail
        self.model.set_rows(report.signatures if report is not None else [])
        self.table.resizeColumnsToContents()
        style = self.style()
        size = style.pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        if report is None:
            self.verdict.setText(self.tr("Choose a signed PDF, then Verify."))
            self.verdict.setPalette(QPalette())
            self.verdict_icon.clear()
            self.details.clear()
            return
        boxes = len(report.boxes)
        count = self.tr("{signed} of {boxes} signatures.").format(
            signed=report.signed_boxes, boxes=boxes
        )
        good = report.ok and report.complete and report.trust_checked
        if good:
            text = self.tr("Valid: every box is signed, every signature intact and valid.")
            text += " " + self.tr("Every signer's certificate was issued by the trusted root.")
            pixmap = QStyle.StandardPixmap.SP_DialogApplyButton
        elif report.ok:
            text = self.tr("NOT complete: the signatures present are intact and valid, but")
            if not report.complete:
                text += " " + self.tr("some boxes are empty.")
            if not report.trust_checked:
                text += " " + self.tr(
                    "the signers' identities are not established: choose the jury CA's "
                    "certificate as the trusted certificate."
                )
            pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
        else:
            text = self.tr("NOT valid: this document cannot be relied on as signed.")
            pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
        text = f"{text} {count}"
        palette = self.verdict.palette()
        palette.setColor(QPalette.ColorRole.WindowText, GOOD if good else BAD)
        self.verdict.setPalette(palette)
        self.verdict.setText(text)
        self.verdict.setAccessibleName(text)
        self.verdict_icon.setPixmap(style.standardIcon(pixmap).pixmap(size))
        lines = [problem_text(p) for p in report.problems]
        for sig in report.signatures:
            if sig.expired_since is not None:
                lines.append(
                    self.tr(
                        "{signer}: certificate expired since {date} (valid when signed)."
                    ).format(
                        signer=sig.signer or sig.field_name,
                        date=QLocale().toString(
                            QDate(
                                sig.expired_since.year,
                                sig.expired_since.month,
                                sig.expired_since.day,
                            ),
                            QLocale.FormatType.ShortFormat,
                        ),
                    )
                )
            for p in sig.problems:
                lines.append(
                    self.tr("{signer}: {problem}").format(
                        signer=sig.signer or sig.field_name, problem=problem_text(p)
                    )
                )
        if not lines:
            lines.append(self.tr("No problem found."))
        if trail is not None:
            lines.insert(0, self._trail_text(trail))
        self.details.setPlainText("\n".join(lines))

    def trail(self) -> TrailCheck | None:
        """The open jury file's audit trail checked against the minutes last verified."""
        return self._trail

    def _trail_text(self, trail: TrailCheck) -> str:
        if trail.holds and trail.broken_at is None and trail.state_matches is not True:
            if trail.state_matches is None:
                return self.tr(
                    "These minutes print no digest of the state they record (written by an "
                    "older version): they cannot be checked against the open jury file."
                )
            return self.tr(
                "The open jury file NO LONGER records what these minutes say: decisions, votes, "
                "attendance or recusals changed after they were written."
            )
        if trail.ok:
            return self.tr(
                "Audit trail of the open jury file: all the events these minutes vouch for "
                "({count}) are still there, unchanged."
            ).format(count=trail.vouched)
        if not trail.holds:
            return self.tr(
                "Audit trail of the open jury file: it NO LONGER holds all the events these "
                "minutes vouch for ({count}): events were removed outside tnl-jury."
            ).format(count=trail.vouched)
        return self.tr(
            "Audit trail of the open jury file: BROKEN at event {event}: it was changed "
            "outside tnl-jury."
        ).format(event=trail.broken_at)

    def _show_problem(self, text: str, field: QWidget) -> None:
        self.problem.setText(text)
        self.problem.show()
        field.setAccessibleDescription(text)
        field.setFocus()


def _trail_check(jury_file: JuryFile | None, pdf: Path) -> TrailCheck | None:
    """The open jury file's audit trail against ``pdf`` when ``pdf`` is minutes that record it
    (None otherwise: another document, or no jury file open)."""
    from tnl_jury.io.pdf.audit_anchor import AnchorError
    from tnl_jury.services.audit import check_against_minutes

    if jury_file is None:
        return None
    try:
        return check_against_minutes(jury_file, pdf)
    except AnchorError:
        return None


def open_verify_dialog(window: MainWindow, pdf: Path | None = None) -> VerifyDialog:
    """Show the verification dialog (not modal: it may stay open beside the window)."""
    dialog = VerifyDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    pdf = pdf or last_minutes(window)  # most often: the minutes just signed
    if pdf is not None:
        dialog.pdf_field.set_path(pdf)
    else:
        dialog.pdf_field.edit.setPlaceholderText(str(start_dir(window) / "….pdf"))
    dialog.show()
    return dialog
