"""Creating a jury file, setting up its edition and grid, and reading them back."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from tnl_jury.domain import grid as g
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, RuleError
from tnl_jury.domain.grid_file import load_grid, parse_grid
from tnl_jury.domain.settings import EditionSettings
from tnl_jury.paths import default_grid_path
from tnl_jury.services import audit
from tnl_jury.services.views import Counts, CriterionInfo, DomainInfo, EditionInfo
from tnl_jury.storage import import_models as im
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile, create_jury_file


def new_jury_file(
    path: str | Path,
    *,
    year: int | None = None,
    grid_path: str | Path | None = None,
    title: str = "",
) -> JuryFile:
    """Create a jury file at ``path`` holding an edition of ``year`` (this year by default)
    with the grid at ``grid_path`` (the default TNL grid when None), and return it open.

    The grid is read and validated before the file is created, so a bad grid leaves no file.
    """
    grid_path = Path(grid_path) if grid_path else default_grid_path()
    grid = load_grid(grid_path)
    source = grid_path.read_text(encoding="utf-8")
    year = dt.date.today().year if year is None else year
    if not 2000 <= year <= 2200:
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "the edition year {year} is not plausible"), year=year
        )
    jury_file = create_jury_file(path)
    try:
        with jury_file.transaction() as session:
            session.add(
                m.Edition(
                    year=year,
                    label_name=grid.label,
                    title=title or f"{grid.label} {year}",
                    grid_name=grid.name,
                    grid_source=source,
                    settings=EditionSettings().as_dict(),
                    import_hints=_hints_to_json(grid.import_hints),
                )
            )
            _store_grid(session, grid)
            _store_question_columns(session, grid)
            audit.record(
                session,
                jury_file.actor,
                "edition.create",
                year=year,
                grid=grid.name,
                grid_file=grid_path.name,
            )
    except BaseException:
        jury_file.close()
        raise
    return jury_file


def _hints_to_json(hints: g.ImportHints) -> dict[str, object]:
    return {key: list(value) for key, value in vars(hints).items()}


def _store_question_columns(session: Session, grid: g.Grid) -> None:
    """The grid's known procedure columns (``[[import.questions]]``) as the mapping of the
    questions the secretariat has not mapped yet (its own choices stay)."""
    mapped = {
        (r.question_label, r.question_occurrence)
        for r in session.scalars(select(im.QuestionMapping))
    }
    for qc in grid.question_columns:
        key = (qc.question.label, qc.question.occurrence)
        if key not in mapped:
            mapped.add(key)
            session.add(
                im.QuestionMapping(
                    question_label=qc.question.label,
                    question_occurrence=qc.question.occurrence,
                    column_label=qc.column,
                    column_occurrence=qc.column_occurrence,
                )
            )


def _store_grid(session: Session, grid: g.Grid) -> None:
    scales: dict[str, m.Scale] = {}
    for code, scale in grid.scales.items():
        scales[code] = m.Scale(
            code=code,
            name=scale.name,
            steps=[
                m.ScaleStep(value=s.value, label=s.label, description=s.description)
                for s in scale.steps
            ],
        )
        session.add(scales[code])
    for d_pos, domain in enumerate(grid.domains):
        session.add(
            m.Domain(
                code=domain.code,
                name=domain.name,
                description=domain.description,
                weight=domain.weight,
                position=d_pos,
                criteria=[
                    m.Criterion(
                        code=c.code,
                        label=c.label,
                        help_text=c.help_text,
                        weight=c.weight,
                        position=c_pos,
                        scale=scales[c.scale_code],
                        questions=[
                            m.CriterionQuestion(
                                position=q_pos, label=q.label, occurrence=q.occurrence
                            )
                            for q_pos, q in enumerate(c.questions)
                        ],
                    )
                    for c_pos, c in enumerate(domain.criteria)
                ],
            )
        )
    for rule in grid.level_rules:
        session.add(
            m.LevelRule(
                level=rule.level,
                name=rule.name,
                description=rule.description,
                min_score=rule.min_score,
                min_every_domain=rule.min_every_domain,
                domain_minimums=dict(rule.domain_minimums),
            )
        )


def replace_grid(jury_file: JuryFile, grid_path: str | Path) -> None:
    """Replace the edition's grid with the one at ``grid_path``; refused once scores exist."""
    grid_path = Path(grid_path)
    grid = load_grid(grid_path)
    with jury_file.transaction() as session:
        if session.scalar(select(func.count()).select_from(m.Score)):
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the grid cannot be replaced: jury members have started scoring"
                )
            )
        for model in (m.Domain, m.Scale, m.LevelRule):
            for row in session.scalars(select(model)):
                session.delete(row)
        session.flush()
        _store_grid(session, grid)
        _store_question_columns(session, grid)
        edition = _edition(session)
        edition.grid_name = grid.name
        edition.grid_source = grid_path.read_text(encoding="utf-8")
        edition.import_hints = _hints_to_json(grid.import_hints)
        audit.record(
            session, jury_file.actor, "grid.replace", grid=grid.name, grid_file=grid_path.name
        )


