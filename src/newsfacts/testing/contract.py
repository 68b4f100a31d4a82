"""What every outlet plugin must satisfy, as a pytest suite a plugin author runs in one line.

::

    from pathlib import Path
    import newsfacts_myoutlet
    from newsfacts.testing.contract import PluginContract

    class TestMyOutlet(PluginContract):
        plugin = newsfacts_myoutlet
        fixtures = Path(newsfacts_myoutlet.__file__).parent / "fixtures"

The inherited tests check that

* every hook implementation names a hookspec and takes only arguments the spec offers, and
  the plugin passes ``check_pending``;
* each of the plugin's fixtures is detected as its outlet and cleans to its expected title,
  dateline, license and boilerplate, and that every other line of it (each article sentence)
  survives in the body;
* the plugin's detection never outranks the expected outlet of another installed plugin's
  fixture;
* no hook raises, or answers a span outside the text, on arbitrary text (Hypothesis).

:class:`HostContract` checks newsfacts itself: every hookspec is exercised by some test and
documented in the hook reference.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts import hookspecs
from newsfacts.clean import Cleaned, clean_article
from newsfacts.contributions import Boilerplate, OutletMatch
from newsfacts.hookdocs import hook_docs
from newsfacts.models import Dateline, Span
from newsfacts.pipeline import detect_outlet
from newsfacts.plugins import PluginManager, make_plugin_manager
from newsfacts.testing.fixtures import Fixture, fixture_folder, installed_fixtures, load_fixtures

_SPEC_MARK = "newsfacts_spec"
_IMPL_MARK = "newsfacts_impl"


def hook_implementations(plugin: object) -> dict[str, Any]:
    """The plugin's functions marked with ``@newsfacts.hookimpl``, by name."""
    return {
        name: value
        for name in dir(plugin)
        if callable(value := getattr(plugin, name, None)) and getattr(value, _IMPL_MARK, None) is not None
    }


def spec_arguments(name: str) -> tuple[str, ...] | None:
    """The argument names of hookspec ``name``, or ``None`` when there is no such hookspec."""
    spec = getattr(hookspecs, name, None)
    if spec is None or getattr(spec, _SPEC_MARK, None) is None:
        return None
    return tuple(inspect.signature(spec).parameters)


@functools.cache
def _manager(plugin: object, name: str) -> PluginManager:
    """The installed plugins plus ``plugin`` (registered unless an entry point already did)."""
    pm = make_plugin_manager()
    if not pm.is_registered(plugin):
        pm.register(plugin, name=name if pm.get_plugin(name) is None else f"{name} (under test)")
    return pm


def _lines(text: str) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"[^\n]+", text):
        stripped = m.group().strip()
        if stripped:
            start = m.start() + m.group().index(stripped)
            yield start, start + len(stripped)


def surviving_lines(fx: Fixture, cleaned: Cleaned) -> list[str]:
    """What of each fixture line must stand in the body: the line less title, boilerplate and dateline."""
    exp = fx.expected
    removed = set(exp["boilerplate"]) | ({exp["title"]} if exp["title"] else set())
    dateline = cleaned.dateline.span if cleaned.dateline is not None else None
    out: list[str] = []
    for start, end in _lines(fx.text):
        line = fx.text[start:end]
        if line in removed:
            continue
        if dateline is not None and start <= dateline.start < end:
            line = fx.text[dateline.end : end]
        pieces = [line]
        for glued in exp["boilerplate"]:  # chrome glued to a line leaves the text either side
            pieces = [part for piece in pieces for part in piece.split(glued)]
        out.extend(piece.strip() for piece in pieces if piece.strip())
    return out


