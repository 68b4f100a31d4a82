"""Test helpers for newsfacts and its plugin authors (needs the ``test`` extra: hypothesis)."""

from newsfacts.testing.strategies import articles

__all__ = ["articles"]
