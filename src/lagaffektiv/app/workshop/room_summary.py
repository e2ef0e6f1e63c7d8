"""The presenter's "on the projector" lines: what the room sees now, how the characters are, and
how the vote stands, in a few words. Shown when the panel is wide, on the laptop's own screen, where
the projector is behind the facilitator's back."""

from __future__ import annotations

from .words import localized, ui


def room_lines(ws, lang: str, outcome: bool) -> list[str]:
    """What the projected view shows, then each present character's phase (none when no one is
    present with a phase)."""
    from ...encounter.arousal import PHASE_LABELS

    kind = ws.kind
    if outcome:
        seen = ui(lang, "sees_outcome")
    elif kind in ("choice", "checkpoint"):
        seen = ui(lang, "sees_vote", n=len(ws.options))
    else:
        seen = ui(lang, {"positioning": "sees_place", "ended": "sees_ended"}.get(kind, "sees_scene"))
    enc = ws.encounter
    phases, present = enc.phases(), set(enc.present())
    states = [f"{localized(ch.name, lang)}: {PHASE_LABELS.get(phases[c], {}).get(lang, phases[c])}"
              for c, ch in ws.scenario.characters.items() if c in present and c in phases]
    return [seen] + (["  ·  ".join(states)] if states else [])


def tally_line(ws, rows: list[tuple[int, str]], lang: str) -> str:
    """How the vote stands: the count, the leading options' numbers and the leader's share.
    ``rows``: (number, option id) of the options in the vote entry."""
    tally = ws.tally()
    if not tally.total:
        return ui(lang, "no_votes")
    numbers = ", ".join(str(n) for n, option_id in rows if option_id in tally.leaders)
    share = round(100 * tally.share(tally.leaders[0])) if tally.leaders else 0
    return ui(lang, "room_tally", total=tally.total, n=numbers, p=share)
