"""Build hook: the built-in plugins go into the wheel, and stay where they are in an editable install.

The plugins live in their own folder (``plugins/newsfacts_plugins``) beside ``src/newsfacts``. A
wheel must carry a copy of them; an editable install must not: a copy in site-packages would come
first on the path, and an edit to a built-in plugin would do nothing until the next install.
``dev-mode-dirs`` puts the folder itself on the path instead. (``force-include`` in the
configuration applies to both kinds of build, hence this hook.)
"""

from __future__ import annotations

from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class BuiltinPluginsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version != "editable":
            build_data["force_include"]["plugins/newsfacts_plugins"] = "newsfacts_plugins"
