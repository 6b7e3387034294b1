"""TEST ONLY: misbehaving readers, run inside each reader process.

``TIMELINE_TEST_WORKER_HOOK`` names this file in the tests that need a
reader to do what no real document can do on demand (die by SIGKILL, hang
where the timer cannot reach, allocate without end); a monkeypatch cannot
cross "spawn". Files are picked by the start of their name; every other
file is read as usual.
"""

from __future__ import annotations

import os
import signal
import time

import timeline_app.core.prepared as prepared

_real_read_file = prepared.read_file


def _misbehaving_read_file(path, **kwargs):
    name = path.name
    if name.startswith("die-"):
        os.kill(os.getpid(), signal.SIGKILL)
    if name.startswith("hog-"):
        hoard = []
        while True:
            hoard.append(bytes(64 * 1024 * 1024))  # calloc: address space, not RAM
    if name.startswith("stuck-"):
        # Like a parser stuck in C code: the timer's signal never lands.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    if name.startswith("slow-"):
        time.sleep(3600)
    return _real_read_file(path, **kwargs)


prepared.read_file = _misbehaving_read_file
