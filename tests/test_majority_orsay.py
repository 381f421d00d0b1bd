"""Majority judgment on the experiment Balinski & Laraki ran and published: the 2007 French
presidential election judged by the voters of Orsay (three polling stations, 1,733 valid
ballots; "Election by Majority Judgement: Experimental Evidence", Cahier du laboratoire
d'économétrie de l'École polytechnique 2007-28, and PNAS 104(21), 2007).

The counts below were tallied from the ballots as published by the MieuxVoter association
(repository ``MieuxVoter/majority-judgment-datasets``, ``ballots/2007_presidentielle_orsay``,
polling stations 1, 6 and 12). Grades: 6 Très bien, 5 Bien, 4 Assez bien, 3 Passable,
2 Insuffisant, 1 À rejeter; a candidate left without a grade counts as "À rejeter", as the
ballot itself said. Published outcome checked here: Bayrou first with "Assez bien +" (in the
authors' English, "Good+"), Royal second with "Assez bien −" ("Good−"), and the order of the
twelve candidates that follows from these ballots.
"""

from __future__ import annotations

import pytest

from tnl_jury.domain.majority import Gauge, majority_gauge, rank_by_majority

# candidate: (no grade, À rejeter, Insuffisant, Passable, Assez bien, Bien, Très bien)
ORSAY_2007 = {
    "Besancenot": (56, 484, 392, 276, 282, 172, 71),
    "Buffet": (75, 453, 457, 356, 217, 132, 43),
    "Schivardi": (100, 945, 431, 164, 67, 18, 8),
    "Bayrou": (51, 78, 146, 256, 434, 532, 236),
    "Bové": (72, 611, 445, 278, 197, 104, 26),
    "Voynet": (75, 280, 452, 410, 303, 162, 51),
    "de Villiers": (75, 887, 273, 196, 150, 111, 41),
    "Royal": (31, 187, 211, 291, 331, 393, 289),
    "Nihous": (125, 828, 462, 190, 91, 31, 6),
    "Le Pen": (46, 1242, 93, 112, 108, 80, 52),
    "Laguiller": (91, 603, 447, 288, 176, 91, 37),
    "Sarkozy": (30, 459, 123, 200, 247, 343, 331),
}
ASSEZ_BIEN = 4


def _grades(counts: tuple[int, ...]) -> list[int]:
    """One grade per ballot, no grade read as À rejeter (1)."""
    no_grade, *by_grade = counts
    grades = [1] * no_grade
    for grade, times in enumerate(by_grade, start=1):
        grades += [grade] * times
    return grades


def test_every_candidate_was_judged_on_every_ballot() -> None:
    assert {sum(counts) for counts in ORSAY_2007.values()} == {1733}


def test_bayrou_merit_profile() -> None:
    """The shares of each grade for the winner (À rejeter includes the ballots without one)."""
    grades = _grades(ORSAY_2007["Bayrou"])
    shares = [round(100 * grades.count(g) / len(grades), 1) for g in range(6, 0, -1)]
    assert shares == [13.6, 30.7, 25.0, 14.8, 8.4, 7.4]


def test_majority_grades_and_gauges_of_the_leading_candidates() -> None:
    gauges = {name: majority_gauge(_grades(counts)) for name, counts in ORSAY_2007.items()}
    # Bayrou: Assez bien, with more voters above (Bien or better: 768) than below (531).
    assert gauges["Bayrou"] == Gauge(ASSEZ_BIEN, +1, pytest.approx(768 / 1733))
    # Royal and Sarkozy: Assez bien too, with more voters below than above; Royal's smaller
    # share below (720 against 812) ranks her before him.
    assert gauges["Royal"] == Gauge(ASSEZ_BIEN, -1, pytest.approx(720 / 1733))
    assert gauges["Sarkozy"] == Gauge(ASSEZ_BIEN, -1, pytest.approx(812 / 1733))
    assert str(gauges["Bayrou"]) == "4+ (44%)"


def test_majority_ranking_of_the_twelve_candidates() -> None:
    ranking = rank_by_majority({name: _grades(c) for name, c in ORSAY_2007.items()})
    assert [name for name, _ in ranking] == [
        "Bayrou",
        "Royal",
        "Sarkozy",
        "Voynet",
        "Besancenot",
        "Buffet",
        "Bové",
        "Laguiller",
        "Nihous",
        "de Villiers",
        "Schivardi",
        "Le Pen",
    ]
