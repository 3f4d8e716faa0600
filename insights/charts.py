"""Charts as data, drawn as server-side SVG, with the same numbers as a table and as CSV.

No JavaScript and no CDN: the SVG is inlined in the page. The content security policy
forbids style attributes and <style> elements, so the SVG uses presentation attributes
(fill, stroke) and classes styled in static/css/charts.css. Every text that comes from data
(department names, labels) is escaped.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ishinomaki_sns.common.spreadsheet import neutralise_cell

# The Digital Agency palette's accessible blues/greens/oranges (enough contrast on white).
PALETTE = ["#0031d8", "#1a7a3a", "#c64700", "#6f23d0", "#00788a", "#a50f6b", "#56565a"]

WIDTH = 720
HEIGHT = 260
LEFT = 64
RIGHT = 16
TOP = 16
BOTTOM = 48


@dataclass
class Series:
    name: str
    values: list[float | None]


@dataclass
class Chart:
    """A chart: `labels` along x (dates, weeks, departments), one or more series of numbers.

    `kind` is "line" or "bar"; `unit` is shown in the table header and on the y axis.
    `display`, when given, writes a value for people in the table and the bars' tooltips
    (a duration as 「2日4時間」); the CSV keeps the plain number.
    """

    slug: str
    title: str
    kind: str
    labels: list[str]
    series: list[Series] = field(default_factory=list)
    unit: str = ""
    note: str = ""
    decimals: int = 0
    display: Callable[[float], str] | None = None

    @property
    def is_empty(self) -> bool:
        return not self.labels or all(v in (None, 0) for s in self.series for v in s.values)

    def rows(self) -> list[list[str]]:
        """The table: one row per label, one column per series."""
        out = []
        for index, label in enumerate(self.labels):
            row = [label]
            for s in self.series:
                value = s.values[index] if index < len(s.values) else None
                row.append(self.format(value))
            out.append(row)
        return out

    def format(self, value) -> str:
        if value is None:
            return ""
        if self.decimals:
            return f"{value:.{self.decimals}f}"
        return str(int(round(value)))

    def header(self) -> list[str]:
        return ["", *[s.name for s in self.series]]

    def labelled_rows(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The table's rows with each value beside its series' name: on a phone the table's
        rows are stacked and each value says what it is (``data-label``)."""
        names = self.header()[1:]
        if self.display is None:
            return [(row[0], list(zip(names, row[1:], strict=True))) for row in self.rows()]
        return [
            (
                label,
                [
                    (name, self.shown(s.values[index] if index < len(s.values) else None))
                    for name, s in zip(names, self.series, strict=True)
                ],
            )
            for index, label in enumerate(self.labels)
        ]

    def shown(self, value) -> str:
        """A value as people read it: through `display` when the chart has one."""
        if value is None:
            return ""
        return self.display(value) if self.display is not None else self.format(value)

    def csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([self.header()[0] or "label", *self.header()[1:]])
        for row in self.rows():
            # Neutralise spreadsheet formulas in text cells (CSV injection).
            writer.writerow([neutralise_cell(cell) for cell in row])
        return buffer.getvalue()

    def svg(self) -> SafeString:
        return render_svg(self)


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _nice_step(value: float) -> float:
    """The smallest round whole-number step >= value (counts get four whole-number ticks)."""
    magnitude = 1
    while True:
        for base in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8):
            step = base * magnitude
            if step == int(step) and step >= value:
                return step
        magnitude *= 10


def _fmt_tick(value: float, decimals: int) -> str:
    if decimals and value != int(value):
        return f"{value:.{decimals}f}"
    if value >= 10000:
        return f"{value / 1000:.0f}k"
    return str(int(value))


