"""The Qt binding in use must not leak references to None (PySide6 6.12.0 on Python 3.11 did,
and the interpreter aborted with 'none_dealloc' within seconds of drawing the floor plan)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_drain_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.update()
    assert sys.getrefcount(None) >= before - 50
