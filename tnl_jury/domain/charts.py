"""The jury's opinion as pictures, described as data: one drawing definition for every medium.

A :class:`Chart` is a list of plain shapes (:class:`Box`, :class:`Segment`, :class:`Dot`,
:class:`Label`) in points (1/72 inch), the origin at the top left, y growing downwards, inside
``width`` × ``height``. Nothing here draws: the screen paints a chart with a small QPainter
renderer (``tnl_jury.gui.charts``), and a PDF can draw the same shapes with reportlab's canvas
(flipping y). A renderer may scale a chart uniformly; it must not lay anything out itself.

Three charts describe a dossier (built from plain values, so that any layer can call them):

* :func:`merit_profile`: the majority-judgment merit profile, one bar of the members' proposed
  levels stacked from the lowest to the highest, the median (50 %) marked and the majority
  grade named;
* :func:`domain_levels`: the overall score and each domain's score on the scale, with the
  thresholds each level requires of it;
* :func:`criterion_spread`: each criterion's values, one dot per member, the mean marked; the
  members' initials beside their dots only when asked.

Every chart carries ``summary``, a sentence saying what it shows, for screen readers. The words
come from the caller (:class:`ChartWords`), already translated; level names are the grid's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tnl_jury.domain.figures import figure_text, meets

# Viridis steps (colour-blind safe, distinct in greyscale), level 0 in grey.
LEVEL_COLOURS = ("#8c8c8c", "#fde725", "#5ec962", "#21918c", "#3b528b", "#440154")
INK = "#1a1a1a"
MUTED = "#5f5f5f"
RULE = "#c8c8c8"
BAR = "#21918c"
SHORT = "#c0392b"  # a threshold not reached
BACKGROUND = "#ffffff"
WIDTH = 640.0


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str
    stroke: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    width: float = 1.0
    dashed: bool = False


@dataclass(frozen=True, slots=True)
class Dot:
    x: float
    y: float
    radius: float
    fill: str
    stroke: str | None = None


@dataclass(frozen=True, slots=True)
class Label:
    """Text on one line; ``y`` is its vertical centre, ``anchor`` says where ``x`` is."""

    x: float
    y: float
    text: str
    size: float
    colour: str = INK
    anchor: str = "start"  # "start", "middle" or "end"
    bold: bool = False


Shape = Box | Segment | Dot | Label


@dataclass(frozen=True, slots=True)
class Chart:
    title: str
    summary: str
    width: float
    height: float
    shapes: tuple[Shape, ...]
    background: str = BACKGROUND


@dataclass(frozen=True)
class ChartWords:
    """The few words the charts print, in the reader's language ({…} are filled here)."""

    merit_title: str = "The members' proposed levels"
    majority: str = "Majority grade: {level}"
    no_proposal: str = "No member has proposed a level yet."
    median: str = "median"
    levels_title: str = "Scores against the level thresholds"
    overall: str = "Overall score"
    no_score: str = "no score"
    threshold_hint: str = "ticks: the score each level requires"
    spread_title: str = "Each member's value, criterion by criterion"
    spread_hint: str = "one dot per member · bar: the mean"
    no_value: str = "no value"
    level_short: str = "L{level}"
    no_label: str = "No label"
    summary_merit: str = "{counts}. {majority}."
    summary_levels: str = "{items}."
    summary_spread: str = "{items}."


DEFAULT_WORDS = ChartWords()  # English


def level_colour(level: int) -> str:
    return LEVEL_COLOURS[level % len(LEVEL_COLOURS)] if level >= 0 else LEVEL_COLOURS[0]


