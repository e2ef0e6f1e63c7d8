"""Synthetic scenarios of any size, for timing the linter (benchmarks/run.py).

``write(n_nodes, folder)`` writes one valid scenario with exactly ``n_nodes`` nodes: a long
lattice of decisions with 2–3 choices each that jump 1–3 steps ahead (so paths fork and
merge), every tenth with a timer, per-choice principles and a variable, conditional branches on a variable, a checkpoint every 97
nodes, a positioning step every 131, a few early endings and four final endings. Every node
is reachable and can reach an ending, so the file lints without errors or warnings.

Run it directly to write a file:  python benchmarks/synthetic.py 1000 /tmp/out
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADER = """\
# Synthetic benchmark scenario ({n} nodes), written by benchmarks/synthetic.py.
format: 1
id: {sid}
revision: 1
title: {{sv: "Syntetiskt scenario, {n} noder", en: "Synthetic scenario, {n} nodes"}}
summary: {{sv: "Genererat för prestandamätning av lintern.", en: "Generated to time the linter."}}
setting: emergency_department
learner_roles: [nurse, assistant_nurse]
aggressor: patient
difficulty: advanced
minutes: 30
sources: [low_affective]
characters:
  - id: pat
    name: {{sv: Patienten, en: The patient}}
    role: patient
    arousal: 55
    causes: [pain, long_wait]
variables:
  calm: 0
rooms:
  - id: room
    name: {{sv: Undersökningsrum, en: Examination room}}
    kind: treatment_room
    width: 5
    height: 4
    doors:
      - {{id: door, at: [5, 2], width: 0.9, exit_for: [everyone]}}
    obstacles:
      - {{id: bed, rect: [0.5, 0.5, 2, 1]}}
    alarms:
      - {{id: alarm, at: [0, 3.5]}}
start: n0
nodes:
"""

ENDING_CLASSES = ("resolved", "resolved_with_help", "care_interrupted", "alarm_violence")
N_ENDINGS = len(ENDING_CLASSES)
CALM_EN = "I hear you are in pain. We deal with it now."


def _text(sv: str, en: str) -> str:
    return f'{{sv: "{sv}", en: "{en}"}}'


def scenario_text(n_nodes: int, sid: str | None = None) -> str:
    if n_nodes < N_ENDINGS + 2:
        raise ValueError(f"a synthetic scenario needs at least {N_ENDINGS + 2} nodes")
    steps = n_nodes - N_ENDINGS  # nodes n0 .. n{steps-1}; endings e0 .. e3 after them

    def target(j: int) -> str:
        return f"n{j}" if j < steps else f"e{(j - steps) % N_ENDINGS}"

    out = [HEADER.format(n=n_nodes, sid=sid or f"synthetic_{n_nodes}")]
    for i in range(steps):
        nxt = target(i + 1)
        narration = _text(f"Steg {i}: patienten höjer rösten och går närmare.",
                          f"Step {i}: the patient raises their voice and steps closer.")
        last = i == steps - 1  # always a decision: its choices lead to the final endings
        if i % 97 == 50 and not last:
            out.append(
                f"  - {{id: n{i}, checkpoint: {{topic: confidentiality, question: "
                f"{_text(f'Fråga {i}: får du berätta?', f'Question {i}: may you tell?')}, options: ["
                f"{{id: y{i}, text: {_text('Ja', 'Yes')}}}, "
                f"{{id: x{i}, text: {_text('Nej', 'No')}, correct: true}}], "
                f"explanation: {_text('Tystnadsplikt gäller.', 'Confidentiality applies.')}, "
                f"source: confidentiality, to: {nxt}}}}}\n")
        elif i % 131 == 70 and not last:
            out.append(
                f"  - {{id: n{i}, narration: {narration}, scene: {{room: room, characters: "
                f"{{pat: {{at: [3.5, 2], facing: 180}}}}}}, positioning: {{learner_start: [1, 3], "
                f"source: low_affective, to: [{{if: {{flag: pos_blocks_exit}}, to: e3}}, {{to: {nxt}}}]}}}}\n")
        else:
            choices = [
                f"{{id: c{i}a, text: {_text('Jag hör att du har ont. Vi tar det här nu.', CALM_EN)}, "
                f"expert: true, principles: {{own_calm: 1, listen: 1}}, add: {{calm: 1}}, "
                f"feedback: {_text('Bra: lugnt och konkret.', 'Good: calm and concrete.')}, to: {nxt}}}",
                f"{{id: c{i}b, text: {_text('Sluta skrika!', 'Stop shouting!')}, principles: {{say_do: -1}}, "
                f"feedback: {_text('Säg vad personen ska göra.', 'Say what to do instead.')}, "
                f"to: [{{if: {{var: {{calm: {{at_least: 3}}}}}}, to: {target(i + 2)}}}, {{to: {nxt}}}]}}",
            ]
            if i % 2 or i == 0 or last:
                if i == 0:
                    early = f"e{N_ENDINGS - 1}"  # so even a tiny scenario reaches every ending
                elif i % 50 == 1 and not last:
                    early = f"e{i % N_ENDINGS}"  # an early way out
                else:
                    early = target(i + 3)
                choices.append(
                    f"{{id: c{i}c, text: {_text('Gå därifrån.', 'Walk away.')}, "
                    f"feedback: {_text('Du lämnade rummet.', 'You left the room.')}, to: {early}}}")
            timer = ""
            if i % 10 == 3:
                timer = (f"timer: {{seconds: 12, timeout: {{id: t{i}, feedback: "
                         f"{_text('Du tvekade.', 'You hesitated.')}, to: {nxt}}}}}, ")
            out.append(f"  - {{id: n{i}, narration: {narration}, {timer}choices: [{', '.join(choices)}]}}\n")
    for k, cls in enumerate(ENDING_CLASSES):
        out.append(f"  - {{id: e{k}, ending: {{class: {cls}, title: {_text(f'Slut {k}', f'End {k}')}, "
                   f"debrief: {_text('Så här gick det.', 'This is how it went.')}}}}}\n")
    return "".join(out)


def write(n_nodes: int, folder: Path, sid: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"synthetic_{n_nodes}.yaml"
    path.write_text(scenario_text(n_nodes, sid), encoding="utf-8")
    return path


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python benchmarks/synthetic.py N_NODES OUTDIR")
    print(write(int(sys.argv[1]), Path(sys.argv[2])))
