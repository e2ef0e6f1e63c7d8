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

The view (``lagaffektiv.app.debrief``) uses the small helpers here too, so the numbering of the
decisions and the rule for when a self-rating and a score disagree are the same on screen and
on paper.
"""

from __future__ import annotations

from html import escape
from typing import Any

from .encounter.arousal import PHASE_LABELS
from .encounter.tuning import DEFAULTS, PHASES
from .principles import PRINCIPLES

LANGS = ("sv", "en")

# The self-rating a learner gives per principle before seeing any score (principles.md §12):
# plus = went well, delta = want to change, unsure = don't know.
RATINGS = ("plus", "delta", "unsure")

# Mirrors the take-away rule in encounter/scoring.py: below 70 is "to practise", 80 or more
# "keep doing". A self-rating disagrees with the score when it lands on the other side.
PRACTISE_BELOW = 70
KEEP_FROM = 80

DECISION_KINDS = ("choice", "positioning", "checkpoint")

WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "debrief": "Genomgång",
        "mode_practice": "Övningsläge",
        "mode_assessment": "Bedömningsläge",
        "sim_minutes": "{m} simulerade minuter",
        "scenario_ref": "Scenario {id}, version {rev}",
        "reactions": "Mina reaktioner",
        "reaction_intro": "Det här skrev jag direkt efter övningen:",
        "ending": "Hur det slutade",
        "not_finished": "Övningen avslutades innan den var klar.",
        "class_resolved": "Situationen lugnade sig och vården fortsatte",
        "class_resolved_with_help": "Det lugnade sig med hjälp av andra",
        "class_care_interrupted": "Vården avbröts",
        "class_alarm_violence": "Det blev larm eller våld",
        "description": "Vad som hände",
        "curve": "Upprördhet under mötet",
        "curve_desc": "Upprördhet från 0 till 100 för varje person, efter varje steg. "
                      "Numren i ringarna är besluten i tidslinjen nedan.",
        "curve_axis": "Steg i mötet",
        "peak": "högst {n}",
        "step": "Steg",
        "minutes": "Minut",
        "timeline": "Tidslinje",
        "decision_n": "Beslut {n}",
        "at_minutes": "{m} min",
        "kind_choice": "Val",
        "kind_positioning": "Placering",
        "kind_checkpoint": "Kunskapsfråga",
        "kind_passage": "Händelse",
        "curve_person": "{name}: {start} i början, högst {peak}, {end} i slutet.",
        "situation": "Situationen",
        "you_chose": "Du valde",
        "timed_out": "Tiden tog slut innan du valde",
        "feedback": "Återkoppling",
        "expert": "Ett rekommenderat alternativ",
        "principles": "Principer",
        "source": "Källa",
        "source_fmt": "{title} (kunskapsstödet, rad {lines})",
        "position": "Din placering",
        "arousal": "Upprördhet efteråt",
        "step_back": "Här tog du ett steg tillbaka och provade ett annat sätt.",
        "question": "Fråga",
        "your_answer": "Ditt svar",
        "right_answer": "Rätt svar",
        "explanation": "Förklaring",
        "right": "✓ Rätt",
        "partly": "◐ Delvis rätt ({n} %)",
        "wrong": "✗ Inte helt rätt",
        "analysis": "Analys",
        "overall": "Sammanlagt resultat",
        "overall_fmt": "{n} av 100",
        "overall_note": "Vägt över alla principer som prövades i övningen.",
        "principle": "Princip",
        "result": "Resultat",
        "own_rating": "Min egen bedömning",
        "rating_plus": "+ Gick bra",
        "rating_delta": "Δ Vill ändra",
        "rating_unsure": "? Vet inte",
        "rating_none": "–",
        "not_scored": "– (alla val vägde lika)",
        "differs": "⇄ Olika syn",
        "differs_plus_low": "⇄ Du tyckte att det gick bra, men resultatet ({n} av 100) visar att här finns "
                            "mer att öva på.",
        "differs_delta_high": "⇄ Du ville ändra något här, men resultatet ({n} av 100) visar att det gick bra.",
        "ask_plus_low": "Titta igen på {decisions} i tidslinjen: vad tänkte du då?",
        "ask_delta_high": "Vad hade du velat göra annorlunda, och varför?",
        "results_note": "Resultaten visar hur valen i den här övningen stämde med principerna, inte hur bra du "
                        "är på ditt arbete. Alla kan bli bättre på det här; det är därför vi övar.",
        "teaching": "Att tänka på, princip för princip",
        "at_steps": "Prövades i {decisions}.",
        "decision_one": "beslut {n}",
        "decision_many": "beslut {list} och {last}",
        "knowledge": "Kunskapsfrågor",
        "knowledge_score": "{correct} av {total} rätt",
        "summary": "Sammanfattning",
        "takeaways": "Att ta med dig",
        "wellbeing": "Ta hand om dig",
        "footer": "Skapad med lagaffektiv, ett program för att öva lågaffektivt bemötande.",
    },
    "en": {
        "debrief": "Debrief",
        "mode_practice": "Practice",
        "mode_assessment": "Assessment",
        "sim_minutes": "{m} simulated minutes",
        "scenario_ref": "Scenario {id}, version {rev}",
        "reactions": "My reactions",
        "reaction_intro": "What I wrote right after the exercise:",
        "ending": "How it ended",
        "not_finished": "The exercise was left before it ended.",
        "class_resolved": "The situation calmed and care went on",
        "class_resolved_with_help": "It calmed with help from others",
        "class_care_interrupted": "Care was interrupted",
        "class_alarm_violence": "There was an alarm or violence",
        "description": "What happened",
        "curve": "Agitation during the encounter",
        "curve_desc": "Agitation from 0 to 100 for each person, after every step. "
                      "The numbers in the circles are the decisions in the timeline below.",
        "curve_axis": "Steps in the encounter",
        "peak": "highest {n}",
        "step": "Step",
        "minutes": "Minute",
        "timeline": "Timeline",
        "decision_n": "Decision {n}",
        "at_minutes": "{m} min",
        "kind_choice": "Choice",
        "kind_positioning": "Position",
        "kind_checkpoint": "Knowledge question",
        "kind_passage": "Event",
        "curve_person": "{name}: {start} at the start, highest {peak}, {end} at the end.",
        "situation": "The situation",
        "you_chose": "You chose",
        "timed_out": "Time ran out before you chose",
        "feedback": "Feedback",
        "expert": "A recommended alternative",
        "principles": "Principles",
        "source": "Source",
        "source_fmt": "{title} (knowledge support, lines {lines})",
        "position": "Your position",
        "arousal": "Agitation afterwards",
        "step_back": "Here you stepped back and tried another way.",
        "question": "Question",
        "your_answer": "Your answer",
        "right_answer": "Right answer",
        "explanation": "Explanation",
        "right": "✓ Right",
        "partly": "◐ Partly right ({n} %)",
        "wrong": "✗ Not quite right",
        "analysis": "Analysis",
        "overall": "Overall result",
        "overall_fmt": "{n} of 100",
        "overall_note": "Weighted over every principle at stake in the exercise.",
        "principle": "Principle",
        "result": "Result",
        "own_rating": "My own rating",
        "rating_plus": "+ Went well",
        "rating_delta": "Δ Want to change",
        "rating_unsure": "? Not sure",
        "rating_none": "–",
        "not_scored": "– (every option weighed the same)",
        "differs": "⇄ Different views",
        "differs_plus_low": "⇄ You felt this went well, but the result ({n} of 100) shows there is more "
                            "to practise here.",
        "differs_delta_high": "⇄ You wanted to change something here, but the result ({n} of 100) shows it "
                              "went well.",
        "ask_plus_low": "Look again at {decisions} in the timeline: what were you thinking then?",
        "ask_delta_high": "What would you have done differently, and why?",
        "results_note": "The results show how the choices in this exercise matched the principles, not how "
                        "good you are at your job. Everyone can get better at this; that is why we practise.",
        "teaching": "Principle by principle: what to keep in mind",
        "at_steps": "At stake in {decisions}.",
        "decision_one": "decision {n}",
        "decision_many": "decisions {list} and {last}",
        "knowledge": "Knowledge questions",
        "knowledge_score": "{correct} of {total} right",
        "summary": "Summary",
        "takeaways": "To take with you",
        "wellbeing": "Look after yourself",
        "footer": "Made with lagaffektiv, a trainer for the low-affective approach.",
    },
}

# Light bands behind the curve, calm to crisis; the phase word is always written in the band.
BAND_COLOURS = {"calm": "#e6f2ea", "trigger": "#fbf1d3", "escalation": "#fbe3cf",
                "pre_crisis": "#f7d5cc", "crisis": "#f1c4c8"}
# Lines per character: colour, dash pattern and marker shape differ, so colour is never alone.
LINE_STYLES = (("#1f3a5f", "", "circle"), ("#7a3b8f", "7 4", "square"), ("#0f6b5c", "2 3", "triangle"),
               ("#7a4a12", "9 3 2 3", "diamond"))
BAR_COLOUR = "#1f3a5f"
TRACK_COLOUR = "#e3e6ea"


# -- helpers shared with the view -------------------------------------------------------------

def localized(text: Any, lang: str) -> str:
    """A {sv, en} text in ``lang``, falling back to the other language rather than to nothing."""
    if not text:
        return ""
    if isinstance(text, str):
        return text
    return text.get(lang) or next((text[o] for o in LANGS if text.get(o)), "")


def number(x: float, lang: str, decimals: int = 1) -> str:
    """A number for people: no trailing zeros, a decimal comma in Swedish."""
    s = f"{x:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{x:.0f}"
    return s.replace(".", ",") if lang == "sv" else s


def principle_name(pid: str, lang: str) -> str:
    return PRINCIPLES[pid].name[lang] if pid in PRINCIPLES else pid


def principle_summary(pid: str, lang: str) -> str:
    return PRINCIPLES[pid].summary[lang] if pid in PRINCIPLES else ""


def phase_label(phase: str, lang: str) -> str:
    return PHASE_LABELS.get(phase, {}).get(lang, phase)


def phase_bounds(debrief: dict) -> dict[str, float]:
    """Lower bound of each phase. The debrief data does not carry a scenario's own thresholds
    (yet), so a debrief without ``phase_bounds`` uses the engine's defaults."""
    bounds = dict(DEFAULTS["phases"])
    bounds.update(debrief.get("phase_bounds") or {})
    return bounds


