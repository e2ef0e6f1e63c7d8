"""Checks that need the whole scenario: references, the graph, texts, assets, the floor plans."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path

from ..errors import Diagnostic
from ..messages import NOTHING, M, joined
from ..principles import PRINCIPLE_IDS
from ..scenario.conditions import references
from ..scenario.model import Branch, Scenario
from ..scenario.source import Source
from ..scenario.validate import text_paths
from ..sources import SECTIONS
from .codes import WARNINGS

# Variables the engine sets itself after a positioning step (see docs/engine.md).
POSITION_FLAGS = ("pos_ok", "pos_blocks_exit", "pos_too_close", "pos_face_to_face", "pos_own_exit", "pos_alarm")


def _hint(name: str, known) -> M | str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return M("did_you_mean", name=close[0]) if close else NOTHING


class Checker:
    def __init__(self, src: Source, sc: Scenario):
        self.src = src
        self.sc = sc
        self.out: list[Diagnostic] = []

    def report(self, code: str, message: M, path: tuple) -> None:
        self.out.append(self.src.diag(code, message, path, "warning" if code in WARNINGS else "error"))

    def run(self) -> list[Diagnostic]:
        for check in (self.duplicates, self.texts, self.kinds, self.references, self.graph,
                      self.principles, self.sources, self.assets, self.rooms, self.decisions,
                      self.characters, self.settings, self.sounds):
            check()
        return self.out

    # -- ids ------------------------------------------------------------------------------
    def duplicates(self) -> None:
        data = self.src.data

        def dup(items: list, base: tuple, what: str) -> None:
            seen: set[str] = set()
            for i, item in enumerate(items):
                if isinstance(item, dict) and item.get("id") in seen:
                    self.report("LA005", M(f"dup_{what}", id=item["id"]), base + (i, "id"))
                if isinstance(item, dict):
                    seen.add(item.get("id"))

        dup(data["characters"], ("characters",), "character")
        dup(data["rooms"], ("rooms",), "room")
        dup(data["nodes"], ("nodes",), "node")
        dup(data.get("sounds", []), ("sounds",), "sound")   # the model keeps the first; the second would vanish
        for ri, room in enumerate(data["rooms"]):
            seen: set[str] = set()
            for kind in ("doors", "obstacles", "alarms"):   # one id space: labels are looked up by id
                for i, item in enumerate(room.get(kind, [])):
                    if item["id"] in seen:
                        self.report("LA005", M("dup_in_room", id=item["id"], room=room["id"]),
                                    ("rooms", ri, kind, i, "id"))
                    seen.add(item["id"])
        choice_seen: dict[str, tuple] = {}
        for node in self.sc.nodes.values():
            for c in node.all_choices():
                if c.id in choice_seen:
                    self.report("LA005", M("dup_choice", id=c.id),
                                c.path + ("id",))
                choice_seen.setdefault(c.id, c.path)
            if node.checkpoint:
                dup([{"id": o.id} for o in node.checkpoint.options], node.path + ("checkpoint", "options"), "answer")

    # -- texts ----------------------------------------------------------------------------
    def texts(self) -> None:
        for path, value in text_paths(self.src.data):
            for lang in ("sv", "en"):
                if not isinstance(value, dict) or not str(value.get(lang, "")).strip():
                    self.report("LA011", M(f"missing_{lang}"), path)

    # -- node kinds -------------------------------------------------------------------------
    def kinds(self) -> None:
        parts = ("choices", "positioning", "checkpoint", "next", "ending")
        for node in self.sc.nodes.values():
            present = [p for p in parts if p in self.src.data["nodes"][node.path[1]]]
            if not present:
                self.report("LA008", M("no_way_on", node=node.id), node.path)
            elif len(present) > 1:
                self.report("LA019", M("several_kinds", node=node.id, present=joined(present, "and"),
                                       kinds=", ".join(parts)), node.path + (present[1],))
            if node.timer_seconds is not None and not node.choices:
                self.report("LA025", M("timer_without_choices", node=node.id),
                            node.path + ("timer",))
            if node.facilitator is not None and node.kind in ("passage", "ending"):
                key = "facilitator_on_ending" if node.kind == "ending" else "facilitator_on_passage"
                self.report("LA035", M(key, node=node.id), node.path + ("facilitator",))
            if node.kind == "positioning":
                scene = node.scene
                if scene is None or not scene.characters:
                    self.report("LA024", M("positioning_without_scene", node=node.id), node.path)

    # -- references -------------------------------------------------------------------------
    def _gotos(self) -> Iterator[tuple[tuple[Branch, ...], tuple]]:
        for node in self.sc.nodes.values():
            for c in node.all_choices():
                yield c.goto, c.path + ("to",)
            if node.positioning:
                yield node.positioning.goto, node.path + ("positioning", "to")
            if node.checkpoint:
                yield node.checkpoint.goto, node.path + ("checkpoint", "to")
            if node.next:
                yield node.next, node.path + ("next",)

    def _conditions(self) -> Iterator[tuple[dict, tuple]]:
        for goto, path in self._gotos():
            for i, b in enumerate(goto):
                if b.condition:
                    yield b.condition, path + (i, "if")
        for node in self.sc.nodes.values():
            for c in node.choices:
                if c.condition:
                    yield c.condition, c.path + ("if",)
        for i, intr in enumerate(self.sc.interrupts):
            yield intr.condition, ("interrupts", i, "if")

    def references(self) -> None:
        sc = self.sc
        nodes, chars, rooms = sc.nodes, sc.characters, sc.rooms
        choice_ids = {c.id for n in nodes.values() for c in n.all_choices()}
        variables = set(sc.variables) | set(POSITION_FLAGS) | {
            f"{n.id}_correct" for n in nodes.values() if n.checkpoint}
        if sc.start not in nodes:
            self.report("LA006", M("unknown_start", name=sc.start, hint=_hint(sc.start, nodes)), ("start",))
        for goto, path in self._gotos():
            for i, b in enumerate(goto):
                if b.to not in nodes:
                    p = path + (i, "to") if len(goto) > 1 or b.condition else path
                    self.report("LA006", M("goto_unknown_node", name=b.to, hint=_hint(b.to, nodes)), p)
                if b.condition is None and i < len(goto) - 1:
                    self.report("LA020", M("branch_not_last"), path + (i,))
            if goto and goto[-1].condition is not None:
                self.report("LA020", M("no_fallback"), path + (len(goto) - 1,))
        for i, intr in enumerate(sc.interrupts):
            if intr.to not in nodes:
                self.report("LA006", M("interrupt_unknown_node", name=intr.to, hint=_hint(intr.to, nodes)),
                            ("interrupts", i, "to"))
        for cond, path in self._conditions():
            for kind, name, sub in references(cond):
                p = path + sub
                if kind == "variable" and name not in variables:
                    self.report("LA016", M("unknown_variable", name=name, hint=_hint(name, variables)), p)
                elif kind == "character" and name not in chars:
                    self.report("LA015", M("unknown_character", name=name, hint=_hint(name, chars)), p)
                elif kind == "node" and name not in nodes:
                    self.report("LA006", M("unknown_node", name=name, hint=_hint(name, nodes)), p)
                elif kind == "choice" and name not in choice_ids:
                    self.report("LA006", M("unknown_choice", name=name, hint=_hint(name, choice_ids)), p)
        for node in nodes.values():
            for i, line in enumerate(node.lines):
                if line.character not in chars:
                    self.report("LA015", M("line_unknown_character", name=line.character,
                                           hint=_hint(line.character, chars)), node.path + ("lines", i, "character"))
                elif node.scene and node.scene.characters and line.character not in node.scene.characters:
                    self.report("LA015", M("speaker_not_in_scene", name=line.character),
                                node.path + ("lines", i, "character"))
            for cid in node.arousal:
                if cid not in chars:
                    self.report("LA015", M("unknown_character", name=cid, hint=_hint(cid, chars)),
                                node.path + ("arousal", cid))
            if node.scene:
                if node.scene.room is None and len(rooms) > 1:
                    self.report("LA021", M("scene_needs_room", node=node.id), node.path + ("scene",))
                elif node.scene.room is not None and node.scene.room not in rooms:
                    self.report("LA021", M("unknown_room", name=node.scene.room, hint=_hint(node.scene.room, rooms)),
                                node.path + ("scene", "room"))
                for cid in node.scene.characters or {}:
                    if cid not in chars:
                        self.report("LA015", M("unknown_character", name=cid, hint=_hint(cid, chars)),
                                    node.path + ("scene", "characters", cid))
            for c in node.all_choices():
                for cid in c.arousal:
                    if cid not in chars:
                        self.report("LA015", M("unknown_character", name=cid, hint=_hint(cid, chars)),
                                    c.path + ("arousal", cid))
                for cid in c.towards or ():
                    if cid not in chars:
                        self.report("LA015", M("unknown_character", name=cid, hint=_hint(cid, chars)),
                                    c.path + ("towards",))
                for key in ("set", "add"):
                    for name in getattr(c, key):
                        if name not in sc.variables:
                            self.report("LA016", M("unknown_variable", name=name, hint=_hint(name, sc.variables)),
                                        c.path + (key, name))

    # -- graph ------------------------------------------------------------------------------
    def graph(self) -> None:
        sc = self.sc
        if sc.start not in sc.nodes:
            return
        interrupt_targets = [i.to for i in sc.interrupts if i.to in sc.nodes]
        edges: dict[str, set[str]] = {}
        for node in sc.nodes.values():
            targets = {b.to for b in node.branches() if b.to in sc.nodes}
            if node.kind not in ("ending", "invalid") and node.branches():
                targets.update(interrupt_targets)  # an interrupt may fire after any step
            edges[node.id] = targets
        reached = {sc.start}
        todo = [sc.start]
        while todo:
            for nxt in edges[todo.pop()]:
                if nxt not in reached:
                    reached.add(nxt)
                    todo.append(nxt)
        for node in sc.nodes.values():
            if node.id not in reached:
                self.report("LA007", M("unreachable", node=node.id, start=sc.start),
                            node.path + ("id",))
        endings = {n.id for n in sc.nodes.values() if n.kind == "ending"}
        reverse: dict[str, set[str]] = {n: set() for n in edges}
        for src_id, targets in edges.items():
            for t in targets:
                reverse[t].add(src_id)
        can_end = set(endings)
        todo = list(endings)
        while todo:
            for prev in reverse[todo.pop()]:
                if prev not in can_end:
                    can_end.add(prev)
                    todo.append(prev)
        if sc.start not in can_end:
            self.report("LA009", M("no_ending_reachable" if endings else "no_ending_node"), ("start",))
            return
        for node in sc.nodes.values():
            if node.id in reached and node.id not in can_end and node.kind not in ("invalid",) and node.branches():
                self.report("LA009", M("loop_without_exit", node=node.id),
                            node.path + ("id",))

    # -- principles and sources ----------------------------------------------------------------
    def principles(self) -> None:
        for node in self.sc.nodes.values():
            for c in node.all_choices():
                for pid in c.principles:
                    if pid not in PRINCIPLE_IDS:
                        self.report("LA004", M("unknown_principle", name=pid, hint=_hint(pid, PRINCIPLE_IDS)),
                                    c.path + ("principles", pid))

    def sources(self) -> None:
        def check(sid: str | None, path: tuple) -> None:
            if sid is not None and sid not in SECTIONS:
                self.report("LA017", M("unknown_source", name=sid, hint=_hint(sid, SECTIONS)), path)

        for i, sid in enumerate(self.sc.sources):
            check(sid, ("sources", i))
        for node in self.sc.nodes.values():
            for c in node.all_choices():
                check(c.source, c.path + ("source",))
            if node.positioning:
                check(node.positioning.source, node.path + ("positioning", "source"))
            if node.checkpoint:
                check(node.checkpoint.source, node.path + ("checkpoint", "source"))

    # -- assets -------------------------------------------------------------------------------
    def assets(self) -> None:
        folder = Path(self.sc.folder).resolve()

        def check(rel: str | None, path: tuple) -> None:
            if rel is None:
                return
            p = Path(rel)
            if p.is_absolute() or rel.startswith(("/", "\\")) or ":" in rel or ".." in p.parts or "\\" in rel:
                self.report("LA012", M("asset_not_relative", path=rel), path)
                return
            full = (folder / p).resolve()
            if folder not in full.parents:
                self.report("LA012", M("asset_outside", path=rel), path)
            elif not full.is_file():
                self.report("LA012", M("asset_missing", path=rel), path)

        for ch in self.sc.characters.values():
            check(ch.portrait, ch.path + ("portrait",))
        for node in self.sc.nodes.values():
            check(node.image, node.path + ("image",))

    # -- floor plans ----------------------------------------------------------------------------
    def rooms(self) -> None:
        for room in self.sc.rooms.values():
            plan = room.plan
            for i, door in enumerate(plan.doors):
                if plan.door_wall(door) is None:
                    self.report("LA013", M("door_not_on_wall", id=door.id, x=door.x, y=door.y, w=plan.width,
                                           h=plan.height), room.path + ("doors", i, "at"))
            n_obst = len(plan.obstacles)
            for i, ob in enumerate(plan.obstacles):
                if ob.x < 0 or ob.y < 0 or ob.x + ob.w > plan.width + 1e-9 or ob.y + ob.h > plan.height + 1e-9:
                    self.report("LA013", M("obstacle_outside", id=ob.id), room.path + ("obstacles", i))
            index = {ob.id: i for i, ob in enumerate(plan.obstacles)}
            for a, b in plan.overlapping_obstacles():
                if a in index and b in index and n_obst:
                    self.report("LA014", M("obstacles_overlap", a=a, b=b),
                                room.path + ("obstacles", index[b]))
            for i, alarm in enumerate(room.alarms):
                if not plan.contains(alarm.at):
                    self.report("LA013", M("alarm_outside", id=alarm.id), room.path + ("alarms", i, "at"))
        for node in self.sc.nodes.values():
            scene = node.scene
            if scene is None:
                continue
            room = self.sc.rooms.get(scene.room) if scene.room else self.sc.first_room()
            if room is None or (scene.room is None and len(self.sc.rooms) > 1):
                continue
            spots = []
            furniture = {ob.id: ob for ob in room.plan.obstacles}
            for cid, pl in (scene.characters or {}).items():
                path = node.path + ("scene", "characters", cid)
                if pl.on is None:
                    spots.append((M("spot_character", id=cid), pl.at, path + ("at",)))
                elif pl.on not in furniture:
                    self.report("LA013", M("seated_on_unknown", id=cid, on=pl.on, room=room.id,
                                           hint=_hint(pl.on, furniture)), path + ("seated_on",))
                elif not furniture[pl.on].contains(pl.at):
                    self.report("LA013", M("not_on_furniture", id=cid, x=pl.at[0], y=pl.at[1], on=pl.on),
                                path + ("at",))
            if scene.learner:
                spots.append((M("spot_learner"), scene.learner, node.path + ("scene", "learner")))
            if node.positioning:
                self.staff_doors(node, room)
                spots.append((M("spot_learner_start"), node.positioning.learner_start,
                              node.path + ("positioning", "learner_start")))
            for what, at, path in spots:
                if not room.plan.contains(at):
                    self.report("LA013", M("spot_outside_room", what=what, x=at[0], y=at[1], room=room.id,
                                           w=room.plan.width, h=room.plan.height), path)
                elif not room.plan.free_at(at):
                    self.report("LA013", M("spot_in_furniture", what=what, x=at[0], y=at[1]), path)

    # -- decisions ----------------------------------------------------------------------------
    def decisions(self) -> None:
        for node in self.sc.nodes.values():
            if node.choices and all(c.condition for c in node.choices):
                self.report("LA010", M("all_choices_conditional", node=node.id), node.path + ("choices",))
            if node.choices and not any(c.expert for c in node.choices):
                self.report("LA022", M("no_expert_choice", node=node.id), node.path + ("choices",))
            chk = node.checkpoint
            if chk:
                n = len(chk.correct_ids)
                if n == 0:
                    self.report("LA023", M("no_correct_answer"), node.path + ("checkpoint", "options"))
                elif n > 1 and not chk.multiple:
                    self.report("LA023", M("several_correct", n=n),
                                node.path + ("checkpoint", "multiple"))


    # -- characters and settings ------------------------------------------------------------------
    def characters(self) -> None:
        for ch in self.sc.characters.values():
            if ch.role in ("patient", "companion") and ch.aggression != "none" and not ch.causes:
                self.report("LA028", M("no_causes", id=ch.id), ch.path)

    def settings(self) -> None:
        t = self.sc.tuning
        if "settings" not in self.src.data:
            return
        bounds = [t["phases"][p] for p in ("trigger", "escalation", "pre_crisis", "crisis")]
        if any(a >= b for a, b in zip(bounds, bounds[1:])) or bounds[-1] > 100:
            self.report("LA029", M("phases_must_rise", now=", ".join(f"{b:g}" for b in bounds)), ("settings", "phases"))
        pos = t["positioning"]
        if pos["angle_min"] >= pos["angle_max"] or pos["angle_max"] > 180:
            self.report("LA029", M("angles", min=pos["angle_min"], max=pos["angle_max"]), ("settings", "positioning"))
        if pos["agitated_from"] < t["phases"]["trigger"]:
            self.report("LA029", M("agitated_below_trigger", value=pos["agitated_from"], trigger=t["phases"]["trigger"]),
                        ("settings", "positioning", "agitated_from"))

    def sounds(self) -> None:
        from . import sound   # the sound fields' checks (lint/sound.py)

        sound.check(self)

    def staff_doors(self, node, room) -> None:
        if not any("staff" in d.exit_for for d in room.plan.doors):
            self.report("LA027", M("no_staff_door", room=room.id, node=node.id), node.path + ("positioning",))


def semantic(src: Source, sc: Scenario) -> list[Diagnostic]:
    return Checker(src, sc).run()


