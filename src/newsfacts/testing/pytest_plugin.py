"""pytest fixtures for plugin authors: ``pytest_plugins = ["newsfacts.testing.pytest_plugin"]``.

Imports nothing but newsfacts itself (no Hypothesis), so that loading it costs a test run
nothing it did not need.
"""

from __future__ import annotations

import pytest

from newsfacts.plugins import PluginManager, make_plugin_manager


@pytest.fixture
def newsfacts_plugin_manager() -> PluginManager:
    """A fresh manager with every installed plugin (``NEWSFACTS_PLUGINS`` filters them), checked."""
    return make_plugin_manager()
