"""The outlet plugins that ship with newsfacts.

One module per outlet (``tasnim``, ``mehr``, ``tehrantimes``, ``ifp``) and ``generic`` for every
other one. Each registers through the ``newsfacts`` entry-point group exactly as a third
party's plugin would, and imports only newsfacts' public API (``newsfacts.hookimpl``,
``newsfacts.models``, ``newsfacts.contributions``). Stored fixtures, one folder per outlet,
live in ``fixtures/``: articles written in each outlet's style with what cleaning must find.
"""
