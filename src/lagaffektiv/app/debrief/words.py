"""The debrief view's own words, through Qt's translation system (context "debrief").

English source strings are marked with QT_TRANSLATE_NOOP as in app/text.py; the Swedish words
are in translations/lagaffektiv_sv.ts.

Everything a scenario wrote (titles, narration, feedback, names) is shown as plain text by the
view; these words are the app's own.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...report import localized, number  # noqa: F401 - re-exported for the view
from ..i18n import phrase

DEBRIEF: dict[str, str] = {
    # stage 1: reactions and the learner's own rating, before any result
    "done_heading": QT_TRANSLATE_NOOP("debrief", "The exercise is over"),
    "done_intro": QT_TRANSLATE_NOOP("debrief", "Before you see how it went, take a moment for yourself."),
    "feeling_heading": QT_TRANSLATE_NOOP("debrief", "How are you feeling right now?"),
    "feeling_hint": QT_TRANSLATE_NOOP("debrief", "Write a few words if you like, or leave it empty. Meeting anger stirs up feelings, even in an exercise."),
    "feeling_placeholder": QT_TRANSLATE_NOOP("debrief", "For example: tense, relieved, unsure what I should have done …"),
    "feeling_private": QT_TRANSLATE_NOOP("debrief", "What you write stays on this computer. It goes into an export only if you choose to include it."),
    "self_heading": QT_TRANSLATE_NOOP("debrief", "How do you think it went?"),
    "self_intro": QT_TRANSLATE_NOOP("debrief", "For each principle that came up in the exercise: what went well, and what would you like to change? You will see the results after this."),
    "rate_plus": QT_TRANSLATE_NOOP("debrief", "Went well"),
    "rate_delta": QT_TRANSLATE_NOOP("debrief", "Want to change"),
    "rate_unsure": QT_TRANSLATE_NOOP("debrief", "Not sure"),
    "rate_name": QT_TRANSLATE_NOOP("debrief", "{principle}: {rating}"),
    "rate_group": QT_TRANSLATE_NOOP("debrief", "Your own rating of {principle}"),
    "no_principles": QT_TRANSLATE_NOOP("debrief", "No principle was scored in this exercise."),
    "show": QT_TRANSLATE_NOOP("debrief", "Show the debrief"),
    "show_tip": QT_TRANSLATE_NOOP("debrief", "See what happened, the results and what to take with you"),
    # stage 2: the debrief
    "debrief": QT_TRANSLATE_NOOP("debrief", "Debrief"),
    "ending_heading": QT_TRANSLATE_NOOP("debrief", "How it ended"),
    "not_finished": QT_TRANSLATE_NOOP("debrief", "The exercise was left before it ended."),
    "class_resolved": QT_TRANSLATE_NOOP("debrief", "The situation calmed and care went on"),
    "class_resolved_with_help": QT_TRANSLATE_NOOP("debrief", "It calmed with help from others"),
    "class_care_interrupted": QT_TRANSLATE_NOOP("debrief", "Care was interrupted"),
    "class_alarm_violence": QT_TRANSLATE_NOOP("debrief", "There was an alarm or violence"),
    "description_heading": QT_TRANSLATE_NOOP("debrief", "What happened"),
    "curve_heading": QT_TRANSLATE_NOOP("debrief", "Agitation during the encounter"),
    "curve_help": QT_TRANSLATE_NOOP("debrief", "Agitation from 0 to 100 for each person, after every step. The numbers in the circles are the decisions in the timeline below."),
    "curve_axis": QT_TRANSLATE_NOOP("debrief", "Steps in the encounter"),
    "peak": QT_TRANSLATE_NOOP("debrief", "highest {n}"),
    "curve_person": QT_TRANSLATE_NOOP("debrief", "{name}: {start} at the start, highest {peak} ({phase}), {end} at the end ({end_phase})."),
    "timeline_heading": QT_TRANSLATE_NOOP("debrief", "Timeline"),
    "decision_n": QT_TRANSLATE_NOOP("debrief", "Decision {n}"),
    "kind_choice": QT_TRANSLATE_NOOP("debrief", "Choice"),
    "kind_positioning": QT_TRANSLATE_NOOP("debrief", "Position"),
    "kind_checkpoint": QT_TRANSLATE_NOOP("debrief", "Knowledge question"),
    "at_minutes": QT_TRANSLATE_NOOP("debrief", "{m} min"),
    "situation": QT_TRANSLATE_NOOP("debrief", "The situation"),
    "you_chose": QT_TRANSLATE_NOOP("debrief", "You chose"),
    "timed_out": QT_TRANSLATE_NOOP("debrief", "◔ Time ran out before you chose"),
    "feedback": QT_TRANSLATE_NOOP("debrief", "Feedback"),
    "expert": QT_TRANSLATE_NOOP("debrief", "A recommended alternative"),
    "principles": QT_TRANSLATE_NOOP("debrief", "Principles"),
    "source": QT_TRANSLATE_NOOP("debrief", "Source"),
    "source_fmt": QT_TRANSLATE_NOOP("debrief", "{title} (knowledge support, lines {lines})"),
    "position": QT_TRANSLATE_NOOP("debrief", "Your position"),
    "arousal_after": QT_TRANSLATE_NOOP("debrief", "Agitation afterwards"),
    "step_back": QT_TRANSLATE_NOOP("debrief", "↺ Here you stepped back and tried another way."),
    "analysis_heading": QT_TRANSLATE_NOOP("debrief", "Analysis"),
    "overall": QT_TRANSLATE_NOOP("debrief", "Overall result"),
    "of_100": QT_TRANSLATE_NOOP("debrief", "of 100"),
    "overall_note": QT_TRANSLATE_NOOP("debrief", "Weighted over every principle at stake in the exercise. Below: each principle, with your own rating beside it."),
    "overall_accessible": QT_TRANSLATE_NOOP("debrief", "Overall result: {n} of 100"),
    "chart": QT_TRANSLATE_NOOP("debrief", "Results per principle"),
    "your_rating": QT_TRANSLATE_NOOP("debrief", "Your rating"),
    "rating_plus": QT_TRANSLATE_NOOP("debrief", "+ Went well"),
    "rating_delta": QT_TRANSLATE_NOOP("debrief", "Δ Want to change"),
    "rating_unsure": QT_TRANSLATE_NOOP("debrief", "? Not sure"),
    "rating_none": QT_TRANSLATE_NOOP("debrief", "–"),
    "not_rated": QT_TRANSLATE_NOOP("debrief", "not rated"),
    "score_row": QT_TRANSLATE_NOOP("debrief", "{principle}: {score} of 100. Your rating: {rating}."),
    "not_scored": QT_TRANSLATE_NOOP("debrief", "no result: every option weighed the same"),
    "differs": QT_TRANSLATE_NOOP("debrief", "⇄ Different views"),
    "differs_plus_low": QT_TRANSLATE_NOOP("debrief", "You felt this went well, but the result ({n} of 100) shows there is more to practise here."),
    "differs_delta_high": QT_TRANSLATE_NOOP("debrief", "You wanted to change something here, but the result ({n} of 100) shows it went well."),
    "ask_plus_low": QT_TRANSLATE_NOOP("debrief", "Look again at {decisions} in the timeline: what were you thinking then?"),
    "ask_delta_high": QT_TRANSLATE_NOOP("debrief", "What would you have done differently, and why?"),
    "results_note": QT_TRANSLATE_NOOP("debrief", "The results show how the choices in this exercise matched the principles, not how good you are at your job. Everyone can get better at this; that is why we practise."),
    "differs_count": QT_TRANSLATE_NOOP("debrief", "⇄ Your own rating and the result differ for: {names}. See the notes below the chart."),
    "teaching_heading": QT_TRANSLATE_NOOP("debrief", "Principle by principle: what to keep in mind"),
    "at_steps": QT_TRANSLATE_NOOP("debrief", "At stake in {decisions}."),
    "decision_one": QT_TRANSLATE_NOOP("debrief", "decision {n}"),
    "decision_many": QT_TRANSLATE_NOOP("debrief", "decisions {list} and {last}"),
    "knowledge_heading": QT_TRANSLATE_NOOP("debrief", "Knowledge questions"),
    "knowledge_score": QT_TRANSLATE_NOOP("debrief", "{correct} of {total} right"),
    "question": QT_TRANSLATE_NOOP("debrief", "Question"),
    "your_answer": QT_TRANSLATE_NOOP("debrief", "Your answer"),
    "right_answer": QT_TRANSLATE_NOOP("debrief", "Right answer"),
    "explanation": QT_TRANSLATE_NOOP("debrief", "Explanation"),
    "right": QT_TRANSLATE_NOOP("debrief", "✓ Right"),
    "partly": QT_TRANSLATE_NOOP("debrief", "◐ Partly right ({n} %)"),
    "wrong": QT_TRANSLATE_NOOP("debrief", "✗ Not quite right"),
    "summary_heading": QT_TRANSLATE_NOOP("debrief", "Summary"),
    "takeaways": QT_TRANSLATE_NOOP("debrief", "To take with you"),
    "wellbeing": QT_TRANSLATE_NOOP("debrief", "Look after yourself"),
    "you_wrote": QT_TRANSLATE_NOOP("debrief", "Right after the exercise you wrote:"),
    # the bar at the bottom
    "back": QT_TRANSLATE_NOOP("debrief", "Back to the scenarios"),
    "play_again": QT_TRANSLATE_NOOP("debrief", "Play again"),
    "play_again_tip": QT_TRANSLATE_NOOP("debrief", "Start the same scenario again from the beginning"),
    "include": QT_TRANSLATE_NOOP("debrief", "Include my own reflections"),
    "include_tip": QT_TRANSLATE_NOOP("debrief", "What you wrote and your own rating go into the saved file only if you tick this. Saved files may be shared."),
    "save_pdf": QT_TRANSLATE_NOOP("debrief", "Save as PDF…"),
    "save_html": QT_TRANSLATE_NOOP("debrief", "Save as HTML…"),
    "save_title": QT_TRANSLATE_NOOP("debrief", "Save the debrief"),
    "pdf_filter": QT_TRANSLATE_NOOP("debrief", "PDF documents (*.pdf)"),
    "html_filter": QT_TRANSLATE_NOOP("debrief", "Web pages (*.html)"),
    "file_stem": QT_TRANSLATE_NOOP("debrief", "debrief"),
    "saved": QT_TRANSLATE_NOOP("debrief", "Saved: {path}"),
    "save_failed": QT_TRANSLATE_NOOP("debrief", "Could not save the file: {error}"),
}

# Until merged into translations/lagaffektiv_sv.ts (then this table can go).


def decisions(numbers: list[int], lang: str) -> str:
    """"decision 4" or "decisions 1, 3 and 5", numbered as in the timeline."""
    if len(numbers) == 1:
        return ui(lang, "decision_one", n=numbers[0])
    return ui(lang, "decision_many", list=", ".join(map(str, numbers[:-1])), last=numbers[-1])


def ui(lang: str, key: str, **values: object) -> str:
    return phrase("debrief", DEBRIEF[key], lang, **values)
