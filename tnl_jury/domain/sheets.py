"""What a printed scoring sheet shows: the grid, and one (dossier, member) pair per sheet.

The services build a :class:`ScoringSheetRecord` from the jury file; the io layer
(:mod:`tnl_jury.io.pdf.scoring_sheet`) prints it. Plain values only, so the PDF can be tested
on records built by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from tnl_jury.domain.grid import Grid, ScaleStep


@dataclass(frozen=True)
class SheetCriterion:
    code: str
    label: str
    steps: tuple[ScaleStep, ...]  # the criterion's scale, lowest first


@dataclass(frozen=True)
class SheetDomain:
    code: str
    name: str
    criteria: tuple[SheetCriterion, ...]


@dataclass(frozen=True)
class SheetTarget:
    """One sheet: a dossier and the member who scores it (``member_name`` "" = a blank sheet,
    the juror writes their name)."""

    ds_number: str
    candidate_name: str
    departement_code: str = ""
    member_name: str = ""


@dataclass(frozen=True)
class ScoringSheetRecord:
    """Everything the sheets of one print run need, in print order."""

    label_name: str
    edition_title: str
    domains: tuple[SheetDomain, ...]
    sheets: tuple[SheetTarget, ...]
    levels: tuple[int, ...] = (0, 1, 2, 3, 4, 5)  # the level a member may propose

    @property
    def step_columns(self) -> int:
        """How many step boxes the widest scale needs (the sheet's number of step columns)."""
        return max((len(c.steps) for d in self.domains for c in d.criteria), default=0)


def sheet_domains(grid: Grid) -> tuple[SheetDomain, ...]:
    """The grid's domains and criteria with each criterion's scale steps, in grid order."""
    return tuple(
        SheetDomain(
            domain.code,
            domain.name,
            tuple(SheetCriterion(c.code, c.label, grid.scale_of(c).steps) for c in domain.criteria),
        )
        for domain in grid.domains
    )
