"""From articles to events: actor identity across articles, merging, CAMEO/PLOVER export.

The package itself can be called, so that ``newsfacts.events(articles)`` reads as the issue
asks; ``newsfacts.events.events`` is the same function, spelled for type checkers.

>>> import newsfacts
>>> newsfacts.events([])
[]
>>> from newsfacts.events import events
>>> events([])
[]
"""

import sys
import types
from collections.abc import Iterable
from typing import Any

from newsfacts.events.merge import PUBLISHED_WINDOW_DAYS, WINDOW_DAYS, events
from newsfacts.events.model import Event, EventActor, EventStatement, Source

__all__ = ["PUBLISHED_WINDOW_DAYS", "WINDOW_DAYS", "Event", "EventActor", "EventStatement", "Source", "events"]


class _CallablePackage(types.ModuleType):
    """``newsfacts.events(...)`` calls :func:`events`: a subpackage and a function cannot
    share the name ``newsfacts.events`` otherwise, since importing the package rebinds it."""

    def __call__(self, articles: Iterable[Any], **options: Any) -> list[Event]:
        return events(articles, **options)


sys.modules[__name__].__class__ = _CallablePackage