class PluginContract:
    """Subclass as ``TestSomething(PluginContract)`` and set :attr:`plugin` (and :attr:`fixtures`)."""

    #: The plugin: the module (or object) whose functions carry ``@newsfacts.hookimpl``.
    plugin: ClassVar[object]
    #: The folder of ``*.txt``/``*.json`` fixtures; ``None``: found beside the module.
    fixtures: ClassVar[Path | None] = None
    #: The outlet name the plugin detects; ``None``: the fixtures folder's name.
    outlet: ClassVar[str | None] = None

    # -- configuration ---------------------------------------------------------------------

    @classmethod
    def _outlet(cls) -> str:
        if cls.outlet:
            return cls.outlet
        folder = cls._folder()
        if folder is not None and folder.name != "fixtures":
            return folder.name
        return getattr(cls.plugin, "OUTLET", None) or str(getattr(cls.plugin, "__name__", "plugin")).rsplit(".", 1)[-1]

    @classmethod
    def _folder(cls) -> Path | None:
        return Path(cls.fixtures) if cls.fixtures is not None else fixture_folder(cls.plugin, cls.outlet)

    @classmethod
    def _own(cls) -> list[Fixture]:
        folder = cls._folder()
        return load_fixtures(folder) if folder is not None else []

    @classmethod
    def _pm(cls) -> PluginManager:
        return _manager(cls.plugin, cls._outlet())

    @classmethod
    def _foreign(cls) -> list[Fixture]:
        own = cls._folder()
        extra = [own] if own is not None else []
        mine = {fx.text for fx in cls._own()}
        return [fx for fx in installed_fixtures(cls._pm(), extra) if fx.text not in mine]

    @classmethod
    def pytest_generate_tests(cls, metafunc: pytest.Metafunc) -> None:
        """Parametrize ``own_fixture`` and ``foreign_fixture`` tests with the fixtures found."""
        for argument, found in (("own_fixture", cls._own), ("foreign_fixture", cls._foreign)):
            if argument in metafunc.fixturenames:
                try:
                    fixtures = found()
                except Exception:  # a plugin that cannot register: the hook tests say why
                    fixtures = []
                metafunc.parametrize(argument, fixtures, ids=[fx.name for fx in fixtures])

    # -- hooks -----------------------------------------------------------------------------

    def test_plugin_implements_some_hook(self) -> None:
        assert hook_implementations(self.plugin), "no function is marked with @newsfacts.hookimpl"

    def test_hooks_match_the_hookspecs(self) -> None:
        for name, function in hook_implementations(self.plugin).items():
            allowed = spec_arguments(name)
            assert allowed is not None, f"{name} is no newsfacts hook (hooks: {[h.name for h in hook_docs()]})"
            taken = tuple(inspect.signature(function).parameters)
            unknown = [a for a in taken if a not in allowed]
            assert not unknown, f"{name} takes {unknown}, which the hookspec does not offer ({list(allowed)})"

    def test_plugin_passes_check_pending(self) -> None:
        make_plugin_manager(entry_points=False, plugins=[self.plugin]).check()

    def test_plugin_has_fixtures(self) -> None:
        assert self._own(), f"no fixtures found for {self._outlet()!r}: set `fixtures = Path(...)`"

    # -- fixtures --------------------------------------------------------------------------

    def test_fixture_is_detected_as_its_outlet(self, own_fixture: Fixture) -> None:
        exp = own_fixture.expected
        match = detect_outlet(self._pm(), exp["url"], own_fixture.text)
        assert (match.outlet if match else None) == exp["outlet"], match

    def test_fixture_cleans_to_its_expected_parts(self, own_fixture: Fixture) -> None:
        exp, text = own_fixture.expected, own_fixture.text
        cleaned = clean_article(text, exp["outlet"], self._pm().hook)
        assert (cleaned.title.slice(text) if cleaned.title else None) == exp["title"]
        dateline = (
            None if cleaned.dateline is None else {"place": cleaned.dateline.place, "agency": cleaned.dateline.agency}
        )
        assert dateline == exp["dateline"]
        assert cleaned.license == exp["license"]
        assert [s.slice(text) for s in cleaned.boilerplate] == exp["boilerplate"]

    def test_fixture_keeps_every_article_sentence(self, own_fixture: Fixture) -> None:
        exp, text = own_fixture.expected, own_fixture.text
        cleaned = clean_article(text, exp["outlet"], self._pm().hook)
        body = cleaned.body_text(text)
        for line in surviving_lines(own_fixture, cleaned):
            assert line in body, f"an article line was removed: {line!r}"
        for line in exp["boilerplate"]:
            assert line not in body, f"boilerplate left in the body: {line!r}"

    def test_detection_does_not_outrank_another_outlets_fixture(self, foreign_fixture: Fixture) -> None:
        detect = hook_implementations(self.plugin).get("newsfacts_detect_outlet")
        if detect is None:
            return
        exp = foreign_fixture.expected
        claim = detect(url=exp["url"], text=foreign_fixture.text)
        if claim is None or claim.outlet == exp["outlet"]:
            return
        others = [
            c
            for c in self._pm().hook.newsfacts_detect_outlet(url=exp["url"], text=foreign_fixture.text)
            if c is not None and c.outlet == exp["outlet"]
        ]
        assert others, f"claims {foreign_fixture.name}, which no outlet should claim: {claim}"
        best = max(c.score for c in others)
        assert (claim.score, exp["outlet"]) < (best, claim.outlet), (
            f"claims {foreign_fixture.name} ({claim}) over its outlet {exp['outlet']!r} (score {best})"
        )

    # -- arbitrary input -------------------------------------------------------------------

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # A fresh Hypothesis test per plugin: one shared function run by many classes would
        # mix their example databases (Hypothesis' differing_executors check).
        super().__init_subclass__(**kwargs)
        cls.test_hooks_never_raise_on_arbitrary_text = _arbitrary_text_test()  # type: ignore[method-assign]

    def test_hooks_never_raise_on_arbitrary_text(self) -> None:
        """Replaced in every subclass by a Hypothesis test (see ``__init_subclass__``)."""

    def check_arbitrary_text(self, text: str, url: str | None, start: int, outlet: str | None) -> None:
        """Call every hook of the plugin, and the cleaning stage, on arbitrary input."""
        impls = hook_implementations(self.plugin)
        outlets = (outlet, self._outlet())
        if (f := impls.get("newsfacts_detect_outlet")) is not None:
            claim = f(**_only(f, url=url, text=text))
            assert claim is None or isinstance(claim, OutletMatch)
        for one in outlets:
            if (f := impls.get("newsfacts_find_title")) is not None:
                _check_span(f(**_only(f, text=text, outlet=one)), text)
            if (f := impls.get("newsfacts_find_dateline")) is not None and start <= len(text):
                found = f(**_only(f, text=text, outlet=one, start=start))
                assert found is None or isinstance(found, Dateline)
                _check_span(found.span if found else None, text)
            if (f := impls.get("newsfacts_boilerplate")) is not None:
                assert all(isinstance(b, Boilerplate) for b in f(**_only(f, outlet=one)) or ())
            cleaned = clean_article(text, one, self._pm().hook)
            for span in (*cleaned.body, *cleaned.boilerplate):
                _check_span(span, text)
        if (f := impls.get("newsfacts_html_selectors")) is not None:
            f(**_only(f, url=url, html=text))


