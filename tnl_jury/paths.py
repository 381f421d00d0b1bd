"""Where the application's own files are: migrations, resources, user folders.

A source checkout (or an editable install) uses the top-level ``migrations/`` and ``resources/``
folders; a wheel or a frozen build carries copies under ``tnl_jury/_bundled/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tnl_jury import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def _app_root_candidates() -> list[Path]:
    candidates = [_PACKAGE_DIR / "_bundled", _PACKAGE_DIR.parent]
    frozen_root = getattr(sys, "_MEIPASS", None)  # PyInstaller
    if frozen_root:
        candidates.insert(0, Path(frozen_root))
    return candidates


def _find(name: str) -> Path:
    for root in _app_root_candidates():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the application's {name!r} folder is missing from this installation")


def migrations_dir() -> Path:
    """The Alembic scripts folder."""
    return _find("migrations")


def resources_dir() -> Path:
    """The ``resources/`` folder (grids, translations, icons)."""
    return _find("resources")


def default_grid_path() -> Path:
    """The default grid of the TNL label."""
    return resources_dir() / "grids" / "tnl-default.toml"


def user_log_dir() -> Path:
    """Where the app writes its log (tracebacks of internal errors go there, never to users)."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
