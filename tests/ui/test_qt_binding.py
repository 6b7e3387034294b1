"""The Qt binding itself must not corrupt Python's reference counts.

PySide6 6.12.0 under Python 3.11 dropped a reference to None on every call
of a void method, and the app aborted after a few thousand painter calls.
pyproject.toml excludes it; this test catches such a build coming back.
"""

import sys

from PySide6.QtCore import QRectF


def test_void_qt_calls_leave_none_reference_count_alone():
    rect = QRectF(0, 0, 1, 1)
    before = sys.getrefcount(None)
    for _ in range(200):
        rect.setWidth(2.0)
    # Other threads may take or drop a few references meanwhile; a leak of
    # one per call would show as -200.
    assert sys.getrefcount(None) - before > -50
