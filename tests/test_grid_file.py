"""The grid file loader: the default grid, and one precise GridError per broken grid."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import CUSTOM_GRID, custom_grid_path, write_grid

from tnl_jury.domain.errors import GridError, RuleError
from tnl_jury.domain.grid_file import load_grid, parse_grid
from tnl_jury.paths import default_grid_path


def test_default_grid_loads_with_five_domains_seventeen_criteria_and_levels_one_to_five() -> None:
    """The shipped TNL grid is valid and has the documented shape."""
    grid = load_grid(default_grid_path())
    assert [d.code for d in grid.domains] == ["STRAT", "INTEROP", "LOGICIELS", "COMM", "DATA"]
    assert grid.criterion_count == 17
    assert [len(d.criteria) for d in grid.domains] == [4, 3, 4, 3, 3]
    assert [rule.level for rule in grid.level_rules] == [1, 2, 3, 4, 5]
    scale = grid.scales["standard"]
    assert scale.values == (0, 1, 2, 3, 4)
    assert all(grid.scale_of(c) is scale for _, c in grid.criteria())
    assert grid.level_rules[-1].domain_minimums == {"DATA": 3.0}
    precisez = [q for _, c in grid.criteria() for q in c.questions if q.label == "Précisez"]
    assert sorted(q.occurrence for q in precisez) == [1, 2]
    assert grid.import_hints.candidate_name == ("Nom de la collectivité",)


def test_custom_grid_loads(tmp_path: Path) -> None:
    """A grid with two domains and a 1–3 scale is accepted, defaults filled in."""
    grid = load_grid(custom_grid_path(tmp_path))
    assert grid.label == "Label Test"
    assert [d.code for d in grid.domains] == ["A", "B"]
    assert grid.domains[0].weight == 2.0
    assert grid.domains[1].weight == 1.0  # default
    assert [(c.code, c.weight) for c in grid.domains[1].criteria] == [("B-1", 1.0), ("B-2", 0.5)]
    assert grid.scales["court"].values == (1, 2, 3)
    assert [(q.label, q.occurrence) for q in grid.domains[0].criteria[0].questions] == [
        ("Question A1 ?", 1),
        ("Précisez", 2),
    ]
    assert grid.level_rules[2].domain_minimums == {"B": 2.0}
    assert grid.level_rules[1].min_every_domain == 1.5


def test_scale_check_lists_allowed_values() -> None:
    """A value off the scale is refused with the allowed values in the message."""
    scale = load_grid(default_grid_path()).scales["standard"]
    scale.check(4)
    with pytest.raises(RuleError, match=r"allowed: 0, 1, 2, 3, 4"):
        scale.check(5)


def test_grid_with_byte_order_mark_loads(tmp_path: Path) -> None:
    """A grid saved with a UTF-8 byte-order mark (Windows Notepad) is read like any other."""
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + CUSTOM_GRID.encode("utf-8"))
    assert [d.code for d in load_grid(path).domains] == ["A", "B"]
    assert parse_grid("\ufeff" + CUSTOM_GRID, "memory").label == "Label Test"


# (id, old text, new text, expected location, key words of the problem)
BROKEN: list[tuple[str, str, str, str, str]] = [
    (
        "misspelled grid table",
        "[grid]\nformat = 1\n",
        "[gridx]\nformat = 1\n",
        "gridx",
        "unknown key",
    ),
    (
        "missing grid table",
        CUSTOM_GRID[: CUSTOM_GRID.index("[scales.court]")],
        "",
        "grid",
        "is missing",
    ),
    ("missing format", "format = 1\n", "", "grid.format", "is missing"),
    ("format as text", "format = 1", 'format = "1"', "grid.format", "whole number"),
    ("format as boolean", "format = 1", "format = true", "grid.format", "whole number"),
    ("unsupported format", "format = 1", "format = 2", "grid.format", "format 2 is not supported"),
    ("missing label", 'label = "Label Test"\n', "", "grid.label", "is missing"),
    ("empty name", 'name = "Grille de test"', 'name = "  "', "grid.name", "must not be empty"),
    ("unknown key in grid", "format = 1\n", "format = 1\ncolour = 3\n", "grid.colour", "unknown"),
    ("unknown top-level key", "[grid]", "extra = 1\n[grid]", "extra", "unknown key"),
    (
        "no scale",
        CUSTOM_GRID[CUSTOM_GRID.index("[scales.court]") : CUSTOM_GRID.index("[[domains]]")],
        "[scales]\n\n",
        "scales",
        "at least one scale",
    ),
    (
        "scale not a table",
        CUSTOM_GRID[CUSTOM_GRID.index("[scales.court]") : CUSTOM_GRID.index("[[domains]]")],
        "[scales]\ncourt = 3\n\n",
        "scales.court",
        "must be a table",
    ),
    (
        "scale steps not increasing",
        '{ value = 2, label = "Moyen" }',
        '{ value = 1, label = "Moyen" }',
        "scales.court.steps[2].value",
        "increasing order",
    ),
    (
        "scale with one step",
        '  { value = 2, label = "Moyen" },\n  { value = 3, label = "Fort" },\n',
        "",
        "scales.court.steps",
        "at least two steps",
    ),
    (
        "scale step value not an integer",
        '{ value = 3, label = "Fort" }',
        '{ value = 3.5, label = "Fort" }',
        "scales.court.steps[3].value",
        "whole number",
    ),
    (
        "scale step without label",
        '{ value = 3, label = "Fort" }',
        "{ value = 3 }",
        "scales.court.steps[3].label",
        "is missing",
    ),
    (
        "unknown scale",
        'label = "Critère B1"',
        'label = "Critère B1"\nscale = "large"',
        "domains[2].criteria[1].scale",
        "names no scale",
    ),
    (
        "domains as a table",
        CUSTOM_GRID[CUSTOM_GRID.index("[[domains]]") : CUSTOM_GRID.index("[levels]")],
        '[domains]\ncode = "A"\n\n',
        "domains",
        "must be a list",
    ),
    (
        "domain without criteria",
        '[[domains]]\ncode = "B"\nname = "Domaine B"\n',
        '[[domains]]\ncode = "C"\nname = "Domaine C"\ncriteria = []\n\n'
        '[[domains]]\ncode = "B"\nname = "Domaine B"\n',
        "domains[2].criteria",
        "at least one criterion",
    ),
    ("missing domain name", 'name = "Domaine A"\n', "", "domains[1].name", "is missing"),
    ("duplicate domain code", 'code = "B"\n', 'code = "A"\n', "domains[2].code", "already used"),
    (
        "duplicate criterion code",
        'code = "B-2"',
        'code = "B-1"',
        "domains[2].criteria[2].code",
        "already used by domains[2].criteria[1]",
    ),
    (
        "criterion code is a domain code",
        'code = "B-2"',
        'code = "A"',
        "domains[2].criteria[2].code",
        "'A' is already used",
    ),
    (
        "weight zero",
        "weight = 0.5",
        "weight = 0",
        "domains[2].criteria[2].weight",
        "greater than 0",
    ),
    ("weight negative", "weight = 2.0", "weight = -1.0", "domains[1].weight", "greater than 0"),
    (
        "weight not a number",
        "weight = 0.5",
        'weight = "lourd"',
        "domains[2].criteria[2].weight",
        "must be a number",
    ),
    ("weight infinite", "weight = 0.5", "weight = inf", "domains[2].criteria[2].weight", "finite"),
    (
        "unknown key in criterion",
        'label = "Critère B1"',
        'label = "Critère B1"\nhelp_text = "x"',
        "domains[2].criteria[1].help_text",
        "unknown key",
    ),
    (
        "question occurrence zero",
        "occurrence = 2",
        "occurrence = 0",
        "domains[1].criteria[1].questions[2].occurrence",
        "1 or more",
    ),
    (
        "question not text",
        '"Question A1 ?"',
        "42",
        "domains[1].criteria[1].questions[1]",
        "must be a table",
    ),
    ("missing levels", CUSTOM_GRID[CUSTOM_GRID.index("[levels]") :], "", "levels", "is missing"),
    (
        "no level",
        CUSTOM_GRID[CUSTOM_GRID.index("[levels]") :],
        "[levels]\nrules = []\n",
        "levels.rules",
        "at least one level",
    ),
    (
        "level out of range high",
        "level = 3,",
        "level = 6,",
        "levels.rules[3].level",
        "between 1 and 5",
    ),
    ("level zero", "level = 1,", "level = 0,", "levels.rules[1].level", "between 1 and 5"),
    ("duplicate level", "level = 2,", "level = 1,", "levels.rules[2].level", "defined twice"),
    (
        "levels out of order",
        "level = 1,",
        "level = 4,",
        "levels.rules[2].level",
        "increasing order",
    ),
    (
        "thresholds decreasing",
        "min_score = 2.5",
        "min_score = 1.8",
        "levels.rules[3].min_score",
        "must not be lower than level 2's (2.0)",
    ),
    (
        "threshold above the scale",
        "min_score = 2.5",
        "min_score = 3.5",
        "levels.rules[3].min_score",
        "between 1 and 3",
    ),
    (
        "threshold below the scale",
        "min_score = 1.5",
        "min_score = 0.5",
        "levels.rules[1].min_score",
        "between 1 and 3",
    ),
    (
        "every-domain threshold outside",
        "min_every_domain = 1.5",
        "min_every_domain = 9",
        "levels.rules[2].min_every_domain",
        "between 1 and 3",
    ),
    (
        "domain minimum names unknown domain",
        "{ B = 2.0 }",
        "{ Z = 2.0 }",
        "levels.rules[3].domain_minimums.Z",
        "names no domain",
    ),
    (
        "domain minimum outside the scale",
        "{ B = 2.0 }",
        "{ B = 4.0 }",
        "levels.rules[3].domain_minimums.B",
        "between 1 and 3",
    ),
    (
        "unknown key in level",
        'name = "Un",',
        'name = "Un", bonus = 1,',
        "levels.rules[1].bonus",
        "unknown key",
    ),
    (
        "import hint not text",
        "[levels]",
        '[import]\nkind = [""]\n\n[levels]',
        "import.kind[1]",
        "non-empty text",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "location", "problem"),
    [pytest.param(old, new, loc, prob, id=name) for name, old, new, loc, prob in BROKEN],
)
def test_broken_grid_names_file_key_and_problem(
    tmp_path: Path, old: str, new: str, location: str, problem: str
) -> None:
    """Each broken grid raises GridError naming the file, the exact key path and the problem."""
    assert CUSTOM_GRID.count(old) == 1, f"the test's anchor {old!r} must be unique"
    path = write_grid(tmp_path, CUSTOM_GRID.replace(old, new))
    with pytest.raises(GridError) as caught:
        load_grid(path)
    error = caught.value
    assert error.path == str(path)
    assert error.location == location
    assert problem in error.problem
    assert str(error) == f"{path}, {location}: {error.problem}"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("[grid]\nformat = 1\nlabel = \n", 3, id="missing value"),
        pytest.param("[grid]\nformat = 1\n[grid]\n", 3, id="table defined twice"),
        pytest.param('[grid]\nname = "unterminated\n', 2, id="unterminated string"),
    ],
)
def test_toml_syntax_error_names_the_line(tmp_path: Path, text: str, line: int) -> None:
    """A TOML syntax error is reported with the file and its line."""
    path = write_grid(tmp_path, text)
    with pytest.raises(GridError) as caught:
        load_grid(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: is not valid TOML")
    assert re.search(rf"\bline {line}\b", message), message
    assert "\n" not in message


def test_not_utf8_grid_is_refused(tmp_path: Path) -> None:
    """A grid in Latin-1 is refused, naming the file and the first bad byte."""
    path = tmp_path / "latin1.toml"
    raw = CUSTOM_GRID.encode("latin-1")
    path.write_bytes(raw)
    with pytest.raises(GridError) as caught:
        load_grid(path)
    assert caught.value.path == str(path)
    assert caught.value.location == f"byte {raw.index('É'.encode('latin-1'))}"
    assert "not UTF-8" in str(caught.value)


def test_missing_grid_file_is_refused(tmp_path: Path) -> None:
    """A grid path that does not exist gives a GridError, not an OSError."""
    path = tmp_path / "absent.toml"
    with pytest.raises(GridError, match=r"absent\.toml: cannot be read"):
        load_grid(path)


def test_empty_domain_list_is_refused(tmp_path: Path) -> None:
    """``domains = []`` is refused at the key ``domains``."""
    domains = CUSTOM_GRID[CUSTOM_GRID.index("[[domains]]") : CUSTOM_GRID.index("[levels]")]
    path = write_grid(tmp_path, "domains = []\n" + CUSTOM_GRID.replace(domains, ""))
    with pytest.raises(GridError) as caught:
        load_grid(path)
    assert (caught.value.path, caught.value.location) == (str(path), "domains")
    assert "at least one domain" in caught.value.problem


def test_every_broken_grid_case_is_distinct() -> None:
    """The table of broken grids has no duplicate ids (each one tests something)."""
    names = [name for name, *_ in BROKEN]
    assert len(names) == len(set(names))
    assert len({(old, new) for _, old, new, *_ in BROKEN}) == len(BROKEN)
