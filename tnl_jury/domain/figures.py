"""The one rounding rule for scores: what is shown is what is compared.

A score is shown with :data:`SCORE_DECIMALS` decimals at most, rounded half up on its written
decimal form (``1.195`` → ``1.2``, although the binary float is 1.19499…), and a level's
threshold is met when that shown figure reaches it. So a refused dossier is never "at 1,2" of a
"≥ 1,2" requirement: the GUI (``gui/deliberation/results_model.number``), the documents
(``io/pdf/text.french_number``, ``domain/charts.decimal``) and the level rule
(``domain/levels``) all go through :func:`rounded` and :func:`meets`.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

SCORE_DECIMALS = 2


def rounded(value: float, decimals: int = SCORE_DECIMALS) -> float:
    """``value`` rounded half up at ``decimals`` on its shortest written form (``repr``)."""
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP))


def meets(value: float, required: float) -> bool:
    """Whether a score reaches a threshold, both taken at the precision they are shown."""
    return rounded(value) >= rounded(required)


def figure_text(value: float, decimals: int = SCORE_DECIMALS, *, comma: bool = False) -> str:
    """``value`` rounded by :func:`rounded`, written with exactly ``decimals`` decimals."""
    text = f"{rounded(value, decimals):.{decimals}f}"
    return text.replace(".", ",") if comma else text
