"""One rounding rule for what is shown and what is compared: a score is compared to a level's
threshold at the precision it is shown (two decimals, half up), so the words never say "le
niveau 2 demande ≥ 1,2" beside "le score global est à 1,2" on a refused dossier."""

from __future__ import annotations

import pytest

from tnl_jury.domain.charts import decimal
from tnl_jury.domain.figures import meets, rounded
from tnl_jury.domain.grid_file import load_grid
from tnl_jury.domain.levels import proposed_level
from tnl_jury.io.pdf.text import french_number
from tnl_jury.paths import default_grid_path

GRID = load_grid(default_grid_path())  # level 2: an overall score ≥ 1.2


def _domains(value: float) -> dict[str, float | None]:
    return {d.code: value for d in GRID.domains}


@pytest.mark.parametrize("overall", [1.195, 1.1951, 1.19999, 1.2])
def test_a_score_shown_as_the_threshold_meets_it(overall: float) -> None:
    shown = decimal(overall, comma=True)
    assert shown == french_number(overall).rstrip("0").rstrip(",") == "1,2"
    outcome = proposed_level(GRID, overall, _domains(overall))
    assert outcome.level == 2, outcome.reason_fr()
    assert "≥ 1,2" not in outcome.reason_fr()  # level 2 is not what it misses


@pytest.mark.parametrize("overall", [1.19, 1.1949, 1.194999])
def test_a_score_below_says_the_figure_it_was_compared_at(overall: float) -> None:
    outcome = proposed_level(GRID, overall, _domains(overall))
    assert outcome.level == 1
    reason = outcome.reason_fr()
    assert "le niveau 2 demande un score global ≥ 1,2 ; le score global est à 1,19" in reason
    assert decimal(overall, comma=True) == "1,19" == french_number(overall)


def test_rounded_is_half_up_on_the_written_figure() -> None:
    assert rounded(1.195) == 1.2  # binary 1.19499999…: f"{1.195:.2f}" would say 1.19
    assert rounded(2.675) == 2.68
    assert rounded(1.19499) == 1.19
    assert rounded(3.0, 0) == 3.0
    assert meets(1.195, 1.2) and not meets(1.1949, 1.2)
