"""Playing an encounter in a terminal: numbers to choose, coordinates to stand."""

from __future__ import annotations

import sys
import textwrap

from ..encounter.arousal import PHASE_LABELS
from ..encounter.engine import Encounter
from ..encounter.scoring import debrief
from ..errors import EncounterError
from ..principles import PRINCIPLES

UI = {
    "sv": {"choose": "Välj (nummer", "back": "b = steg tillbaka", "quit": "q = avsluta", "timer": "Tidsbeslut",
           "wait": "t = låt tiden gå ut", "place": "Var ställer du dig? Skriv x y i meter", "room": "Rum",
           "answer": "Svara med nummer", "several": "flera med komma", "cont": "Tryck Enter för att fortsätta",
           "end": "Slut", "overall": "Totalt", "knowledge": "Kunskapsfrågor", "bad": "Det går inte:",
           "door": "dörr", "alarm": "larm", "you": "du", "state": "Läge"},
    "en": {"choose": "Choose (number", "back": "b = step back", "quit": "q = quit", "timer": "Timed decision",
           "wait": "t = let the time run out", "place": "Where do you stand? Type x y in metres", "room": "Room",
           "answer": "Answer with a number", "several": "several separated by commas", "cont": "Press Enter to go on",
           "end": "End", "overall": "Overall", "knowledge": "Knowledge questions", "bad": "That does not work:",
           "door": "door", "alarm": "alarm", "you": "you", "state": "State"},
}


def _wrap(text: str) -> str:
    return "\n".join(textwrap.fill(par, 78) for par in text.split("\n"))


def _read(prompt: str) -> str | None:
    try:
        return input(prompt + " > ").strip()
    except EOFError:
        return None


def _show_node(enc: Encounter, lang: str) -> None:
    t = UI[lang]
    node = enc.node
    print()
    if node.narration:
        print(_wrap(node.narration[lang]))
    for line in node.lines:
        name = enc.scenario.characters[line.character].name[lang]
        print(_wrap(f"{name}: «{line.text[lang]}»"))
    if enc.mode == "practice":
        phases = enc.phases()
        states = ", ".join(f"{enc.scenario.characters[c].name[lang]}: {PHASE_LABELS[phases[c]][lang]} "
                           f"({enc.arousal[c]:.0f})" for c in enc.present())
        print(f"[{t['state']}: {states}]")


def _show_room(enc: Encounter, lang: str) -> None:
    t = UI[lang]
    room = enc.room
    plan = room.plan
    print(f"{t['room']}: {room.name[lang]} ({plan.width:g} × {plan.height:g} m)")
    for d in plan.doors:
        print(f"  {t['door']} {d.id} ({d.x:g}, {d.y:g}) – {', '.join(sorted(d.exit_for))}")
    for ob in plan.obstacles:
        label = room.labels.get(ob.id, {}).get(lang, ob.id)
        print(f"  {label}: x {ob.x:g}–{ob.x + ob.w:g}, y {ob.y:g}–{ob.y + ob.h:g}")
    for a in room.alarms:
        print(f"  {t['alarm']} {a.id} ({a.at[0]:g}, {a.at[1]:g})")
    for cid, pl in enc.placements.items():
        print(f"  {enc.scenario.characters[cid].name[lang]} ({pl.at[0]:g}, {pl.at[1]:g}), {pl.facing:g}°")


def _prompt_action(enc: Encounter, lang: str) -> str | None:
    """Ask until the learner gives a usable action; returns a token, 'b', 'q' or None at EOF."""
    t = UI[lang]
    node = enc.node
    kind = node.kind
    if kind == "choice":
        options = enc.available_choices()
        for i, c in enumerate(options, 1):
            print(f"  {i}. {c.text[lang]}")
        extra = ""
        if enc.timer_seconds() is not None:
            print(f"  [{t['timer']}: {enc.timer_seconds():g} s]")
            extra = f", {t['wait']}"
        raw = _read(f"{t['choose']}{extra}, {t['back']}, {t['quit']})")
        if raw is None or raw in ("q", "b"):
            return raw
        if raw == "t" and extra:
            return "!timeout"
        if raw.isdigit() and 1 <= int(raw) <= len(options):
            return options[int(raw) - 1].id
        return ""
    if kind == "positioning":
        if node.positioning.prompt:
            print(_wrap(node.positioning.prompt[lang]))
        _show_room(enc, lang)
        raw = _read(t["place"])
        if raw is None or raw in ("q", "b"):
            return raw
        parts = raw.replace(",", " ").split()
        return f"@{parts[0]}:{parts[1]}" if len(parts) == 2 else ""
    if kind == "checkpoint":
        chk = node.checkpoint
        print(_wrap(chk.question[lang]))
        for i, o in enumerate(chk.options, 1):
            print(f"  {i}. {o.text[lang]}")
        raw = _read(t["answer"] + (f" ({t['several']})" if chk.multiple else ""))
        if raw is None or raw in ("q", "b"):
            return raw
        picks = [p for p in raw.replace(" ", "").split(",") if p]
        if picks and all(p.isdigit() and 1 <= int(p) <= len(chk.options) for p in picks):
            return "+".join(chk.options[int(p) - 1].id for p in picks)
        return ""
    raw = _read(t["cont"])
    return raw if raw in (None, "q", "b") else ">"


def play_interactive(enc: Encounter, lang: str) -> int:
    t = UI[lang]
    print(_wrap(enc.scenario.title[lang]))
    print(_wrap(enc.scenario.summary[lang]))
    while not enc.finished:
        _show_node(enc, lang)
        token = _prompt_action(enc, lang)
        if token is None or token == "q":
            print()
            return 0
        try:
            if token == "b":
                enc.step_back()
                continue
            if not token:
                raise EncounterError("?")
            before = len(enc.steps)
            enc.act(token)
        except EncounterError as exc:
            print(f"{t['bad']} {exc}")
            continue
        if len(enc.steps) > before:
            _show_feedback(enc, lang)
    _show_node(enc, lang)
    print_debrief(debrief(enc), lang)
    return 0


def _show_feedback(enc: Encounter, lang: str) -> None:
    if enc.mode != "practice":
        return
    step = enc.steps[-1]
    node = enc.scenario.nodes[step.node]
    if step.kind == "choice":
        choice = next(c for c in node.all_choices() if c.id == step.choice)
        print("→ " + _wrap(choice.feedback[lang]))
    elif step.kind == "positioning" and step.position:
        for line in step.position["feedback"]:
            print("→ " + _wrap(line[lang]))
    elif step.kind == "checkpoint":
        print("→ " + _wrap(node.checkpoint.explanation[lang]))


def print_debrief(d: dict, lang: str) -> None:
    t = UI[lang]
    out = sys.stdout
    if d["ending"]:
        print(f"\n== {t['end']}: {d['ending']['title'][lang]} ==", file=out)
        print(_wrap(d["ending"]["debrief"][lang]), file=out)
    print(f"{t['overall']}: {d['overall'] if d['overall'] is not None else '–'}", file=out)
    for pid, s in d["principles"].items():
        score = "–" if s["score"] is None else s["score"]
        print(f"  {PRINCIPLES[pid].name[lang]:<32} {score:>4}  (+{s['adherence']} / −{s['violations']})", file=out)
    k = d["knowledge"]
    if k["total"]:
        print(f"{t['knowledge']}: {k['correct']}/{k['total']}", file=out)
    for tk in d["takeaways"]:
        print("• " + _wrap(tk["text"][lang]), file=out)
    print(_wrap(d["wellbeing"][lang]), file=out)
