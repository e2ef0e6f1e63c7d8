"""The workshop summary as a self-contained, printable HTML document (Qt-free).

``summary_html(team_debrief(ws), lang)`` follows principles.md §12 like the single-learner
report: the reactions questions first, then what happened (the ending, the arousal curve, the
path with the votes at each decision beside the expert choice), the analysis (per-principle
results and the analysis questions) and the summary (take-aways, summary questions, the
wellbeing close). It reuses lagaffektiv.report's sections, style and curve, with words for a
group instead of a single learner.

The document holds scenario texts, vote counts and the path only: there is no place in the data
for a name or for anything typed during the session.
"""

from __future__ import annotations

from html import escape
from typing import Any

from ..report import LANGS, STYLE, WORDS, ReportSections, localized, number

TEAM_WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "debrief": "Workshop – gemensam genomgång",
        "mode_practice": "Workshop",
        "reactions": "Reaktioner",
        "reactions_intro": "Börja här, innan resultaten visas.",
        "you_chose": "Gruppen valde",
        "your_answer": "Gruppens svar",
        "position": "Gruppens placering",
        "timed_out": "Tiden tog slut innan valet gjordes",
        "path": "Vägen genom scenariot",
        "path_intro": "Vid varje beslut: hur rösterna fördelade sig, vad gruppen gjorde och vad en expert "
                      "hade valt. Bara antal sparas, aldrig vem som röstade.",
        "option": "Alternativ",
        "votes": "Röster",
        "share": "Andel",
        "votes_total": "{n} röster",
        "no_votes": "Inga röster räknades.",
        "taken": "← valdes",
        "expert_mark": "★ expertens val",
        "correct_mark": "★ rätt svar",
        "how_majority": "Majoriteten avgjorde",
        "how_tie_break": "Lika röster – samtalsledaren avgjorde",
        "how_override": "Samtalsledaren valde ett annat alternativ än majoriteten",
        "how_hot_seat": "Heta stolen: en deltagare valde ensam, de andra observerade",
        "how_timeout": "Tiden tog slut",
        "how_placement": "Gruppen enades om en placering",
        "matches": "Samma som expertens val.",
        "differs_expert": "Expertens val: {text}",
        "questions": "Frågor att samtala om",
        "analysis_questions": "Frågor till analysen",
        "summary_questions": "Frågor att avsluta med",
        "decisions_fmt": "{n} beslut, {m} som expertens",
    },
    "en": {
        "debrief": "Workshop – team debrief",
        "mode_practice": "Workshop",
        "reactions": "Reactions",
        "reactions_intro": "Start here, before the results are shown.",
        "you_chose": "The group chose",
        "your_answer": "The group's answer",
        "position": "The group's position",
        "timed_out": "Time ran out before the choice was made",
        "path": "The path through the scenario",
        "path_intro": "At each decision: how the votes fell, what the group did and what an expert would have "
                      "chosen. Only counts are kept, never who voted.",
        "option": "Option",
        "votes": "Votes",
        "share": "Share",
        "votes_total": "{n} votes",
        "no_votes": "No votes were counted.",
        "taken": "← taken",
        "expert_mark": "★ the expert's choice",
        "correct_mark": "★ right answer",
        "how_majority": "The majority decided",
        "how_tie_break": "Tied vote – the facilitator decided",
        "how_override": "The facilitator chose another option than the majority",
        "how_hot_seat": "Hot seat: one participant chose alone while the others observed",
        "how_timeout": "Time ran out",
        "how_placement": "The group agreed on a position",
        "matches": "The same as the expert's choice.",
        "differs_expert": "The expert's choice: {text}",
        "questions": "Questions to talk about",
        "analysis_questions": "Questions for the analysis",
        "summary_questions": "Questions to close with",
        "decisions_fmt": "{n} decisions, {m} as the expert's",
    },
}


def _e(text: Any) -> str:
    return escape(str(text), quote=True)


def words(lang: str) -> dict[str, str]:
    w = dict(WORDS[lang])
    w.update(TEAM_WORDS[lang])
    return w


