"""Viewing an attachment from the scoring screen: read (and render) it off the GUI thread,
then show it inside the application, or hand a copy to the system's viewer after asking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from tnl_jury.gui.scoring.attachment_viewer import (
    AttachmentViewer,
    Prepared,
    prepare,
    temporary_copy,
)

if TYPE_CHECKING:
    from tnl_jury.gui.scoring.screen import ScoringScreen
    from tnl_jury.services.scoring_view import AttachmentContent
    from tnl_jury.services.views import AttachmentRow


def view_attachment(screen: ScoringScreen, row: AttachmentRow) -> None:
    """Show ``row`` in a viewer window (PDF, image, text); other kinds go to
    :func:`open_attachment`."""
    from tnl_jury.services.scoring_view import attachment_content

    window = screen.window_
    jury_file = window.jury_file
    if jury_file is None:
        return

    def shown(prepared: Prepared) -> None:
        if prepared.kind == "external":
            _open_external(screen, prepared.content, ask=True)
            return
        if screen.viewer is not None:
            screen.viewer.close()
        viewer = AttachmentViewer(prepared, screen)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(lambda *_: _forget(screen, viewer))
        screen.viewer = viewer
        viewer.show()  # not modal: the member keeps scoring beside it

    window.run_task(
        lambda _ctx: prepare(attachment_content(jury_file, row.id)),
        label=QCoreApplication.translate("ScoringAttachments", "Opening {name}…").format(
            name=row.file_name
        ),
        on_result=shown,
        error_action=QCoreApplication.translate("ScoringAttachments", "Cannot show {name}").format(
            name=row.file_name
        ),
    )


def _forget(screen: ScoringScreen, viewer: AttachmentViewer) -> None:
    if screen.viewer is viewer:
        screen.viewer = None


def open_attachment(screen: ScoringScreen, row: AttachmentRow) -> None:
    """Ask, then open a copy of ``row`` with the program the system uses for it."""
    from tnl_jury.services.scoring_view import attachment_content

    window = screen.window_
    jury_file = window.jury_file
    if jury_file is None or not _confirm(screen, row.file_name):
        return
    window.run_task(
        lambda _ctx: attachment_content(jury_file, row.id),
        label=QCoreApplication.translate("ScoringAttachments", "Opening {name}…").format(
            name=row.file_name
        ),
        on_result=lambda content: _open_external(screen, content, ask=False),
        error_action=QCoreApplication.translate("ScoringAttachments", "Cannot open {name}").format(
            name=row.file_name
        ),
    )


def _confirm(screen: ScoringScreen, file_name: str) -> bool:
    return screen.confirm(
        QCoreApplication.translate("ScoringAttachments", "Open with the system’s viewer"),
        QCoreApplication.translate(
            "ScoringAttachments",
            "Open “{name}” with the program your system uses for this kind of file? A copy is "
            "written to a temporary folder. Files sent by candidates may be unsafe: open only "
            "those you expect.",
        ).format(name=file_name),
    )


def _open_external(screen: ScoringScreen, content: AttachmentContent, *, ask: bool) -> None:
    if ask and not _confirm(screen, content.file_name):
        return
    try:
        path = temporary_copy(content)
    except OSError as exc:
        screen.window_.report_error(
            exc, QCoreApplication.translate("ScoringAttachments", "Cannot open the attachment")
        )
        return
    screen.open_url(QUrl.fromLocalFile(str(path)))


def system_open(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)
