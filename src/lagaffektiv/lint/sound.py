"""Checks of the sound fields: every sound named exists, has a caption, and is used as what it is.

Kept apart from checks.py (which is long enough) and run by its Checker. An unknown character
in ``intensity_follows`` is LA015, like every other unknown character.
"""

from __future__ import annotations

from ..audio.catalog import SILENCE, SOUNDS, known_ids, resolve


def check(checker) -> None:
    sc = checker.sc
    report = checker.report
    known = known_ids(sc.sounds)
    from .checks import _hint   # the shared "did you mean" (imported here: checks imports this module)

    for own in sc.sounds.values():
        if own.like not in SOUNDS:
            report("LA030", f"sound '{own.id}' is like unknown sound '{own.like}'{_hint(own.like, SOUNDS)}",
                   own.path + ("like",))
        if own.caption is None:
            report("LA031", f"sound '{own.id}' has no caption; give 'caption: {{sv: ..., en: ...}}' saying what is "
                   "heard, so nothing depends on hearing it", own.path)
        if own.id in SOUNDS or own.id == SILENCE:
            report("LA032", f"sound '{own.id}' has the id of a built-in sound; give it an id of its own",
                   own.path + ("id",))

    def use(sound_id: str, kind: str, path: tuple) -> None:
        if sound_id not in known:
            report("LA030", f"unknown sound '{sound_id}'{_hint(sound_id, known)}; 'lagaffektiv sounds' lists them",
                   path)
            return
        if sound_id == SILENCE:
            if kind == "cue":
                report("LA032", f"'{SILENCE}' stops the ambience; it is not a cue", path)
            return
        found = resolve(sound_id, sc.sounds)
        if found is not None and found.kind != kind:
            what = "an ambience (a loop)" if found.kind == "ambient" else "a cue (played once)"
            report("LA032", f"sound '{sound_id}' is {what} and cannot be used as {'a cue' if kind == 'cue' else 'an ambience'}",
                   path)

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
                report("LA015", f"unknown character '{who}'{_hint(who, chars)}", base + ("intensity_follows",))
        for c in node.all_choices():
            if c.cue:
                use(c.cue, "cue", c.path + ("cue",))
