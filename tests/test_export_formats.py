"""One list of export formats: every format it names writes a file, and the refusals name the
list."""

from __future__ import annotations

from pathlib import Path

import pytest
from records import sample_record

from tnl_jury.domain.errors import UserError
from tnl_jury.io.export import write_results
from tnl_jury.io.export.formats import CODES, SPREADSHEET_FORMATS, listed


@pytest.mark.parametrize("spec", SPREADSHEET_FORMATS, ids=lambda f: f.code)
def test_every_listed_format_writes_its_file(spec, tmp_path: Path) -> None:
    out = tmp_path / f"results.{spec.code}"
    assert write_results(sample_record(), out) == [out]
    assert out.stat().st_size > 0


def test_an_unknown_format_names_the_list(tmp_path: Path) -> None:
    assert listed() == ", ".join(f".{code}" for code in CODES)
    with pytest.raises(UserError, match=r"use one of \.xlsx, \.ods, \.csv"):
        write_results(sample_record(), tmp_path / "results.txt")
