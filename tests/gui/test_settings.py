"""Settings: a dedicated store under TNL_JURY_SETTINGS_SCOPE, and the recent files list."""

from __future__ import annotations

from pathlib import Path

import pytest

from tnl_jury.gui.settings import MAX_RECENT_FILES, AppSettings, open_qsettings, scope_dir


def test_an_absolute_scope_is_the_settings_folder(isolated_settings: Path) -> None:
    assert scope_dir() == isolated_settings
    assert Path(open_qsettings().fileName()) == isolated_settings / "tnl-jury.ini"


def test_a_named_scope_lives_in_the_temporary_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TNL_JURY_SETTINGS_SCOPE", "tests/../x")
    folder = scope_dir()
    assert folder is not None
    assert folder.name == "tnl-jury-settings-tests_.._x"


def test_recent_files_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    settings = AppSettings()
    files = []
    for number in range(MAX_RECENT_FILES + 2):
        path = tmp_path / f"f{number}.tnlj"
        path.write_bytes(b"")
        files.append(path)
        settings.remember_file(path)
    settings.remember_file(files[5])
    recent = AppSettings().recent_files()  # read back through a new QSettings
    assert len(recent) == MAX_RECENT_FILES
    assert recent[0] == files[5].resolve()
    assert recent[1] == files[-1].resolve()
    assert files[0].resolve() not in recent


def test_missing_files_are_pruned_and_single_items_survive(tmp_path: Path) -> None:
    kept, gone = tmp_path / "kept.tnlj", tmp_path / "gone.tnlj"
    kept.write_bytes(b"")
    gone.write_bytes(b"")
    settings = AppSettings()
    settings.remember_file(kept)
    settings.remember_file(gone)
    gone.unlink()
    assert settings.recent_files() == [kept.resolve()]
    assert AppSettings().recent_files() == [kept.resolve()]  # a one-item list in an INI file
    settings.clear_recent_files()
    assert settings.recent_files() == []


def test_language_is_remembered() -> None:
    assert AppSettings().language() is None
    AppSettings().set_language("fr")
    assert AppSettings().language() == "fr"