_texts = st.text(max_size=300) | st.sampled_from(["", "\n\n", "TEHRAN –", "A\n\nB (x) – c"])
_urls = st.none() | st.text(max_size=40) | st.just("https://example.com/a")


def _arbitrary_text_test() -> Any:
    # no deadline: the contract is about never raising, and a first call may compile a lexicon
    # or a plugin's patterns (slow on a loaded machine, and then never again)
    @settings(deadline=None)
    @given(text=_texts, url=_urls, start=st.integers(0, 400), outlet=st.none() | st.text(max_size=10))
    def test_hooks_never_raise_on_arbitrary_text(
        self: PluginContract, text: str, url: str | None, start: int, outlet: str | None
    ) -> None:
        self.check_arbitrary_text(text, url, start, outlet)

    return test_hooks_never_raise_on_arbitrary_text


def _only(function: Any, **kwargs: Any) -> dict[str, Any]:
    """The keyword arguments ``function`` takes (pluggy passes only those, so do we)."""
    taken = inspect.signature(function).parameters
    return {k: v for k, v in kwargs.items() if k in taken}


def _check_span(span: Span | None, text: str) -> None:
    assert span is None or (isinstance(span, Span) and span.end <= len(text)), f"span {span} outside the text"


class HostContract:
    """newsfacts' own promises about its hooks. Subclass as ``TestHost(HostContract)`` and set paths."""

    #: The folder scanned for tests that name each hook.
    tests: ClassVar[Path]
    #: The generated hook reference (``docs/hooks.md``).
    hooks_page: ClassVar[Path]
    #: The hookspecs module.
    specs: ClassVar[ModuleType] = hookspecs

    def test_every_hookspec_is_exercised_by_a_test(self) -> None:
        here = Path(inspect.getfile(type(self))).resolve()
        sources = "\n".join(
            p.read_text(encoding="utf-8") for p in sorted(self.tests.rglob("*.py")) if p.resolve() != here
        )
        missing = [h.name for h in hook_docs(self.specs) if h.name not in sources]
        assert not missing, f"no test under {self.tests} names these hooks: {missing}"

    def test_every_hookspec_is_documented(self) -> None:
        page = self.hooks_page.read_text(encoding="utf-8")
        for hook in hook_docs(self.specs):
            assert f"## `{hook.name}`" in page, f"{self.hooks_page} lacks {hook.name}: run docs/gen_hooks.py"
            assert hook.summary in page, f"{self.hooks_page} has a stale entry for {hook.name}: run docs/gen_hooks.py"
