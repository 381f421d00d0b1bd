"""What the three writers share: row counting, progress reports and cancel checks.

Atomic output and the :class:`~tnl_jury.io.atomic.Cancelled` error come from
:mod:`tnl_jury.io.atomic`, shared by every exporter of the app.
"""

from __future__ import annotations

from typing import Final

from tnl_jury.io.atomic import CancelledFn, ProgressFn, check_cancelled, report

# How many rows between two progress reports and cancel checks: small enough to answer a
# cancel within a few milliseconds, large enough to cost nothing on 360,000 rows.
CHECK_EVERY: Final = 1000


class Progress:
    """Counts written rows, reports them and checks for cancellation every :data:`CHECK_EVERY`.

    ``total`` is the number of data rows of every sheet of every output file; ``what`` names
    the output in the :class:`~tnl_jury.io.atomic.Cancelled` message. :meth:`step` is called
    once per row.
    """

    def __init__(
        self,
        total: int,
        progress: ProgressFn | None,
        cancelled: CancelledFn | None,
        what: str = "export",
    ) -> None:
        self.done = 0
        self.total = total
        self._progress = progress
        self._cancelled = cancelled
        self._what = what
        self._message = ""
        self._next = CHECK_EVERY

    def start(self, message: str) -> None:
        """A new step begins (``message``: the sheet's name, or "" at the end): report, check."""
        self._message = message
        self.check()

    def step(self) -> None:
        """One more row written; every :data:`CHECK_EVERY` rows, report and check cancel."""
        self.done += 1
        if self.done >= self._next:
            self._next = self.done + CHECK_EVERY
            self.check()

    def check(self) -> None:
        """Report where we are, then raise ``Cancelled`` if the user asked to stop."""
        report(self._progress, self.done, self.total, self._message)
        check_cancelled(self._cancelled, self._what)
