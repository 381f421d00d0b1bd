"""Viewing an attachment from the scoring screen: read (and render) it off the GUI thread,
then show it inside the application, or hand a copy to the system's viewer after asking (only
types on the allow-list of :mod:`~tnl_jury.gui.scoring.attachment_names`; anything else is
only offered for saving where the user chooses). Names are always shown in full, escaped."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from tnl_jury.gui.scoring.attachment_names import (
    real_suffix,
    safe_temporary_name,
    shown_name,
    system_viewer_allowed,
)
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
        docked = screen.actions_["attachments_docked"].isChecked()
        pane = screen.ui.attachment_pane
        viewer = AttachmentViewer(prepared, pane if docked else screen)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(lambda *_: _forget(screen, viewer))
        screen.viewer = viewer
        if docked:  # a pane beside the criteria, at the width it was last given
            viewer.setWindowFlags(Qt.WindowType.Widget)
            viewer.on_escape = lambda: _back_to_criteria(screen)
            layout = pane.layout()
            assert layout is not None
            layout.addWidget(viewer)
            viewer.show()
            pane.show()
            _restore_pane(screen)
            viewer.tabs.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            viewer.show()  # not modal: the member keeps scoring beside it

    window.run_task(
        lambda _ctx: prepare(attachment_content(jury_file, row.id)),
        label=QCoreApplication.translate("ScoringAttachments", "Opening {name}…").format(
            name=shown_name(row.file_name)
        ),
        on_result=shown,
        error_action=QCoreApplication.translate("ScoringAttachments", "Cannot show {name}").format(
            name=shown_name(row.file_name)
        ),
    )


def _back_to_criteria(screen: ScoringScreen) -> None:
    """Esc in the docked viewer: the keyboard goes back to the criterion being scored."""
    criteria = screen.criteria
    code = criteria.current_code() or (criteria.order[0] if criteria.order else "")
    if code in criteria.rows:
        criteria.focus_criterion(code)
    else:
        criteria.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _forget(screen: ScoringScreen, viewer: AttachmentViewer) -> None:
    if not shiboken6.isValid(screen):
        return  # the window is going away with its viewer
    if screen.viewer is viewer:
        screen.viewer = None
        screen.ui.attachment_pane.hide()  # the criteria take the room back


def _restore_pane(screen: ScoringScreen) -> None:
    """Give the pane the width remembered with the splitter (the first time, room taken from
    the dossier list and the dossier, never from the criteria being scored)."""
    from tnl_jury.gui.scoring.screen import SPLITTER_KEY

    splitter = screen.ui.splitter
    state = screen.window_.settings.qsettings.value(SPLITTER_KEY)
    pane_was_sized = False
    if state is not None:
        splitter.restoreState(state)
        pane_was_sized = splitter.sizes()[3] > 0
    screen.ui.attachment_pane.show()  # whatever the state said
    if not pane_was_sized:  # from the list and the dossier: the criteria keep their width
        sizes = splitter.sizes()
        from_list, from_dossier = sizes[0] * 2 // 5, sizes[1] * 3 // 5
        sizes[0] -= from_list
        sizes[1] -= from_dossier
        sizes[3] = from_list + from_dossier
        splitter.setSizes(sizes)


def open_attachment(screen: ScoringScreen, row: AttachmentRow) -> None:
    """Ask, then open a copy of ``row`` with the program the system uses for it; a file whose
    type is not on the allow-list is only offered for saving."""
    from tnl_jury.services.scoring_view import attachment_content

    window = screen.window_
    jury_file = window.jury_file
    if jury_file is None:
        return
    allowed = system_viewer_allowed(row.file_name)
    if not (_confirm(screen, row.file_name) if allowed else _confirm_save(screen, row.file_name)):
        return
    window.run_task(
        lambda _ctx: attachment_content(jury_file, row.id),
        label=QCoreApplication.translate("ScoringAttachments", "Opening {name}…").format(
            name=shown_name(row.file_name)
        ),
        on_result=lambda content: (
            _open_external(screen, content, ask=False) if allowed else _save(screen, content)
        ),
        error_action=QCoreApplication.translate("ScoringAttachments", "Cannot open {name}").format(
            name=shown_name(row.file_name)
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
        ).format(name=shown_name(file_name)),
    )


def _confirm_save(screen: ScoringScreen, file_name: str) -> bool:
    suffix = real_suffix(file_name) or QCoreApplication.translate(
        "ScoringAttachments", "(no extension)"
    )
    return screen.confirm(
        QCoreApplication.translate("ScoringAttachments", "Save the attachment"),
        QCoreApplication.translate(
            "ScoringAttachments",
            "“{name}” is a {suffix} file: tnl-jury never opens this kind of file, as files sent "
            "by candidates may be unsafe. Save it to a folder you choose?",
        ).format(name=shown_name(file_name), suffix=suffix),
    )


def _save(screen: ScoringScreen, content: AttachmentContent) -> None:
    from tnl_jury.io.atomic import atomic_write_bytes

    target = screen.ask_save_path(
        QCoreApplication.translate("ScoringAttachments", "Save the attachment"),
        safe_temporary_name(content.file_name),
    )
    if target is None:
        return
    try:
        atomic_write_bytes(target, content.data)
    except OSError as exc:
        screen.window_.report_error(
            exc, QCoreApplication.translate("ScoringAttachments", "Cannot save the attachment")
        )


def _open_external(screen: ScoringScreen, content: AttachmentContent, *, ask: bool) -> None:
    if not system_viewer_allowed(content.file_name):
        if not ask or _confirm_save(screen, content.file_name):
            _save(screen, content)
        return
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
