"""Checks of the sound fields: every sound named exists, has a caption, and is used as what it is.

Kept apart from checks.py (which is long enough) and run by its Checker. An unknown character
in ``intensity_follows`` is LA015, like every other unknown character.
"""

from __future__ import annotations

from ..audio.catalog import SILENCE, SOUNDS, known_ids, resolve
from ..messages import M


def check(checker) -> None:
    sc = checker.sc
    report = checker.report
    known = known_ids(sc.sounds)
    from .checks import _hint   # the shared "did you mean" (imported here: checks imports this module)

    for own in sc.sounds.values():
        if own.like not in SOUNDS:
            report("LA030", M("sound_like_unknown", id=own.id, like=own.like, hint=_hint(own.like, SOUNDS)),
                   own.path + ("like",))
        if own.caption is None:
            report("LA031", M("sound_no_caption", id=own.id), own.path)
        if own.id in SOUNDS or own.id == SILENCE:
            report("LA032", M("sound_builtin_id", id=own.id),
                   own.path + ("id",))

    def use(sound_id: str, kind: str, path: tuple) -> None:
        if sound_id not in known:
            report("LA030", M("unknown_sound", id=sound_id, hint=_hint(sound_id, known)), path)
            return
        if sound_id == SILENCE:
            if kind == "cue":
                report("LA032", M("silence_not_cue", id=SILENCE), path)
            return
        found = resolve(sound_id, sc.sounds)
        if found is not None and found.kind != kind:
            # two kinds only (ambient, cue), so the wrong use is always the other one
            report("LA032", M("ambient_as_cue" if found.kind == "ambient" else "cue_as_ambient", id=sound_id), path)

    chars = sc.characters
    for node in sc.nodes.values():
        snd = node.sound
        if snd is not None:
            base = node.path + ("sound",)
            if snd.ambient:
                use(snd.ambient, "ambient", base + ("ambient",))
            if snd.cue:
                use(snd.cue, "cue", base + ("cue",))
            who = snd.intensity_follows
            if who and who not in chars:
                report("LA015", M("unknown_character", name=who, hint=_hint(who, chars)), base + ("intensity_follows",))
        for c in node.all_choices():
            if c.cue:
                use(c.cue, "cue", c.path + ("cue",))
