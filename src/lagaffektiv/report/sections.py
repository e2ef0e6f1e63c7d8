"""The debrief's sections as HTML lines, in the order of principles.md §12."""

from __future__ import annotations

from typing import Any

from .curve import curve_svg, score_bar
from .facts import (answer_texts, decision_numbers, disagreement, knowledge_item, localized, number, phase_label,
                    principle_name, principle_summary, step_backs_at, steps_for)
from .facts import escaped as _e
from .words import DECISION_KINDS, RATINGS


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
