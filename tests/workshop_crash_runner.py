"""Run by tests/test_workshop_store.py as a real subprocess: a workshop that autosaves after every
step as the app does, then dies by SIGKILL (no cleanup, no close).

Usage: workshop_crash_runner.py FOLDER SCENARIO ACTIONS KILL_AFTER
ACTIONS are the scenario's action tokens, comma-separated; each choice or answer gets 5 votes,
and after the KILL_AFTER-th step 3 votes are entered at the next decision before the kill, so the
test can check that votes being counted survive too. Prints 'id <workshop id>' first, then
'saved N' after each step's save.
"""

import os
import signal
import sys

from lagaffektiv.scenario.load import load_scenario
from lagaffektiv.workshop import Workshop, WorkshopConfig, WorkshopStore

folder, path, actions, kill_after = sys.argv[1], sys.argv[2], sys.argv[3].split(","), int(sys.argv[4])
scenario = load_scenario(path)
store = WorkshopStore(folder)
ws = Workshop.new(scenario, WorkshopConfig(scenario.id))
store.save(ws)
print(f"id {ws.workshop_id}", flush=True)
for n, token in enumerate(actions, 1):
    if ws.kind == "passage":
        ws.proceed()
    elif ws.kind == "positioning":
        x, y = token.lstrip("@").split(":")
        ws.place(float(x), float(y))
    else:
        for option in token.split("+"):
            ws.set_vote(option, 5)
        ws.decide_checkpoint() if ws.kind == "checkpoint" else ws.decide()
    store.save(ws)
    print(f"saved {n}", flush=True)
    if n == kill_after:
        if ws.options:
            ws.set_vote(ws.options[0][0], 3)
            store.save(ws)
        os.kill(os.getpid(), signal.SIGKILL)
