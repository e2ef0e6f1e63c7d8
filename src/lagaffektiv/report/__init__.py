"""The debrief as a self-contained HTML document, from the debrief data (Qt-free).

``debrief_html(debrief, lang)`` takes what ``lagaffektiv.encounter.scoring.debrief`` returns
and writes it in the order of principles.md §12: (the learner's reactions, only when the caller
passes them), the ending, what happened (the arousal curve and the timeline), the analysis
(overall and per-principle results, the learner's own rating beside them when passed, the
teaching per principle, the knowledge questions) and the summary (take-aways, then the
wellbeing close, principles.md §8).

Every text that comes from a scenario or from the learner is escaped with ``html.escape``, so
a scenario can never inject markup. The HTML is simple enough for Qt's QTextDocument (the PDF
export prints it) and for a browser; the curve is an inline SVG, or an ``<img>`` when the
caller passes ``curve_image`` (QTextDocument does not draw SVG).

The view (``lagaffektiv.app.debrief``) uses the small helpers here too (facts.py), so the
numbering of the decisions and the rule for when a self-rating and a score disagree are the same
on screen and on paper. The parts: words.py (both languages), facts.py, sections.py, curve.py
(the SVG curve and the score bars), style.py.
"""

from __future__ import annotations

from .curve import _marker, curve_svg, score_bar  # noqa: F401 - the report's API, as before the split
from .facts import (answer_texts, curve_series, decision_marks, decision_numbers, disagreement,  # noqa: F401
                    knowledge_item, localized, number, phase_bands, phase_bounds, phase_label, principle_name,
                    principle_summary, step_backs_at, steps_for)
from .facts import escaped as _e
from .sections import ReportSections
from .style import BAND_COLOURS, BAR_COLOUR, LINE_STYLES, STYLE, TRACK_COLOUR  # noqa: F401
from .words import DECISION_KINDS, KEEP_FROM, LANGS, PRACTISE_BELOW, RATINGS, WORDS  # noqa: F401


def debrief_html(debrief: dict, lang: str, *, reaction: str | None = None, self_ratings: dict | None = None,
                 words: dict[str, str] | None = None, curve_image: str | None = None,
                 curve_width: int = 640) -> str:
    """The whole debrief as an HTML document in ``lang`` ("sv" or "en").

    ``reaction`` and ``self_ratings`` are the learner's own reflections: pass them only when the
    learner chose to include them (an export may be shared). ``words`` overrides any of the
    report's own words (``WORDS[lang]``). ``curve_image``: the ``src`` of a picture of the curve
    to use instead of the inline SVG, shown ``curve_width`` pixels wide.
    """
    lang = lang if lang in LANGS else "sv"
    w = dict(WORDS[lang])
    w.update(words or {})
    r = ReportSections(debrief, lang, w, self_ratings or {})
    title = localized(debrief.get("scenario", {}).get("title"), lang) or debrief.get("scenario", {}).get("id", "")
    out = ['<!DOCTYPE html>', f'<html lang="{lang}">', '<head>', '<meta charset="utf-8">',
           f'<title>{_e(w["debrief"])} – {_e(title)}</title>', f'<style>{STYLE}</style>', '</head>', '<body>']
    out.append(f'<h1>{_e(title)}</h1>')
    out.append(f'<p class="meta">{_e(r.meta())}</p>')
    if reaction and reaction.strip():
        out.append(f'<h2>{_e(w["reactions"])}</h2>')
        out.append(f'<p class="muted">{_e(w["reaction_intro"])}</p>')
        out.extend(f'<p>{_e(line)}</p>' for line in reaction.strip().splitlines() if line.strip())
    out.extend(r.ending())
    out.extend(r.description(curve_image, curve_width))
    out.extend(r.analysis())
    out.extend(r.summary())
    out.append(f'<p class="footer">{_e(w["footer"])}</p>')
    out.extend(['</body>', '</html>'])
    return "\n".join(out) + "\n"
