"""From articles to events: actor identity across articles, merging, CAMEO/PLOVER export.

>>> from newsfacts.events import events
>>> events([])
[]
"""

from newsfacts.events.merge import PUBLISHED_WINDOW_DAYS, WINDOW_DAYS, events
from newsfacts.events.model import Event, EventActor, EventStatement, Source

__all__ = ["PUBLISHED_WINDOW_DAYS", "WINDOW_DAYS", "Event", "EventActor", "EventStatement", "Source", "events"]
