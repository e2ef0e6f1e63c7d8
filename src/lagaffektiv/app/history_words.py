"""The words of the history view (context "history"), and the helpers that put the stored
history into words: endings, local times, the chart's series and its summary."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import translate

WORDS: dict[str, str] = {
    "heading": QT_TRANSLATE_NOOP("history", "Your history"),
    "private": QT_TRANSLATE_NOOP("history", "Everything stays on this computer: there is no account and nothing is "
                                            "sent over the network. You can save a copy of all your data, or "
                                            "delete it."),
    "export": QT_TRANSLATE_NOOP("history", "Export my data…"),
    "export_tip": QT_TRANSLATE_NOOP("history", "Save everything stored about your exercises as a JSON file"),
    "delete": QT_TRANSLATE_NOOP("history", "Delete my data…"),
    "delete_tip": QT_TRANSLATE_NOOP("history", "Delete your whole history from this computer"),
    "unavailable": QT_TRANSLATE_NOOP("history", "Your history could not be opened, so there is nothing to show "
                                                "here. You can still practise, but your exercises are not saved."),
    "unreadable": QT_TRANSLATE_NOOP("history", "Your history could not be read: {error}"),
    "empty_title": QT_TRANSLATE_NOOP("history", "No finished exercises yet"),
    "empty_body": QT_TRANSLATE_NOOP("history", "When you have finished an exercise, it is listed here with its "
                                               "result, and a chart shows how each principle develops over time. "
                                               "Choose a scenario under Scenarios to start."),
    "unfinished_one": QT_TRANSLATE_NOOP("history", "1 exercise that was not finished is not included here."),
    "unfinished": QT_TRANSLATE_NOOP("history", "{n} exercises that were not finished are not included here."),
    # the list
    "finished": QT_TRANSLATE_NOOP("history", "Finished exercises ({n})"),
    "col_date": QT_TRANSLATE_NOOP("history", "Date"),
    "col_title": QT_TRANSLATE_NOOP("history", "Exercise"),
    "col_ending": QT_TRANSLATE_NOOP("history", "How it ended"),
    "col_overall": QT_TRANSLATE_NOOP("history", "Result"),
    "col_knowledge": QT_TRANSLATE_NOOP("history", "Knowledge"),
    "scores_note": QT_TRANSLATE_NOOP("history", "Result and knowledge are out of 100; – means the exercise had "
                                                "no knowledge questions."),
    "list_hint": QT_TRANSLATE_NOOP("history", "Press Enter or double-click an exercise to see its debrief."),
    "open": QT_TRANSLATE_NOOP("history", "Show the debrief"),
    "assessment": QT_TRANSLATE_NOOP("history", "{title} (assessment)"),
    "row": QT_TRANSLATE_NOOP("history", "{date}, {title}: {ending}. Result {overall} of 100, knowledge {knowledge}."),
    "knowledge_of": QT_TRANSLATE_NOOP("history", "{n} of 100"),
    "no_knowledge": QT_TRANSLATE_NOOP("history", "no questions"),
    "no_ending": QT_TRANSLATE_NOOP("history", "no ending recorded"),
    # endings in words
    "end_resolved": QT_TRANSLATE_NOOP("history", "Resolved"),
    "end_resolved_with_help": QT_TRANSLATE_NOOP("history", "Resolved with help"),
    "end_care_interrupted": QT_TRANSLATE_NOOP("history", "Care interrupted"),
    "end_alarm_violence": QT_TRANSLATE_NOOP("history", "Alarm or violence"),
    # the chart
    "progress": QT_TRANSLATE_NOOP("history", "Progress over time"),
    "show": QT_TRANSLATE_NOOP("history", "Show"),
    "overall": QT_TRANSLATE_NOOP("history", "Overall result"),
    "chart_title": QT_TRANSLATE_NOOP("history", "{name}: result in each exercise (0–100)"),
    "chart_help": QT_TRANSLATE_NOOP("history", "Each point is one finished exercise, the oldest on the left."),
    "summary_one": QT_TRANSLATE_NOOP("history", "{name}: one exercise so far, {value} of 100. Finish more to "
                                                "see how it develops."),
    "summary": QT_TRANSLATE_NOOP("history", "{name}: {n} exercises. First {first}, latest {latest}, best {best} "
                                            "(of 100)."),
    "latest_only": QT_TRANSLATE_NOOP("history", "The chart shows the latest {shown} of {n}."),
    "no_scores": QT_TRANSLATE_NOOP("history", "No principle has been scored yet."),
    # export and delete
    "export_title": QT_TRANSLATE_NOOP("history", "Export my data"),
    "json_filter": QT_TRANSLATE_NOOP("history", "JSON files (*.json)"),
    "file_stem": QT_TRANSLATE_NOOP("history", "lagaffektiv-my-data"),
    "saved": QT_TRANSLATE_NOOP("history", "Saved: {path}"),
    "save_failed": QT_TRANSLATE_NOOP("history", "Could not save the file: {error}"),
    "delete_title": QT_TRANSLATE_NOOP("history", "Delete my data"),
    "delete_question": QT_TRANSLATE_NOOP("history", "Delete your whole history from this computer?"),
    "delete_explain": QT_TRANSLATE_NOOP("history", "Every exercise, finished or not, with its results, your "
                                                   "reflections and your own ratings is deleted. This cannot be "
                                                   "undone. To keep a copy, choose Export my data first."),
    "delete_yes": QT_TRANSLATE_NOOP("history", "Delete everything"),
    "delete_no": QT_TRANSLATE_NOOP("history", "Keep my data"),
    "deleted": QT_TRANSLATE_NOOP("history", "Your history has been deleted."),
    "delete_failed": QT_TRANSLATE_NOOP("history", "Your history could not be deleted: {error}"),
}

# Until merged into translations/lagaffektiv_sv.ts (then this table can go), as in debrief/words.py.

ENDING_KEYS = ("resolved", "resolved_with_help", "care_interrupted", "alarm_violence")
MAX_POINTS = 20          # the chart shows at most this many exercises, the latest ones
OVERALL = "overall"      # the picker's key for the overall result
COLUMNS = ("col_date", "col_title", "col_ending", "col_overall", "col_knowledge")



def w(lang: str, key: str, **values: object) -> str:
    source = WORDS[key]
    text = translate("history", source, lang)
    return text.format(**values) if values else text


def ending_words(ending_class: str | None, lang: str) -> str:
    """An ending class in words; an unknown one is shown as its id."""
    if not ending_class:
        return w(lang, "no_ending")
    return w(lang, f"end_{ending_class}") if ending_class in ENDING_KEYS else ending_class


def local_time(iso: str) -> str:
    """A stored UTC time as local date and time, e.g. 2025-03-14 15:02."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return str(iso)


