"""Workshop autosave: one JSON file per workshop, atomic, resumable after a kill; unreadable files
are moved aside with a message and never lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import LONG_WAIT, plan_actions
from lagaffektiv import paths
from lagaffektiv.workshop import Workshop, WorkshopConfig, WorkshopError, WorkshopStore
from test_workshop_core import play, play_all

HERE = Path(__file__).resolve().parent
EXPERT = plan_actions("expert")


@pytest.fixture
def store(tmp_path) -> WorkshopStore:
    return WorkshopStore(paths.workshops_dir(tmp_path))


def new(scenario) -> Workshop:
    return Workshop.new(scenario, WorkshopConfig(scenario.id))


def test_the_folder_is_under_the_data_folder(tmp_path):
    assert paths.workshops_dir(tmp_path) == tmp_path / "workshops"


def test_save_load_and_the_resume_list(store, long_wait):
    assert store.unfinished() == [] and store.problems == []   # no folder yet is fine
    a = new(long_wait)
    play_all(a, EXPERT[:3])
    a.set_vote("reflect_feelings", 4)
    store.save(a)
    b = new(long_wait)
    store.save(b)
    (first, second) = store.unfinished()
    ids = {first.id, second.id}
    assert ids == {a.workshop_id, b.workshop_id}
    saved_a = next(s for s in (first, second) if s.id == a.workshop_id)
    assert saved_a.scenario_id == long_wait.id and saved_a.steps == 3 and saved_a.decisions == 2
    assert not saved_a.finished and saved_a.updated.endswith("+00:00")
    back = store.load(a.workshop_id, {long_wait.id: long_wait})
    assert back.to_dict() == a.to_dict() and back.votes["reflect_feelings"] == 4
    # no temporary files are left behind
    assert sorted(p.name for p in store.folder.iterdir()) == sorted(f"{i}.json" for i in ids)


def test_started_is_kept_across_saves(store, long_wait):
    ws = new(long_wait)
    store.save(ws)
    started = json.loads(store.path(ws.workshop_id).read_text())["started"]
    play(ws, ">")
    store.save(ws)
    data = json.loads(store.path(ws.workshop_id).read_text())
    assert data["started"] == started and data["actions"] == [">"]


def test_finish_and_discard(store, long_wait):
    ws = new(long_wait)
    with pytest.raises(WorkshopError, match="not reached an ending"):
        store.finish(ws)
    play_all(ws, EXPERT)
    store.finish(ws)
    assert store.unfinished() == []
    (done,) = store.finished()
    assert done.id == ws.workshop_id and done.finished
    assert store.load(ws.workshop_id, {long_wait.id: long_wait}).finished
    store.discard(ws.workshop_id)
    store.discard(ws.workshop_id)   # already gone: fine
    assert store.finished() == [] and not store.path(ws.workshop_id).exists()


@pytest.mark.parametrize("content,why", [
    ("{not json", "is not valid JSON"),
    ('["a list"]', "is not a JSON object"),
    ('{"workshop_version": 0, "scenario": "x", "actions": []}', "has an unknown workshop version 0"),
    ('{"workshop_version": 1, "actions": []}', "lacks its scenario or its steps"),
])
def test_a_corrupt_file_is_moved_aside_and_reported(store, long_wait, content, why):
    good = new(long_wait)
    store.save(good)
    bad = store.path("0" * 32)
    bad.write_text(content, encoding="utf-8")
    assert [s.id for s in store.unfinished()] == [good.workshop_id]
    (problem,) = store.problems
    assert f"{bad.name} {why}" in problem and "it was kept as" in problem
    kept = [p for p in store.folder.iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == content   # nothing lost
    assert not bad.exists()
    assert store.unfinished() and store.problems == []   # reported once; the kept file is left alone


def test_loading_a_corrupt_file_says_where_it_went(store, long_wait):
    path = store.path("a" * 32)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xff\xfe garbage")
    with pytest.raises(WorkshopError, match=r"is not UTF-8 text; it was kept as aaaa"):
        store.load("a" * 32, {long_wait.id: long_wait})


def test_a_newer_file_is_left_untouched(store, long_wait):
    ws = new(long_wait)
    store.save(ws)
    path = store.path(ws.workshop_id)
    data = json.loads(path.read_text())
    data["workshop_version"] = 99
    path.write_text(json.dumps(data))
    with pytest.raises(WorkshopError, match="newer version of lagaffektiv"):
        store.load(ws.workshop_id, {long_wait.id: long_wait})
    assert path.exists() and store.unfinished() == [] and "newer version" in store.problems[0]


def test_an_unknown_scenario_leaves_the_file_and_a_changed_one_moves_it_aside(store, long_wait):
    ws = new(long_wait)
    play_all(ws, EXPERT[:4])
    store.save(ws)
    with pytest.raises(WorkshopError, match=f"'{long_wait.id}', which is not in the library"):
        store.load(ws.workshop_id, {})
    assert store.path(ws.workshop_id).exists()
    path = store.path(ws.workshop_id)
    data = json.loads(path.read_text())
    data["snapshot"]["minutes"] = 999
    path.write_text(json.dumps(data))
    with pytest.raises(WorkshopError, match="cannot be resumed: the scenario has changed.*kept as"):
        store.load(ws.workshop_id, {long_wait.id: long_wait})
    assert not path.exists() and len(list(store.folder.glob("*.stale-*.json"))) == 1
    assert store.unfinished() == []


def test_bad_ids_never_reach_the_file_system(store, long_wait):
    for bad in ("../x", "", "A" * 32, "a" * 31):
        with pytest.raises(WorkshopError, match="not a workshop id"):
            store.load(bad, {long_wait.id: long_wait})
    with pytest.raises(WorkshopError, match="not a workshop id"):
        store.discard("../../important")


def test_a_save_the_disk_refuses_is_a_clear_error(tmp_path, long_wait):
    blocker = tmp_path / "workshops"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(WorkshopError, match="could not be saved"):
        WorkshopStore(blocker).save(new(long_wait))


def test_kill_mid_workshop_and_resume_in_a_new_process(tmp_path, long_wait):
    folder = tmp_path / "workshops"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent / "src"), str(HERE)])}
    proc = subprocess.run([sys.executable, str(HERE / "workshop_crash_runner.py"), str(folder), str(LONG_WAIT),
                           ",".join(EXPERT), "5"], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    lines = proc.stdout.split("\n")
    wid = lines[0].split()[1]
    assert lines[1:6] == [f"saved {n}" for n in range(1, 6)]
    store = WorkshopStore(folder)
    (saved,) = store.unfinished()
    assert saved.id == wid and saved.steps == 5
    ws = store.load(wid, {long_wait.id: long_wait})
    assert ws.encounter.actions[:2] == EXPERT[:2] and ws.node.id == "get_colleague"
    assert ws.votes["ask_colleague"] == 3   # the votes being counted at the kill are there
    assert [d.how for d in ws.decisions] == ["majority", "placement", "majority", "majority"]
    for token in EXPERT[5:]:
        play(ws, token)
        store.save(ws)
    store.finish(ws)
    assert ws.node.id == "end_resolved" and store.unfinished() == []
    assert [p.name for p in folder.iterdir()] == [f"{wid}.json"]
