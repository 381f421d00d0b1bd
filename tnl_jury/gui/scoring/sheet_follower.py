"""The scoring screen follows the change notice for the sheet it shows.

The screen is a writer: the member's own changes are shown as they are typed and queued to
:class:`~tnl_jury.gui.scoring.saver.SaveQueue`. Other writes to the same sheet (a ballot import
from the Ballots menu, the conflicts settled, a recusal or a reopening made elsewhere) come
through the window's change notice, and :class:`SheetFollower` brings them to the open sheet.

Contract:

- A notice that may concern the open dossier of the member at the keyboard (its scores,
  decisions, answers or attachments, or any dossier; the jury or the settings) makes the sheet
  *stale*. The member's dossier list takes the new statuses at the same time.
- A stale sheet is read again off the GUI thread (the window's task runner, no progress
  dialog), never while the member's own writes are queued or a comment or the general note
  is being typed (unsaved): it waits until the queue is idle. The notice of the member's own
  write always arrives while that write is still pending, so it only marks the sheet stale.
- The sheet read is compared with what the screen shows; the member's own writes read back
  equal and change nothing. When it differs, the sheet is shown again without moving the
  focus or the current criterion (the undo stack restarts: undoing past another writer's
  change would overwrite it). The dossier's text is shown again only when its answers,
  attachments or the recusal changed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from tnl_jury.domain.changes import Changes, Kind

if TYPE_CHECKING:
    from tnl_jury.gui.scoring.screen import ScoringScreen
    from tnl_jury.services.scoring_view import ScoringSheet

log = logging.getLogger(__name__)

# Kinds whose change may show on one dossier's sheet when that dossier is named.
_SHEET_KINDS = (Kind.SCORES, Kind.DECISIONS, Kind.DOSSIERS, Kind.ATTACHMENTS)


class SheetFollower:
    """See the module's contract. ``reads`` counts the sheets read (tests look at it)."""

    def __init__(self, screen: ScoringScreen) -> None:
        self.screen = screen
        self.stale = False
        self.reads = 0
        self._generation = 0  # only the newest read is shown
        screen.recorder.saver.idle_changed.connect(self._idle_changed)

    def on_changes(self, changes: Changes) -> None:
        screen = self.screen
        sheet = screen.sheet
        if screen.scorer is None or sheet is None or screen.window_.jury_file is None:
            return
        ids = changes.dossier_ids
        # Scores of any dossier: the list's statuses, read with the sheet (as cheap).
        if changes.touches(Kind.SETTINGS, Kind.MEMBERS, Kind.SCORES) or (
            changes.touches(*_SHEET_KINDS) and (ids is None or sheet.dossier.id in ids)
        ):
            self.stale = True
        self.refresh()

    def refresh(self) -> None:
        """Read the sheet again now if it is stale and the member is not in the middle of a
        write (else when the write queue becomes idle)."""
        screen = self.screen
        jury_file, scorer, sheet = screen.window_.jury_file, screen.scorer, screen.sheet
        if not self.stale or jury_file is None or scorer is None or sheet is None:
            return
        if self._member_busy():
            return
        from tnl_jury.services.scoring_view import load_scoring_sheet, member_statuses

        self.stale = False
        self._generation += 1
        generation, member_id, dossier_id = self._generation, scorer.member_id, sheet.dossier.id

        def read(_ctx: object) -> tuple[ScoringSheet, dict[int, str]]:
            return (
                load_scoring_sheet(jury_file, member_id, dossier_id),
                member_statuses(jury_file, member_id),
            )

        def show(value: tuple[ScoringSheet, dict[int, str]]) -> None:
            self.reads += 1
            current = screen.sheet
            if (
                generation != self._generation
                or jury_file is not screen.window_.jury_file
                or screen.scorer is not scorer
                or current is None
                or current.dossier.id != dossier_id
            ):
                return  # another member, dossier or file since: that one is shown
            if self._member_busy():
                self.stale = True  # the member typed meanwhile: again once idle
                return
            fresh, statuses = value
            screen.ui.list_model.set_statuses(statuses)
            self._show(current, fresh)

        screen.window_.runner.submit(
            read,
            name="scoring sheet",
            on_result=show,
            on_error=lambda exc: log.warning("could not read the scoring sheet again: %s", exc),
        )

    def _member_busy(self) -> bool:
        """Whether the member's own changes are queued or being typed (a comment, the note)."""
        screen = self.screen
        if screen.recorder.saver.pending:
            return True
        criteria = screen.criteria
        typing = any(
            row.comment.toPlainText() != row.saved_comment for row in criteria.rows.values()
        )
        return typing or criteria.note_unsaved()

    def _idle_changed(self, idle: bool) -> None:
        if idle:
            self.refresh()

    def _show(self, shown: ScoringSheet, fresh: ScoringSheet) -> None:
        """Show ``fresh`` if it differs from what the screen shows (``shown`` and the
        recorder's state); the focus and the current criterion stay."""
        screen = self.screen
        recorder = screen.recorder
        if recorder.sheet is shown:
            codes = set(fresh.scores) | set(recorder.states)
            same_scores = all(fresh.state(c) == recorder.state(c) for c in codes)
            same = same_scores and (fresh.proposed_level, fresh.general_note, fresh.status) == (
                recorder.level,
                recorder.note,
                recorder.status,
            )
        else:
            same = (fresh.scores, fresh.proposed_level, fresh.general_note, fresh.status) == (
                shown.scores,
                shown.proposed_level,
                shown.general_note,
                shown.status,
            )
        dossier_same = (fresh.answers, fresh.attachments, fresh.recusal_reason) == (
            shown.answers,
            shown.attachments,
            shown.recusal_reason,
        )
        others_same = (fresh.locked, fresh.member_active, fresh.member_name) == (
            shown.locked,
            shown.member_active,
            shown.member_name,
        )
        if same and dossier_same and others_same:
            return
        code = screen.criteria.current_code()
        screen.show_sheet_again(fresh, dossier_too=not dossier_same)
        if not dossier_same and code:
            screen.dossier_view.show_criterion(code)