def short_date(iso: str) -> str:
    """Day and month in local time (14/3), for the chart's axis."""
    try:
        d = datetime.fromisoformat(iso).astimezone()
    except (TypeError, ValueError):
        return ""
    return f"{d.day}/{d.month}"


def series_choices(finished: list[dict], progress: dict[str, list[tuple[str, int]]],
                   lang: str) -> list[tuple[str, str, list[tuple[str, int]]]]:
    """(key, name, [(finished_at, score), …]) for the picker: the overall result, then each principle
    that has a score, in the order of lagaffektiv.principles."""
    from ..principles import PRINCIPLES

    out = [(OVERALL, w(lang, "overall"),
            [(row["finished_at"], row["overall"]) for row in finished if row.get("overall") is not None])]
    known = [pid for pid in PRINCIPLES if progress.get(pid)]
    unknown = sorted(pid for pid in progress if pid not in PRINCIPLES and progress[pid])
    for pid in known + unknown:
        name = (PRINCIPLES[pid].name.get(lang) or PRINCIPLES[pid].name["sv"]) if pid in PRINCIPLES else pid
        out.append((pid, name, list(progress[pid])))
    return [c for c in out if c[2]]


def summary_text(name: str, points: list[tuple[str, int]], lang: str) -> str:
    values = [v for _, v in points]
    if not values:
        return ""
    if len(values) == 1:
        text = w(lang, "summary_one", name=name, value=values[0])
    else:
        text = w(lang, "summary", name=name, n=len(values), first=values[0], latest=values[-1], best=max(values))
    if len(values) > MAX_POINTS:
        text += " " + w(lang, "latest_only", shown=MAX_POINTS, n=len(values))
    return text

