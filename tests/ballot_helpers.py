"""Helpers of the ballot tests (#7): a jury file without scores, members' scoring plans that can
be applied to a package or directly to the secretariat's file, and "nothing written" checks."""

from __future__ import annotations

import hashlib
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from helpers import custom_grid_path, sqlite_dump

from tnl_jury.services import dossiers, edition, members, scores, scoring
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.storage.jury_file import JuryFile, open_jury_file


def base_file(
    folder: Path, *, dossier_count: int = 6, member_count: int = 3, small_grid: bool = True
) -> Path:
    """A closed demo jury file with members and dossiers but no scores (the demo's one
    recusal: the last member on the fourth dossier). ``small_grid``: the tests' three-criterion
    grid (scale 1–3), so that scoring every dossier stays quick; else the TNL grid."""
    path = folder / "secretariat.tnlj"
    size = DemoSize(dossiers=dossier_count, members=member_count, scored_share=0.0)
    grid = custom_grid_path(folder) if small_grid else None
    create_demo(path, size, grid_path=grid).close()
    return path


def copy_of(path: Path, name: str) -> Path:
    """A byte copy of a closed jury file (same ids, same edition id)."""
    target = path.with_name(name)
    shutil.copyfile(path, target)
    return target


@dataclass(frozen=True)
class Step:
    """One action of a member: a score, a proposed level (with a note), or submitting."""

    kind: str  # "score", "level", "submit"
    ds_number: str
    code: str = ""
    value: int | None = None
    no_opinion: bool = False
    comment: str = ""
    level: int | None = None
    note: str = ""


def scoring_plan(jf: JuryFile, member_id: int, ds_numbers: list[str], seed: int) -> list[Step]:
    """A member's realistic work on ``ds_numbers``: most criteria scored, a few "no opinion",
    some comments, a proposed level, and a submission when everything is scored."""
    rng = random.Random(seed)
    domains = edition.grid_summary(jf)
    recused = {r.ds_number for r in members.list_recusals(jf) if r.member_id == member_id}
    steps: list[Step] = []
    for number in ds_numbers:
        if number in recused:
            continue
        complete = rng.random() < 0.6
        for domain in domains:
            for c in domain.criteria:
                if not complete and rng.random() < 0.3:
                    continue
                if rng.random() < 0.05:
                    steps.append(Step("score", number, c.code, None, True, "Je ne sais pas."))
                    continue
                value = rng.randint(c.scale_min, c.scale_max)
                comment = f"Avis {c.code} « {number} »" if rng.random() < 0.15 else ""
                steps.append(Step("score", number, c.code, value, False, comment))
        if rng.random() < 0.7:
            steps.append(
                Step("level", number, level=rng.randint(0, 5), note=f"Note générale {number}")
            )
        if complete:
            steps.append(Step("submit", number))
    return steps


def apply_plan(jf: JuryFile, member_id: int, steps: list[Step]) -> None:
    """Do the member's steps through the services (in a package or in the secretariat's file)."""
    ids = {d.ds_number: d.id for d in dossiers.list_dossiers(jf)}
    for step in steps:
        dossier_id = ids[step.ds_number]
        if step.kind == "score":
            scores.set_score(
                jf,
                member_id,
                dossier_id,
                step.code,
                step.value,
                no_opinion=step.no_opinion,
                comment=step.comment,
            )
        elif step.kind == "level":
            scores.set_proposed_level(jf, member_id, dossier_id, step.level, step.note)
        else:
            scoring.submit(jf, member_id, dossier_id)


@dataclass(frozen=True)
class FileState:
    """What a closed jury file holds, to check that a refusal wrote nothing."""

    sha256: str
    dump: tuple[str, ...]


def file_state(path: Path) -> FileState:
    """The bytes' SHA-256 and the SQL dump of a closed jury file."""
    return FileState(hashlib.sha256(path.read_bytes()).hexdigest(), tuple(sqlite_dump(path)))


def reopen(path: Path) -> JuryFile:
    return open_jury_file(path)
