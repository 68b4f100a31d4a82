"""Write docs/hooks.md from the hookspecs: ``python docs/gen_hooks.py`` (``--check`` to only compare)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from newsfacts.hookdocs import render

PAGE = Path(__file__).resolve().parent / "hooks.md"
# The docstrings cross-reference in reST (:class:`~newsfacts.contributions.OutletMatch`); the
# page is MyST Markdown, where the same role is spelled {class}`...`, so Sphinx links it.
_REST_ROLE = re.compile(r":(class|mod|func|meth|data|attr|exc):`([^`]+)`")


def page_text() -> str:
    """The hook reference as docs/hooks.md holds it."""
    text = _REST_ROLE.sub(r"{py:\1}`\2`", render())
    # A signature is not an example to run (tests/test_docs.py runs ```python blocks): the
    # code-block directive renders it the same without marking it runnable.
    return text.replace("```python\ndef ", "```{code-block} python\ndef ")


def main(argv: list[str]) -> int:
    text = page_text()
    if "--check" in argv:
        if PAGE.read_text(encoding="utf-8") != text:
            print(f"{PAGE} is out of date: run python docs/gen_hooks.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
