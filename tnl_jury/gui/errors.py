"""How the GUI tells the user that something went wrong.

Contract: a :class:`~tnl_jury.domain.errors.UserError` is shown with its own text (it is written
for the user), in the interface's language (:func:`user_message`). Anything else is a bug: its
traceback goes to the log (never on screen) and the user reads a short "internal error" message
naming the log file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tnl_jury import APP_NAME
from tnl_jury.domain.errors import UserError

log = logging.getLogger(__name__)

LOG_FILE_NAME = f"{APP_NAME}.log"


@dataclass(frozen=True)
class ErrorMessage:
    """What to show: ``internal`` is True for a bug (a warning icon becomes a critical one)."""

    title: str
    text: str
    internal: bool


def log_file_path() -> Path:
    """Where the GUI writes its log (the settings scope's folder when one is set)."""
    from tnl_jury.gui.settings import scope_dir
    from tnl_jury.paths import user_log_dir

    folder = scope_dir() or user_log_dir()
    return folder / LOG_FILE_NAME


def describe(exc: BaseException, action: str = "") -> ErrorMessage:
    """The message for ``exc``; logs the traceback when it is not a UserError.

    ``action`` (already translated) says what was being done, e.g. "Opening the jury file".
    """
    if isinstance(exc, UserError):
        title = action or QCoreApplication.translate("Errors", "Cannot do this")
        return ErrorMessage(title, _sentence(user_message(exc)), internal=False)
    log.error(
        "internal error%s",
        f" ({action})" if action else "",
        exc_info=(type(exc), exc, exc.__traceback__),
    )
    text = QCoreApplication.translate(
        "Errors",
        "An internal error stopped this operation. Nothing you did caused it. "
        "The technical details were written to the log file:\n{path}",
    ).format(path=log_file_path())
    return ErrorMessage(QCoreApplication.translate("Errors", "Internal error"), text, internal=True)


def translate_error(template: str, n: int = -1, /) -> str:
    """A service's English message template in the interface's language (context "Errors",
    where ``lupdate`` files the templates marked with ``QT_TRANSLATE_NOOP("Errors", …)``);
    with ``n``, the plural form for ``n`` (templates marked with ``Plural.translate``)."""
    return QCoreApplication.translate("Errors", template, None, n)


def user_message(exc: UserError) -> str:
    """The text of a :class:`UserError` in the interface's language."""
    return exc.localized(translate_error)


def _sentence(text: str) -> str:
    """The service's message as a sentence: a capital first letter and a final full stop.
    A message that starts with a file name or a path keeps its case (it matters there)."""
    text = text.strip()
    if not text:
        return text
    first_word = text.split(maxsplit=1)[0].rstrip(",:;")
    if first_word.isalpha():
        text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def setup_logging() -> Path | None:
    """Send warnings and errors to the log file (created as needed); return its path."""
    path = log_file_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    return path
