"""Read and validate a grid file (TOML, see ``resources/grids/README.md``).

:func:`load_grid` returns a :class:`~tnl_jury.domain.grid.Grid` or raises
:class:`~tnl_jury.domain.errors.GridError` naming the file, the key (or the line, for a TOML
syntax error) and the problem. Validation stops at the first problem: one clear message beats a
page of them.
"""

from __future__ import annotations

import math
import tomllib
from pathlib import Path
from typing import Any

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, GridError
from tnl_jury.domain.grid import (
    Criterion,
    Domain,
    Grid,
    ImportHints,
    LevelRule,
    QuestionColumn,
    QuestionRef,
    Scale,
    ScaleStep,
)

SUPPORTED_FORMAT = 1
MIN_LEVEL, MAX_LEVEL = 1, 5
_MAX_GRID_BYTES = 2_000_000


class _Reader:
    """Typed access to the parsed TOML, raising GridError with the key path."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str, /, **params: object) -> GridError:
        """The error at key ``where``: ``problem`` is a template filled with ``params``."""
        return GridError(self.source, where, problem, **params)

    def table(self, data: Any, where: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(where, QT_TRANSLATE_NOOP("Errors", "must be a table"))
        return data

    def get(
        self, table: dict[str, Any], key: str, where: str, kind: type, *, default: Any = ...
    ) -> Any:
        path = f"{where}.{key}" if where else key
        if key not in table:
            if default is ...:
                raise self.fail(path, QT_TRANSLATE_NOOP("Errors", "is missing"))
            return default
        value: Any = table[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            if kind in _MUST_BE:
                raise self.fail(path, _MUST_BE[kind])
            raise self.fail(path, QT_TRANSLATE_NOOP("Errors", "must be {kind}"), kind=kind.__name__)
        checked: Any = value  # isinstance() against a runtime type narrows to object for mypy
        if kind is float and not math.isfinite(checked):
            raise self.fail(path, QT_TRANSLATE_NOOP("Errors", "must be a finite number"))
        if kind is str and not checked.strip() and default is ...:
            raise self.fail(path, QT_TRANSLATE_NOOP("Errors", "must not be empty"))
        return checked

    def unknown_keys(self, table: dict[str, Any], allowed: set[str], where: str) -> None:
        extra = sorted(set(table) - allowed)
        if extra:
            path = f"{where}.{extra[0]}" if where else extra[0]
            raise self.fail(
                path,
                QT_TRANSLATE_NOOP("Errors", "unknown key (allowed here: {allowed})"),
                allowed=", ".join(sorted(allowed)),
            )


# One whole template per expected type, so that each reads naturally once translated.
_MUST_BE: dict[type, str] = {
    str: QT_TRANSLATE_NOOP("Errors", "must be a text"),
    int: QT_TRANSLATE_NOOP("Errors", "must be a whole number"),
    float: QT_TRANSLATE_NOOP("Errors", "must be a number"),
    list: QT_TRANSLATE_NOOP("Errors", "must be a list"),
    dict: QT_TRANSLATE_NOOP("Errors", "must be a table"),
    bool: QT_TRANSLATE_NOOP("Errors", "must be true or false"),
}


def load_grid(path: str | Path) -> Grid:
    """Read the grid file at ``path``; raise GridError when it cannot be used."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > _MAX_GRID_BYTES:
            raise GridError(
                str(path),
                "",
                QT_TRANSLATE_NOOP("Errors", "is too large for a grid file ({size} bytes)"),
                size=size,
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise GridError(
            str(path),
            "",
            QT_TRANSLATE_NOOP("Errors", "cannot be read ({reason})"),
            reason=exc.strerror or str(exc),
        ) from None
    return parse_grid(raw, str(path))


def parse_grid(raw: bytes | str, source: str) -> Grid:
    """Parse grid TOML from memory; ``source`` names it in error messages."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise GridError(
                source, f"byte {exc.start}", QT_TRANSLATE_NOOP("Errors", "is not UTF-8 text")
            ) from None
    else:
        text = raw
    text = text.removeprefix("\ufeff")  # a byte-order mark, as some Windows editors write
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message ends with "(at line L, column C)": keep it whole.
        raise GridError(
            source,
            "",
            QT_TRANSLATE_NOOP("Errors", "is not valid TOML: {details}"),
            details=str(exc),
        ) from None
    return _build_grid(_Reader(source), data)


def _build_grid(r: _Reader, data: dict[str, Any]) -> Grid:
    r.unknown_keys(data, {"grid", "scales", "domains", "levels", "import"}, "")
    head = r.table(r.get(data, "grid", "", dict), "grid")
    r.unknown_keys(head, {"format", "label", "name", "language", "description"}, "grid")
    fmt = r.get(head, "format", "grid", int)
    if fmt != SUPPORTED_FORMAT:
        raise r.fail(
            "grid.format",
            QT_TRANSLATE_NOOP(
                "Errors", "format {found} is not supported (this version reads {supported})"
            ),
            found=fmt,
            supported=SUPPORTED_FORMAT,
        )
    scales = _build_scales(r, r.get(data, "scales", "", dict))
    domains = _build_domains(r, r.get(data, "domains", "", list), scales)
    levels = _build_levels(r, r.get(data, "levels", "", dict), scales, domains)
    imports = r.get(data, "import", "", dict, default={})
    hints = _build_hints(r, {k: v for k, v in imports.items() if k != "questions"})
    columns = _build_question_columns(r, r.get(imports, "questions", "import", list, default=[]))
    known = {(q.label, q.occurrence) for d in domains for c in d.criteria for q in c.questions}
    for i, qc in enumerate(columns, start=1):
        if (qc.question.label, qc.question.occurrence) not in known:
            raise r.fail(
                f"import.questions[{i}].question",
                QT_TRANSLATE_NOOP(
                    "Errors", "“{label}” (#{occurrence}) is no question of a criterion"
                ),
                label=qc.question.label,
                occurrence=qc.question.occurrence,
            )
    return Grid(
        label=r.get(head, "label", "grid", str),
        name=r.get(head, "name", "grid", str),
        scales=scales,
        domains=domains,
        level_rules=levels,
        import_hints=hints,
        question_columns=columns,
    )


def _build_scales(r: _Reader, table: dict[str, Any]) -> dict[str, Scale]:
    if not table:
        raise r.fail("scales", QT_TRANSLATE_NOOP("Errors", "must define at least one scale"))
    scales: dict[str, Scale] = {}
    for code, body in table.items():
        where = f"scales.{code}"
        body = r.table(body, where)
        r.unknown_keys(body, {"name", "steps"}, where)
        raw_steps = r.get(body, "steps", where, list)
        if len(raw_steps) < 2:
            raise r.fail(
                f"{where}.steps", QT_TRANSLATE_NOOP("Errors", "must have at least two steps")
            )
        steps: list[ScaleStep] = []
        for i, raw in enumerate(raw_steps, start=1):
            swhere = f"{where}.steps[{i}]"
            raw = r.table(raw, swhere)
            r.unknown_keys(raw, {"value", "label", "description"}, swhere)
            value = r.get(raw, "value", swhere, int)
            if steps and value <= steps[-1].value:
                raise r.fail(
                    f"{swhere}.value",
                    QT_TRANSLATE_NOOP("Errors", "steps must be in increasing order of value"),
                )
            steps.append(
                ScaleStep(
                    value,
                    r.get(raw, "label", swhere, str),
                    r.get(raw, "description", swhere, str, default=""),
                )
            )
        scales[code] = Scale(code, r.get(body, "name", where, str), tuple(steps))
    return scales


def _build_domains(r: _Reader, items: list[Any], scales: dict[str, Scale]) -> tuple[Domain, ...]:
    if not items:
        raise r.fail("domains", QT_TRANSLATE_NOOP("Errors", "must list at least one domain"))
    domains: list[Domain] = []
    seen_codes: dict[str, str] = {}
    default_scale = next(iter(scales))
    for d, raw in enumerate(items, start=1):
        where = f"domains[{d}]"
        raw = r.table(raw, where)
        r.unknown_keys(raw, {"code", "name", "description", "weight", "criteria"}, where)
        code = _code(r, raw, where, seen_codes)
        criteria: list[Criterion] = []
        for c, craw in enumerate(r.get(raw, "criteria", where, list), start=1):
            cwhere = f"{where}.criteria[{c}]"
            craw = r.table(craw, cwhere)
            r.unknown_keys(craw, {"code", "label", "help", "weight", "scale", "questions"}, cwhere)
            ccode = _code(r, craw, cwhere, seen_codes)
            scale_code = r.get(craw, "scale", cwhere, str, default=default_scale)
            if scale_code not in scales:
                raise r.fail(
                    f"{cwhere}.scale",
                    QT_TRANSLATE_NOOP(
                        "Errors", "names no scale defined under [scales] ({scale!r})"
                    ),
                    scale=scale_code,
                )
            criteria.append(
                Criterion(
                    code=ccode,
                    label=r.get(craw, "label", cwhere, str),
                    help_text=r.get(craw, "help", cwhere, str, default=""),
                    weight=_weight(r, craw, cwhere),
                    scale_code=scale_code,
                    questions=_questions(r, craw, cwhere),
                )
            )
        if not criteria:
            raise r.fail(
                f"{where}.criteria", QT_TRANSLATE_NOOP("Errors", "must list at least one criterion")
            )
        domains.append(
            Domain(
                code,
                r.get(raw, "name", where, str),
                r.get(raw, "description", where, str, default=""),
                _weight(r, raw, where),
                tuple(criteria),
            )
        )
    return tuple(domains)


def _code(r: _Reader, raw: dict[str, Any], where: str, seen: dict[str, str]) -> str:
    code: str = r.get(raw, "code", where, str).strip()
    if code in seen:
        raise r.fail(
            f"{where}.code",
            QT_TRANSLATE_NOOP("Errors", "code {code!r} is already used by {other}"),
            code=code,
            other=seen[code],
        )
    seen[code] = where
    return code


def _weight(r: _Reader, raw: dict[str, Any], where: str) -> float:
    weight: float = r.get(raw, "weight", where, float, default=1.0)
    if weight <= 0:
        raise r.fail(f"{where}.weight", QT_TRANSLATE_NOOP("Errors", "must be greater than 0"))
    return weight


def _questions(r: _Reader, raw: dict[str, Any], where: str) -> tuple[QuestionRef, ...]:
    refs: list[QuestionRef] = []
    for q, item in enumerate(r.get(raw, "questions", where, list, default=[]), start=1):
        qwhere = f"{where}.questions[{q}]"
        if isinstance(item, str) and item.strip():
            refs.append(QuestionRef(item.strip()))
            continue
        item = r.table(item, qwhere)
        r.unknown_keys(item, {"label", "occurrence"}, qwhere)
        occurrence = r.get(item, "occurrence", qwhere, int, default=1)
        if occurrence < 1:
            raise r.fail(f"{qwhere}.occurrence", QT_TRANSLATE_NOOP("Errors", "must be 1 or more"))
        refs.append(QuestionRef(r.get(item, "label", qwhere, str).strip(), occurrence))
    return tuple(refs)


def _build_levels(
    r: _Reader, table: dict[str, Any], scales: dict[str, Scale], domains: tuple[Domain, ...]
) -> tuple[LevelRule, ...]:
    r.unknown_keys(table, {"rules"}, "levels")
    items = r.get(table, "rules", "levels", list)
    if not items:
        raise r.fail("levels.rules", QT_TRANSLATE_NOOP("Errors", "must list at least one level"))
    low = min(scale.minimum for scale in scales.values())
    high = max(scale.maximum for scale in scales.values())
    domain_codes = {domain.code for domain in domains}
    rules: list[LevelRule] = []
    for i, raw in enumerate(items, start=1):
        where = f"levels.rules[{i}]"
        raw = r.table(raw, where)
        r.unknown_keys(
            raw,
            {"level", "name", "min_score", "min_every_domain", "domain_minimums", "description"},
            where,
        )
        level = r.get(raw, "level", where, int)
        if not MIN_LEVEL <= level <= MAX_LEVEL:
            raise r.fail(
                f"{where}.level",
                QT_TRANSLATE_NOOP("Errors", "must be between {low} and {high}"),
                low=MIN_LEVEL,
                high=MAX_LEVEL,
            )
        if any(rule.level == level for rule in rules):
            raise r.fail(
                f"{where}.level",
                QT_TRANSLATE_NOOP("Errors", "level {level} is defined twice"),
                level=level,
            )
        if rules and level < rules[-1].level:
            raise r.fail(
                f"{where}.level",
                QT_TRANSLATE_NOOP("Errors", "levels must be listed in increasing order"),
            )
        min_score = _threshold(r, raw, "min_score", where, low, high)
        if rules and min_score < rules[-1].min_score:
            raise r.fail(
                f"{where}.min_score",
                QT_TRANSLATE_NOOP("Errors", "must not be lower than level {level}'s ({minimum})"),
                level=rules[-1].level,
                minimum=rules[-1].min_score,
            )
        every = None
        if "min_every_domain" in raw:
            every = _threshold(r, raw, "min_every_domain", where, low, high)
        minimums: dict[str, float] = {}
        mwhere = f"{where}.domain_minimums"
        for code, _value in r.get(raw, "domain_minimums", where, dict, default={}).items():
            if code not in domain_codes:
                raise r.fail(
                    f"{mwhere}.{code}", QT_TRANSLATE_NOOP("Errors", "names no domain of this grid")
                )
            minimums[code] = _threshold(r, raw["domain_minimums"], code, mwhere, low, high)
        rules.append(
            LevelRule(
                level,
                r.get(raw, "name", where, str),
                min_score,
                every,
                minimums,
                r.get(raw, "description", where, str, default=""),
            )
        )
    return tuple(rules)


def _threshold(r: _Reader, raw: dict[str, Any], key: str, where: str, low: int, high: int) -> float:
    value: float = r.get(raw, key, where, float)
    if not low <= value <= high:
        raise r.fail(
            f"{where}.{key}",
            QT_TRANSLATE_NOOP("Errors", "must lie on the scale, between {low} and {high}"),
            low=low,
            high=high,
        )
    return value


def _build_hints(r: _Reader, table: dict[str, Any]) -> ImportHints:
    keys = (
        "candidate_name",
        "kind",
        "departement",
        "official_name",
        "official_function",
        "referent_name",
    )
    r.unknown_keys(table, set(keys), "import")
    values: dict[str, tuple[str, ...]] = {}
    for key in keys:
        labels = r.get(table, key, "import", list, default=[])
        for i, label in enumerate(labels, start=1):
            if not isinstance(label, str) or not label.strip():
                raise r.fail(
                    f"import.{key}[{i}]", QT_TRANSLATE_NOOP("Errors", "must be a non-empty text")
                )
        values[key] = tuple(label.strip() for label in labels)
    return ImportHints(**values)


def _build_question_columns(r: _Reader, entries: list[Any]) -> tuple[QuestionColumn, ...]:
    """``[[import.questions]]``: a known procedure's column for each question it names."""
    out = []
    for i, raw in enumerate(entries, start=1):
        where = f"import.questions[{i}]"
        entry = r.table(raw, where)
        r.unknown_keys(entry, {"question", "occurrence", "column", "column_occurrence"}, where)
        occurrences = [
            r.get(entry, k, where, int, default=1) for k in ("occurrence", "column_occurrence")
        ]
        for key, value in zip(("occurrence", "column_occurrence"), occurrences, strict=True):
            if value < 1:
                raise r.fail(f"{where}.{key}", QT_TRANSLATE_NOOP("Errors", "must be at least 1"))
        out.append(
            QuestionColumn(
                QuestionRef(r.get(entry, "question", where, str).strip(), occurrences[0]),
                r.get(entry, "column", where, str, default="").strip(),
                occurrences[1],
            )
        )
    return tuple(out)
