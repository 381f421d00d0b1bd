"""Errors meant for the person using the app.

Every error that can reach a user derives from :class:`UserError`: its ``str()`` is one complete
sentence, in plain words, naming the file and the place when there is one. The CLI prints it on
one line and exits with code 2; the GUI shows it in a message box. Anything else that escapes is a
bug, logged with its traceback and reported as an internal error.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and act on (bad input, refused file, broken rule)."""


class GridError(UserError):
    """A grid file is unreadable or breaks a rule.

    ``path`` names the file, ``location`` the key (``domains[2].criteria[1].weight``) or the line,
    ``problem`` what is wrong.
    """

    def __init__(self, path: str, location: str, problem: str) -> None:
        self.path = path
        self.location = location
        self.problem = problem
        where = f"{path}, {location}" if location else path
        super().__init__(f"{where}: {problem}")


class RuleError(UserError):
    """An operation breaks a rule of the jury (score out of scale, recused member, …)."""


class NotFoundError(UserError):
    """Something named by the user (a member, a dossier, a criterion) does not exist."""
