"""pytest fixtures over the generator (load with ``pytest_plugins = ["dsgen.fixtures"]``).

* ``ds_export_files`` (session): one export of 8 dossiers in every format and variant, written
  once into a temporary folder: an :class:`ExportFiles` (``files["xlsx"]`` → a Path).
* ``ds_export`` (session): the :class:`~dsgen.model.Export` behind those files (expected values).
* ``office_written_exports`` (session): the same files after a trip through LibreOffice
  (skipped when LibreOffice is missing).
* ``ds_hostile`` (session): ``ds_hostile("zip_traversal")`` → the Path of a hostile file, made
  once per kind and options.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .bundle import ExportFiles, convert_through_office, generate_export_files
from .hostile import make_hostile
from .model import Export


@pytest.fixture(scope="session")
def ds_export_files(tmp_path_factory: pytest.TempPathFactory) -> ExportFiles:
    """Every format and variant of one 8-dossier export, generated once per session."""
    return generate_export_files(tmp_path_factory.mktemp("ds-export"))


@pytest.fixture(scope="session")
def ds_export(ds_export_files: ExportFiles) -> Export:
    """The export model behind ``ds_export_files`` (the expected values)."""
    return ds_export_files.export


@pytest.fixture(scope="session")
def office_written_exports(
    ds_export_files: ExportFiles, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """The exports re-saved by LibreOffice, converted once per session (~8 s)."""
    return convert_through_office(ds_export_files, tmp_path_factory.mktemp("ds-office"))


@pytest.fixture(scope="session")
def ds_hostile(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[..., Path]]:
    """A factory: ``ds_hostile(kind, **options)`` → the hostile file's Path (cached)."""
    root = tmp_path_factory.mktemp("ds-hostile")
    made: dict[tuple[str, tuple[tuple[str, int], ...]], Path] = {}

    def get(kind: str, **options: int) -> Path:
        key = (kind, tuple(sorted(options.items())))
        if key not in made:
            sub = root / (kind + "".join(f"-{k}{v}" for k, v in key[1]))
            made[key] = make_hostile(kind, sub, **options)
        return made[key]

    yield get