def phase_bands(debrief: dict) -> list[tuple[str, float, float]]:
    """(phase, low, high) from calm to crisis on the 0–100 scale."""
    bounds = phase_bounds(debrief)
    lows = [0.0] + [float(bounds[p]) for p in PHASES[1:]]
    highs = lows[1:] + [100.0]
    return [(p, lo, hi) for p, lo, hi in zip(PHASES, lows, highs) if hi > lo]


def decision_numbers(debrief: dict) -> dict[int, int]:
    """Timeline index → the decision's number (1, 2, …); passages are not numbered."""
    out: dict[int, int] = {}
    for entry in debrief.get("timeline", []):
        if entry.get("kind") in DECISION_KINDS:
            out[entry["index"]] = len(out) + 1
    return out


def decision_marks(debrief: dict) -> list[tuple[int, int]]:
    """(curve step, decision number): where the curve shows the result of each decision."""
    numbers = decision_numbers(debrief)
    return [(index + 1, n) for index, n in numbers.items()]


def curve_series(debrief: dict) -> list[tuple[str, str, list[tuple[int, float]]]]:
    """(character id, name, [(step, arousal), …]) per character, in the data's order."""
    chars = debrief.get("characters", {})
    curve = debrief.get("curve", [])
    ids = list(chars) or sorted({cid for point in curve for cid in point.get("arousal", {})})
    out = []
    for cid in ids:
        points = [(int(p["step"]), float(p["arousal"][cid])) for p in curve if cid in p.get("arousal", {})]
        out.append((cid, chars.get(cid, {}).get("name") or cid, points))
    return out


