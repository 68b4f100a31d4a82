"""The hook reference (``docs/hooks.md``), generated from the hookspecs' signatures and docstrings.

``python docs/gen_hooks.py`` rewrites the page; a test checks that it lists every hookspec
with its docstring's first line, so a new hook cannot ship undocumented.
"""

from __future__ import annotations

import inspect
from types import ModuleType

import attrs

from newsfacts import hookspecs

PROJECT = "newsfacts"


@attrs.frozen
class HookDoc:
    name: str
    signature: str
    firstresult: bool
    doc: str

    @property
    def summary(self) -> str:
        """The docstring's first line."""
        return self.doc.strip().splitlines()[0] if self.doc.strip() else ""


def hook_docs(module: ModuleType = hookspecs) -> list[HookDoc]:
    """Every hookspec in ``module``, in source order."""
    found = []
    for name, function in vars(module).items():
        opts = getattr(function, f"{PROJECT}_spec", None)
        if opts is None or not callable(function):
            continue
        signature = str(inspect.signature(function)).replace("'", "")
        found.append(HookDoc(name, signature, bool(opts.get("firstresult")), inspect.getdoc(function) or ""))
    return found


def render(module: ModuleType = hookspecs) -> str:
    """The Markdown page: one section per hook, its signature and its whole docstring."""
    out = [
        "# Hook reference",
        "",
        "Generated from `newsfacts/hookspecs.py` by `python docs/gen_hooks.py`; do not edit by hand.",
        "A plugin implements any of these with `@newsfacts.hookimpl` (see `docs/architecture.md`),",
        "and `newsfacts.testing.contract.PluginContract` checks that it does so correctly.",
        "",
    ]
    for hook in hook_docs(module):
        kind = "first result wins" if hook.firstresult else "every answer is collected"
        out += [f"## `{hook.name}`", "", "```python", f"def {hook.name}{hook.signature}", "```", "", f"*{kind}*", ""]
        out += [hook.doc, ""]
    return "\n".join(out)
