"""Run by tests/test_history.py as a real subprocess: plays and records, then dies by SIGKILL.

Usage: crash_player.py DB SCENARIO ACTIONS KILL_AFTER
Records each action in the history as the app does, prints 'recorded N' after each commit,
and kills itself (no cleanup, no close) right after the KILL_AFTER-th action.
"""

import os
import signal
import sys

from lagaffektiv.encounter.engine import Encounter
from lagaffektiv.history import History
from lagaffektiv.scenario.load import load_scenario

db, scenario, actions, kill_after = sys.argv[1], sys.argv[2], sys.argv[3].split(","), int(sys.argv[4])
history = History.open(db)
enc = Encounter(load_scenario(scenario))
eid = history.start(enc)
for n, token in enumerate(actions, 1):
    enc.act(token)
    history.record(eid, enc)
    print(f"recorded {n}", flush=True)
    if n == kill_after:
        os.kill(os.getpid(), signal.SIGKILL)