def _edition(session: Session) -> m.Edition:
    edition = session.scalar(select(m.Edition).limit(1))
    if edition is None:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "this jury file holds no edition"))
    return edition


def get_edition(jury_file: JuryFile) -> EditionInfo:
    with jury_file.reader() as session:
        e = _edition(session)
        return EditionInfo(e.year, e.label_name, e.title, e.opens_on, e.closes_on, e.grid_name)


def get_settings(jury_file: JuryFile) -> EditionSettings:
    """The edition's settings, defaults filled in."""
    with jury_file.reader() as session:
        return read_settings(session)


def read_settings(session: Session) -> EditionSettings:
    """The edition's settings inside a caller's transaction (services only)."""
    return EditionSettings.from_stored(session.scalar(select(m.Edition.settings)))


def update_edition(
    jury_file: JuryFile,
    *,
    title: str | None = None,
    opens_on: dt.date | None = None,
    closes_on: dt.date | None = None,
) -> None:
    """Change the edition's title or dates (None leaves a field as it is)."""
    with jury_file.transaction() as session:
        edition = _edition(session)
        changes: dict[str, object] = {}
        for name, value in (("title", title), ("opens_on", opens_on), ("closes_on", closes_on)):
            if value is not None and getattr(edition, name) != value:
                setattr(edition, name, value)
                changes[name] = value
        if edition.opens_on and edition.closes_on and edition.closes_on < edition.opens_on:
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "the edition cannot close before it opens"))
        if changes:
            audit.record(session, jury_file.actor, "edition.update", **changes)


def load_stored_grid(jury_file: JuryFile) -> g.Grid:
    """The edition's grid, rebuilt from the jury file's own copy of its source (parsed once
    per source text: see :func:`parsed_grid`)."""
    with jury_file.reader() as session:
        edition = _edition(session)
        return parsed_grid(edition.grid_source, f"{jury_file.path} (stored grid)")


@functools.lru_cache(maxsize=8)
def parsed_grid(source: str, origin: str) -> g.Grid:
    """The grid of a stored source text, parsed once: parsing (TOML and validation) costs as
    much as recomputing one dossier, and the screens ask for the grid after every change. The
    grid is a frozen value, so every caller can share it."""
    return parse_grid(source, origin)


def grid_summary(jury_file: JuryFile) -> tuple[DomainInfo, ...]:
    """The domains and criteria as stored, in grid order."""
    with jury_file.reader() as session:
        domains = session.scalars(
            select(m.Domain)
            .order_by(m.Domain.position)
            .options(
                selectinload(m.Domain.criteria)
                .selectinload(m.Criterion.scale)
                .selectinload(m.Scale.steps)
            )
        )
        return tuple(
            DomainInfo(
                d.code,
                d.name,
                d.weight,
                tuple(
                    CriterionInfo(
                        c.code, c.label, c.weight, c.scale.steps[0].value, c.scale.steps[-1].value
                    )
                    for c in d.criteria
                ),
            )
            for d in domains
        )


def counts(jury_file: JuryFile) -> Counts:
    """How many dossiers, members, scores (given or "no opinion"), decisions, answers and
    attachments the file holds."""
    with jury_file.reader() as session:

        def count(model: type[m.Base], *where: ColumnElement[bool]) -> int:
            return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

        return Counts(
            dossiers=count(m.Dossier),
            members=count(m.JuryMember),
            scores=count(m.Score, (m.Score.value.is_not(None)) | m.Score.no_opinion),
            decisions=count(m.Decision),
            answers=count(m.Answer),
            attachments=count(m.Attachment),
        )


def update_settings(jury_file: JuryFile, **changes: object) -> EditionSettings:
    """Change edition settings (the fields of :class:`EditionSettings`); return the settings
    that follow. Unknown names and values of the wrong type are refused before anything is
    written; only what really changes is stored and audited."""
    EditionSettings().changed(**changes)  # refuse a bad request before opening a transaction
    with jury_file.transaction() as session:
        edition = _edition(session)
        current = EditionSettings.from_stored(edition.settings)
        following = current.changed(**changes)
        changed = current.differences(following)
        if changed:
            edition.settings = following.as_dict()
            audit.record(session, jury_file.actor, "edition.settings", **changed)
        return following
