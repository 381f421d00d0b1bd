"""Creating an edition, its grid in the file, and adding dossiers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import CUSTOM_GRID, custom_grid_path, folder_listing, new_jury_file_copy, write_grid

from tnl_jury.domain.errors import GridError, NotFoundError, RuleError
from tnl_jury.domain.grid_file import load_grid
from tnl_jury.services import audit, dossiers, edition, members, scores
from tnl_jury.services.dossiers import NewDossier
from tnl_jury.storage.jury_file import JuryFile


@pytest.fixture
def jury_file(tmp_path: Path) -> Iterator[JuryFile]:
    """Like the shared fixture (a new jury file, default grid, 2026), copied from a template."""
    jf = new_jury_file_copy(tmp_path / "edition.tnlj")
    yield jf
    jf.close()


def test_new_file_holds_the_default_grid(jury_file: JuryFile) -> None:
    """A new jury file holds edition 2026 with the TNL grid, default settings and one event."""
    info = edition.get_edition(jury_file)
    assert (info.year, info.label_name, info.title) == (
        2026,
        "Territoire Numérique Libre",
        "Territoire Numérique Libre 2026",
    )
    summary = edition.grid_summary(jury_file)
    assert [(d.code, len(d.criteria)) for d in summary] == [
        ("STRAT", 4),
        ("INTEROP", 3),
        ("LOGICIELS", 4),
        ("COMM", 3),
        ("DATA", 3),
    ]
    assert {(c.scale_min, c.scale_max) for d in summary for c in d.criteria} == {(0, 4)}
    assert edition.get_settings(jury_file).blind_scoring is True
    assert [e.action for e in audit.list_events(jury_file)] == ["edition.create"]


@pytest.mark.parametrize("year", [0, 1800, 1999, 2201, -5])
def test_implausible_year_is_refused_before_creating_anything(tmp_path: Path, year: int) -> None:
    """A year outside 2000–2200 (0 included) is refused and no file is created."""
    with pytest.raises(RuleError, match=f"edition year {year} is not plausible"):
        edition.new_jury_file(tmp_path / "x.tnlj", year=year)
    assert folder_listing(tmp_path) == []


def test_bad_grid_is_refused_before_creating_anything(tmp_path: Path) -> None:
    grid = write_grid(tmp_path, CUSTOM_GRID.replace("weight = 0.5", "weight = -2"))
    with pytest.raises(GridError, match=r"domains\[2\]\.criteria\[2\]\.weight"):
        edition.new_jury_file(tmp_path / "x.tnlj", year=2026, grid_path=grid)
    assert folder_listing(tmp_path) == ["grid.toml"]


def test_custom_grid_is_stored_and_read_back(tmp_path: Path) -> None:
    """The file keeps its own copy of the grid: it reads back equal to the grid file even after
    the grid file is gone."""
    grid_path = custom_grid_path(tmp_path)
    expected = load_grid(grid_path)
    with edition.new_jury_file(tmp_path / "c.tnlj", year=2030, grid_path=grid_path) as jf:
        grid_path.unlink()
        assert edition.load_stored_grid(jf) == expected
        assert [(d.code, [c.code for c in d.criteria]) for d in edition.grid_summary(jf)] == [
            ("A", ["A-1"]),
            ("B", ["B-1", "B-2"]),
        ]
        assert edition.get_edition(jf).label_name == "Label Test"


def test_grid_with_byte_order_mark_can_be_used_and_reloaded(tmp_path: Path) -> None:
    """A grid saved with a byte-order mark creates an edition whose stored grid reloads."""
    grid_path = tmp_path / "bom.toml"
    grid_path.write_bytes(b"\xef\xbb\xbf" + CUSTOM_GRID.encode("utf-8"))
    with edition.new_jury_file(tmp_path / "b.tnlj", year=2026, grid_path=grid_path) as jf:
        assert [d.code for d in edition.load_stored_grid(jf).domains] == ["A", "B"]


def test_update_edition_dates(jury_file: JuryFile) -> None:
    """Dates can be set one at a time; a closing date before the opening one is refused, even
    when the two are set in separate calls."""
    edition.update_edition(jury_file, opens_on=dt.date(2026, 6, 1))
    with pytest.raises(RuleError, match="cannot close before it opens"):
        edition.update_edition(jury_file, closes_on=dt.date(2026, 5, 1))
    with pytest.raises(RuleError, match="cannot close before it opens"):
        edition.update_edition(
            jury_file, opens_on=dt.date(2026, 9, 1), closes_on=dt.date(2026, 8, 1)
        )
    edition.update_edition(jury_file, closes_on=dt.date(2026, 9, 30), title="TNL 2026")
    info = edition.get_edition(jury_file)
    assert (info.opens_on, info.closes_on, info.title) == (
        dt.date(2026, 6, 1),
        dt.date(2026, 9, 30),
        "TNL 2026",
    )
    assert [e.action for e in audit.list_events(jury_file)][:2] == [
        "edition.update",
        "edition.update",
    ]


def test_replace_grid_until_scoring_starts(jury_file: JuryFile, tmp_path: Path) -> None:
    """The grid can be replaced before any score; afterwards it is refused."""
    edition.replace_grid(jury_file, custom_grid_path(tmp_path))
    assert [d.code for d in edition.grid_summary(jury_file)] == ["A", "B"]
    assert edition.load_stored_grid(jury_file).label == "Label Test"
    member = members.add_member(jury_file, "Ann")
    (dossier,) = dossiers.add_dossiers(jury_file, [NewDossier("1", "Ville")])
    scores.set_score(jury_file, member.id, dossier, "A-1", 2)
    with pytest.raises(RuleError, match="cannot be replaced"):
        edition.replace_grid(jury_file, custom_grid_path(tmp_path))


def test_add_dossiers_refuses_duplicates_and_bad_values_atomically(jury_file: JuryFile) -> None:
    """A batch with a duplicate number, an empty number, a bad kind or a bad answer type is
    refused as a whole."""
    dossiers.add_dossiers(jury_file, [NewDossier(" 18000001 ", "Ville A")])
    assert dossiers.find_dossier_id(jury_file, "18000001") > 0
    bad_batches = [
        ([NewDossier("2", "B"), NewDossier("18000001", "Encore A")], "already in this jury file"),
        ([NewDossier("3", "C"), NewDossier("3", "C bis")], "dossier 3 is already"),
        ([NewDossier("  ", "Sans numéro")], "needs its Démarches Simplifiées number"),
        ([NewDossier("4", "D", kind="city")], "unknown kind of candidate 'city'"),
        ([NewDossier("5", "E", answers=[("Q", "blob", "x")])], "unknown answer type 'blob'"),
    ]
    for batch, words in bad_batches:
        with pytest.raises(RuleError, match=words):
            dossiers.add_dossiers(jury_file, batch)
    assert [d.ds_number for d in dossiers.list_dossiers(jury_file)] == ["18000001"]
    with pytest.raises(NotFoundError, match="no dossier number 2"):
        dossiers.find_dossier_id(jury_file, "2")
    with pytest.raises(NotFoundError, match="no dossier with id 999"):
        dossiers.get_dossier_detail(jury_file, 999)
