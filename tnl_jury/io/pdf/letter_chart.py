"""The small chart of a letter (#19): the candidate's score in each domain of the grid and
overall, as horizontal bars on the scale, each with a tick where the next level asks to be
(or, at the top level, where the awarded level asks to be). Labels and figures are text, read
line by line; a sentence under the chart says in words what the next level asks, for a reader
in black and white. In the tagged PDF the chart is a figure whose alternative text gives each
bar's figure and what the level asks of it (:func:`_alt`).

:func:`chart` returns the flowables, or nothing when the record lacks what the chart needs
(the scale, or any domain score).
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from tnl_jury.domain.records import DossierRecord, ResultsRecord, ThresholdRecord
from tnl_jury.io.pdf import fonts, tagging
from tnl_jury.io.pdf.layout import ACCENT, FRAME_WIDTH, RULE, Styles
from tnl_jury.io.pdf.text import french_number

W: dict[str, str] = {
    "head": "Vos résultats par domaine",
    "overall": "Score global",
    "tick_next": "trait noir : ce que demande le niveau {level}",
    "tick_top": "trait noir : ce que demande le niveau {level}, le plus élevé",
    "words": "Scores sur une échelle de 0 à {top}. {asks}",
    "asks_next": "Le niveau {level} demande {needs}.",
    "needs_score": "un score global d’au moins {value}",
    "needs_domain": "au moins {value} en « {name} »",
    "needs_every": "au moins {value} dans chaque domaine",
    "alt": "Graphique en barres, scores sur une échelle de 0 à {top} : {bars}.",
    "alt_bar": "{label} {score}",
    "alt_bar_needs": "{label} {score} (le niveau {level} demande {needed})",
}
BAR_HEIGHT = 6.5
GAP = 2.5
LABEL_WIDTH = 6.2 * cm
FIGURE_WIDTH = 1.2 * cm


def _reference(record: ResultsRecord, level: int) -> ThresholdRecord | None:
    """The rule to show: the next level's, or the awarded one's at the top of the grid."""
    rules = {t.level: t for t in record.method.thresholds}
    if not rules:
        return None
    if level + 1 in rules:
        return rules[level + 1]
    return rules.get(level) or rules[max(rules)]


def chart(record: ResultsRecord, dossier: DossierRecord, st: Styles) -> list[Flowable]:
    """The chart and its sentence (see the module)."""
    top = record.method.scale_max
    scores = [(s.code, s.name, s.score) for s in dossier.domain_scores]
    if top <= 0 or not scores or any(score is None for _c, _n, score in scores):
        return []
    if dossier.overall_score is None or dossier.level is None:
        return []
    rule = _reference(record, dossier.level)
    rows: list[tuple[str, float, float | None]] = [
        (name, float(score or 0.0), rule.domain_minimum(code) if rule else None)
        for code, name, score in scores
    ]
    rows.append((W["overall"], dossier.overall_score, rule.min_score if rule else None))
    width = FRAME_WIDTH
    bar_span = width - LABEL_WIDTH - FIGURE_WIDTH
    height = len(rows) * (BAR_HEIGHT + GAP) + 10
    drawing = Drawing(width, height)
    # The renderer's first state names a font: ours, never the unembedded Times-Roman.
    drawing.initialFontName, drawing.initialFontSize = fonts.REGULAR, 8
    y = height - BAR_HEIGHT - 2
    for label, score, needed in rows:
        drawing.add(String(0, y + 0.8, label, fontName=fonts.REGULAR, fontSize=7.5))
        drawing.add(
            Rect(
                LABEL_WIDTH,
                y,
                bar_span,
                BAR_HEIGHT,
                fillColor=colors.HexColor("#EEF1F5"),
                strokeColor=None,
            )
        )
        length = bar_span * max(0.0, min(score, top)) / top
        drawing.add(Rect(LABEL_WIDTH, y, length, BAR_HEIGHT, fillColor=ACCENT, strokeColor=None))
        if needed is not None:
            x = LABEL_WIDTH + bar_span * min(needed, top) / top
            drawing.add(
                Line(x, y - 2, x, y + BAR_HEIGHT + 2, strokeColor=colors.black, strokeWidth=1.4)
            )
        drawing.add(
            String(
                width - FIGURE_WIDTH + 4,
                y + 1.5,
                french_number(score),
                fontName=fonts.REGULAR,
                fontSize=8,
            )
        )
        y -= BAR_HEIGHT + GAP
    if rule is not None:
        key = "tick_next" if rule.level > dossier.level else "tick_top"
        legend = W[key].format(level=rule.level)
        drawing.add(
            String(LABEL_WIDTH, 0, legend, fontName=fonts.ITALIC, fontSize=7, fillColor=RULE)
        )
    words = _words(record, dossier, rule, top)
    tagging.with_alt(drawing, _alt(rows, rule, top))
    return [
        KeepTogether(
            [
                Paragraph(f"<b>{fonts.para(W['head'])}</b>", st.small),
                drawing,
                Spacer(1, 2),
                Paragraph(fonts.para(words), st.small),
            ]
        )
    ]


def _alt(
    rows: list[tuple[str, float, float | None]], rule: ThresholdRecord | None, top: float
) -> str:
    """The chart in words: each bar's label and figure, and what the level asks of it."""
    bars = []
    for label, score, needed in rows:
        figure = french_number(score)
        if needed is None or rule is None:
            bars.append(W["alt_bar"].format(label=label, score=figure))
        else:
            asks = {"level": rule.level, "needed": french_number(needed)}
            bars.append(W["alt_bar_needs"].format(label=label, score=figure, **asks))
    return W["alt"].format(top=french_number(top, 0), bars=" ; ".join(bars))


def _words(
    record: ResultsRecord, dossier: DossierRecord, rule: ThresholdRecord | None, top: float
) -> str:
    asks = ""
    if rule is not None and rule.level > (dossier.level or 0):
        needs = [W["needs_score"].format(value=french_number(rule.min_score))]
        if rule.min_every_domain is not None:
            needs.append(W["needs_every"].format(value=french_number(rule.min_every_domain)))
        names = dict(record.domain_names) or {s.code: s.name for s in dossier.domain_scores}
        for code, value in rule.domain_minimums:
            if rule.min_every_domain is None or value > rule.min_every_domain:
                name = names.get(code, code)
                needs.append(W["needs_domain"].format(value=french_number(value), name=name))
        joined = ", ".join(needs[:-1]) + (" et " if len(needs) > 1 else "") + needs[-1]
        asks = W["asks_next"].format(level=rule.level, needs=joined)
    top_text = french_number(top, 0)
    return W["words"].format(top=top_text, asks=asks).strip()
