"""newsfacts: diplomatic news articles in, typed facts out.

>>> import newsfacts
>>> article = newsfacts.extract("Iran and Japan discussed Syria.", published="2020-12-16")
>>> article.published.isoformat()
'2020-12-16'
"""

from __future__ import annotations

import pluggy

from newsfacts.models import (
    SCHEMA,
    Actor,
    Article,
    Dateline,
    DateRef,
    ErrorRecord,
    Meeting,
    Place,
    Span,
    Statement,
)

__version__ = "0.1.0"

#: Marks a plugin's hook implementations: ``@newsfacts.hookimpl``.
hookimpl = pluggy.HookimplMarker("newsfacts")

from newsfacts.api import extract, extract_many  # noqa: E402  (api needs hookimpl defined first)

__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "DateRef",
    "Dateline",
    "ErrorRecord",
    "Meeting",
    "Place",
    "Span",
    "Statement",
    "__version__",
    "extract",
    "extract_many",
    "hookimpl",
]
