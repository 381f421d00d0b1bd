"""Undo and redo of the member's recent changes on the scoring screen.

A :class:`ScoreCommand` holds one criterion's state before and after a change (value,
"no opinion", comment). ``redo()`` and ``undo()`` hand the state to write to the screen's
``write_state`` callable, which updates the row at once and queues
:func:`tnl_jury.services.scores.set_score` with that state: undoing writes the previous
state to the jury file, in its own transaction, like any other change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from tnl_jury.services.scoring_view import ScoreState

WriteState = Callable[[str, "ScoreState", "ScoreState"], None]  # (criterion, state, replaced)


class ScoreCommand(QUndoCommand):
    """One change of one criterion's score or comment (for one member and one dossier: the
    screen clears its undo stack when either changes)."""

    def __init__(
        self,
        write_state: WriteState,
        criterion: str,
        before: ScoreState,
        after: ScoreState,
        text: str,
    ) -> None:
        super().__init__(text)
        self._write = write_state
        self.criterion = criterion
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._write(self.criterion, self.after, self.before)

    def undo(self) -> None:
        self._write(self.criterion, self.before, self.after)
