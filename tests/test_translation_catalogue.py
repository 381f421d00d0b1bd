"""The catalogues are exactly what lupdate writes, so a small change of strings is a small diff."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("tnl_jury_*.ts"))


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "merge_translations", ROOT / "tools" / "merge_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    module = _tool()
    if not module.lupdate_program().exists():
        pytest.skip("PySide6's lupdate is not installed")
    return module


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_the_committed_catalogue_is_lupdates_own_layout(
    tool: ModuleType, catalogue: Path, tmp_path: Path
) -> None:
    """A catalogue merged by hand (contexts out of order, ElementTree's entities) would be
    rewritten in full by the next lupdate: it fails here, where it was made."""
    copy = tmp_path / catalogue.name
    shutil.copyfile(catalogue, copy)
    tool.lupdate(copy)
    assert copy.read_text(encoding="utf-8") == catalogue.read_text(encoding="utf-8"), (
        "run lupdate as resources/i18n/README.md says"
    )


def test_filling_one_entry_changes_only_that_entry(tool: ModuleType, tmp_path: Path) -> None:
    """The tool used to leave the file in ElementTree's layout: one new translation was a diff of
    thousands of lines (apostrophes, no-break spaces) until someone ran lupdate again."""
    catalogue = ROOT / "resources" / "i18n" / "tnl_jury_fr.ts"
    original = catalogue.read_text(encoding="utf-8")
    done = "<translation>Bulletin du membre&#xa0;: {value}</translation>"
    assert original.count(done) == 1
    copy = tmp_path / "tnl_jury_fr.ts"
    copy.write_text(
        original.replace(done, '<translation type="unfinished"></translation>'), encoding="utf-8"
    )
    known = {"Member's ballot: {value}": "Bulletin du membre\u00a0: {value}"}
    assert tool.main([str(copy), str(_json(tmp_path, known))]) == 0
    assert copy.read_text(encoding="utf-8") == original


def _json(tmp_path: Path, known: dict[str, str]) -> Path:
    path = tmp_path / "known.json"
    path.write_text(json.dumps(known), encoding="utf-8")
    return path
