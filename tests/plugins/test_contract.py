"""Every built-in plugin runs the same contract a third-party plugin runs; and so does the host."""

from __future__ import annotations

from pathlib import Path

from newsfacts.testing.contract import HostContract, PluginContract
from newsfacts_plugins import generic, ifp, mehr, tasnim, tehrantimes

ROOT = Path(__file__).resolve().parents[2]


class TestGeneric(PluginContract):
    plugin = generic


class TestTasnim(PluginContract):
    plugin = tasnim


class TestMehr(PluginContract):
    plugin = mehr


class TestTehranTimes(PluginContract):
    plugin = tehrantimes


class TestIfp(PluginContract):
    plugin = ifp


class TestHost(HostContract):
    tests = ROOT / "tests"
    hooks_page = ROOT / "docs" / "hooks.md"