def render_svg(chart: Chart) -> SafeString:
    """The chart as an inline SVG (role=img, labelled by its title; the table is the
    accessible text alternative)."""
    values = [v for s in chart.series for v in s.values if v is not None]
    top = _nice_max(max(values) if values else 0)
    if not chart.decimals:
        top = 4 * _nice_step(max(values) / 4 if values else 0)
    # Bars start at zero; a line of slowly growing followers would be flat from zero, so a
    # line chart whose values stay high starts from a rounded floor below its minimum.
    bottom = 0.0
    if chart.kind == "line" and values and min(values) > 0.5 * max(values):
        span = _nice_max(max(values) - min(values) or 1)
        bottom = (min(values) // (span / 4)) * (span / 4)
        top = bottom + span
        while top < max(values):
            top += span / 4
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    n = max(len(chart.labels), 1)
    parts = [
        f'<svg class="chart__svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
        f'preserveAspectRatio="xMidYMid meet" role="img" aria-label="{escape(chart.title)}" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    # Grid lines and y ticks.
    for i in range(5):
        tick = bottom + (top - bottom) * i / 4
        y = TOP + plot_h - plot_h * i / 4
        parts.append(
            f'<line class="chart__grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" '
            f'y2="{y:.1f}" stroke="#d8d8db" stroke-width="1"/>'
        )
        parts.append(
            f'<text class="chart__tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" '
            f'font-size="14" fill="#56565a">{escape(_fmt_tick(tick, chart.decimals))}</text>'
        )
    # x labels: at most ~12 shown.
    step = max(1, -(-n // 12))
    slot = plot_w / n
    for index, label in enumerate(chart.labels):
        if index % step:
            continue
        x = LEFT + slot * index + slot / 2
        parts.append(
            f'<text class="chart__tick" x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}" '
            f'text-anchor="middle" font-size="14" fill="#56565a">{escape(label[-5:] if len(label) == 10 else label[:10])}</text>'
        )
    if chart.kind == "bar":
        count = max(len(chart.series), 1)
        bar_w = max(slot * 0.8 / count, 1)
        for s_index, s in enumerate(chart.series):
            colour = PALETTE[s_index % len(PALETTE)]
            for index, value in enumerate(s.values):
                if not value:
                    continue
                h = plot_h * value / (top - bottom)
                x = LEFT + slot * index + slot * 0.1 + bar_w * s_index
                y = TOP + plot_h - h
                parts.append(
                    f'<rect class="chart__bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                    f'height="{h:.1f}" fill="{colour}"><title>{escape(chart.labels[index])}: '
                    f"{escape(chart.shown(value))}</title></rect>"
                )
    else:
        for s_index, s in enumerate(chart.series):
            colour = PALETTE[s_index % len(PALETTE)]
            points = []
            for index, value in enumerate(s.values):
                if value is None:
                    continue
                x = LEFT + slot * index + slot / 2
                y = TOP + plot_h - plot_h * (value - bottom) / (top - bottom)
                points.append(f"{x:.1f},{y:.1f}")
            if len(points) > 1:
                parts.append(
                    f'<polyline class="chart__line" points="{" ".join(points)}" fill="none" '
                    f'stroke="{colour}" stroke-width="2.5" stroke-linejoin="round"/>'
                )
            for point in points if len(points) <= 40 else []:
                cx, cy = point.split(",")
                parts.append(f'<circle cx="{cx}" cy="{cy}" r="3" fill="{colour}"/>')
    # Axis line.
    parts.append(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" y2="{TOP + plot_h}" '
        f'stroke="#1a1a1c" stroke-width="1"/>'
    )
    # Legend for several series.
    if len(chart.series) > 1:
        x = LEFT
        for s_index, s in enumerate(chart.series[:7]):
            colour = PALETTE[s_index % len(PALETTE)]
            parts.append(
                f'<rect x="{x}" y="{HEIGHT - 18}" width="12" height="12" fill="{colour}"/>'
                f'<text x="{x + 16}" y="{HEIGHT - 8}" font-size="12" fill="#1a1a1c">'
                f"{escape(s.name[:16])}</text>"
            )
            x += 24 + 12 * min(len(s.name), 16)
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every data text above is escaped
