"""Errors meant for the person using the app.

Every error that can reach a user derives from :class:`UserError`: its ``str()`` is one complete
sentence, in plain words, naming the file and the place when there is one. The CLI prints it on
one line and exits with code 2; the GUI shows it in a message box, in the interface's language.
Anything else that escapes is a bug, logged with its traceback and reported as an internal error.

Translation: the message is an English *template* with named ``{placeholders}`` and their
values apart, ``raise RuleError(QT_TRANSLATE_NOOP("Errors", "{name} has stepped aside"),
name=member.name)``. ``str()`` fills the template in English; the GUI translates the template
with Qt Linguist's catalogue (:meth:`UserError.localized`) and fills it in the same way. Qt's
``lupdate`` finds the templates by their ``QT_TRANSLATE_NOOP("Errors", …)`` mark in any source
file: the mark is a plain function here, so this layer stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str], str]
"""English template → the same template in the interface's language."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for translation in ``context`` (always "Errors" here); return it as is."""
    return text


def untranslated(text: str) -> str:
    """The identity :data:`Translate`: English, as written."""
    return text


class UserError(Exception):
    """A problem the user can understand and act on (bad input, refused file, broken rule).

    ``message`` is an English template; ``params`` fill its ``{placeholders}`` (the template is
    used as it is when there are none, so braces in it need no escaping then).
    """

    def __init__(self, message: str = "", /, **params: object) -> None:
        self.template = message
        self.params = params
        super().__init__(self.localized(untranslated))

    def localized(self, translate: Translate) -> str:
        """The message with its template passed through ``translate`` (the GUI's catalogue)."""
        text = translate(self.template)
        if not self.params:
            return text
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return self.template.format(**self.params)


class GridError(UserError):
    """A grid file is unreadable or breaks a rule.

    ``path`` names the file, ``location`` the key (``domains[2].criteria[1].weight``) or the line,
    ``problem`` what is wrong.
    """

    def __init__(self, path: str, location: str, problem: str, /, **params: object) -> None:
        self.path = path
        self.location = location
        super().__init__(problem, **params)
        self.problem = super().localized(untranslated)  # in English, filled in

    def localized(self, translate: Translate) -> str:
        where = f"{self.path}, {self.location}" if self.location else self.path
        # A template of its own: French puts a non-breaking space before the colon.
        placed = translate(QT_TRANSLATE_NOOP("Errors", "{place}: {problem}"))
        return placed.format(place=where, problem=super().localized(translate))


class RuleError(UserError):
    """An operation breaks a rule of the jury (score out of scale, recused member, …)."""


class NotFoundError(UserError):
    """Something named by the user (a member, a dossier, a criterion) does not exist."""
