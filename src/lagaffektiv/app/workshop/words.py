"""The workshop views' own words, through Qt's translation system (context "workshop").

English source strings are marked with QT_TRANSLATE_NOOP as in app/text.py; the Swedish words
are in translations/lagaffektiv_sv.ts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..i18n import phrase
from ..text import localized  # noqa: F401 - re-exported: scenario texts with a language fallback

WORDS: dict[str, str] = {
    # the library and the setup dialog
    "setup_title": QT_TRANSLATE_NOOP("workshop", "Lead a workshop: {title}"),
    "setup_intro": QT_TRANSLATE_NOOP("workshop", "The group follows the scenario on the projector and votes at each "
                                                 "decision. Your notes and the discussion prompts are shown only on "
                                                 "your screen."),
    "pause_heading": QT_TRANSLATE_NOOP("workshop", "Pause for discussion"),
    "pause_every": QT_TRANSLATE_NOOP("workshop", "At every decision"),
    "pause_chosen": QT_TRANSLATE_NOOP("workshop", "Only at the decisions ticked below"),
    "hot_seat_heading": QT_TRANSLATE_NOOP("workshop", "Hot seat"),
    "hot_seat_intro": QT_TRANSLATE_NOOP("workshop", "In a hot-seat round one participant decides alone under the "
                                                    "timer while the others observe."),
    "decisions_heading": QT_TRANSLATE_NOOP("workshop", "The decisions"),
    "col_pause": QT_TRANSLATE_NOOP("workshop", "Pause"),
    "col_hot_seat": QT_TRANSLATE_NOOP("workshop", "Hot seat"),
    "col_decision": QT_TRANSLATE_NOOP("workshop", "Decision"),
    "kind_choice": QT_TRANSLATE_NOOP("workshop", "Choice"),
    "kind_positioning": QT_TRANSLATE_NOOP("workshop", "Where to stand"),
    "kind_checkpoint": QT_TRANSLATE_NOOP("workshop", "Knowledge check"),
    "timers": QT_TRANSLATE_NOOP("workshop", "Timers on timed decisions"),
    "timers_tip": QT_TRANSLATE_NOOP("workshop", "Off: the group has all the time it needs (a hot-seat round still "
                                                "has its timer)"),
    "start": QT_TRANSLATE_NOOP("workshop", "Start the workshop"),
    "cancel": QT_TRANSLATE_NOOP("workshop", "Cancel"),
    "decision_n": QT_TRANSLATE_NOOP("workshop", "{n}. {kind}: {text}"),
    # the projected view
    "vote_heading": QT_TRANSLATE_NOOP("workshop", "What do you do? Vote"),
    "check_heading": QT_TRANSLATE_NOOP("workshop", "Knowledge check: what is right? Vote"),
    "where_heading": QT_TRANSLATE_NOOP("workshop", "Where do you stand? Agree on one spot"),
    "votes_share": QT_TRANSLATE_NOOP("workshop", "{n} · {p} %"),
    "votes_total": QT_TRANSLATE_NOOP("workshop", "{n} votes"),
    "voters_total": QT_TRANSLATE_NOOP("workshop", "{n} people voted, {answers} answers"),
    "votes_total_one": QT_TRANSLATE_NOOP("workshop", "1 vote"),
    "no_votes": QT_TRANSLATE_NOOP("workshop", "No votes yet"),
    "hot_seat_banner": QT_TRANSLATE_NOOP("workshop", "Hot seat: one of you decides alone, the others observe"),
    "room_heading": QT_TRANSLATE_NOOP("workshop", "The room now"),
    "decided_option": QT_TRANSLATE_NOOP("workshop", "Option {n}"),
    "how_majority": QT_TRANSLATE_NOOP("workshop", "by majority"),
    "how_tie_break": QT_TRANSLATE_NOOP("workshop", "tie decided by the facilitator"),
    "how_override": QT_TRANSLATE_NOOP("workshop", "chosen by the facilitator"),
    "how_hot_seat": QT_TRANSLATE_NOOP("workshop", "decided in the hot seat"),
    "how_timeout": QT_TRANSLATE_NOOP("workshop", "time ran out"),
    "how_placement": QT_TRANSLATE_NOOP("workshop", "placement agreed by the group"),
    "ended": QT_TRANSLATE_NOOP("workshop", "The scenario has ended"),
    # the presenter view
    "presenter": QT_TRANSLATE_NOOP("workshop", "Facilitator"),
    "step": QT_TRANSLATE_NOOP("workshop", "Step {n}"),
    "step_kind": QT_TRANSLATE_NOOP("workshop", "Step {n} · {kind}"),
    "kind_passage": QT_TRANSLATE_NOOP("workshop", "Narration"),
    "kind_ended": QT_TRANSLATE_NOOP("workshop", "Ending"),
    "notes": QT_TRANSLATE_NOOP("workshop", "Your notes"),
    "room_sees": QT_TRANSLATE_NOOP("workshop", "On the projector"),
    "sees_vote": QT_TRANSLATE_NOOP("workshop", "The scene and the question, {n} options to vote on"),
    "sees_place": QT_TRANSLATE_NOOP("workshop", "The floor plan: the group agrees where to stand"),
    "sees_outcome": QT_TRANSLATE_NOOP("workshop", "What the decision led to"),
    "sees_scene": QT_TRANSLATE_NOOP("workshop", "The scene"),
    "sees_ended": QT_TRANSLATE_NOOP("workshop", "The ending"),
    "room_tally": QT_TRANSLATE_NOOP("workshop", "{total} votes so far; leading: {n} ({p} %)"),
    "prompts": QT_TRANSLATE_NOOP("workshop", "Discuss before the vote"),
    "observe": QT_TRANSLATE_NOOP("workshop", "The others observe"),
    "no_notes": QT_TRANSLATE_NOOP("workshop", "No notes for this step."),
    "intro": QT_TRANSLATE_NOOP("workshop", "Read out before you start"),
    "votes": QT_TRANSLATE_NOOP("workshop", "Votes"),
    "votes_help": QT_TRANSLATE_NOOP("workshop", "Keys: 1–9 choose an option, + and − (or ↑ ↓) change its votes."),
    "more": QT_TRANSLATE_NOOP("workshop", "+"),
    "less": QT_TRANSLATE_NOOP("workshop", "−"),
    "more_tip": QT_TRANSLATE_NOOP("workshop", "One more vote for option {n}"),
    "less_tip": QT_TRANSLATE_NOOP("workshop", "One vote less for option {n}"),
    "count_of": QT_TRANSLATE_NOOP("workshop", "Option {n}: {count} votes"),
    "follow": QT_TRANSLATE_NOOP("workshop", "Follow the majority"),
    "follow_tip": QT_TRANSLATE_NOOP("workshop", "Go on with the option most people voted for"),
    "pick": QT_TRANSLATE_NOOP("workshop", "Go on with option {n}"),
    "pick_none": QT_TRANSLATE_NOOP("workshop", "Go on with the chosen option"),
    "pick_tip": QT_TRANSLATE_NOOP("workshop", "Decide a tie, or override the vote, with the option chosen in the list"),
    "pick_ticked": QT_TRANSLATE_NOOP("workshop", "Go on with the ticked answers ({n})"),
    "pick_ticked_none": QT_TRANSLATE_NOOP("workshop", "Tick the answers to go on with"),
    "pick_tip_multiple": QT_TRANSLATE_NOOP("workshop", "Decide the group's answers yourself: tick them in the list"),
    "tick_tip": QT_TRANSLATE_NOOP("workshop", "Option {n} is one of the answers to go on with"),
    "voters": QT_TRANSLATE_NOOP("workshop", "How many people voted"),
    "voters_none": QT_TRANSLATE_NOOP("workshop", "not entered"),
    "votes_help_multiple": QT_TRANSLATE_NOOP("workshop", "Several answers each: count every answer, and enter how "
                                                         "many people voted. An answer chosen by at least half of "
                                                         "them is the group's."),
    "override_text_many": QT_TRANSLATE_NOOP("workshop", "Options {n} are not what the group voted for. Going on "
                                                        "with them overrides the vote. Do it?"),
    "tie": QT_TRANSLATE_NOOP("workshop", "A tie between {options}: you decide which one the group goes on with."),
    "need_votes": QT_TRANSLATE_NOOP("workshop", "Enter the votes, or choose an option yourself."),
    "override_title": QT_TRANSLATE_NOOP("workshop", "Override the vote?"),
    "override_text": QT_TRANSLATE_NOOP("workshop", "Option {n} is not what the group voted for. Going on with it "
                                                   "overrides the vote. Do it?"),
    "override_yes": QT_TRANSLATE_NOOP("workshop", "Override the vote"),
    "override_no": QT_TRANSLATE_NOOP("workshop", "Keep the vote"),
    "hot_start": QT_TRANSLATE_NOOP("workshop", "Start the hot seat ({n} s)"),
    "timer_start": QT_TRANSLATE_NOOP("workshop", "Start the timer ({n} s)"),
    "timer_running": QT_TRANSLATE_NOOP("workshop", "The timer is running: {left}"),
    "hot_running": QT_TRANSLATE_NOOP("workshop", "The hot seat is running. Choose what the participant decided "
                                                 "(keys 1–9) and go on."),
    "hot_expired": QT_TRANSLATE_NOOP("workshop", "Time is up. Ask the participant for a decision now and choose it."),
    "hot_choose": QT_TRANSLATE_NOOP("workshop", "Go on with option {n} (hot seat)"),
    "confirm_place": QT_TRANSLATE_NOOP("workshop", "Confirm the placement"),
    "confirm_place_tip": QT_TRANSLATE_NOOP("workshop", "The group agrees on where the marker stands now"),
    "place_help": QT_TRANSLATE_NOOP("workshop", "Drag the marker “You” on the projected plan (or move it with the "
                                                "arrow keys there) to where the group agrees to stand."),
    "preview": QT_TRANSLATE_NOOP("workshop", "What the engine sees at this spot"),
    "continue": QT_TRANSLATE_NOOP("workshop", "Continue"),
    "to_debrief": QT_TRANSLATE_NOOP("workshop", "To the team debrief"),
    "undo": QT_TRANSLATE_NOOP("workshop", "Undo"),
    "undo_tip": QT_TRANSLATE_NOOP("workshop", "Undo the last step (Ctrl+Z)"),
    "pause": QT_TRANSLATE_NOOP("workshop", "Pause"),
    "pause_tip": QT_TRANSLATE_NOOP("workshop", "Save the workshop and go back to the scenarios; resume it later"),
    "panel_show": QT_TRANSLATE_NOOP("workshop", "Facilitator ▸ (F2)"),
    "panel_hide": QT_TRANSLATE_NOOP("workshop", "◂ Hide (F2)"),
    "panel_tip": QT_TRANSLATE_NOOP("workshop", "Show or hide your notes and the vote entry (F2). Hidden, the vote "
                                               "keys still work."),
    "not_saved": QT_TRANSLATE_NOOP("workshop", "The workshop is not being saved: {error}"),
    "failed": QT_TRANSLATE_NOOP("workshop", "That did not work: {error}"),
    # resume
    "unfinished": QT_TRANSLATE_NOOP("workshop", "Unfinished workshop: {title}, step {n}"),
    "resume": QT_TRANSLATE_NOOP("workshop", "Resume"),
    "discard": QT_TRANSLATE_NOOP("workshop", "Discard"),
    "resume_title": QT_TRANSLATE_NOOP("workshop", "An unfinished workshop"),
    "resume_text": QT_TRANSLATE_NOOP("workshop", "A workshop was not finished: {title}, step {n}. Do you want to "
                                                 "resume it?"),
    "later": QT_TRANSLATE_NOOP("workshop", "Later"),
    "resume_failed": QT_TRANSLATE_NOOP("workshop", "The workshop cannot be resumed: {reason}"),
    "saved_corrupt": QT_TRANSLATE_NOOP("workshop", "A saved workshop could not be read and was moved aside: {reason}"),
    "unknown_scenario": QT_TRANSLATE_NOOP("workshop", "unknown scenario “{id}”"),
    # the team debrief
    "debrief_title": QT_TRANSLATE_NOOP("workshop", "Team debrief: {title}"),
    "reactions": QT_TRANSLATE_NOOP("workshop", "1. Reactions"),
    "analysis": QT_TRANSLATE_NOOP("workshop", "2. Analysis"),
    "summary": QT_TRANSLATE_NOOP("workshop", "3. Summary"),
    "path": QT_TRANSLATE_NOOP("workshop", "The group's way through the scenario"),
    "decision_heading": QT_TRANSLATE_NOOP("workshop", "Decision {n}"),
    "chosen": QT_TRANSLATE_NOOP("workshop", "The group: {text}"),
    "expert": QT_TRANSLATE_NOOP("workshop", "Expert choice: {text}"),
    "same_as_expert": QT_TRANSLATE_NOOP("workshop", "The same as the expert choice."),
    "placed_at": QT_TRANSLATE_NOOP("workshop", "The group stood {x} m from the west wall and {y} m from the north wall."),
    "hot_seat_mark": QT_TRANSLATE_NOOP("workshop", "hot seat"),
    "mark_group": QT_TRANSLATE_NOOP("workshop", "(the group's choice)"),
    "mark_expert": QT_TRANSLATE_NOOP("workshop", "(the expert's choice)"),
    "principles": QT_TRANSLATE_NOOP("workshop", "Results per principle"),
    "curve": QT_TRANSLATE_NOOP("workshop", "How agitated they were, step by step"),
    "not_scored": QT_TRANSLATE_NOOP("workshop", "not part of this run"),
    "ending": QT_TRANSLATE_NOOP("workshop", "Ending: {title}"),
    "export_pdf": QT_TRANSLATE_NOOP("workshop", "Save the summary as PDF"),
    "export_html": QT_TRANSLATE_NOOP("workshop", "Save the summary as HTML"),
    "export_tip": QT_TRANSLATE_NOOP("workshop", "Only the path and the vote counts: no names or personal data"),
    "back": QT_TRANSLATE_NOOP("workshop", "Back to the scenarios"),
    "save_title": QT_TRANSLATE_NOOP("workshop", "Save the workshop summary"),
    "pdf_filter": QT_TRANSLATE_NOOP("workshop", "PDF (*.pdf)"),
    "html_filter": QT_TRANSLATE_NOOP("workshop", "Web page (*.html)"),
    "saved": QT_TRANSLATE_NOOP("workshop", "Saved: {path}"),
    "save_failed": QT_TRANSLATE_NOOP("workshop", "Could not save: {error}"),
}


def ui(lang: str, key: str, **values: object) -> str:
    return phrase("workshop", WORDS[key], lang, **values)


def first_line(text: str, limit: int = 90) -> str:
    """The start of a long text, for lists: up to the first sentence end or ``limit`` characters."""
    text = " ".join(text.split())
    for end in (". ", "? ", "! ", "” "):
        cut = text.find(end)
        if 0 < cut < limit:
            return text[:cut + 1]
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