def text_colour_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (#rrggbb)."""
    r, g, b = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
    return INK if 0.299 * r + 0.587 * g + 0.114 * b > 140 else "#ffffff"


def decimal(value: float, comma: bool) -> str:
    """``value`` with two decimals at most (rounded as the level rule compares it:
    :mod:`tnl_jury.domain.figures`), the comma as decimal mark when asked."""
    text = figure_text(value).rstrip("0").rstrip(".")
    return text.replace(".", ",") if comma else text


def elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def merit_profile(
    grades: Sequence[int],
    levels: Sequence[int],
    level_names: Mapping[int, str],
    words: ChartWords = DEFAULT_WORDS,
) -> Chart:
    """The members' proposed levels (``grades``) as one bar stacked from the lowest level of
    ``levels`` to the highest, a dashed line at the median and the majority grade (the lower
    median) named above. Without grades: an empty frame and ``words.no_proposal``."""
    left, right, top, bar_h = 12.0, WIDTH - 12.0, 62.0, 56.0
    shapes: list[Shape] = [Label(left, 14, words.merit_title, 13, bold=True)]
    n = len(grades)
    counts = {level: sum(1 for g in grades if g == level) for level in levels}
    if not n:
        shapes.append(Box(left, top, right - left, bar_h, "#f2f2f2", RULE))
        shapes.append(Label(WIDTH / 2, top + bar_h / 2, words.no_proposal, 12, MUTED, "middle"))
        return Chart(words.merit_title, words.no_proposal, WIDTH, top + bar_h + 16, tuple(shapes))
    ordered = sorted(grades)
    grade = ordered[(n - 1) // 2]
    x = left
    for level in levels:
        if not counts[level]:
            continue
        w = (right - left) * counts[level] / n
        fill = level_colour(level)
        shapes.append(Box(x, top, w, bar_h, fill, "#ffffff"))
        if w >= 26:
            text = f"{words.level_short.format(level=level)} × {counts[level]}"
            size = 12 if w >= 80 else 10
            if w < 60:
                text = str(counts[level])
            shapes.append(
                Label(x + w / 2, top + bar_h / 2, text, size, text_colour_on(fill), "middle", True)
            )
        x += w
    middle = (left + right) / 2
    shapes.append(Segment(middle, top - 8, middle, top + bar_h + 8, INK, 2.5, dashed=True))
    shapes.append(Label(middle, top + bar_h + 16, words.median, 10, MUTED, "middle"))
    majority = words.majority.format(level=level_names.get(grade) or str(grade))
    shapes.append(Label(left, 36, majority, 14, INK, "start", True))
    # Legend: the levels present, in order.
    lx, ly = left, top + bar_h + 36
    for level in levels:
        if not counts[level]:
            continue
        name = elide(level_names.get(level) or words.level_short.format(level=level), 34)
        shapes.append(Box(lx, ly - 6, 12, 12, level_colour(level), INK))
        shapes.append(Label(lx + 16, ly, name, 10, INK))
        lx += 28 + 5.2 * len(name)
        if lx > right - 120:
            lx, ly = left, ly + 18
    parts = ", ".join(
        f"{level_names.get(level) or level}: {counts[level]}" for level in levels if counts[level]
    )
    summary = words.summary_merit.format(counts=parts, majority=majority)
    return Chart(words.merit_title, summary, WIDTH, ly + 14, tuple(shapes))


@dataclass(frozen=True, slots=True)
class ThresholdRow:
    """A bar of :func:`domain_levels`: its label, score, and the score each level requires."""

    label: str
    score: float | None
    thresholds: tuple[tuple[int, float], ...]  # (level, required), ascending


def domain_levels(
    rows: Sequence[ThresholdRow],
    scale: tuple[float, float],
    words: ChartWords = DEFAULT_WORDS,
    *,
    comma: bool = True,
) -> Chart:
    """One bar per row on the scale ``(low, high)``; a tick for each level's threshold,
    labelled with the level, red when the score falls short of it, with the score at the bar's
    end. The first row (the overall score) is set apart in bold."""
    low, high = scale
    label_w, top, row_h = 200.0, 48.0, 34.0
    x0, x1 = 12 + label_w, WIDTH - 48
    span = (high - low) or 1.0

    def at(value: float) -> float:
        return x0 + (x1 - x0) * (min(max(value, low), high) - low) / span

    shapes: list[Shape] = [
        Label(12, 14, words.levels_title, 13, bold=True),
        Label(12, 32, words.threshold_hint, 10, MUTED),
    ]
    for step in range(int(low), int(high) + 1):
        shapes.append(Segment(at(step), top, at(step), top + row_h * len(rows), RULE, 0.8))
        shapes.append(Label(at(step), top + row_h * len(rows) + 10, str(step), 10, MUTED, "middle"))
    items = []
    for i, row in enumerate(rows):
        y = top + i * row_h
        mid = y + row_h / 2 + 4
        shapes.append(Label(12, mid, elide(row.label, 33), 11, INK, "start", i == 0))
        shapes.append(Box(x0, mid - 7, x1 - x0, 14, "#f2f2f2"))
        if row.score is not None:
            shapes.append(Box(x0, mid - 7, at(row.score) - x0, 14, BAR))
            value = decimal(row.score, comma)
            shapes.append(Label(x1 + 6, mid, value, 11, INK, "start", True))
        else:
            value = words.no_score
            shapes.append(Label(x1 + 6, mid, "—", 11, MUTED))
        missed = []
        for level, required in row.thresholds:
            reached = row.score is not None and meets(row.score, required)
            colour = INK if reached else SHORT
            shapes.append(Segment(at(required), mid - 11, at(required), mid + 11, colour, 2.0))
            # A threshold on a whole number sits on the scale's rule: a patch of the paper
            # behind its digit keeps the rule from striking it through.
            shapes.append(Box(at(required) - 4, y + 1, 8, 8, BACKGROUND))
            shapes.append(Label(at(required), y + 5, str(level), 8.5, colour, "middle", True))
            if not reached:
                missed.append(
                    f"{words.level_short.format(level=level)} ≥ {decimal(required, comma)}"
                )
        items.append(f"{row.label} {value}" + (f" ({', '.join(missed)})" if missed else ""))
    summary = words.summary_levels.format(items="; ".join(items))
    height = top + row_h * len(rows) + 20
    return Chart(words.levels_title, summary, WIDTH, height, tuple(shapes))


@dataclass(frozen=True, slots=True)
class SpreadRow:
    """A line of :func:`criterion_spread`: a criterion and each member's value (None: none)."""

    label: str
    values: tuple[int | None, ...]  # in the order of the members given to the chart


def initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words[:3]) or name[:2]


def criterion_spread(
    rows: Sequence[SpreadRow],
    scale: tuple[int, int],
    members: Sequence[str] = (),
    words: ChartWords = DEFAULT_WORDS,
    *,
    comma: bool = True,
) -> Chart:
    """One line per criterion, one dot per member's value on the scale ``(low, high)`` (equal
    values side by side), a bar at the mean. ``members`` (the names, in the rows' order) labels
    the dots with initials and adds a legend; empty, the members stay anonymous."""
    low, high = scale
    label_w, top, row_h, r = 230.0, 40.0, 22.0, 4.5
    x0, x1 = 12 + label_w, WIDTH - 20
    span = (high - low) or 1
    named = bool(members)
    if named:
        row_h = 30.0

    def at(value: float) -> float:
        return x0 + (x1 - x0) * (value - low) / span

    shapes: list[Shape] = [
        Label(12, 14, words.spread_title, 13, bold=True),
        Label(x1, 14, words.spread_hint, 10, MUTED, "end"),
    ]
    bottom = top + row_h * len(rows)
    for step in range(low, high + 1):
        shapes.append(Segment(at(step), top, at(step), bottom, RULE, 0.8))
        shapes.append(Label(at(step), top - 8, str(step), 10, MUTED, "middle"))
    items = []
    for i, row in enumerate(rows):
        y = top + i * row_h + row_h / 2
        if i % 2:
            shapes.append(Box(8, y - row_h / 2, WIDTH - 16, row_h, "#f6f6f6"))
        shapes.append(Label(12, y, elide(row.label, 40), 10, INK))
        given = [v for v in row.values if v is not None]
        if not given:
            shapes.append(Label(x0 + 4, y, words.no_value, 9, MUTED))
            items.append(f"{row.label}: {words.no_value}")
            continue
        mean = sum(given) / len(given)
        shapes.append(Segment(at(mean), y - 8, at(mean), y + 8, INK, 2.5))
        seen: dict[int, int] = {}
        for value in row.values:
            if value is not None:
                seen[value] = seen.get(value, 0) + 1
        placed: dict[int, int] = {}
        for k, value in enumerate(row.values):
            if value is None:
                continue
            n, j = seen[value], placed.get(value, 0)
            placed[value] = j + 1
            x = at(value) + (j - (n - 1) / 2) * (2 * r + 1)
            shapes.append(Dot(x, y, r, BAR, "#ffffff"))
            if named and k < len(members):
                shapes.append(Label(x, y - 10, initials(members[k]), 7, MUTED, "middle"))
        values = ", ".join(str(v) for v in sorted(given))
        items.append(f"{row.label}: {values} ({decimal(mean, comma)})")
    height = bottom + 8
    if named:
        legend = " · ".join(f"{initials(name)} {name}" for name in members)
        shapes.append(Label(12, bottom + 12, elide(legend, 120), 9, MUTED))
        height += 16
    summary = words.summary_spread.format(items="; ".join(items))
    return Chart(words.spread_title, summary, WIDTH, height, tuple(shapes))
