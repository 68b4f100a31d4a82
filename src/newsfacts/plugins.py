"""The plugin manager: finds plugins, checks them, and names the one that fails.

Plugins are found through the ``newsfacts`` entry-point group. The built-in outlet plugins
(``generic``, ``tasnim``, ``mehr``, ``tehrantimes``, ``ifp``) are registered there by our own
``pyproject.toml``, so they load exactly as a third party's would and the core never names
them. ``NEWSFACTS_PLUGINS=tasnim,generic`` loads only the named entry points (an empty value
loads none), as datasette's ``DATASETTE_LOAD_PLUGINS`` and llm's ``LLM_LOAD_PLUGINS`` do.
"""

from __future__ import annotations

import functools
import importlib.metadata
import os
import threading
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import pluggy

from newsfacts import hookspecs

ENTRY_POINT_GROUP = "newsfacts"
ENV_VAR = "NEWSFACTS_PLUGINS"


class PluginError(Exception):
    """A plugin raised inside a hook; the message names the plugin and the hook."""

    def __init__(self, plugin: str, hook: str, error: BaseException) -> None:
        super().__init__(f"plugin {plugin!r} failed in {hook}: {type(error).__name__}: {error}")
        self.plugin = plugin
        self.hook = hook
        self.error = error


class PluginLoadError(Exception):
    """An entry point could not be imported or does not match the hookspecs."""


@attrs.frozen
class PluginInfo:
    """What ``newsfacts plugins`` shows for one plugin."""

    name: str
    module: str
    version: str | None
    distribution: str | None
    hooks: tuple[str, ...]


class PluginManager(pluggy.PluginManager):
    """A pluggy manager whose hook implementations report failures by plugin name."""

    def __init__(self) -> None:
        super().__init__(ENTRY_POINT_GROUP)
        self.add_hookspecs(hookspecs)
        self.distributions: dict[str, importlib.metadata.Distribution] = {}
        self.load_errors: list[PluginLoadError] = []

    def register(self, plugin: object, name: str | None = None) -> str | None:
        registered = super().register(plugin, name)
        if registered is not None:
            for caller in self.get_hookcallers(plugin) or ():
                for impl in caller.get_hookimpls():
                    if impl.plugin is plugin and not (impl.hookwrapper or impl.wrapper):
                        impl.function = _naming_failures(  # type: ignore[misc]  # pluggy marks it Final; we wrap, not replace
                            impl.function, registered, caller.name
                        )
        return registered

    def load_entry_points(self, only: Iterable[str] | None = None) -> None:
        """Register every ``newsfacts`` entry point, or only those named in ``only``.

        A plugin that cannot be imported is recorded in :attr:`load_errors` and skipped:
        one broken third-party package must not stop the others.
        """
        wanted = None if only is None else set(only)
        for ep in sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if wanted is not None and ep.name not in wanted:
                continue
            if self.get_plugin(ep.name) is not None or self.is_blocked(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:  # a broken plugin is reported, never fatal to the others
                self.load_errors.append(PluginLoadError(f"plugin {ep.name!r} ({ep.value}) failed to load: {exc}"))
                continue
            self.register(plugin, name=ep.name)
            if ep.dist is not None:
                self.distributions[ep.name] = ep.dist

    def check(self) -> None:
        """Fail loudly on a hook implementation that matches no hookspec (a typo, a stale name)."""
        try:
            self.check_pending()
        except pluggy.PluginValidationError as exc:
            raise PluginLoadError(f"plugin {exc.plugin!r}: {exc}") from exc

    def info(self) -> list[PluginInfo]:
        """The registered plugins with their versions and the hooks each implements."""
        out = []
        for name, plugin in sorted(self.list_name_plugin(), key=lambda np: np[0]):
            hooks = sorted(c.name for c in self.get_hookcallers(plugin) or ())
            dist = self.distributions.get(name)
            out.append(
                PluginInfo(
                    name=name,
                    module=getattr(plugin, "__name__", type(plugin).__name__),
                    version=dist.version if dist is not None else None,
                    distribution=dist.metadata["Name"] if dist is not None else None,
                    hooks=tuple(hooks),
                )
            )
        return out


def _naming_failures(function: Callable[..., Any], plugin: str, hook: str) -> Callable[..., Any]:
    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except PluginError:
            raise
        except Exception as exc:
            raise PluginError(plugin, hook, exc) from exc

    return call


def make_plugin_manager(*, entry_points: bool = True, plugins: Iterable[object] = ()) -> PluginManager:
    """A fresh manager: entry points (filtered by ``NEWSFACTS_PLUGINS``) plus ``plugins``."""
    pm = PluginManager()
    if entry_points:
        env = os.environ.get(ENV_VAR)
        only = None if env is None else [n.strip() for n in env.split(",") if n.strip()]
        pm.load_entry_points(only)
    for plugin in plugins:
        pm.register(plugin)
    pm.check()
    return pm


_default: PluginManager | None = None
_default_lock = threading.Lock()


def get_plugin_manager() -> PluginManager:
    """The process-wide manager, built on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = make_plugin_manager()
        return _default


def reset_plugin_manager() -> None:
    """Forget the process-wide manager (tests that change ``NEWSFACTS_PLUGINS`` use this)."""
    global _default
    with _default_lock:
        _default = None
