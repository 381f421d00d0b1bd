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
