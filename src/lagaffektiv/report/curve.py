"""The pictures in the report: a score as a bar, and the arousal curve as an inline SVG."""

from __future__ import annotations

from .facts import curve_series, decision_marks, localized, number, phase_bands, phase_label
from .facts import escaped as _e
from .style import BAND_COLOURS, BAR_COLOUR, LINE_STYLES, TRACK_COLOUR
from .words import LANGS, WORDS


def score_bar(score: int | None) -> str:
    """A bar as a one-row table (QTextDocument draws no CSS widths on spans); the number is beside it."""
    if score is None:
        return ""
    score = max(0, min(100, int(score)))
    if score == 0:
        cells = f'<td width="100%" bgcolor="{TRACK_COLOUR}">&nbsp;</td>'
    elif score == 100:
        cells = f'<td width="100%" bgcolor="{BAR_COLOUR}">&nbsp;</td>'
    else:
        cells = (f'<td width="{score}%" bgcolor="{BAR_COLOUR}">&nbsp;</td>'
                 f'<td width="{100 - score}%" bgcolor="{TRACK_COLOUR}">&nbsp;</td>')
    return f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{cells}</tr></table>'


def curve_svg(debrief: dict, lang: str, words: dict[str, str] | None = None) -> str:
    """The arousal curve as an inline SVG: phase bands with their words, one line per character
    (colour, dash and marker shape differ), and the decisions numbered as in the timeline."""
    w = dict(WORDS[lang if lang in LANGS else "sv"])
    w.update(words or {})
    series = curve_series(debrief)
    marks = decision_marks(debrief)
    steps = max([p[0] for _, _, pts in series for p in pts] + [1])
    width, left, right, top, plot_h = 720, 130, 16, 14, 240
    legend_h = 22 * len(series) + 8
    people = [w["curve_person"].format(name=localized(name, lang), start=number(pts[0][1], lang, 0),
                                       peak=number(max(v for _, v in pts), lang, 0), end=number(pts[-1][1], lang, 0))
              for _, name, pts in series if pts]
    height = top + plot_h + 56 + legend_h
    plot_w = width - left - right

    def x(step: float) -> float:
        return left + plot_w * step / steps

    def y(value: float) -> float:
        return top + plot_h * (1 - value / 100)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(w["curve"])}" '
           f'font-family="DejaVu Sans, Arial, sans-serif" font-size="12">',
           f'<title>{_e(w["curve"])}</title>', f'<desc>{_e(" ".join([w["curve_desc"], *people]))}</desc>']
    for phase, lo, hi in phase_bands(debrief):
        out.append(f'<rect x="{left}" y="{y(hi):.1f}" width="{plot_w}" height="{y(lo) - y(hi):.1f}" '
                   f'fill="{BAND_COLOURS.get(phase, "#eeeeee")}"/>')
        out.append(f'<text x="{left - 8}" y="{(y(lo) + y(hi)) / 2 + 4:.1f}" text-anchor="end" fill="#2e343b">'
                   f'{_e(phase_label(phase, lang))}</text>')
        if lo > 0:
            out.append(f'<text x="{left + 3}" y="{y(lo) - 3:.1f}" fill="#5a626c" font-size="9">{lo:g}</text>')
    out.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#8d97a3"/>')
    for step, n in marks:
        cx = x(step)
        out.append(f'<line x1="{cx:.1f}" y1="{top}" x2="{cx:.1f}" y2="{top + plot_h}" stroke="#8d97a3" '
                   f'stroke-dasharray="2 3"/>')
        out.append(f'<circle cx="{cx:.1f}" cy="{top + plot_h + 16}" r="10" fill="#ffffff" stroke="#1f3a5f"/>')
        out.append(f'<text x="{cx:.1f}" y="{top + plot_h + 20}" text-anchor="middle" fill="#1f3a5f" '
                   f'font-size="11">{n}</text>')
    out.append(f'<text x="{left + plot_w / 2:.1f}" y="{top + plot_h + 44}" text-anchor="middle" '
               f'fill="#454d57">{_e(w["curve_axis"])}</text>')
    for i, (cid, name, points) in enumerate(series):
        colour, dash, shape = LINE_STYLES[i % len(LINE_STYLES)]
        coords = " ".join(f"{x(s):.1f},{y(v):.1f}" for s, v in points)
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2.5"{dash_attr}/>')
        for s, v in points:
            out.append(_marker(shape, x(s), y(v), colour, 3.5))
        ly = top + plot_h + 56 + 22 * i + 8
        out.append(f'<line x1="{left}" y1="{ly}" x2="{left + 36}" y2="{ly}" stroke="{colour}" '
                   f'stroke-width="2.5"{dash_attr}/>')
        out.append(_marker(shape, left + 18, ly, colour, 4))
        peak = max((v for _, v in points), default=0.0)
        label = f'{localized(name, lang)} ({w["peak"].format(n=number(peak, lang, 0))})'
        out.append(f'<text x="{left + 44}" y="{ly + 4}" fill="#1b1f24">{_e(label)}</text>')
    out.append('</svg>')
    return "\n".join(out)


def _marker(shape: str, cx: float, cy: float, colour: str, r: float) -> str:
    if shape == "square":
        return f'<rect x="{cx - r:.1f}" y="{cy - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" fill="{colour}"/>'
    if shape == "triangle":
        return (f'<polygon points="{cx:.1f},{cy - r * 1.2:.1f} {cx - r * 1.1:.1f},{cy + r * 0.8:.1f} '
                f'{cx + r * 1.1:.1f},{cy + r * 0.8:.1f}" fill="{colour}"/>')
    if shape == "diamond":
        return (f'<polygon points="{cx:.1f},{cy - r * 1.3:.1f} {cx + r * 1.3:.1f},{cy:.1f} {cx:.1f},{cy + r * 1.3:.1f} '
                f'{cx - r * 1.3:.1f},{cy:.1f}" fill="{colour}"/>')
    return f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r}" fill="{colour}"/>'
