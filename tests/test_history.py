"""The local history database: durability, resume after a real crash, migrations, corruption."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lagaffektiv.encounter.engine import Encounter
from lagaffektiv.encounter.scoring import debrief
from lagaffektiv.history import SCHEMA_VERSION, History, HistoryError, NewerDatabaseError

from conftest import FIXTURES

HERE = Path(__file__).resolve().parent


def play(history, scenario, *tokens):
    enc = Encounter(scenario)
    eid = history.start(enc)
    for t in tokens:
        enc.act(t)
        history.record(eid, enc)
    return eid, enc


def test_a_finished_encounter_is_stored_with_its_results(tmp_path, minimal):
    with History.open(tmp_path / "h.db") as h:
        eid, enc = play(h, minimal, "calm", "@0.5:0.5", "no")
        d = debrief(enc)
        h.finish(eid, enc, d)
        h.set_reaction(eid, "Det gick bra, men jag blev stressad.")
        assert h.unfinished() == []
        assert h.best_overall() == {"minimal": d["overall"]}
        assert h.debrief(eid)["overall"] == d["overall"]
        assert [p for p, _ in h.progress().items()] == list(d["principles"])
        (row,) = h.finished()
        assert row["ending_class"] == "resolved"


def test_unfinished_encounters_resume_where_they_were(tmp_path, minimal):
    path = tmp_path / "h.db"
    with History.open(path) as h:
        eid, enc = play(h, minimal, "calm")
        enc.step_back()
        h.record(eid, enc, kind="step_back")
        enc.act("stop")
        h.record(eid, enc)
    with History.open(path) as h:
        (u,) = h.unfinished()
        assert u.id == eid and u.decisions == 3 and u.scenario_id == "minimal"
        resumed = Encounter.from_dict(minimal, u.state)
        assert resumed.actions == ["stop"] and resumed.step_backs == enc.step_backs
        kinds = [d["kind"] for d in h.export()["encounters"][0]["decisions"]]
        assert kinds == ["action", "step_back", "action"]
        h.abandon(eid)
        assert h.unfinished() == []


def test_nothing_is_lost_when_the_process_is_killed(tmp_path):
    db = tmp_path / "h.db"
    scenario = FIXTURES / "minimal.yaml"
    proc = subprocess.run([sys.executable, str(HERE / "crash_player.py"), str(db), str(scenario),
                           "calm,@0.5:0.5,no", "2"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert proc.stdout.split() == ["recorded", "1", "recorded", "2"]
    from lagaffektiv.scenario.load import load_scenario

    with History.open(db) as h:
        (u,) = h.unfinished()
        assert u.decisions == 2
        enc = Encounter.from_dict(load_scenario(scenario), u.state)
        assert enc.actions == ["calm", "@0.50:0.50"] and enc.node_id == "quiz"
        enc.act("no")
        h.record(u.id, enc)
        h.finish(u.id, enc, debrief(enc))
        assert h.unfinished() == []


def test_a_new_database_is_at_the_current_version(tmp_path):
    with History.open(tmp_path / "sub" / "h.db") as h:
        assert h.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert h.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert h.moved_aside is None


def test_a_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "h.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        History.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_corrupt_database_is_moved_aside_not_deleted(tmp_path, minimal, damage):
    path = tmp_path / "h.db"
    if damage == "garbage":
        path.write_bytes(b"this is not a database\x00" * 200)
    else:
        with History.open(path) as h:
            for _ in range(30):
                play(h, minimal, "calm")
        data = path.read_bytes()
        path.write_bytes(data[:100] + b"\xff" * 200 + data[300:len(data) // 2])
    original = path.read_bytes()
    with History.open(path) as h:
        assert h.moved_aside is not None and h.moved_aside.read_bytes() == original
        assert h.unfinished() == []
        play(h, minimal, "calm")            # the new database works
    assert len(list(tmp_path.glob("h.db.corrupt-*"))) == 1


def test_a_locked_or_unopenable_database_is_not_moved(tmp_path):
    folder = tmp_path / "h.db"
    folder.mkdir()
    with pytest.raises(HistoryError, match="cannot be opened|is not a file"):
        History.open(folder)
    assert folder.is_dir() and not list(tmp_path.glob("*.corrupt-*"))


def test_export_and_delete(tmp_path, minimal):
    with History.open(tmp_path / "h.db") as h:
        eid, enc = play(h, minimal, "calm", "@0.5:0.5", "no")
        h.finish(eid, enc, debrief(enc))
        h.set_self_ratings(eid, {"own_calm": 4})
        data = json.loads(json.dumps(h.export()))
        (item,) = data["encounters"]
        assert item["self_ratings"] == {"own_calm": 4} and len(item["decisions"]) == 3
        assert item["debrief"]["ending"]["class"] == "resolved"
        h.delete_all()
        assert h.export()["encounters"] == [] and h.best_overall() == {}


def test_a_session_saves_every_action_and_the_debrief(tmp_path, minimal):
    from lagaffektiv.session import PracticeSession

    with History.open(tmp_path / "h.db") as h:
        s = PracticeSession.start(minimal, h)
        s.choose("stop")
        s.step_back()
        s.act("calm")
        s.place(0.5, 0.5)
        assert h.unfinished()[0].decisions == 4 and s.saving
        s.answer(["no"])
        assert h.unfinished() == [] and h.debrief(s.encounter_id)["overall"] == s.debrief["overall"]
        s.set_reaction("ok")
        resumed_from = PracticeSession.start(minimal, h)
        resumed_from.act("calm")
        again = PracticeSession.resume(h.unfinished()[0], {"minimal": minimal}, h)
        assert again.encounter.actions == ["calm"] and again.encounter_id == resumed_from.encounter_id


def test_a_session_without_history_still_runs(minimal):
    from lagaffektiv.session import PracticeSession

    s = PracticeSession.start(minimal, None)
    for t in ("calm", "@0.5:0.5", "no"):
        s.act(t)
    assert not s.saving and s.debrief["ending"]["class"] == "resolved"


def test_a_failing_database_does_not_stop_the_encounter(tmp_path, minimal):
    from lagaffektiv.session import PracticeSession

    h = History.open(tmp_path / "h.db")
    s = PracticeSession.start(minimal, h)
    h.close()                                   # every later write fails
    s.act("calm")
    assert s.save_error and not s.saving and s.encounter.node_id == "place"
