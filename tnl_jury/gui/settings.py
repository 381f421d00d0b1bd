"""The GUI's remembered preferences (recent files, language, window geometry, last tab).

Contract:

* normally the settings live where Qt keeps an application's settings on this system
  (``QSettings("tnl-jury", "tnl-jury")``: the registry on Windows, a ``.conf`` file on Linux);
* when the environment variable ``TNL_JURY_SETTINGS_SCOPE`` is set, they live in an INI file
  of a dedicated folder instead, so that tests and screenshot runs never read nor change the
  user's own settings. An absolute path names that folder; any other value is a scope name,
  giving ``<temp>/tnl-jury-settings-<name>/``. Other per-user files of the GUI (the compiled
  translations cache, the log) follow the same folder when a scope is set.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from tnl_jury import APP_NAME

SCOPE_ENV = "TNL_JURY_SETTINGS_SCOPE"
ORGANISATION = APP_NAME
MAX_RECENT_FILES = 8

_RECENT_KEY = "files/recent"
_LANGUAGE_KEY = "ui/language"
_GEOMETRY_KEY = "window/geometry"
_STATE_KEY = "window/state"
_TAB_KEY = "window/last_tab"
_MOVES_ON_KEY = "scoring/score_moves_on"
_DOCKED_KEY = "scoring/attachments_docked"


def scope_dir() -> Path | None:
    """The dedicated folder chosen by ``TNL_JURY_SETTINGS_SCOPE``, or None when it is unset."""
    scope = os.environ.get(SCOPE_ENV, "").strip()
    if not scope:
        return None
    path = Path(scope)
    if path.is_absolute():
        return path
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", scope)
    return Path(tempfile.gettempdir()) / f"tnl-jury-settings-{safe}"


def open_qsettings() -> QSettings:
    """A QSettings on the right store (see the module's contract)."""
    folder = scope_dir()
    if folder is None:
        return QSettings(ORGANISATION, APP_NAME)
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / f"{APP_NAME}.ini"), QSettings.Format.IniFormat)


class AppSettings:
    """Typed access to the GUI's settings; every setter writes through at once."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else open_qsettings()

    # Recent files ------------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """The remembered files, most recent first; files that no longer exist are pruned."""
        stored = self._string_list(_RECENT_KEY)
        kept = [Path(p) for p in stored if Path(p).is_file()]
        if len(kept) != len(stored):
            self._set_recent(kept)
        return kept[:MAX_RECENT_FILES]

    def remember_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files (at most :data:`MAX_RECENT_FILES` kept)."""
        path = path.resolve()
        others = [p for p in self.recent_files() if p.resolve() != path]
        self._set_recent([path, *others][:MAX_RECENT_FILES])

    def forget_file(self, path: Path) -> None:
        path = path.resolve()
        stored = [Path(p) for p in self._string_list(_RECENT_KEY)]
        self._set_recent([p for p in stored if p.resolve() != path])

    def clear_recent_files(self) -> None:
        self._set_recent([])

    def _set_recent(self, paths: list[Path]) -> None:
        self.qsettings.setValue(_RECENT_KEY, [str(p) for p in paths])
        self.qsettings.sync()

    # Language ----------------------------------------------------------------------------

    def language(self) -> str | None:
        """The language the user chose in the menu ("fr", "en"), or None if never chosen."""
        value = self.qsettings.value(_LANGUAGE_KEY, "")
        return str(value) if value else None

    def set_language(self, language: str) -> None:
        self.qsettings.setValue(_LANGUAGE_KEY, language)
        self.qsettings.sync()

    # Window ------------------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        value = self.qsettings.value(_GEOMETRY_KEY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self.qsettings.value(_STATE_KEY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue(_GEOMETRY_KEY, geometry)
        self.qsettings.setValue(_STATE_KEY, state)
        self.qsettings.sync()

    def last_tab(self) -> str:
        """The key of the tab shown last ("" when none was remembered)."""
        return str(self.qsettings.value(_TAB_KEY, "") or "")

    def set_last_tab(self, key: str) -> None:
        self.qsettings.setValue(_TAB_KEY, key)

    # Scoring ---------------------------------------------------------------------------

    def score_moves_on(self) -> bool:
        """Whether a digit typed on a criterion's scale also moves to the next criterion
        (True unless the member turned it off)."""
        return self._bool(_MOVES_ON_KEY, default=True)

    def set_score_moves_on(self, on: bool) -> None:
        self.qsettings.setValue(_MOVES_ON_KEY, on)
        self.qsettings.sync()

    def attachments_docked(self) -> bool:
        """Whether an attachment opens in a pane beside the criteria (True unless turned
        off) rather than in a window of its own. The pane's width is the scoring screen's
        splitter state, remembered with it."""
        return self._bool(_DOCKED_KEY, default=True)

    def set_attachments_docked(self, docked: bool) -> None:
        self.qsettings.setValue(_DOCKED_KEY, docked)
        self.qsettings.sync()

    # ----------------------------------------------------------------------------------

    def _bool(self, key: str, *, default: bool) -> bool:
        # An INI file gives back "true"/"false" strings; the registry a bool or an int.
        value = self.qsettings.value(key, default)
        if isinstance(value, str):
            return value.strip().lower() in {"true", "1", "yes"}
        return bool(value)

    def _string_list(self, key: str) -> list[str]:
        # An INI file gives back a single string for a one-item list and None for an empty one.
        value = self.qsettings.value(key, [])
        if value is None:
            return []
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list | tuple):
            return [str(v) for v in value if v]
        return []
