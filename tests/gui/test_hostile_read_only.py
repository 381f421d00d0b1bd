"""The window on a read-only medium whose ``-wal`` holds the latest changes: it says so and
offers a copy (never a stale view). Needs root (a real read-only tmpfs); skipped otherwise."""

from __future__ import annotations

import subprocess
from pathlib import Path

from test_hostile_files import _file_with_changes_in_its_wal, tmpfs  # noqa: F401 (fixture)

from tnl_jury.gui.main_window import MainWindow


def test_the_window_offers_a_copy_instead_of_a_stale_view(
    window: MainWindow,
    tmp_path: Path,
    tmpfs: Path,  # noqa: F811 (fixture)
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
