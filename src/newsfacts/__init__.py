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


def compiled() -> bool:
    """Whether the engine runs compiled (the mypyc build described in ``pyproject.toml``).

    The compiled and the pure-Python builds give the same output, byte for byte; the compiled
    one is faster (``docs/accuracy.md``).
    """
    from newsfacts.rules import engine

    return not str(engine.__file__).endswith(".py")


def __getattr__(name: str) -> object:
    # ``newsfacts.events`` (callable: merge articles into events) loads on first use, so that
    # extraction alone never pays for the events tables.
    if name == "events":
        import newsfacts.events

        return newsfacts.events
    raise AttributeError(f"module 'newsfacts' has no attribute {name!r}")


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
    "compiled",
    "extract",
    "extract_many",
    "hookimpl",
]
