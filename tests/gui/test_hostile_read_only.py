"""The window on a read-only medium whose ``-wal`` holds the latest changes: it says so and
offers a copy (never a stale view). Needs root (a real read-only tmpfs); skipped otherwise."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from test_hostile_files import _file_with_changes_in_its_wal

from tnl_jury.gui.main_window import MainWindow


def test_the_window_offers_a_copy_instead_of_a_stale_view(
    window: MainWindow,
    tmp_path: Path,
    tmpfs: Path,
) -> None:
    path = _file_with_changes_in_its_wal(tmp_path, tmpfs)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    questions: list[str] = []
    answer = [False]
    window.ask_question = lambda title, text: questions.append(text) or answer[0]  # type: ignore[method-assign]

    window.open_file(path)
    assert window.jury_file is None  # declined: nothing stale is shown
    assert len(questions) == 1 and "latest changes" in questions[0]
    assert "jury.tnlj-wal" in questions[0]
    assert window.messages == []  # type: ignore[attr-defined]

    answer[0] = True
    window.open_file(path)
    assert window.jury_file is not None
    assert window.jury_file.path.parent != tmpfs  # the copy, in a writable folder
    assert window.snapshot is not None and len(window.snapshot.members) == 8
    window.close_file()


def test_a_full_disk_is_a_warning_in_one_sentence_not_an_internal_error(
    window: MainWindow, demo_path: Path
) -> None:
    import sqlalchemy.exc
    from PySide6.QtWidgets import QMessageBox

    window.open_file(demo_path)
    driver = sqlite3.OperationalError("database or disk is full")
    window.report_error(sqlalchemy.exc.OperationalError("COMMIT", {}, driver), "Saving")
    (message,) = window.messages  # type: ignore[attr-defined]
    assert message.icon == QMessageBox.Icon.Warning
    assert f"{demo_path}: the disk is full; nothing was changed" in message.text
    window.close_file()


def test_a_lock_file_that_cannot_be_taken_still_opens_read_only_and_says_why(
    window: MainWindow, demo_path: Path
) -> None:
    """A lock "file" that cannot be opened for writing (here a folder in its place, which
    not even root can open so; another user's lock file acts the same for a user)."""
    lock = Path(f"{demo_path}.lock")
    lock.unlink(missing_ok=True)  # the empty one its making left
    lock.mkdir()
    window.open_file(demo_path)
    assert window.messages == []  # type: ignore[attr-defined]
    assert window.jury_file is not None and window.jury_file.read_only
    assert window.jury_file.read_only_reason == "lockfile"
    assert window.banner.isVisibleTo(window)
    assert "lock file" in window.banner_text.text()
    window.close_file()
