"""The checklist of the Edition tab: computed off the GUI thread, each step one click away.

The checklist (:func:`tnl_jury.services.checklist.checklist`) is read again whenever a file
opens or is refreshed, after every change to the file while the Edition tab is shown
(:meth:`ChecklistSteps.on_changes`), and whenever the Edition tab comes to the front. A step's
click opens its screen: the action when it is available (import, meeting, minutes, signing,
letters…), otherwise the tab where it is done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from tnl_jury.domain.changes import Changes
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.snapshot import FileSnapshot

# step → (actions to try, in order; the tab to show otherwise)
TARGETS: dict[str, tuple[tuple[str, ...], str]] = {
    "edition": (("edition_settings",), "edition"),
    "import": (("import_ds",), "dossiers"),
    "jury": ((), "jury"),
    "scoring": ((), "progress"),
    "meeting": (("deliberation_meeting",), "deliberation"),
    "decisions": (("deliberation_show",), "deliberation"),
    "minutes": (("write_minutes",), "deliberation"),
    "signatures": (("sign_minutes",), "deliberation"),
    "publication": (("write_letters", "published_list"), "deliberation"),
}


class ChecklistSteps(QObject):
    """Keeps the Edition tab's checklist up to date and opens each step's screen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("checklist_feature")
        self.window = window
        self.box = window.edition_panel.checklist
        self.box.step_chosen.connect(self.open_step)
        window.file_changed.connect(self._file_changed)
        window.tabs.currentChanged.connect(self._tab_changed)

    def refresh(self) -> None:
        """Read the checklist again (off the GUI thread); nothing without a file."""
        from tnl_jury.services.checklist import checklist

        jury_file = self.window.jury_file
        if jury_file is None:
            self.box.set_checklist(None)
            return

        def show(value: Any) -> None:
            if jury_file is self.window.jury_file:
                self.box.set_checklist(value)

        self.window.runner.submit(
            lambda _ctx: checklist(jury_file),
            name="checklist",
            on_result=show,
            on_error=lambda exc: None,  # the checklist is a guide: a failure leaves it as it was
        )

    def open_step(self, key: str) -> None:
        """Open the screen of step ``key``: its action when enabled, else its tab."""
        actions, tab = TARGETS[key]
        if key == "publication" and self.box.checklist is not None:
            letters_written = self.box.checklist.step(key).done >= 1
            if letters_written:
                actions = ("published_list", "write_letters")
        for name in actions:
            action = self.window.ui.actions.get(name)
            if action is not None and action.isEnabled():
                if name != "deliberation_show":
                    self.window.select_panel(tab)
                action.trigger()
                return
        self.window.select_panel(tab)

    def on_changes(self, _changes: Changes) -> None:
        """Any write may move a step (outputs only add audit events): read it again if the
        Edition tab is shown (it is read again when it comes to the front otherwise)."""
        if self.window.current_panel() is self.window.edition_panel:
            self.refresh()

    def _file_changed(self, _snapshot: FileSnapshot | None) -> None:
        self.refresh()

    def _tab_changed(self, _index: int) -> None:
        if self.window.current_panel() is self.window.edition_panel:
            self.refresh()
