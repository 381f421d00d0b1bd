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

import re
from collections.abc import Mapping
from typing import Protocol


class Translate(Protocol):
    """English template → the same template in the interface's language; with ``n`` (a
    count, for a template with ``%n``), the plural form for ``n`` with ``%n`` replaced."""

    def __call__(self, text: str, n: int = -1, /) -> str: ...


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for translation in ``context`` (always "Errors" here); return it as is."""
    return text


class Plural:
    """The mark of a template with plural forms: ``Plural.translate("Errors", "%n dossier(s)
    skipped…", None, 1)`` returns the template as it is, and lupdate files it as a numerus
    message (it reads any ``….translate(context, text, None, 1)`` call, the last argument a
    literal number: with a variable there, lupdate does not see a plural). The phrase that
    carries the template gives the count as its ``count`` value; English forms come from
    "(s)" (:func:`english_plural`)."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: None, numerus: int) -> str:
        return text


_PLURAL_S = re.compile(r"(?<=\w)\(s\)")


def english_plural(text: str, n: int) -> str:
    """``text`` for ``n`` in English: ``%n`` is the count, "dossier(s)" a plural in "s"."""
    return _PLURAL_S.sub("" if n == 1 else "s", text).replace("%n", str(n))


def untranslated(text: str, n: int = -1, /) -> str:
    """The identity :data:`Translate`: English, as written (its plural form for ``n``)."""
    return english_plural(text, n) if n >= 0 and "%n" in text else text


class Phrase:
    """A piece of a message translated on its own: an English template (marked with
    ``QT_TRANSLATE_NOOP("Errors", …)`` where it is written) and its values, which may be
    phrases (or anything with a ``localized(translate)`` method) too. ``str()`` is English."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params

    def localized(self, translate: Translate = untranslated) -> str:
        return fill(translate, self.template, self.params)

    def __str__(self) -> str:
        return self.localized()

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Phrase):
            return NotImplemented
        return (self.template, self.params) == (other.template, other.params)

    def __hash__(self) -> int:
        return hash(self.template)


def fill(translate: Translate, template: str, params: Mapping[str, object]) -> str:
    """``template`` passed through ``translate``, then filled with ``params`` (values with a
    ``localized`` method — phrases, places — translated the same way); the English template
    when a translation lost a placeholder. Without params the template is used as it is
    (braces need no escaping)."""
    count = params.get("count")
    plural = "%n" in template and isinstance(count, int)
    text = translate(template, count) if plural else translate(template)  # type: ignore[arg-type]
    if not params:
        return text
    values = {
        key: value.localized(translate) if hasattr(value, "localized") else value
        for key, value in params.items()
    }
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        english = untranslated(template, count) if plural else template  # type: ignore[arg-type]
        return english.format(**values)


PLACED = QT_TRANSLATE_NOOP("Errors", "{place}: {problem}")
"""The template of a message that names its place first (French puts a space before the
colon)."""


class UserError(Exception):
    """A problem the user can understand and act on (bad input, refused file, broken rule).

    ``message`` is an English template; ``params`` fill its ``{placeholders}`` (the template is
    used as it is when there are none, so braces in it need no escaping then); a value may be
    a :class:`Phrase`, translated with the message.
    """

    def __init__(self, message: str = "", /, **params: object) -> None:
        self.template = message
        self.params = params
        super().__init__(self.localized(untranslated))

    def localized(self, translate: Translate) -> str:
        """The message with its template passed through ``translate`` (the GUI's catalogue)."""
        return fill(translate, self.template, self.params)


class GridError(UserError):
    """A grid file is unreadable or breaks a rule.

    ``path`` names the file, ``location`` the key (``domains[2].criteria[1].weight``) or the line,
    ``problem`` what is wrong (a template filled with ``params``; ``self.problem``: in English).
    """

    def __init__(self, path: str, location: str, problem: str, /, **params: object) -> None:
        self.path = path
        self.location = location
        inner = Phrase(problem, **params)
        self.problem = str(inner)
        where = f"{path}, {location}" if location else path
        super().__init__(PLACED, place=where, problem=inner)


class RuleError(UserError):
    """An operation breaks a rule of the jury (score out of scale, recused member, …)."""


class NotFoundError(UserError):
    """Something named by the user (a member, a dossier, a criterion) does not exist."""
