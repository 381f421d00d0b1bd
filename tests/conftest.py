"""Shared fixtures. Qt runs on the offscreen platform so that tests need no display."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the tests away from the user's own settings, logs and recent files.
os.environ.setdefault("TNL_JURY_SETTINGS_SCOPE", "tests")

from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.services.edition import new_jury_file
from tnl_jury.storage.jury_file import JuryFile

REPO_ROOT = Path(__file__).resolve().parent.parent

# Generated Démarches Simplifiées exports (tests/dsgen/): fixtures ds_export_files, ds_export,
# office_written_exports, ds_hostile.
pytest_plugins = ["dsgen.fixtures"]


@pytest.fixture
def jury_file(tmp_path: Path) -> Iterator[JuryFile]:
    """A new, empty jury file (default TNL grid, edition 2026), open for writing."""
    jf = new_jury_file(tmp_path / "edition.tnlj", year=2026)
    yield jf
    jf.close()


@pytest.fixture
def demo_file(tmp_path: Path) -> Iterator[JuryFile]:
    """A small demo jury file (12 dossiers, 6 members), open for writing."""
    jf = create_demo(tmp_path / "demo.tnlj", DemoSize(dossiers=12, members=6))
    yield jf
    jf.close()


@pytest.fixture
def read_only_medium(tmp_path: Path) -> Iterator[Path]:
    """A demo jury file on a real read-only file system (a tmpfs mounted, filled, then
    remounted read-only): needs the right to mount, as root on the CI machine."""
    import shutil
    import subprocess

    mount = shutil.which("mount")
    folder = tmp_path / "medium"
    folder.mkdir()
    if mount is None or os.geteuid() != 0:
        pytest.skip("mounting a read-only file system needs root")
    done = subprocess.run(
        [mount, "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], check=False
    )
    if done.returncode != 0:
        pytest.skip("this machine does not let tests mount a file system")
    try:
        create_demo(folder / "jury.tnlj", DemoSize(dossiers=3, members=3)).close()
        subprocess.run([mount, "-o", "remount,ro", str(folder)], check=True)
        yield folder / "jury.tnlj"
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A small real tmpfs (8 MB), unmounted at the end: the hostile-input tests fill it or
    remount it read-only. Needs root, as on the CI machine; skipped otherwise."""
    import shutil
    import subprocess

    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a file system needs root")
    folder = tmp_path / "mnt"
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)])
    if done.returncode != 0:
        pytest.skip("this machine does not let tests mount a file system")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
