"""Lengths as people read them: metres with at most one decimal (a decimal comma in Swedish).

Two decimals ("4,11 m" beside "2,7 m") read as false precision on a floor plan drawn to the
decimetre. Rounding to the nearest decimetre could make a distance that is too close read as the
required one (1.47 m against 1.5 m), so a distance can be rounded down and a requirement up:
the words then always agree with the judgement.
"""

from __future__ import annotations

import math

DOWN, NEAREST, UP = -1, 0, 1
_EPS = 1e-6   # 2.7 * 10 is 27.000000000000004: no float noise decides a decimetre


def metres(x: float, lang: str, rounding: int = NEAREST) -> str:
    """``x`` metres with at most one decimal, "3" rather than "3,0"; ``rounding`` DOWN or UP to
    keep a comparison true in the words."""
    tenths = x * 10
    if rounding == DOWN:
        tenths = math.floor(tenths + _EPS)
    elif rounding == UP:
        tenths = math.ceil(tenths - _EPS)
    else:
        tenths = math.floor(tenths + 0.5)
    s = f"{tenths / 10:.1f}".removesuffix(".0")
    if s == "-0":
        s = "0"
    return s.replace(".", ",") if lang == "sv" else s