def steps_for(debrief: dict, pid: str) -> list[int]:
    """The decision numbers where a principle was at stake."""
    numbers = decision_numbers(debrief)
    steps = debrief.get("principles", {}).get(pid, {}).get("steps", [])
    return sorted({numbers[i] for i in steps if i in numbers})


def disagreement(rating: str | None, score: int | None) -> str | None:
    """'plus_low' when the learner felt it went well but the score says practise; 'delta_high' when
    the learner wanted to change it but the score says it went well; otherwise None."""
    if score is None:
        return None
    if rating == "plus" and score < PRACTISE_BELOW:
        return "plus_low"
    if rating == "delta" and score >= KEEP_FROM:
        return "delta_high"
    return None


def step_backs_at(debrief: dict) -> set[int]:
    return {int(sb["at_step"]) for sb in debrief.get("step_backs", []) if "at_step" in sb}


def answer_texts(item: dict, ids: list[str], lang: str) -> list[str]:
    texts = {o["id"]: localized(o.get("text"), lang) for o in item.get("options", [])}
    return [texts.get(i, i) for i in ids]


def knowledge_item(debrief: dict, node: str) -> dict | None:
    return next((i for i in debrief.get("knowledge", {}).get("items", []) if i.get("node") == node), None)


# -- the HTML ----------------------------------------------------------------------------------

STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; color: #1b1f24; line-height: 1.4;
       max-width: 50em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 2px; color: #1f3a5f; }
h2 { font-size: 15pt; color: #1f3a5f; margin-top: 26px; margin-bottom: 6px; border-bottom: 1px solid #c9ced6; }
h3 { font-size: 12pt; color: #1f3a5f; margin-top: 16px; margin-bottom: 4px; }
h4 { font-size: 11pt; margin-top: 16px; margin-bottom: 2px; }
p { margin-top: 4px; margin-bottom: 4px; }
.meta, .muted, .note { color: #454d57; }
.step { margin-top: 12px; }
.passage { color: #454d57; font-style: italic; }
.expert { background-color: #eef4fb; }
.differs { background-color: #fff1d6; color: #4d3300; }
.overall { font-size: 18pt; font-weight: bold; color: #1f3a5f; }
table { border-collapse: collapse; margin: 0; }
th { text-align: left; }
td, th { padding: 4px; vertical-align: top; }
table.scores td, table.scores th { border-bottom: 1px solid #d5d9df; }
.num { text-align: right; }
.footer { color: #5a626c; font-size: 8pt; margin-top: 24px; }
"""


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


def _e(text: Any) -> str:
    return escape(str(text), quote=True)


class ReportSections:
    """The debrief's sections as HTML lines; the workshop summary (lagaffektiv.workshop.summary)
    builds on the same sections with its own words."""

    def __init__(self, d: dict, lang: str, w: dict[str, str], ratings: dict):
        self.d, self.lang, self.w, self.ratings = d, lang, w, ratings
        self.numbers = decision_numbers(d)
        self.names = {cid: localized(c.get("name"), lang) or cid for cid, c in d.get("characters", {}).items()}

    def decisions(self, numbers: list[int]) -> str:
        if len(numbers) == 1:
            return self.w["decision_one"].format(n=numbers[0])
        return self.w["decision_many"].format(list=", ".join(map(str, numbers[:-1])), last=numbers[-1])

    def loc(self, text: Any) -> str:
        return localized(text, self.lang)

    def meta(self) -> str:
        d, w = self.d, self.w
        sc = d.get("scenario", {})
        parts = [w["debrief"], w.get(f"mode_{d.get('mode', 'practice')}", str(d.get("mode", "")))]
        if d.get("minutes") is not None:
            parts.append(w["sim_minutes"].format(m=number(float(d["minutes"]), self.lang)))
        parts.append(w["scenario_ref"].format(id=sc.get("id", ""), rev=sc.get("revision", "")))
        return " · ".join(p for p in parts if p)

    def source(self, src: dict | None) -> str:
        if not src:
            return ""
        text = self.w["source_fmt"].format(title=self.loc(src.get("title")) or src.get("id", ""),
                                           lines=src.get("lines", ""))
        return f'<p class="muted">{_e(self.w["source"])}: {_e(text)}</p>'

    # -- ending
    def ending(self) -> list[str]:
        w, end = self.w, self.d.get("ending")
        out = [f'<h2>{_e(w["ending"])}</h2>']
        if not end:
            out.append(f'<p>{_e(w["not_finished"])}</p>')
            return out
        cls = w.get(f"class_{end.get('class')}", str(end.get("class", "")))
        out.append(f'<p><b>{_e(self.loc(end.get("title")))}</b> – {_e(cls)}</p>')
        out.append(f'<p>{_e(self.loc(end.get("debrief")))}</p>')
        return out

    # -- description
    def curve(self, curve_image: str | None, curve_width: int) -> list[str]:
        """The "what happened" heading and the arousal curve."""
        w = self.w
        out = [f'<h2>{_e(w["description"])}</h2>', f'<h3>{_e(w["curve"])}</h3>',
               f'<p class="muted">{_e(w["curve_desc"])}</p>']
        if curve_image:
            out.append(f'<p><img src="{_e(curve_image)}" width="{int(curve_width)}" alt="{_e(w["curve"])}"></p>')
        else:
            out.append(curve_svg(self.d, self.lang, w))
        return out

    def description(self, curve_image: str | None, curve_width: int) -> list[str]:
        w = self.w
        out = self.curve(curve_image, curve_width)
        out.append(f'<h3>{_e(w["timeline"])}</h3>')
        backs = step_backs_at(self.d)
        for entry in self.d.get("timeline", []):
            out.extend(self.entry(entry, entry.get("index") in backs))
        return out

    def principle_marks(self, weights: dict) -> str:
        items = []
        for pid, weight in weights.items():
            if weight > 0:
                items.append(f"+ {principle_name(pid, self.lang)}")
            elif weight < 0:
                items.append(f"− {principle_name(pid, self.lang)}")
        return ", ".join(items)

    def entry(self, e: dict, stepped_back: bool) -> list[str]:
        w, lang = self.w, self.lang
        kind = e.get("kind", "")
        narration = self.loc(e.get("narration"))
        if kind not in DECISION_KINDS:
            return [f'<p class="passage">{_e(narration)}</p>'] if narration else []
        n = self.numbers.get(e.get("index"), 0)
        head = f'{w["decision_n"].format(n=n)} · {w.get("kind_" + kind, kind)} · ' \
               f'{w["at_minutes"].format(m=number(float(e.get("minutes", 0)), lang))}'
        out = ['<div class="step">', f'<h4>{_e(head)}</h4>']
        if narration:
            out.append(f'<p class="muted">{_e(w["situation"])}: {_e(narration)}</p>')
        if kind == "choice":
            chosen = e.get("chosen") or {}
            if e.get("timed_out"):
                out.append(f'<p><b>{_e(w["timed_out"])}.</b></p>')
            else:
                out.append(f'<p><b>{_e(w["you_chose"])}:</b> {_e(self.loc(chosen.get("text")))}</p>')
            feedback = self.loc(e.get("feedback") or chosen.get("feedback"))
            if feedback:
                out.append(f'<p><b>{_e(w["feedback"])}:</b> {_e(feedback)}</p>')
            expert = e.get("expert")
            if expert:
                out.append(f'<table class="expert" width="100%" cellpadding="6"><tr><td bgcolor="#eef4fb">'
                           f'<b>{_e(w["expert"])}:</b> '
                           f'{_e(self.loc(expert.get("text")))}<br>{_e(self.loc(expert.get("feedback")))}</td></tr></table>')
        elif kind == "positioning":
            out.append(f'<p><b>{_e(w["position"])}:</b></p>')
            out.append('<ul>')
            out.extend(f'<li>{_e(self.loc(text))}</li>' for text in e.get("feedback") or [])
            out.append('</ul>')
        elif kind == "checkpoint":
            out.extend(self.checkpoint_lines(e))
        marks = self.principle_marks(e.get("principles") or {})
        if marks:
            out.append(f'<p><b>{_e(w["principles"])}:</b> {_e(marks)}</p>')
        after = e.get("arousal_after") or {}
        if after and kind != "checkpoint":
            phases = e.get("phases_after") or {}
            parts = [f'{self.names.get(cid, cid)} {number(float(v), lang, 0)} ({phase_label(phases.get(cid, ""), lang)})'
                     for cid, v in after.items()]
            out.append(f'<p class="muted">{_e(w["arousal"])}: {_e(", ".join(parts))}</p>')
        if kind != "checkpoint":
            out.append(self.source(e.get("source")))
        if stepped_back:
            out.append(f'<p class="note">↶ {_e(w["step_back"])}</p>')
        out.append('</div>')
        return [line for line in out if line]

    def checkpoint_lines(self, e: dict) -> list[str]:
        w = self.w
        item = knowledge_item(self.d, e.get("node", "")) or {}
        answer = answer_texts(item, list(e.get("answer") or []), self.lang)
        right = answer_texts(item, list(e.get("correct_answers") or []), self.lang)
        out = [f'<p><b>{_e(w["question"])}:</b> {_e(self.loc(e.get("question")))}</p>',
               f'<p><b>{_e(w["your_answer"])}:</b> {_e("; ".join(answer))} – {_e(self.verdict(item, e))}</p>']
        if not e.get("correct"):
            out.append(f'<p><b>{_e(w["right_answer"])}:</b> {_e("; ".join(right))}</p>')
        return out

    def verdict(self, item: dict, e: dict) -> str:
        if e.get("correct"):
            return self.w["right"]
        score = item.get("score")
        if score:
            return self.w["partly"].format(n=round(100 * float(score)))
        return self.w["wrong"]

    # -- analysis
    def analysis(self) -> list[str]:
        w, lang, d = self.w, self.lang, self.d
        out = [f'<h2>{_e(w["analysis"])}</h2>', f'<h3>{_e(w["overall"])}</h3>']
        overall = d.get("overall")
        out.append(f'<p class="overall">{_e(w["overall_fmt"].format(n=overall) if overall is not None else "–")}</p>')
        out.append(f'<p class="muted">{_e(w["overall_note"])}</p>')
        principles = d.get("principles", {})
        if principles:
            rated = bool(self.ratings)
            widths = ("30%", "13%", "33%", "24%") if rated else ("36%", "13%", "51%", "")
            head = (f'<tr><th width="{widths[0]}">{_e(w["principle"])}</th>'
                    f'<th width="{widths[1]}" class="num">{_e(w["result"])}</th><th width="{widths[2]}"></th>'
                    + (f'<th width="{widths[3]}">{_e(w["own_rating"])}</th>' if rated else '') + '</tr>')
            out += ['<table class="scores" width="100%" cellpadding="4" cellspacing="0">', head]
            for pid, s in principles.items():
                score = s.get("score")
                text = str(score) if score is not None else w["not_scored"]
                row = (f'<tr><td>{_e(principle_name(pid, lang))}</td><td class="num"><b>{_e(text)}</b></td>'
                       f'<td>{score_bar(score)}</td>')
                if rated:
                    rating = self.ratings.get(pid)
                    row += f'<td>{_e(w.get("rating_" + str(rating), w["rating_none"]) if rating in RATINGS else w["rating_none"])}'
                    if disagreement(rating, score):
                        row += f'<br><span class="differs">{_e(w["differs"])}</span>'
                    row += '</td>'
                out.append(row + '</tr>')
            out.append('</table>')
            out.append(f'<p class="muted">{_e(w["results_note"])}</p>')
            for pid, s in principles.items():
                kind = disagreement(self.ratings.get(pid), s.get("score"))
                if kind:
                    text = w["differs_" + kind].format(n=s.get("score"))
                    steps = steps_for(d, pid)
                    if kind == "plus_low" and steps:
                        text += " " + w["ask_plus_low"].format(decisions=self.decisions(steps))
                    elif kind == "delta_high":
                        text += " " + w["ask_delta_high"]
                    out.append(f'<p class="differs"><b>{_e(principle_name(pid, lang))}:</b> {_e(text)}</p>')
            out.append(f'<h3>{_e(w["teaching"])}</h3>')
            for pid in principles:
                steps = steps_for(d, pid)
                at = " " + w["at_steps"].format(decisions=self.decisions(steps)) if steps else ""
                out.append(f'<p><b>{_e(principle_name(pid, lang))}.</b> {_e(principle_summary(pid, lang))}'
                           f'<span class="muted">{_e(at)}</span></p>')
        out.extend(self.knowledge())
        return out

    def knowledge(self) -> list[str]:
        w, k = self.w, self.d.get("knowledge") or {}
        items = k.get("items") or []
        if not items:
            return []
        out = [f'<h3>{_e(w["knowledge"])}</h3>',
               f'<p><b>{_e(w["knowledge_score"].format(correct=k.get("correct", 0), total=k.get("total", len(items))))}</b></p>']
        for item in items:
            answer = answer_texts(item, list(item.get("answer") or []), self.lang)
            right = [self.loc(o.get("text")) for o in item.get("options", []) if o.get("correct")]
            out += ['<div class="step">',
                    f'<p><b>{_e(self.loc(item.get("question")))}</b></p>',
                    f'<p>{_e(w["your_answer"])}: {_e("; ".join(answer))} – {_e(self.verdict(item, item))}</p>',
                    "" if item.get("correct") else f'<p>{_e(w["right_answer"])}: {_e("; ".join(right))}</p>',
                    f'<p>{_e(w["explanation"])}: {_e(self.loc(item.get("explanation")))}</p>',
                    self.source(item.get("source")), '</div>']
        return [line for line in out if line]

    # -- summary
    def summary(self) -> list[str]:
        return self.takeaways() + self.wellbeing()

    def takeaways(self) -> list[str]:
        """The summary heading and the take-aways."""
        w = self.w
        out = [f'<h2>{_e(w["summary"])}</h2>']
        takeaways = self.d.get("takeaways") or []
        if takeaways:
            out.append(f'<h3>{_e(w["takeaways"])}</h3>')
            out.append('<ul>')
            out.extend(f'<li>{_e(self.loc(t.get("text")))}</li>' for t in takeaways)
            out.append('</ul>')
        return out

    def wellbeing(self) -> list[str]:
        w = self.w
        return [f'<h3>{_e(w["wellbeing"])}</h3>', f'<p>{_e(self.loc(self.d.get("wellbeing")))}</p>']


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