class TeamSections(ReportSections):
    def meta(self) -> str:
        d, w = self.d, self.w
        sc = d.get("scenario", {})
        decisions = d.get("decisions", [])
        parts = [w["debrief"], w["decisions_fmt"].format(n=len(decisions), m=d.get("matches_expert", 0))]
        if d.get("minutes") is not None:
            parts.append(w["sim_minutes"].format(m=number(float(d["minutes"]), self.lang)))
        parts.append(w["scenario_ref"].format(id=sc.get("id", ""), rev=sc.get("revision", "")))
        return " · ".join(parts)

    def questions(self, part: str, heading: str) -> list[str]:
        texts = next((q for p, q in self.d.get("questions", []) if p == part), [])
        if not texts:
            return []
        return [f'<h3>{_e(self.w[heading])}</h3>', '<ol>',
                *(f'<li>{_e(self.loc(t))}</li>' for t in texts), '</ol>']

    def reactions(self) -> list[str]:
        return [f'<h2>{_e(self.w["reactions"])}</h2>', f'<p class="muted">{_e(self.w["reactions_intro"])}</p>',
                *self.questions("reactions", "questions")]

    def path(self) -> list[str]:
        w = self.w
        out = [f'<h3>{_e(w["path"])}</h3>', f'<p class="muted">{_e(w["path_intro"])}</p>']
        for d in self.d.get("decisions", []):
            out.extend(self.decision(d))
        return out

    def decision(self, d: dict) -> list[str]:
        w, lang = self.w, self.lang
        head = f'{w["decision_n"].format(n=d["number"])} · {w.get("kind_" + d["kind"], d["kind"])}'
        out = ['<div class="step">', f'<h4>{_e(head)}</h4>', f'<p><b>{_e(w["how_" + d["how"]])}.</b></p>']
        options = d.get("options") or []
        if options:
            mark = w["correct_mark"] if d["kind"] == "checkpoint" else w["expert_mark"]
            out += ['<table class="scores" width="100%" cellpadding="4" cellspacing="0">',
                    f'<tr><th width="58%">{_e(w["option"])}</th><th width="10%" class="num">{_e(w["votes"])}</th>'
                    f'<th width="10%" class="num">{_e(w["share"])}</th><th width="22%"></th></tr>']
            for o in options:
                notes = [w["taken"]] if o.get("chosen") else []
                if o.get("expert"):
                    notes.append(mark)
                share = f'{number(100 * float(o.get("share", 0)), lang, 0)} %'
                out.append(f'<tr><td>{_e(self.loc(o.get("text")) or o.get("id"))}</td>'
                           f'<td class="num"><b>{int(o.get("votes", 0))}</b></td><td class="num">{_e(share)}</td>'
                           f'<td>{_e(" ".join(notes))}</td></tr>')
            out.append('</table>')
            total = d.get("total", 0)
            out.append(f'<p class="muted">{_e(w["votes_total"].format(n=total) if total else w["no_votes"])}</p>')
        if d["kind"] == "choice":
            if d.get("matches_expert"):
                out.append(f'<p>{_e(w["matches"])}</p>')
            elif d.get("expert"):
                expert = next((o for o in options if o.get("id") == d["expert"]), {})
                out.append(f'<p class="expert">{_e(w["differs_expert"].format(text=self.loc(expert.get("text"))))}</p>')
        elif d["kind"] == "positioning":
            pos = d.get("position") or {}
            out.append(f'<p><b>{_e(w["position"])}:</b></p><ul>')
            out.extend(f'<li>{_e(self.loc(t))}</li>' for t in pos.get("feedback") or [])
            out.append('</ul>')
        out.append('</div>')
        return out


def summary_html(debrief: dict, lang: str, *, curve_image: str | None = None, curve_width: int = 640) -> str:
    """The team debrief as an HTML document in ``lang`` ("sv" or "en"). ``curve_image``: the
    ``src`` of a picture of the arousal curve to use instead of the inline SVG (a PDF printed with
    QTextDocument draws no SVG), shown ``curve_width`` pixels wide; as report.debrief_html."""
    lang = lang if lang in LANGS else "sv"
    w = words(lang)
    r = TeamSections(debrief, lang, w, {})
    title = localized(debrief.get("scenario", {}).get("title"), lang) or debrief.get("scenario", {}).get("id", "")
    out = ['<!DOCTYPE html>', f'<html lang="{lang}">', '<head>', '<meta charset="utf-8">',
           f'<title>{_e(w["debrief"])} – {_e(title)}</title>', f'<style>{STYLE}</style>', '</head>', '<body>',
           f'<h1>{_e(title)}</h1>', f'<p class="meta">{_e(r.meta())}</p>']
    out.extend(r.reactions())
    out.extend(r.ending())
    out.extend(r.curve(curve_image, curve_width))
    out.extend(r.path())
    out.extend(r.analysis())
    out.extend(r.questions("analysis", "analysis_questions"))
    out.extend(r.takeaways())
    out.extend(r.questions("summary", "summary_questions"))
    out.extend(r.wellbeing())
    out.append(f'<p class="footer">{_e(w["footer"])}</p>')
    out.extend(['</body>', '</html>'])
    return "\n".join(out) + "\n"
