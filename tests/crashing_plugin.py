"""A test plugin that misbehaves on marker texts: loaded through ``NEWSFACTS_EXTRA_PLUGINS``.

Not installed as a distribution (a test must not need a second ``pip install``): the parallel
runner imports the modules that variable names, in the parent and in each spawned worker,
which inherit the environment and the parent's ``sys.path`` (pytest puts ``tests/`` there).
"""

from __future__ import annotations

import os

from newsfacts import hookimpl

#: A record whose text holds this kills the worker process outright, as a segfault would.
CRASH = "NEWSFACTS-TEST-CRASH"
#: A record whose text holds this makes the plugin raise.
RAISE = "NEWSFACTS-TEST-RAISE"


@hookimpl
def newsfacts_detect_outlet(url: str | None, text: str) -> None:
    if CRASH in text:
        os._exit(70)  # no exception, no cleanup: the pool sees a dead worker
    if RAISE in text:
        raise RuntimeError("told to fail")
